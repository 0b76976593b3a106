"""The whole offline review round trip between a reporter's and an editor's library (two
data folders; the reporter's on SQLite or PostgreSQL): the status and the editor's decision
travel, the editor's changes arrive credited to the editor with their times, and a
three-way merge keeps the reporter's edits made meanwhile as the reporter's."""

from __future__ import annotations

import json
import zipfile

from newsdesk.domain.diff import render_text
from newsdesk.domain.revision import RevisionKind
from newsdesk.domain.status import Status
from newsdesk.services.review import Review
from roundtrip_support import P1, P2, P3, P4, P5, P6, P7, article, body_of, editor, reporter

__all__ = ["editor", "reporter"]  # fixtures

NOTE = "Kiểm tra lại số đội ở đoạn 2, bỏ chữ 'không ngớt'."
NEW_SENTENCE = " Năm ngoái, giải bị hoãn vì nước lên cao."
EDITED_P2 = P2.replace("25 đội", "26 đội")
EDITED_P4 = P4.replace(" reo hò không ngớt", " reo hò")


def test_submit_review_request_changes_and_back(reporter, editor, tmp_path):
    # the reporter writes and submits
    mine = reporter.save(article())
    Review(reporter).transition(mine.id, "submit", note="Gửi chị duyệt")
    out = reporter.export(mine.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
    assert json.loads(zipfile.ZipFile(out).read("manifest.json"))["status"] == "submitted"

    # the editor opens it: still submitted, with who submitted it
    got = editor.import_file(out)
    assert got.outcome == "created" and editor.get(mine.id).status is Status.SUBMITTED
    [submit] = Review(editor).transitions(mine.id)
    assert (submit.action, submit.author, submit.note) == ("submit", "Lê Minh", "Gửi chị duyệt")
    assert submit.origin == "gui-duyet.newsdesk"
    [first] = Review(editor).history(mine.id)
    assert first.author == "Lê Minh" and first.origin  # credited as the bundle claims

    # the editor edits and requests changes straight away (no Submit on the reporter's behalf)
    copy = editor.get(mine.id)
    editor.save(copy.copy(body=body_of(P1, EDITED_P2, P3, EDITED_P4, P5, P6, P7)),
                expected_version=copy.version)
    Review(editor).transition(mine.id, "request_changes", note=NOTE)
    editor_revisions = {r.number: r for r in Review(editor).history(mine.id)}
    back = editor.export(mine.id, "bundle", tmp_path / "da-duyet.newsdesk").path

    # meanwhile the reporter adds a sentence to paragraph 1 and fixes paragraph 6
    now = reporter.get(mine.id)
    reporter_p6 = P6.replace("mười xuồng", "mười hai xuồng")
    reporter.save(now.copy(body=body_of(P1 + NEW_SENTENCE, P2, P3, P4, P5, reporter_p6, P7)),
                  expected_version=now.version)
    before = {r.number for r in Review(reporter).history(mine.id)}

    result = reporter.import_file(back)
    assert result.outcome == "merged", result.message
    stored = reporter.get(mine.id)
    # status and the editor's note arrived
    assert stored.status is Status.DRAFT and result.status is Status.DRAFT
    step = Review(reporter).transitions(mine.id)[-1]
    assert (step.action, step.author, step.note) == ("request_changes", "Trần Thu Hà", NOTE)
    assert step.origin == "da-duyet.newsdesk"
    assert step.created == next(t.created for t in Review(editor).transitions(mine.id)
                                if t.action == "request_changes")
    assert NOTE in result.message and "Trần Thu Hà (from bundle)" in result.message
    # the three-way result: exactly the editor's changes, both sides' edits kept
    assert stored.body == body_of(P1 + NEW_SENTENCE, EDITED_P2, P3, EDITED_P4, P5, reporter_p6,
                                  P7)
    [change] = result.changes
    shown = render_text(change.ops)
    edits = [(op.kind, op.text.strip()) for op in change.ops if op.kind != "equal"]
    assert change.field == "body" and "[-25-]{+26+}" in shown
    assert edits == [("delete", "25"), ("insert", "26"), ("delete", "không ngớt")]
    assert "hoãn" not in shown and "hai xuồng" not in shown  # the reporter's stay theirs
    # credit: the editor's revisions with the editor's names and times
    received = [r for r in Review(reporter).history(mine.id) if r.number not in before]
    editor_made = [r for r in received if r.author == "Trần Thu Hà"]
    assert [(r.created, r.snapshot.body) for r in editor_made] == [
        (e.created, e.snapshot.body) for e in editor_revisions.values()
        if e.author == "Trần Thu Hà"]
    assert all(r.origin == "da-duyet.newsdesk" for r in editor_made)
    assert received[-1].kind == RevisionKind.MERGE and received[-1].author == "Lê Minh"
    reporter_saves = [r for r in Review(reporter).history(mine.id)
                      if r.kind == RevisionKind.SAVE]
    assert reporter_saves[-1].author == "Lê Minh" and NEW_SENTENCE in reporter_saves[-1].snapshot.body

    # importing it again adds nothing
    count = len(Review(reporter).history(mine.id))
    again = reporter.import_file(back)
    assert again.outcome in ("merged", "unchanged") and "nothing new" in again.message
    assert len(Review(reporter).history(mine.id)) == count
    assert len(Review(reporter).transitions(mine.id)) == 2
