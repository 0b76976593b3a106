"""The print page with its pending suggestions marked: insertions underlined, deletions struck.

``export --format pdf --changes marked`` (docs/formats.md §6) prints an article whose
suggestions are not decided yet, for an editor who reads on paper. Before rendering, each
suggestion in the body is turned into private-use characters around its old and new text
(``mark_body``), which pass through the Markdown renderer and the HTML cleaner as plain
text; after rendering they become ``<del>`` / ``<ins>`` with the author's initials in
superscript (``apply_changes``), and a legend naming each author follows the article.
Everything a suggestion says is escaped by the renderer: it prints as text. Plain Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import escape

from newsdesk.domain.suggestions import Suggestion, pending
from newsdesk.render.dateline import base_language

_DEL, _DEL_END, _INS, _INS_END = "\ue000", "\ue001", "\ue002", "\ue003"
_AUTHOR = 0xE100  # + the author's number: who made the suggestion just before
_MAX_AUTHORS = 0x100
_PRIVATE = re.compile("[\ue000-\ue1ff]")
_SENTINELS = re.compile("([\ue000-\ue003])|([\ue100-\ue1ff])")

_LABELS = {
    "vi": {"title": "Sửa đổi đề xuất", "ins": "chữ thêm", "del": "chữ bỏ",
           "count": "đề xuất", "unknown": "không rõ người sửa"},
    "en": {"title": "Suggested changes", "ins": "inserted", "del": "deleted",
           "count": "suggestions", "unknown": "unknown author"},
}

CHANGES_CSS = """
/* ---- pending suggestions marked: insertions underlined, deletions struck ---------------- */
ins.nd-change-ins { text-decoration: underline 0.8pt; text-underline-offset: 1.5pt;
  color: #0b5d1e; }
del.nd-change-del { text-decoration: line-through 0.8pt; color: #9b1c1c; }
.nd-change-ref { font: 700 max(5.8pt, 0.28em)/0 var(--nd-sans); vertical-align: super;
  margin-left: 0.1em; color: var(--nd-accent); text-indent: 0; letter-spacing: 0; }
.nd-changes { break-inside: avoid; margin-top: 1.2em; border-top: 0.6pt solid #888;
  padding-top: 0.4em; font: 8pt/1.35 var(--nd-sans); }
.nd-changes h2 { font: 700 9pt/1.2 var(--nd-sans); margin: 0 0 0.3em; }
.nd-changes ul { margin: 0.2em 0 0; padding-left: 1.1em; }
"""


@dataclass
class Legend:
    """The authors of the marked suggestions, in order of first appearance."""

    authors: list[tuple[str, str]] = field(default_factory=list)  # (name, initials)
    counts: list[int] = field(default_factory=list)
    latest: list[datetime | None] = field(default_factory=list)

    def number(self, s: Suggestion) -> int:
        key = (s.author, s.initials)
        if key not in self.authors and len(self.authors) >= _MAX_AUTHORS - 1:
            key = ("…", "…")  # past 255 authors, the others share one line
        if key not in self.authors:
            self.authors.append(key)
            self.counts.append(0)
            self.latest.append(None)
        n = self.authors.index(key)
        self.counts[n] += 1
        latest = self.latest[n]
        if s.time and (latest is None or s.time > latest):
            self.latest[n] = s.time
        return n


def mark_body(body: str) -> tuple[str, Legend]:
    """``body`` with each pending suggestion as private-use marks around its texts."""
    legend = Legend()
    found = pending(body)
    numbers = [legend.number(s) for s in found]
    out: list[str] = []
    last = 0
    for s, n in zip(found, numbers, strict=True):
        out.append(_PRIVATE.sub("", body[last:s.start]))
        if s.old:
            out.append(_DEL + _PRIVATE.sub("", s.old) + _DEL_END)
        if s.new:
            out.append(_INS + _PRIVATE.sub("", s.new) + _INS_END)
        out.append(chr(_AUTHOR + n))
        last = s.end
    out.append(_PRIVATE.sub("", body[last:]))
    return "".join(out), legend


def apply_changes(html: str, legend: Legend, language: str) -> str:
    """The rendered page with the marks of ``mark_body`` as ``<del>``/``<ins>`` and the
    authors' initials, and the legend after the article."""

    def tag(match: re.Match[str]) -> str:
        if match.group(1):
            return {_DEL: '<del class="nd-change-del">', _DEL_END: "</del>",
                    _INS: '<ins class="nd-change-ins">', _INS_END: "</ins>"}[match.group(1)]
        name, initials = legend.authors[ord(match.group(2)) - _AUTHOR]
        return f'<sup class="nd-change-ref">{escape(initials or _initials(name))}</sup>'

    html = _SENTINELS.sub(tag, html)
    if not legend.authors:
        return html
    section = legend_html(legend, language)
    at = html.rfind("</body>")
    return html[:at] + section + html[at:] if at >= 0 else html + section


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part).upper()[:4] or "?"


def legend_html(legend: Legend, language: str) -> str:
    labels = _LABELS.get(base_language(language), _LABELS["en"])
    items = []
    for (name, initials), count, when in zip(legend.authors, legend.counts, legend.latest,
                                             strict=True):
        shown = name if name != "unknown" else labels["unknown"]
        time = f", {when.astimezone():%d/%m/%Y %H:%M}" if when else ""
        items.append(f"<li><b>{escape(initials or _initials(name))}</b> {escape(shown)}: "
                     f"{count} {labels['count']}{time}</li>")
    return (f'<section class="nd-changes"><h2>{labels["title"]}</h2>'
            f'<p><ins class="nd-change-ins">{labels["ins"]}</ins> · '
            f'<del class="nd-change-del">{labels["del"]}</del></p>'
            f"<ul>{''.join(items)}</ul></section>")
