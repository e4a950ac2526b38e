"""bench/trail.py's import-upkeep rows time only what an import added: run again on the same
library (whose articles are already in it) they say so instead of printing a PASS over
nothing (reviewer, session 7)."""

from bench.run import Row, Skip
from bench.trail import bench_text_import
from reader.core.library import open_library


def test_a_second_run_on_the_same_library_is_refused_not_passed(tmp_path):
    with open_library(tmp_path / "lib.sqlite") as library:
        [first] = bench_text_import(library, 5)
        assert isinstance(first, Row) and "5 of 5 text files imported" in first.note
        [again] = bench_text_import(library, 5)
        assert isinstance(again, Skip)
        assert "5 of 5 text files were already in this library" in again.note
        assert "fresh copy" in again.note
