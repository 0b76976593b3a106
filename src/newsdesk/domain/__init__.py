"""The newsdesk domain: articles, workflow, text rules. Plain Python, no Qt, no SQL.

Each name loads its module when first used (``newsdesk.lazy``): ``NewsdeskError`` costs no
more than ``errors.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from .article import Article, normalise_tags, parse_published, url_problem
    from .errors import (
        ConflictError,
        NewsdeskError,
        NotFoundError,
        Notice,
        Problem,
        TransitionError,
        ValidationError,
    )
    from .related import RelatedSource, RelatedStory, RelatedView
    from .stats import TextStats, count_words, text_stats
    from .status import Action, Status, allowed_actions, apply_action
    from .text import file_stem, fold, nfc, search_terms, slugify

_LAZY = {
    "Article": "article",
    "normalise_tags": "article",
    "parse_published": "article",
    "url_problem": "article",
    "ConflictError": "errors",
    "NewsdeskError": "errors",
    "NotFoundError": "errors",
    "Notice": "errors",
    "Problem": "errors",
    "TransitionError": "errors",
    "ValidationError": "errors",
    "RelatedSource": "related",
    "RelatedStory": "related",
    "RelatedView": "related",
    "TextStats": "stats",
    "count_words": "stats",
    "text_stats": "stats",
    "Action": "status",
    "Status": "status",
    "allowed_actions": "status",
    "apply_action": "status",
    "file_stem": "text",
    "fold": "text",
    "nfc": "text",
    "search_terms": "text",
    "slugify": "text",
}
__getattr__ = lazy_exports(__name__, _LAZY)

__all__ = [
    "Action",
    "Article",
    "ConflictError",
    "NewsdeskError",
    "NotFoundError",
    "Notice",
    "Problem",
    "RelatedSource",
    "RelatedStory",
    "RelatedView",
    "Status",
    "TextStats",
    "TransitionError",
    "ValidationError",
    "allowed_actions",
    "apply_action",
    "count_words",
    "file_stem",
    "fold",
    "nfc",
    "normalise_tags",
    "parse_published",
    "search_terms",
    "slugify",
    "text_stats",
    "url_problem",
]
