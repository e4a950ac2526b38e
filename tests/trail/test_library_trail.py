"""The trail service on a real library: the seed's Lavrov quotation across three outlets,
and the clusters kept right as quotes and articles are added, edited and deleted."""

import contextlib

import pytest

from reader.core.library import ClusterFilter, LibraryError, NotFound
from reader.core.models import ImportedArticle

from .conftest import HOPE, LAVROV


def test_the_seed_quotation_forms_one_trail_with_mina_first(three_outlets):
    lib, quote, other = three_outlets
    trail = lib.trail.trail(quote.id)
    assert [v.source for v in trail.versions] == ["MINA", "ANTARA", "Republika"]
    assert [v.date for v in trail.versions] == ["2021-12-22", "2021-12-23", "2021-12-24"]
    assert trail.versions[0].earliest and trail.versions[0].annotation_id == quote.id
    assert not any(v.earliest for v in trail.versions[1:])
    mina, antara, republika = trail.versions
    assert mina.reference and mina.fullest and not mina.changed
    assert not republika.changed and republika.suggested
    assert [(s.kind, s.text, s.was) for s in antara.segments if s.kind != "same"] == [
        ("changed", "jalan", "jalur"), ("omitted", "dengan", ""),
        ("omitted", "dengan menggunakan cara-cara yang kami anggap perlu", "")]
    assert antara.cut_end
    # each outlet's own spelling (ANTARA writes "Sergei"), one person: a note, no flag
    assert [v.speaker for v in trail.versions] == ["Sergey Lavrov", "Sergei Lavrov",
                                                   "Sergey Lavrov"]
    assert trail.flags == []
    assert trail.notes == ["outlets write one speaker's name differently: Sergey Lavrov, "
                           "Sergei Lavrov"]
    assert trail.outlet_count == 3


def test_a_year_the_import_inferred_is_marked_in_the_trail(three_outlets):
    """R12-2 leftover: the three articles' years were completed from their weekdays when
    imported ('Rabu (22/12)' in a story about talks 'pada Januari 2022'): stored as full
    dates, flagged ``published_inferred``, and the trail said them unmarked. The flag now
    comes with the trail's rows (both stores): every version says '[inferred]'; an outlet
    whose article gives its year says none; the Quotes listing's members give the year and
    the flag ('--12-23' has no year: None)."""
    lib, quote, _ = three_outlets
    lib.articles.add(ImportedArticle(
        title="Lavrov (Tempo)", source="Tempo", published="2021-12-25", content_hash="dated",
        text=f"Moskow – “{LAVROV},” kata Lavrov kepada wartawan."))
    lib.articles.add(ImportedArticle(
        title="Lavrov (Kompas)", source="Kompas", published_partial="--12-26",
        content_hash="year-less", text=f"Moskow – “{LAVROV},” kata Lavrov kepada wartawan."))
    trail = lib.trail.trail(quote.id)
    assert [(v.source, v.date_label()) for v in trail.versions] == [
        ("MINA", "2021-12-22 [inferred]"), ("ANTARA", "2021-12-23 [inferred]"),
        ("Republika", "2021-12-24 [inferred]"), ("Tempo", "2021-12-25"),
        ("Kompas", "2021-12-26 [inferred]")]
    assert [v.published_inferred for v in trail.versions] == [True, True, True, False, False]
    members = {m.source: m for m in lib.trail.members(trail.cluster)}
    assert [(s, members[s].published, members[s].year, members[s].published_inferred)
            for s in ("MINA", "Tempo", "Kompas")] == [
        ("MINA", "2021-12-22", 2021, True), ("Tempo", "2021-12-25", 2021, False),
        ("Kompas", "--12-26", None, False)]


def test_an_unrelated_quote_of_the_same_speaker_stays_apart(three_outlets):
    lib, quote, other = three_outlets
    assert lib.trail.cluster_of(other.id) != lib.trail.cluster_of(quote.id)
    [alone] = lib.trail.trail(other.id).versions
    # (the annotated words are the start of MINA's longer quoted passage: that passage is
    # the version, the annotation a part of it, ``spans.hides``)
    assert (alone.annotation_id, alone.also, alone.source) == (None, [other.id], "MINA")
    assert alone.exact.startswith(HOPE + ",") and alone.speaker == "Sergey Lavrov"


