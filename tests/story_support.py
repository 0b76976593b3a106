"""What an ICML or NewsML-G2 export must carry, read independently of the exporters.

``expected_paragraphs`` reads the article as the web page shows it — the body HTML of
``render.figures`` parsed with lxml.html — and names each paragraph's part the way a layout
editor would (a ``<p>`` in a ``<blockquote>`` is a quote, an ``<li>`` of an ``<ol>`` a numbered
list item…). ``icml_paragraphs`` reads an ICML file back with lxml's strict XML parser,
splitting the story at every ``<Br/>``, never trusting how the exporter grouped its ranges.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
from lxml import etree

from newsdesk.domain import Article
from newsdesk.render.figures import render_body_full
from newsdesk.render.html import render_sapo
from newsdesk.render.sanitize import to_text

LINE_BREAK = "\u2028"
STRICT = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)


def _text(element) -> str:
    """Text of an HTML element with ``<br>`` as U+2028 and soft line ends as spaces."""
    parts: list[str] = []

    def walk(node, skip_credit: bool) -> None:
        if node.tag == "br":
            parts.append(LINE_BREAK)
            if node.tail:
                parts.append(node.tail.lstrip("\n"))
            return
        if skip_credit and node.get("class") == "credit":
            parts.append(node.tail or "")
            return
        parts.append(node.text or "")
        for child in node:
            walk(child, skip_credit)
        if node is not element:
            parts.append(node.tail or "")

    walk(element, element.tag == "figcaption")
    return "".join(parts).replace("\n", " ").strip()


def body_blocks(body_html: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for root in lxml.html.fragments_fromstring(body_html):
        if isinstance(root, str):
            continue
        for node in root.iter():
            tag = node.tag
            ancestors = {a.tag for a in node.iterancestors()}
            if tag == "p" and "li" not in ancestors:
                out.append(("quote" if "blockquote" in ancestors else "body", _text(node)))
            elif tag == "li":
                out.append(("list number" if node.getparent().tag == "ol" else "list",
                            _text(node)))
            elif tag in ("h2", "h3", "h4"):
                out.append(("heading", _text(node)))
            elif tag == "figure":
                out.append(("photo", ""))
                caption = node.find("figcaption")
                if caption is not None:
                    if _text(caption):
                        out.append(("caption", _text(caption)))
                    credit = caption.find("span")
                    if credit is not None:
                        out.append(("credit", _text(credit)))
            elif tag == "tr":
                out.append(("table", "\t".join(_text(c) for c in node)))
            elif tag == "pre":
                out.append(("code", node.text_content().rstrip("\n").replace("\n", LINE_BREAK)))
    return out


def expected_paragraphs(article: Article, source_label: str = "Nguồn tin") -> list[tuple[str, str]]:
    """(style, text) of every paragraph of the story, headline to source line."""
    out = [("headline", article.headline)]
    if article.sapo:
        out.append(("sapo", to_text(render_sapo(article.sapo))))
    out += body_blocks(render_body_full(article.body, image_src=lambda p: p).html)
    if article.byline:
        out.append(("byline", article.byline))
    if article.source:
        out.append(("source", f"{source_label}: {article.source}"))
    return out


def parse_icml(path: Path):
    return etree.parse(str(path), STRICT)


def icml_paragraphs(path: Path) -> list[tuple[str, str, list]]:
    """(paragraph style, text, placed graphics' Link elements) per paragraph of the story."""
    story = parse_icml(path).getroot().find("Story")
    out: list[tuple[str, str, list]] = []
    for rng in story.iter("ParagraphStyleRange"):
        style = rng.get("AppliedParagraphStyle").removeprefix("ParagraphStyle/")
        text: list[str] = []
        links: list = []
        for node in rng.iter("Content", "Br", "Link"):
            if node.tag == "Content":
                text.append(node.text or "")
            elif node.tag == "Link":
                links.append(node)
            else:
                out.append((style, "".join(text), links))
                text, links = [], []
        if rng is story.findall("ParagraphStyleRange")[-1]:
            out.append((style, "".join(text), links))
        else:  # a range without its closing <Br/> would run into the next paragraph
            assert not text and not links, f"'{''.join(text)}' has no paragraph end"
    return out
