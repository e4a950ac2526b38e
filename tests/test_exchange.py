"""The portable library file and the merge (issue 14): two coders code the same corpus in
their own libraries, and the libraries merge with every annotation present once.

The corpus is the seed article and real news from ``tests/data/quotes_real/dev`` (their
``.json`` names the public source of each), with the labelled quotes as one coder's work.
"""

import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from reader.core.export import kutipfile
from reader.core.library import LibraryError, open_library
from reader.core.library.articles import ArticleFilter
from reader.core.models import ImportedArticle
from reader.core.textnorm import content_hash

REAL = Path(__file__).parent / "data" / "quotes_real" / "dev"
ARTICLES = ["001_detik_id", "002_liputan6_id"]


def _library(path, coder):
    library = open_library(path, seed=True)
    library.imports.paths([REAL / f"{name}.txt" for name in ARTICLES])
    library.coders.use(coder)
    return library


def _code_labelled_quotes(library, every=1):
    """The hand-labelled quotes of the real articles, as this coder's quotes."""
    for name in ARTICLES:
        labels = json.loads((REAL / f"{name}.json").read_text(encoding="utf-8"))
        article_id = _id_of(library, labels["quotes"][0]["exact"])
        for quote in labels["quotes"][::every]:
            library.annotations.add_exact(article_id, quote["exact"], kind="quote",
                                          speaker=quote["speaker"], tags=["source/official"])


def _id_of(library, words):
    for article_id in library.articles.ids():
        if words in library.articles.text(article_id):
            return article_id
    raise AssertionError("article not imported")


def _state(library):
    """Everything a merge could change, by identity (not by row id)."""
    notes = sorted((n.uuid, n.kind, n.exact, n.start, n.end, n.speaker, tuple(n.tags), n.note,
                    n.verdict, n.coder) for n in library.annotations.where())
    return {
        "articles": sorted((a.content_hash, a.title) for a in
                           library.articles.rows(library.articles.ids())),
        "annotations": notes,
        "tags": sorted(t.name for t in library.tags.all()),
        "speakers": sorted((s.name, tuple(s.aliases)) for s in library.speakers.all()),
        "coders": sorted(c.name for c in library.coders.all()),
        "collections": sorted((c.name, c.articles) for c in library.collections.all()),
    }


@pytest.fixture
def two(tmp_path):
    ana = _library(tmp_path / "ana.sqlite", "Ana")
    budi = _library(tmp_path / "budi.sqlite", "Budi")
    seed = ana.articles.ids()[0]
    ana.annotations.add_exact(seed, "Kami tidak ingin berperang", kind="quote",
                              speaker="Lavrov", tags=["framing/diplomacy"])
    _code_labelled_quotes(ana)
    budi.annotations.add_exact(seed, "Kami tidak ingin berperang", kind="quote",
                               speaker="Sergey Lavrov", tags=["framing"])
    _code_labelled_quotes(budi, every=2)
    yield ana, budi
    ana.close()
    budi.close()


def test_two_coders_merge_with_every_annotation_once_and_again_changes_nothing(two, tmp_path):
    ana, budi = two
    before_ana = {n.uuid for n in ana.annotations.where()}
    before_budi = {n.uuid for n in budi.annotations.where()}
    ana.exchange.export_file(tmp_path / "ana.kutip")

    report = budi.exchange.merge(tmp_path / "ana.kutip")

    assert report.annotations_added == len(before_ana)
    assert report.articles_added == 0 and report.articles_present == 3
    merged = [n.uuid for n in budi.annotations.where()]
    assert sorted(merged) == sorted(before_ana | before_budi)  # each once, none lost
    coders = {c.name: c.annotations for c in budi.coders.all()}
    assert coders["Ana"] == len(before_ana) and coders["Budi"] == len(before_budi)
    # the agreement of the two coders can now be computed in one library
    assert budi.agreement.report(coders=["Ana", "Budi"]).comparisons

    state = _state(budi)
    again = budi.exchange.merge(tmp_path / "ana.kutip")
    assert not again.changed_anything
    assert again.annotations_skipped == len(before_ana)
    assert _state(budi) == state

    # and back: Ana's library takes Budi's, both end the same
    budi.exchange.export_file(tmp_path / "budi.kutip")
    ana.exchange.merge(tmp_path / "budi.kutip")
    assert _state(ana)["annotations"] == _state(budi)["annotations"]


def test_a_new_library_gets_articles_text_metadata_speakers_aliases_and_collections(
        two, tmp_path):
    ana, _ = two
    seed = ana.articles.ids()[0]
    collection = ana.collections.create("Ukraina")
    ana.collections.add([seed], collection.id)
    ana.speakers.add_alias("Sergey Lavrov", "Menlu Rusia")
    ana.exchange.export_file(tmp_path / "ana.kutip")
    empty = open_library(tmp_path / "new.sqlite", seed=False)

    report = empty.exchange.merge(tmp_path / "ana.kutip")

    assert report.articles_added == 3
    original, copy = ana.articles.get(seed), empty.articles.rows(empty.articles.ids())
    copied = next(a for a in copy if a.content_hash == original.content_hash)
    assert empty.articles.text(copied.id) == ana.articles.text(seed)
    assert (copied.uuid, copied.title, copied.source, copied.published) == (
        original.uuid, original.title, original.source, original.published)
    assert _state(empty)["annotations"] == _state(ana)["annotations"]
    assert _state(empty)["speakers"] == _state(ana)["speakers"]
    lavrov = empty.speakers.get("Menlu Rusia")
    assert lavrov.name == "Sergey Lavrov" and lavrov.uuid == ana.speakers.get("Lavrov").uuid
    assert [(c.name, c.articles) for c in empty.collections.all()] == [("Ukraina", 1)]
    assert {t.name: t.colour for t in empty.tags.all()} == {
        t.name: t.colour for t in ana.tags.all()}
    empty.close()


