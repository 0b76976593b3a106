"""The .newsdesk bundle file: round trip, and hostile or broken bundles refused clearly."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.domain import Article
from newsdesk.domain.comments import Comment, anchor_for_quote
from newsdesk.interchange.bundle import Manifest, read_bundle, write_bundle
from newsdesk.interchange.safezip import BundleError, ZipLimits, safe_member_name

ID = "0123456789abcdef0123456789abcdef"
BODY = (
    "Chiều 5/4, hàng nghìn người dân đổ về bến Ninh Kiều xem đua ghe ngo.\n\n"
    '![Các đội ghe tranh tài trên sông Hậu.](images/đua-ghe.jpg "Ảnh: Thạch Sơn")\n\n'
    "Ban tổ chức cho biết giải năm nay có 24 đội tham gia."
)
PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg but bytes travel as they are \xff\xd9"


def manifest(**changes) -> Manifest:
    base = dict(article_id=ID, revision=3, content_sha256="c" * 64, base_revision=3,
                base_sha256="c" * 64, exported_at=datetime(2026, 4, 5, 10, tzinfo=UTC),
                exported_by="Trần Thu Hà")
    base.update(changes)
    return Manifest(**base)


def sample_bundle(path: Path) -> Path:
    article = Article(headline="Sôi động hội đua ghe ngo", sapo="Không khí lễ hội.", body=BODY,
                      byline="Thạch Sơn", tags=["Cần Thơ", "Lễ hội"])
    comment = Comment(id="k1", anchor=anchor_for_quote(BODY, "24 đội"), text="Kiểm tra lại số đội",
                      author="Trần Thu Hà", initials="TTH",
                      created=datetime(2026, 4, 5, 9, tzinfo=UTC))
    missing = write_bundle(path, article, manifest(), [comment], {"images/đua-ghe.jpg": PHOTO}.get)
    assert missing == []
    return path


def test_round_trip(tmp_path: Path):
    loaded = read_bundle(sample_bundle(tmp_path / "bai.newsdesk"))
    assert loaded.article.id == ID
    assert loaded.article.headline == "Sôi động hội đua ghe ngo"
    assert loaded.article.body == BODY and loaded.article.tags == ["Cần Thơ", "Lễ hội"]
    assert loaded.images == {"images/đua-ghe.jpg": PHOTO}
    assert loaded.manifest == manifest()
    [comment] = loaded.comments
    assert comment.text == "Kiểm tra lại số đội" and comment.anchor.quote == "24 đội"
    assert comment.created == datetime(2026, 4, 5, 9, tzinfo=UTC)
    names = zipfile.ZipFile(tmp_path / "bai.newsdesk").namelist()
    assert set(names) == {"manifest.json", "article.md", "comments.json", "history.json",
                          "images/đua-ghe.jpg"}
    assert loaded.history is not None and loaded.history.revisions == []


def rezip(source: Path, target: Path, *, drop=(), replace=None, add=None) -> Path:
    """A copy of ``source`` with members dropped/replaced/added (as an attacker would)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in drop:
                continue
            data = (replace or {}).get(info.filename, old.read(info))
            new.writestr(info.filename, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize("name", [
    "../evil.txt", "images/../../evil.txt", "/etc/passwd", "C:/Windows/evil.dll",
    "images\\..\\evil.txt", "c:evil", "images/./a.jpg", "bad\x01name",
])
def test_zip_slip_names_are_refused(tmp_path: Path, name: str):
    bundle = rezip(sample_bundle(tmp_path / "a.newsdesk"), tmp_path / "b.newsdesk",
                   add={name: b"owned"})
    with pytest.raises(BundleError) as info:
        read_bundle(bundle)
    assert info.value.code == "bundle.unsafe_path"
    assert "unsafe file name" in info.value.message
    assert not (tmp_path.parent / "evil.txt").exists()


def test_safe_names_pass():
    assert safe_member_name("images/ảnh 1.jpg") == "images/ảnh 1.jpg"


def test_zip_bomb_is_refused(tmp_path: Path):
    bundle = rezip(sample_bundle(tmp_path / "a.newsdesk"), tmp_path / "bomb.newsdesk",
                   add={"images/zeros.bin": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(BundleError) as info:
        read_bundle(bundle)
    assert info.value.code == "bundle.bomb" and "zip bomb" in info.value.message


def test_oversize_member_total_and_count_are_refused(tmp_path: Path):
    source = sample_bundle(tmp_path / "a.newsdesk")
    with pytest.raises(BundleError) as info:
        read_bundle(source, ZipLimits(max_member_size=10))
    assert info.value.code == "bundle.member_too_large"
    with pytest.raises(BundleError) as info:
        read_bundle(source, ZipLimits(max_total_size=len(BODY)))
    assert info.value.code == "bundle.too_large"
    with pytest.raises(BundleError) as info:
        read_bundle(source, ZipLimits(max_members=3))
    assert info.value.code == "bundle.too_many_members"


def test_a_lying_header_is_caught_while_reading(tmp_path: Path):
    source = sample_bundle(tmp_path / "a.newsdesk")
    raw = bytearray(source.read_bytes())
    # shrink the declared size of article.md in the central directory: reading must notice
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("article.md")
    central = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"article.md"))
    assert central > 0
    raw[central + 24:central + 28] = (info.file_size // 2).to_bytes(4, "little")
    (tmp_path / "liar.newsdesk").write_bytes(bytes(raw))
    with pytest.raises(BundleError) as err:
        read_bundle(tmp_path / "liar.newsdesk")
    assert err.value.code in ("bundle.corrupt", "bundle.too_large")


@pytest.mark.parametrize(("member", "data", "code"), [
    ("manifest.json", b"{not json", "bundle.json"),
    ("comments.json", b"[{\"text\": 1}]", "bundle.comments"),
    ("comments.json", b"{\"a\": 1}", "bundle.comments"),
    ("manifest.json", json.dumps({"format": "newsdesk-bundle", "format_version": 99}).encode(),
     "bundle.version"),
    ("manifest.json", json.dumps({"format": "newsdesk-bundle", "format_version": 1,
                                  "article_id": "../../x", "revision": 1,
                                  "exported_at": "2026-01-01T00:00:00+00:00"}).encode(),
     "bundle.manifest"),
    ("manifest.json", b"[]", "bundle.manifest"),
])
def test_malformed_json_is_refused(tmp_path: Path, member: str, data: bytes, code: str):
    bundle = rezip(sample_bundle(tmp_path / "a.newsdesk"), tmp_path / "b.newsdesk",
                   replace={member: data})
    with pytest.raises(BundleError) as info:
        read_bundle(bundle)
    assert info.value.code == code
    assert member in info.value.message or "format" in info.value.message


def test_missing_article_or_manifest_and_not_a_zip(tmp_path: Path):
    source = sample_bundle(tmp_path / "a.newsdesk")
    for member in ("article.md", "manifest.json"):
        bundle = rezip(source, tmp_path / f"no-{member}.newsdesk", drop={member})
        with pytest.raises(BundleError) as info:
            read_bundle(bundle)
        assert info.value.code == "bundle.incomplete" and member in info.value.message
    (tmp_path / "text.newsdesk").write_text("chỉ là văn bản", encoding="utf-8")
    with pytest.raises(BundleError) as info:
        read_bundle(tmp_path / "text.newsdesk")
    assert info.value.code == "bundle.not_zip"


def test_symlink_member_is_refused(tmp_path: Path):
    bundle = tmp_path / "link.newsdesk"
    rezip(sample_bundle(tmp_path / "a.newsdesk"), bundle)
    with zipfile.ZipFile(bundle, "a") as archive:
        info = zipfile.ZipInfo("images/link.jpg")
        info.external_attr = (0o120777 << 16)
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(BundleError) as err:
        read_bundle(bundle)
    assert err.value.code == "bundle.link"


def test_missing_image_is_a_warning_not_a_failure(tmp_path: Path):
    bundle = rezip(sample_bundle(tmp_path / "a.newsdesk"), tmp_path / "b.newsdesk",
                   drop={"images/đua-ghe.jpg"})
    loaded = read_bundle(bundle)
    assert loaded.missing_images == ["images/đua-ghe.jpg"]
    assert any("not in the bundle" in w for w in loaded.warnings)


NAME = "images/ảnh-đua-ghe.jpg"  # decomposes in NFD (ả), unlike đ


@pytest.mark.parametrize("member_form, body_form", [("NFD", "NFC"), ("NFC", "NFD")])
def test_photo_found_whatever_normal_form_names_and_body_use(tmp_path: Path, member_form,
                                                            body_form):
    """A zip made on macOS names its members in NFD; the body may be in either form."""
    import unicodedata

    source = sample_bundle(tmp_path / "bai.newsdesk")
    changed = tmp_path / "doi.newsdesk"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(changed, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            name = NAME if info.filename.startswith("images/") else info.filename
            if info.filename == "article.md":
                data = data.decode().replace(
                    "images/đua-ghe.jpg", unicodedata.normalize(body_form, NAME)).encode()
            new.writestr(unicodedata.normalize(member_form, name), data)
    loaded = read_bundle(changed)
    assert loaded.missing_images == [] and loaded.warnings == []
    assert list(loaded.images.values()) == [PHOTO]


def test_two_members_equal_once_normalized_are_refused(tmp_path: Path):
    import unicodedata

    source = sample_bundle(tmp_path / "bai.newsdesk")
    with zipfile.ZipFile(source, "a") as archive:
        archive.writestr(NAME, b"one")
        archive.writestr(unicodedata.normalize("NFD", NAME), b"other")
    with pytest.raises(BundleError, match="twice"):
        read_bundle(source)


def with_comments(source: Path, target: Path, comments: list) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "comments.json":
                data = json.dumps(comments).encode()
            new.writestr(info, data)
    return target


def test_more_comments_than_the_limit_are_refused_clearly(tmp_path: Path):
    from newsdesk.interchange.bundle import MAX_COMMENTS

    one = {"id": "k", "text": "x", "anchor": {"quote": "24 đội"}}
    bundle = with_comments(sample_bundle(tmp_path / "bai.newsdesk"), tmp_path / "nhieu.newsdesk",
                           [dict(one, id=f"k{i}") for i in range(MAX_COMMENTS + 1)])
    with pytest.raises(BundleError, match=f"at most {MAX_COMMENTS}") as caught:
        read_bundle(bundle)
    assert caught.value.code == "bundle.too_many_comments"


def test_members_the_article_does_not_show_are_never_read(tmp_path: Path):
    """A damaged member nothing refers to cannot cost memory or refuse the bundle."""
    source = sample_bundle(tmp_path / "bai.newsdesk")
    with zipfile.ZipFile(source, "a") as archive:
        archive.writestr("extra/rac.bin", b"\0" * 100_000, compress_type=zipfile.ZIP_DEFLATED)
    raw = bytearray(source.read_bytes())
    start = raw.find(b"extra/rac.bin") + len("extra/rac.bin")
    raw[start + 10: start + 20] = b"\xff" * 10  # its compressed data no longer inflates
    source.write_bytes(bytes(raw))
    loaded = read_bundle(source)
    assert loaded.images == {"images/đua-ghe.jpg": PHOTO}


def test_many_comments_with_repeated_ids_are_stored_once_each(tmp_path: Path, data_dir):
    from newsdesk.services.library import Library
    from newsdesk.storage.review_store import ReviewStore

    one = {"text": "x", "anchor": {"quote": "24 đội"}}
    comments = [dict(one, id=f"k{i % 1500}", text=f"lần {i}") for i in range(3000)]
    bundle = with_comments(sample_bundle(tmp_path / "bai.newsdesk"), tmp_path / "nhieu.newsdesk",
                           comments)
    with Library.open(data_dir) as library:
        result = library.import_file(bundle)
        assert result.comments_added == 1500
        stored = {c.id: c.text for c in ReviewStore(library.repository).comments(ID)}
        assert len(stored) == 1500 and stored["k7"] == "lần 1507"
        again = library.import_file(bundle)
        assert again.comments_added == 0
