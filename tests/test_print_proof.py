"""``newsdesk export ID --format pdf --comments``: the proof an editor marks up on paper.

Read back from the PDF: every commented passage numbered where it is, every comment listed
under its number with author, date and time and the quoted words; a comment whose passage is
gone is listed all the same; what a comment says prints as text; without ``--comments`` the
PDF is the page it always was."""

from __future__ import annotations

import pytest

from newsdesk.cli.main import main
from newsdesk.domain import Article
from newsdesk.export.base import no_photos
from newsdesk.printing import PageSetup
from newsdesk.printing.document import build_print_document
from newsdesk.printing.proof import ProofNote, ProofReply, apply_proof, mark_region
from newsdesk.services.library import Library
from newsdesk.services.proof import proof_notes
from newsdesk.services.review import Review
from proof_support import add_comments, check_proof, notes_part, pdf_text, proof_article
from test_cli_exit import PROGRAM, python


def run(data_dir, *args) -> int:
    """``newsdesk ARGS`` in-process: what does not print (Qt stays unloaded)."""
    return main(["--data-dir", str(data_dir), *args])


def export(*args: str) -> str:
    """``newsdesk export ARGS`` as typed, in a program of its own (as a PDF export runs);
    the data folder is the test's (NEWSDESK_DATA_DIR). Its standard output."""
    done = python(PROGRAM, "export", *args)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


@pytest.fixture
def article_id(data_dir):
    with Library.open(data_dir=data_dir) as library:
        return library.save(proof_article()).id


@pytest.mark.webengine
def test_the_proof_numbers_passages_and_lists_the_comments(data_dir, article_id, tmp_path):
    before = tmp_path / "truoc.pdf"
    export(article_id[:8], "-f", "pdf", "-o", str(before))
    with Library.open(data_dir=data_dir) as library:
        expected = add_comments(library, article_id)
        library.settings.save(library.paths.settings_file)
    proof = tmp_path / "ban-in-thu.pdf"
    assert export(article_id[:8], "-f", "pdf", "--comments", "-o", str(proof)).strip() == \
        str(proof)
    text = pdf_text(proof)
    check_proof(text, expected)
    assert "Giá lúa tươi ở Đồng Tháp 1 tăng mạnh" in text  # the headline's own marker

    plain = tmp_path / "sau.pdf"
    export(article_id[:8], "-f", "pdf", "-o", str(plain))
    assert pdf_text(plain) == pdf_text(before)  # the comments never reach a plain page
    assert "GÓP Ý" not in pdf_text(plain) and "Tít nên" not in pdf_text(plain)


def test_comments_is_a_pdf_option_only(data_dir, article_id, tmp_path, capsys):
    assert run(data_dir, "export", article_id, "-f", "html", "--comments",
               "-o", str(tmp_path / "bai.html")) == 2
    assert "--comments applies to --format pdf only" in capsys.readouterr().err
    assert not (tmp_path / "bai.html").exists()


@pytest.mark.webengine
def test_a_lost_passage_and_hostile_text_are_listed_as_text(data_dir, article_id, tmp_path):
    hostile = '<script>alert("x")</script><b>đậm</b> <img src=x onerror=alert(1)> & xong'
    with Library.open(data_dir=data_dir) as library:
        review = Review(library)
        review.add_comment_on(article_id, "phân bón & thuốc < năm ngoái", hostile)
        review.add_comment_on(article_id, "ít hơn", "Bao nhiêu?")
        article = library.get(article_id)
        library.save(article.copy(body=article.body.replace(
            "Ở An Giang, giá lúa tươi cũng nhích nhẹ, nhưng ít hơn.", "Đoạn khác hẳn.")),
            expected_version=article.version)
        edited = library.get(article_id)
        notes = proof_notes(library, edited)
    assert [(n.number, n.passage != "") for n in notes] == [(1, True), (2, False)]
    document, _warnings = build_print_document(edited, no_photos, PageSetup(), notes=notes)
    html = document.files["index.html"][0].decode("utf-8")
    assert html.count('<sup class="nd-proof-ref">') == 1  # the lost passage has no marker
    assert "<script>alert" not in html and "<b>đậm" not in html
    target = tmp_path / "ban-in-thu.pdf"
    export(article_id, "-f", "pdf", "--comments", "-o", str(target))
    article, listed = notes_part(pdf_text(target))
    assert "phân bón & thuốc < năm ngoái 1" in article  # marked through the & and < of the text
    assert hostile in listed  # every character printed, none of it taken as markup
    assert "“ít hơn” (đoạn văn không còn trong bài) Bao nhiêu?" in listed