def test_speakers_match_by_alias_and_tags_by_name(two, tmp_path):
    ana, budi = two
    budi.speakers.add_alias("Sergey Lavrov", "Menlu Rusia")
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    lavrovs = [s for s in budi.speakers.all() if "Lavrov" in s.name]
    assert len(lavrovs) == 1 and "Lavrov" in lavrovs[0].aliases  # one person, one row
    assert {s.name for s in ana.speakers.all()} <= {s.name for s in budi.speakers.all()}
    assert len([t for t in budi.tags.all() if t.name == "framing"]) == 1


def _edit(library, uuid, **changes):
    time.sleep(1.05)  # timestamps have a second's resolution: the edit is the newer one
    note = next(n for n in library.annotations.where() if n.uuid == uuid)
    return library.annotations.update(note.id, **changes)


def test_an_edit_on_one_side_is_an_update_not_a_conflict(two, tmp_path):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    uuid = next(n.uuid for n in ana.annotations.where() if n.exact.startswith("Kami"))
    _edit(ana, uuid, note="Lavrov, 22 Dec", tags=["framing/diplomacy", "checked"])
    ana.exchange.export_file(tmp_path / "ana2.kutip")

    report = budi.exchange.merge(tmp_path / "ana2.kutip")

    assert (report.annotations_updated, report.conflicts) == (1, [])
    mine = next(n for n in budi.annotations.where() if n.uuid == uuid)
    assert (mine.note, mine.tags) == ("Lavrov, 22 Dec", ["checked", "framing/diplomacy"])
    # Budi edits it next; Ana merges Budi's file: again an update (Budi saw Ana's version)
    _edit(budi, uuid, note="Lavrov, 22 December")
    budi.exchange.export_file(tmp_path / "budi.kutip")
    report = ana.exchange.merge(tmp_path / "budi.kutip")
    assert (report.annotations_updated, report.conflicts) == (1, [])
    # an older file merged afterwards does not take the edit back
    report = ana.exchange.merge(tmp_path / "ana.kutip")
    assert not report.changed_anything
    assert next(n for n in ana.annotations.where() if n.uuid == uuid).note \
        == "Lavrov, 22 December"


def test_edits_on_both_sides_are_kept_both_newest_first_and_merging_again_adds_nothing(
        two, tmp_path):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    uuid = next(n.uuid for n in ana.annotations.where() if n.exact.startswith("Kami"))
    _edit(ana, uuid, note="Ana's reading")
    _edit(budi, uuid, note="Budi's reading")  # the newer
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    budi.exchange.export_file(tmp_path / "budi2.kutip")
    count = len(budi.annotations.where())

    report = budi.exchange.merge(tmp_path / "ana2.kutip")

    assert len(report.conflicts) == 1 and report.annotations_updated == 0
    conflict = report.conflicts[0]
    assert [v.note for v in conflict.versions] == ["Budi's reading", "Ana's reading"]
    assert conflict.versions[0].updated_at > conflict.versions[1].updated_at
    notes = {n.uuid: n.note for n in budi.annotations.where()}
    assert notes[uuid] == "Budi's reading"  # the newer keeps the annotation's id
    assert notes[conflict.versions[1].uuid] == "Ana's reading"  # the older: a kept copy
    assert len(notes) == count + 1

    # Ana merges Budi's file: the same outcome, the same copy (no third version)
    report = ana.exchange.merge(tmp_path / "budi2.kutip")
    assert len(report.conflicts) == 1
    assert _state(ana)["annotations"] == _state(budi)["annotations"]
    for library, name in ((ana, "ana2"), (budi, "budi2")):
        again = library.exchange.merge(tmp_path / f"{name}.kutip")
        assert not again.changed_anything, again.summary()
    assert _state(ana)["annotations"] == _state(budi)["annotations"]


def test_a_dry_run_reports_and_writes_nothing(two, tmp_path):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    state = _state(budi)
    heard = []
    budi.subscribe(heard.append)
    report = budi.exchange.merge(tmp_path / "ana.kutip", dry_run=True)
    assert report.dry_run and report.annotations_added == len(ana.annotations.where())
    assert _state(budi) == state and heard == []
    assert "nothing written" in report.summary()


def test_the_merge_is_one_change_that_undo_takes_back(two, tmp_path):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    uuid = next(n.uuid for n in ana.annotations.where() if n.exact.startswith("Kami"))
    _edit(ana, uuid, note="later")
    ana.collections.create("Ukraina")
    ana.collections.add(ana.articles.ids()[:1], ana.collections.id_of("Ukraina"))
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    state = _state(budi)
    heard = []
    budi.subscribe(heard.append)

    report = budi.exchange.merge(tmp_path / "ana2.kutip")

    assert report.annotations_updated == 1 and report.collections_added == 1
    assert heard == [report.changes] and "annotations" in report.changes
    budi.exchange.undo_merge(report)
    assert _state(budi) == state
    # and merging it again after the undo does the same again
    assert budi.exchange.merge(tmp_path / "ana2.kutip").annotations_updated == 1


