"""``--format newsml``: the article as IPTC NewsML-G2 2.35, the format news agencies exchange.

One ``newsMessage`` (``header`` with the time sent and the sender) whose ``itemSet`` holds the
article as a text ``newsItem`` (itemClass ``ninat:text``) and each photo as a picture
``newsItem`` (``ninat:picture``) with its caption and credit and a ``remoteContent`` link to
the file written beside the message (``export.beside``); the text item names each picture in
an ``itemMeta/link`` (``irel:seeAlso``). The text item's ``contentMeta`` carries headline,
slugline, creators (the names of the byline), ``by`` (the byline as written), the place the
story was filed from (``located``), subjects (section, then tags), keywords (tags), the sapo as
the summary ``description``, the date line, the source as ``infoSource`` and the language; the
body travels inline as XHTML — the same cleaned body as every other export. Built with
ElementTree; docs/formats.md §6 lists every field.

Times, each with the offset it was recorded in: ``firstCreated`` and ``contentCreated`` are
the earlier of the article's ``created`` (when the library stored it) and its ``published``
time — a story imported after it ran was written by the time it was published, not when it
was imported; ``versionCreated`` is this version's save (``updated``), ``contentModified`` too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.domain import Article, Status, slugify
from newsdesk.render.dateline import format_dateline, iso_datetime
from newsdesk.render.figures import ImageRef, render_body_full
from newsdesk.render.html import render_sapo
from newsdesk.render.metadata import authors, first_created
from newsdesk.render.sanitize import to_text
from newsdesk.render.words import body_stats

from .base import ExportJob, ExportResult, report
from .beside import PlacedPhoto, story_target, write_story
from .formats import NEWSML_FORMAT
from .xhtml import XHTML, fragment_to_xhtml
from .xmltext import tidy, xml_text

NAR = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STANDARD_VERSION = "2.35"
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
USABLE = {Status.APPROVED, Status.PUBLISHED, Status.ARCHIVED}
# A place in capitals opening the body, as agencies file it: "HÀ NỘI (TTXVN) – …"
_LOCATED = re.compile(r"^\s*([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,4})\s*"
                      r"(?:\([^)\n]{1,40}\)\s*)?[-–—,]\s")


def sub(parent: ET.Element, name: str, text: str | None = None, /, **attrs: str) -> ET.Element:
    """A NewsML-G2 child element of ``parent`` (attributes without a value left out)."""
    element = ET.SubElement(parent, name, {k: xml_text(v) for k, v in attrs.items() if v})
    if text is not None:
        element.text = xml_text(text)
    return element


def located_in(article: Article) -> str:
    """The place a body's first line names in capitals (``HÀ NỘI –`` → ``Hà Nội``), or ""."""
    match = _LOCATED.match(article.body or "")
    if not match or not match.group(1).isupper() or len(match.group(1)) > 40:
        return ""
    place = match.group(1)
    return place if "." in place else place.title()  # TP.HCM stays as written


def _item(parent: ET.Element, guid: str, version: int, language: str,
          item_class: str) -> tuple[ET.Element, ET.Element]:
    item = sub(parent, "newsItem", guid=guid, version=str(max(1, version)),
               standard="NewsML-G2", standardversion=STANDARD_VERSION, conformance="power")
    item.set(XML_LANG, language)
    sub(item, "catalogRef", href=CATALOG)
    meta = sub(item, "itemMeta")
    sub(meta, "itemClass", qcode=item_class)
    return item, meta


def _provider(meta: ET.Element, publication: str, when: str) -> None:
    name = publication or "newsdesk"
    sub(sub(meta, "provider", literal=slugify(name) or "newsdesk"), "name", name)
    sub(meta, "versionCreated", when)


