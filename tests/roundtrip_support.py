"""Two libraries for the review round trip: a reporter's (SQLite or PostgreSQL, BACKENDS)
and an editor's in another data folder, and a Vietnamese article of about 350 words."""

from __future__ import annotations

import pytest

from newsdesk.domain import Article
from newsdesk.services.library import Library
from review_support import BACKENDS, database_url

P1 = ("Chiều 5/4, hàng nghìn người dân và du khách đổ về bến Ninh Kiều, thành phố Cần Thơ, "
      "để xem hội đua ghe ngo truyền thống trên sông Hậu. Từ sáng sớm, các tuyến đường dẫn "
      "ra bờ sông đã chật kín người, nhiều gia đình mang theo ghế nhựa và ô che nắng.")
P2 = ("Ban tổ chức cho biết giải năm nay có 25 đội tham gia, tăng 4 đội so với năm trước. "
      "Mỗi chiếc ghe dài khoảng 30 mét, chở từ 50 đến 60 tay chèo, được các chùa Khmer "
      "trong vùng chuẩn bị suốt nhiều tháng.")
P3 = ("Ông Thạch Sơn, trưởng ban tổ chức, cho biết đua ghe ngo là nét văn hóa đặc sắc của "
      "đồng bào Khmer Nam Bộ, gắn với lễ hội Oóc Om Bóc. Năm nay, lần đầu tiên giải được "
      "tổ chức trên đoạn sông dài hai cây số, có khán đài cho khoảng ba nghìn người.")
P4 = ("Ở vòng loại, đội ghe chùa Pôthi Somrôn về nhất với thời gian bốn phút mười hai giây. "
      "Các tay chèo mặc áo đồng phục nhiều màu, vừa chèo vừa hô vang theo nhịp trống, khiến "
      "khán giả hai bên bờ reo hò không ngớt.")
P5 = ("Bà Nguyễn Thị Lan, một người bán hàng rong ở bến Ninh Kiều, nói rằng mỗi mùa đua ghe "
      "là dịp buôn bán đắt hàng nhất trong năm. Nhiều khách sạn ven sông cũng kín phòng từ "
      "một tuần trước ngày hội, giá phòng tăng gấp rưỡi ngày thường.")
P6 = ("Lực lượng công an và cứu hộ đường thủy được bố trí dọc hai bờ sông, cùng mười xuồng "
      "máy túc trực để bảo đảm an toàn. Giao thông đường thủy qua khu vực bị tạm dừng từ "
      "mười ba giờ đến mười bảy giờ.")
P7 = ("Vòng chung kết sẽ diễn ra vào sáng mai, với tám đội mạnh nhất tranh cúp vô địch và "
      "giải thưởng tổng trị giá hai trăm triệu đồng. Ban tổ chức khuyến cáo người dân đến sớm, "
      "gửi xe đúng nơi quy định và giữ vệ sinh chung khu vực bờ sông.")
PARAGRAPHS = [P1, P2, P3, P4, P5, P6, P7]
BODY = "\n\n".join(PARAGRAPHS)


def article() -> Article:
    return Article(headline="Sôi động hội đua ghe ngo trên sông Hậu",
                   sapo="Hàng nghìn người đổ về bến Ninh Kiều xem đua ghe ngo.", body=BODY,
                   byline="Lê Minh", section="Văn hóa", tags=["Cần Thơ", "Lễ hội"])


def body_of(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@pytest.fixture(params=BACKENDS)
def reporter(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        library = Library.open(data_dir=tmp_path / "phong-vien", database_url=url)
        library.settings.user_name, library.settings.user_initials = "Lê Minh", "LM"
        try:
            yield library
        finally:
            library.close()


@pytest.fixture
def editor(tmp_path):
    library = Library.open(data_dir=tmp_path / "bien-tap")
    library.settings.user_name, library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield library
    library.close()
