"""The floor under the trail's quality: pairwise precision and recall on real coverage of the
same events by several outlets (Indonesian and English) and on hand-made variants of each
edit type (bench/trail_quality.py prints the figures per language and edit type)."""

import itertools
import json
from pathlib import Path

import pytest

from reader.core.trail.cluster import SHORT_MEMBER
from reader.core.trail.evaluate import (
    flagged,
    found_statements,
    label,
    linked,
    load_chains,
    load_constructed,
    load_heldout,
    load_pairs,
    load_partial,
    partial_halves,
    score_chains,
    score_clusters,
    score_pair_clusters,
    score_pairs,
)
from reader.core.trail.match import compare, edited_part, stock_phrase
from reader.core.trail.text import ONE_SHINGLE_WORDS, keys, shingles, worth_checking

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"


@pytest.fixture(scope="module")
def labelled():
    return load_pairs(DATA)


def test_the_labelled_set_is_big_enough_and_in_both_languages(labelled):
    pairs, events = labelled
    same = [p for p in pairs if p.label == "same"]
    different = [p for p in pairs if p.label == "different"]
    assert len(same) >= 150 and len(different) >= 500
    assert {p.language for p in same} == {"id", "en"}
    assert {p.group for p in pairs} >= {"changed", "dropped", "added", "typo", "marks", "part",
                                        "different statement, same speaker"}
    assert all(q["url"].startswith("http") for quotes in events for q in quotes)


def test_pairwise_precision_and_recall_are_at_least_095(labelled):
    score = score_pairs(labelled[0])
    assert score.precision >= 0.95, score.false_alarms[:5]
    assert score.recall >= 0.95, score.misses[:5]


def test_clusters_keep_precision_and_recall_at_least_095(labelled):
    score = score_clusters(labelled[1])
    assert score.precision >= 0.95, score.false_alarms[:5]
    assert score.recall >= 0.95, score.misses[:5]


@pytest.mark.parametrize("edit", ["changed", "dropped", "added", "typo", "marks", "part",
                                  "different statement, same speaker"])
def test_every_hand_made_edit_type_is_right(labelled, edit):
    chosen = [p for p in labelled[0] if p.group == edit]
    score = score_pairs(chosen)
    assert (score.precision, score.recall) == (1.0, 1.0), score.misses + score.false_alarms


def test_labels_follow_the_sentences_quotes_cover():
    def quote(*parts):
        return {"parts": list(parts)}

    assert label(quote("a:T", "b:T"), quote("b:T")) == "same"
    assert label(quote("a:T"), quote("b:T")) == "different"
    assert label(quote("a:T", "b:T"), quote("b:R")) == "reworded"
    assert label(quote("a:T", "b:T"), quote("b:T", "c:T")) == "overlap"


def test_the_held_out_set_keeps_its_measured_figures():
    """The held-out coverage (never tuned on): no statement joined wrongly. Added in
    session 4 with 27 of 29 same pairs found (Indonesian 18 of 20: an abbreviation written
    out, a condensed quote); in session 5, after the abbreviation and prefix classes were
    fixed on new development groups, measured once: 28 of 29 (Indonesian 19 of 20, 0.95),
    37 of 38 once clustered. A floor against regressions, not a target."""
    pairs, events = load_heldout(DATA)
    assert {p.language for p in pairs if p.label == "same"} == {"id", "en"}
    assert all(q["url"].startswith("http") for quotes in events for q in quotes)
    score = score_pairs(pairs)
    assert score.precision >= 0.99, score.false_alarms[:5]
    assert score.recall >= 0.96, score.misses
    for language in ("id", "en"):
        by_language = score_pairs([p for p in pairs if p.language == language])
        assert by_language.precision >= 0.95 and by_language.recall >= 0.95, language
    clusters = score_clusters(events)
    assert clusters.precision >= 0.99 and clusters.recall >= 0.97, clusters.misses


def test_each_language_of_the_development_set_keeps_its_figures(labelled):
    """Measured in session 5: English 0.972, Indonesian 0.949 (the session 5 groups all
    found once the abbreviation and prefix classes were fixed; left: the PPKM group's
    garbled dates and misspellings). A floor against regressions."""
    for language, floor in (("id", 0.94), ("en", 0.95)):
        score = score_pairs([p for p in labelled[0] if p.language == language])
        assert score.precision == 1.0 and score.recall >= floor, (language, score.misses)


