"""The HTML allowlists: what may survive into an exported article, nothing else.

Markdown is parsed with raw HTML disabled, so user-typed tags are already text; these nh3
cleaners are the second wall. Only http(s), mailto and relative links survive; ``data:`` never
survives as a link. Photos are *not* given their ``data:`` URIs until after cleaning (see
``render.figures``), so a user can never smuggle one in: ``resolved_src_ok`` checks what our
own resolvers hand back before it is substituted.
"""

from __future__ import annotations

import html
import re
from functools import cache

import nh3

URL_SCHEMES = frozenset({"http", "https", "mailto"})

BODY_TAGS = frozenset(
    {
        "p", "h2", "h3", "h4", "strong", "em", "s", "del", "a", "ul", "ol", "li",
        "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
        "figure", "figcaption", "img", "span", "br", "hr",
    }
)  # fmt: skip
BODY_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"style"},
    "td": {"style"},
}
BODY_CLASSES = {
    "figure": {"nd-figure", "nd-figure-missing", "nd-graphic"},
    "span": {"credit", "nd-missing-photo"},
}
INLINE_TAGS = frozenset({"strong", "em", "s", "del", "code", "a", "br"})

_SAFE_DATA_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,")
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_UNSAFE_CHAR = re.compile(r"[\s\"'<>`]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


@cache
def _body_cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(BODY_TAGS),
        attributes={k: set(v) for k, v in BODY_ATTRIBUTES.items()},
        allowed_classes={k: set(v) for k, v in BODY_CLASSES.items()},
        url_schemes=set(URL_SCHEMES),
        filter_style_properties={"text-align"},
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


@cache
def _inline_cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(INLINE_TAGS),
        attributes={"a": {"href", "title"}},
        url_schemes=set(URL_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    )


def clean_body(fragment: str) -> str:
    """``fragment`` reduced to the body allowlist (scripts, handlers, bad URLs removed)."""
    return _body_cleaner().clean(fragment)


def clean_inline(fragment: str) -> str:
    """``fragment`` reduced to inline emphasis and safe links (for the sapo)."""
    return _inline_cleaner().clean(fragment)


def to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (tags dropped, entities decoded, spaces collapsed)."""
    stripped = nh3.clean(fragment, tags=set(), clean_content_tags={"script", "style"})
    return " ".join(html.unescape(stripped).split())


def resolved_src_ok(src: str) -> bool:
    """True for what a photo resolver may hand back: a base64 raster data: URI, an
    http(s) URL or a relative path. Anything else (javascript:, data:text/html…) is refused."""
    if src.startswith("data:"):
        return _is_data_image(src)
    if not src or _UNSAFE_CHAR.search(src):
        return False
    scheme = _SCHEME.match(src)
    if scheme is None:
        return True
    name = scheme.group(1).lower()
    if name == "data":
        return bool(_SAFE_DATA_IMAGE.match(src))
    return name in ("http", "https")


def safe_href(url: str) -> str:
    """``url`` when it is an http(s) URL, else ``""`` (for canonical/og:url in <head>)."""
    scheme = _SCHEME.match(url or "")
    if scheme and scheme.group(1).lower() in ("http", "https") and resolved_src_ok(url):
        return url
    return ""


def _is_data_image(src: str) -> bool:
    """A base64 raster ``data:`` URI (checked at memcpy speed: photos are megabytes long)."""
    head = _SAFE_DATA_IMAGE.match(src)
    if head is None:
        return False
    payload = src[head.end() :]
    return (
        bool(payload)
        and payload.isascii()
        and not payload.encode("ascii").translate(None, _BASE64_ALPHABET)
    )
