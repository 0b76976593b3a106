"""The links a printed PDF carries, read back from its link annotations (pypdfium2): absolute
web and mail links stay clickable; relative links, other schemes and the print document's
own ``newsdesk-print://`` address never become links (relative ones print as text)."""

from __future__ import annotations

import ctypes

import pytest

BODY = """Đọc [tương đối](docs/x.html), [gốc](/y/z), [giao thức](//example.vn/y),
[web](https://e.vn/z), [thư](mailto:a@e.vn), [tệp](file:///etc/passwd),
[nội bộ](newsdesk-print://print/index.html), [js](javascript:alert(1)), [hỏi](?q=1),
[khoảng](<docs/a b.html>), [tham chiếu][r], [dữ liệu](data:text/html,hi), [neo](#doan),
<https://e.vn/tu-dong>, [chấm](./a.html).

[r]: ../ref.html
"""


def link_uris(path) -> list[str | None]:
    """Every link annotation of the PDF: its URI, or None for a link inside the document."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    found: list[str | None] = []
    with pdfium.PdfDocument(path) as pdf:
        for index in range(len(pdf)):
            page = pdf[index]
            position = ctypes.c_int(0)
            link = raw.FPDF_LINK()
            while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
                action = raw.FPDFLink_GetAction(link)
                if not action:
                    found.append(None)
                    continue
                size = raw.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
                buffer = ctypes.create_string_buffer(size)
                raw.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
                found.append(buffer.value.decode("utf-8", "replace"))
    return found


@pytest.mark.webengine
def test_the_pdf_links_only_to_absolute_addresses(tmp_path, data_dir):
    import pypdfium2 as pdfium

    from newsdesk.domain import Article
    from newsdesk.services.library import Library
    from test_cli_exit import PROGRAM, python

    with Library.open(data_dir) as library:
        article_id = library.save(Article(headline="Liên kết in", body=BODY,
                                          url="https://e.vn/tin/bai-1")).id
    target = tmp_path / "lien-ket.pdf"
    done = python(PROGRAM, "export", article_id or "", "--format", "pdf", "-o", str(target))
    assert done.returncode == 0, done.stderr
    # (a link broken over two lines is two annotations)
    assert set(link_uris(target)) == {"https://e.vn/tu-dong", "https://e.vn/z", "mailto:a@e.vn"}
    with pdfium.PdfDocument(target) as pdf:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    for words in ("tương đối", "gốc", "tham chiếu", "khoảng", "nội bộ"):
        assert words in text  # the link's text is printed, only the link is gone
