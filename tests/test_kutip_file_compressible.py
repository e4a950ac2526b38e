"""Review note (session 22): a library file that compresses very well (repeated texts) was
refused with a contradictory message, "it would unpack to 200 MB, and Kutip reads a library
file of up to 1024 MB": the refusal was the reader's zip-bomb ratio, not the size. Such a
file is now written with its members stored as they are (read back by every Kutip); one too
large even so is refused with a message that says why."""

from __future__ import annotations

import pytest

from reader.core.export import kutipfile
from reader.core.library import LibraryError, open_library
from tests.conftest import SEED


@pytest.fixture
def strict_ratio(monkeypatch):
    """Readers and writers taking any file that compresses at all for a bomb (the
    seed's file does: a library of repeated texts at the real ratio, 100, is the same)."""
    monkeypatch.setattr(kutipfile, "unpack_budget",
                        lambda packed: min(kutipfile.MAX_UNPACKED_BYTES, packed))


def test_a_file_that_compresses_too_well_is_written_stored_and_read_back(
        tmp_path, strict_ratio):
    with open_library(tmp_path / "a.sqlite") as a:
        a.imports.paths([SEED])
        [article_id] = a.articles.ids()
        a.annotations.add_exact(article_id, "Kami tidak ingin berperang", kind="quote",
                                speaker="Sergey Lavrov")
        summary = a.exchange.export_file(tmp_path / "a.kutip")  # (was: refused)
        assert (summary.articles, summary.annotations) == (1, 1)
    with open_library(tmp_path / "b.sqlite") as b:
        report = b.exchange.merge(tmp_path / "a.kutip")
        assert (report.articles_added, report.annotations_added) == (1, 1)
        [note] = b.annotations.where()
        assert note.speaker == "Sergey Lavrov"


def test_one_too_large_even_stored_says_why(tmp_path, strict_ratio, monkeypatch):
    from reader.core.library import exchange

    with open_library(tmp_path / "a.sqlite") as a:
        a.imports.paths([SEED])
        a.exchange.export_file(tmp_path / "stored.kutip")
        stored = (tmp_path / "stored.kutip").stat().st_size
        monkeypatch.setattr(kutipfile, "unpack_budget", lambda packed: 1 << 40)
        a.exchange.export_file(tmp_path / "packed.kutip")
        packed = (tmp_path / "packed.kutip").stat().st_size
        assert packed < stored
        limit = (packed + stored) // 2  # (the packed file within it, the stored one over)
        monkeypatch.setattr(kutipfile, "unpack_budget", lambda packed: packed)
        monkeypatch.setattr(kutipfile, "MAX_FILE_BYTES", limit)
        monkeypatch.setattr(exchange, "MAX_FILE_BYTES", limit)
        with pytest.raises(LibraryError) as refused:
            a.exchange.export_file(tmp_path / "a.kutip")
    message = str(refused.value)
    assert "compress so well that Kutip would take the file for a zip bomb" in message
    assert "up to 1024 MB" not in message  # (the contradiction)
    assert not (tmp_path / "a.kutip").exists()
