"""The window's actions, menus and toolbar, with standard shortcuts and themed icons.

Actions only carry text, icon and shortcut; the main window connects them. Texts are set in
``retranslate`` so a language switch relabels everything in place.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

Key = QKeySequence.StandardKey

# name: (theme icon, shortcut: a standard key or a portable string)
SPECS: dict[str, tuple[str, object]] = {
    "new": ("document-new", Key.New),
    "close": ("document-close", Key.Close),
    "import": ("document-open", Key.Open),
    "save": ("document-save", Key.Save),
    "export": ("document-export", "Ctrl+E"),
    "export_html": ("text-html", ""),
    "export_pdf": ("application-pdf", ""),
    "delete": ("edit-delete", ""),
    "preferences": ("preferences-system", Key.Preferences),
    "quit": ("application-exit", Key.Quit),
    "undo": ("edit-undo", Key.Undo),
    "redo": ("edit-redo", Key.Redo),
    "cut": ("edit-cut", Key.Cut),
    "copy": ("edit-copy", Key.Copy),
    "paste": ("edit-paste", Key.Paste),
    "find": ("edit-find", Key.Find),
    "replace": ("edit-find-replace", Key.Replace),
    "insert_photo": ("insert-image", "Ctrl+Shift+I"),
    "comment": ("", "Ctrl+Alt+M"),
    "bold": ("format-text-bold", Key.Bold),
    "italic": ("format-text-italic", Key.Italic),
    "link": ("insert-link", "Ctrl+K"),
    "paragraph": ("format-justify-left", "Ctrl+Alt+0"),
    "heading2": ("format-text-heading", "Ctrl+Alt+2"),
    "heading3": ("", "Ctrl+Alt+3"),
    "quote": ("format-text-blockquote", "Ctrl+Shift+9"),
    "bullets": ("format-list-unordered", "Ctrl+Shift+8"),
    "numbers": ("format-list-ordered", "Ctrl+Shift+7"),
    "show_library": ("view-list-details", "Ctrl+Shift+L"),
    "show_side": ("view-preview", "Ctrl+Shift+P"),
    "refresh": ("view-refresh", "F5"),
    "about": ("help-about", ""),
    "strike": ("format-text-strikethrough", "Ctrl+Shift+X"),
    "suggest_mode": ("document-edit", "Ctrl+Shift+E"),
    "next_change": ("go-down", "Ctrl+Alt+N"),
    "previous_change": ("go-up", "Ctrl+Alt+P"),
    "accept_change": ("dialog-ok-apply", "Ctrl+Alt+A"),
    "reject_change": ("dialog-cancel", "Ctrl+Alt+R"),
    "accept_all_changes": ("", ""),
    "reject_all_changes": ("", ""),
}
CHANGE_ACTIONS = ("suggest_mode", "next_change", "previous_change", "accept_change",
                  "reject_change", "accept_all_changes", "reject_all_changes")
FORMAT_ACTIONS = ("bold", "italic", "strike", "link", "paragraph", "heading2", "heading3",
                  "quote", "bullets", "numbers")


def fallback_keys(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The usual key where the platform theme binds none: Replace is Ctrl+H on Linux and
    Windows (generic X11 has no binding), Cmd+Option+F on macOS."""
    if key == Key.Replace:
        return [QKeySequence("Ctrl+Alt+F" if sys.platform == "darwin" else "Ctrl+H")]
    return []


def themed_icon(name: str) -> QIcon:
    """The desktop theme's icon ``name``, else the one shipped in resources/icons/actions."""
    from newsdesk.config.resources import resource_path

    shipped = resource_path("icons", "actions", f"{name}.svg")
    fallback = QIcon(str(shipped)) if shipped.is_file() else QIcon()
    return QIcon.fromTheme(name, fallback)


