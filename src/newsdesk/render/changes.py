"""Pending suggestions shown marked: insertions underlined, deletions struck, authors named.

An article whose suggestions are not decided yet is shown as an editor reads a marked-up
proof, never as raw CriticMarkup: by ``export --format pdf --changes marked`` and the export
dialog's *Print changes marked* (docs/formats.md §6), the print preview and the web preview.
Before rendering, each suggestion in the body is turned into private-use characters around its
old and new text (``mark_body``), which pass through the Markdown renderer and the HTML cleaner
as plain text; after rendering they become ``<del>`` / ``<ins>`` with the author's initials in
superscript (``apply_changes``), and a legend naming each author follows the article.
Everything a suggestion says is escaped by the renderer: it prints as text. On screen
(``web=True``) each mark is in its author's colour, the one the body editor gives them
(``AUTHOR_COLOURS``), and says who and when on hover. Plain Python.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import escape

from newsdesk.domain.suggestions import Suggestion, pending

from .dateline import base_language

_DEL, _DEL_END, _INS, _INS_END = "\ue000", "\ue001", "\ue002", "\ue003"
_AUTHOR = 0xE100  # + the author's number: who made the suggestion just before
_MAX_AUTHORS = 0x100
_PRIVATE = re.compile("[\ue000-\ue1ff]")
_SENTINELS = re.compile("([\ue000-\ue003])|([\ue100-\ue1ff])")
_MARKED = re.compile("([\ue000\ue002])([^\ue000-\ue1ff]*)([\ue001\ue003])((?:[\ue000\ue002]"
                     "[^\ue000-\ue1ff]*[\ue001\ue003])?)([\ue100-\ue1ff])")

# Distinct on white, readable for text, none of them the link blue; the same author always
# gets the same one (the body editor shows suggestions in these colours too).
AUTHOR_COLOURS = ("#b3261e", "#1e7b34", "#8e24aa", "#c05a00", "#00796b", "#ad1457",
                  "#5d4037", "#3949ab")


def author_colour_index(author: str) -> int:
    """The place of ``author``'s colour in AUTHOR_COLOURS."""
    return zlib.crc32(author.encode()) % len(AUTHOR_COLOURS)


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
  margin: 0 0.12em 0 0.1em; color: var(--nd-accent); text-indent: 0; letter-spacing: 0; }
.nd-changes { break-inside: avoid; margin-top: 1.2em; border-top: 0.6pt solid #888;
  padding-top: 0.4em; font: 8pt/1.35 var(--nd-sans); }
.nd-changes h2 { font: 700 9pt/1.2 var(--nd-sans); margin: 0 0 0.3em; }
.nd-changes ul { margin: 0.2em 0 0; padding-left: 1.1em; }
/* a photo suggested: set as any figure (same room), framed when added, crossed out when
   removed; nothing here changes its size */