def test_the_quotes_list_has_the_cluster_with_its_figures(three_outlets):
    lib, quote, _ = three_outlets
    [summary] = lib.trail.clusters(ClusterFilter(min_outlets=2))
    assert (summary.size, summary.outlets, summary.speaker) == (3, 3, "Sergey Lavrov")
    assert summary.text == LAVROV
    assert summary.cluster == lib.trail.cluster_of(quote.id)
    assert lib.trail.clusters(ClusterFilter(speaker="Lavrov")) == [summary]
    assert lib.trail.clusters(ClusterFilter(speaker="Nobody")) == []
    assert lib.trail.clusters(ClusterFilter(min_outlets=4)) == []


def test_filters_by_collection_and_tag(three_outlets):
    lib, quote, _ = three_outlets
    assert lib.trail.clusters(ClusterFilter(tag="framing")) == []
    lib.annotations.update(quote.id, tags=["framing/diplomacy"])
    assert len(lib.trail.clusters(ClusterFilter(tag="framing"))) == 1
    collection = lib.collections.create("Ukraine talks")
    assert lib.trail.clusters(ClusterFilter(collection="Ukraine talks")) == []
    lib.collections.add([quote.article_id], collection.id)
    assert len(lib.trail.clusters(ClusterFilter(collection="Ukraine talks"))) == 1
    with pytest.raises(NotFound):
        lib.trail.clusters(ClusterFilter(collection="Nope"))


def test_accepting_the_copy_keeps_one_cluster(three_outlets):
    lib, quote, _ = three_outlets
    republika = lib.trail.trail(quote.id).versions[2]
    suggestion = next(s for s in lib.suggestions.for_article(republika.article_id, "quote")
                      if s.start == republika.start)
    accepted = lib.suggestions.accept(republika.article_id, suggestion)
    trail = lib.trail.trail(quote.id)
    assert [v.annotation_id for v in trail.versions] == [quote.id, None, accepted.id]
    assert lib.trail.cluster_of(accepted.id) == trail.cluster


def test_dismissing_the_suggested_copy_takes_it_out(three_outlets):
    lib, quote, _ = three_outlets
    republika = lib.trail.trail(quote.id).versions[2]
    suggestion = next(s for s in lib.suggestions.for_article(republika.article_id, "quote")
                      if s.start == republika.start)
    lib.suggestions.dismiss(republika.article_id, suggestion)
    assert [v.source for v in lib.trail.trail(quote.id).versions] == ["MINA", "ANTARA"]
    lib.suggestions.undismiss(republika.article_id, suggestion)
    assert len(lib.trail.trail(quote.id).versions) == 3


def test_deleting_the_fullest_version_splits_nothing_that_still_matches(three_outlets):
    lib, quote, _ = three_outlets
    lib.annotations.delete(quote.id)
    clusters = lib.trail.clusters()
    # the seed's span is now a suggested quote again: still three versions
    assert [c.size for c in clusters] == [3]


def test_deleting_an_article_shrinks_and_then_dissolves_the_cluster(three_outlets):
    lib, quote, _ = three_outlets
    trail = lib.trail.trail(quote.id)
    lib.articles.delete(trail.versions[2].article_id)
    assert [v.source for v in lib.trail.trail(quote.id).versions] == ["MINA", "ANTARA"]
    lib.articles.delete(trail.versions[1].article_id)
    assert lib.trail.clusters() == []
    assert [v.source for v in lib.trail.trail(quote.id).versions] == ["MINA"]


def test_a_bridge_removed_splits_the_cluster(fresh_library):
    """A and C are linked only through B (a part of one, an edit of the other)."""
    lib = fresh_library
    texts = {
        "a": "the minister said that the talks will go on next week in Geneva without delay",
        "b": "the talks will go on next week in Geneva",
        "c": "the talks will go on next week in Geneva and in Vienna",
    }
    ids = {}
    for name, quote in texts.items():
        lib.bulk.add_articles([ImportedArticle(title=name, text=f"Intro.\n\nHe said: {quote}.",
                                               source=name.upper(), content_hash=name)])
        article_id = max(lib.articles.ids())
        ids[name] = lib.annotations.add_exact(article_id, quote, kind="quote").id
    clusters = {name: lib.trail.cluster_of(i) for name, i in ids.items()}
    assert len(set(clusters.values())) == 1
    lib.annotations.delete(ids["b"])
    assert lib.trail.cluster_of(ids["a"]) != lib.trail.cluster_of(ids["c"])
    assert lib.trail.clusters() == []