def test_the_candidate_index_finds_every_pair_the_matcher_joins(labelled):
    """The trail checks only pairs that share a shingle, and a pair that shares one alone
    only when a side is short (``cluster.pairs_worth_checking``, tightened in session 8 so
    a catch-up stops reading the quotations of chance meetings): on the development set
    and the held-out coverage, every pair ``compare`` joins is such a candidate, so the
    figures above are the trail's own."""
    pairs = labelled[0] + load_heldout(DATA)[0]
    joined = 0
    for pair in pairs:
        a, b = keys(pair.a), keys(pair.b)
        if compare(a, b) is None:
            continue
        joined += 1
        shared = len(set(shingles(a)) & set(shingles(b)))
        assert shared and worth_checking(shared, len(a), len(b)), (pair.a, pair.b)
    assert joined >= 200


def test_parts_two_statements_share_are_labelled_and_pairwise_apart():
    """chains.json (R12-15, constructed): in both languages; each case has different
    statements; a pair of two different whole statements is never linked by ``compare``
    (the issue's 'a different statement with a few shared words stays apart' holds
    pairwise; bench/trail_quality.py reports how the clusters chain them)."""
    chains = load_chains(DATA)
    assert {case["language"] for case in chains} == {"en", "id"}
    score = score_chains(chains)
    assert score.fp + score.tn >= 15 and score.tp + score.fn >= 10
    for case in chains:
        quotes = case["quotes"]
        assert len({s for q in quotes for s in q["statements"]}) == 2, case["case"]
        whole = [q for q in quotes if len(q["statements"]) == 1]
        for a, b in itertools.combinations(whole, 2):
            if a["statements"] != b["statements"]:
                assert compare(keys(a["text"]), keys(b["text"])) is None, (a, b)


def test_the_trail_flags_each_case_with_a_part_of_two_statements_and_no_other():
    """R12-15: the constructed cases whose part lies in two statements are flagged
    (``cluster.statements`` splits their cluster: five), the two where the part is one
    statement's are not; R14-1's three stock phrases ('I don't know', 'What do you think?',
    'Saya juga tidak tahu', ``match.stock_phrase``) link neither statement, so nothing is
    chained to flag: each statement is a cluster of its own and the phrase alone. Of the
    real coverage's clusters at most the 2 of 22 measured (overlapping excerpts, two
    translations: flagged as 'may be' different)."""
    for case in load_chains(DATA):
        quotes = case["quotes"]
        ambiguous = any(len(q["statements"]) > 1 for q in quotes)
        if any(stock_phrase(keys(q["text"])) for q in quotes):
            assert flagged([quotes])[0] == 0, case["case"]
            assert len(set(found_statements(quotes).values())) == 3, case["case"]
            continue
        assert flagged([quotes]) == (int(ambiguous), 1), case["case"]
    # (0.444 before R14-1); R15-3's four cases (a short generic phrase: "We are very happy")
    # still chain their two statements in one cluster (flagged above); the trail shows them
    # apart (session 16: ``cluster.by_speaker``, the next test)
    assert score_chains([case for case in load_chains(DATA)
                         if not case["case"].startswith("R15-3")]).precision >= 0.52
    assert score_chains(load_chains(DATA)).precision >= 0.44
    flags, total = flagged(load_pairs(DATA)[1])
    assert flags <= 2 and total >= 20


def test_a_trail_shows_a_short_phrase_of_other_speakers_apart():
    """Session 16 (R15-3): as a trail shows them (``cluster.by_speaker``, members of
    ``SHORT_MEMBER`` keys or fewer joining by speaker), each of R15-3's cases ("We are very
    happy" of a third person, of nobody named or of one of the two) keeps its two
    statements apart: chains.json 0.444 -> 0.522 measured. The one-speaker cases of R12-15
    cannot be told so (flagged instead), and nothing else moves: dev and held-out clusters
    as before (their speakers: dev's one per event, held-out none)."""
    chains = load_chains(DATA)
    for case in chains:
        if case["case"].startswith("R15-3"):
            assert score_chains([case], short=SHORT_MEMBER).fp == 0, case["case"]
            assert score_chains([case]).fp == 1, case["case"]
    shown = score_chains(chains, short=SHORT_MEMBER)
    assert shown.precision >= 0.52 and shown.recall == 1.0, shown
    pairs, events = load_pairs(DATA)
    for groups in (events, load_heldout(DATA)[1]):
        plain, by_speaker = score_clusters(groups), score_clusters(groups, short=SHORT_MEMBER)
        assert (by_speaker.tp, by_speaker.fp) == (plain.tp, plain.fp)