class MainActions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.by_name: dict[str, QAction] = {}
        for name, (icon, key) in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action-{name}")
            if icon:
                action.setIcon(themed_icon(icon))
            if isinstance(key, QKeySequence.StandardKey):
                action.setShortcuts(QKeySequence.keyBindings(key) or fallback_keys(key))
            elif key:
                action.setShortcut(QKeySequence(str(key)))
            parent.addAction(action)
            self.by_name[name] = action
        for name in ("show_library", "show_side", "suggest_mode"):
            self.by_name[name].setCheckable(True)
        self.by_name["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self.by_name["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self.by_name["about"].setMenuRole(QAction.MenuRole.AboutRole)
        self.menus: dict[str, QMenu] = {}
        self.routed: dict[str, QAction] = {}  # format commands the body editor performs

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def build_menus(self, bar: QMenuBar) -> None:
        layout: dict[str, list[str | None]] = {
            "file": ["new", "import", "save", None, "export", "export_html", "export_pdf", None,
                     "close", "delete", None, "preferences", None, "quit"],
            "edit": ["undo", "redo", None, "cut", "copy", "paste", None, "find", "replace",
                     None, "insert_photo", "comment"],
            "format": ["bold", "italic", "strike", "link", None, "paragraph", "heading2", "heading3",
                       "quote", None, "bullets", "numbers"],
            "review": ["suggest_mode", None, "previous_change", "next_change", None,
                       "accept_change", "reject_change", "accept_all_changes",
                       "reject_all_changes", None, "comment"],
            "view": ["refresh", None, "show_library", "show_side"],
            "help": ["about"],
        }
        for menu_name, names in layout.items():
            menu = bar.addMenu("")
            self.menus[menu_name] = menu
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.by_name[name])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for name in ("new", "save", None, "undo", "redo", None, "bold", "italic", "link",
                     "heading2", "quote", "bullets", None, "insert_photo", None, "export"):
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.by_name[name])

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New article"),
            "import": self.tr("&Import…"),
            "save": self.tr("&Save"),
            "export": self.tr("&Export…"),
            "export_html": self.tr("Export as &HTML…"),
            "export_pdf": self.tr("Export as &PDF…"),
            "close": self.tr("&Close article"),
            "delete": self.tr("&Delete article"),
            "preferences": self.tr("Pre&ferences…"),
            "quit": self.tr("&Quit"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "find": self.tr("&Find…"),
            "replace": self.tr("R&eplace…"),
            "insert_photo": self.tr("Insert &photo…"),
            "comment": self.tr("New co&mment on selection"),
            "bold": self.tr("&Bold"),
            "italic": self.tr("&Italic"),
            "strike": self.tr("&Strikethrough"),
            "link": self.tr("&Link…"),
            "paragraph": self.tr("&Paragraph"),
            "heading2": self.tr("Heading &2"),
            "heading3": self.tr("Heading &3"),
            "quote": self.tr("&Quote"),
            "bullets": self.tr("B&ulleted list"),
            "numbers": self.tr("&Numbered list"),
            "show_library": self.tr("&Library"),
            "show_side": self.tr("&Previews"),
            "refresh": self.tr("&Refresh"),
            "about": self.tr("&About Newsdesk"),
            "suggest_mode": self.tr("&Suggest changes"),
            "next_change": self.tr("&Next change"),
            "previous_change": self.tr("&Previous change"),
            "accept_change": self.tr("&Accept change"),
            "reject_change": self.tr("&Reject change"),
            "accept_all_changes": self.tr("Accept a&ll changes"),
            "reject_all_changes": self.tr("Reject all c&hanges"),
        }
        for name, text in texts.items():
            action = self.by_name[name]
            action.setText(text)
            plain = text.replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"),
                  "format": self.tr("F&ormat"), "review": self.tr("Rev&iew"),
                  "view": self.tr("&View"),
                  "help": self.tr("&Help")}
        for name, title in titles.items():
            menu = self.menus.get(name)
            if menu is not None:
                menu.setTitle(title)
