"""Photo renditions: upright, sRGB, sized for their use, and free of private metadata."""

from __future__ import annotations

import io

import pytest
from PIL import ExifTags, Image, ImageFile

from media_samples import (
    SERIAL,
    encode,
    iptc_block,
    private_exif,
    swapped_rgb_profile,
    two_tone,
    xmp_packet,
)
from newsdesk.media.photos import (
    PhotoError,
    PrintRendition,
    inspect,
    print_rendition,
    thumbnail,
    web_rendition,
)

BLUE, RED = (0, 0, 255), (255, 0, 0)


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def close(pixel, colour, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


@pytest.fixture
def camera_jpeg() -> bytes:
    """Stored landscape (blue left, red right), EXIF says rotate 90° clockwise to view."""
    return encode(two_tone((600, 400)), "JPEG", quality=95, exif=private_exif(orientation=6))


def test_source_really_carries_gps_serial_and_orientation(camera_jpeg: bytes) -> None:
    exif = opened(camera_jpeg).getexif()
    assert exif[ExifTags.Base.Orientation] == 6
    assert exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] == SERIAL
    assert exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] == "N"


@pytest.mark.parametrize(
    "make",
    [
        lambda d: web_rendition(d, name="a.jpg"),
        lambda d: thumbnail(d, name="a.jpg", max_side=120),
        lambda d: print_rendition(d, name="a.jpg", width_mm=30),
    ],
    ids=["web", "thumbnail", "print"],
)
def test_rendition_is_upright_and_has_no_private_metadata(camera_jpeg: bytes, make) -> None:
    rendition = make(camera_jpeg)
    image = opened(rendition.data)
    assert rendition.mime == "image/jpeg" and image.format == "JPEG"
    # upright: portrait, and the stored left edge (blue) is now the top
    assert rendition.height > rendition.width
    assert image.size == (rendition.width, rendition.height)
    assert close(image.getpixel((image.width // 2, 2)), BLUE)
    assert close(image.getpixel((image.width // 2, image.height - 3)), RED)
    exif = image.getexif()
    assert ExifTags.Base.Orientation not in exif
    assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
    assert ExifTags.Base.BodySerialNumber not in exif.get_ifd(ExifTags.IFD.Exif)
    assert len(exif) == 0  # no EXIF block at all
    for key in ("exif", "xmp", "photoshop", "icc_profile", "comment"):
        assert key not in image.info
    assert SERIAL.encode() not in rendition.data
    assert b"Canon" not in rendition.data and b"GPS" not in rendition.data


def test_caption_and_credit_read_from_iptc() -> None:
    caption = "Người dân Đà Nẵng đón xem pháo hoa bên sông Hàn."
    jpeg = encode(two_tone(), "JPEG", extra=iptc_block(caption, "TTXVN", "Lê Minh Đức"))
    info = inspect(jpeg, "phao-hoa.jpg")
    assert (info.caption, info.credit) == (caption, "TTXVN")
    assert (info.width, info.height, info.format, info.mime) == (600, 400, "JPEG", "image/jpeg")
    byline_only = encode(two_tone(), "JPEG", extra=iptc_block(caption, byline="Lê Minh Đức"))
    assert inspect(byline_only).credit == "Lê Minh Đức"
    rendition = opened(web_rendition(jpeg).data)
    assert "photoshop" not in rendition.info
    assert caption.encode() not in web_rendition(jpeg).data


def test_caption_and_credit_read_from_xmp() -> None:
    caption = "Cánh đồng lúa chín vàng ở Mù Cang Chải"
    packet = xmp_packet(caption, credit="Báo Ảnh Việt Nam", creator="Phạm Hùng")
    jpeg = encode(two_tone(), "JPEG", xmp=packet)
    info = inspect(jpeg, "lua.jpg")
    assert (info.caption, info.credit) == (caption, "Báo Ảnh Việt Nam")
    creator_only = encode(two_tone(), "JPEG", xmp=xmp_packet(caption, creator="Phạm Hùng"))
    assert inspect(creator_only).credit == "Phạm Hùng"
    png = encode(two_tone(), "PNG", pnginfo=_png_xmp(packet))
    assert inspect(png).caption == caption
    out = web_rendition(jpeg).data
    assert "xmp" not in opened(out).info and b"xmpmeta" not in out


def _png_xmp(packet: bytes):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"))
    return info


def test_photo_without_metadata_has_empty_caption() -> None:
    info = inspect(encode(two_tone(), "PNG"), "plain.png")
    assert (info.caption, info.credit, info.format, info.mime) == ("", "", "PNG", "image/png")


def test_xmp_with_entities_is_ignored_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + xmp_packet("&b;")
    )
    assert inspect(encode(two_tone(), "JPEG", xmp=bomb)).caption == ""


def test_cmyk_jpeg_becomes_rgb() -> None:
    cmyk = Image.new("CMYK", (300, 200), (0, 255, 255, 0))  # pure red ink mix
    rendition = web_rendition(encode(cmyk, "JPEG"), name="in-an.jpg")
    image = opened(rendition.data)
    assert image.mode == "RGB"
    red, green, blue = image.getpixel((150, 100))
    assert red > 200 and green < 60 and blue < 60


def test_embedded_icc_profile_is_converted_to_srgb() -> None:
    tagged = encode(Image.new("RGB", (200, 100), RED), "JPEG", icc_profile=swapped_rgb_profile())
    image = opened(web_rendition(tagged).data)
    assert close(image.getpixel((100, 50)), BLUE)
    assert "icc_profile" not in image.info
    # an sRGB-tagged photo keeps its colours
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    plain = encode(Image.new("RGB", (200, 100), RED), "JPEG", icc_profile=srgb)
    assert close(opened(web_rendition(plain).data).getpixel((100, 50)), RED)


def test_real_transparency_gives_png_and_opaque_alpha_gives_jpeg() -> None:
    clear = Image.new("RGBA", (300, 300), (255, 0, 0, 255))
    clear.paste((0, 0, 0, 0), (0, 0, 150, 300))
    rendition = web_rendition(encode(clear, "PNG"), name="logo.png")
    image = opened(rendition.data)
    assert rendition.mime == "image/png" and image.mode == "RGBA"
    assert image.getpixel((10, 10))[3] == 0 and image.getpixel((290, 10))[3] == 255
    opaque = web_rendition(encode(Image.new("RGBA", (300, 300), (0, 128, 0, 255)), "PNG"))
    assert opaque.mime == "image/jpeg"
    palette = Image.new("P", (100, 100), 1)
    palette.putpalette([0, 0, 0, 255, 255, 0] + [0] * 762)
    palette.info["transparency"] = 0
    palette.paste(0, (0, 0, 50, 100))
    assert web_rendition(encode(palette, "PNG", transparency=0)).mime == "image/png"


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF", "GIF"])
def test_other_formats_are_accepted(fmt: str) -> None:
    source = encode(two_tone((500, 250)), fmt)
    info = inspect(source, f"anh.{fmt.lower()}")
    assert info.format == fmt and (info.width, info.height) == (500, 250)
    rendition = web_rendition(source, max_side=100)
    image = opened(rendition.data)
    assert (rendition.width, rendition.height) == (100, 50) == image.size
    assert close(image.getpixel((10, 25)), BLUE, 40) and close(image.getpixel((90, 25)), RED, 40)


def test_gif_uses_first_frame() -> None:
    frames = [Image.new("RGB", (80, 80), colour) for colour in (RED, BLUE)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    image = opened(web_rendition(out.getvalue(), name="dong.gif").data)
    assert close(image.getpixel((40, 40)), RED)


def test_sixteen_bit_grey_is_scaled_not_clipped() -> None:
    grey = Image.new("I;16", (64, 64), 32768)  # mid grey in 16 bits
    image = opened(web_rendition(encode(grey, "PNG")).data)
    value = image.getpixel((32, 32))
    assert 120 <= (value if isinstance(value, int) else value[0]) <= 135


def test_web_rendition_bounds_the_long_side_and_never_upscales() -> None:
    wide = encode(two_tone((3000, 1000)), "JPEG")
    rendition = web_rendition(wide, name="toan-canh.jpg")
    assert (rendition.width, rendition.height) == (2048, 683)
    assert opened(rendition.data).size == (2048, 683)
    small = web_rendition(encode(two_tone((640, 480)), "JPEG"))
    assert (small.width, small.height) == (640, 480)
    thumb = thumbnail(wide)
    assert (thumb.width, thumb.height) == (320, 107)
    with pytest.raises(PhotoError) as err:
        web_rendition(wide, max_side=0)
    assert err.value.code == "photo.options"


@pytest.mark.parametrize("side", [200, 300, 700, 1000])
def test_draft_decoding_is_as_faithful_as_a_full_decode(side: int) -> None:
    """DCT scaling + the last resize step against a full decode + Lanczos, same encoder."""
    from newsdesk.media.photos import _bounded

    gradient = Image.radial_gradient("L").resize((1600, 1200))
    rings = gradient.point(lambda v: (v * 6) % 256)
    source = Image.merge("RGB", (rings, gradient, rings.rotate(180)))
    data = encode(source, "JPEG", quality=92)
    size = (side, side * 3 // 4)
    reference = source.resize(size, Image.Resampling.LANCZOS).tobytes()

    def error(rendition) -> float:
        pixels = opened(rendition.data).convert("RGB")
        assert pixels.size == size
        diff = [abs(a - b) for a, b in zip(pixels.tobytes(), reference, strict=True)]
        return sum(diff) / len(diff)

    fast = error(web_rendition(data, max_side=side))
    naive = error(_bounded(data, "", side, fast=False))
    assert fast <= naive * 1.1 + 0.2


def test_print_rendition_is_sized_for_300_dpi_from_the_original() -> None:
    data = encode(two_tone((1200, 800)), "JPEG", exif=private_exif(orientation=1))
    sharp = print_rendition(data, name="in.jpg", width_mm=50.8)  # 2 inches
    assert isinstance(sharp, PrintRendition)
    assert (sharp.width, sharp.height) == (600, 400)
    assert sharp.effective_dpi == 300 and not sharp.low_resolution
    image = opened(sharp.data)
    assert image.info.get("dpi") == pytest.approx((300, 300), abs=1)
    assert len(image.getexif()) == 0
    # wider than the pixels allow: never upscaled, the real resolution is reported
    wide = print_rendition(data, width_mm=203.2)  # 8 inches → 150 dpi
    assert (wide.width, wide.height) == (1200, 800)
    assert wide.effective_dpi == pytest.approx(150) and not wide.low_resolution
    soft = print_rendition(data, width_mm=254)  # 10 inches → 120 dpi
    assert soft.effective_dpi == pytest.approx(120) and soft.low_resolution


def test_print_rendition_width_is_the_upright_width(camera_jpeg: bytes) -> None:
    rendition = print_rendition(camera_jpeg, width_mm=25.4)  # 1 inch at 300 dpi
    assert (rendition.width, rendition.height) == (300, 450)
    with pytest.raises(PhotoError) as err:
        print_rendition(camera_jpeg, width_mm=-5)
    assert err.value.code == "photo.options"


def test_pillow_globals_are_left_alone(camera_jpeg: bytes) -> None:
    before = Image.MAX_IMAGE_PIXELS
    web_rendition(camera_jpeg)
    inspect(camera_jpeg)
    assert Image.MAX_IMAGE_PIXELS == before
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


@pytest.mark.parametrize(
    ("mode", "fmt", "left", "right"),
    [
        ("CMYK", "TIFF", BLUE, RED),
        ("LAB", "TIFF", BLUE, RED),
        ("LA", "PNG", (29, 29, 29), (76, 76, 76)),
        ("RGBA", "WEBP", BLUE, RED),
        ("L", "JPEG", (29, 29, 29), (76, 76, 76)),
    ],
)
def test_unusual_modes_become_rgb_or_grey(mode: str, fmt: str, left, right) -> None:
    source = encode(two_tone((400, 300)).convert(mode), fmt)
    image = opened(web_rendition(source, max_side=200).data).convert("RGB")
    assert image.size == (200, 150)
    assert close(image.getpixel((20, 75)), left, 30) and close(image.getpixel((180, 75)), right, 30)


def test_floating_point_and_one_bit_images() -> None:
    half = opened(web_rendition(encode(Image.new("F", (64, 64), 0.5), "TIFF")).data)
    assert 120 <= half.getpixel((32, 32)) <= 135
    bits = Image.new("1", (64, 64), 0)
    bits.paste(1, (32, 0, 64, 64))
    image = opened(web_rendition(encode(bits, "TIFF", compression="group4")).data)
    assert image.getpixel((8, 32)) < 20 and image.getpixel((56, 32)) > 235


def test_transparent_png_rendition_drops_exif_text_and_icc() -> None:
    from PIL.PngImagePlugin import PngInfo

    logo = Image.new("RGBA", (200, 100), (255, 0, 0, 255))
    logo.paste((0, 0, 0, 0), (0, 0, 100, 100))
    text = PngInfo()
    text.add_text("Author", "Trần Thị Bí Mật")
    text.add_text("Comment", SERIAL)
    source = encode(logo, "PNG", exif=private_exif(orientation=1), pnginfo=text)
    assert opened(source).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    for rendition in (web_rendition(source), print_rendition(source, width_mm=20)):
        image = opened(rendition.data)
        assert rendition.mime == "image/png" and image.mode == "RGBA"
        assert len(image.getexif()) == 0
        assert not {"exif", "Author", "Comment", "icc_profile", "xmp"} & set(image.info)
        assert SERIAL.encode() not in rendition.data


def test_caption_text_is_cleaned_and_nfc() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Hội An  về đêm\n lung linh đèn lồng")
    jpeg = encode(two_tone(), "JPEG", extra=iptc_block(nfd, "  Ảnh: Hoàng Tùng  "))
    info = inspect(jpeg)
    assert info.caption == "Hội An về đêm lung linh đèn lồng"
    assert unicodedata.is_normalized("NFC", info.caption)
    assert info.credit == "Ảnh: Hoàng Tùng"


def test_old_latin1_iptc_and_bare_rdf_xmp() -> None:
    import struct

    latin = "Café de Flore".encode("cp1252")
    records = b"\x1c\x02\x78" + struct.pack(">H", len(latin)) + latin
    records += b"\x00" * (len(records) % 2)
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(records)) + records
    payload = b"Photoshop 3.0\x00" + resource
    app13 = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    assert inspect(encode(two_tone(), "JPEG", extra=app13)).caption == "Café de Flore"
    bare = xmp_packet("Phố cổ Hà Nội").split(b"<x:xmpmeta")[1].split(b">", 1)[1]
    bare = bare.split(b"</x:xmpmeta>")[0]
    assert bare.startswith(b"<rdf:RDF")
    assert inspect(encode(two_tone(), "JPEG", xmp=bare)).caption == "Phố cổ Hà Nội"
