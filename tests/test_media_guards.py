"""Bad photos are refused with a clear message naming the file, never a traceback or a hang."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image

from media_samples import encode, gif_with_huge_frame, png_declaring, two_tone
from newsdesk.domain import NewsdeskError
from newsdesk.media.decode import MAX_BYTES, open_photo
from newsdesk.media.photos import PhotoError, inspect, print_rendition, thumbnail, web_rendition

NAME = "ảnh-hiện-trường.jpg"
EVERY_ENTRY = [
    lambda data: inspect(data, NAME),
    lambda data: web_rendition(data, name=NAME),
    lambda data: thumbnail(data, name=NAME),
    lambda data: print_rendition(data, name=NAME, width_mm=80),
]


def refused(data: bytes, code: str) -> list[PhotoError]:
    errors = []
    for call in EVERY_ENTRY:
        with pytest.raises(PhotoError) as err:
            call(data)
        assert err.value.code == code, err.value.message
        assert isinstance(err.value, NewsdeskError)
        assert NAME in err.value.message and err.value.name == NAME
        errors.append(err.value)
    return errors


@pytest.fixture(scope="module")
def jpeg() -> bytes:
    return encode(two_tone((600, 400)), "JPEG")


def test_text_file_posing_as_jpeg() -> None:
    errors = refused("Biên bản cuộc họp ngày 10/10\n".encode() * 30, "photo.not_image")
    assert "not a photo" in errors[0].message
    refused(b"<html><script>alert(1)</script></html>", "photo.not_image")
    refused(b"", "photo.not_image")


def test_truncated_jpeg_and_png(jpeg: bytes) -> None:
    errors = refused(jpeg[: len(jpeg) // 2], "photo.truncated")
    assert "the file ends before the picture does" in errors[0].message
    assert "again" in errors[0].message and "bytes not processed" not in errors[0].message
    refused(jpeg[:-2], "photo.truncated")  # missing end-of-image marker
    refused(jpeg[:120], "photo.truncated")  # cut inside the header
    png = encode(two_tone((300, 200)), "PNG")
    refused(png[: len(png) - 200], "photo.truncated")


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bomb_is_refused_from_its_header() -> None:
    bomb = png_declaring(30000, 30000)
    assert len(bomb) < 200
    errors = refused(bomb, "photo.bomb")
    assert "30000×30000" in errors[0].message and "bomb" in errors[0].message
    # under the pixel limit, but no real file of 100 bytes holds 144 megapixels
    refused(png_declaring(12000, 12000), "photo.bomb")
    refused(gif_with_huge_frame(12000, 12000), "photo.bomb")


def test_gif_frame_larger_than_its_screen_is_a_bomb() -> None:
    """A 10×10 GIF whose frame claims 30000×30000: caught while its header is parsed."""
    bomb = gif_with_huge_frame()
    assert len(bomb) < 100
    errors = refused(bomb, "photo.bomb")
    assert "bomb" in errors[0].message


def test_own_limits_do_not_depend_on_pillow_global(
    monkeypatch: pytest.MonkeyPatch, jpeg: bytes
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50_000)  # the JPEG is 240,000 pixels
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rendition = web_rendition(jpeg, name=NAME)
    assert (rendition.width, rendition.height) == (600, 400)


def test_too_many_pixels_or_bytes(jpeg: bytes) -> None:
    with pytest.raises(PhotoError) as err:
        open_photo(jpeg, NAME, max_pixels=100_000)
    assert err.value.code == "photo.too_large" and "600×400" in err.value.message
    huge = b"\xff\xd8\xff\xe0" + bytes(MAX_BYTES)
    errors = refused(huge, "photo.too_large")
    assert "MB" in errors[0].message


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (encode(two_tone((60, 40)), "BMP"), "BMP"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64), "HEIC"),
    ],
    ids=["bmp", "heic"],
)
def test_unsupported_formats_are_named(data: bytes, kind: str) -> None:
    errors = refused(data, "photo.unsupported")
    assert kind in errors[0].message and "JPEG" in errors[0].message


def test_message_without_a_name_still_reads_well() -> None:
    with pytest.raises(PhotoError) as err:
        web_rendition(b"not an image at all")
    assert err.value.message.startswith("this file is not a photo")


def test_good_photo_after_bad_ones_still_works(jpeg: bytes) -> None:
    for bad in (b"", png_declaring(30000, 30000), jpeg[:500]):
        with pytest.raises(PhotoError):
            web_rendition(bad)
    image = Image.open(io.BytesIO(web_rendition(jpeg).data))
    assert image.size == (600, 400)