def test_blind_coding_hides_nothing_from_an_exchange(two, tmp_path):
    """On articles coded blind a coder sees only their own annotations; the file carries
    everyone's, and the merge finds everyone's (nothing is added twice)."""
    ana, budi = two
    everyone = {n.uuid for n in ana.annotations.where(everyone=True)}
    collection = ana.collections.create("Studi")
    ana.collections.add(ana.articles.ids(), collection.id)
    ana.coders.set_blind(collection.id)
    ana.coders.use("Budi")  # Budi codes blind on Ana's computer: Ana's work is hidden
    assert {n.uuid for n in ana.annotations.where()} != everyone
    ana.exchange.export_file(tmp_path / "ana.kutip")
    assert {a["uuid"] for a in kutipfile.read_kutip_file(tmp_path / "ana.kutip").annotations} \
        == everyone
    assert not ana.exchange.merge(tmp_path / "ana.kutip").changed_anything


def test_a_collection_coded_blind_is_coded_blind_where_it_is_merged(two, tmp_path):
    """Review R18-13: the file did not carry "coded blind": a study's sample merged into a
    library several coders share arrived as an ordinary collection, and its coders saw
    each other's work there, without a word. Now blind there too (never turned off by a
    merge), said in the report; undoing the merge turns off what it turned on."""
    ana, budi = two
    sample = ana.collections.create("Sampel")
    ana.collections.add(ana.articles.ids(), sample.id)
    ana.coders.set_blind(sample.id)
    ana.exchange.export_file(tmp_path / "ana.kutip")
    [entry] = kutipfile.read_kutip_file(tmp_path / "ana.kutip").collections
    assert entry["blind"] is True
    budi.collections.create("Sampel")  # Budi's own, not (yet) coded blind
    report = budi.exchange.merge(tmp_path / "ana.kutip")
    assert (report.collections_added, report.collections_blinded) == (0, 1)
    assert "1 collections coded blind here too" in report.summary()
    assert budi.coders.blind_collections() == [budi.collections.id_of("Sampel")]
    budi.coders.use("Ana")  # on the sample each coder sees only their own work now
    assert {n.coder for n in budi.annotations.where()} == {"Ana"}
    budi.exchange.undo_merge(report)
    assert budi.coders.blind_collections() == []
    # a library coding it blind stays so when a file (or an older one) says not
    ana.coders.set_blind(sample.id, False)
    ana.exchange.export_file(tmp_path / "open.kutip")
    budi.coders.set_blind(budi.collections.id_of("Sampel"))
    assert budi.exchange.merge(tmp_path / "open.kutip").collections_blinded == 0
    assert budi.coders.blind_collections() == [budi.collections.id_of("Sampel")]


def test_a_long_speaker_description_travels_in_the_file(two, tmp_path):
    """Review R19-4: the file's reader refused a description over 100 characters, so a
    library whose Accept All had made one from a long role (103 characters, real) could
    not be merged anywhere, nor pushed. One limit for both sides: what a library holds."""
    from reader.core.library import LibraryError
    from reader.core.models import MAX_DESCRIPTION_LENGTH

    ana, budi = two
    role = ("president of the National Treasury Employees Union chapter at the department's"
            " headquarters building in")
    long = "Menteri Luar Negeri Rusia sejak 2004; " * 70  # (2,660 characters)
    ana.speakers.create("Anthony Reardon", description=role)
    ana.speakers.create("Sergei Ryabkov", description=long.strip())
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    assert budi.speakers.get("Anthony Reardon").description == role
    assert budi.speakers.get("Sergei Ryabkov").description == long.strip()
    with pytest.raises(LibraryError, match="at most 10,000 characters"):
        ana.speakers.set_description("Sergei Ryabkov", "x" * (MAX_DESCRIPTION_LENGTH + 1))
    ana.speakers.id_of("Nobody Long", create=True, description="y" * 20_000)  # (a role)
    assert len(ana.speakers.get("Nobody Long").description) == MAX_DESCRIPTION_LENGTH


def test_a_snapshot_merges_without_a_file(two):
    """The team library's way: one library's snapshot merged straight into another."""
    ana, budi = two
    report = budi.exchange.merge_bundle(ana.exchange.snapshot())
    assert report.annotations_added == len(ana.annotations.where())
    assert not budi.exchange.merge_bundle(ana.exchange.snapshot()).changed_anything


# ---------------------------------------------------------------------- bad input
def _rewrite(source, target, **members):
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name in members:
                value = json.loads(data)
                members[name](value)
                data = json.dumps(value).encode()
            new.writestr(name, data)
    return target


def _first_annotation(jsonld):
    return jsonld["first"]["items"][0]


def _set_offsets(jsonld):
    _first_annotation(jsonld)["target"]["selector"][1].update(start=10**6, end=10**6 + 5)


def _newer(manifest):
    manifest["version"] = kutipfile.FORMAT_VERSION + 1


def _other_text(articles):
    articles[0]["text"] += " (edited)"


