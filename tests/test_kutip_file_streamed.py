"""R20-7: `kutip export --format kutip` built the whole file in memory before writing it
(Python objects, then JSON strings, then bytes): 9.6 GB of memory for 100,000 articles and
1M annotations, an 8 GB laptop killed after minutes of work. The file is now written a
member at a time, each a chunk of articles at a time; what it holds is what the bundle
(the team library's push and pull) holds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from reader.core.export.kutipfile import bundle_from, read_kutip_file
from reader.core.library import base
from reader.core.library.exchange import Exchange
from reader.core.models import ImportedArticle

DATA = Path(__file__).resolve().parent / "data" / "trail"
LAVROV = "Kami tidak ingin berperang"


@pytest.fixture
def coded(seeded_library, seed_id, monkeypatch):
    """Three articles, tags with a parent, speakers, a second coder, a collection, a
    deleted annotation and a deleted article; two articles a chunk."""
    lib = seeded_library
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    ids = lib.articles.ids(sort="id")
    lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Sergey Lavrov",
                              tags=["sumber/resmi"], note="catatan")
    gone = lib.annotations.add_exact(ids[1], "Lavrov", kind="highlight", tags=["hapus"])
    lib.annotations.delete(gone.id)
    lib.collections.add([ids[1]], lib.collections.create("Rusia").id)
    lib.coders.use("Budi")
    lib.annotations.add_exact(ids[2], "Lavrov", kind="claim", tags=["klaim"])
    lib.annotations.add_exact(ids[2], "Rusia", kind="highlight")
    dropped, _ = lib.articles.add(ImportedArticle(title="Dihapus", text="Isi berita dihapus.",
                                                  content_hash="dihapus"))
    lib.articles.delete(dropped)
    monkeypatch.setattr(base, "CHUNK", 2)
    return lib


def _contents(bundle) -> dict:
    fields = dataclasses.asdict(bundle)
    fields.pop("manifest")
    return fields


@pytest.mark.parametrize("scope", ["whole", "collection", "articles"])
def test_the_file_holds_what_the_bundle_holds(coded, tmp_path, scope):
    ids = coded.articles.ids(sort="id")
    args = {"whole": {}, "collection": {"collection": "Rusia"},
            "articles": {"article_ids": ids[:2]}}[scope]
    path = tmp_path / "out.kutip"
    summary = coded.exchange.export_file(path, **args)
    read = read_kutip_file(path)
    assert _contents(read) == _contents(bundle_from(*coded.exchange.bundle(**args)))
    assert (summary.articles, summary.annotations) == (len(read.articles),
                                                         len(read.annotations))
    assert read.manifest["counts"]["annotations"] == len(read.annotations)


def test_the_file_is_read_and_written_a_chunk_of_articles_at_a_time(coded, tmp_path,
                                                                    monkeypatch):
    asked: list[int] = []
    real = Exchange.items

    def items(self, ids, *args, **kwargs):
        asked.append(len(ids))
        return real(self, ids, *args, **kwargs)

    monkeypatch.setattr(Exchange, "items", items)
    coded.exchange.export_file(tmp_path / "out.kutip")
    assert asked and max(asked) <= base.CHUNK  # (never every article at once)
    read = read_kutip_file(tmp_path / "out.kutip")
    assert (len(read.articles), len(read.annotations), len(read.deleted_articles)) == (3, 3, 1)


def test_its_web_annotation_collection_reads_back_as_annotations(coded, tmp_path):
    """The annotations member stays a W3C AnnotationCollection (its ``total`` after its
    items: counted as they are written)."""
    import json
    import zipfile

    path = tmp_path / "out.kutip"
    coded.exchange.export_file(path)
    with zipfile.ZipFile(path) as archive:
        collection = json.loads(archive.read("annotations.jsonld"))
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == len(collection["first"]["items"]) == 3
    assert set(collection["kutip:tagIds"]) == {"sumber", "sumber/resmi", "klaim"}
