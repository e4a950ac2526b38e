"""A library file too large for any Kutip to read back is refused up front (review R22-5):
``Exchange.file_floor`` counts, in the store and without reading the articles, the fewest
bytes the file would unpack to; over ``MAX_UNPACKED_BYTES`` nothing is read or written.
Before, the export streamed the file until it passed 1 GB: the 100,000-article library's
was refused after 264-432 s (the app's window frozen meanwhile); its floor takes ~2 s CPU
(1,106 MB, refused). The floor must stay below every real file's size."""

from __future__ import annotations

import zipfile

import pytest

from reader.core.library import LibraryError, exchange, open_library
from reader.core.models import ImportedArticle
from reader.core.textnorm import content_hash

TEXTS = ["", "A.", 'Menteri berkata, "Kami tidak ingin berperang," di Jakarta. 日本語の文。',
         "x" * 5000]


@pytest.fixture(params=["sqlite", "postgres"])
def library(request, tmp_path):
    if request.param == "postgres":  # (a team library: the same count)
        library = open_library(request.getfixturevalue("pg_url"), seed=False)
    else:
        library = open_library(tmp_path / "lib.sqlite", seed=False)
    yield library
    library.close()


def _fill(library, smallest: bool) -> None:
    """Articles with and without titles, texts of every script; annotations of each kind,
    with the least in them (one character, no note, tag or speaker) or with more."""
    for n, text in enumerate(TEXTS):
        text = text or "B"
        article_id, _ = library.articles.add(ImportedArticle(
            title="" if smallest else f"Judul {n} ünïcode", text=text, source="",
            content_hash=content_hash(text)))
        for k, kind in enumerate(("quote", "claim", "highlight")):
            if k < len(text):
                library.annotations.add(article_id, k, k + 1, kind, **(
                    {} if smallest else {"note": "catatan", "tags": ["a/b"],
                                         "speaker": "Ana"}))


def _unpacked(path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


@pytest.mark.parametrize("smallest", [True, False])
def test_the_floor_is_below_the_file(library, tmp_path, smallest):
    _fill(library, smallest)
    library.exchange.export_file(tmp_path / "all.kutip")
    assert 0 < library.exchange.file_floor() <= _unpacked(tmp_path / "all.kutip")
    first = library.articles.ids(sort="id")[2:3]
    library.exchange.export_file(tmp_path / "one.kutip", article_ids=first)
    assert 0 < library.exchange.file_floor(first) <= _unpacked(tmp_path / "one.kutip")


def test_orphans_without_coder_or_uuids_stay_above_the_floor(tmp_path):
    """The smallest nodes there are: orphans (no position), no coder, no UUIDs, no times."""
    library = open_library(tmp_path / "lib.sqlite", seed=False)
    _fill(library, smallest=True)
    with library.stores.db.conn as conn:  # (states no command leaves: the bound holds)
        conn.execute('UPDATE annotations SET start = NULL, "end" = NULL, coder_id = NULL,'
                     " uuid = NULL, created_at = '', updated_at = '', prefix = '', suffix = ''")
        conn.execute("UPDATE articles SET uuid = NULL")
    library.exchange.export_file(tmp_path / "all.kutip")
    assert library.exchange.file_floor() <= _unpacked(tmp_path / "all.kutip")
    library.close()


def test_a_library_over_the_limit_is_refused_before_anything_is_read(
        library, tmp_path, monkeypatch):
    _fill(library, smallest=False)
    floor = library.exchange.file_floor()
    monkeypatch.setattr(exchange, "MAX_UNPACKED_BYTES", floor - 1)
    read = []
    monkeypatch.setattr(type(library.exchange), "items",
                        lambda self, *a, **k: read.append(a) or [])
    with pytest.raises(LibraryError, match="more than 0 MB"):
        library.exchange.export_file(tmp_path / "all.kutip")
    assert read == []  # (before: every article read and streamed until over the limit)
    assert not (tmp_path / "all.kutip").exists()
