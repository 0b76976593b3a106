"""The Library: the one facade the CLI and the GUI call for articles and photos.

Every method is safe from a worker thread: each call runs its own database session; the only
shared state is the engine. ``Library.open`` creates the data folder, migrates an older
database and refuses a newer one. Imports are dispatched on the file's suffix (IMPORTERS).
Markdown, YAML, Pillow and the review module (revisions, comments: ``services.review``) are
imported on first use, so that ``newsdesk list`` and ``export`` stay quick.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from newsdesk.config.paths import Paths, database_url, resolve_paths
from newsdesk.config.settings import Settings
from newsdesk.domain.article import Article
from newsdesk.domain.errors import ConflictError, NewsdeskError, Notice
from newsdesk.domain.status import Status
from newsdesk.domain.text import nfc
from newsdesk.storage import ArticleSummary, NewPhoto, Repository, open_storage
from newsdesk.storage.engine import read_only_database

from .reading import photo_for

if TYPE_CHECKING:
    from newsdesk.export import ExportResult

__all__ = ["IMPORTERS", "ArticleSummary", "ImportResult", "Library", "LibraryAPI"]


@dataclass
class ImportResult:
    article: Article
    warnings: list[str] = field(default_factory=list)


class LibraryAPI(Protocol):
    """What the CLI, the GUI and the use cases call on a library: a ``Library``, or the GUI's
    ``LibraryLoader``, which forwards to the Library once it has opened in the background."""

    paths: Paths
    settings: Settings
    repository: Repository

    def save(self, article: Article, *, expected_version: int | None = None) -> Article: ...
    def autosave(self, article: Article, *, expected_version: int | None = None,
                 closing: bool = False) -> Article: ...
    def checkpoint(self, article_id: str) -> None: ...
    def ping(self) -> None: ...
    def sections(self) -> list[str]: ...
    def get(self, article_id: str) -> Article: ...
    def list(self, *, search: str | None = None, status: Status | str | None = None,
             section: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[ArticleSummary]: ...
    def count(self, *, status: Status | str | None = None, section: str | None = None) -> int: ...
    def position(self, article_id: str, *, status: Status | str | None = None,
                 section: str | None = None) -> int | None: ...
    def change_stamp(self) -> tuple[int, int, str]: ...
    def delete(self, article_id: str) -> None: ...
    def import_file(self, path: str | Path) -> ImportResult: ...
    def add_photo(self, data: bytes, filename: str = "") -> str:
        """Store a photo once (content-addressed); return its sha256."""
        photo = checked_photo(data, filename)
        self.repository.add_photo(photo.sha256, photo.data, mime=photo.mime, width=photo.width,
                                  height=photo.height, filename=photo.filename)
        return photo.sha256

    def photo_bytes(self, sha256: str) -> bytes: ...
    def photo_for(self, article: Article, body_path: str) -> bytes | None: ...
    def export(self, article_id: str, fmt: str, target_path: str | Path,
               **options: Any) -> ExportResult: ...
    def dictionary_words(self) -> builtins.list[str]: ...
    def add_dictionary_word(self, word: str, added_by: str = "") -> bool: ...
    def remove_dictionary_word(self, word: str) -> None: ...


class Library:
    def __init__(self, paths: Paths, settings: Settings, repository: Repository, url: str):
        self.paths = paths
        self.settings = settings
        self.repository = repository
        self.database_url = url
        # may be read, not changed here (an SQLite file or folder this user may not write);
        # found when the library is opened (off the UI thread), not asked again
        self.read_only = read_only_database(url)
        # article id -> the version this app last stored (a text that is ours to replace)
        self.written_here: dict[str, int] = {}

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        database_url: str | None = None,
        *,
        timeout: float = 5.0,
    ) -> Library:
        """Open (creating if needed) the library in ``data_dir`` / at ``database_url``."""
        paths = resolve_paths(data_dir)
        try:
            paths.ensure()
        except OSError as exc:
            if database_url or paths.database_file.is_file():  # read-only: used as it is
                url = _database_url(paths, database_url)
                return cls(paths, Settings.load(paths.settings_file),
                           open_storage(url, timeout=timeout), url)
            raise NewsdeskError(
                f"cannot create the data folder {paths.data} ({exc.strerror}); "
                "choose another with --data-dir",
                code="storage.unwritable",
            ) from None
        url = _database_url(paths, database_url)
        repository = open_storage(url, timeout=timeout)
        return cls(paths, Settings.load(paths.settings_file), repository, url)

    def close(self) -> None:
        self.repository.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------
    def save(self, article: Article, *, expected_version: int | None = None) -> Article:
        """Validate and store with a revision; the first save assigns the id. ConflictError
        if outdated (the text is then kept as a conflict revision, see services.review)."""
        from .review import save_with_revision

        return save_with_revision(self, article, expected_version=expected_version)

    def autosave(self, article: Article, *, expected_version: int | None = None,
                 closing: bool = False) -> Article:
        """Store without validating (a draft may have no headline yet). With
        ``expected_version``, a newer version stored meanwhile (by someone else) is never
        overwritten: the text is kept as a conflict revision and SaveConflict is raised.

        Autosaved work reaches the history every ten minutes and when the article is closed
        (``closing``), as an ``autosave`` revision (``services.review.autosave_hook``)."""
        from .review import autosave_hook, keep_replaced_hook, written_by

        try:
            stored = self.repository.save(article, expected_version=expected_version,
                                          on_saved=autosave_hook(self, closing=closing),
                                          on_replacing=keep_replaced_hook(self))
        except ConflictError as exc:
            if not article.id or expected_version is None:
                raise
            from .review import keep_conflicting

            raise keep_conflicting(self, article, expected_version, exc) from None
        written_by(self, stored)
        return stored

    def checkpoint(self, article_id: str) -> None:
        """The article was closed after autosaves only: keep it as an ``autosave`` revision
        unless the latest revision already has its content."""
        from .review import Review

        Review(self).checkpoint(article_id)

    def ping(self) -> None:
        """Whether the database answers (a shared library's server may be away): StorageError
        ``storage.unreachable`` when it does not."""
        self.repository.ping()

    def sections(self) -> list[str]:
        """The sections the articles in the library use, sorted (Vietnamese-aware)."""
        from newsdesk.domain.text import fold

        return sorted(self.repository.sections(), key=lambda n: (fold(n), n))

    def get(self, article_id: str) -> Article:
        return self.repository.get(article_id)

    def list(
        self,
        *,
        search: str | None = None,
        status: Status | str | None = None,
        section: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Summaries newest first (see ``Repository.list``); ``offset`` and ``limit`` give
        one page of the whole list (a search answers its newest matches only)."""
        if status is not None and not isinstance(status, Status):
            status = Status.parse(status)
        return self.repository.list(
            search_query=search, status=status, section=section, limit=limit, offset=offset
        )

    def count(self, *, status: Status | str | None = None, section: str | None = None) -> int:
        """How many articles the list without a search holds (with these filters)."""
        if status is not None and not isinstance(status, Status):
            status = Status.parse(status)
        return self.repository.count(status=status, section=section)

    def position(self, article_id: str, *, status: Status | str | None = None,
                 section: str | None = None) -> int | None:
        """The article's row in that list (None when the filters leave it out)."""
        if status is not None and not isinstance(status, Status):
            status = Status.parse(status)
        return self.repository.position(article_id, status=status, section=section)

    def change_stamp(self) -> tuple[int, int, str]:
        """A mark that changes whenever an article is saved, added or deleted, by this app or
        any other program (``Repository.change_stamp``): the app's list compares it with the
        one read with the rows it shows, to notice changes made elsewhere."""
        return self.repository.change_stamp()

    def delete(self, article_id: str) -> None:
        """Delete the article; the apps open on a shared library are told who deleted it."""
        from .live import user_label

        self.repository.delete(article_id, by=user_label(self))

    # -- import -----------------------------------------------------------------------------
    def import_file(self, path: str | Path) -> ImportResult:
        """Import a .md, .newsdesk or .docx file (a new article, or a bundle's changes)."""
        path = Path(path)
        suffix = path.suffix.lower()
        importer = IMPORTERS.get(suffix)
        if importer is None:
            known = ", ".join(sorted(IMPORTERS))
            raise NewsdeskError(
                f"{path}: cannot import '{suffix or path.name}' files (use one of: {known})",
                code="import.unsupported",
            )
        return importer(self, path)

    def _import_markdown(self, path: Path) -> ImportResult:
        from newsdesk.interchange import read_markdown_file  # (Markdown, YAML) on first use

        loaded = read_markdown_file(path)
        warnings = list(loaded.warnings)
        assets, photos = new_photos(self, loaded.images, warnings, path.name)
        from newsdesk.domain.revision import RevisionKind

        from .review import revision_hook
        from .suggestions import prepare_imported

        article, comments, notes = prepare_imported(loaded.article, path.name)
        warnings.extend(notes)
        article.assets = assets
        article.validate()

        def then(connection, stored: Article, _revision) -> None:
            if comments:
                from newsdesk.storage.review_store import save_comments

                save_comments(connection, stored.id or "", comments)

        stored = self.repository.save(
            article, on_saved=revision_hook(self, RevisionKind.SAVE, then=then), photos=photos)
        return ImportResult(stored, warnings)

    # -- photos -----------------------------------------------------------------------------
    def add_photo(self, data: bytes, filename: str = "") -> str:
        """Store a photo once (content-addressed); return its sha256."""
        from .photo_store import photo_facts  # Pillow on first use

        facts = photo_facts(data, filename)
        self.repository.add_photo(
            facts.sha256,
            data,
            mime=facts.mime,
            width=facts.width,
            height=facts.height,
            filename=nfc(filename),
        )
        return facts.sha256

    def photo_bytes(self, sha256: str) -> bytes:
        return self.repository.photo_bytes(sha256)

    # -- export ------------------------------------------------------------------------------
    def export(self, article_id: str, fmt: str, target_path: str | Path, **options: Any):
        """Export an article (see ``newsdesk.services.exporting.export_article``)."""
        from .exporting import export_article

        return export_article(self, article_id, fmt, target_path, **options)

    # -- the newsroom dictionary (storage.dictionary) -------------------------------------
    def dictionary_words(self) -> builtins.list[str]:
        """The words the newsroom added to the spell checker, shared through the library."""
        from newsdesk.storage.dictionary import DictionaryStore

        return DictionaryStore(self.repository).words()

    def add_dictionary_word(self, word: str, added_by: str = "") -> bool:
        from newsdesk.storage.dictionary import DictionaryStore

        return DictionaryStore(self.repository).add(word, added_by or self.settings.user_name)

    def remove_dictionary_word(self, word: str) -> None:
        from newsdesk.storage.dictionary import DictionaryStore

        DictionaryStore(self.repository).remove(word)

    def photo_for(self, article: Article, body_path: str) -> bytes | None:
        """The bytes of the image ``body_path`` of ``article``; None when it has none."""
        return photo_for(self, article, body_path)


def checked_photo(data: bytes, filename: str = "") -> NewPhoto:
    """``data`` as a photo to store (PhotoStoreError when its pixels do not decode)."""
    from .photo_store import photo_facts  # Pillow on first use

    facts = photo_facts(data, filename)
    return NewPhoto(facts.sha256, data, facts.mime, facts.width, facts.height, nfc(filename))


def new_photos(library: LibraryAPI, images: dict[str, bytes], warnings: list[str],
               label: str, known: Callable[[str, bytes], str | None] | None = None,
               ) -> tuple[dict[str, str], list[NewPhoto]]:
    """The assets (body path → sha256) of ``images`` and the photos to store with the
    article. One photo under many paths (``a.jpg?v=1``, ``a.jpg?v=2``…) is checked and
    warned about once; a photo that does not decode is left out with a warning."""
    assets: dict[str, str] = {}
    photos: dict[str, NewPhoto] = {}
    done: dict[int, str | None] = {}
    for src, data in images.items():
        digest = known(src, data) if known is not None else None
        if digest:
            assets[src] = digest
            continue
        if id(data) not in done:
            try:
                photo = checked_photo(data, filename=Path(src).name)
            except NewsdeskError as exc:
                done[id(data)] = None
                # what became of the photo first, the reason last: a line too long for a
                # terminal loses an aside in the reason, or its middle, never what to do
                warnings.append(Notice(f"{label}: image '{src}' not imported; its place, caption "
                                       f"and credit are kept, marked as missing: {exc.message}",
                                       "import.image_skipped", label, src, exc.message,
                                       reason=exc.code))
            else:
                done[id(data)] = photo.sha256
                photos.setdefault(photo.sha256, photo)
        sha = done[id(data)]
        if sha:
            assets[src] = sha
    return assets, list(photos.values())


def _database_url(paths: Paths, override: str | None) -> str:
    return database_url(paths, override)


def _import_bundle(library: Library, path: Path) -> ImportResult:
    from .bundles import import_bundle  # the review services and the bundle reader: on first use

    return import_bundle(library, path)


def _import_docx(library: Library, path: Path) -> ImportResult:
    from .word_import import import_docx  # mammoth and the Word reader: on first use

    return import_docx(library, path)


# Importers by file suffix: a callable(library, path) -> ImportResult.
IMPORTERS: dict[str, Callable[[Library, Path], ImportResult]] = {
    ".md": Library._import_markdown,
    ".markdown": Library._import_markdown,
    ".newsdesk": _import_bundle,
    ".docx": _import_docx,
}
