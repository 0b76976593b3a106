"""Suggestions from the command line, run as a user runs newsdesk: a CriticMarkup file
imported, listed, accepted and rejected; exports and approval refused while suggestions are
pending; Markdown and bundle round trips keeping them; a reviewed bundle compared as
suggestions."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from cli_support import run_newsdesk
from newsdesk.domain import Article
from newsdesk.services.library import Library
from newsdesk.services.review import Review

CRITIC = """---
headline: Hải Phòng mở tuyến xe buýt điện đầu tiên
byline: Minh Châu
---

Giá vé {~~7.000~>8.000~~} đồng {++mỗi++} lượt, hành khách {--rất--} hài lòng.

{++Tuyến mới nối trung tâm với sân bay Cát Bi.++}

Xe chạy {==từ 5 giờ 30==}{>>kiểm tra lại giờ chạy<<} đến 22 giờ.
"""
BEFORE = ("Giá vé 7.000 đồng  lượt, hành khách rất hài lòng.\n\n"
          "Xe chạy từ 5 giờ 30 đến 22 giờ.\n")
AFTER = ("Giá vé 8.000 đồng mỗi lượt, hành khách  hài lòng.\n\n"
         "Tuyến mới nối trung tâm với sân bay Cát Bi.\n\n"
         "Xe chạy từ 5 giờ 30 đến 22 giờ.\n")


def ok(data_dir: Path, *args: str):
    done = run_newsdesk(data_dir, *args)
    assert done.returncode == 0, done.stderr
    return done


def refused(data_dir: Path, *args: str) -> str:
    done = run_newsdesk(data_dir, *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.startswith("newsdesk: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    return done.stderr


def imported(data_dir: Path, path: Path, *more: str) -> str:
    return ok(data_dir, "import", str(path), *more).stdout.split()[-1]


def changes(data_dir: Path, article_id: str) -> list[dict]:
    return json.loads(ok(data_dir, "changes", article_id, "--json").stdout)["changes"]


def body_of(data_dir: Path, article_id: str) -> str:
    return json.loads(ok(data_dir, "show", article_id, "--json").stdout)["body"]


def set_user(data_dir: Path, name: str, initials: str) -> None:
    with Library.open(data_dir=data_dir) as library:
        library.settings.user_name, library.settings.user_initials = name, initials
        library.settings.save(library.paths.settings_file)


def test_a_criticmarkup_file_is_listed_accepted_and_rejected(tmp_path):
    data = tmp_path / "data"
    set_user(data, "Lê Minh", "LM")
    source = tmp_path / "xe-buyt.md"
    source.write_text(unicodedata.normalize("NFD", CRITIC), encoding="utf-8")  # a Mac's NFD
    first = imported(data, source)
    listed = changes(data, first)
    assert [(c["kind"], c["old"], c["new"], c["author"], c["time"]) for c in listed] == [
        ("replace", "7.000", "8.000", "unknown", None), ("insert", "", "mỗi", "unknown", None),
        ("delete", "rất", "", "unknown", None),
        ("insert", "", "Tuyến mới nối trung tâm với sân bay Cát Bi.", "unknown", None)]
    assert len({c["id"] for c in listed}) == 4
    text = ok(data, "changes", first[:8]).stdout
    assert "[-7.000-]{+8.000+}" in text and "unknown" in text

    ok(data, "accept", first, "all")
    assert body_of(data, first) == AFTER
    assert changes(data, first) == []
    with Library.open(data_dir=data) as library:
        review = Review(library)
        (comment,) = review.comments(first)
        assert comment.comment.anchor.quote == "từ 5 giờ 30"
        assert comment.comment.text == "kiểm tra lại giờ chạy"
        last = review.history(first)[-1]
        assert str(last.kind) == "suggestion" and last.author == "Lê Minh"
        assert last.note.startswith("accepted 4 suggestions: ")

    second = imported(data, source)
    one = changes(data, second)[0]["id"]
    out = ok(data, "reject", second, one).stdout
    assert "rejected 1 suggestion" in out and len(changes(data, second)) == 3
    ok(data, "reject", second, "all")
    assert body_of(data, second) == BEFORE


def test_pending_suggestions_stop_publishing_exports_but_travel_in_markdown_and_bundles(
        tmp_path):
    data = tmp_path / "data"
    set_user(data, "Trần Thu Hà", "TTH")
    source = tmp_path / "bai.md"
    source.write_text(CRITIC, encoding="utf-8")
    article_id = imported(data, source)
    message = refused(data, "accept", article_id, "khong-co")
    assert "no pending suggestion 'khong-co'" in message
    for fmt, target in (("html", "bai.html"), ("cms", "cms"), ("pdf", "bai.pdf")):
        message = refused(data, "export", article_id, "--format", fmt, "-o",
                          str(tmp_path / target))
        assert "4 pending suggestions" in message and "newsdesk accept" in message
        assert not (tmp_path / target).exists()
    ok(data, "status", article_id, "submit")
    ok(data, "status", article_id, "start_review")
    message = refused(data, "status", article_id, "approve")
    assert "cannot be approved" in message and "4 pending suggestions" in message

    listed = changes(data, article_id)
    md = tmp_path / "ra" / "bai.md"
    ok(data, "export", article_id, "--format", "markdown", "-o", str(md))
    bundle = tmp_path / "bai.newsdesk"
    ok(data, "export", article_id, "--format", "bundle", "-o", str(bundle))
    other = tmp_path / "khac"
    again = imported(other, md)
    assert changes(other, again) == listed  # ids, authors and times as they were
    sent = imported(tmp_path / "bien-tap", bundle)
    assert sent == article_id and changes(tmp_path / "bien-tap", sent) == listed


def test_a_reviewed_bundle_imports_as_suggestions_by_its_reviewer(tmp_path):
    newsroom, desk = tmp_path / "toa-soan", tmp_path / "bien-tap"
    set_user(newsroom, "Lê Minh", "LM")
    set_user(desk, "Trần Thu Hà", "TTH")
    original = ("Chiều 5/4, hàng nghìn người đổ về bến Ninh Kiều xem đua ghe ngo.\n\n"
                "Giải năm nay có 24 đội tham gia, tăng 4 đội so với năm trước.\n\n"
                "Ban tổ chức khuyến cáo người dân đến sớm.")
    with Library.open(data_dir=newsroom) as library:
        article_id = library.save(Article(headline="Sôi động hội đua ghe ngo",
                                          body=original)).id
    out = tmp_path / "gui-di.newsdesk"
    ok(newsroom, "export", article_id, "--format", "bundle", "-o", str(out))
    ok(desk, "import", str(out))
    reviewed = ("Chiều 5/4, hàng vạn người đổ về bến Ninh Kiều, Cần Thơ xem đua ghe ngo.\n\n"
                "Giải năm nay có 25 đội tham gia, tăng 5 đội so với năm trước.\n\n"
                "Lực lượng cứu hộ túc trực dọc hai bờ sông.\n\n"
                "Ban tổ chức khuyến cáo người dân đến sớm.")
    with Library.open(data_dir=desk) as library:
        library.settings.user_name = "Trần Thu Hà"
        current = library.get(article_id)
        library.save(current.copy(body=reviewed), expected_version=current.version)
    back = tmp_path / "gui-ve.newsdesk"
    ok(desk, "export", article_id, "--format", "bundle", "-o", str(back))

    done = ok(newsroom, "import", str(back), "--as-suggestions")
    assert done.stdout.split()[-1] == article_id and "suggestions by Trần Thu Hà" in done.stderr
    listed = changes(newsroom, article_id)
    assert len(listed) >= 4 and {c["author"] for c in listed} == {"Trần Thu Hà"}
    assert {c["initials"] for c in listed} == {"TTH"} and all(c["time"] for c in listed)
    assert ("24", "25") in [(c["old"], c["new"]) for c in listed]
    assert any(c["block"] and c["new"] == "Lực lượng cứu hộ túc trực dọc hai bờ sông."
               for c in listed)
    ok(newsroom, "reject", article_id, "all")
    assert body_of(newsroom, article_id) == original

    ok(newsroom, "import", str(back), "--as-suggestions")
    ok(newsroom, "accept", article_id, "all")
    assert body_of(newsroom, article_id) == reviewed
    message = refused(newsroom, "import", str(tmp_path / "x.md"), "--as-suggestions")
    assert "--as-suggestions" in message


def test_a_pdf_with_changes_marked_shows_them_and_names_their_authors(tmp_path):
    import pypdfium2

    from newsdesk.domain.suggestions import markup
    from newsdesk.printing.document import build_print_document
    from newsdesk.printing.setup import PageSetup

    body = ("Giá vé " + markup("replace", "7.000", "8.000", author="Lê Minh", initials="LM")
            + " đồng " + markup("insert", "", "mỗi", author="Trần Thu Hà", initials="TTH")
            + " lượt, hành khách " + markup("delete", "rất", "", author="Lê Minh",
                                            initials="LM") + " hài lòng.\n")
    # the editor's suggestions at word edges carry the space between the words
    body += ("\nNgười dân " + markup("insert", "", "rất ", author="Trần Thu Hà", initials="TTH")
             + "phấn khởi " + markup("delete", "và vui mừng ", "", author="Trần Thu Hà",
                                     initials="TTH") + "khi cây cầu thông xe.\n")
    article = Article(headline="Hải Phòng mở tuyến xe buýt điện", body=body)
    document, _ = build_print_document(article, lambda path: None, PageSetup(), changes=True)
    html = document.files["index.html"][0].decode("utf-8")
    assert ('<del class="nd-change-del">7.000</del><ins class="nd-change-ins">8.000</ins>'
            '<sup class="nd-change-ref">LM</sup>') in html
    assert '<ins class="nd-change-ins">mỗi</ins><sup class="nd-change-ref">TTH</sup>' in html
    assert "{~~" not in html and "{#" not in html and "\ue000" not in html
    assert "<b>LM</b> Lê Minh: 2 đề xuất" in html and "<b>TTH</b> Trần Thu Hà: 3 đề xuất" in html
    # the initials end the word, the space after them: never glued to the next word
    assert ('<ins class="nd-change-ins">rất</ins><sup class="nd-change-ref">TTH</sup> phấn'
            in html)
    assert ('khởi <del class="nd-change-del">và vui mừng</del>'
            '<sup class="nd-change-ref">TTH</sup> khi') in html

    data = tmp_path / "data"
    with Library.open(data_dir=data) as library:
        article_id = library.save(article).id
    refused_message = refused(data, "export", article_id, "--format", "pdf", "-o",
                              str(tmp_path / "a.pdf"))
    assert "--changes marked" in refused_message
    target = tmp_path / "danh-dau.pdf"
    ok(data, "export", article_id, "--format", "pdf", "--changes", "marked", "-o", str(target))
    page = pypdfium2.PdfDocument(str(target))[0].get_textpage()
    text = page.get_text_range()
    assert "Sửa đổi đề xuất" in text and "Trần Thu Hà" in text and "8.000" in text
    for word in ("phấn", "khi cây"):  # a word's space between the initials and the next word
        at = text.index(word)
        assert text[at - 4:at].replace("\r\n", " ") in ("TTH ", "TTH\n"), text[at - 8:at + 4]
        initials_end, word_start = page.get_charbox(at - 2)[2], page.get_charbox(at)[0]
        assert word_start - initials_end > 2, (word, initials_end, word_start)  # pt


def test_hostile_criticmarkup_is_imported_as_text_with_warnings(tmp_path):
    body = ("Mở {++mà không đóng\n\nLồng {++ngoài {--trong--} ngoài++} nhau\n\n"
            "Xem [bài {++khác++}](https://tin.example.vn/a)\n\n"
            '![Chú thích {--cũ--} ảnh](images/khong-co.jpg "Ảnh: Hoàng Tùng")\n\n'
            "Quá dài {++" + "ạ" * 25_000 + "++}\n")
    source = tmp_path / "hong.md"
    source.write_text("---\nheadline: Bài có dấu sửa hỏng\n---\n\n" + body, encoding="utf-8")
    data = tmp_path / "data"
    done = ok(data, "import", str(source))
    article_id = done.stdout.split()[-1]
    assert body_of(data, article_id) == body
    assert done.stderr.count("kept as text") == 5 and "Traceback" not in done.stderr
    assert changes(data, article_id) == []


def test_a_published_step_waits_for_suggestions_made_after_approval(tmp_path):
    from newsdesk.domain.errors import NewsdeskError
    from newsdesk.domain.suggestions import suggest

    with Library.open(data_dir=tmp_path / "data") as library:
        review = Review(library)
        article = library.save(Article(headline="Giá điện tăng", body="Giá điện tăng 3%.\n"))
        for step in ("submit", "start_review", "approve"):
            article = review.transition(article.id, step)
        body, _ = suggest(article.body, 14, 16, "4,5%", author="Lê Minh", initials="LM")
        article = library.save(article.copy(body=body), expected_version=article.version)
        try:
            review.transition(article.id, "publish")
        except NewsdeskError as exc:
            assert exc.code == "suggestion.pending" and "cannot be published" in exc.message
        else:
            raise AssertionError("published with a pending suggestion")
        assert library.get(article.id).status == "approved"
