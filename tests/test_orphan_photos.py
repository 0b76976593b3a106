"""An article and the photos it shows are stored in one transaction (a crash between them can
never leave photos no article refers to), and ``newsdesk maintenance --prune`` removes the
photos nothing shows any more, keeping those of revisions and the newest ones."""

from __future__ import annotations

import sqlite3

import pytest

from newsdesk.cli.main import main
from newsdesk.domain import Article
from newsdesk.services.library import Library
from print_support import photo


def counts(data_dir) -> tuple[int, int]:
    with sqlite3.connect(data_dir / "newsdesk.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (db.execute("SELECT count(*) FROM articles").fetchone()[0],
                db.execute("SELECT count(*) FROM photos").fetchone()[0])


def refuse_new_articles(data_dir) -> None:
    """The database itself refuses the article row (as a crash after the photos would)."""
    with sqlite3.connect(data_dir / "newsdesk.sqlite3") as db:
        db.execute("CREATE TRIGGER no_article BEFORE INSERT ON articles "
                   "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")


def source_with_photos(folder, count: int = 3):
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"anh{n}.jpg").write_bytes(photo(n, (300, 200)))
    body = "\n\n".join(f"![Ảnh {n}](anh{n}.jpg)" for n in range(count))
    source = folder / "bai.md"
    source.write_text(f"---\nheadline: Ảnh và bài\n---\n\n{body}\n", encoding="utf-8")
    return source


def test_a_failed_article_insert_stores_none_of_its_photos(tmp_path, data_dir):
    source = source_with_photos(tmp_path / "nguon")
    with Library.open(data_dir):
        pass
    refuse_new_articles(data_dir)
    with Library.open(data_dir) as library, pytest.raises(Exception, match="refused"):
        library.import_file(source)
    assert counts(data_dir) == (0, 0)


def test_a_failed_bundle_import_stores_none_of_its_photos(tmp_path, data_dir):
    source = source_with_photos(tmp_path / "nguon")
    bundle = tmp_path / "bai.newsdesk"
    with Library.open(data_dir) as library:
        article_id = library.import_file(source).article.id
        assert main(["--data-dir", str(data_dir), "export", article_id, "-f", "bundle",
                     "-o", str(bundle)]) == 0
    other = tmp_path / "khac"
    other.mkdir()
    with Library.open(other):
        pass
    refuse_new_articles(other)
    with Library.open(other) as library, pytest.raises(Exception, match="refused"):
        library.import_file(bundle)
    assert counts(other) == (0, 0)


def age_photos(data_dir, hours: float) -> None:
    with sqlite3.connect(data_dir / "newsdesk.sqlite3") as db:
        db.execute("UPDATE photos SET created = datetime(created, ?)", (f"-{hours} hours",))


def test_prune_removes_only_old_photos_nothing_shows(tmp_path, data_dir, capsys):
    source = source_with_photos(tmp_path / "nguon", 2)
    with Library.open(data_dir) as library:
        article = library.import_file(source).article
        kept_by_revision = article.assets["anh1.jpg"]
        # the photo leaves the article: only revision 1 still shows it
        library.save(article.copy(body="![Ảnh 0](anh0.jpg)",
                                  assets={"anh0.jpg": article.assets["anh0.jpg"]}),
                     expected_version=article.version)
        orphan = library.add_photo(photo(7, (300, 200)), "bo.jpg")  # inserted, never saved
    age_photos(data_dir, 48)
    with Library.open(data_dir) as library:
        fresh = library.add_photo(photo(8, (300, 200)), "moi.jpg")  # an editor may save it soon
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "maintenance", "--prune", "--dry-run"]) == 0
    assert "would remove 1 photo(s)" in capsys.readouterr().out
    assert counts(data_dir) == (1, 4)
    assert main(["--data-dir", str(data_dir), "maintenance", "--prune"]) == 0
    assert "removed 1 photo(s)" in capsys.readouterr().out
    assert counts(data_dir) == (1, 3)
    with Library.open(data_dir) as library:
        assert library.repository.photo_record(orphan) is None
        assert library.repository.photo_record(kept_by_revision) is not None
        assert library.repository.photo_record(fresh) is not None
        assert library.photo_for(library.get(article.id or ""), "anh0.jpg")


@pytest.mark.parametrize("argv", [["maintenance"], ["maintenance", "--prune", "--older-than",
                                                    "nan"],
                                  ["maintenance", "--prune", "--older-than", "-1"]])
def test_maintenance_without_a_sensible_task_says_so(data_dir, capsys, argv):
    assert main(["--data-dir", str(data_dir), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdesk: ") and err.count("\n") == 1


def test_an_article_saved_with_a_photo_already_stored_keeps_one_copy(data_dir):
    data = photo(3, (300, 200))
    with Library.open(data_dir) as library:
        sha = library.add_photo(data, "a.jpg")
        source = Article(headline="Một ảnh", body="![a](a.jpg)\n\n![b](b.jpg?v=2)")
        source.assets = {"a.jpg": sha, "b.jpg?v=2": sha}
        library.save(source)
        assert library.repository.photo_count() == 1
