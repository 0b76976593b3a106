"""The newsdesk domain: articles, workflow, text rules. Plain Python, no Qt, no SQL."""

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
from .text import fold, nfc, search_terms, slugify

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
    "fold",
    "nfc",
    "normalise_tags",
    "parse_published",
    "search_terms",
    "slugify",
    "text_stats",
    "url_problem",
]