BAD = {
    "malformed": (lambda src, dst: dst.write_bytes(b"PK\x03\x04 not really a zip"),
                  "not a Kutip library file"),
    "truncated": (lambda src, dst: dst.write_bytes(src.read_bytes()[:-200]),
                  "not a Kutip library file"),
    "newer": (lambda src, dst: _rewrite(src, dst, **{"manifest.json": _newer}),
              "made by a newer Kutip"),
    "offsets": (lambda src, dst: _rewrite(src, dst, **{"annotations.jsonld": _set_offsets}),
                "outside its article's text"),
    "text vs hash": (lambda src, dst: _rewrite(src, dst, **{"articles.json": _other_text}),
                     "does not match its content hash"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_is_one_line_and_changes_nothing(two, tmp_path, case):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    make, message = BAD[case]
    make(tmp_path / "ana.kutip", tmp_path / "bad.kutip")
    state = _state(budi)
    with pytest.raises(ValueError) as error:
        budi.exchange.merge(tmp_path / "bad.kutip")
    assert message in str(error.value) and "\n" not in str(error.value)
    assert _state(budi) == state


def _placed_right(library):
    """Every annotation's words are the text's at its offsets (or it is an orphan)."""
    for n in library.annotations.where(everyone=True):
        if n.start is not None:
            assert library.articles.text(n.article_id)[n.start:n.end] == n.exact, n


def _article_of(library, uuid):
    return next(a.id for a in library.articles.rows(library.articles.ids()) if a.uuid == uuid)


CORRECTION = "Koreksi: berita ini diperbarui pada pukul 10.00 WIB.\n\n"


def _a_copy_corrected_later(ana, tmp_path):
    """Ana's first article, a copy of her library (coder Citra) and its article there,
    whose page was corrected a second later than hers."""
    seed = ana.articles.ids()[0]
    uuid = ana.articles.get(seed).uuid
    ana.exchange.export_file(tmp_path / "ana.kutip")
    copy = open_library(tmp_path / "copy.sqlite", seed=False)
    copy.exchange.merge(tmp_path / "ana.kutip")
    copy.coders.use("Citra")
    mine = _article_of(copy, uuid)
    time.sleep(1.1)  # (a later second: the copy's text is the newer)
    copy.texts.replace(mine, CORRECTION + copy.articles.text(mine))  # a corrected page
    return seed, copy, mine


def test_a_text_edited_on_the_other_side_merges_with_everything_else(two, tmp_path):
    """Review R17-7: the merge was refused WHOLE ("has another text in this library under the
    same id; nothing was merged"). Now the newer text wins as a re-import's does, the
    annotations here are placed again in it, and the rest merges."""
    ana, budi = two
    seed, copy, mine = _a_copy_corrected_later(ana, tmp_path)
    copy.annotations.add_exact(mine, "Koreksi", kind="highlight", tags=["correction"])
    baru = "Satu berita baru dari Citra."
    copy.articles.add(ImportedArticle(title="Baru", text=baru, content_hash=content_hash(baru)))
    copy.exchange.export_file(tmp_path / "copy.kutip")
    before = len(ana.annotations.where(everyone=True))

    report = ana.exchange.merge(tmp_path / "copy.kutip")
    assert report.texts_replaced == [ana.articles.get(seed).title] and not report.texts_kept
    assert ana.articles.text(seed) == copy.articles.text(mine)  # the newer text, here
    assert report.articles_added == 1 and report.annotations_added == 1  # the rest merged
    assert len(ana.annotations.where(everyone=True)) == before + 1  # none lost
    quote = next(n for n in ana.annotations.where(article_ids=[seed], everyone=True)
                 if n.exact == "Kami tidak ingin berperang")
    assert quote.start == ana.articles.text(seed).index("Kami tidak ingin berperang")
    assert quote.start > len(CORRECTION)  # placed again in the new text
    _placed_right(ana)
    assert "texts edited on one side: 1 replaced" in report.summary()
    assert not ana.exchange.merge(tmp_path / "copy.kutip").changed_anything  # again: nothing

    ana.exchange.undo_merge(report)
    assert ana.articles.text(seed) == copy.articles.text(mine)[len(CORRECTION):]
    assert len(ana.annotations.where(everyone=True)) == before
    _placed_right(ana)

    # the other way: the older file's annotations are placed in the newer text kept here
    ana.annotations.add_exact(seed, "Rusia", kind="highlight")
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    had = len(copy.annotations.where(everyone=True))
    back = copy.exchange.merge(tmp_path / "ana2.kutip")
    assert back.texts_kept == [copy.articles.get(mine).title] and not back.texts_replaced
    assert copy.articles.text(mine).startswith(CORRECTION)
    assert len(copy.annotations.where(everyone=True)) == had + 1
    rusia = next(n for n in copy.annotations.where(article_ids=[mine], everyone=True)
                 if n.exact == "Rusia" and n.kind == "highlight")
    assert rusia.start is not None and rusia.start > len(CORRECTION)
    _placed_right(copy)
    copy.close()


def test_undo_of_a_merge_leaves_a_text_re_imported_since(two, tmp_path):
    """R17-7's undo (reread17): the merge's newer text was re-imported or edited after the
    merge; undoing the merge put the older text back over it, and the spans of the snapshot,
    so a note made on the newest text pointed at other words. Now refused whole, one line."""
    ana, _ = two
    seed, copy, _ = _a_copy_corrected_later(ana, tmp_path)
    copy.exchange.export_file(tmp_path / "copy.kutip")
    copy.close()
    report = ana.exchange.merge(tmp_path / "copy.kutip")
    assert report.texts_replaced
    newest = "Ralat kedua.\n\n" + ana.articles.text(seed)
    ana.texts.replace(seed, newest)  # (a re-import after the merge)
    ana.annotations.add_exact(seed, "Ralat kedua", kind="highlight")
    with pytest.raises(LibraryError) as refused:
        ana.exchange.undo_merge(report)
    assert "\n" not in str(refused.value)
    assert ana.articles.text(seed) == newest
    _placed_right(ana)


def _copy_edited_later(ana, tmp_path, edit):
    """A copy of Ana's library (merged from her file) whose seed article's text gets
    ``edit(text)`` a second later (so it is the newer); the copy and the article's id."""
    seed = ana.articles.ids()[0]
    ana.exchange.export_file(tmp_path / "ana.kutip")
    copy = open_library(tmp_path / "copy.sqlite", seed=False)
    copy.exchange.merge(tmp_path / "ana.kutip")
    mine = _article_of(copy, ana.articles.get(seed).uuid)
    time.sleep(1.1)
    copy.texts.replace(mine, edit(copy.articles.text(mine)))
    return copy, mine


def test_another_story_under_the_same_article_id_keeps_this_text_and_every_annotation(
        two, tmp_path):
    ana, _ = two
    seed = ana.articles.ids()[0]
    other = "Sebuah cerita lain sama sekali, tentang pasar ikan di Makassar pagi ini."
    copy, _mine = _copy_edited_later(ana, tmp_path, lambda _text: other)  # (orphans here)
    had = len(copy.annotations.where(everyone=True))
    state = _state(ana)
    copy.exchange.export_file(tmp_path / "copy.kutip")
    report = ana.exchange.merge(tmp_path / "copy.kutip", dry_run=True)
    assert report.texts_refused and _state(ana) == state  # a dry run writes nothing
    report = ana.exchange.merge(tmp_path / "copy.kutip")
    assert report.texts_refused == [ana.articles.get(seed).title]  # not a version: kept here
    assert ana.articles.text(seed) != other
    assert len(copy.annotations.where(everyone=True)) == had
    _placed_right(ana)
    copy.close()


def test_a_file_over_the_limit_is_refused_unread(two, tmp_path):
    _, budi = two
    big = tmp_path / "big.kutip"
    with open(big, "wb") as handle:  # sparse: no disk is used
        handle.truncate(kutipfile.MAX_FILE_BYTES + 1)
    with pytest.raises(ValueError, match="too large"):
        budi.exchange.merge(big)
    with open(tmp_path / "hundred.kutip", "wb") as handle:
        handle.truncate(100 * 2**20)  # 100 MB of nothing: not a Kutip file
    with pytest.raises(ValueError, match="not a Kutip library file"):
        budi.exchange.merge(tmp_path / "hundred.kutip")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(two, tmp_path):
    _, budi = two
    bomb = tmp_path / "bomb.kutip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": kutipfile.FORMAT_NAME,
                                                      "version": 1}))
        archive.writestr("articles.json", b"[" + b" " * (200 * 2**20) + b"]")
    assert os.path.getsize(bomb) < 2**20
    state = _state(budi)
    with pytest.raises(ValueError, match="zip bomb"):
        budi.exchange.merge(bomb)
    assert _state(budi) == state


