"""Body Markdown → sanitised HTML fragment, with the figure rule of docs/formats.md §2.

An image alone in its paragraph becomes ``<figure class="nd-figure">`` with the alt text as
caption and the title as credit; any other image stays an inline ``<img>``. Headings are
shifted so that the page keeps one ``<h1>`` (the headline): ``#``/``##`` → h2, ``###`` → h3,
deeper → h4.

Photos are resolved while rendering through ``image_src(path)``; a path the resolver cannot
serve becomes a visible "missing photo" placeholder instead of a broken request. Resolved
sources are substituted only *after* the fragment has been cleaned (``render.sanitize``), via
an unguessable per-render token, so a ``data:`` URI typed by a user can never get through.
"""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

from .dateline import labels
from .markdown import create_parser
from .sanitize import clean_body, resolved_src_ok


@dataclass(frozen=True)
class ImageRef:
    """What a resolver may return instead of a bare src: the src plus pixel size."""

    src: str
    width: int | None = None
    height: int | None = None
    whole: bool = False  # a graphic (a chart, a map): printed whole, never cropped


ImageSource = Callable[[str], "str | ImageRef | None"]


# The marks around a pending suggestion's texts (``render.changes.mark_body``): a photo
# suggested alone on its line is still a figure.
_SENTINELS = re.compile("[\ue000-\ue003\ue100-\ue1ff]")


def _mark_figures(state: Any) -> None:
    """Core rule: flag lone-image paragraphs and shift heading levels."""
    tokens: list[Token] = state.tokens
    for i, tok in enumerate(tokens):
        if tok.type in ("heading_open", "heading_close"):
            level = int(tok.tag[1])
            tok.tag = f"h{min(4, max(2, level))}"
            continue
        if tok.type != "paragraph_open" or tok.hidden or i + 2 >= len(tokens):
            continue
        inline, close = tokens[i + 1], tokens[i + 2]
        if inline.type != "inline" or close.type != "paragraph_close":
            continue
        parts = [
            c
            for c in inline.children or []
            if not (c.type == "text" and not _SENTINELS.sub("", c.content).strip())
            and c.type != "softbreak"
        ]
        if len(parts) == 1 and parts[0].type == "image":
            tok.meta["nd_figure"] = True
            close.meta["nd_figure"] = True
            parts[0].meta["nd_figure"] = True


def _paragraph_open(self: Any, tokens: list[Token], idx: int, options: Any, env: dict) -> str:
    if tokens[idx].meta.get("nd_figure"):
        return ""
    return self.renderToken(tokens, idx, options, env)


def _paragraph_close(self: Any, tokens: list[Token], idx: int, options: Any, env: dict) -> str:
    if tokens[idx].meta.get("nd_figure"):
        return "\n"
    return self.renderToken(tokens, idx, options, env)


def _image(self: Any, tokens: list[Token], idx: int, options: Any, env: dict) -> str:
    tok = tokens[idx]
    raw = str(tok.attrGet("src") or "")
    caption = self.renderInlineAsText(tok.children or [], options, env).strip()
    credit = str(tok.attrGet("title") or "").strip()
    img = env["nd_image"](raw, caption, figure=bool(tok.meta.get("nd_figure")))
    if not tok.meta.get("nd_figure"):
        return img
    classes = "nd-figure" if "<img" in img else "nd-figure nd-figure-missing"
    if getattr(env["nd_image"], "whole", False):
        classes += " nd-graphic"  # printed whole: the make-up never crops it
    figcaption = ""
    if caption or credit:
        credit_html = f' <span class="credit">{html.escape(credit)}</span>' if credit else ""
        figcaption = f"<figcaption>{html.escape(caption)}{credit_html}</figcaption>"
    return f'<figure class="{classes}">{img}{figcaption}</figure>'


@cache
def body_parser() -> MarkdownIt:
    """newsdesk's parser (``create_parser``) with the figure and heading rules added."""
    md = create_parser()
    md.core.ruler.push("nd_figures", _mark_figures)
    md.add_render_rule("paragraph_open", _paragraph_open)
    md.add_render_rule("paragraph_close", _paragraph_close)
    md.add_render_rule("image", _image)
    return md