def test_editing_a_quote_moves_it_between_clusters(three_outlets, seed_id):
    lib, quote, other = three_outlets
    hope_full = ("Saya berharap mereka akan menganggap kami serius, mengingat langkah yang kami "
                 "ambil untuk memastikan kemampuan pertahanan kami")
    text = lib.articles.get(seed_id).text
    start = text.index(hope_full)
    lib.annotations.update(other.id, start=start, end=start + len(hope_full))
    lib.bulk.add_articles([ImportedArticle(
        title="Copy", source="Tempo", content_hash="tempo", published="2021-12-25",
        text=f"Moskow – “{hope_full},” tambahnya.")])
    assert len(lib.trail.trail(other.id).versions) == 2
    lib.annotations.update(other.id, start=text.index(HOPE), end=text.index(HOPE) + len(HOPE))
    assert [v.source for v in lib.trail.trail(other.id).versions] == ["MINA", "Tempo"]


def test_changes_are_queued_by_triggers_and_worked_off(three_outlets):
    lib, quote, _ = three_outlets
    assert lib.trail.pending() > 0  # the import queued its articles
    lib.trail.refresh()
    assert lib.trail.pending() == 0
    lib.annotations.update(quote.id, note="checked")  # not a trail change
    assert lib.trail.pending() == 0
    lib.annotations.update(quote.id, speaker="Sergei Lavrov")
    assert lib.trail.pending() == 1


def test_incremental_upkeep_equals_a_rebuild(three_outlets, seed_id):
    lib, quote, other = three_outlets
    lib.annotations.delete(other.id)
    lib.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote", speaker="Lavrov")
    lib.trail.refresh()

    def snapshot():
        return sorted((tuple(sorted((m.article_id, m.text) for m in lib.trail.members(c.cluster))),
                       c.size, c.outlets) for c in lib.trail.clusters())

    before = snapshot()
    lib.trail.rebuild()
    assert snapshot() == before


def test_a_new_quote_finds_its_cluster_without_being_stored(three_outlets):
    lib, quote, _ = three_outlets
    cluster = lib.trail.cluster_of(quote.id)
    assert lib.trail.cluster_for_text("“Kami tidak ingin mengambil jalur konfrontasi,”") == cluster
    assert lib.trail.cluster_for_text("Kami tidak ingin berdamai dengan siapa pun") is None


def test_only_placed_quotes_of_three_words_or_more_have_a_trail(seeded_library, seed_id):
    lib = seeded_library
    claim = lib.annotations.add_exact(seed_id, "Gazprom", kind="claim")
    short = lib.annotations.add_exact(seed_id, "Kami tidak", kind="quote")
    with pytest.raises(LibraryError, match="only quotes"):
        lib.trail.trail(claim.id)
    with pytest.raises(LibraryError, match="too short"):
        lib.trail.trail(short.id)
    with pytest.raises(NotFound):
        lib.trail.trail(9999)


def test_a_quote_put_back_under_its_old_id_returns_to_its_trail(three_outlets):
    """New rows are found by id above the trail's mark; one put back below it (undo of a
    delete) is queued by a trigger instead."""
    lib, quote, _ = three_outlets
    lib.trail.refresh()
    gone = lib.annotations.delete(quote.id)
    lib.trail.refresh()
    with pytest.raises(LibraryError):
        lib.trail.cluster_of(quote.id)
    lib.annotations.restore(gone)
    assert lib.trail.pending() == 1
    trail = lib.trail.trail(quote.id)
    assert [v.annotation_id for v in trail.versions][0] == quote.id
    assert len(trail.versions) == 3


def test_a_bulk_import_queues_nothing_but_is_found_by_id(three_outlets):
    lib, quote, _ = three_outlets
    lib.trail.refresh()
    queued = lib.stores.db.execute("SELECT count(*) FROM trail_pending").fetchone()[0]
    lib.bulk.add_articles([ImportedArticle(
        title="Copy", source="Tempo", content_hash="tempo", published="2021-12-26",
        text=f"Moskow – “{LAVROV},” kata Lavrov.")])
    assert lib.stores.db.execute("SELECT count(*) FROM trail_pending").fetchone()[0] == queued
    assert lib.trail.pending() == 1
    assert len(lib.trail.trail(quote.id).versions) == 4