def newsml_message(article: Article, placed: dict[str, PlacedPhoto], publication: str,
                   located: str = "", sent: datetime | None = None) -> bytes:
    """The NewsML-G2 ``newsMessage`` of ``article`` with its ``placed`` photos."""
    now = iso_datetime((sent or datetime.now(UTC)).replace(microsecond=0))
    when = iso_datetime(article.updated or article.created or article.published) or now
    first = iso_datetime(first_created(article))
    status = "stat:usable" if article.status in USABLE else "stat:withheld"
    # ElementTree writes a default namespace as the attribute it is: the NewsML-G2 elements
    # are unprefixed in NAR, the body's in XHTML (set on its <html>).
    message = ET.Element("newsMessage", xmlns=NAR)
    header = sub(message, "header")
    sub(header, "sent", now)
    sub(header, "sender", publication or "newsdesk")
    item_set = sub(message, "itemSet")
    item, meta = _item(item_set, f"urn:newsdesk:article:{article.id or 'unsaved'}",
                       article.version, article.language, "ninat:text")
    _provider(meta, publication, when)
    if first:
        sub(meta, "firstCreated", first)
    sub(meta, "pubStatus", qcode=status)
    photos = list({p.sha256: p for p in placed.values()}.values())
    for photo in photos:
        sub(meta, "link", rel="irel:seeAlso", residref=f"urn:newsdesk:photo:{photo.sha256}",
            contenttype=photo.rendition.mime, href=photo.href)
    _content_meta(item, article, located, first)
    body = render_body_full(article.body, language=article.language, image_src=lambda p: (
        ImageRef(placed[p].href, placed[p].rendition.width, placed[p].rendition.height)
        if p in placed else None))
    content = sub(sub(item, "contentSet"), "inlineXML", contenttype="application/xhtml+xml",
                  wordcount=str(body_stats("", "", article.body, article.language).words))
    html = ET.SubElement(content, "html", xmlns=XHTML)
    ET.SubElement(ET.SubElement(html, "head"), "title").text = xml_text(article.headline)
    fragment_to_xhtml(body.html, ET.SubElement(html, "body"), xml_text)
    for photo in photos:
        _picture(item_set, photo, article, publication, when, status)
    tidy(message, {"body"})
    return ET.tostring(message, encoding="utf-8", xml_declaration=True) + b"\n"


def _content_meta(item: ET.Element, article: Article, located: str, created: str) -> None:
    meta = sub(item, "contentMeta")
    if created:
        sub(meta, "contentCreated", created)
    if article.updated:
        sub(meta, "contentModified", iso_datetime(article.updated))
    if located:
        sub(sub(meta, "located", type="cpnat:geoArea", literal=slugify(located)), "name",
            located)
    if article.source:
        sub(sub(meta, "infoSource", literal=slugify(article.source)), "name", article.source)
    for name in authors(article.byline):
        sub(sub(meta, "creator", literal=slugify(name)), "name", name)
    sub(meta, "language", tag=article.language)
    for tag in article.tags:
        sub(meta, "keyword", tag)
    for subject in ([article.section] if article.section else []) + article.tags:
        sub(sub(meta, "subject", type="cpnat:abstract", literal=slugify(subject)), "name",
            subject)
    sub(meta, "slugline", slugify(article.headline, max_length=40))
    sub(meta, "headline", article.headline)
    if article.published:
        sub(meta, "dateline", format_dateline(article.published, article.language))
    if article.byline:
        sub(meta, "by", article.byline)
    sapo = to_text(render_sapo(article.sapo))
    if sapo:
        sub(meta, "description", sapo, role="drol:summary")


def _picture(item_set: ET.Element, photo: PlacedPhoto, article: Article, publication: str,
             when: str, status: str) -> None:
    item, meta = _item(item_set, f"urn:newsdesk:photo:{photo.sha256}", 1, article.language,
                       "ninat:picture")
    _provider(meta, publication, when)
    sub(meta, "pubStatus", qcode=status)
    meta_content = sub(item, "contentMeta")
    if photo.credit:
        sub(meta_content, "creditline", photo.credit)
    if photo.caption:
        sub(meta_content, "description", photo.caption, role="drol:caption")
    rendition = photo.rendition
    sub(sub(item, "contentSet"), "remoteContent", href=photo.href, rendition="rnd:web",
        contenttype=rendition.mime, size=str(len(rendition.data)),
        width=str(rendition.width), height=str(rendition.height))


class NewsmlExporter:
    format = NEWSML_FORMAT

    def export(self, job: ExportJob) -> ExportResult:
        target = story_target(job.article, Path(job.target), self.format)
        warnings: list = []
        located = str(job.options.extra.get("located") or "") or located_in(job.article)
        files = write_story(job, target, warnings, lambda placed: newsml_message(
            job.article, placed, job.options.publication, located))
        report(job.progress, 1, 1, "done")
        return ExportResult(target, files, warnings)
