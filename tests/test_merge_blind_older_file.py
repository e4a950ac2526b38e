"""Review R24-3: RR22-3 (session 23) compares blind-coding decisions by what each library
knew. A file without blind-coding events (written by a Kutip before session 20) knows
nothing, so a library that turned blind coding off itself was no longer "later": merging
such a file again, one it had merged before, coded the collection blind again (reported as
"coded blind here too"). Before RR22-3 the turning off here stood, as KUTIPFILE.md's
"merging one's own older state back does not turn it on again" says. A file without the
events turns on only what this library never turned off."""

from __future__ import annotations

import json
import zipfile

from reader.core.library import open_library

STORY = "tests/data/import/antara_banjir.txt"


def _without_events(source, target):
    """The file as a Kutip before session 20 wrote it: collections without versions."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "collections.json":
                collections = json.loads(data)
                for collection in collections:
                    collection.pop("versions", None)
                data = json.dumps(collections).encode("utf-8")
            new.writestr(name, data)


def test_an_older_file_does_not_turn_blind_coding_on_where_it_was_turned_off(tmp_path):
    a = open_library(tmp_path / "a.sqlite")
    b = open_library(tmp_path / "b.sqlite")
    try:
        a.imports.paths([STORY])
        sample = a.collections.id_of("Sampel", create=True)
        a.collections.add(a.articles.ids(), sample)
        a.coders.set_blind(sample)
        a.exchange.export_file(tmp_path / "a0.kutip")
        _without_events(tmp_path / "a0.kutip", tmp_path / "old.kutip")
        assert b.exchange.merge(tmp_path / "old.kutip").collections_blinded == 1
        b.coders.set_blind(b.collections.id_of("Sampel"), False)  # (B's own decision)

        report = b.exchange.merge(tmp_path / "old.kutip")  # (the same file again)

        assert b.coders.blind_collections() == []  # (was: coded blind again)
        assert (report.collections_blinded, report.collections_blind_kept_off) == (0, 1)
        # a library that never turned it off still codes such a file's collection blind
        c = open_library(tmp_path / "c.sqlite")
        try:
            assert c.exchange.merge(tmp_path / "old.kutip").collections_blinded == 1
        finally:
            c.close()
    finally:
        a.close()
        b.close()
