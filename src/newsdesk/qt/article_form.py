"""The metadata fields of an article above the body: headline, sapo, byline, source, section,
tags, publication time (with its UTC offset), URL and the related stories (``RelatedField``).

The fields sit two label+field pairs a row; when the form is too narrow for that without
squeezing a field under FIELD_MIN_CHARS characters, they reflow to one pair a row.

The form holds no Article of its own: ``set_article`` fills the fields, ``apply_to`` returns a
copy of an Article carrying what the fields say, and ``changed`` fires on every edit a user
makes (never while the form is being filled).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetricsF, QInputMethodEvent, QResizeEvent
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

from .labels import whole_mnemonics
from .related_field import RelatedField
from .spell_marks import SpellLineEdit

SECTIONS = (
    "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Thế giới", "Văn hóa", "Giáo dục",
    "Sức khỏe", "Pháp luật", "Thể thao", "Công nghệ", "Du lịch",
)


def _local_offset_seconds() -> int:
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds()) if offset else 0


FIELD_MIN_CHARS = 20  # a field never gets narrower than this many average characters


def field_min_width(widget: QWidget) -> int:
    """Room for FIELD_MIN_CHARS characters of the widget's font, plus its frame and margins."""
    return widget.fontMetrics().averageCharWidth() * FIELD_MIN_CHARS + 14


