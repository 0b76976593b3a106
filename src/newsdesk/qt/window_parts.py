"""What MainWindow offers its command mixins, written out for the type checker.

``ArticleCommands`` (window_commands) and ``VersionChoices`` (conflicts) are mixins of
``MainWindow``: they use its panels, its library and a few of its methods. ``WindowParts``
names those, so that mypy checks the mixins against them; only type checking imports this
module, and at run time the mixins derive from ``object``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QStackedWidget

if TYPE_CHECKING:
    from newsdesk.config.paths import Paths
    from newsdesk.config.settings import Settings
    from newsdesk.domain import Article
    from newsdesk.services.bundles import BundleImport
    from newsdesk.services.library import LibraryAPI

    from .actions import MainActions
    from .article_view import ArticleView
    from .export_dialog import ExportDialog
    from .i18n import Translations
    from .library_panel import LibraryPanel
    from .live_updates import LiveUpdates
    from .offline import ConnectionWatch
    from .recovery import RecoveryJournal
    from .review.comment_marks import CommentMarks
    from .side_panel import SidePanel
    from .spell_menu import SpellController
    from .start_page import StartPage


class WindowParts(QMainWindow):
    library: LibraryAPI
    paths: Paths
    settings: Settings
    translations: Translations | None
    journal: RecoveryJournal
    actions_: MainActions
    library_panel: LibraryPanel
    start_page: StartPage
    centre: QStackedWidget
    side: SidePanel
    export_dialog: ExportDialog
    spelling: SpellController | None
    live: LiveUpdates
    connection: ConnectionWatch
    comment_marks: CommentMarks
    waiting_ids: set[str]

    @property
    def article_view(self) -> ArticleView:
        raise NotImplementedError

    def open_article(self, article: Article, *, journal_key: str | None = None,
                     dirty: bool = False) -> None:
        raise NotImplementedError

    def _import(self, path: Path) -> None:
        raise NotImplementedError

    def offer_or_import(self, path: Path, import_now: Callable[[], None]) -> None:
        raise NotImplementedError

    def back_to_text(self) -> None:
        raise NotImplementedError

    def _choose_incoming(self, result: BundleImport) -> None:
        raise NotImplementedError

    def _bundle_imported(self, result: BundleImport) -> None:
        raise NotImplementedError

    def library_call_failed(self, title: str, exc: BaseException) -> None:
        raise NotImplementedError

    def save_conflict(self, conflict: object) -> None:
        raise NotImplementedError

    def _show_stored(self, article: Article) -> None:
        raise NotImplementedError

    def _has_article(self) -> bool:
        raise NotImplementedError

    def article_closed(self) -> None:
        raise NotImplementedError

    def deleted_elsewhere(self, article_id: str, by: str) -> None:
        raise NotImplementedError

    def _update_actions(self) -> None:
        raise NotImplementedError

    def update_title(self, *_: object) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError
