"""Small photos built in memory for the media tests: EXIF, IPTC, XMP, CMYK, alpha, bombs."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import ExifTags, Image, ImageCms

SERIAL = "SN-0047110815"
GPS_LAT = (21.0, 1.0, 30.0)


def encode(image: Image.Image, fmt: str = "JPEG", **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def two_tone(size: tuple[int, int] = (600, 400), left=(0, 0, 255), right=(255, 0, 0)):
    """Left half ``left`` colour, right half ``right``: shows where the top ends up."""
    image = Image.new("RGB", size, right)
    image.paste(left, (0, 0, size[0] // 2, size[1]))
    return image


def private_exif(orientation: int = 6) -> bytes:
    """EXIF with Orientation, camera make/model/owner, BodySerialNumber and GPS position."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "EOS R5"
    exif[ExifTags.Base.Artist] = "Nguyễn Văn Ảnh"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = SERIAL
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.CameraOwnerName] = "Trần Thị Bí Mật"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LAT
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (105.0, 51.0, 0.0)
    return exif.tobytes()


def iptc_block(caption: str, credit: str = "", byline: str = "") -> bytes:
    """A JPEG APP13 segment (Photoshop 3.0 / 8BIM 0x0404) holding IPTC IIM datasets."""
    records = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set = UTF-8
    for number, text in ((120, caption), (110, credit), (80, byline)):
        if text:
            value = text.encode("utf-8")
            records += b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(value)) + value
    if len(records) % 2:
        records += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"
    resource += struct.pack(">I", len(records)) + records
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_packet(description: str, credit: str = "", creator: str = "") -> bytes:
    credit_attr = f' photoshop:Credit="{credit}"' if credit else ""
    creator_xml = (
        f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>" if creator else ""
    )
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"{credit_attr}>'
        "<dc:description><rdf:Alt>"
        '<rdf:li xml:lang="en">An English caption</rdf:li>'
        f'<rdf:li xml:lang="x-default">{description}</rdf:li>'
        f"</rdf:Alt></dc:description>{creator_xml}"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` pixels (no real pixel data)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def gif_with_huge_frame(width: int = 30000, height: int = 30000) -> bytes:
    """A GIF whose screen is 10×10 but whose first frame claims ``width``×``height``."""
    screen = b"GIF89a" + struct.pack("<HHBBB", 10, 10, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return screen + frame + b"\x02\x02\x4c\x01\x00\x3b"


def swapped_rgb_profile() -> bytes:
    """An RGB ICC profile like sRGB but with red and blue colorants swapped (a test space).

    Pixels tagged with it must come out with red and blue exchanged once converted to sRGB,
    which proves the embedded profile was honoured.
    """
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    count = struct.unpack(">I", data[128:132])[0]
    entries = {}
    for i in range(count):
        at = 132 + 12 * i
        entries[bytes(data[at : at + 4])] = at
    red, blue = entries[b"rXYZ"], entries[b"bXYZ"]
    data[red + 4 : red + 12], data[blue + 4 : blue + 12] = (
        data[blue + 4 : blue + 12],
        data[red + 4 : red + 12],
    )
    for tag in (b"desc",):
        at = entries[tag]
        offset, size = struct.unpack(">II", data[at + 4 : at + 12])
        body = data[offset : offset + size]
        data[offset : offset + size] = bytes(body).replace(b"s\x00R\x00G\x00B", b"t\x00e\x00s\x00t")
        data[offset : offset + size] = bytes(data[offset : offset + size]).replace(b"sRGB", b"test")
    return bytes(data)
