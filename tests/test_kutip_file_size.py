"""R20-7: a 100,000-article library's own portable file (266 MB, 1.6 GB unpacked) was
written after minutes of work, and every `kutip merge` refused it, calling it "a zip bomb".
A file no Kutip would read back is not written: the export says so in one line, with the
way out (a collection at a time); and a large file is called too large, not a bomb (that
word is for a file that unpacks to far more than its size)."""

import zipfile

import pytest

from reader.core.export import kutipfile
from reader.core.library import LibraryError

LAVROV = "Kami tidak ingin berperang"


@pytest.fixture
def coded(seeded_library, seed_id):
    seeded_library.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    return seeded_library


@pytest.mark.parametrize("limit", ["MAX_UNPACKED_BYTES", "MAX_FILE_BYTES"])
def test_a_file_no_kutip_would_read_back_is_not_written(coded, tmp_path, monkeypatch, limit):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "all.kutip"
    path.write_bytes(b"the file that was there")
    monkeypatch.setattr(kutipfile, limit, 1_000)  # (this library's file is ~6 KB)
    with pytest.raises(LibraryError, match="was not written: it would unpack to") as refused:
        coded.exchange.export_file(path)
    assert "a collection at a time (kutip export --format kutip --collection NAME)" in str(
        refused.value)
    assert path.read_bytes() == b"the file that was there"  # (left as it was)
    assert [p.name for p in path.parent.iterdir()] == ["all.kutip"]  # (no half file beside it)


def test_what_kutip_reads_it_writes(coded, tmp_path):
    path = tmp_path / "all.kutip"
    coded.exchange.export_file(path)
    assert len(kutipfile.read_kutip_file(path).annotations) == 1


def test_a_large_file_is_too_large_not_a_zip_bomb(coded, tmp_path, monkeypatch):
    path = tmp_path / "all.kutip"
    coded.exchange.export_file(path)
    with zipfile.ZipFile(path) as archive:
        sizes = {info.filename: info.file_size for info in archive.infolist()}
    # (the limit reached at the second member, by a file whose ratio is a news text's)
    monkeypatch.setattr(kutipfile, "MAX_UNPACKED_BYTES",
                        sizes["manifest.json"] + sizes["articles.json"] // 2)
    with pytest.raises(ValueError) as refused:
        kutipfile.read_kutip_file(path)
    assert "too large unpacked" in str(refused.value)
    assert "zip bomb" not in str(refused.value)


def test_a_file_that_unpacks_to_far_more_than_its_size_is_a_zip_bomb(tmp_path):
    path = tmp_path / "bomb.kutip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", '{"format": "kutip-library", "version": 1}')
        archive.writestr("articles.json", "[" + " " * (8 * 2**20) + "]")
    with pytest.raises(ValueError, match="a zip bomb"):
        kutipfile.read_kutip_file(path)
