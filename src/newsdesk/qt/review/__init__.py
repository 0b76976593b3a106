"""Review widgets the main window docks: each takes a Library and is pointed at an article.

- ``ReviewPanel(library)``: workflow bar + History + Comments; ``set_article(id)``,
  ``set_selection(start, end)``, signals ``article_changed(Article)``,
  ``passage_requested(anchor)``.
- ``WorkflowBar``, ``HistoryPanel``, ``CommentsPanel``: the parts, usable alone.
- ``VersionChoiceDialog.for_conflict(library, SaveConflict)`` /
  ``.for_import(library, BundleImport)``: choose between two stored versions.
"""

from .comments_panel import CommentsPanel
from .conflict_dialog import VersionChoiceDialog
from .history_panel import HistoryPanel
from .review_panel import ReviewPanel
from .workflow_bar import WorkflowBar

__all__ = ["CommentsPanel", "HistoryPanel", "ReviewPanel", "VersionChoiceDialog", "WorkflowBar"]
