"""“The Louisiana senator” for the one senator the article names (issue 9, session 44,
from round 217's wire copy).

US copy titles a senator “Sen.” and later calls him by the noun with his state, which the
article may never have written: the one holder of that office is who it means (a guess,
marked). A qualifier the article ties to another holder keeps the old reading."""

from reader.core.quotes import suggest


def _picks(text):
    return [(s.speaker, s.speaker_unsure) for s in suggest(text) if s.kind == "quote"]


def test_an_epithet_with_an_unwritten_state_is_the_one_holder_marked():
    text = ("Sen. Bill Cassidy, the Republican chair of the Senate health committee, slammed "
            "the order on Friday in a post on social media.\n\n"
            "“I'm a doctor. This order is wrong,” the Louisiana senator wrote.")
    assert _picks(text) == [("Bill Cassidy", True)]


def test_the_senators_title_short_form_fits_the_noun():
    text = ("Sen. Bill Cassidy, the Republican chair of the Senate health committee, slammed "
            "the order on Friday.\n\n“This order is wrong,” the senator wrote.")
    assert [who for who, _ in _picks(text)] == ["Bill Cassidy"]


def test_two_senators_and_a_state_tied_to_neither_stay_unnamed():
    text = ("Sen. Bill Cassidy of Louisiana and Sen. Ted Cruz met on Friday to discuss the "
            "bill.\n\n“This order is wrong,” the Texas senator said.")
    assert _picks(text) == [("", False)]


def test_a_paper_keeps_the_capitalised_the_the_article_writes():
    text = ("The senator spoke to The New York Times on Monday about the bill and the vote.\n\n"
            "The New York Times called the plan “a fresh social media persona for the party”. "
            "“It was a good interview,” New York Times editors wrote.")
    picks = [who for who, _ in _picks(text)]
    assert "The New York Times" in picks and "New York Times" not in picks
