"""Three libraries sharing an article: random edits of its annotations (notes, tags added,
speakers set, kinds changed, annotations added and deleted, tags renamed, speakers merged,
renamed and given aliases, merges undone) and random one-way merges, then every pair
exchanging until quiet: all three must hold the same speakers (names and aliases) and
annotations (review R21-4's combined edits and R21-14's travelling speaker merges must
never leave libraries apart; speaker merges in opposite directions did, before the name was
decided across libraries, and a speaker's plain rename did in 4 walks of 30, R20-2b)."""

from __future__ import annotations

import random

import pytest

from reader.core.library import LibraryError, NotFound, open_library

STORY = "tests/data/import/antara_banjir.txt"


def _state(library):
    speakers = sorted((s.name, sorted(a.casefold() for a in s.aliases))
                      for s in library.speakers.all())
    return speakers, sorted((n.exact, n.kind, tuple(sorted(t.casefold() for t in n.tags)),
                             n.note, n.speaker.casefold())
                            for n in library.annotations.where(everyone=True))


# (149, 185, 309: seeds of range(30, 330) apart before review R24-5 and R24-6; 319: R24-12)
@pytest.mark.parametrize("seed", [*range(20), 149, 185, 309, 319])
def test_three_libraries_editing_and_merging_at_random_end_alike(tmp_path, seed):
    rng = random.Random(seed)
    libraries = [open_library(tmp_path / f"{i}.sqlite") for i in range(3)]
    reports: list[list] = [[], [], []]
    try:
        first = libraries[0]
        first.imports.paths([STORY])
        [article_id] = first.articles.ids()
        first.annotations.add_exact(article_id, "Kami sudah mengerahkan tim", kind="quote",
                                    tags=["banjir"])
        first.annotations.add_exact(article_id, "Jakarta Timur", kind="highlight",
                                    tags=["lokasi"])
        first.exchange.export_file(tmp_path / "start.kutip")
        for library in libraries[1:]:
            library.exchange.merge(tmp_path / "start.kutip")
        files = 0
        for step in range(18):
            k = rng.randrange(3)
            library = libraries[k]
            notes = library.annotations.where(everyone=True)
            what = rng.choice(["note", "tag", "speaker", "rename", "speakers", "srename",
                               "alias", "add", "delete", "kind", "undo", "merge", "merge",
                               "merge"])
            try:
                if what == "note":
                    library.annotations.update(rng.choice(notes).id, note=f"n{step}")
                elif what == "tag":
                    note = rng.choice(notes)
                    library.annotations.update(note.id, tags=[*note.tags, f"t{step}"])
                elif what == "speaker":
                    quotes = [n for n in notes if n.kind == "quote"]
                    if quotes:
                        library.annotations.update(rng.choice(quotes).id,
                                                   speaker=rng.choice(["Abdul Muhari",
                                                                       "Ani Sutrisno"]))
                elif what == "speakers":
                    names = [s.name for s in library.speakers.all()]
                    if len(names) >= 2:
                        library.speakers.merge(*rng.sample(names, 2))
                elif what == "srename":
                    names = [s.name for s in library.speakers.all()]
                    if names:
                        library.speakers.rename(rng.choice(names), f"S{step}")
                elif what == "alias":
                    names = [s.name for s in library.speakers.all()]
                    if names:
                        library.speakers.add_alias(rng.choice(names), f"a{step}")
                elif what == "add":
                    library.annotations.add_exact(library.articles.ids()[0], rng.choice(
                        ["Kami sudah mengerahkan tim", "Jakarta Timur", "warga"]),
                        kind=rng.choice(["quote", "claim", "highlight"]))
                elif what == "delete":
                    library.annotations.delete(rng.choice(notes).id)
                elif what == "kind":
                    library.annotations.update(rng.choice(notes).id, kind=rng.choice(
                        ["quote", "claim", "highlight"]))
                elif what == "undo":
                    if reports[k]:
                        library.exchange.undo_merge(reports[k].pop())
                elif what == "rename":
                    old = rng.choice([t.name for t in library.tags.all()])
                    library.tags.rename(old, f"{old}-{step}")
                else:
                    source, target = rng.sample(range(3), 2)
                    files += 1
                    libraries[source].exchange.export_file(tmp_path / f"{files}.kutip")
                    reports[target].append(
                        libraries[target].exchange.merge(tmp_path / f"{files}.kutip"))
            except (LibraryError, NotFound, IndexError):
                pass  # (a step the library refuses: a name taken, nothing to do)
        for _ in range(3):
            for source in libraries:
                for target in libraries:
                    if source is not target:
                        files += 1
                        source.exchange.export_file(tmp_path / f"{files}.kutip")
                        target.exchange.merge(tmp_path / f"{files}.kutip")
        states = [_state(library) for library in libraries]
        assert states[0] == states[1] == states[2]
    finally:
        for library in libraries:
            library.close()