figure.nd-change-fig { position: relative; }
figure.nd-change-fig-ins img, figure.nd-change-fig-edit img {
  outline: 1.6pt solid #0b5d1e; outline-offset: -1.6pt; }
figure.nd-change-fig-edit img { outline-style: dashed; }
figure.nd-change-fig-del::after { content: ""; position: absolute; inset: 0;
  pointer-events: none;
  background:
    linear-gradient(to top right, transparent calc(50% - 0.8pt), #9b1c1c calc(50% - 0.8pt),
                    #9b1c1c calc(50% + 0.8pt), transparent calc(50% + 0.8pt)),
    linear-gradient(to bottom right, transparent calc(50% - 0.8pt), #9b1c1c calc(50% - 0.8pt),
                    #9b1c1c calc(50% + 0.8pt), transparent calc(50% + 0.8pt)); }
figure.nd-change-fig figcaption .nd-change-ref { vertical-align: baseline; font-size: 0.85em;
  margin-left: 0.3em; }
"""

# On screen: sizes for a screen, and each author's marks in the author's colour.
WEB_CHANGES_CSS = CHANGES_CSS + """
.nd-change-ref { font-size: 0.62em; }
.nd-changes { font-size: 0.9rem; max-width: 40rem; margin: 2rem auto 0; }
.nd-changes h2 { font-size: 1rem; }
""" + "".join(
    f"ins.nd-by-{n}, del.nd-by-{n}, sup.nd-by-{n}, b.nd-by-{n} {{ color: {colour}; }}\n"
    for n, colour in enumerate(AUTHOR_COLOURS))


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
        author = chr(_AUTHOR + n)
        if s.whole_line and body.rfind("\n", 0, s.start) + 1 == s.start and (
                _is_figure(s.old) or _is_figure(s.new)):
            # a photo added, removed or replaced (a caption edited): a paragraph of its own
            # (also when the suggestion next to it is on the next line), the old block and
            # the new one apart, so that each stays a figure (``apply_changes`` joins the
            # two again when they show the same photo)
            parts = [mark + _PRIVATE.sub("", text) + end + author
                     for mark, text, end in ((_DEL, s.old, _DEL_END), (_INS, s.new, _INS_END))
                     if text]
            out.append("\n\n" + "\n\n".join(parts) + "\n\n")
            last = s.end
            continue
        texts = [_PRIVATE.sub("", t) for t in (s.old, s.new)]
        lead, trail = _edges([t for t in texts if t])
        if lead:
            out.append(lead)
        for opening, closing, text in zip((_DEL, _INS), (_DEL_END, _INS_END), texts,
                                          strict=True):
            if text:
                out.append(opening + text[len(lead):len(text) - len(trail)] + closing)
        out.append(author + trail)
        last = s.end
    out.append(_PRIVATE.sub("", body[last:]))
    return "".join(out), legend


def _edges(texts: list[str]) -> tuple[str, str]:
    """The spaces every text of a suggestion begins and ends with: they separate words, so
    they stand outside its marks (the author's initials after the word, then the space),
    unless a text is nothing but spaces."""
    if not texts or any(not t.strip() for t in texts):
        return "", ""
    leads = [t[:len(t) - len(t.lstrip())] for t in texts]
    trails = [t[len(t.rstrip()):] for t in texts]
    lead = leads[0] if all(x == leads[0] for x in leads) else ""
    trail = trails[0] if all(x == trails[0] for x in trails) else ""
    return lead, trail


def _is_figure(text: str) -> bool:
    """Whether ``text`` (one line) is a photo alone: a figure of the body."""
    from .figures import list_figures

    if not text or "\n" in text or "![" not in text:
        return False
    found = list_figures(text.strip())
    return len(found) == 1 and found[0].is_figure


def apply_changes(html: str, legend: Legend, language: str, *, web: bool = False) -> str:
    """The rendered page with the marks of ``mark_body`` as ``<del>``/``<ins>`` and the
    authors' initials, and the legend after the article. ``web``: each mark also in its
    author's colour (class ``nd-by-N``), saying who on hover. A photo added or removed
    stays a figure in its column, framed as added or crossed out, the author's initials
    after its caption; a photo whose caption or credit changed shows the old words struck
    and the new ones underlined."""
    html = _FIGURE_PAIR.sub(lambda m: _figure_pair(m, legend, web), html)
    html = _FIGURE_MARKED.sub(lambda m: _figure_marked(m, legend, web), html)
    if web:
        html = _MARKED.sub(lambda m: _coloured(m, legend), html)

    def tag(match: re.Match[str]) -> str:
        if match.group(1):
            return {_DEL: '<del class="nd-change-del">', _DEL_END: "</del>",
                    _INS: '<ins class="nd-change-ins">', _INS_END: "</ins>"}[match.group(1)]
        name, initials = legend.authors[ord(match.group(2)) - _AUTHOR]
        return f'<sup class="nd-change-ref">{escape(initials or _initials(name))}</sup>'

    html = _SENTINELS.sub(tag, html)
    if not legend.authors:
        return html
    section = legend_html(legend, language, web=web)
    at = html.rfind("</body>")
    return html[:at] + section + html[at:] if at >= 0 else html + section


# A figure inside one mark of ``mark_body`` (the renderer keeps it a figure: see
# ``render.figures``), and a deleted figure followed by an inserted one (a replacement).
_FIG = r'<figure class="([^"]*)">((?:(?!</figure>).)*)</figure>'
_FIGURE_MARKED = re.compile(f"([\ue000\ue002])\\s*{_FIG}\\s*([\ue001\ue003])([\ue100-\ue1ff])",
                            re.DOTALL)
_FIGURE_PAIR = re.compile(f"\ue000\\s*{_FIG}\\s*\ue001([\ue100-\ue1ff])\\s*"
                          f"\ue002\\s*{_FIG}\\s*\ue003\\3", re.DOTALL)
_CAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.DOTALL)
_PHOTO = re.compile(r'<img [^>]*?src="([^"]*)"|<span class="nd-missing-photo">(.*?)</span>',
                    re.DOTALL)


def _ref(number: str, legend: Legend, web: bool) -> tuple[str, str, str]:
    """The initials badge of the author ``number`` (a sentinel), its colour class, its title."""
    name, initials = legend.authors[ord(number) - _AUTHOR]
    colour = f" nd-by-{author_colour_index(name)}" if web else ""
    title = f' title="{escape(name)}"' if web else ""
    label = escape(initials or _initials(name))
    return f'<sup class="nd-change-ref{colour}">{label}</sup>', colour, title


def _with_caption(inner: str, caption: str) -> str:
    """A figure's inside with its caption's inside replaced by ``caption``."""
    if _CAPTION.search(inner):
        return _CAPTION.sub(lambda _m: f"<figcaption>{caption}</figcaption>", inner, count=1)
    return inner + f"<figcaption>{caption}</figcaption>"


def _figure_marked(match: re.Match[str], legend: Legend, web: bool) -> str:
    """A photo added or removed: a figure like any other, framed (added) or crossed out
    (removed), the author's initials after its caption."""
    kind = "del" if match.group(1) == _DEL else "ins"
    classes, inner = match.group(2), match.group(3)
    ref, colour, title = _ref(match.group(5), legend, web)
    found = _CAPTION.search(inner)
    caption = found.group(1) if found else ""
    caption = f'<{kind} class="nd-change-{kind}{colour}">{caption}</{kind}>' if caption else ""
    return (f'<figure class="{classes} nd-change-fig nd-change-fig-{kind}{colour}"{title}>'
            f"{_with_caption(inner, caption + ref)}</figure>")


def _figure_pair(match: re.Match[str], legend: Legend, web: bool) -> str:
    """A figure replaced by another: the same photo once, its caption old and new, when
    only the words changed; else left to ``_figure_marked`` (one crossed, one framed)."""
    old_inner, new_classes, new_inner = match.group(2), match.group(4), match.group(5)
    old_photo, new_photo = _PHOTO.search(old_inner), _PHOTO.search(new_inner)
    if not old_photo or not new_photo or old_photo.groups() != new_photo.groups():
        return match.group(0)
    ref, colour, title = _ref(match.group(3), legend, web)
    old_found, new_found = _CAPTION.search(old_inner), _CAPTION.search(new_inner)
    old = old_found.group(1) if old_found else ""
    new = new_found.group(1) if new_found else ""
    caption = ""
    if old:
        caption += f'<del class="nd-change-del{colour}">{old}</del> '
    if new:
        caption += f'<ins class="nd-change-ins{colour}">{new}</ins>'
    return (f'<figure class="{new_classes} nd-change-fig nd-change-fig-edit{colour}"{title}>'
            f"{_with_caption(new_inner, caption.strip() + ref)}</figure>")


def _coloured(match: re.Match[str], legend: Legend) -> str:
    """One suggestion whose marks the renderer kept together (text, no tag between): its
    ``<del>``/``<ins>``/``<sup>`` with the author's colour and name as a tooltip."""
    name, initials = legend.authors[ord(match.group(5)) - _AUTHOR]
    colour = f"nd-by-{author_colour_index(name)}"
    title = f' title="{escape(name)}"'
    parts = [(match.group(1), match.group(2))]
    if match.group(4):
        parts.append((match.group(4)[0], match.group(4)[1:-1]))
    out = []
    for opening, text in parts:
        kind = "del" if opening == _DEL else "ins"
        out.append(f'<{kind} class="nd-change-{kind} {colour}"{title}>{text}</{kind}>')
    label = escape(initials or _initials(name))
    return "".join(out) + f'<sup class="nd-change-ref {colour}">{label}</sup>'


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part).upper()[:4] or "?"


def legend_html(legend: Legend, language: str, *, web: bool = False) -> str:
    labels = _LABELS.get(base_language(language), _LABELS["en"])
    items = []
    for (name, initials), count, when in zip(legend.authors, legend.counts, legend.latest,
                                             strict=True):
        shown = name if name != "unknown" else labels["unknown"]
        time = f", {when.astimezone():%d/%m/%Y %H:%M}" if when else ""
        colour = f' class="nd-by-{author_colour_index(name)}"' if web else ""
        items.append(f"<li><b{colour}>{escape(initials or _initials(name))}</b> "
                     f"{escape(shown)}: {count} {labels['count']}{time}</li>")
    return (f'<section class="nd-changes"><h2>{labels["title"]}</h2>'
            f'<p><ins class="nd-change-ins">{labels["ins"]}</ins> · '
            f'<del class="nd-change-del">{labels["del"]}</del></p>'
            f"<ul>{''.join(items)}</ul></section>")
