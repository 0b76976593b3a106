"""Review widgets the main window docks: each takes a Library and is pointed at an article.

- ``ReviewPanel(library)``: workflow bar + History + Comments; ``set_article(id)``,
  ``set_selection(start, end)``, signals ``article_changed(Article)``,
  ``passage_requested(anchor)``.
- ``WorkflowBar``, ``HistoryPanel``, ``CommentsPanel``: the parts, usable alone.
- ``VersionChoiceDialog.for_conflict(library, SaveConflict)`` /
  ``.for_import(library, BundleImport)``: choose between two stored versions.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .comments_panel import CommentsPanel
    from .conflict_dialog import VersionChoiceDialog
    from .history_panel import HistoryPanel
    from .review_panel import ReviewPanel
    from .workflow_bar import WorkflowBar

# Loaded on first use: the review widgets bring the storage layer (SQLAlchemy) with them, and
# the main window imports ``comment_marks`` from here at start-up without wanting them.
_WHERE = {
    "CommentsPanel": "comments_panel",
    "VersionChoiceDialog": "conflict_dialog",
    "HistoryPanel": "history_panel",
    "ReviewPanel": "review_panel",
    "WorkflowBar": "workflow_bar",
}

__all__ = ["CommentsPanel", "HistoryPanel", "ReviewPanel", "VersionChoiceDialog", "WorkflowBar"]


def __getattr__(name: str) -> object:
    if name in _WHERE:
        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