def test_two_checking_processes_find_the_same_clusters(three_outlets):
    from reader.core.library.trail_build import Builder

    lib, quote, _ = three_outlets
    lib.trail.rebuild()
    before = [(c.size, c.outlets, c.text) for c in lib.trail.clusters()]
    store = lib._session.stores.trail
    tx = lib._session.tx
    builder = Builder(store, lib.trail._summary, workers=2, tx=tx)
    builder.parallel_above = 0
    # a store that builds aside takes each step in its own transaction; another, one for all
    with tx() if not store.builds_aside else contextlib.nullcontext():
        with tx():
            store.begin_build()
        builder.run()
        with tx():
            store.finish_build()
        with tx():
            store.end_build()
    assert [(c.size, c.outlets, c.text) for c in lib.trail.clusters()] == before
    assert builder.count == lib.stores.db.execute("SELECT count(*) FROM trail_items").fetchone()[0]


def test_a_trail_built_with_other_word_keys_is_built_again(three_outlets):
    """When Kutip compares words differently (an abbreviation table grew, say), a trail
    built by an older Kutip has other shingles: its first use builds it again."""
    lib, quote, _ = three_outlets
    stores = lib._session.stores
    assert lib.trail.built() and not lib.trail.refresh().rebuilt
    with stores.transaction():
        stores.trail.set_state("keys", "0")  # (as an older Kutip left it)
    assert not lib.trail.built()
    assert lib.trail.refresh().rebuilt
    assert lib.trail.built() and len(lib.trail.trail(quote.id).versions) == 3


def test_a_trail_built_by_a_newer_kutip_is_read_as_it_is(three_outlets):
    """R15-15: an older Kutip rebuilt a trail a newer one had built (any keys other than
    its own) and wrote its keys back; the newer one then rebuilt it again: two versions on
    one team library (or a pipx CLI and a distro app on one file) rebuilt the whole trail
    in turn on every open. An older Kutip reads a newer trail as it is and says so."""
    from reader.core.trail.text import KEYS_VERSION

    lib, quote, _ = three_outlets
    stores = lib._session.stores
    lib.trail.refresh()
    newer = str(int(KEYS_VERSION) + 1)
    with stores.transaction():
        stores.trail.set_state("keys", newer)  # (as a newer Kutip leaves it)
    built = stores.trail.state("built")
    assert lib.trail.built()
    report = lib.trail.refresh()
    assert not report.rebuilt
    assert (stores.trail.state("keys"), stores.trail.state("built")) == (newer, built)
    assert len(lib.trail.trail(quote.id).versions) == 3
    assert "built by a newer Kutip" in str(lib.trail.behind())


def test_a_catch_up_reads_no_quotation_a_new_one_meets_by_chance(three_outlets, monkeypatch):
    """Issue 15, session 8: a new quotation of twelve words or more that shares three words
    (one shingle) with a stored one of twelve or more is a chance meeting: the catch-up
    drops the pair by the stored number of words (``trail_words``), reading neither
    quotation's text (it read every such quotation, a thousand text files met ~14,000).
    A new quotation that is a version of a stored one is still read and joined. (A store
    that keeps no numbers of words, a team library's, reads the stored quotation to count
    its words, and still checks nothing.)"""
    lib, quote, _ = three_outlets
    lib.trail.refresh()
    store = lib.stores.trail
    met = store.item_for_annotation(quote.id).id  # ("kami akan dengan": one shingle)
    keeps_counts = bool(store.item_words([met]))
    checked = []
    from reader.core.library.trail_build import Builder

    check = Builder.check_lists

    def recording_check(builder, lists, a, b):
        checked.extend(a.tolist())
        return check(builder, lists, a, b)

    monkeypatch.setattr(Builder, "check_lists", recording_check)
    read: list[int] = []
    items_texts = store.items_texts

    def recording(ids):
        read.extend(ids)
        return items_texts(ids)

    monkeypatch.setattr(store, "items_texts", recording)
    lib.bulk.add_articles([ImportedArticle(
        title="Jembatan", source="Kompas", content_hash="kompas-bridge",
        published="2021-12-27", text="Medan – “Pemerintah daerah berjanji kami akan"
        " dengan cepat membangun jembatan baru itu tahun depan,” kata bupati.")])
    lib.trail.refresh()
    assert checked == [] and (read == [] if keeps_counts else met in read)
    assert len(lib.trail.trail(quote.id).versions) == 3
    lib.bulk.add_articles([ImportedArticle(
        title="Copy", source="Tempo", content_hash="tempo", published="2021-12-26",
        text=f"Moskow – “{LAVROV},” kata Lavrov.")])
    lib.trail.refresh()
    assert read and checked  # (the copy's candidates are checked)
    assert len(lib.trail.trail(quote.id).versions) == 4