def test_a_different_statement_sharing_only_function_words_stays_apart():
    """R13-9 (issue 15): three substitutions hitting the verb, the object and the second
    verb, every function word kept, are a different statement; a synonym for one content
    word of the same sentence is the same one."""
    tail = "dan kami tidak akan menyerang siapa pun di kawasan itu"
    antara = "Kami tidak ingin berperang dengan Ukraina " + tail
    mina = ("Kami tidak ingin berunding dengan NATO dan kami tidak akan menerima siapa pun di "
            "kawasan itu")
    synonym = "Kami tidak ingin bertempur dengan Ukraina " + tail
    assert compare(keys(antara), keys(mina)) is None
    assert compare(keys(mina), keys(antara)) is None
    found = compare(keys(antara), keys(synonym))
    assert found is not None and found.how == "edited" and found.edits == 1


def test_constructed_pairs_sharing_function_words_keep_their_measured_figures():
    """content.json (constructed, both languages): every same pair (a synonym for one
    content word) together; of the different pairs, measured 8 of 12 apart in Indonesian
    (precision 0.600) and 10 of 13 in English (0.667; one real pair of two speakers), 6
    and 2 before the content-word rule.
    The rest change one or two content words of five or more, which text alone cannot tell
    from a synonym. A floor against regressions."""
    pairs = load_constructed(DATA / "content.json")
    for language, floor in (("id", 0.59), ("en", 0.65)):
        chosen = [p for p in pairs if p.language == language]
        assert sum(p.label == "same" for p in chosen) >= 6
        assert sum(p.label == "different" for p in chosen) >= 12
        score = score_pairs(chosen)
        assert score.recall == 1.0, (language, score.misses)
        assert score.precision >= floor, (language, score.precision)


@pytest.fixture(scope="module")
def partial():
    return load_partial(DATA)


def test_the_real_partial_set_is_real_and_in_both_languages(partial):
    """partial.json (session 14): real quoted spans of different articles, each with where it
    came from (repository, commit, path, offsets, page, outlet), in both languages."""
    pairs, unclear = partial
    data = json.loads((DATA / "partial.json").read_text(encoding="utf-8"))
    assert len(data["pairs"]) == len(pairs) and len(data["unclear"]) == unclear
    assert sum(p.label == "same" for p in pairs) >= 140
    assert sum(p.label == "different" for p in pairs) >= 25
    assert {p.language for p in pairs if p.label == "same"} == {"id", "en"}
    for entry in data["pairs"] + data["unclear"]:
        for side in ("a", "b"):
            source = entry["source"][side]
            assert source["repo"] and len(source["commit"]) == 40 and source["path"]
            assert source["url"].startswith("http") and source["outlet"]
            assert source["end"] - source["start"] >= len(entry[side])
        assert entry["source"]["a"]["text_sha1"] != entry["source"]["b"]["text_sha1"]


def test_the_real_partial_set_keeps_its_measured_figures(partial):
    """Measured in session 14 (one14) as the trail links pairs (candidate lookup, then
    ``compare``): all 0.920 / 0.693, English 0.886 / 0.673, Indonesian 1.000 / 0.739; with
    English contractions written out (KEYS_VERSION 12) English 0.882 / 0.721 (5 same pairs
    found, 1 different joined: 'there's a special place in hell' / 'in heaven'); with "kami"
    folded to "kita" (KEYS_VERSION 14, session 15) Indonesian 1.000 / 0.783 (2 same pairs
    found). Every pair the matcher joined with edits or through two shingles stays joined. A
    stress set (one class was drawn from pairs the matcher missed): a floor against
    regressions. Session 18: a part of 4–6 words may have one edit leaving its content words
    matched (``match.PART_EDITED``), a link the trail then judges by speaker: the matcher's
    links English 0.872 / 0.788, Indonesian 0.974 / 0.826, clustered 0.904 / 0.813 (as a
    trail shows them: the next test). Session 19: a possessive "'s" no key, "towards" the
    key "toward" (KEYS_VERSION 16): English 0.876 / 0.817, clustered 0.906 / 0.833.
    Session 20: a part of 7–10 words may have a word changed and one the longer one adds
    (``match.PART_LOOSE``; KEYS_VERSION 18): English 0.881 / 0.856, Indonesian 0.975 /
    0.848, clustered 0.910 / 0.873."""
    pairs, _ = partial
    for language, precision, recall in (("en", 0.87, 0.85), ("id", 0.97, 0.84)):
        score = score_pairs([p for p in pairs if p.language == language])
        assert score.precision >= precision and score.recall >= recall, (language, score)
    for group in ("joined with edits, 6-13 words", "shares two shingles, 6-13 words"):
        assert score_pairs([p for p in pairs if p.group == group]).recall == 1.0, group
    clusters = score_pair_clusters(pairs)
    assert clusters.precision >= 0.90 and clusters.recall >= 0.87, clusters


