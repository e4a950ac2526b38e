"""Review R24b-2: what a speaker's rename or merge reads and hashes to note its quotes'
versions (R20-2b's ``Annotations.noting_speaker_versions`` read every quote of the speaker
whole twice, before and after the write, and hashed both versions of each: the cost a tag's
rename had before review R20-1's fix, ~55 µs a quote kept, the rest twice). The quotes are
read once; afterwards only their speakers' names are, and only the versions the change
altered are hashed. The versions noted are the ones before the change, as an edit notes."""

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
        speaker = "Abdul Muhari" if i % 3 else "Kapusdatin BNPB"
        library.annotations.add(article_id, start, start + 11, "quote", speaker=speaker)
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


@pytest.mark.parametrize("change", ["rename", "merge"])
def test_a_speaker_change_reads_its_quotes_once_and_notes_their_old_versions(
        library, monkeypatch, change):
    before = {n.uuid: fingerprint(n) for n in library.annotations.where(everyone=True)}
    had = _versions(library)
    counted = _Counted(monkeypatch, library)
    if change == "rename":
        library.speakers.rename("Abdul Muhari", "Abdul Muhari (BNPB)")
    else:
        library.speakers.merge("Abdul Muhari", "Kapusdatin BNPB")
    assert counted.reads == 1  # (was 2: before and after the write)
    hashed = counted.hashed
    after = {n.uuid: fingerprint(n) for n in library.annotations.where(everyone=True)}
    altered = {uuid for uuid in before if before[uuid] != after[uuid]}
    assert len(altered) == 8  # (Abdul Muhari's quotes)
    assert hashed == 2 * len(altered)
    noted = {(uuid, v) for uuid, v in _versions(library) - had if uuid in before}
    assert noted == {(uuid, event_name(before[uuid], 0)) for uuid in altered}


def test_a_rename_that_changes_only_the_case_hashes_nothing(library, monkeypatch):
    """The fingerprint holds the speaker case- and space-blind: no version changes, none
    is hashed (each of the 8 was hashed twice before) and none noted."""
    had = _versions(library)
    counted = _Counted(monkeypatch, library)
    library.speakers.rename("Abdul Muhari", "ABDUL  Muhari")
    assert counted.reads == 1
    assert counted.hashed == 0
    assert {(uuid, v) for uuid, v in _versions(library) - had
            if uuid in {n.uuid for n in library.annotations.where(everyone=True)}} == set()
    assert {n.speaker for n in library.annotations.where(everyone=True)} == {
        "ABDUL  Muhari", "Kapusdatin BNPB"}


@pytest.mark.parametrize("speaker", ["", "Budi", " ana  B "])
def test_the_value_with_another_speaker_is_the_value_of_the_item_with_it(speaker):
    item = {"kind": "quote", "exact": "Kami", "start": 3, "end": 7, "speaker": " Ana  B ",
            "verdict": "", "note": "n", "tags": ["x", "Framing/Econ"], "coder": "Budi"}
    assert kutipfile.with_speaker(kutipfile.fingerprint_value(item), speaker) == (
        kutipfile.fingerprint_value({**item, "speaker": speaker}))
