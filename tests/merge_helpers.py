"""Helpers of the merge tests: two libraries sharing the flood story, exchanging files."""

from __future__ import annotations

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"


def shared_pair(tmp_path, quotes):
    """Library A with the story and ``quotes`` ((words, speaker) pairs) as quotes, and
    library B holding A's file merged: (a, b, the story's id in A)."""
    a = open_library(tmp_path / "a.sqlite")
    a.imports.paths([STORY])
    [article_id] = a.articles.ids()
    for exact, speaker in quotes:
        a.annotations.add_exact(article_id, exact, kind="quote", speaker=speaker)
    a.exchange.export_file(tmp_path / "a0.kutip")
    b = open_library(tmp_path / "b.sqlite")
    b.exchange.merge(tmp_path / "a0.kutip")
    return a, b, article_id


def exchange(tmp_path, a, b, round_=1):
    """A and B each write a file and merge the other's: (A's report, B's report)."""
    a.exchange.export_file(tmp_path / f"a{round_}.kutip")
    b.exchange.export_file(tmp_path / f"b{round_}.kutip")
    return (a.exchange.merge(tmp_path / f"b{round_}.kutip"),
            b.exchange.merge(tmp_path / f"a{round_}.kutip"))
