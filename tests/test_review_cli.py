"""The review commands as a user types them: status, history, diff, export/import of bundles."""

from __future__ import annotations

import getpass
import json

from newsdesk.cli.main import main
from newsdesk.domain import Article
from newsdesk.services.library import Library


def make_article(data_dir) -> str:
    with Library.open(data_dir=data_dir) as lib:
        first = lib.save(Article(headline="Giá lúa tăng ở Đồng Tháp",
                                 body="Giá lúa tươi tăng 200 đồng mỗi ký trong tuần qua."))
        lib.save(first.copy(body="Giá lúa tươi tăng 300 đồng mỗi ký trong tuần qua."),
                 expected_version=first.version)
        return first.id


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_status_history_and_diff(data_dir, capsys):
    article_id = make_article(data_dir)
    d = ["--data-dir", str(data_dir)]
    code, out, _ = run(capsys, *d, "status", article_id[:6])
    assert code == 0 and "draft" in out and "allowed: submit, archive" in out
    code, out, _ = run(capsys, *d, "status", article_id[:6], "submit", "--note", "đã xong")
    assert code == 0 and "draft → submitted" in out
    code, _, err = run(capsys, *d, "status", article_id, "publish")
    assert code == 2
    assert err.startswith("newsdesk: cannot publish an article that is submitted")
    assert err.count("\n") == 1 and "Traceback" not in err

    code, out, _ = run(capsys, *d, "history", article_id, "--json")
    data = json.loads(out)
    assert [r["kind"] for r in data["revisions"]] == ["save", "save", "status"]
    assert data["transitions"][0]["note"] == "đã xong"
    # no name in the preferences: the login name is recorded rather than nobody
    assert data["revisions"][0]["author"] == getpass.getuser()
    assert data["transitions"][0]["from"] == "draft" and data["transitions"][0]["to"] == "submitted"
    code, out, _ = run(capsys, *d, "history", article_id)
    assert code == 0 and "r3" in out and "draft → submitted" in out

    code, out, _ = run(capsys, *d, "diff", article_id, "1", "2")
    assert code == 0 and "Giá lúa tươi tăng [-200-]{+300+} đồng" in out
    code, out, _ = run(capsys, *d, "diff", article_id, "2", "current")
    assert "same content" in out
    code, _, err = run(capsys, *d, "diff", article_id, "1", "99")
    assert code == 2 and "has no revision 99" in err

    code, out, _ = run(capsys, *d, "restore", article_id[:5], "1", "--note", "quay lại")
    assert code == 0 and "restored revision 1 as revision 4" in out
    code, out, _ = run(capsys, *d, "show", article_id, "--json")
    assert "200 đồng" in json.loads(out)["body"]
    code, out, _ = run(capsys, *d, "diff", article_id, "1", "current")
    assert "same content" in out


def test_bundle_export_and_import_from_the_command_line(data_dir, tmp_path, capsys):
    article_id = make_article(data_dir)
    bundle = tmp_path / "duyet.newsdesk"
    code, _, err = run(capsys, "--data-dir", str(data_dir), "export", article_id,
                       "--format", "bundle", "-o", str(bundle))
    assert code == 0, err
    assert bundle.is_file()
    other = tmp_path / "reviewer"
    code, out, err = run(capsys, "--data-dir", str(other), "import", str(bundle))
    assert code == 0, err
    assert out.strip() == article_id
    (tmp_path / "hong.newsdesk").write_bytes(b"PK\x03\x04 broken")
    code, _, err = run(capsys, "--data-dir", str(other), "import", str(tmp_path / "hong.newsdesk"))
    assert code == 2 and err.startswith("newsdesk: ") and "hong.newsdesk" in err