class _Resolver:
    """Resolves each image once per render and remembers what to substitute later."""

    def __init__(self, image_src: ImageSource | None, language: str) -> None:
        self.image_src = image_src
        self.token = f"nd-img-{secrets.token_hex(8)}"
        self.sources: list[str] = []
        self.missing: list[str] = []
        self.resolved: list[tuple[str, str]] = []  # (path as written, src)
        self.missing_label = labels(language)["missing_photo"]
        self.whole = False

    def _lookup(self, raw: str) -> ImageRef | None:
        if self.image_src is None:
            return None
        for candidate in dict.fromkeys((unquote(raw), raw)):
            found = self.image_src(candidate)
            if isinstance(found, str):
                found = ImageRef(found)
            if found is not None and resolved_src_ok(found.src):
                return found
        return None

    def __call__(self, raw: str, caption: str, *, figure: bool = False) -> str:
        path = unquote(raw)
        self.whole = False  # the image of this call is a graphic (``ImageRef.whole``)
        ref = self._lookup(raw)
        if ref is None:
            self.missing.append(path)
            text = f"{self.missing_label}: {path}"
            if caption and not figure:
                text = f"[{caption}] {text}"
            return f'<span class="nd-missing-photo">{html.escape(text)}</span>'
        n = len(self.sources)
        self.sources.append(ref.src)
        self.resolved.append((path, ref.src))
        size = "".join(
            f' {name}="{int(value)}"'
            for name, value in (("width", ref.width), ("height", ref.height))
            if value
        )
        self.whole = ref.whole
        return f'<img src="{self.token}-{n}" alt="{html.escape(caption)}"{size}>'

    def substitute(self, text: str) -> str:
        """Put the resolved sources in place of the tokens (in the fragment or a whole page).

        Sources passed ``resolved_src_ok`` (no quotes, angle brackets or spaces), so only
        ``&`` needs escaping; done once per photo, not over the whole page."""
        if not self.sources:
            return text
        pattern = re.compile(rf'src="{self.token}-(\d+)"')
        return pattern.sub(
            lambda m: 'src="' + self.sources[int(m.group(1))].replace("&", "&amp;") + '"', text
        )


@dataclass(frozen=True)
class BodyRender:
    """A rendered body: the clean fragment, photos shown (path, src) and photos missing.

    ``tokenized`` is the clean fragment with placeholder tokens where photo sources go;
    ``fill(text)`` puts the sources in (the document renderer fills the whole page once, so
    megabytes of data: URIs are not copied through the template)."""

    tokenized: str
    images: list[tuple[str, str]]
    missing: list[str]
    fill: Callable[[str], str]

    @property
    def html(self) -> str:
        return self.fill(self.tokenized)


def render_body_full(
    markdown: str, *, image_src: ImageSource | None = None, language: str = "vi"
) -> BodyRender:
    """Render and sanitise ``markdown``; report which photos were shown and which missing."""
    resolver = _Resolver(image_src, language)
    env: dict[str, Any] = {"nd_image": resolver}
    md = body_parser()
    raw_html = md.renderer.render(md.parse(markdown or "", env), md.options, env)
    return BodyRender(
        clean_body(raw_html), resolver.resolved, resolver.missing, resolver.substitute
    )


@dataclass(frozen=True)
class FigureInfo:
    """A photo of the body as written: its path, caption (alt) and credit (title)."""

    path: str
    caption: str
    credit: str
    is_figure: bool


def list_figures(markdown: str) -> list[FigureInfo]:
    """Every image of ``markdown`` in order, with caption/credit and whether it is a figure."""
    md = body_parser()
    renderer = md.renderer
    assert isinstance(renderer, RendererHTML)  # the text of a caption, as markdown-it reads it
    found: list[FigureInfo] = []
    for tok in md.parse(markdown or "", {}):
        for child in tok.children or []:
            if child.type != "image":
                continue
            caption = renderer.renderInlineAsText(child.children or [], md.options, {})
            found.append(
                FigureInfo(
                    unquote(str(child.attrGet("src") or "")),
                    caption.strip(),
                    str(child.attrGet("title") or "").strip(),
                    bool(child.meta.get("nd_figure")),
                )
            )
    return found
