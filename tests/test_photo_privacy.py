"""Exports that carry original photos leave out what identifies people and places.

A camera JPEG carries the GPS position of the scene, the camera's serial number, the owner's
name and free comments; a PNG from a phone may carry text chunks. ``--format markdown`` and
``--format bundle`` send the photo without them — same pixels, still upright, same colour
profile — and a bundle coming back never counts the untouched photo as changed.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from newsdesk.domain import Article
from newsdesk.interchange import read_markdown_file
from newsdesk.media.private import has_private_metadata, strip_private
from newsdesk.services.library import Library

GPS_IFD, ARTIST, SERIAL, COPYRIGHT, ORIENTATION = 0x8825, 0x013B, 0xA431, 0x8298, 0x0112


def camera_jpeg() -> bytes:
    image = Image.new("RGB", (64, 40))
    image.putdata([((x * 4) % 256, (y * 6) % 256, (x * y) % 256)
                   for y in range(40) for x in range(64)])
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[ARTIST] = "Nguyen Van Phong Vien"
    exif[COPYRIGHT] = "Bao Hai Phong"
    exif.get_ifd(0x8769)[SERIAL] = "SN-0042-XYZ"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (20.0, 51.0, 36.0), 3: "E", 4: (106.0, 41.0, 2.0)})
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, exif=exif.tobytes(), icc_profile=icc,
               comment=b"nguoi cung cap: 0912 345 678")
    return buffer.getvalue()


def phone_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Trần Thu Hà")
    info.add_itxt("Location", "20.8600 N, 106.6838 E")
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 30, 60)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def test_jpeg_loses_gps_owner_serial_and_comment_but_keeps_pixels_orientation_and_profile():
    original = camera_jpeg()
    assert has_private_metadata(original)
    stripped = strip_private(original)
    assert not has_private_metadata(stripped)
    for secret in (b"SN-0042-XYZ", b"Phong Vien", b"0912 345 678", b"Bao Hai"):
        assert secret in original and secret not in stripped
    with Image.open(io.BytesIO(stripped)) as image:
        exif = image.getexif()
        assert dict(exif) == {ORIENTATION: 6} and not exif.get_ifd(GPS_IFD)
        assert image.info.get("icc_profile") == Image.open(io.BytesIO(original)).info[
            "icc_profile"]
    # the compressed image data is the same bytes: nothing was decoded and encoded again
    assert stripped[stripped.index(b"\xff\xda"):] == original[original.index(b"\xff\xda"):]
    assert pixels(stripped) == pixels(original)


def test_a_large_photo_import_accepted_is_stripped_without_pillow_s_bomb_warning(monkeypatch):
    """Pillow warns (on stderr, in the user's terminal) of any image over its own global
    pixel limit, 89 megapixels, which photos newsdesk accepts (up to 200) exceed: the photo is
    opened as import opens it, with newsdesk's own limits. The limit is lowered here so that a
    small photo stands for a 96-megapixel one."""
    import warnings

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 64 × 40 = 2,560 pixels: over it
    original = camera_jpeg()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        assert has_private_metadata(original)
        stripped = strip_private(original)
        assert not has_private_metadata(stripped)
    assert b"SN-0042-XYZ" not in stripped


def test_png_text_chunks_go_and_broken_files_come_back_unchanged():
    original = phone_png()
    stripped = strip_private(original)
    assert has_private_metadata(original) and not has_private_metadata(stripped)
    assert "Trần".encode() not in stripped and pixels(stripped) == pixels(original)
    for junk in (b"", b"\xff\xd8\xff\xe1\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x10\x00tEXt", b"GIF89a"):
        assert strip_private(junk) == junk
    assert strip_private(strip_private(original)) == stripped


@pytest.fixture
def library(tmp_path):
    lib = Library.open(data_dir=tmp_path / "newsroom")
    lib.settings.user_name, lib.settings.user_initials = "Lê Minh", "LM"
    yield lib
    lib.close()


def stored(lib: Library) -> Article:
    jpeg, png = lib.add_photo(camera_jpeg(), "cau.jpg"), lib.add_photo(phone_png(), "bien.png")
    body = ("Sáng 10/10, cầu Hoàng Văn Thụ thông xe.\n\n"
            '![Cầu nhìn từ bờ sông Cấm.](images/cau.jpg "Ảnh: Phóng Viên")\n\n'
            '![Biển báo mới.](images/bien.png "Ảnh: Thu Hà")')
    return lib.save(Article(headline="Thông xe cầu mới", sapo="Cầu nối hai bờ.", body=body,
                            byline="Phóng Viên",
                            assets={"images/cau.jpg": jpeg, "images/bien.png": png}))


def test_markdown_export_writes_photos_without_private_metadata(library, tmp_path):
    article = stored(library)
    assert has_private_metadata(library.photo_for(article, "images/cau.jpg"))
    result = library.export(article.id, "markdown", tmp_path / "out" / "cau.md")
    for name, make in (("cau.jpg", camera_jpeg), ("bien.png", phone_png)):
        written = (tmp_path / "out" / "images" / name).read_bytes()
        assert not has_private_metadata(written) and pixels(written) == pixels(make())
    loaded = read_markdown_file(result.path)
    assert loaded.article.content_equals(article) and loaded.missing_images == []


def test_bundle_round_trip_strips_photos_and_never_reports_them_changed(library, tmp_path):
    article = stored(library)
    out = library.export(article.id, "bundle", tmp_path / "gui.newsdesk").path
    assert b"SN-0042-XYZ" not in out.read_bytes()
    assert library.import_file(out).outcome == "unchanged"

    reviewer = Library.open(data_dir=tmp_path / "reviewer")
    try:
        assert reviewer.import_file(out).outcome == "created"
        copy = reviewer.get(article.id)
        assert not has_private_metadata(reviewer.photo_for(copy, "images/cau.jpg"))
        reviewer.save(copy.copy(sapo="Cầu nối hai bờ sông Cấm."), expected_version=copy.version)
        back = reviewer.export(article.id, "bundle", tmp_path / "ve.newsdesk").path
    finally:
        reviewer.close()

    result = library.import_file(back)
    assert result.outcome == "applied"
    now = library.get(article.id)
    assert now.sapo == "Cầu nối hai bờ sông Cấm."
    assert now.assets == article.assets  # the newsroom keeps its originals, metadata and all
