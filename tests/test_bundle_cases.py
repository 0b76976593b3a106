"""Importing review bundles that are not simply "the reviewer's next version": newer,
older, already adopted, one's own, the same one twice, and a broken one. Each gives the
right outcome and message and never a duplicate revision (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import zipfile

import pytest

from newsdesk.cli.main import main
from newsdesk.domain import NewsdeskError
from newsdesk.domain.revision import snapshot_json
from newsdesk.services.bundles import choose_version
from newsdesk.services.library import Library
from newsdesk.services.review import Review
from roundtrip_support import P1, P2, P3, P4, P5, P6, P7, article, body_of, editor, reporter

__all__ = ["editor", "reporter"]  # fixtures


def edit(library, article_id, **changes):
    current = library.get(article_id)
    return library.save(current.copy(**changes), expected_version=current.version)


def revisions(library, article_id) -> int:
    return len(Review(library).history(article_id))


def test_a_newer_bundle_onto_the_untouched_older_copy_just_applies(reporter, editor, tmp_path):
    mine = reporter.save(article())
    editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "v1.newsdesk").path)
    newer = edit(reporter, mine.id, body=body_of(P1, P2.replace("25", "26"), P3, P4, P5, P6, P7))
    made = Review(reporter).history(mine.id)[-1]
    result = editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "v2.newsdesk").path)
    assert result.outcome == "applied", result.message
    assert not any("changed here" in w for w in result.warnings)
    assert editor.get(mine.id).body == newer.body
    last = Review(editor).history(mine.id)[-1]
    assert (last.author, last.created, last.origin) == ("Lê Minh", made.created, "v2.newsdesk")
    assert revisions(editor, mine.id) == 2


def test_an_untouched_old_bundle_onto_newer_text_is_nothing_new(reporter, editor, tmp_path):
    mine = reporter.save(article())
    editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "v1.newsdesk").path)
    untouched = editor.export(mine.id, "bundle", tmp_path / "tra-lai.newsdesk").path
    newer = edit(reporter, mine.id, sapo="Sáng nay, hàng nghìn người đổ về bến Ninh Kiều.")
    count = revisions(reporter, mine.id)
    result = reporter.import_file(untouched)
    assert result.outcome == "older" and result.older_revision == 1
    assert "roll the article back" in result.message and result.incoming_revision is None
    assert reporter.get(mine.id).sapo == newer.sapo and revisions(reporter, mine.id) == count


def test_reopening_ones_own_original_bundle_is_not_called_the_reviewers(reporter, tmp_path):
    mine = reporter.save(article())
    original = reporter.export(mine.id, "bundle", tmp_path / "goc.newsdesk").path
    edit(reporter, mine.id, headline="Hội đua ghe ngo sôi động bên sông Hậu")
    count = revisions(reporter, mine.id)
    result = reporter.import_file(original)
    assert result.outcome == "older" and "reviewer" not in result.message
    assert "earlier text" in result.message and not result.warnings
    assert revisions(reporter, mine.id) == count


def test_after_adopting_the_editors_version_the_next_bundle_applies(reporter, editor, tmp_path):
    mine = reporter.save(article())
    editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "a.newsdesk").path)
    edit(editor, mine.id, body=body_of(P1, P2.replace("25", "26"), P3, P4, P5, P6, P7))
    first = editor.export(mine.id, "bundle", tmp_path / "b1.newsdesk").path
    edit(reporter, mine.id, headline="Hội đua ghe ngo sôi động bên sông Hậu")  # meanwhile
    merged = reporter.import_file(first)
    assert merged.outcome == "merged"
    choose_version(reporter, mine.id, merged.incoming_revision, "theirs")  # adopted exactly
    assert reporter.get(mine.id).body == editor.get(mine.id).body
    edit(editor, mine.id, sapo="Sáng nay, hàng nghìn người đổ về bến Ninh Kiều.")
    second = editor.export(mine.id, "bundle", tmp_path / "b2.newsdesk").path
    result = reporter.import_file(second)
    assert result.outcome == "applied", result.message
    assert reporter.get(mine.id).sapo == "Sáng nay, hàng nghìn người đổ về bến Ninh Kiều."


def test_the_same_conflicting_bundle_twice_adds_no_revision(reporter, editor, tmp_path):
    mine = reporter.save(article())
    editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "a.newsdesk").path)
    edit(editor, mine.id, body=body_of(P1, P2.replace("25 đội", "26 đội"), P3, P4, P5, P6, P7))
    back = editor.export(mine.id, "bundle", tmp_path / "b.newsdesk").path
    edit(reporter, mine.id, body=body_of(P1, P2.replace("25 đội", "24 đội"), P3, P4, P5, P6, P7))
    first = reporter.import_file(back)
    assert first.outcome == "conflicts" and len(first.merge.conflicts) == 1
    assert "24 đội" in reporter.get(mine.id).body  # kept until the user chooses
    count = revisions(reporter, mine.id)
    again = reporter.import_file(back)
    assert again.outcome == "conflicts" and again.incoming_revision == first.incoming_revision
    assert revisions(reporter, mine.id) == count


def test_the_same_bundle_twice_into_a_fresh_library_says_it_is_there(reporter, editor,
                                                                      tmp_path):
    mine = reporter.save(article())
    out = reporter.export(mine.id, "bundle", tmp_path / "a.newsdesk").path
    assert editor.import_file(out).outcome == "created"
    again = editor.import_file(out)
    assert again.outcome == "unchanged" and "already in the library" in again.message
    assert revisions(editor, mine.id) == 1


def state(library: Library, article_id: str) -> str:
    """Everything the library holds about the article, as text to compare."""
    review = Review(library)
    return json.dumps({
        "article": snapshot_json(library.get(article_id)),
        "history": [(r.number, str(r.kind), r.author, str(r.created), snapshot_json(r.snapshot))
                    for r in review.history(article_id)],
        "steps": [repr(t) for t in review.transitions(article_id)],
        "comments": [repr(v.comment) for v in review.comments(article_id)],
    }, ensure_ascii=False)


@pytest.mark.parametrize("anchor", [{"field": "footer", "quote": "26 đội"},
                                    {"field": "body", "quote": "26 đội", "start": -4}])
def test_a_bundle_failing_anywhere_changes_nothing(reporter, editor, tmp_path, capsys, anchor):
    mine = reporter.save(article())
    Review(reporter).add_comment_on(mine.id, "25 đội", "Số đội?")
    editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "a.newsdesk").path)
    edit(editor, mine.id, body=body_of(P1, P2.replace("25 đội", "26 đội"), P3, P4, P5, P6, P7))
    good = editor.export(mine.id, "bundle", tmp_path / "b.newsdesk").path
    bad = tmp_path / "hong.newsdesk"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "comments.json":
                items = json.loads(data)
                items.append({"id": "c-moi", "text": "Ghi chú", "anchor": anchor})
                data = json.dumps(items, ensure_ascii=False).encode()
            dst.writestr(info.filename, data)
    before = state(reporter, mine.id)
    with pytest.raises(NewsdeskError) as info:
        reporter.import_file(bad)
    assert info.value.code == "bundle.comments" and "comment 2" in info.value.message
    assert state(reporter, mine.id) == before
    code = main(["--data-dir", str(reporter.paths.data), "--database", reporter.database_url,
                 "import", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("newsdesk: ") and "Traceback" not in err
    assert state(reporter, mine.id) == before


def test_a_format_1_bundle_still_imports(reporter, editor, tmp_path):
    mine = reporter.save(article())
    editor.import_file(reporter.export(mine.id, "bundle", tmp_path / "a.newsdesk").path)
    edit(editor, mine.id, body=body_of(P1, P2.replace("25 đội", "26 đội"), P3, P4, P5, P6, P7))
    new = editor.export(mine.id, "bundle", tmp_path / "b.newsdesk").path
    old = tmp_path / "cu.newsdesk"
    with zipfile.ZipFile(new) as src, zipfile.ZipFile(old, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "history.json":
                continue
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["format_version"] = 1
                manifest.pop("status")
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)
    result = reporter.import_file(old)
    assert result.outcome == "applied" and "26 đội" in reporter.get(mine.id).body
    assert Review(reporter).history(mine.id)[-1].author == "Trần Thu Hà"  # exported_by
