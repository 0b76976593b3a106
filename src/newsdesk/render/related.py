"""The "Tin khác" / "More news" section of an exported article, shared by HTML, CMS and print.

``related_items`` turns the ``RelatedView``s of an article into what the template prints:
each story's headline, a safe link when its URL is known, a thumbnail (``thumb``, given by
the exporter: a data: URI for the standalone page, a file of the CMS package) and a small QR
code (``qr``, given by the print document). A deleted library story is printed as text and
reported once as a warning (``export.related_deleted``); a library story with no URL yet is
text too (``export.related_no_url``). ``section_html`` is the same section as an HTML
fragment for the CMS ``body.html``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import jinja2
from markupsafe import Markup

from newsdesk.domain import Article, Notice
from newsdesk.domain.related import RelatedSource, RelatedView, plain_views

from .dateline import labels
from .figures import ImageRef
from .sanitize import safe_href


@dataclass(frozen=True)
class RelatedItem:
    headline: str
    href: str = ""
    thumb: ImageRef | None = None
    qr: Markup | None = None
    article_id: str = ""  # a library story's id ("" for an outside link)
    missing: bool = False  # a library story deleted since


def article_views(article: Article, source: RelatedSource | None) -> list[RelatedView]:
    """The views of ``article``'s related stories: looked up by ``source`` when given."""
    if not article.related:
        return []
    return list(source()) if source is not None else plain_views(article.related)


def related_items(
    views: Sequence[RelatedView],
    warnings: list[str],
    *,
    thumb: Callable[[RelatedView], ImageRef | None] | None = None,
    qr: Callable[[str], str | None] | None = None,
) -> list[RelatedItem]:
    items = []
    for view in views:
        href = "" if view.missing else safe_href(view.url)
        if view.missing:
            warnings.append(Notice(
                f"the related story '{view.headline}' is no longer in the library; it is "
                "shown as text, without a link", "export.related_deleted", view.headline))
        elif view.article_id and not href:
            warnings.append(Notice(
                f"the related story '{view.headline}' has no URL yet; it is shown as text",
                "export.related_no_url", view.headline))
        picture = thumb(view) if thumb is not None and view.photo and not view.missing \
            else None
        code = qr(href) if qr is not None and href else None
        items.append(RelatedItem(view.headline, href, picture, Markup(code) if code else None,
                                 view.article_id, view.missing))
    return items


_SECTION = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(
    """<aside class="related" lang="{{ lang }}">
<h2>{{ heading }}</h2>
<ul>
{% for item in items %}
<li>{% if item.href %}<a href="{{ item.href }}">{% endif %}
{% if item.thumb %}<img src="{{ item.thumb.src }}" width="{{ item.thumb.width }}" \
height="{{ item.thumb.height }}" alt="">{% endif %}
{{ item.headline }}{% if item.href %}</a>{% endif %}</li>
{% endfor %}
</ul>
</aside>
""")


def section_html(items: Sequence[RelatedItem], language: str) -> str:
    """The section as a fragment (the CMS ``body.html`` ends with it); "" without stories."""
    if not items:
        return ""
    return _SECTION.render(items=items, heading=labels(language)["related"], lang=language)
