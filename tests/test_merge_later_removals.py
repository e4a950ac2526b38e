"""A removal or rename made in one library is not undone by merging back a file (or pulling
a team library) that holds only its older state (review R20-2): an article taken out of a
collection, an alias taken from a speaker, a collection or tag renamed. Each is an event
kept under its row's UUID (``merge_versions``), as an article's parts are; the report says
what it left as changed here. A rename made in the other library since is taken."""

import json

import pytest
from test_merge_article_deletions import STORY, WORDS, run

from reader.core.library import Library, open_library


def _start(path):
    """A library with the article in "Studi", a quote by Abdul Muhari (alias "Muhari")
    tagged framing/econ."""
    library = open_library(path)
    library.imports.paths([STORY])
    [article_id] = library.articles.ids()
    library.annotations.add_exact(article_id, WORDS, kind="quote", speaker="Abdul Muhari",
                                  tags=["framing/econ"])
    library.speakers.add_alias("Abdul Muhari", "Muhari")
    library.collections.add([article_id], library.collections.id_of("Studi", create=True))
    return library, article_id


@pytest.fixture
def two(tmp_path):
    """A as ``_start`` made it, exported to a1; B merged a1 and exported b1 (the state A
    had)."""
    a, article_id = _start(tmp_path / "a.sqlite")
    a.exchange.export_file(tmp_path / "a1.kutip")
    b = open_library(tmp_path / "b.sqlite")
    b.exchange.merge(tmp_path / "a1.kutip")
    b.exchange.export_file(tmp_path / "b1.kutip")
    yield a, b, article_id


def test_an_article_taken_out_of_a_collection_stays_out(two, tmp_path):
    a, b, article_id = two
    studi = a.collections.id_of("Studi")
    a.collections.remove([article_id], studi)
    report = a.exchange.merge(tmp_path / "b1.kutip")
    assert [(c.name, c.articles) for c in a.collections.all()] == [("Studi", 0)]
    assert (report.memberships_added, report.memberships_kept_out) == (0, 1)
    assert "1 memberships (taken out of the collection here)" in report.summary()
    # put back in here since: B's file has nothing to add, and it stays in
    a.collections.add([article_id], studi)
    assert a.exchange.merge(tmp_path / "b1.kutip").memberships_kept_out == 0
    assert [c.articles for c in a.collections.all()] == [1]


def test_an_alias_taken_away_stays_away(two, tmp_path):
    a, b, _ = two
    a.speakers.remove_alias("Abdul Muhari", "Muhari")
    report = a.exchange.merge(tmp_path / "b1.kutip")
    assert a.speakers.get("Abdul Muhari").aliases == []
    assert (report.aliases_added, report.aliases_kept_out) == (0, 1)


def test_a_collection_renamed_here_is_not_made_again_and_a_rename_there_is_taken(two, tmp_path):
    a, b, _ = two
    a.collections.rename(a.collections.id_of("Studi"), "Studi BI")
    report = a.exchange.merge(tmp_path / "b1.kutip")
    assert [(c.name, c.articles) for c in a.collections.all()] == [("Studi BI", 1)]
    assert (report.collections_added, report.names_kept) == (0, 1)
    assert "1 names (renamed here)" in report.summary()
    # B merges A's renamed state: renamed there later, so B's collection takes the name
    a.exchange.export_file(tmp_path / "a2.kutip")
    report = b.exchange.merge(tmp_path / "a2.kutip")
    assert [(c.name, c.articles) for c in b.collections.all()] == [("Studi BI", 1)]
    assert (report.collections_added, report.names_taken) == (0, 1)
    assert "1 tags or collections renamed as in the file (renamed there later)" in \
        report.summary()
    b.exchange.undo_merge(report)
    assert [c.name for c in b.collections.all()] == ["Studi"]


def test_a_tag_renamed_here_is_not_made_again(two, tmp_path):
    a, b, _ = two
    a.tags.rename("framing/econ", "framing/economy")
    report = a.exchange.merge(tmp_path / "b1.kutip")
    assert sorted(t.name for t in a.tags.all()) == ["framing", "framing/economy"]
    assert report.tags_added == 0 and report.names_kept == 1
    # every annotation, the file's included, carries the renamed tag only
    assert {tuple(n.tags) for n in a.annotations.where()} == {("framing/economy",)}


