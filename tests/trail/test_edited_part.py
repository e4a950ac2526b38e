"""A short part with one edit (issue 15, session 18): a part of 4–6 words of a longer
quotation may have one edit that leaves every one of its content words matched (a function
word changed, dropped or added: ``match.PART_EDITED``), and a trail joins it only where the
two quotations' speakers can be one person or one names nobody (``cluster.by_speaker``
with ``edited``): a short phrase of the news with a word changed is as often another
person's. The short sides are the real partial set's (``tests/data/trail/partial.json``,
half A); the articles quoting them here are made up (outlets and speakers too)."""

import json

from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library
from reader.core.trail.cluster import by_speaker, unnamed_asked
from reader.core.trail.match import PART_EDITED, compare, edited_part
from reader.core.trail.text import keys

from .conftest import quoted_articles

LONG = ("The Court regards its strained statutory interpretation as judicial modesty. It is"
        " not. It amounts instead to a vast judicial overreaching")
PART = "amounts to a vast judicial overreaching"  # ("instead" left out)


def test_a_short_part_may_leave_out_or_change_a_function_word():
    for short, long in (
            (PART, LONG),
            ("It could be other people also.", "I accept our intelligence community's"
             " conclusion that Russia's meddling in the 2016 election took place – could be"
             " other people also"),
            ("jangan ada embel-embel ahli gizi", "'Jangan ada embel-embel lagi ahli gizi'."
             " Saya respons, kalau keinginan demikian, nanti profesi panjenengan semua"
             " diganti")):
        found = compare(keys(short), keys(long))
        assert found is not None and found.how == "part" and found.edits <= 1, short
        assert edited_part(keys(short), keys(long)) and edited_part(keys(long), keys(short))
    assert PART_EDITED == 6
    # a word-for-word part is no edited part (it joins whatever the speakers, as before)
    assert not edited_part(keys("a vast judicial overreaching today"),
                           keys("It is a vast judicial overreaching today, she said"))


def test_a_content_word_changed_in_a_short_part_stays_apart():
    """The development set's different pair it would join otherwise (a content word
    changed at the part's end), a part of 7 words (its edits as before), and two
    quotations as long (no part: the edit is no cut)."""
    assert compare(keys("the alarming levels of inaction"),
                   keys("deeply concerned by the alarming levels of spread and severity")) is None
    assert compare(keys("We must stop being the stupid party."), keys(
        "We've got to stop being the stupid party. It's time for a new Republican Party"
        " that talks like adults")) is None
    assert compare(keys("It has been briefed to Congress."),
                   keys("It has been briefed by Congress.")) is None
    assert compare(keys("Kami tidak ingin berperang"), keys(
        "Kami tidak ingin berdamai dengan siapa pun di kawasan itu")) is None


def test_an_edit_of_a_short_part_leaves_its_negations_alone():
    """The read-over's wrong joins of this class (AllSides, bench/README.md, Session 18):
    a negation dropped or added by the edit, or standing just before the part."""
    for short, long in (
            ("This election is not being rigged", "This election is being rigged by the"
             " media pushing false and unsubstantiated charges"),
            ("had communications with the Russians.", "I did not have communications with"
             " the Russians, and I'm unable to comment on it."),
            ("We don't have the votes", "We have the votes on the substance but not"
             " necessarily on the process"),
            ("Kejadian ini tidak boleh terulang", "Kami pastikan kejadian ini boleh terulang"
             " lagi tahun depan di dapur itu")):
        assert compare(keys(short), keys(long)) is None, short


def test_a_trail_joins_an_edited_part_only_where_the_speakers_can_be_one_person():
    # 1: the long quotation, 2: the edited part, 3: a copy of the long one
    ids, links, words = [1, 2, 3], [(1, 2), (1, 3)], {1: 21, 2: 6, 3: 21}
    for speakers, apart in (({1: "Anthony M. Kennedy", 2: "Kennedy"}, False),
                            ({1: "Anthony M. Kennedy"}, False),  # (the part names nobody)
                            ({1: "Anthony M. Kennedy", 2: "Mary Stone"}, True)):
        shown = by_speaker(ids, links, words, speakers, edited=[(1, 2)])
        assert (shown[2] != shown[1]) is apart, speakers
        assert shown[3] == shown[1]
        # without ``edited`` (a word-for-word part) the attribution alone splits nothing
        assert len(set(by_speaker(ids, links, words, speakers).values())) == 1
    # the speakers asked for: the groups an edited link joins, none a coder named
    assert unnamed_asked(ids, links, words, {}, edited=[(1, 2)]) == {1, 2, 3}
    assert unnamed_asked(ids, links, words, {2: "Mary Stone"}, edited=[(1, 2)]) == {1, 3}
    assert unnamed_asked(ids, links, words, {}) == set()


