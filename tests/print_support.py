"""A Vietnamese sample article with photos, for the printing tests and the PDF benchmark."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from PIL import Image, ImageDraw

from newsdesk.domain import Article

URL = "https://baomau.example.vn/xa-hoi/tuyen-xe-buyt-dien-ven-song-han-20231010.html"
HEADLINE = "Đà Nẵng thử nghiệm tuyến xe buýt điện ven sông Hàn"
SAPO = (
    "Sau ba tháng chạy thử, tuyến xe buýt điện đầu tiên của thành phố chở hơn bốn mươi nghìn "
    "lượt khách, giảm đáng kể tiếng ồn trên các tuyến phố dọc bờ sông."
)
BYLINE = "Nguyễn Thị Hồng Nhung - Trần Đức Vượng"

SENTENCES = [
    "Mỗi sáng, chiếc xe màu xanh lá rời bến Bạch Đằng lúc năm giờ ba mươi phút.",
    "Tài xế Lê Văn Phước cho biết hành khách đầu tiên thường là các cụ đi tập thể dục ven sông.",
    "Xe chạy êm đến mức nhiều người ngồi ở hàng ghế cuối không nhận ra lúc xe rời trạm.",
    "Theo Sở Giao thông vận tải, mỗi chuyến đi kéo dài khoảng bốn mươi lăm phút qua mười tám điểm dừng.",
    "Giá vé được giữ ở mức bảy nghìn đồng để khuyến khích người dân để xe máy ở nhà.",
    "Bà Hoàng Thị Ngọc Ánh, một người bán hàng ở chợ Hàn, nói rằng bà tiết kiệm được gần một trăm nghìn đồng mỗi tuần.",
    "Các trạm sạc được đặt ở hai đầu tuyến và có thể nạp đầy pin trong chưa đầy hai giờ.",
    "Những ngày mưa lớn, đội điều hành tăng thêm hai chuyến vào giờ tan tầm để tránh cảnh chen chúc.",
    "Nhóm nghiên cứu của Đại học Bách khoa đo được mức ồn giảm gần mười đề-xi-ben trên đường Trần Phú.",
    "Một số hộ kinh doanh dọc tuyến đề nghị kéo dài giờ chạy đến mười giờ đêm để phục vụ khách du lịch.",
    "Thành phố dự kiến mở thêm ba tuyến nối sân bay, ga đường sắt và khu công nghệ cao trong năm tới.",
    "Người dân vẫn băn khoăn về chỗ gửi xe đạp gần các trạm dừng và mái che khi trời nắng gắt.",
    "Ông Phạm Quốc Việt, phó giám đốc trung tâm điều hành, khẳng định ý kiến của hành khách sẽ được tổng hợp hằng tháng.",
    "Ở các nước láng giềng, xe buýt điện đã chứng minh chi phí vận hành thấp hơn đáng kể sau năm năm.",
]
SUBHEADS = [
    "Hành khách quen mặt",
    "Bài toán trạm sạc",
    "Kế hoạch mở rộng",
    "Những điều còn băn khoăn",
]
CAPTIONS = [
    "Xe buýt điện dừng đón khách ở trạm Bạch Đằng lúc sáng sớm.",
    "Tài xế kiểm tra pin trước chuyến đầu tiên trong ngày.",
    "Hành khách lớn tuổi được nhân viên hỗ trợ lên xe.",
    "Trạm sạc ở đầu tuyến phía nam cầu Rồng.",
    "Học sinh đi xe buýt điện đến trường trong giờ cao điểm.",
    "Bản đồ tuyến được dán tại từng điểm dừng.",
    "Khách du lịch chụp ảnh bên chiếc xe màu xanh lá.",
    "Chuyến xe cuối ngày chạy qua cầu sông Hàn lên đèn.",
]
COLOURS = [(183, 65, 14), (28, 96, 160), (46, 125, 50), (120, 70, 150),
           (200, 150, 20), (20, 130, 130), (150, 40, 60), (70, 70, 70)]  # fmt: skip


def photo(index: int, size: tuple[int, int] = (3000, 2000), quality: int = 92) -> bytes:
    """A 'camera original': a large JPEG of a simple river-side scene, different per index."""
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    sky_top, sky_low = (40 + 20 * (index % 4), 90 + 15 * (index % 3), 170), (235, 205, 160)
    horizon = int(height * (0.5 + 0.04 * (index % 3)))
    for y in range(horizon):  # sky gradient
        t = y / max(1, horizon)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(sky_top, sky_low, strict=True)),
        )
    sun = (int(width * (0.2 + 0.08 * index)) % width, int(horizon * 0.45))
    draw.ellipse(
        [
            sun[0] - height // 12,
            sun[1] - height // 12,
            sun[0] + height // 12,
            sun[1] + height // 12,
        ],
        fill=(250, 225, 150),
    )
    for k in range(14):  # skyline
        x = int(k * width / 14)
        top = horizon - int(height * (0.08 + 0.03 * ((k * 7 + index) % 5)))
        draw.rectangle([x, top, x + width // 16, horizon], fill=COLOURS[(k + index) % len(COLOURS)])
    for y in range(horizon, height):  # river
        t = (y - horizon) / max(1, height - horizon)
        draw.line(
            [(0, y), (width, y)], fill=(int(30 + 40 * t), int(70 + 50 * t), int(110 + 40 * t))
        )
    for k in range(0, width, max(8, width // 30)):  # ripples
        y = horizon + (k * 37 + index * 101) % max(1, height - horizon)
        draw.line([(k, y), (k + width // 25, y)], fill=(200, 215, 230), width=max(1, height // 400))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def body_markdown(words: int = 1500, photos: int = 8) -> str:
    """Paragraphs of ~60 words with a sub-heading every few and the photos spread evenly."""
    paragraphs: list[str] = []
    count, i = 0, 0
    while count < words:
        sentence_run = [SENTENCES[(i * 3 + k) % len(SENTENCES)] for k in range(4)]
        paragraph = " ".join(sentence_run)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        i += 1
    blocks: list[str] = []
    gap = max(1, len(paragraphs) // max(1, photos))
    placed = 0
    for n, paragraph in enumerate(paragraphs):
        if n and n % 5 == 0:
            blocks.append(f"## {SUBHEADS[(n // 5 - 1) % len(SUBHEADS)]}")
        blocks.append(paragraph)
        if placed < photos and n % gap == 0:
            blocks.append(f'![{CAPTIONS[placed % 8]}](images/anh{placed + 1}.jpg "Ảnh: Minh Khôi")')
            placed += 1
    return "\n\n".join(blocks) + "\n"


def sample_article(words: int = 1500, photos: int = 8, language: str = "vi") -> Article:
    return Article(
        headline=HEADLINE,
        sapo=SAPO,
        body=body_markdown(words, photos),
        byline=BYLINE,
        source="Báo Mẫu",
        section="Xã hội",
        published=datetime(2023, 10, 10, 16, 35, tzinfo=timezone(timedelta(hours=7))),
        url=URL,
        language=language,
    )


def photo_source(count: int = 8, size: tuple[int, int] = (3000, 2000)):
    """photos(path) -> bytes for images/anh1.jpg … images/anhN.jpg (made once)."""
    made = {f"images/anh{i + 1}.jpg": photo(i, size) for i in range(count)}
    return made.get
