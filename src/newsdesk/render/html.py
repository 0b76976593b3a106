"""Article → HTML: the body fragment, the sapo and the full document (web or print).

One template (``resources/templates/article.html.j2``) serves the web export, the print
preview and the PDF; ``mode`` only changes the stylesheet and a few ``<head>`` bits. Jinja2
autoescapes every field (headline, sapo text, byline, captions…); the body and sapo arrive
already sanitised (``render.figures`` / ``render.sanitize``). The page is self-contained: a
Content-Security-Policy forbids scripts and every outside request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, Literal
from urllib.parse import urljoin

import jinja2
from markupsafe import Markup

from newsdesk.config.resources import resource_path
from newsdesk.domain import Article

from .dateline import format_dateline, iso_datetime, labels, source_line
from .figures import ImageSource, render_body_full
from .markdown import create_parser
from .metadata import json_ld, news_article, open_graph
from .related import RelatedItem
from .sanitize import clean_inline, safe_href, to_text

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)
Mode = Literal["web", "print"]
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>\s*")
_SVG_ID = re.compile(r'\s+id="[^"]*"')
_DATA_KEY = re.compile(r"^[a-z][a-z0-9-]{0,40}$")


_NAMES_DASH = re.compile(r"\s+([–—-])\s+")


def names(byline: str) -> Markup:
    """A byline as printed: each name (with the dash after it) kept whole on a line where it
    fits (``nd-name``: an inline block), so a dash between two names ends the first one's
    line and never begins the next ("Nguyễn Thu Hà –" / "Trần Minh Đức")."""
    parts, start = [], 0
    for dash in _NAMES_DASH.finditer(byline):
        parts.append(byline[start:dash.start()] + " " + dash.group(1))
        start = dash.end()
    parts.append(byline[start:])
    if len(parts) == 1:
        return Markup.escape(byline)
    return Markup(" ").join(Markup('<span class="nd-name">{}</span>').format(part)
                            for part in parts)


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_path("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["names"] = names
    environment.globals["source_line"] = source_line
    return environment


@cache
def _inline_parser():
    return create_parser()


def render_body(
    markdown: str, *, image_src: ImageSource | None = None, language: str = "vi"
) -> str:
    """The sanitised HTML fragment of a Markdown body (figures per docs/formats.md §2)."""
    return render_body_full(markdown, image_src=image_src, language=language).html


def render_sapo(sapo: str) -> str:
    """The sapo as inline HTML: emphasis and safe links only, everything else escaped."""
    if not sapo:
        return ""
    return clean_inline(_inline_parser().renderInline(sapo)).strip()


def inline_svg(svg: str) -> str:
    """An SVG document made fit to sit inside HTML (no XML declaration, no ids to clash)."""
    return _SVG_ID.sub("", _XML_DECL.sub("", svg or "")).strip()


def default_image_url(article: Article) -> Callable[[str], str | None]:
    """Public URL of a body photo for og:image / JSON-LD: an http(s) path as is, a relative
    path resolved against the article's URL (the CMS package keeps ``images/`` beside it)."""

    def resolve(path: str) -> str | None:
        if safe_href(path):
            return path
        base = safe_href(article.url)
        if base and ":" not in path.split("/")[0]:
            return safe_href(urljoin(base, path)) or None
        return None

    return resolve


def _style(stylesheet: str) -> Markup:
    if re.search(r"</style", stylesheet, re.IGNORECASE):
        raise ValueError("a stylesheet must not contain '</style'")
    return Markup(stylesheet)


def _page_attributes(page: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    out = []
    for key, value in (page or {}).items():
        name = str(key).replace("_", "-").lower()
        if (
            _DATA_KEY.match(name)
            and isinstance(value, str | int | float)
            and not isinstance(value, bool)
        ):
            out.append((name, str(value)))
    return out


def render_document(
    article: Article,
    *,
    mode: Mode = "web",
    image_src: ImageSource | None = None,
    stylesheet: str = "",
    qr_svg: str | None = None,
    extra_qr: list[tuple[str, str]] | None = None,
    page: Mapping[str, Any] | None = None,
    image_url: Callable[[str], str | None] | None = None,
    related: Sequence[RelatedItem] = (),
) -> str:
    """A complete, self-contained HTML document of ``article``.

    ``image_src(path)`` gives each body photo's src (None → a visible placeholder);
    ``qr_svg`` is the QR code of ``article.url`` (SVG text); ``extra_qr`` more (svg, label)
    codes; ``page`` scalar values become ``data-*`` attributes of ``<body>`` for the print
    stylesheet; ``image_url(path)`` the public URL of a photo for og:image and JSON-LD;
    ``related`` the "Tin khác" section after the byline (``render.related``).
    """
    if mode not in ("web", "print"):
        raise ValueError(f"unknown render mode {mode!r} (expected 'web' or 'print')")
    words = labels(article.language)
    body = render_body_full(article.body, image_src=image_src, language=article.language)
    sapo_html = render_sapo(article.sapo)
    description = to_text(sapo_html) if sapo_html else ""
    public = image_url or default_image_url(article)
    image = next((u for u in (public(p) for p, _src in body.images) if u), "") or ""
    context = {
        "article": article,
        "mode": mode,
        "lang": article.language,
        "labels": words,
        "csp": CSP,
        "stylesheet": _style(stylesheet),
        "canonical": safe_href(article.url),
        "description": description,
        "og": open_graph(article, description=description, image=image),
        "json_ld": Markup(json_ld(news_article(article, description=description, image=image))),
        "dateline": format_dateline(article.published, article.language)
        if article.published
        else "",
        "datetime": iso_datetime(article.published),
        "sapo_html": Markup(sapo_html),
        "body_html": Markup(body.tokenized),
        "qr_codes": _qr_blocks(article, words, qr_svg, extra_qr or []),
        "page_attributes": _page_attributes(page),
        "related": list(related),
    }
    return body.fill(_environment().get_template("article.html.j2").render(context))


def _qr_blocks(
    article: Article, words: dict[str, str], qr_svg: str | None, extra: list[tuple[str, str]]
) -> list[tuple[Markup, str]]:
    blocks: list[tuple[Markup, str]] = []
    if qr_svg:
        blocks.append((Markup(inline_svg(qr_svg)), f"{words['qr']}: {article.headline}"))
    for svg, label in extra:
        if svg:
            blocks.append((Markup(inline_svg(svg)), label))
    return blocks