def test_the_articles_the_trail_has_not_taken_in_are_counted(seeded_library):
    """What a team library's reader is told (``trail.behind``): new and changed articles
    since the last catch-up; a login that catches up itself is never told."""
    lib = seeded_library
    lib.trail.refresh()
    store = lib.stores.trail
    assert store.articles_behind() == 0
    lib.articles.add(ImportedArticle(title="Satu", text="Kalimat satu.",
                                     source="Tempo"))
    lib.articles.add(ImportedArticle(title="Dua", text="Kalimat dua.", source="Kompas"))
    assert store.articles_behind() == 2
    assert lib.trail.behind() is None  # (this login brings the trail up to date)
    lib.trail.refresh()
    assert store.articles_behind() == 0


def test_articles_without_a_source_add_no_outlet_beside_named_ones(three_outlets):
    """R12-10: two pasted texts with no source quoting the statement do not add an outlet
    each; beside three named outlets they add none (trail17: an unsourced text is no
    evidence of another outlet), to the trail, the Quotes list and its --min-outlets."""
    lib, quote, _ = three_outlets
    text = lib.articles.text(lib.trail.trail(quote.id).versions[2].article_id)
    for n in (1, 2):
        lib.bulk.add_articles([ImportedArticle(title=f"Pasted {n}", source="",
                                               content_hash=f"pasted{n}", text=text)])
    trail = lib.trail.trail(quote.id)
    assert len(trail.versions) == 5 and [v.source for v in trail.versions].count("") == 2
    assert trail.outlet_count == 3 and trail.unknown_outlet
    [summary] = lib.trail.clusters(ClusterFilter(min_outlets=3))
    assert (summary.size, summary.outlets) == (5, 3)
    assert lib.trail.clusters(ClusterFilter(min_outlets=4)) == []


def _copies(lib, quoted: str, articles: list[tuple[str, str]]) -> None:
    lib.bulk.add_articles([ImportedArticle(title=f"Copy {n}", source=source, url=url,
                                           content_hash=f"copy{n}",
                                           text=f"{quoted}\n\nSalinan {n}.")
                           for n, (source, url) in enumerate(articles)])


@pytest.mark.parametrize(("articles", "outlets"), [
    # wire16's leftover: a named outlet's copy of an unsourced text is one outlet, not two
    ([("", ""), ("Kompas", "")], 1),
    # pages that name no outlet are their web sites' (as an import tells outlets apart)
    ([("", "https://www.kompas.com/a/1"), ("", "https://news.detik.com/b/2")], 2),
    ([("", "https://kompas.com/a/1"), ("", "https://www.kompas.com/a/2")], 1),
    ([("", ""), ("", "https://news.detik.com/b/2"), ("Kompas", "")], 2),
    ([("", ""), ("", "")], 1),  # (R12-10: texts naming nothing are one unknown outlet)
])
def test_outlets_are_counted_by_name_else_web_site(tmp_path, articles, outlets):
    """The trail and the Quotes list count an article's outlet by its name, else its web
    site; those with neither count as one outlet only when no other names one."""
    from reader.core.library import Library

    lib = Library(tmp_path / "l.sqlite")
    try:
        _copies(lib, "“Kami tidak ingin mengambil jalan konfrontasi dengan siapa pun di"
                " kawasan ini,” kata Lavrov.", articles)
        [summary] = lib.trail.clusters(ClusterFilter())
        trail = lib.trail.trail_of_cluster(summary.cluster)
        assert (summary.outlets, trail.outlet_count) == (outlets, outlets)
        lib.trail.rebuild()
        [summary] = lib.trail.clusters(ClusterFilter())
        assert summary.outlets == outlets
    finally:
        lib.close()
