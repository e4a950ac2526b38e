"""A part of 7–10 words cut from a longer quotation may have a word changed and one the
longer one adds (issue 15, session 20: ``match.PART_LOOSE``), and its placement is the one
with the fewest edits, not the one with the fewest words apart (``match.placement``).

The joined pairs are the real partial set's (``tests/data/trail/partial.json``, half A:
labelled the same statement); the pairs kept apart are the development set's reworded
translation (``quotes.json``, Lavrov on radio) and made-up edits of the same parts."""

from reader.core.trail.match import PART_LOOSE, align, compare, placement
from reader.core.trail.text import keys

JOINED = (
    # a word changed and one added by the longer version (the part's outlet smoothed its cut)
    ("detained until they are removed from our country",
     "Under my Administration, anyone who illegally crosses the border will be detained"
     " until they are removed out of our country"),
    ("serious threat to national security, domestic programs and the economy",
     "Sequester is a blunt and indiscriminate instrument that poses a serious threat to our"
     " national security, domestic priorities, and the economy"),
    ("Ini bukan jalan raya, jadi saya turunkan Ditkrimum dan Ditlantas",
     "Saya belum bisa sampaikan ini, karena ini bukan di jalan raya, jadi saya turunkan"
     " Ditreskrimum dan Ditlantas untuk mendalami kejadian tersebut. Nanti hasilnya akan"
     " disampaikan"),
    # the closest window cut the changed word off ("bring [this case]") or missed its
    # neighbours ("I will [vote]" / "I'll be voting")
    ("no reasonable prosecutor would bring this case.",
     "Although there is evidence of potential violations of the statutes regarding the"
     " handling of classified information, our judgment is that no reasonable prosecutor"
     " would bring such a case. Prosecutors necessarily weigh a number of factors before"
     " deciding whether to bring charges."),
    ("I will vote to confirm Judge Kavanaugh.",
     "This investigation found no hint of misconduct ... I’ll be voting to confirm Judge"
     " Kavanaugh."),
)


def test_a_part_of_seven_to_ten_words_may_have_a_word_changed_and_one_added():
    assert PART_LOOSE == 10
    for short, long in JOINED:
        found = compare(keys(short), keys(long))
        assert found is not None and found.how == "part" and found.edits == 1.5, short
        assert compare(keys(long), keys(short)) == found  # (either way round)


def test_the_placement_with_the_fewest_edits_is_taken():
    short, long = (keys(text) for text in JOINED[3])
    closest = align(short, long)  # (fewest words apart: "this case" hangs over its end)
    assert closest is not None and closest.edits == 2.0
    best = placement(short, long)
    assert best is not None and best.edits == 1.5
    assert [(op.tag, short[op.s0:op.s1], long[op.l0:op.l1]) for op in best.ops
            if op.tag != "equal"] == [("replace", ["this"], ["such"]), ("insert", [], ["a"])]


def test_a_part_that_adds_a_word_or_edits_a_negation_stays_apart():
    """Each joins without its own guard (``_trimmed``, ``_negations_kept``)."""
    for short, long in (
            # two translations of one answer (a word the longer one lacks: "also")
            ("We will also not allow our interests to be ignored",
             "We do not want wars, but we won’t allow our interests to be flagrantly stepped"
             " on and ignored."),
            # a word dropped by the longer one and one changed (1.5 edits, with a drop)
            ("detained until they are quickly removed from our country",
             "anyone who crosses the border will be detained until they are removed from"
             " the country"),
            # a negation added by the longer one
            ("they are removed from our country by force",
             "they are not removed from the country by force, he said to the reporters")):
        assert compare(keys(short), keys(long)) is None, short


def test_two_versions_of_the_whole_statement_keep_their_edits():
    """Half an edit more is for a part cut from a longer quotation, not for two versions
    of the whole (``allowed_edits``: one edit for 7–10 words)."""
    assert compare(keys("they are removed from our country tomorrow"),
                   keys("they are removed out of our country tomorrow")) is None
    assert compare(keys("the state of the union is strong tonight"),
                   keys("the state of the union is very strong today")) is None


def test_the_trail_shows_the_changed_word_not_a_cut():
    from reader.core.trail.diff import difference, render

    short, long = JOINED[3]
    shown = render(difference(long, short).segments)
    assert "would bring [-such-]{+this+} [-a-] case." in shown, shown


def test_the_wider_search_only_adds_joins():
    """The closest placement is judged first; a wider one only where it is refused (the
    read-over's real pair that 4329f35c split: the wider placement has as few edits but
    takes "the hell" in, a content word the part lacks)."""
    short = keys("What do you have to lose?")
    long = keys("You're living in poverty, your schools are no good, you have no jobs."
                " Fifty-eight percent of your youth is unemployed. What the hell do you have"
                " to lose?")
    found = compare(short, long)
    assert found is not None and found.how == "part" and found.edits == 1.0
    wider = placement(short, long)  # (what the trail shows: the fewest edits, then words)
    assert wider is not None and wider.window == (22, 30)
