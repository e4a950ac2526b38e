"""A library whose file name starts with ``file:`` (review R18-11).

Python's SQLite reads such a name as a URI: ``--db file:g.sqlite`` wrote the library into
``g.sqlite`` while Kutip's own checks (the file it holds, its journal's owner, its kept
copies) looked at an empty ``file:g.sqlite`` beside it. A name is only ever a name.
"""

import os

from reader.core.library import Library


def test_a_library_named_file_colon_is_that_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Library("file:g.sqlite") as lib:
        report = lib.imports.text("“Kami tidak ingin berperang,” kata Lavrov.", name="satu")
        assert report.ok
    assert "g.sqlite" not in os.listdir(tmp_path)  # (SQLite's reading of the name)
    assert (tmp_path / "file:g.sqlite").stat().st_size > 0
    with Library("file:g.sqlite") as again:
        assert again.articles.count() == 1
