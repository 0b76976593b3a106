"""Broken, encrypted, enormous or tricked .docx files are refused with a clear, coded message
(from the library and on the command line: one short line, exit 2), and nothing is stored."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.domain import NewsdeskError
from newsdesk.services.library import Library
from word_samples import Document, member, photo, rewrite

LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          b"<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>")


def good(path: Path) -> Path:
    document = Document()
    document.add_paragraph("Tin nóng", style="Title")
    document.add_paragraph("Nội dung.")
    document.add_picture(photo())
    document.save(path)
    return path


def with_members(path: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    base = good(path)
    with zipfile.ZipFile(base) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def encrypted_member(path: Path) -> Path:
    info = zipfile.ZipInfo("word/media/secret.jpg")
    path = with_members(path, [(info, b"x" * 100)])
    data = bytearray(path.read_bytes())
    # set the "encrypted" flag in the local and central headers of the member
    name = b"word/media/secret.jpg"
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                flags = struct.unpack_from("<H", data, at + offset)[0]
                struct.pack_into("<H", data, at + offset, flags | 1)
            at += 4
    path.write_bytes(bytes(data))
    return path


def cfb(path: Path, encrypted: bool) -> Path:
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    if encrypted:
        body += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
    path.write_bytes(body + b"\x00" * 2048)
    return path


def truncated(path: Path) -> Path:
    data = good(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


CASES = {
    "not_a_zip": ("docx.not_zip", lambda p: (p.write_text("Xin chào", encoding="utf-8"), p)[1]),
    "truncated": ("docx.not_zip", truncated),
    "password": ("docx.encrypted", lambda p: cfb(p, True)),
    "old_doc": ("docx.old_format", lambda p: cfb(p, False)),
    "encrypted_member": ("docx.encrypted", encrypted_member),
    "zip_bomb": ("docx.bomb", lambda p: with_members(p, [("word/media/bomb.jpg",
                                                            b"\x00" * (8 << 20))])),
    "escaping_name": ("docx.unsafe_path", lambda p: with_members(p, [("../../evil.xml", b"x")])),
    "absolute_name": ("docx.unsafe_path", lambda p: with_members(p, [("/etc/evil", b"x")])),
    "too_many_parts": ("docx.too_many_members", lambda p: with_members(
        p, [(f"customXml/extra{i}.xml", b"<a/>") for i in range(1000)])),
    "not_word": ("docx.not_word", lambda p: rewrite(good(p), {"word/document.xml": None})),
    "entity_bomb": ("docx.xml", lambda p: rewrite(good(p), {"word/document.xml": LAUGHS})),
    "broken_xml": ("docx.corrupt", lambda p: rewrite(good(p), {
        "word/document.xml": member(good(p), "word/document.xml")[:300]})),
    "missing": ("docx.missing", lambda p: p),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_docx_is_refused_clearly_and_nothing_is_stored(case, tmp_path, data_dir,
                                                              capsys):
    code, make = CASES[case]
    path = make(tmp_path / f"{case}.docx")
    with Library.open(data_dir) as library:
        with pytest.raises(NewsdeskError) as refused:
            library.import_file(path)
        assert refused.value.code == code, refused.value.message
        assert path.name in refused.value.message or case == "missing"
        assert "bundle" not in refused.value.message
        assert library.list() == []
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsdesk: ") and len(err) < 300, err
    assert "Traceback" not in err


def test_a_picture_that_is_a_decompression_bomb_is_left_out_with_a_warning(tmp_path, data_dir):
    from media_samples import png_declaring

    document = Document()
    document.add_paragraph("Ảnh lớn", style="Title")
    document.add_picture(photo())
    document.add_paragraph("Chú thích ảnh. Ảnh: Lan")
    document.save(tmp_path / "bom.docx")
    media = [n for n in zipfile.ZipFile(tmp_path / "bom.docx").namelist() if "media/" in n]
    rewrite(tmp_path / "bom.docx", {media[0]: png_declaring(60_000, 60_000)})
    with Library.open(data_dir) as library:
        result = library.import_file(tmp_path / "bom.docx")
        assert [w.code for w in result.warnings] == ["import.image_skipped"]
        assert result.warnings[0].reason == "photo.bomb"
        assert result.article.assets == {}
        assert "Chú thích ảnh." in result.article.body  # the figure and its caption stay
