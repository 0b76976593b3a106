"""Reading a Word draft (.docx) without trusting it (docs/formats.md §3a).

A .docx is a zip: it is opened with the bundle's checks and limits (``safezip``: unsafe names,
links, encryption, too many or too large members, zip bombs, damage), every XML part is refused
when it declares a DTD (entity tricks), and only then does mammoth see it — an in-memory copy
holding the checked members, never the file itself, with no access to files outside it. A
password-protected document or an old Word 97–2003 file (an OLE compound file, not a zip) is
named as such.

mammoth turns the document into HTML: Title → ``<h1>``, headings one level down (``<h2>``…),
Caption → ``<figcaption>``, Quote → ``<blockquote>``; bold, italic, links, lists and tables as
usual. Tracked changes in a paragraph's text are first marked (``docx_track``) so that they come
out as pending suggestions; the others are accepted (insertions kept, deletions left out). Each
picture is kept under a body
path ``images/word-N.ext``; EMF/WMF pictures are not (``docx_scan`` names their place).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .docx_scan import DocxError, WordComment, parse_part, scan_document
from .docx_track import Tracked, mark_changes
from .safezip import DEFAULT_LIMITS, BundleError, open_members

MAX_DOCX_BYTES = DEFAULT_LIMITS.max_total_size  # the file itself, before it is opened
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: encrypted .docx or a .doc
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_VECTOR = {"image/x-emf", "image/x-wmf", "image/emf", "image/wmf"}
_EXT = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/tiff": "tif",
        "image/webp": "webp", "image/bmp": "bmp"}
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='heading 1'] => h2:fresh
p[style-name='heading 2'] => h3:fresh
p[style-name='heading 3'] => h3:fresh
p[style-name='heading 4'] => h3:fresh
p[style-name='Caption'] => figcaption:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
"""
_NOTE_LINK = re.compile(r'<a href="#(?:footnote|endnote)-\d+"[^>]*>(\[\d+\])</a>')
_NOTE_BACK = re.compile(r'\s*<a href="#(?:footnote|endnote)-ref-\d+"[^>]*>[^<]*</a>')


@dataclass
class WordDraft:
    """A Word document read: its HTML, its pictures (body path → bytes), its comments, how
    many tracked insertions and deletions it held, which of them are marked in the HTML to
    become suggestions (``tracked``), and what could not be imported."""

    html: str
    images: dict[str, bytes] = field(default_factory=dict)
    comments: list[WordComment] = field(default_factory=list)
    insertions: int = 0
    deletions: int = 0
    tracked: Tracked = field(default_factory=Tracked)
    warnings: list[str] = field(default_factory=list)


def read_docx(path: Path) -> WordDraft:
    """The draft in the .docx at ``path``; DocxError (a clear, coded refusal) when the file is
    missing, not a Word document, encrypted, damaged, too large or built to trick a reader."""
    path = Path(path)
    label = path.name
    members = _checked_members(path)
    if "word/document.xml" not in members or "[Content_Types].xml" not in members:
        raise DocxError(f"'{label}' is a zip file but not a Word document (no word/document.xml)",
                        code="docx.not_word")
    for name, data in members.items():
        if name.endswith((".xml", ".rels")) and _DTD.search(data[:4096]):
            raise DocxError(f"'{label}': the part '{name}' declares a DTD or entities, which Word "
                            "never writes; the document was refused", code="docx.xml")
    scan = scan_document(members, label)
    draft = WordDraft(html="", comments=scan.comments, insertions=scan.insertions,
                      deletions=scan.deletions, warnings=list(scan.warnings))
    members = dict(members)
    members["word/document.xml"] = _marked(members["word/document.xml"], draft, label)
    draft.html = _convert(members, draft, label)
    return draft


def _checked_members(path: Path) -> dict[str, bytes]:
    label = path.name
    try:
        if not path.is_file():
            raise DocxError(f"'{path}' does not exist or is not a file", code="docx.missing")
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1 << 20)
    except OSError as exc:
        raise DocxError(f"'{label}' cannot be read ({exc.strerror})",
                        code="docx.unreadable") from None
    if head.startswith(_CFB):
        if _ENCRYPTED in head:
            raise DocxError(f"'{label}' is protected by a password; save it without one in Word "
                            "and import it again", code="docx.encrypted")
        raise DocxError(f"'{label}' is an old Word 97–2003 document or not a .docx; save it as "
                        "Word Document (.docx) and import it again", code="docx.old_format")
    if size > MAX_DOCX_BYTES:
        raise DocxError(f"'{label}' is {size // (1 << 20)} MiB (at most "
                        f"{MAX_DOCX_BYTES // (1 << 20)} MiB)", code="docx.too_large")
    try:
        with open_members(path, DEFAULT_LIMITS) as checked:
            return {name: checked.read(name) or b"" for name in checked.infos}
    except BundleError as exc:
        kind = exc.code.removeprefix("bundle.")
        message = exc.message.replace(".newsdesk bundle", "Word document").replace(
            "the bundle", "the document")
        raise DocxError(f"{message} ('{label}' was refused)", code=f"docx.{kind}") from None


def _marked(data: bytes, draft: WordDraft, label: str) -> bytes:
    """word/document.xml with its tracked changes in text marked (``docx_track``)."""
    root = parse_part(data, "word/document.xml", label)
    try:
        draft.tracked = mark_changes(root)
    except RecursionError:
        raise DocxError(f"'{label}': the document nests too deeply to be read",
                        code="docx.xml") from None
    if not draft.tracked.changes:
        return data
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _convert(members: dict[str, bytes], draft: WordDraft, label: str) -> str:
    import mammoth  # on first use: only Word imports need it

    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    copy.seek(0)

    def picture(image) -> dict[str, str]:
        kind = (image.content_type or "").lower()
        if kind in _VECTOR or kind not in _EXT:
            return {}  # named with its place by the scan; no src: left out of the body
        with image.open() as handle:
            data = handle.read()
        src = f"images/word-{len(draft.images) + 1}.{_EXT[kind]}"
        draft.images[src] = data
        return {"src": src, "alt": ""}

    try:
        result = mammoth.convert_to_html(
            copy, style_map=STYLE_MAP, include_embedded_style_map=False,
            external_file_access=False, convert_image=mammoth.images.img_element(picture))
    except (KeyError, ValueError, zipfile.BadZipFile, LookupError) as exc:
        raise DocxError(f"'{label}' is damaged: its document cannot be read ({exc})",
                        code="docx.corrupt") from None
    except RecursionError:
        raise DocxError(f"'{label}': the document nests too deeply to be read",
                        code="docx.xml") from None
    except Exception as exc:  # mammoth's XML parser raises its own errors on broken XML
        if type(exc).__module__.startswith(("mammoth", "xml", "cobble")):
            raise DocxError(f"'{label}' is damaged: its document cannot be read ({exc})",
                            code="docx.corrupt") from None
        raise
    html = _NOTE_BACK.sub("", _NOTE_LINK.sub(r"\1", result.value))
    return html

