"""RenditionCache: same renditions as the pipeline, computed once, robust to damage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from media_samples import encode, private_exif, two_tone
from newsdesk.media import photos
from newsdesk.media.cache import RenditionCache
from newsdesk.media.photos import PhotoError, PrintRendition


@pytest.fixture
def photo() -> bytes:
    return encode(two_tone((900, 600)), "JPEG", exif=private_exif(orientation=6))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count real pipeline runs behind the cache."""
    calls = {"web": 0, "thumb": 0, "print": 0}
    for kind, attr in (
        ("web", "web_rendition"),
        ("thumb", "thumbnail"),
        ("print", "print_rendition"),
    ):
        original = getattr(photos, attr)

        def wrapper(*args, _original=original, _kind=kind, **kwargs):
            calls[_kind] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(photos, attr, wrapper)
    return calls


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.rnd"))


def test_cached_results_equal_the_pipeline(tmp_path: Path, photo: bytes, counted) -> None:
    cache = RenditionCache(tmp_path / "cache")
    first = cache.web(photo, "a.jpg")
    again = cache.web(photo, "a.jpg")
    assert counted["web"] == 1
    assert again == first == photos.web_rendition(photo, name="a.jpg")
    assert (first.width, first.height) == (600, 900)  # upright
    # another instance on the same folder (next run of the app) reads it back
    assert RenditionCache(tmp_path / "cache").web(photo) == first
    assert counted["web"] == 2  # only the direct pipeline call above
    thumb = cache.thumbnail(photo)
    assert cache.thumbnail(photo) == thumb and counted["thumb"] == 1
    assert max(thumb.width, thumb.height) == 320
    assert len(entries(tmp_path / "cache")) == 2


def test_parameters_are_part_of_the_key(tmp_path: Path, photo: bytes, counted) -> None:
    cache = RenditionCache(tmp_path)
    small = cache.web(photo, max_side=300)
    large = cache.web(photo, max_side=600)
    assert (small.height, large.height) == (300, 600)
    narrow = cache.print(photo, width_mm=25.4)
    wide = cache.print(photo, width_mm=50.8)
    low = cache.print(photo, width_mm=50.8, dpi=150)
    assert isinstance(narrow, PrintRendition)
    assert (narrow.width, wide.width, low.width) == (300, 600, 300)
    assert cache.print(photo, width_mm=50.8) == wide
    assert counted == {"web": 2, "thumb": 0, "print": 3}
    other = encode(two_tone((900, 600), left=(0, 255, 0)), "JPEG")
    assert cache.web(other, max_side=300).data != small.data


def test_print_fields_survive_the_cache(tmp_path: Path) -> None:
    data = encode(two_tone((600, 400)), "JPEG")
    cache = RenditionCache(tmp_path)
    made = cache.print(data, width_mm=254)
    read = RenditionCache(tmp_path).print(data, width_mm=254)
    assert read == made
    assert read.low_resolution and read.effective_dpi == pytest.approx(60)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # cut short
        lambda b: b[:-10] + b"0123456789",  # payload changed
        lambda b: b"garbage",
        lambda b: b"",
        lambda b: b.replace(b'"width"', b'"wide"', 1),
    ],
    ids=["truncated", "bitflip", "garbage", "empty", "bad-header"],
)
def test_damaged_entry_is_recomputed(tmp_path: Path, photo: bytes, counted, damage) -> None:
    cache = RenditionCache(tmp_path)
    good = cache.web(photo)
    (entry,) = entries(tmp_path)
    entry.write_bytes(damage(entry.read_bytes()))
    again = cache.web(photo)
    assert again == good and counted["web"] == 2
    assert Image.open(io.BytesIO(again.data)).size == (good.width, good.height)
    # and the entry was repaired
    assert cache.web(photo) == good and counted["web"] == 2


def test_writes_leave_no_temporary_files(tmp_path: Path, photo: bytes) -> None:
    cache = RenditionCache(tmp_path)
    cache.web(photo)
    cache.thumbnail(photo)
    cache.print(photo, width_mm=40)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 3 and all(p.suffix == ".rnd" for p in files)
    assert not any(p.name.startswith(".tmp") for p in files)
    assert cache.clear() == 3 and entries(tmp_path) == []


def test_unwritable_cache_still_returns_renditions(tmp_path: Path, photo: bytes) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    cache = RenditionCache(blocker)
    assert cache.web(photo).width == 600


def test_errors_are_not_cached(tmp_path: Path) -> None:
    cache = RenditionCache(tmp_path)
    for _ in range(2):
        with pytest.raises(PhotoError) as err:
            cache.web(b"Day khong phai anh", "gia.jpg")
        assert err.value.code == "photo.not_image"
    assert entries(tmp_path) == []


def test_threads_share_one_cache(tmp_path: Path) -> None:
    """The GUI renders from worker threads: concurrent calls give the pipeline's results."""
    from concurrent.futures import ThreadPoolExecutor

    sources = [encode(two_tone((500, 300), left=(i * 40, 0, 255)), "JPEG") for i in range(4)]
    expected = [photos.web_rendition(s) for s in sources]
    cache = RenditionCache(tmp_path)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: cache.web(sources[i % 4]), range(16)))
    assert results == [expected[i % 4] for i in range(16)]
    assert len(entries(tmp_path)) == 4


def test_known_digest_gives_the_same_entry(tmp_path: Path, photo: bytes, counted) -> None:
    import hashlib

    cache = RenditionCache(tmp_path)
    digest = hashlib.sha256(photo).hexdigest()
    first = cache.web(photo)
    assert cache.web(photo, digest=digest) == first and counted["web"] == 1
    assert cache.print(photo, width_mm=30, digest=digest) == cache.print(photo, width_mm=30)
    assert cache.thumbnail(photo, digest="not-a-digest") == cache.thumbnail(photo)
    assert counted == {"web": 1, "thumb": 1, "print": 1}