# ---------------------------------------------------------------------- command line
def test_the_command_line_exports_and_merges(two, tmp_path, run):
    ana, budi = two
    out = tmp_path / "ana.kutip"
    result = run("export", "--format", "kutip", "-o", str(out), db=ana.path)
    assert result.exit_code == 0 and zipfile.is_zipfile(out)
    dry = run("merge", str(out), "--dry-run", db=budi.path)
    assert dry.exit_code == 0 and "Dry run" in dry.output
    merged = run("merge", str(out), "--json", db=budi.path)
    report = json.loads(merged.output)
    assert report["annotations_added"] == len(ana.annotations.where())
    again = json.loads(run("merge", str(out), "--json", db=budi.path).output)
    assert again["annotations_added"] == 0 and again["conflicts"] == []
    (tmp_path / "bad.kutip").write_bytes(b"nonsense")
    bad = run("merge", str(tmp_path / "bad.kutip"), db=budi.path)
    assert bad.exit_code == 1 and bad.output.count("\n") == 1
    assert "not a Kutip library file" in bad.output
    assert run("export", "--format", "kutip", db=ana.path).exit_code == 2  # -o is needed


def test_a_collection_exports_alone(two, tmp_path, run):
    ana, _ = two
    seed = ana.articles.ids()[0]
    ana.collections.create("Ukraina")
    ana.collections.add([seed], ana.collections.id_of("Ukraina"))
    out = tmp_path / "ukraina.kutip"
    assert run("export", "--format", "kutip", "--collection", "Ukraina", "-o", str(out),
               db=ana.path).exit_code == 0
    bundle = kutipfile.read_kutip_file(out)
    assert [a["uuid"] for a in bundle.articles] == [ana.articles.get(seed).uuid]
    assert {a["article"] for a in bundle.annotations} == {ana.articles.get(seed).uuid}


# ---------------------------------------------------------------------- deletions
# A deletion in one library leaves a tombstone (the annotation's UUID and the version
# deleted) that the portable file carries; merging it deletes the annotation in the other
# library too, unless it was edited there since: a conflict that keeps the edit.
# Reported, undoable, and merging again changes nothing.

def _uuid_of(library, start="Kami"):
    return next(n.uuid for n in library.annotations.where() if n.exact.startswith(start))


def _delete(library, uuid):
    note = next(n for n in library.annotations.where() if n.uuid == uuid)
    return library.annotations.delete(note.id)


def _shared(two, tmp_path):
    """Ana's library merged into Budi's (ana.kutip); the UUID of Ana's Lavrov quote."""
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    return ana, budi, _uuid_of(ana)


def _uuids(library):
    return {n.uuid for n in library.annotations.where()}


