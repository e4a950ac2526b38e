"""What a tag's rename, merge or delete reads and hashes to note its annotations' versions
(review R20-1's cost since 395781f: two whole reads of every annotation with the tag and two
fingerprints each, ~0.1-0.3 ms an annotation: a tag on 40,000 of the 100,000-article
library's annotations took 21 s wall, 4.9 s CPU). The annotations are read once; afterwards
only their tags are, and only the versions the change altered are hashed. The versions noted
are the ones an edit of the tags would note."""

from __future__ import annotations

import pytest

from reader.core.export import kutipfile
from reader.core.library import open_library
from reader.core.library.annotations import fingerprint
from reader.core.library.articles import event_name
from reader.core.models import ImportedArticle
from reader.core.textnorm import content_hash

TEXT = " ".join(f'Kalimat {i}: "Kami tidak ingin berperang {i}," kata juru bicara.'
                for i in range(12))


@pytest.fixture(params=["sqlite", "postgres"])
def library(request, tmp_path):
    if request.param == "postgres":  # (a team library: the same reads)
        library = open_library(request.getfixturevalue("pg_url"), seed=False)
    else:
        library = open_library(tmp_path / "lib.sqlite", seed=False)
    article_id, _ = library.articles.add(ImportedArticle(
        title="T", text=TEXT, source="s", content_hash=content_hash(TEXT)))
    for i in range(12):
        start = TEXT.index(f"berperang {i},")
        tags = ["Framing/Econ", "bi"] if i % 3 else ["framing/econ"]
        library.annotations.add(article_id, start, start + 11, "quote", tags=tags)
    library.exchange.snapshot()  # (exported once: the library's versions are known)
    yield library
    library.close()


class _Counted:
    def __init__(self, monkeypatch, library):
        self.reads = 0  # whole annotations read (the store's ``where``, a query a chunk)
        self.hashed = 0  # fingerprints made
        store = library.annotations._store
        where, hash_ = store.where, kutipfile.annotation_fingerprint

        def counted_where(*args, **kwargs):
            self.reads += 1
            return where(*args, **kwargs)

        def counted_hash(*args, **kwargs):
            self.hashed += 1
            return hash_(*args, **kwargs)

        monkeypatch.setattr(store, "where", counted_where)
        monkeypatch.setattr(kutipfile, "annotation_fingerprint", counted_hash)


def _versions(library):
    return {(str(uuid), str(version)) for uuid, version in library.stores.db.execute(
        "SELECT annotation_uuid, fingerprint FROM merge_versions").fetchall()}


@pytest.mark.parametrize("change", ["rename", "merge", "delete"])
def test_a_tag_change_reads_its_annotations_once_and_notes_their_old_versions(
        library, monkeypatch, change):
    before = {n.uuid: fingerprint(n) for n in library.annotations.where(everyone=True)}
    had = _versions(library)
    counted = _Counted(monkeypatch, library)
    if change == "rename":
        library.tags.rename("framing/econ", "framing/economy")
    elif change == "merge":
        library.tags.merge_tree("framing/econ", "bi")
    else:
        library.tags.delete_tree("framing")
    assert counted.reads == 1  # (was 2: before and after the write)
    hashed = counted.hashed
    after = {n.uuid: fingerprint(n) for n in library.annotations.where(everyone=True)}
    altered = {uuid for uuid in before if before[uuid] != after[uuid]}
    # (a merge into "bi" leaves the 8 that had both with "bi" alone: still altered)
    assert len(altered) == 12
    assert hashed == 2 * len(altered)
    noted = {(uuid, v) for uuid, v in _versions(library) - had if uuid in before}
    assert noted == {(uuid, event_name(before[uuid], 0)) for uuid in altered}


def test_a_rename_that_changes_only_the_case_hashes_nothing(library, monkeypatch):
    """The fingerprint holds the tags case-blind: no version changes, none is hashed (each
    of the 12 was hashed twice before) and none noted."""
    had = _versions(library)
    counted = _Counted(monkeypatch, library)
    library.tags.rename("framing/econ", "framing/ECON")
    assert counted.reads == 1
    assert counted.hashed == 0
    assert {(uuid, v) for uuid, v in _versions(library) - had if not v.startswith("name:")} == set()
    assert {tuple(n.tags) for n in library.annotations.where(everyone=True)} == {
        ("bi", "framing/ECON"), ("framing/ECON",)}


@pytest.mark.parametrize("tags", [[], ["Bi"], ["framing/Economy", "bi", "BI"]])
def test_the_value_with_other_tags_is_the_value_of_the_item_with_them(tags):
    item = {"kind": "quote", "exact": "Kami", "start": 3, "end": 7, "speaker": " Ana  B ",
            "verdict": "", "note": "n", "tags": ["x", "Framing/Econ"], "coder": "Budi"}
    assert kutipfile.with_tags(kutipfile.fingerprint_value(item), tags) == (
        kutipfile.fingerprint_value({**item, "tags": tags}))
