"""bench/exchange.py at a size whose file Kutip refuses (its default, 100,000 articles and
1M annotations, ~1.6 GB unpacked, over ``MAX_UNPACKED_BYTES``): it failed with the export's
refusal as a traceback since 31886165; it reports the refusal and skips the read and
merges. Here the limit is lowered to 64 KB for a small library."""

from __future__ import annotations

from bench import exchange as bench
from bench.run import Row, Skip
from reader.core.export import kutipfile
from reader.core.library import exchange as library_exchange


def test_a_refused_file_is_reported_not_raised(tmp_path, monkeypatch):
    # (every module that binds the limit at its import: the library's exchange, imported
    # here first, kept a 64 KB limit for the rest of the process when this test imported it)
    for module in (kutipfile, bench, library_exchange):
        monkeypatch.setattr(module, "MAX_UNPACKED_BYTES", 64 * 1024)
    monkeypatch.setattr(bench, "_export_peak", lambda *a, **k: (5 * 2**20, 0))
    rows = bench.bench_exchange(60, 300, tmp_path)
    assert [type(r) for r in rows] == [Row, Row, Skip, Skip, Skip]
    refused = rows[1]
    assert refused.name == "exchange: export refused, until the refusal"
    assert "refused (as it should be)" in refused.note and "64 MB" not in refused.note
    assert "not written" in refused.note
    assert rows[0].baseline == 64 / 1024  # (MB: the limit is the baseline)
    assert not (tmp_path / "library.kutip").exists()


def test_a_file_that_is_allowed_is_read_and_merged(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "_export_peak", lambda *a, **k: (5 * 2**20, 6 * 2**20))
    rows = bench.bench_exchange(20, 60, tmp_path)
    assert all(isinstance(r, Row) for r in rows) and len(rows) == 5