def test_the_real_partial_set_as_a_trail_shows_it(partial):
    """Session 16: clustered as a trail shows them (``cluster.by_speaker`` with the
    attribution's speakers, ``speaker_found``), measured 0.941 / 0.740 (0.919 / 0.753 as
    clustered): half A unchanged (0.905 / 0.713), half B 0.933 / 0.800 -> 0.982 / 0.771
    (3 different pairs apart, 2 same pairs split). The pairs alone are not split by the
    attribution's speakers (the pair figures are the matcher's, above), but for a short
    part with an edit (session 18, ``match.edited_part``): it joins where the two speakers
    can be one person or one names nobody. Session 18: clustered as shown 0.941 / 0.740 ->
    0.944 / 0.787 (A 0.905 / 0.713 -> 0.910 / 0.762, B 0.982 / 0.771 -> 0.983 / 0.814);
    pairs as shown 0.922 / 0.787 (the matcher's were 0.917 / 0.740: A 0.902 / 0.688 ->
    0.908 / 0.738, B 0.933 / 0.800 -> 0.937 / 0.843; half B never read: 3 same pairs
    more, no different one). Session 19 (KEYS_VERSION 16, the possessive): clustered as
    shown 0.945 / 0.807 (A 0.913 / 0.787, B 0.983 / 0.829), pairs as shown 0.924 / 0.807.
    Session 20 (``match.PART_LOOSE``, KEYS_VERSION 18): clustered as shown 0.948 / 0.847
    (A 0.920 / 0.863, B unchanged 0.983 / 0.829), pairs as shown 0.926 / 0.840."""
    pairs, _ = partial
    assert sum(bool(p.speaker_a) + bool(p.speaker_b) for p in pairs) >= 300
    shown = score_pair_clusters(pairs, short=SHORT_MEMBER)
    assert shown.precision >= 0.94 and shown.recall >= 0.84, shown
    a, b = partial_halves(DATA)
    assert score_pair_clusters(a, short=SHORT_MEMBER).fp <= score_pair_clusters(a).fp
    assert score_pair_clusters(b, short=SHORT_MEMBER).fp <= 1
    alone = score_pairs(pairs, shown=True)
    assert alone.precision >= 0.92 and alone.recall >= 0.83, alone
    for half in (a, b):  # (the edited parts: no different pair more than before)
        assert score_pairs(half, shown=True).fp <= sum(
            p.label == "different" and linked(keys(p.a), keys(p.b))
            and not edited_part(keys(p.a), keys(p.b)) for p in half)


def test_the_real_partial_set_splits_in_two_fixed_halves(partial):
    """``partial_halves`` (session 15): every labelled pair in exactly one half, by its
    text_sha1 alone (the same halves in every session), each half with same and different
    pairs in both languages' share, so a rule looked for on one is scored on the other."""
    pairs, _ = partial
    a, b = partial_halves(DATA)
    assert len(a) + len(b) == len(pairs)
    assert {(p.a, p.b) for p in a}.isdisjoint((p.a, p.b) for p in b)
    assert {(p.a, p.b, p.label) for p in a + b} == {(p.a, p.b, p.label) for p in pairs}
    for half in (a, b):
        assert sum(p.label == "same" for p in half) >= 60
        assert sum(p.label == "different" for p in half) >= 10
        assert {p.language for p in half} == {"en", "id"}


def test_a_stricter_one_shingle_bound_loses_a_real_partial_quotation(partial):
    """Why ``ONE_SHINGLE_WORDS`` is 11 (issue 15, session 14): a real Indonesian partial
    quotation of 11 words (a clitic and a word changed, a word dropped) shares one shingle
    with the passage it is cut from, so any bound below 11 loses it; below 8, English ones
    too. Every other labelled set is the same for every bound (no linked pair there shares
    only one shingle)."""
    pairs, _ = partial
    same = [p for p in pairs if p.label == "same"]
    lost = [p for p in same if linked(keys(p.a), keys(p.b))
            and not linked(keys(p.a), keys(p.b), ONE_SHINGLE_WORDS - 1)]
    assert ONE_SHINGLE_WORDS == 11 and lost
    assert all(min(len(keys(p.a)), len(keys(p.b))) == 11 for p in lost)
    assert len([p for p in same if linked(keys(p.a), keys(p.b))
                and not linked(keys(p.a), keys(p.b), 7)]) >= 4
