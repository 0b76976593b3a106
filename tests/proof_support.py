"""A Vietnamese article with three review comments, and reading a printed proof back.

The comments are added out of reading order (the proof numbers them headline, sapo, body) by
two reviewers; the third sits on the second of two identical passages, so a marker placed at
the first one is caught."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2

from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.domain import Article
from newsdesk.printing.proof import when_text
from newsdesk.services.review import Review

HEADLINE = "Giá lúa tươi ở Đồng Tháp tăng mạnh"
BODY = (
    "Giá lúa tươi tại Đồng Tháp tăng **200 đồng** mỗi ký trong tuần qua, theo thương lái ở "
    "Cao Lãnh.\n\n"
    "Nông dân cho biết giá lúa tươi đã tăng ba tuần liền; chi phí phân bón & thuốc < năm "
    "ngoái.\n\n"
    "Ở An Giang, giá lúa tươi cũng nhích nhẹ, nhưng ít hơn.\n"
)


@dataclass(frozen=True)
class Expected:
    number: int
    quote: str
    text: str
    author: str
    when: str
    after: str  # the words following the passage in the text, after its marker
    reply: str = ""  # "author · date and time · Trả lời text" of its one reply


def proof_article() -> Article:
    return Article(headline=HEADLINE, sapo="Thương lái thu mua ráo riết sau đợt mưa.",
                   body=BODY, byline="Thu Thảo", url="https://baomau.example.vn/lua.html")


def add_comments(library, article_id: str) -> list[Expected]:
    """Three comments, added in the order 3, 1, 2 of the reading order; what the proof shows."""
    review = Review(library)
    settings = library.settings
    settings.user_name, settings.user_initials = "Trần Văn Bình", "TVB"
    reading = body_reading_text(library.get(article_id).body)
    assert reading.count("giá lúa tươi") == 2
    second = reading.index("giá lúa tươi cũng")
    third = review.add_comment(article_id, second, second + len("giá lúa tươi"),
                               "Chỗ này trùng ý đoạn trên, bỏ bớt?")
    settings.user_name, settings.user_initials = "Nguyễn Thị Thu", "NTT"
    first = review.add_comment_on(article_id, "Đồng Tháp", "Tít nên nêu rõ huyện nào.",
                                  field="headline")
    middle = review.add_comment_on(article_id, "tăng 200 đồng mỗi ký",
                                   "Số liệu của ai? Ghi nguồn Sở NN&PTNT.")
    settings.user_name, settings.user_initials = "Trần Văn Bình", "TVB"
    answer = review.add_reply(middle.id, "Theo thương lái, chưa có số của Sở.")
    return [
        Expected(1, "Đồng Tháp", first.text, "Nguyễn Thị Thu", when_text(first.created),
                 "tăng mạnh"),
        Expected(2, "tăng 200 đồng mỗi ký", middle.text, "Nguyễn Thị Thu",
                 when_text(middle.created), "trong tuần qua",
                 f"Trần Văn Bình · {when_text(answer.created)} · Trả lời {answer.text}"),
        Expected(3, "giá lúa tươi", third.text, "Trần Văn Bình", when_text(third.created),
                 "cũng nhích nhẹ"),
    ]


def pdf_text(path: Path) -> str:
    """The text of every page, whitespace made single spaces."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        text = " ".join(document[i].get_textpage().get_text_range()
                        for i in range(len(document)))
    finally:
        document.close()
    return " ".join(text.split())


def notes_part(text: str) -> tuple[str, str]:
    """(the article, the notes) of a proof's text, split at the "Góp ý" heading."""
    found = re.search(r"GÓP Ý \(\d+\)", text)
    assert found, text[-400:]
    return text[: found.start()], text[found.end():]


def check_proof(text: str, expected: list[Expected]) -> None:
    """Every note numbered as its marker, with author, date, quoted words and comment."""
    article, notes = notes_part(text)
    for note in expected:
        marker = re.escape(note.quote) + rf" ?{note.number} ?,? ?" + re.escape(note.after)
        assert re.search(marker, article), (note.number, article)
        entry = (rf"(?<!\d){note.number} {re.escape(note.author)} · {re.escape(note.when)}"
                 rf"[^“]*“{re.escape(note.quote)}” {re.escape(note.text)}"
                 + (f" {re.escape(note.reply)}" if note.reply else ""))
        assert re.search(entry, notes), (note.number, notes)
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d+) (?:Nguyễn|Trần)", notes)]
    assert numbers == [n.number for n in expected]
