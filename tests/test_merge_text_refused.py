"""Review R20-17: an article whose text the file's library replaced with one that is no
version of it (another story pasted over it, a much shorter copy) keeps its text here, as
it should; the report said so as "kept here (the file's is older)", which it is not."""

from __future__ import annotations

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"
OTHER = ("Harga cabai rawit di pasar tradisional Surabaya naik dua kali lipat dalam sepekan "
         "terakhir. Pedagang menyebut pasokan dari petani di Jawa Timur berkurang karena "
         "hujan deras merusak tanaman. Dinas Perdagangan berjanji menggelar operasi pasar "
         "mulai Senin depan untuk menahan kenaikan harga menjelang akhir tahun.")


def test_a_text_that_is_no_version_of_this_one_is_kept_and_said_so(tmp_path):
    a = open_library(tmp_path / "a.sqlite")
    b = open_library(tmp_path / "b.sqlite")
    try:
        a.imports.paths([STORY])
        [article_id] = a.articles.ids()
        a.exchange.export_file(tmp_path / "a0.kutip")
        b.exchange.merge(tmp_path / "a0.kutip")
        before = b.articles.text(b.articles.ids()[0])
        a.texts.replace(article_id, OTHER)  # (another story pasted over it there)
        a.exchange.export_file(tmp_path / "a1.kutip")
        report = b.exchange.merge(tmp_path / "a1.kutip")
        assert b.articles.text(b.articles.ids()[0]) == before
        assert report.texts_refused == [b.articles.get(b.articles.ids()[0]).title]
        assert not report.texts_kept
        summary = report.summary()
        assert "the file's is older" not in summary  # (was: "1 kept here (the file's is older)")
        assert "1 texts changed in the file's library kept here" in summary
    finally:
        a.close()
        b.close()
