"""Review widgets the main window docks: each takes a Library and is pointed at an article.

- ``ReviewPanel(library)``: workflow bar + History + Comments; ``set_article(id)``,
  ``set_selection(start, end)``, signals ``article_changed(Article)``,
  ``passage_requested(anchor)``.
- ``WorkflowBar``, ``HistoryPanel``, ``CommentsPanel``: the parts, usable alone.
- ``VersionChoiceDialog.for_conflict(library, SaveConflict)`` /
  ``.for_import(library, BundleImport)``: choose between two stored versions.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .comments_panel import CommentsPanel
    from .conflict_dialog import VersionChoiceDialog
    from .history_panel import HistoryPanel
    from .review_panel import ReviewPanel
    from .workflow_bar import WorkflowBar

__all__ = ["CommentsPanel", "HistoryPanel", "ReviewPanel", "VersionChoiceDialog", "WorkflowBar"]


def __getattr__(name: str) -> object:
    """Each widget loaded on first use: the review widgets bring the storage layer
    (SQLAlchemy) with them, and the main window imports ``comment_marks`` from this package
    at start-up without wanting them."""
    if name == "CommentsPanel":
        from .comments_panel import CommentsPanel

        return CommentsPanel
    if name == "VersionChoiceDialog":
        from .conflict_dialog import VersionChoiceDialog

        return VersionChoiceDialog
    if name == "HistoryPanel":
        from .history_panel import HistoryPanel

        return HistoryPanel
    if name == "ReviewPanel":
        from .review_panel import ReviewPanel

        return ReviewPanel
    if name == "WorkflowBar":
        from .workflow_bar import WorkflowBar

        return WorkflowBar
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