def test_a_deletion_travels_and_merging_again_changes_nothing(two, tmp_path):
    ana, budi, uuid = _shared(two, tmp_path)
    assert uuid in _uuids(budi)
    _delete(ana, uuid)
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    with zipfile.ZipFile(tmp_path / "ana2.kutip") as archive:
        [tombstone] = json.loads(archive.read("deleted.json"))
    assert tombstone["uuid"] == uuid and tombstone["version"] in tombstone["versions"]

    report = budi.exchange.merge(tmp_path / "ana2.kutip")

    assert (report.annotations_deleted, report.conflicts) == (1, [])
    assert "1 deleted" in report.summary()
    assert uuid not in _uuids(budi)
    assert not budi.exchange.merge(tmp_path / "ana2.kutip").changed_anything
    # the older file, which still holds it, does not bring it back, in either library
    for library in (budi, ana):
        again = library.exchange.merge(tmp_path / "ana.kutip")
        assert not again.changed_anything, again.summary()
        assert uuid not in _uuids(library)
    # and the deletion travels on from Budi to a third library that had it
    carol = _library(tmp_path / "third.sqlite", "Carol")
    carol.exchange.merge(tmp_path / "ana.kutip")
    budi.exchange.export_file(tmp_path / "budi.kutip")
    assert carol.exchange.merge(tmp_path / "budi.kutip").annotations_deleted == 1
    assert uuid not in _uuids(carol)
    carol.close()


def test_an_edit_after_the_deletion_is_a_conflict_that_keeps_the_edit(two, tmp_path):
    ana, budi, uuid = _shared(two, tmp_path)
    _delete(ana, uuid)
    _edit(budi, uuid, note="Budi checked this")  # made after Ana's copy was taken
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    budi.exchange.export_file(tmp_path / "budi2.kutip")

    report = budi.exchange.merge(tmp_path / "ana2.kutip")
    assert report.annotations_deleted == 0 and len(report.conflicts) == 1
    kept, deleted = report.conflicts[0].versions
    assert (kept.note, kept.origin, deleted.deleted, deleted.origin) == (
        "Budi checked this", "here", True, "file")
    assert uuid in _uuids(budi)  # no silent loss of Budi's edit

    report = ana.exchange.merge(tmp_path / "budi2.kutip")  # the edit comes back to Ana
    assert len(report.conflicts) == 1 and report.conflicts[0].versions[1].deleted
    assert next(n.note for n in ana.annotations.where() if n.uuid == uuid) \
        == "Budi checked this"
    assert _state(ana)["annotations"] == _state(budi)["annotations"]
    for library, name in ((ana, "budi2"), (budi, "ana2")):
        again = library.exchange.merge(tmp_path / f"{name}.kutip")
        assert not again.changed_anything, again.summary()


def test_undo_of_the_merge_puts_the_deleted_annotation_back(two, tmp_path):
    ana, budi, uuid = _shared(two, tmp_path)
    _delete(ana, uuid)
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    state = _state(budi)
    dry = budi.exchange.merge(tmp_path / "ana2.kutip", dry_run=True)
    assert dry.annotations_deleted == 1 and _state(budi) == state

    report = budi.exchange.merge(tmp_path / "ana2.kutip")
    assert uuid not in _uuids(budi)
    budi.exchange.undo_merge(report)
    assert _state(budi) == state
    assert budi.exchange.merge(tmp_path / "ana2.kutip").annotations_deleted == 1


def test_undoing_a_deletion_lifts_its_tombstone(two, tmp_path):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    removed = _delete(ana, _uuid_of(ana))
    ana.annotations.restore(removed)  # the app's Ctrl+Z
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    with zipfile.ZipFile(tmp_path / "ana2.kutip") as archive:
        assert json.loads(archive.read("deleted.json")) == []
    assert not budi.exchange.merge(tmp_path / "ana2.kutip").changed_anything


def test_a_file_without_deletions_still_merges(two, tmp_path):
    """Files written before tombstones existed have no deleted.json."""
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    with zipfile.ZipFile(tmp_path / "ana.kutip") as source, \
            zipfile.ZipFile(tmp_path / "old.kutip", "w") as target:
        for name in source.namelist():
            if name != "deleted.json":
                target.writestr(name, source.read(name))
    assert budi.exchange.merge(tmp_path / "old.kutip").annotations_added > 0


