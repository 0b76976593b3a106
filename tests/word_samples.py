"""Word documents built by the tests (python-docx, plus raw XML for what it cannot write:
tracked changes, text boxes, footnotes, embedded objects, EMF pictures)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches
from PIL import Image

from media_samples import encode, private_exif, two_tone

HEADLINE = "Hải Phòng mở tuyến buýt điện đầu tiên"
SAPO = "Tuyến buýt điện nối trung tâm thành phố với sân bay Cát Bi chạy từ sáng nay."
BYLINE = "Minh Châu"
W = nsdecls("w")


def photo(colour: str = "red", size=(120, 80)) -> io.BytesIO:
    return io.BytesIO(encode(Image.new("RGB", size, colour), "JPEG", quality=90))


def camera_photo() -> io.BytesIO:
    """A phone photo stored on its side (EXIF orientation 6) with GPS and serial number."""
    return io.BytesIO(encode(two_tone((160, 100)), "JPEG", exif=private_exif(6), quality=90))


def link(paragraph, text: str, url: str) -> None:
    """A hyperlink run (python-docx has no API for one)."""
    part = paragraph.part
    rid = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/"
                         "relationships/hyperlink", is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships" r:id="{rid}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        "</w:hyperlink>"))


def raw(paragraph, xml: str) -> None:
    """Append raw run-level XML (``w:`` ``v:`` ``o:`` prefixes declared) to ``paragraph``."""
    wrapper = parse_xml(
        f'<w:wrap {W} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">{xml}</w:wrap>')
    for child in list(wrapper):
        paragraph._p.append(child)


def caption_style(document) -> None:
    if "Caption" not in [s.name for s in document.styles]:
        document.styles.add_style("Caption", WD_STYLE_TYPE.PARAGRAPH)


def full_draft(path: Path) -> Path:
    """A reporter's draft: Title, bold sapo, heading, emphasis, a link, lists, a quote, a table,
    five photos captioned in each style, a comment and the byline."""
    document = Document()
    caption_style(document)
    document.add_paragraph(HEADLINE, style="Title")
    document.add_paragraph().add_run(SAPO).bold = True
    document.add_heading("Chuyến xe đầu tiên", level=1)
    p = document.add_paragraph("Chiếc xe rời bến lúc ")
    p.add_run("5 giờ 30").bold = True
    p.add_run(" trong ")
    p.add_run("mưa phùn").italic = True
    p.add_run(", theo ")
    link(p, "Sở Giao thông", "https://sgtvt.example.vn/tin")
    p.add_run(".")
    document.add_picture(photo("red"), width=Inches(2))  # 1: Caption style after it
    document.add_paragraph("Xe buýt điện tại bến Cầu Rào. Ảnh: Hoàng Tùng", style="Caption")
    document.add_paragraph("Giá vé các chặng:")
    document.add_paragraph("Nội thành 7.000 đồng", style="List Bullet")
    document.add_paragraph("Ra sân bay 15.000 đồng", style="List Bullet")
    document.add_picture(camera_photo(), width=Inches(2))  # 2: a short italic line
    document.add_paragraph().add_run("Hành khách lên xe ở điểm đầu (Ảnh: Lan Anh)").italic = True
    document.add_paragraph("Hành khách được hướng dẫn:")
    document.add_paragraph("Mua vé bằng thẻ", style="List Number")
    document.add_paragraph("Xếp hàng khi lên xe", style="List Number")
    document.add_paragraph("Xe chạy êm, không khói.", style="Quote")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate((("Tuyến", "Số xe"), ("Cầu Rào – Cát Bi", "12"),
                             ("Lạc Long – Đồ Sơn", "8"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_picture(photo("blue"), width=Inches(2))  # 3: a plain "… Ảnh: …" line
    document.add_paragraph("Tài xế kiểm tra xe trước giờ chạy. Ảnh: Minh Châu")
    document.add_picture(photo("green"), width=Inches(2))  # 4: English credit, italic
    document.add_paragraph().add_run("The depot at dawn. Photo: John Smith").italic = True
    document.add_paragraph("Ảnh: Quang Huy")  # 5: only a credit, on the line before
    document.add_picture(photo("yellow"), width=Inches(2))
    document.add_paragraph("Nhiều người dân chờ xe từ sớm.")
    commented = document.add_paragraph("Thành phố dự kiến mở thêm ba tuyến trong năm tới.")
    document.add_comment(commented.runs, text="Nguồn nào nói ba tuyến?", author="Trần Thu Hà",
                         initials="TTH")
    document.add_paragraph(BYLINE)
    path = Path(path)
    document.save(path)
    return path


def rewrite(path: Path, changes: dict[str, bytes | None], out: Path | None = None) -> Path:
    """The .docx at ``path`` with members replaced, added (bytes) or removed (None)."""
    out = Path(out or path)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    for name, data in changes.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


def member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def add_part(path: Path, name: str, data: bytes, content_type: str, rel_type: str,
             rid: str = "rIdX1") -> None:
    """Add a part related from the main document (content type override and relationship)."""
    types = member(path, "[Content_Types].xml").decode()
    types = types.replace("</Types>", f'<Override PartName="/{name}" '
                          f'ContentType="{content_type}"/></Types>')
    rels = member(path, "word/_rels/document.xml.rels").decode()
    target = name.removeprefix("word/")
    rels = rels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{rel_type}" '
                        f'Target="{target}"/></Relationships>')
    rewrite(path, {name: data, "[Content_Types].xml": types.encode(),
                   "word/_rels/document.xml.rels": rels.encode()})


def as_emf(path: Path) -> None:
    """Make the document's only picture an EMF file (as Word saves a pasted chart or logo)."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("word/media/")]
    assert len(names) == 1
    old = names[0]
    new = re.sub(r"\.\w+$", ".emf", old)
    rels = member(path, "word/_rels/document.xml.rels").decode().replace(
        old.removeprefix("word/"), new.removeprefix("word/"))
    types = member(path, "[Content_Types].xml").decode().replace(
        "</Types>", '<Default Extension="emf" ContentType="image/x-emf"/></Types>')
    rewrite(path, {old: None, new: b"\x01\x00\x00\x00" + b"\x00" * 80,
                   "word/_rels/document.xml.rels": rels.encode(),
                   "[Content_Types].xml": types.encode()})


__all__ = ["BYLINE", "HEADLINE", "SAPO", "Document", "add_part", "as_emf", "caption_style",
           "full_draft", "link", "member", "photo", "qn", "raw", "rewrite"]