def _committed(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return field.currentText()
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()  # type: ignore[attr-defined]


def offset_label(seconds: int) -> str:
    """The offset as people write it: "UTC+7", "UTC+5:30", "UTC−3"; plain "UTC" for none."""
    if not seconds:
        return "UTC"
    sign = "+" if seconds > 0 else "\u2212"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def offset_tip(seconds: int) -> str:
    """What the offset beside the publication time means, in the UI language."""
    if seconds == _local_offset_seconds():
        zone = QTimeZone.systemTimeZone().displayName(
            QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, QLocale())
        return QCoreApplication.translate("ArticleForm", "The time of this computer (%1)").replace(
            "%1", zone or offset_label(seconds))
    return QCoreApplication.translate("ArticleForm", "The time zone the article gives (%1)").replace(
        "%1", offset_label(seconds))


class TypedDateTimeEdit(QDateTimeEdit):
    """A date and time typed as people write it, "14/03/2026 06:45", in one go: the first
    digit of a section replaces it (rather than being refused beside the digits there), and
    the separator typed after a section its digits already completed (Qt then moves on by
    itself) is not taken as a move to the section after."""

    SEPARATORS = "/:.- "

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fresh = True  # the next digit begins a section
        self._advanced = False  # the last digit completed a section, and Qt moved on
        self._day = ""  # the digits last typed into the day
        self.lineEdit().installEventFilter(self)  # a click lands on the line inside

    def focusInEvent(self, event) -> None:
        self._fresh, self._advanced, self._day = True, False, ""
        super().focusInEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:  # a section chosen by a click
            self._fresh, self._advanced, self._day = True, False, ""
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text and text in self.SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()
            return
        section = self.currentSection()
        if text.isdigit() and self._fresh:
            self.setSelectedSection(section)
            if section == QDateTimeEdit.Section.DaySection:
                self._day = ""
        if text.isdigit() and section == QDateTimeEdit.Section.DaySection:
            self._day += text
        elif not (text and (text.isdigit() or text in self.SEPARATORS)):
            self._day = ""  # stepped with the arrows, or left: the day is as shown
        super().keyPressEvent(event)
        moved = self.currentSection() != section
        self._advanced = text.isdigit() and moved
        self._fresh = not text.isdigit() or moved
        # a day the month shown has not (31 typed while November shows) is cut to its last
        # day as typed: it comes back once the month typed after it has it
        day, date = int(self._day or 0), self.date()
        if 28 < day <= date.daysInMonth() and date.day() != day:
            at = self.currentSection()
            self.setDate(QDate(date.year(), date.month(), day))
            self.setCurrentSection(at)


class HeadlineEdit(SpellLineEdit):
    """The headline's box: large and bold, and set smaller, down to the size of the other
    fields, while a long headline would not fit its width, so that a reporter sees the whole
    headline (a headline of 50 to 80 characters, common, ran past a box 560 px wide); past
    that it scrolls as a line does. Its height stays that of the large size: the form never
    jumps while one types. A headline too long even so is shown whole in the box's tooltip."""

    LARGEST, SMALLEST, STEP = 1.6, 1.0, 0.05  # of the font of the other fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = QFont(self.font())
        self.setFont(self._sized(self.LARGEST))
        self.setFixedHeight(self.sizeHint().height())
        self.textChanged.connect(self._fit)

    def _sized(self, scale: float) -> QFont:
        font = QFont(self._base)
        font.setPointSizeF(self._base.pointSizeF() * scale)
        font.setBold(True)
        return font

    def _fit(self) -> None:
        """The largest size at which the whole headline fits the box (not while an input
        method composes a word: the box is sized again once it is typed)."""
        if self._composing:
            return
        margins = self.textMargins()
        room = self.contentsRect().width() - margins.left() - margins.right() - 6
        text, scale = self.text(), self.LARGEST
        while scale > self.SMALLEST + 1e-9 and \
                QFontMetricsF(self._sized(scale)).horizontalAdvance(text) > room:
            scale = max(self.SMALLEST, scale - self.STEP)
        font = self._sized(scale)
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)
        # still too long at the smallest size: the whole headline where the pointer rests
        self.setToolTip(text if QFontMetricsF(font).horizontalAdvance(text) > room else "")

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        super().inputMethodEvent(event)
        if not self._composing:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class ArticleForm(QWidget):
    changed = Signal()
    url_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._offset = _local_offset_seconds()
        self.headline = HeadlineEdit(self)  # a QLineEdit that shows misspelt words
        self.headline.setFrame(False)
        # room after the last letter: without a frame, a bold letter at the right edge (the
        # caret at End of a long headline) was cut
        self.headline.setTextMargins(2, 0, 6, 0)
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
        self.published = TypedDateTimeEdit(self)
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.published.setEnabled(False)
        self.published.setSpecialValueText(" ")  # no time set (retranslate: the words)
        self.offset = QLabel(offset_label(self._offset), self)
        self.related = RelatedField(self)
        self._labels: dict[str, QLabel] = {}
        self._build_layout()
        self.retranslate()
        for edit in (self.headline, self.byline, self.source, self.tags, self.url):
            edit.textEdited.connect(self._user_changed)
        self.sapo.textChanged.connect(self._user_changed)
        self.section.currentTextChanged.connect(self._user_changed)
        self.published.dateTimeChanged.connect(self._published_edited)
        self.has_published.toggled.connect(self._published_toggled)
        self.url.textChanged.connect(self._url_text)
        self.related.changed.connect(self._user_changed)

    def _build_layout(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addWidget(self.headline)
        outer.addWidget(self.sapo)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_published)
        row.addWidget(self.published, 1)
        row.addWidget(self.offset)
        fields = (("byline", self.byline), ("source", self.source), ("section", self.section),
                  ("tags", self.tags), ("published", when), ("url", self.url))
        self._pairs: list[tuple[QLabel, QWidget]] = []
        for name, widget in fields:
            label = QLabel(self)
            label.setBuddy(self.has_published if widget is when else widget)  # Alt+P: the box
            self._labels[name] = label
            self._pairs.append((label, widget))
        for edit in (self.byline, self.source, self.tags, self.url, self.section):
            edit.setMinimumWidth(field_min_width(edit))
        related_label = QLabel(self)
        related_label.setBuddy(self.related.list)
        related_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._labels["related"] = related_label
        self.columns = 0
        self._arrange(2)
        outer.addLayout(self._grid)
        # Tab reads the form as the eye does: the publication time before the URL beside it
        chain = (self.headline, self.sapo, self.byline, self.source, self.section, self.tags,
                 self.has_published, self.published, self.url, self.related.list,
                 self.related.add_library, self.related.add_link, self.related.remove,
                 self.related.up, self.related.down)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        whole_mnemonics(self)

    def _arrange(self, columns: int) -> None:
        """Two label+field pairs a row when the form is wide enough, else one a row."""
        if columns == self.columns:
            return
        self.columns = columns
        grid = self._grid
        for label, widget in self._pairs:
            grid.removeWidget(label)
            grid.removeWidget(widget)
        grid.removeWidget(self.url_problem)
        grid.removeWidget(self._labels["related"])
        grid.removeWidget(self.related)
        for index, (label, widget) in enumerate(self._pairs):
            row, col = divmod(index, columns)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        rows = (len(self._pairs) + columns - 1) // columns
        grid.addWidget(self.url_problem, rows, columns * 2 - 1)
        grid.addWidget(self._labels["related"], rows + 1, 0)
        grid.addWidget(self.related, rows + 1, 1, 1, columns * 2 - 1)
        field = self._field_width() if columns == 2 else 0  # both field columns alike
        grid.setColumnMinimumWidth(1, field)
        grid.setColumnMinimumWidth(3, field)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1 if columns == 2 else 0)

    @staticmethod
    def _least(widget: QWidget) -> int:
        return widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()

    def _field_width(self) -> int:
        return max(self._least(widget) for _, widget in self._pairs)

    def two_column_width(self) -> int:
        """The width below which two pairs a row would squeeze a field under its minimum."""
        labels = [label for label, _ in self._pairs]
        spacing = self._grid.horizontalSpacing()
        return (max(map(self._least, labels[0::2])) + max(map(self._least, labels[1::2]))
                + 2 * self._field_width() + 3 * spacing)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one pair a row needs, even while two a row are shown: narrower than
        two pairs need, the form goes one a row (``resizeEvent``). (Two pairs' minimum would
        keep a window made smaller from ever giving the form, and the body, less width.)"""
        hint = super().minimumSizeHint()
        if self.columns != 2:
            return hint
        layout = self.layout()
        if layout is None:
            return hint
        margins = layout.contentsMargins()
        labels = [label for label, _ in self._pairs] + [self._labels["related"]]
        fields = max(self._field_width(), self._least(self.related))
        one = (max(map(self._least, labels)) + fields + self._grid.horizontalSpacing()
               + margins.left() + margins.right())
        return QSize(min(hint.width(), one), hint.height())

    def resizeEvent(self, event) -> None:
        self._arrange(2 if event.size().width() >= self.two_column_width() else 1)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.published.setSpecialValueText(self.tr("not set"))
        texts = {
            "byline": self.tr("&Byline"),
            "source": self.tr("Sou&rce"),
            "section": self.tr("Se&ction"),
            "tags": self.tr("&Tags"),
            "published": self.tr("&Published"),
            "url": self.tr("&URL"),
            "related": self.tr("Re&lated"),
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
        self.offset.setToolTip(offset_tip(self._offset))
        self.related.retranslate()

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
            self.related.set_stories(list(article.related), article.id)
            published = article.published
            self.has_published.setChecked(published is not None)
            self.published.setEnabled(published is not None)
            offset = published.utcoffset() if published is not None else None
            if published is not None and offset is not None:
                self._offset = int(offset.total_seconds())
                self._show_datetime(published)
            else:  # "not set" (the lowest value shows the special text), not a clock
                self._offset = _local_offset_seconds()
                self.published.setTimeZone(QTimeZone.fromSecondsAheadOfUtc(self._offset))
                self.published.setDateTime(self.published.minimumDateTime())
            self.offset.setText(offset_label(self._offset))
            self.offset.setToolTip(offset_tip(self._offset))
            for edit in (self.headline, self.byline, self.source, self.tags, self.url):
                edit.setCursorPosition(0)  # show the start of long values
        finally:
            self._loading = False

    def _show_datetime(self, when: datetime) -> None:
        zone = QTimeZone.fromSecondsAheadOfUtc(self._offset)
        self.published.setTimeZone(zone)
        day = QDate(when.year, when.month, when.day)
        self.published.setDateTime(QDateTime(day, QTime(when.hour, when.minute, when.second), zone))

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
            related=self.related.stories(),
        )

    def input_widgets(self) -> list[QWidget]:
        return [self.headline, self.sapo, self.byline, self.source, self.section, self.tags,
                self.url]

    # -- reactions ------------------------------------------------------------------------------
    def _user_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _published_edited(self, value: QDateTime) -> None:
        """A time typed or picked is to the minute, as shown: seconds the box does not show
        (ticked at 12:07:51, then typed 06:30) never reach the CMS as 06:30:51. A time read
        from the article keeps its seconds until it is edited."""
        time = value.time()
        if not self._loading and (time.second() or time.msec()) \
                and value != self.published.minimumDateTime():
            blocked = self.published.blockSignals(True)
            self.published.setDateTime(QDateTime(value.date(), QTime(time.hour(), time.minute()),
                                                 value.timeZone()))
            self.published.blockSignals(blocked)
        self._user_changed()

    def _published_toggled(self, on: bool) -> None:
        """Ticked: the time starts at now (to the minute), in the article's offset; unticked:
        "not set"."""
        self.published.setEnabled(on)
        if on and self.published.dateTime() == self.published.minimumDateTime():
            now = datetime.now(timezone(timedelta(seconds=self._offset)))
            self._show_datetime(now.replace(second=0, microsecond=0))
        elif not on:
            self.published.setDateTime(self.published.minimumDateTime())
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