def test_a_pull_keeps_a_members_later_removals_and_renames(team_library, tmp_path):
    """The reviewer's team form: Ana pushes; in her own file she takes the article out of
    "Sampel", renames it "Sampel 2026" and takes the alias away; her pull leaves all three."""
    owner, _member, _n = team_library
    ana = tmp_path / "ana.sqlite"
    with Library(ana) as library:
        library.imports.paths([STORY])
        [article_id] = library.articles.ids()
        library.annotations.add_exact(article_id, WORDS, kind="quote", speaker="Abdul Muhari")
        library.speakers.add_alias("Abdul Muhari", "Muhari")
        sample = library.collections.id_of("Sampel", create=True)
        library.collections.add([article_id], sample)
    run("team", "push", str(ana), owner)
    with Library(ana) as library:
        library.collections.remove([article_id], sample)
        library.collections.rename(sample, "Sampel 2026")
        library.speakers.remove_alias("Abdul Muhari", "Muhari")
    report = json.loads(run("team", "pull", owner, str(ana), "--json"))
    assert (report["collections_added"], report["memberships_added"],
            report["aliases_added"]) == (0, 0, 0)
    assert (report["names_kept"], report["memberships_kept_out"],
            report["aliases_kept_out"]) == (1, 1, 1)
    with Library(ana) as library:
        assert [(c.name, c.articles) for c in library.collections.all()] == [
            ("Sampel 2026", 0)]
        assert library.speakers.get("Abdul Muhari").aliases == []


def test_a_name_set_back_on_each_side_is_no_one_event_of_both(two, tmp_path, monkeypatch):
    """A name set back to one had before is a later event of it, named ``@n`` above the
    counter had (``rules.renamed_events``); both libraries named theirs ``@1``. Ana sets
    "Riset" back to "Studi"; Budi, on his own, sets it back too and then renames it
    "Riset" again. With one name for the two set-backs, Ana's merge of Budi's file took
    his "Studi@1" for hers, so her own rename for one he had seen, and his "Riset"
    replaced her later choice unsaid. Each set-back is now a random step above the
    counter (``later_event``, as for annotations since e869e1e): Budi's is not Ana's,
    and her "Studi" stays (both renamed it: his name is a collection of its own)."""
    import random

    a, b, _ = two
    studi = a.collections.id_of("Studi")
    a.collections.rename(studi, "Riset")
    b.exchange.merge_bundle(a.exchange.snapshot())  # (both had "Studi", then "Riset")
    monkeypatch.setattr(random, "randrange", lambda n: 500)  # (Ana's steps)
    a.collections.rename(studi, "Studi")
    monkeypatch.setattr(random, "randrange", lambda n: 10)  # (Budi's)
    mine = b.collections.id_of("Riset")
    b.collections.rename(mine, "Studi")
    b.collections.rename(mine, "Riset")
    assert a.exchange.merge_bundle(b.exchange.snapshot()).names_taken == 0
    assert "Studi" in [c.name for c in a.collections.all()]


def test_a_thing_toggled_on_each_side_is_no_one_event_of_both(two, monkeypatch):
    """The same for a thing taken away and given back (``rules.toggled_event``: an
    article's membership, a speaker's alias): two libraries' own events are named apart."""
    import random

    a, b, article_id = two
    monkeypatch.setattr(random, "randrange", lambda n: 500)
    a.collections.remove([article_id], a.collections.id_of("Studi"))
    monkeypatch.setattr(random, "randrange", lambda n: 10)
    [b_article] = b.articles.ids()
    b.collections.remove([b_article], b.collections.id_of("Studi"))
    events = [sorted(v for c in library.exchange.snapshot().collections
                     for v in c["versions"] if v.startswith("member:"))
              for library in (a, b)]
    assert [e[0].rpartition("@")[2] for e in events] == ["501", "11"]