def _run(db, *args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_list_and_the_trail_of_suggestions_follow_the_attribution(tmp_path):
    """Two outlets' suggested quotations, nothing annotated: the part attributed to the
    long quotation's speaker is a version of it; attributed to someone else, apart (the
    list then has no statement quoted twice)."""
    for speaker, together in (("Kennedy", True), ("Mary Stone", False)):
        db = tmp_path / f"{together}.sqlite"
        with Library(db) as lib:
            lib.bulk.add_articles(quoted_articles(
                [("Daily", (LONG, "Anthony Kennedy")), ("Herald", (PART, speaker)),
                 ("Post", (LONG, "Anthony Kennedy"))], 1, "2024-06", "{speaker} said."))
        for _ in range(2):  # (caught up, then rebuilt)
            listed = json.loads(_run(db, "quotes", "--json"))
            assert [(c["size"], c["outlets"]) for c in listed] == [(3, 3) if together
                                                                   else (2, 2)], speaker
            shown = _run(db, "trail", listed[0]["trail"])
            assert ("OutletHerald" in shown) is together
            with Library(db) as lib:
                lib.trail.rebuild()


def test_an_alias_added_changes_the_list_at_its_next_listing(tmp_path):
    """Issue 15's leftover (trail17): an alias added in Speakers changed the list's counts
    only when the cluster was next touched, while the trail followed at once. Now the
    summaries a speaker may split are made again at the next listing (``_follow_speakers``);
    nothing else in the library changes here."""
    db = tmp_path / "alias.sqlite"
    with Library(db) as lib:
        lib.bulk.add_articles(quoted_articles(
            [("Daily", (LONG, "Anthony Kennedy")), ("Herald", (PART, "Sam Hill")),
             ("Post", (LONG, "Anthony Kennedy"))], 1, "2024-06", "{speaker} said."))
        lib.speakers.create("Anthony Kennedy")
    listed = json.loads(_run(db, "quotes", "--json"))
    assert [(c["size"], c["outlets"]) for c in listed] == [(2, 2)]
    assert "OutletHerald" not in _run(db, "trail", listed[0]["trail"])
    with Library(db) as lib:
        lib.speakers.add_alias("Anthony Kennedy", "Sam Hill")
    listed = json.loads(_run(db, "quotes", "--json"))
    assert [(c["size"], c["outlets"]) for c in listed] == [(3, 3)]
    assert "OutletHerald" in _run(db, "trail", listed[0]["trail"])
    with Library(db) as lib:  # (and back)
        lib.speakers.remove_alias("Anthony Kennedy", "Sam Hill")
    assert [(c["size"], c["outlets"]) for c in json.loads(_run(db, "quotes", "--json"))
            ] == [(2, 2)]


DAMS = ("We will not give up on the families of the valley, the dams will be finished"
        " before the rains")
TAX = ("We will not give up on the families of the valley, the new tax will be cut in"
       " half next year")
SHARED = "not give up on the families"


def test_a_cluster_of_several_statements_lists_the_others_in_its_row(tmp_path):
    """Issue 15's leftover (trail17): a stored cluster a short quotation splits by speaker
    into several statements quoted twice listed only the biggest. Its row now names each
    other statement with its own trail's counts and what `kutip trail` takes to open it
    (text and --json)."""
    db = tmp_path / "others.sqlite"
    with Library(db) as lib:
        lib.bulk.add_articles(quoted_articles(
            [("A", (DAMS, "Rina Tan")), ("B", (DAMS, "Rina Tan")), ("C", (DAMS, "Rina Tan")),
             ("D", (TAX, "Joko Morin")), ("E", (TAX, "Joko Morin")),
             ("F", (SHARED, "Sam Hill"))], 1, "2024-02", "{speaker} said."))
        for article, (text, speaker) in zip(lib.articles.ids(), [
                (DAMS, "Rina Tan"), (DAMS, "Rina Tan"), (DAMS, "Rina Tan"),
                (TAX, "Joko Morin"), (TAX, "Joko Morin"), (SHARED, "Sam Hill")], strict=True):
            lib.annotations.add_exact(article, text, kind="quote", speaker=speaker)
    [listed] = json.loads(_run(db, "quotes", "--json"))
    assert (listed["size"], listed["outlets"], listed["speaker"]) == (3, 3, "Rina Tan")
    [other] = listed["other_statements"]
    assert (other["size"], other["outlets"], other["speaker"]) == (2, 2, "Joko Morin")
    shown = _run(db, "trail", other["reference"])
    assert "Quote trail: 2 versions in 2 outlets" in shown and "Joko Morin" in shown
    text = _run(db, "quotes")
    assert (f"+ in its cluster, another statement: `kutip trail {other['reference']}`,"
            " 2 outlets, 2 versions, Joko Morin") in text


def test_another_statement_nobody_annotated_is_named_by_the_attribution(tmp_path):
    """The Quotes list's line for another statement of a cluster (the app, trail19) names
    its speaker as the list's rows do: a coder's, else the attribution's for its reference
    version, marked suggested (`kutip quotes`: "(suggested)"; --json: speaker_suggested),
    and gives the item its trail opens at."""
    db = tmp_path / "suggested.sqlite"
    spec = [("A", (DAMS, "Rina Tan")), ("B", (DAMS, "Rina Tan")), ("C", (DAMS, "Rina Tan")),
            ("D", (TAX, "Joko Morin")), ("E", (TAX, "Joko Morin")), ("F", (SHARED, "Sam Hill"))]
    with Library(db) as lib:
        lib.bulk.add_articles(quoted_articles(spec, 1, "2024-02", "{speaker} said."))
        for article, (name, (text, speaker)) in zip(lib.articles.ids(), spec, strict=True):
            if name in "ABC":  # (D, E and F: suggested quotes, nobody annotated them)
                lib.annotations.add_exact(article, text, kind="quote", speaker=speaker)
    [listed] = json.loads(_run(db, "quotes", "--json"))
    assert (listed["size"], listed["speaker"]) == (3, "Rina Tan")
    [other] = listed["other_statements"]
    assert (other["size"], other["outlets"], other["speaker"], other["speaker_suggested"],
            other["speaker_pending"]) == (2, 2, "Joko Morin", True, False)
    with Library(db) as lib:
        trail = lib.trail.trail_of_cluster(listed["cluster"], other["item_id"])
        assert sorted(v.source for v in trail.versions) == ["OutletD", "OutletE"]
        assert trail.reference.item_id == other["item_id"]
    assert (f"`kutip trail {other['reference']}`, 2 outlets, 2 versions, Joko Morin"
            " (suggested):") in _run(db, "quotes")
