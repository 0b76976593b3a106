"""What a Word document holds besides the text mammoth converts (docs/formats.md §3a).

Read straight from the document's XML (after ``docx`` has refused DTDs and checked the zip):

- the **comments** (``word/comments.xml``) with the words each one covers, the text just
  before them and the paragraph they sit in, so that they can be anchored in the article;
- how many **tracked changes** there are (``w:ins`` / ``w:moveTo`` insertions, ``w:del`` /
  ``w:moveFrom`` deletions): mammoth keeps the insertions and leaves the deletions out;
- what cannot become part of an article — text boxes, EMF/WMF pictures, embedded objects,
  charts and SmartArt, equations, footnotes and endnotes — each a coded warning naming its
  paragraph (number and first words), so nothing is lost without a word.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime

from newsdesk.domain.errors import NewsdeskError, Notice
from newsdesk.domain.text import nfc

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "{urn:schemas-microsoft-com:vml}"
_O = "{urn:schemas-microsoft-com:office:office}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SNIPPET = 40
_CONTEXT = 32

# what a paragraph may hold that an article cannot, in the order warnings are given
_WHAT = {
    "textbox": ("import.docx_textbox", "the text box in {place} was kept as ordinary text "
                "there; check where it belongs"),
    "vector": ("import.docx_vector", "the EMF/WMF picture in {place} was not imported; save "
               "it as PNG or JPEG and add it"),
    "object": ("import.docx_object", "the embedded object in {place} was not imported (only "
               "its picture, if it has one)"),
    "chart": ("import.docx_chart", "the chart or SmartArt in {place} was not imported"),
    "equation": ("import.docx_equation", "the equation in {place} was not imported"),
    "note": ("import.docx_footnote", "the footnote in {place} was kept as a numbered note at "
             "the end of the body"),
}


class DocxError(NewsdeskError):
    code = "docx.invalid"


@dataclass
class WordComment:
    """A Word comment: its text and who wrote it when, the words it covers (``quote``), the
    text before them (``prefix``) and the paragraph where it starts."""

    text: str
    quote: str = ""
    prefix: str = ""
    paragraph: str = ""
    author: str = ""
    initials: str = ""
    created: datetime | None = None


@dataclass
class Scan:
    comments: list[WordComment] = field(default_factory=list)
    insertions: int = 0
    deletions: int = 0
    warnings: list[str] = field(default_factory=list)


def notice(label: str, text: str, code: str, *values: object) -> Notice:
    """A warning about ``label`` (the .docx file's name) with its code and values."""
    return Notice(f"{label}: {text}", code, label, *values)


def parse_part(data: bytes, name: str, label: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise DocxError(f"'{label}' is damaged: '{name}' is not well-formed XML ({exc})",
                        code="docx.corrupt") from None


def scan_document(members: dict[str, bytes], label: str) -> Scan:
    """The comments, tracked changes and unsupported parts of the document in ``members``."""
    root = parse_part(members["word/document.xml"], "word/document.xml", label)
    scan = Scan()
    for el in root.iter():
        if el.tag in (W + "ins", W + "moveTo") and el.find(W + "r") is not None:
            scan.insertions += 1
        elif el.tag in (W + "del", W + "moveFrom") and el.find(W + "r") is not None:
            scan.deletions += 1
    scan.warnings.extend(_unsupported(root, _vector_ids(members, label), label))
    if "word/comments.xml" in members:
        try:
            scan.comments = _comments(root, members["word/comments.xml"], label)
        except RecursionError:
            raise DocxError(f"'{label}': the document nests too deeply to be read",
                            code="docx.xml") from None
    return scan


def _vector_ids(members: dict[str, bytes], label: str) -> set[str]:
    data = members.get("word/_rels/document.xml.rels")
    if data is None:
        return set()
    rels = parse_part(data, "word/_rels/document.xml.rels", label)
    return {rel.get("Id", "") for rel in rels.iter(_PKG + "Relationship")
            if rel.get("Target", "").lower().endswith((".emf", ".wmf"))}


def _text(el: ET.Element) -> str:
    return " ".join("".join(t.text or "" for t in el.iter(W + "t")).split())


def _unsupported(root: ET.Element, vector: set[str], label: str) -> list[str]:
    boxes = list(root.iter(W + "txbxContent"))
    boxed = {id(p) for box in boxes for p in box.iter(W + "p")}
    boxed_text = {id(t) for box in boxes for t in box.iter(W + "t")}
    warnings: list[str] = []
    number = 0
    for p in root.iter(W + "p"):
        if id(p) in boxed:
            continue
        number += 1
        found: list[str] = []
        for el in p.iter():
            tag = el.tag
            kind = ""
            if tag == W + "txbxContent":
                kind = "textbox"
            elif tag in (W + "object", _O + "OLEObject"):
                kind = "object"
            elif tag == _A + "graphicData" and el.get("uri", "").endswith(("/chart", "/diagram")):
                kind = "chart"
            elif tag in (_M + "oMath", _M + "oMathPara"):
                kind = "equation"
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                kind = "note"
            elif tag in (_A + "blip", _V + "imagedata") and (
                    el.get(_R + "embed") or el.get(_R + "id") or "") in vector:
                kind = "vector"
            if kind and kind not in found:
                found.append(kind)
        if "object" in found and "vector" in found:
            found.remove("vector")  # an object's preview picture: named as the object
        words = " ".join("".join(t.text or "" for t in p.iter(W + "t")
                                 if id(t) not in boxed_text).split())
        snippet = words[:_SNIPPET] + ("…" if len(words) > _SNIPPET else "")
        place = f"paragraph {number}" + (f" (“{snippet}”)" if snippet else "")
        for kind in sorted(found, key=list(_WHAT).index):
            code, text = _WHAT[kind]
            warnings.append(notice(label, text.format(place=place), code, number,
                                   snippet or "…"))
    body = root.find(W + "body")
    if body is not None and body.find(W + "altChunk") is not None:
        code, text = _WHAT["object"]
        warnings.append(notice(label, text.format(place="the document body"), code, 0, "…"))
    return warnings


def _comments(root: ET.Element, data: bytes, label: str) -> list[WordComment]:
    """Every comment of comments.xml with the words it covers in the document."""
    notes = parse_part(data, "word/comments.xml", label)
    texts: list[str] = []
    size = [0]
    starts: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    paragraph_of: dict[str, int] = {}
    paragraph = [0]

    def add(text: str) -> None:
        texts.append(text)
        size[0] += len(text)

    def walk(el: ET.Element) -> None:
        tag = el.tag
        if tag in (W + "del", W + "moveFrom", _MC + "Fallback"):
            return  # deleted text, and the copy of a text box kept for older Word
        if tag == W + "p":
            paragraph[0] = size[0]
        key = el.get(W + "id", "")
        if tag == W + "commentRangeStart":
            starts[key] = size[0]
            paragraph_of[key] = paragraph[0]
        elif tag == W + "commentRangeEnd":
            ranges[key] = (starts.get(key, size[0]), size[0])
        elif tag == W + "commentReference":
            paragraph_of.setdefault(key, paragraph[0])
        elif tag == W + "t":
            add(el.text or "")
        elif tag in (W + "tab", W + "br", W + "cr"):
            add(" ")
        for child in el:
            walk(child)
        if tag == W + "p":
            add("\n")

    walk(root)
    whole = "".join(texts)
    comments = []
    for note in notes.iter(W + "comment"):
        key = note.get(W + "id", "")
        text = "\n".join(_text(p) for p in note.iter(W + "p")).strip()
        if not text:
            continue
        start, end = ranges.get(key, (0, 0))
        at = paragraph_of.get(key)
        line = whole[at:whole.find("\n", at)].strip() if at is not None else ""
        comments.append(WordComment(
            text=nfc(text), quote=nfc(whole[start:end].strip()),
            prefix=nfc(whole[max(0, start - _CONTEXT):start]), paragraph=nfc(line),
            author=nfc(note.get(W + "author", "")), initials=nfc(note.get(W + "initials", "")),
            created=_date(note.get(W + "date", ""))))
    return comments


def _date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