def test_articles_put_back_read_the_collections_events_once(tmp_path, monkeypatch):
    """Review R21-12: putting articles back into a collection they were taken out of read
    the collection's whole history once per article (5,000 put back: 21 s on the 100k
    library); it is read once per step, and a merge of the collection reads each side's
    once."""
    from reader.core.library import rules
    from reader.core.models import ImportedArticle
    from reader.core.textnorm import content_hash

    library = open_library(tmp_path / "l.sqlite", seed=False)
    for n in range(30):
        text = f"Artikel nomor {n} tentang banjir."
        library.articles.add(ImportedArticle(title=f"A{n}", text=text,
                                             content_hash=content_hash(text)))
    ids = library.articles.ids()
    studi = library.collections.id_of("Studi", create=True)
    library.collections.add(ids, studi)
    library.collections.remove(ids, studi)
    calls = []
    for name in ("toggle_state", "toggle_states"):  # (each a read of the whole history)
        real = getattr(rules, name, None)
        monkeypatch.setattr(rules, name, lambda *a, real=real: calls.append(a) or real(*a),
                            raising=False)
    library.collections.add(ids, studi)
    assert [c.articles for c in library.collections.all()] == [30]
    assert len(calls) == 1
    events = library.exchange.snapshot().collections[0]["versions"]
    assert len([e for e in events if e.startswith("member:")]) == 60
    library.close()


@pytest.mark.parametrize("budi", ["in and out", "out only"])
def test_an_article_put_back_where_the_collection_came_from_a_file_reaches_its_sender(
        tmp_path, budi):
    """Review R21-6: Budi makes "Studi", puts an article in and takes it out again (or
    only 'takes out' one never in it), and sends his file; Ana gets the collection new
    and puts the article in. Her merge kept none of his events, so her putting in left
    none, and his 'off' kept it out of his library for good, unsaid. The events of a
    collection a merge makes come with it, and taking out one not in it is no event."""
    from reader.core.models import ImportedArticle
    from reader.core.textnorm import content_hash

    a = open_library(tmp_path / "a.sqlite", seed=False)
    for n in range(2):
        text = f"Artikel nomor {n} tentang banjir di kota."
        a.articles.add(ImportedArticle(title=f"A{n}", text=text,
                                       content_hash=content_hash(text)))
    b = open_library(tmp_path / "b.sqlite", seed=False)
    b.exchange.merge_bundle(a.exchange.snapshot())
    studi, second = b.collections.create("Studi").id, b.articles.ids(sort="id")[1]
    if budi == "in and out":
        b.collections.add([second], studi)
    b.collections.remove([second], studi)
    a.exchange.merge_bundle(b.exchange.snapshot())
    a.collections.add([a.articles.ids(sort="id")[1]], a.collections.id_of("Studi"))
    assert b.exchange.merge_bundle(a.exchange.snapshot()).memberships_added == 1
    a.exchange.merge_bundle(b.exchange.snapshot())
    assert [[(c.name, c.articles) for c in x.collections.all()] for x in (a, b)] == [
        [("Studi", 1)], [("Studi", 1)]]
    a.close()
    b.close()


def test_blind_coding_turned_off_on_each_side_is_no_one_event_of_both(two, monkeypatch):
    """The same for blind coding turned on or off (``coders._note_blind``, review R20-6's
    events): each library's own is a random step above the counter had, not + 1."""
    import random

    a, b, _ = two
    monkeypatch.setattr(random, "randrange", lambda n: 0)
    a.coders.set_blind(a.collections.id_of("Studi"))  # (blind:on@1)
    b.exchange.merge_bundle(a.exchange.snapshot())  # (both coded it blind)
    for library, step in ((a, 500), (b, 10)):
        monkeypatch.setattr(random, "randrange", lambda n, step=step: step)
        library.coders.set_blind(library.collections.id_of("Studi"), False)
    events = [sorted(v for c in library.exchange.snapshot().collections
                     for v in c["versions"] if v.startswith("blind:off"))
              for library in (a, b)]
    assert events == [["blind:off@502"], ["blind:off@12"]]