def test_marks_cross_tags_keep_entities_and_take_the_right_occurrence():
    region = "<p>Một <em>hai</em> ba &amp; bốn</p>\n<p>Một hai ba &amp; bốn</p>\n"
    notes = [ProofNote(1, "x", passage="hai ba & bốn", occurrence=1),
             ProofNote(2, "y", passage="Một hai", occurrence=0),
             ProofNote(3, "z", passage="không có", occurrence=0)]
    html, found = mark_region(region, notes)
    assert found == {1, 2}
    first, second = html.split("</p>\n")[:2]
    assert '<mark class="nd-proof-mark" data-notes="2">Một </mark><em><mark class="nd-proof-' \
           'mark" data-notes="2">hai</mark><sup class="nd-proof-ref">2</sup></em>' in first
    assert "data-notes=\"1\"" not in first
    assert second.endswith('<mark class="nd-proof-mark" data-notes="1">hai ba &amp; bốn'
                           '</mark><sup class="nd-proof-ref">1</sup>')


def test_notes_escape_everything_a_comment_says_and_show_replies():
    html = ('<html><body><article><h1 class="nd-headline">Tít &lt;b&gt;</h1>'
            '<p class="nd-sapo">Sapo <em>nghiêng</em> đây.</p>'
            '<div class="nd-body"><p>Thân bài.</p></div><footer class="nd-foot"></footer>'
            '</article></body></html>')
    reply = ProofReply("<i>đã sửa</i>", author="Bình <x>")
    notes = [ProofNote(1, "</li><script>1</script>", quote="<b>", author="<Thu>",
                       field="headline", passage="<b>", replies=(reply,)),
             ProofNote(2, "Sapo dài", quote="nghiêng đây", field="sapo",
                       passage="nghiêng đây"),
             ProofNote(3, "Ngắn quá", quote="Thân bài", field="body", passage="Thân bài")]
    out = apply_proof(html, notes, "vi")
    assert ('<em><mark class="nd-proof-mark" data-notes="2">nghiêng</mark></em><mark '
            'class="nd-proof-mark" data-notes="2"> đây.</mark>') not in out  # stops at its end
    assert ('<em><mark class="nd-proof-mark" data-notes="2">nghiêng</mark></em><mark '
            'class="nd-proof-mark" data-notes="2"> đây</mark><sup class="nd-proof-ref">2</sup>.'
            ) in out
    assert "<script>" not in out and "<i>" not in out and "<Thu>" not in out
    assert "&lt;/li&gt;&lt;script&gt;1&lt;/script&gt;" in out and "&lt;i&gt;đã sửa" in out
    assert 'Tít <mark class="nd-proof-mark" data-notes="1">&lt;b&gt;</mark>' in out
    assert "Trả lời" in out and "· Tít" in out and "· Sapo" in out
    assert "· Thân bài" in out  # every note says where it is
    empty = apply_proof(html, [], "en")
    assert "No open comments." in empty and "Comments" in empty


def test_replies_follow_their_comment_oldest_first(data_dir, article_id):
    with Library.open(data_dir=data_dir) as library:
        review = Review(library)
        parent = review.add_comment_on(article_id, "ba tuần liền", "Tuần nào?")
        library.settings.user_name = "Trần Văn Bình"
        first = review.add_reply(parent.id, "Tuần 45–47.")
        library.settings.user_name, library.settings.user_initials = "", "NTT"
        review.add_reply(parent.id, "Đã hỏi lại.")
        (note,) = proof_notes(library, library.get(article_id))
    assert note.text == parent.text and note.passage == "ba tuần liền"
    assert [(r.author, r.text) for r in note.replies] == [("Trần Văn Bình", "Tuần 45–47."),
                                                          ("NTT", "Đã hỏi lại.")]
    assert note.replies[0].created == first.created


def test_an_unsaved_article_has_no_notes():
    assert proof_notes(None, Article(headline="x")) == []
