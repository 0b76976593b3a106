"""``--format icml``: the article as an Adobe InCopy story (ICML) for InDesign's File ▸ Place.

An ICML file is one ``<Document>`` holding the style definitions and one ``<Story>`` in the
IDML vocabulary: a ``ParagraphStyleRange`` per paragraph (``export.story`` says which style),
a ``CharacterStyleRange`` per run of text, ``<Br/>`` between paragraphs, U+2028 for a line
break inside one. Styles are named after newsdesk's parts, so a page template that defines
``headline``, ``body``, ``caption``… takes them over when the story is placed. Links are
``HyperlinkTextSource`` ranges with their ``Hyperlink`` and ``HyperlinkURLDestination``; each
photo is an inline ``Rectangle`` holding an ``Image`` whose ``Link`` points at the file written
beside the story (``export.beside``: story and photos all or nothing). The XML is built with
ElementTree, which escapes every text and attribute; characters XML 1.0 forbids are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

from newsdesk.render.dateline import base_language, labels

from .base import ExportJob, ExportResult, report
from .beside import PlacedPhoto, story_target, write_story
from .formats import ICML_FORMAT
from .story import Paragraph, Run, story_paragraphs
from .xmltext import tidy, xml_text

NO_CHARACTER_STYLE = "CharacterStyle/$ID/[No character style]"
PHOTO_WIDTH = 240.0  # points: the frame a photo is placed in (one column of a tabloid page)

# Paragraph styles every story declares, with a plain look for a document without them.
PARAGRAPH_STYLES: dict[str, dict[str, str]] = {
    "headline": {"PointSize": "28", "FontStyle": "Bold", "Hyphenation": "false",
                 "BalanceRaggedLines": "FullyBalanced"},
    "sapo": {"FontStyle": "Bold"},
    "body": {},
    "heading": {"FontStyle": "Bold", "Hyphenation": "false", "KeepWithNext": "1"},
    "quote": {"FontStyle": "Italic", "LeftIndent": "12"},
    "list": {"BulletsAndNumberingListType": "BulletList", "LeftIndent": "12"},
    "list number": {"BulletsAndNumberingListType": "NumberedList", "LeftIndent": "12"},
    "code": {},
    "table": {},
    "photo": {"KeepWithNext": "1"},
    "caption": {"FontStyle": "Italic", "PointSize": "8"},
    "credit": {"PointSize": "7"},
    "byline": {"FontStyle": "Bold", "Justification": "RightAlign"},
    "source": {"FontStyle": "Italic"},
}
_FONT_STYLE = {(True, False): "Bold", (False, True): "Italic", (True, True): "Bold Italic"}


class _Story:
    """Builds one ICML document; ``ids`` keeps every ``Self`` unique."""

    def __init__(self, placed: dict[str, PlacedPhoto], missing_label: str) -> None:
        self.placed = placed
        self.missing_label = missing_label
        self.count = 0
        self.character_styles: dict[str, Run] = {}
        self.links: list[tuple[str, str]] = []  # (text source id, url)

    def new_id(self, prefix: str) -> str:
        self.count += 1
        return f"nd_{prefix}{self.count}"

    def paragraph(self, parent: ET.Element, para: Paragraph, last: bool) -> None:
        rng = ET.SubElement(parent, "ParagraphStyleRange",
                            AppliedParagraphStyle=f"ParagraphStyle/{para.style}")
        chars = None
        for run in para.runs or [Run("")]:
            chars = self.run(rng, run)
        if not last and chars is not None:
            ET.SubElement(chars, "Br")

    def run(self, parent: ET.Element, run: Run) -> ET.Element:
        name = run.character_style
        if name:
            self.character_styles.setdefault(name, run)
        chars = ET.SubElement(parent, "CharacterStyleRange", AppliedCharacterStyle=(
            f"CharacterStyle/{name}" if name else NO_CHARACTER_STYLE))
        if run.image:
            photo = self.placed.get(run.image)
            if photo is None:
                ET.SubElement(chars, "Content").text = xml_text(
                    f"{self.missing_label}: {run.image}")
            else:
                self.rectangle(chars, photo)
            return chars
        holder = chars
        if run.href:
            source = self.new_id("link_source")
            holder = ET.SubElement(chars, "HyperlinkTextSource", Self=source,
                                   Name=source, Hidden="false")
            self.links.append((source, run.href))
        ET.SubElement(holder, "Content").text = xml_text(run.text)
        return chars

    def rectangle(self, parent: ET.Element, photo: PlacedPhoto) -> None:
        w, h = photo.rendition.width, photo.rendition.height
        scale = PHOTO_WIDTH / max(1, w)
        fw, fh = PHOTO_WIDTH, round(h * scale, 3)
        frame = ET.SubElement(parent, "Rectangle", Self=self.new_id("frame"),
                              ContentType="GraphicType", StrokeWeight="0",
                              ItemTransform="1 0 0 1 0 0")
        geometry = ET.SubElement(ET.SubElement(ET.SubElement(frame, "Properties"),
                                               "PathGeometry"), "GeometryPathType",
                                 PathOpen="false")
        points = ET.SubElement(geometry, "PathPointArray")
        for x, y in ((0, 0), (0, fh), (fw, fh), (fw, 0)):
            at = f"{x:g} {y:g}"
            ET.SubElement(points, "PathPointType", Anchor=at, LeftDirection=at,
                          RightDirection=at)
        ET.SubElement(frame, "AnchoredObjectSetting", AnchoredPosition="InlinePosition")
        image = ET.SubElement(frame, "Image", Self=self.new_id("image"),
                              ItemTransform=f"{scale:.6g} 0 0 {scale:.6g} 0 0")
        props = ET.SubElement(image, "Properties")
        ET.SubElement(props, "GraphicBounds", Left="0", Top="0", Right=str(w), Bottom=str(h))
        kind = {"image/png": "$ID/PNG", "image/tiff": "$ID/TIFF"}.get(photo.rendition.mime,
                                                                     "$ID/JPEG")
        ET.SubElement(image, "Link", Self=self.new_id("link"), StoredState="Normal",
                      LinkResourceFormat=kind, LinkResourceURI="file:" + quote(photo.href))

    def document(self, paragraphs: list[Paragraph], title: str, no_hyphens: bool) -> bytes:
        doc = ET.Element("Document", DOMVersion="8.0", Self="nd_document")
        char_group = ET.SubElement(doc, "RootCharacterStyleGroup", Self="nd_character_styles")
        para_group = ET.SubElement(doc, "RootParagraphStyleGroup", Self="nd_paragraph_styles")
        story = ET.SubElement(doc, "Story", Self="nd_story", AppliedTOCStyle="n",
                              TrackChanges="false", StoryTitle=xml_text(title),
                              AppliedNamedGrid="n")
        ET.SubElement(story, "StoryPreference", OpticalMarginAlignment="false",
                      OpticalMarginSize="12", FrameType="TextFrameType",
                      StoryOrientation="Horizontal", StoryDirection="LeftToRightDirection")
        ET.SubElement(story, "InCopyExportOption", IncludeGraphicProxies="true",
                      IncludeAllResources="false")
        for n, para in enumerate(paragraphs):
            self.paragraph(story, para, n == len(paragraphs) - 1)
        ET.SubElement(char_group, "CharacterStyle", Self=NO_CHARACTER_STYLE,
                      Name="$ID/[No character style]")
        for name, run in sorted(self.character_styles.items()):
            look = {"FontStyle": _FONT_STYLE.get((run.bold, run.italic), "")}
            look.update(StrikeThru="true" if run.strike else "",
                        Underline="true" if run.href else "")
            ET.SubElement(char_group, "CharacterStyle", {
                "Self": f"CharacterStyle/{name}", "Name": name,
                **{k: v for k, v in look.items() if v}})
        ET.SubElement(para_group, "ParagraphStyle", Self="ParagraphStyle/$ID/[No paragraph style]",
                      Name="$ID/[No paragraph style]")
        for name, look in PARAGRAPH_STYLES.items():
            ET.SubElement(para_group, "ParagraphStyle", {
                "Self": f"ParagraphStyle/{name}", "Name": name, **look,
                **({"Hyphenation": "false"} if no_hyphens else {})})
        for n, (source, url) in enumerate(self.links, 1):
            destination = f"HyperlinkURLDestination/nd_url{n}"
            ET.SubElement(doc, "HyperlinkURLDestination", Self=destination, Name=f"url {n}",
                          DestinationURL=xml_text(url), DestinationUniqueKey=str(n))
            link = ET.SubElement(doc, "Hyperlink", Self=f"nd_hyperlink{n}", Name=f"link {n}",
                                 Source=source, Visible="false", DestinationUniqueKey=str(n))
            props = ET.SubElement(link, "Properties")
            ET.SubElement(props, "Destination", type="object").text = destination
        tidy(doc, {"ParagraphStyleRange"})
        head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                + ET.tostring(ET.ProcessingInstruction(
                    "aid", 'style="50" type="snippet" readerVersion="6.0" featureSet="513" '
                    'product="8.0(370)"')) + b"\n"
                + ET.tostring(ET.ProcessingInstruction("aid", 'SnippetType="InCopyInterchange"'))
                + b"\n")
        return head + ET.tostring(doc, encoding="utf-8", xml_declaration=False) + b"\n"


def icml_story(article, placed: dict[str, PlacedPhoto]) -> bytes:
    """The ICML document of ``article`` with ``placed`` photos (by body path)."""
    words = labels(article.language)
    builder = _Story(placed, words["missing_photo"])
    paragraphs = story_paragraphs(article, words["source"])
    return builder.document(paragraphs, article.headline,
                            no_hyphens=base_language(article.language) == "vi")


class IcmlExporter:
    format = ICML_FORMAT

    def export(self, job: ExportJob) -> ExportResult:
        story = story_target(job.article, Path(job.target), self.format)
        warnings: list = []
        files = write_story(job, story, warnings,
                            lambda placed: icml_story(job.article, placed), full=True)
        report(job.progress, 1, 1, "done")
        return ExportResult(story, files, warnings)