@pytest.mark.parametrize("tombstone", [
    {"uuid": "not-a-uuid", "version": "x"},
    {"uuid": "8a4e7e5e-8b1f-4f7e-9a53-5c7f0b1d2e3f", "version": ""},
    {"uuid": "8a4e7e5e-8b1f-4f7e-9a53-5c7f0b1d2e3f", "version": "x", "versions": "x"},
    "just text",
])
def test_a_bad_tombstone_is_one_line_and_changes_nothing(two, tmp_path, tombstone):
    ana, budi = two
    ana.exchange.export_file(tmp_path / "ana.kutip")
    with zipfile.ZipFile(tmp_path / "ana.kutip") as source, \
            zipfile.ZipFile(tmp_path / "bad.kutip", "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, json.dumps([tombstone]) if name == "deleted.json" else data)
    state = _state(budi)
    with pytest.raises((LibraryError, ValueError), match="deleted.json"):
        budi.exchange.merge(tmp_path / "bad.kutip")
    assert _state(budi) == state


def test_merged_rows_are_searchable_counted_and_undone_like_single_writes(two, tmp_path):
    """The merge writes new articles and annotations in batches (bench/exchange.py): they
    come out as single writes leave them: in the full-text index, counted in their
    article, with their coder, undone without a trace, and their ids never reused."""
    ana, budi = two
    uuid = _uuid_of(ana)
    note = next(n for n in ana.annotations.where() if n.uuid == uuid)
    ana.annotations.update(note.id, note="catatanunik")
    ana.exchange.export_file(tmp_path / "ana.kutip")
    fresh = open_library(tmp_path / "fresh.sqlite")
    report = fresh.exchange.merge(tmp_path / "ana.kutip")
    assert report.articles_added == 3
    assert [h.annotation_id for h in fresh.search.find("catatanunik")] == [
        n.id for n in fresh.annotations.where() if n.uuid == uuid]
    for article in fresh.articles.rows(fresh.articles.ids()):
        mine = [n for n in fresh.annotations.where(article_ids=[article.id])]
        assert article.quotes == sum(n.kind == "quote" for n in mine)
    assert {n.coder for n in fresh.annotations.where()} == {"Ana"}
    assert fresh.articles.ids(ArticleFilter(query="catatanunik")) != []
    last = max(n.id for n in fresh.annotations.where())
    fresh.exchange.undo_merge(report)
    assert fresh.annotations.where() == [] and fresh.articles.ids() == []
    again = fresh.exchange.merge(tmp_path / "ana.kutip")
    assert min(n.id for n in fresh.annotations.where()) > last
    assert again.annotations_added == report.annotations_added
    fresh.close()


def test_the_cli_names_an_article_whose_text_was_edited_on_one_side(two, tmp_path, run):
    ana, _ = two
    copy, _mine = _copy_edited_later(ana, tmp_path, lambda text: CORRECTION + text)
    copy.exchange.export_file(tmp_path / "copy.kutip")
    copy.close()
    merged = run("merge", str(tmp_path / "copy.kutip"), db=tmp_path / "ana.sqlite")
    assert merged.exit_code == 0, merged.output
    assert "the file's newer text replaced this library's" in merged.output
    assert "texts edited on one side: 1 replaced" in merged.output


def test_undo_of_accept_all_travels_as_deletions_and_its_redo_lifts_them(two, tmp_path):
    """reread17: undo of Accept All (delete_many) left no tombstones, unlike deleting one
    annotation: quotes accepted, exported to a colleague, then undone here came back
    from their next file. Now the undo's deletions travel; redo lifts them."""
    ana, budi = two
    seed, offered = next((a, s) for a in ana.articles.ids()
                         if len(s := ana.suggestions.for_article(a)) >= 3)
    accepted = ana.suggestions.accept_many(seed, offered[:3])
    ana.exchange.export_file(tmp_path / "ana.kutip")
    budi.exchange.merge(tmp_path / "ana.kutip")
    uuids = {a.uuid for a in accepted}
    assert uuids <= _uuids(budi)
    ana.annotations.delete_many(accepted, expected=True)  # the app's Ctrl+Z of Accept All
    ana.exchange.export_file(tmp_path / "ana2.kutip")
    assert budi.exchange.merge(tmp_path / "ana2.kutip").annotations_deleted == 3
    assert not uuids & _uuids(budi)
    ana.annotations.restore_many(accepted)  # Ctrl+Shift+Z
    ana.exchange.export_file(tmp_path / "ana3.kutip")
    with zipfile.ZipFile(tmp_path / "ana3.kutip") as archive:
        assert not {t["uuid"] for t in json.loads(archive.read("deleted.json"))} & uuids


def test_a_newer_text_merged_brings_the_details_changed_with_it(two, tmp_path):
    """A corrected page re-imported on the other side comes with its new title, byline
    and date (the details it changed since); the merge kept this library's title over
    the newer text (11ebf00). A detail the other side did not change (the source) stays as
    it is here; undo of the merge puts the details back with the text."""
    ana, _ = two
    seed = ana.articles.ids()[0]
    before = ana.articles.get(seed)
    uuid = before.uuid
    ana.exchange.export_file(tmp_path / "ana.kutip")
    copy = open_library(tmp_path / "copy.sqlite", seed=False)
    copy.exchange.merge(tmp_path / "ana.kutip")
    mine = _article_of(copy, uuid)
    copy.texts.replace(mine, CORRECTION + copy.articles.text(mine),
                       title="Rusia: tidak ingin berperang (diperbarui)", authors="Redaksi",
                       published="2022-01-15", published_partial="")
    copy.exchange.export_file(tmp_path / "copy.kutip")
    copy.close()

    report = ana.exchange.merge(tmp_path / "copy.kutip")
    after = ana.articles.get(seed)
    assert ana.articles.text(seed).startswith(CORRECTION)
    assert (after.title, after.authors, after.published, after.source) == (
        "Rusia: tidak ingin berperang (diperbarui)", "Redaksi", "2022-01-15", before.source)
    assert report.texts_replaced == ["Rusia: tidak ingin berperang (diperbarui)"]
    ana.exchange.undo_merge(report)
    back = ana.articles.get(seed)
    assert (back.title, back.authors, back.published, back.source) == (
        before.title, before.authors, before.published, before.source)
    assert ana.articles.text(seed) == before.text


def _two_sides(ana, tmp_path):
    """Ana's first article and a copy of her library holding it (the common version)."""
    seed = ana.articles.ids()[0]
    ana.exchange.export_file(tmp_path / "ana0.kutip")
    copy = open_library(tmp_path / "copy.sqlite", seed=False)
    copy.exchange.merge(tmp_path / "ana0.kutip")
    return seed, copy, _article_of(copy, ana.articles.get(seed).uuid)


def test_a_text_corrected_here_is_kept_when_the_other_side_changed_only_a_detail(
        two, tmp_path):
    """Review R18-9: here the text was corrected; a second later the other library changed
    only the title. Its row's ``updated_at`` was the later, so the merge called its OLD
    text "newer" and put it back over the correction, silently. Now each part is decided on
    its own by the versions each side had: the correction stays, the title comes; the
    other way round too, so both libraries end with both edits."""
    ana, _ = two
    seed, copy, mine = _two_sides(ana, tmp_path)
    text = ana.articles.text(seed)
    ana.texts.replace(seed, text + "\n\nKoreksi oleh Ana.")
    time.sleep(1.1)  # (the copy's row is the later one)
    copy.articles.update(mine, title="Judul dari salinan")
    copy.exchange.export_file(tmp_path / "copy.kutip")
    ana.exchange.export_file(tmp_path / "ana1.kutip")

    report = ana.exchange.merge(tmp_path / "copy.kutip")
    assert ana.articles.text(seed).endswith("Koreksi oleh Ana.")  # never reverted
    assert ana.articles.get(seed).title == "Judul dari salinan"
    assert not report.texts_replaced and not report.texts_both
    assert report.details_updated == ["Judul dari salinan"] and not report.details_both
    back = copy.exchange.merge(tmp_path / "ana1.kutip")
    assert copy.articles.text(mine).endswith("Koreksi oleh Ana.")
    assert copy.articles.get(mine).title == "Judul dari salinan"  # (its own, later edit)
    assert back.texts_replaced and not back.details_updated
    _placed_right(ana)
    _placed_right(copy)
    copy.close()


def test_details_corrected_here_stay_when_the_other_side_changed_the_text(two, tmp_path):
    """R18-9's other half (with 11ebf00): here the title and source were corrected; the
    other side then added a paragraph. The text comes, with this library's title and
    source (the file's are the ones this library had before)."""
    ana, _ = two
    seed, copy, mine = _two_sides(ana, tmp_path)
    ana.articles.update(seed, title="Judul yang dikoreksi", source="Sumber yang dikoreksi")
    time.sleep(1.1)
    copy.texts.replace(mine, copy.articles.text(mine) + "\n\nParagraf tambahan.")
    copy.exchange.export_file(tmp_path / "copy.kutip")
    copy.close()
    report = ana.exchange.merge(tmp_path / "copy.kutip")
    after = ana.articles.get(seed)
    assert ana.articles.text(seed).endswith("Paragraf tambahan.")
    assert (after.title, after.source) == ("Judul yang dikoreksi", "Sumber yang dikoreksi")
    assert report.texts_replaced == ["Judul yang dikoreksi"] and not report.details_both


def test_what_both_sides_changed_stays_both_changed_in_the_other_library_too(two, tmp_path):
    """Review RR18-1: after Ana's merge said "edited in both, kept here", her next file made
    the other library take her text and title over its own edits, reported as an ordinary
    newer version: her merge had remembered the file's versions it did not take as ones she
    had. Now each side keeps its own and says both changed."""
    ana, _ = two
    seed, copy, mine = _two_sides(ana, tmp_path)
    text = ana.articles.text(seed)
    ana.texts.replace(seed, text + "\n\nParagraf Ana.", title="Judul Ana")
    copy.texts.replace(mine, text + "\n\nParagraf salinan.", title="Judul salinan")
    copy.exchange.export_file(tmp_path / "copy.kutip")
    first = ana.exchange.merge(tmp_path / "copy.kutip")
    assert first.texts_both == ["Judul Ana"]
    ana.exchange.export_file(tmp_path / "ana1.kutip")
    back = copy.exchange.merge(tmp_path / "ana1.kutip")
    assert copy.articles.text(mine).endswith("Paragraf salinan.")
    assert copy.articles.get(mine).title == "Judul salinan"
    assert not back.texts_replaced and not back.details_updated
    assert back.texts_both == ["Judul salinan"]
    assert back.details_both == [("Judul salinan", ["title"])]
    copy.close()


def test_a_text_changed_on_both_sides_keeps_this_one_and_says_so(two, tmp_path):
    """Both libraries changed the text (and the title) since they last met: nothing tells
    which is newer, so this library's stays, the file's annotations are placed in it, and
    the report says both changed (never "newer")."""
    ana, _ = two
    seed, copy, mine = _two_sides(ana, tmp_path)
    ana.texts.replace(seed, ana.articles.text(seed) + "\n\nVersi Ana.", title="Judul Ana")
    copy.texts.replace(mine, copy.articles.text(mine) + "\n\nVersi salinan.",
                       title="Judul salinan")
    copy.annotations.add_exact(mine, "Versi salinan", kind="highlight")
    copy.annotations.add_exact(mine, "Kami tidak ingin berperang", kind="claim")
    copy.exchange.export_file(tmp_path / "copy.kutip")
    copy.close()
    report = ana.exchange.merge(tmp_path / "copy.kutip")
    assert ana.articles.text(seed).endswith("Versi Ana.")
    assert ana.articles.get(seed).title == "Judul Ana"
    assert report.texts_both == ["Judul Ana"] and not report.texts_replaced
    assert report.details_both == [("Judul Ana", ["title"])]
    assert report.annotations_orphaned == 1  # ("Versi salinan" is not in Ana's text)
    assert "edited in both: 1, kept here" in report.summary()
    _placed_right(ana)
