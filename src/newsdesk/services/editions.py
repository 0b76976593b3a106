"""Exporting several articles in one run: a print desk's whole edition in one command.

``pick_articles`` resolves what the print desk asked for — ids (or unique prefixes), or every
article of a status and/or section — into article ids, refusing an unknown id before anything
is written. ``edition_targets`` names one file (or folder) per article inside the output
folder, by the headline's slug, ``-2``, ``-3``… when two headlines give the same slug.
``export_edition`` exports them one after the other in this process (so PDF keeps one print
engine for every article), reports each article as it starts, and goes on past an article
that cannot be exported: the result lists what was written and what failed, and why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.domain import NewsdeskError, file_stem, fold, nfc

from .exporting import export_article, registry

if TYPE_CHECKING:
    from newsdesk.export import ExportResult

    from .library import LibraryAPI


@dataclass(frozen=True)
class EditionItem:
    article_id: str
    headline: str
    target: Path


@dataclass
class EditionResult:
    written: list[tuple[EditionItem, ExportResult]] = field(default_factory=list)
    failed: list[tuple[EditionItem, NewsdeskError]] = field(default_factory=list)


def pick_articles(library: LibraryAPI, ids: Sequence[str], *, status: str | None = None,
                  section: str | None = None) -> list[tuple[str, str]]:
    """(id, headline) of the articles to export: ``ids`` in the order given (each an id or a
    unique prefix; the same article twice is exported once), or, without ids, every article
    of ``status`` and/or ``section``, newest first. A NewsdeskError for an unknown id or an
    empty choice — before anything is written."""
    if ids and (status or section):
        raise NewsdeskError("give article ids or --status/--section, not both", code="usage")
    picked: list[tuple[str, str]] = []
    if ids:
        seen: set[str] = set()
        for wanted in ids:
            article = library.get(wanted)
            article_id = article.id or wanted
            if article_id not in seen:
                seen.add(article_id)
                picked.append((article_id, article.headline))
        return picked
    if not (status or section):
        raise NewsdeskError("give an article id (or several), or --status/--section",
                            code="usage")
    if section:
        section = _section_named(library, section)
    summaries = library.list(status=status, section=section)
    if not summaries:
        chosen = " and ".join(x for x in (status and f"status {status}",
                                          section and f"section '{section}'") if x)
        raise NewsdeskError(f"no article has {chosen}", code="export.none")
    return [(s.id, s.headline) for s in summaries]


def _section_named(library: LibraryAPI, name: str) -> str:
    """The library's section that ``name`` means, as written in it: the same words whatever
    the case, the Unicode form or the tone marks ("thời sự", "THOI SU" → "Thời sự"), when
    only one section reads so. A NewsdeskError naming the sections there are otherwise."""
    sections = library.sections()
    if name in sections:
        return name
    for key in (lambda text: nfc(text).casefold().strip(), lambda text: fold(text).strip()):
        matches = [known for known in sections if key(known) == key(name)]
        if len(matches) == 1:
            return matches[0]
    there = ", ".join(f"'{known}'" for known in sections) or "none yet"
    raise NewsdeskError(f"no section '{name}' in the library (sections: {there})",
                        code="export.none")


def edition_targets(articles: Sequence[tuple[str, str]], folder: Path, fmt: str) -> list[EditionItem]:
    """One target per article in ``folder``: ``<slug><extension>`` (``<slug>/`` for a format
    that writes a folder), made unique with ``-2``, ``-3``… (case-insensitively: Windows and
    macOS file systems do not tell ``A`` from ``a``)."""
    extension = registry().get(fmt).format.extension
    used: set[str] = set()
    items = []
    for article_id, headline in articles:
        stem = file_stem(headline)
        name, n = f"{stem}{extension}", 1
        while name.casefold() in used:
            n += 1
            name = f"{stem}-{n}{extension}"
        used.add(name.casefold())
        items.append(EditionItem(article_id, headline, folder / name))
    return items


def edition_folder(output: str | Path) -> Path:
    """The output folder of an edition, created when missing; a NewsdeskError when ``output``
    is a file, names one (a new ``….pdf``), or cannot be made."""
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise NewsdeskError(f"'{folder}' is a file; several articles are exported into a folder",
                            code="export.target")
    # a new folder named as an export's file (``-o trang.pdf`` for a search that found two
    # articles; ``.zip``: the CMS package) is a file name given for several articles
    files = {r.format.extension for r in map(registry().get, registry().names())} | {".zip"}
    if not folder.exists() and folder.suffix.lower() in files - {""}:
        raise NewsdeskError(f"'{folder.name}' names a file, and several articles are exported "
                            f"into a folder: give a folder (-o {folder.with_suffix('')}), or "
                            "one article", code="export.target")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewsdeskError(f"cannot make the folder ({exc.strerror or exc}): {folder}",
                            code="export.write") from None
    return folder


def export_edition(library: LibraryAPI, items: Sequence[EditionItem], fmt: str, *,
                   started: Callable[[int, int, EditionItem], None] | None = None,
                   done: Callable[[EditionItem, ExportResult | None, NewsdeskError | None],
                                  None] | None = None,
                   **options: Any) -> EditionResult:
    """Export each item as ``fmt``, in order, with the same ``options``. An article that
    cannot be exported (invalid, a photo the printer refuses, a full disk…) is recorded in
    ``failed`` and the next one goes on; a bug (anything not a NewsdeskError) stops the run.
    ``started(n, total, item)`` is called before each article, ``done(item, result, error)``
    after it."""
    result = EditionResult()
    for n, item in enumerate(items, 1):
        if started is not None:
            started(n, len(items), item)
        try:
            written = export_article(library, item.article_id, fmt, item.target, **options)
        except NewsdeskError as exc:
            result.failed.append((item, exc))
            if done is not None:
                done(item, None, exc)
        else:
            result.written.append((item, written))
            if done is not None:
                done(item, written, None)
    return result
