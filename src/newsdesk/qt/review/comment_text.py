"""How a review comment reads in the comments panel, in the UI language.

``CommentText(parent)``: ``item(view)`` is a comment's entry — who, when, which field, the
comment, its passage and its replies under it::

    TH · Trần Thu Hà · 10/10/2023 16:35 · Sapo
    Nguồn tin?
    “Ban tổ chức cho biết”
        ↳ NV · Nguyễn Văn A · 10/10/2023 17:02
          Theo thông cáo báo chí.

``target(selection)`` says which words a new comment will go on; ``when(dt)`` is a time in
local time as day/month/year hours:minutes (how Vietnamese dates are written).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from newsdesk.domain.comments import Anchor, Comment, CommentView, Reply

QUOTE_SHOWN = 60  # characters of a long quote shown in the panel


def when(moment: datetime | None) -> str:
    """``10/10/2023 16:35`` in the computer's time zone ("" when unknown)."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_SHOWN else text[: QUOTE_SHOWN - 1] + "…"


class CommentText(QObject):
    def field_name(self, field: str) -> str:
        if field == "headline":
            return self.tr("Headline")
        if field == "sapo":
            return self.tr("Sapo")
        return self.tr("Body")

    def byline(self, who: Comment | Reply) -> str:
        parts = [who.initials, who.author if who.author != who.initials else "",
                 when(who.created)]
        return " · ".join(part for part in parts if part) or "–"

    def item(self, view: CommentView) -> str:
        comment = view.comment
        mark = "✓ " if comment.resolved else ""
        head = f"{mark}{self.byline(comment)} · {self.field_name(comment.anchor.field)}"
        where = self.tr("(passage deleted)") if view.orphaned \
            else f"“{_short(comment.anchor.quote)}”"
        lines = [head, comment.text, where]
        for reply in comment.replies:
            lines.append(f"    ↳ {self.byline(reply)}")
            lines.extend(f"      {line}" for line in reply.text.splitlines())
        return "\n".join(lines)

    def target(self, selection: tuple[int, int] | Anchor | None) -> str:
        if selection is None:
            return self.nothing_selected()
        if not isinstance(selection, Anchor):
            return self.tr("On the selected passage of the body")
        if selection.field == "headline":
            text = self.tr("On the headline: “%1”")
        elif selection.field == "sapo":
            text = self.tr("On the sapo: “%1”")
        else:
            text = self.tr("In the body: “%1”")
        return text.replace("%1", _short(selection.quote))

    def nothing_selected(self) -> str:
        return self.tr("Nothing is selected: select the words to comment on in the headline, "
                       "the sapo or the body.")
