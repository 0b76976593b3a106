"""The metadata fields of an article above the body: headline, sapo, byline, source, section,
tags, publication time (with its UTC offset) and URL.

The form holds no Article of its own: ``set_article`` fills the fields, ``apply_to`` returns a
copy of an Article carrying what the fields say, and ``changed`` fires on every edit a user
makes (never while the form is being filled).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article, url_problem

SECTIONS = (
    "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Giáo dục",
    "Sức khỏe", "Pháp luật", "Thể thao", "Công nghệ", "Du lịch",
)


def _local_offset_seconds() -> int:
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds()) if offset else 0


def _committed(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return field.currentText()
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()  # type: ignore[attr-defined]


def offset_label(seconds: int) -> str:
    sign = "+" if seconds >= 0 else "-"
    minutes = abs(seconds) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class ArticleForm(QWidget):
    changed = Signal()
    url_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._offset = _local_offset_seconds()
        self.headline = QLineEdit(self)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setFrame(False)
        self.sapo = QPlainTextEdit(self)
        self.sapo.setTabChangesFocus(True)
        sapo_font = QFont(self.sapo.font())
        sapo_font.setBold(True)
        self.sapo.setFont(sapo_font)
        self.sapo.setFixedHeight(self.sapo.fontMetrics().lineSpacing() * 3 + 14)
        self.sapo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.byline = QLineEdit(self)
        self.source = QLineEdit(self)
        self.section = QComboBox(self)
        self.section.setEditable(True)
        self.section.addItems(["", *SECTIONS])
        self.tags = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url_problem = QLabel(self)
        self.url_problem.setVisible(False)
        self.url_problem.setWordWrap(True)
        self.has_published = QCheckBox(self)
        self.published = QDateTimeEdit(self)
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.published.setEnabled(False)
        self.offset = QLabel(offset_label(self._offset), self)
        self._labels: dict[str, QLabel] = {}
        self._build_layout()
        self.retranslate()
        for edit in (self.headline, self.byline, self.source, self.tags, self.url):
            edit.textEdited.connect(self._user_changed)
        self.sapo.textChanged.connect(self._user_changed)
        self.section.currentTextChanged.connect(self._user_changed)
        self.published.dateTimeChanged.connect(self._user_changed)
        self.has_published.toggled.connect(self._published_toggled)
        self.url.textChanged.connect(self._url_text)

    def _build_layout(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addWidget(self.headline)
        outer.addWidget(self.sapo)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.has_published)
        when.addWidget(self.published, 1)
        when.addWidget(self.offset)
        rows = [
            (("byline", self.byline), ("source", self.source)),
            (("section", self.section), ("tags", self.tags)),
            (("published", when), ("url", self.url)),
        ]
        for row, pair in enumerate(rows):
            for col, (name, widget) in enumerate(pair):
                label = QLabel(self)
                self._labels[name] = label
                grid.addWidget(label, row, col * 2)
                if isinstance(widget, QWidget):
                    label.setBuddy(widget)
                    grid.addWidget(widget, row, col * 2 + 1)
                else:
                    label.setBuddy(self.published)
                    grid.addLayout(widget, row, col * 2 + 1)
        grid.addWidget(self.url_problem, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)

    def retranslate(self) -> None:
        texts = {
            "byline": self.tr("&Byline"),
            "source": self.tr("Sou&rce"),
            "section": self.tr("Se&ction"),
            "tags": self.tr("&Tags"),
            "published": self.tr("&Published"),
            "url": self.tr("&URL"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.headline.setAccessibleName(self.tr("Headline"))
        self.sapo.setPlaceholderText(self.tr("Sapo: the lead paragraph, shown in bold"))
        self.sapo.setAccessibleName(self.tr("Sapo"))
        self.byline.setAccessibleName(self.tr("Byline"))
        self.source.setAccessibleName(self.tr("Source"))
        self.section.setAccessibleName(self.tr("Section"))
        self.tags.setPlaceholderText(self.tr("comma, separated, keywords"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Article URL"))
        self.has_published.setAccessibleName(self.tr("Set a publication time"))
        self.published.setAccessibleName(self.tr("Publication time"))

    # -- filling and reading ------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        self._loading = True
        try:
            self.headline.setText(article.headline)
            self.sapo.setPlainText(article.sapo)
            self.byline.setText(article.byline)
            self.source.setText(article.source)
            self.section.setCurrentText(article.section)
            self.tags.setText(", ".join(article.tags))
            self.url.setText(article.url)
            published = article.published
            self.has_published.setChecked(published is not None)
            self.published.setEnabled(published is not None)
            if published is not None and published.utcoffset() is not None:
                self._offset = int(published.utcoffset().total_seconds())  # type: ignore[union-attr]
                self._show_datetime(published)
            else:
                self._offset = _local_offset_seconds()
                self._show_datetime(datetime.now(timezone(timedelta(seconds=self._offset))))
            self.offset.setText(offset_label(self._offset))
            for edit in (self.headline, self.byline, self.source, self.tags, self.url):
                edit.setCursorPosition(0)  # show the start of long values
        finally:
            self._loading = False

    def _show_datetime(self, when: datetime) -> None:
        zone = QTimeZone.fromSecondsAheadOfUtc(self._offset)
        self.published.setTimeZone(zone)
        self.published.setDateTime(QDateTime(when.date(), when.time().replace(microsecond=0), zone))

    def published_value(self) -> datetime | None:
        """The publication time as an aware datetime in the article's own offset."""
        if not self.has_published.isChecked():
            return None
        shown = self.published.dateTime()
        naive = datetime(
            shown.date().year(), shown.date().month(), shown.date().day(),
            shown.time().hour(), shown.time().minute(), shown.time().second(),
        )
        return naive.replace(tzinfo=timezone(timedelta(seconds=self._offset)))

    def apply_to(self, article: Article,
                 read: Callable[[QWidget], str] | None = None) -> Article:
        """A copy of ``article`` with the fields' values (normalised by Article itself).

        ``read(field)`` gives a field's text; by default what is committed in it (the article
        view passes one that adds a word an input method is still composing)."""
        text = read or _committed
        return article.copy(
            headline=text(self.headline),
            sapo=text(self.sapo),
            byline=text(self.byline),
            source=text(self.source),
            section=text(self.section),
            tags=text(self.tags),
            url=text(self.url),
            published=self.published_value(),
        )

    def input_widgets(self) -> list[QWidget]:
        return [self.headline, self.sapo, self.byline, self.source, self.section, self.tags,
                self.url]

    # -- reactions ------------------------------------------------------------------------------
    def _user_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _published_toggled(self, on: bool) -> None:
        self.published.setEnabled(on)
        self._user_changed()

    def _url_message(self, url: str, code: str) -> str:
        """What is really wrong with the address, in the UI language."""
        if code == "url.scheme":
            return self.tr("Not a web address: start with https://")
        if code == "url.too_long":
            return self.tr("The address is too long.")
        if any(ch.isspace() for ch in url):
            return self.tr("The address contains a space: web addresses have none "
                           "(write %20 where a space is meant).")
        return self.tr("Not a valid web address: check the part after https://")

    def _url_text(self, text: str) -> None:
        problem = url_problem(text.strip()) if text.strip() else None
        self.url_problem.setVisible(problem is not None)
        self.url_problem.setText(self._url_message(text.strip(), problem.code) if problem else "")
        self.url_changed.emit(text.strip())
