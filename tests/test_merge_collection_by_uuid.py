"""Review R20-18: collections were matched by name before their UUID: a collection renamed
in one library onto a name the other library used for another collection merged the two
(its articles went into the other one), and one renamed on both sides became two. A
collection the file shares with this library is now found by its UUID first."""

from __future__ import annotations

import pytest

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"


@pytest.fixture
def pair(tmp_path):
    """A's collection "Sampel" (with the article), sent to B."""
    a = open_library(tmp_path / "a.sqlite")
    a.imports.paths([STORY])
    a.collections.add(a.articles.ids(), a.collections.id_of("Sampel", create=True))
    a.exchange.export_file(tmp_path / "a0.kutip")
    b = open_library(tmp_path / "b.sqlite")
    b.exchange.merge(tmp_path / "a0.kutip")
    yield a, b
    a.close()
    b.close()


def _members(library, name):
    return {c.name: c.articles for c in library.collections.all()}[name]


def test_a_rename_onto_a_name_used_here_for_another_collection_merges_nothing(pair, tmp_path):
    a, b = pair
    b.collections.id_of("Arsip", create=True)  # (B's own, empty)
    a.collections.rename(a.collections.id_of("Sampel"), "Arsip")
    a.exchange.export_file(tmp_path / "a1.kutip")
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert sorted(c.name for c in b.collections.all()) == ["Arsip", "Sampel"]
    assert _members(b, "Arsip") == 0  # (was: the article went into B's own "Arsip")
    assert _members(b, "Sampel") == 1 and report.names_kept == 1


def test_a_collection_renamed_on_both_sides_stays_one(pair, tmp_path):
    a, b = pair
    a.collections.rename(a.collections.id_of("Sampel"), "Sampel A")
    b.collections.rename(b.collections.id_of("Sampel"), "Sampel B")
    a.exchange.export_file(tmp_path / "a1.kutip")
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert [c.name for c in b.collections.all()] == ["Sampel B"]  # (was: two collections)
    assert _members(b, "Sampel B") == 1 and report.collections_added == 0


def test_a_rename_there_is_still_taken(pair, tmp_path):
    a, b = pair
    a.collections.rename(a.collections.id_of("Sampel"), "Sampel 2025")
    a.exchange.export_file(tmp_path / "a1.kutip")
    report = b.exchange.merge(tmp_path / "a1.kutip")
    assert [c.name for c in b.collections.all()] == ["Sampel 2025"]
    assert report.names_taken == 1
