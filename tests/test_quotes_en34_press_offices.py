"""Speakers in English news (issue 9, session 34): the press's short words for an office
after a quotation (“…,” the boss said. / the Zanfold boss said / the skipper said / the
premier said) found nobody: “boss”, “skipper” hold no office (``lexicon.EN_EPITHETS``),
“Arsenal boss Mikel Vale” gave its person no role at all, and “the Zanfold boss said”
was read as a name (“Zanfold”) and its noun. They now stand for the manager, coach, chief
(“boss”), captain (“skipper”) or prime minister (“premier”) the article named. Made-up
sentences; the guards keep an office the article gives nobody unnamed."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

MIDDLE = " The club confirmed the news on Monday, and the fans reacted quickly. "
QUOTE = "“We will keep going whatever the table says in May,” "


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Wexford manager Mikel Dorran praised the side.", "the boss said.", "Mikel Dorran"),
        ("Wexford manager Mikel Dorran praised the side.", "the Wexford boss said.",
         "Mikel Dorran"),
        ("Wexford boss Mikel Dorran praised the side.", "the boss said.", "Mikel Dorran"),
        ("Wexford boss Mikel Dorran praised the side.", "the Wexford boss said.",
         "Mikel Dorran"),
        ("Zanfold chief executive Piet Moen spoke on Monday.", "the Zanfold boss said.",
         "Piet Moen"),
        ("Captain Ann Kerr scored twice.", "the skipper said.", "Ann Kerr"),
        ("Prime Minister Ann Kerr visited Paris.", "the premier told reporters.", "Ann Kerr"),
    ],
)
def test_a_short_word_for_an_office_is_its_holder(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + MIDDLE + QUOTE + cue) == [expected]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("The fixture list came out on Monday.", "the boss said.", ""),
        ("Wexford striker Tom Vale scored twice.", "the Wexford boss said.", ""),
        ("Wexford manager Mikel Dorran praised the side.", "the Carlow boss said.", ""),
        ("Wexford manager Mikel Dorran praised the side.", "the manager said.",
         "Mikel Dorran"),
        ("Skipper Ann Kerr scored twice.", "the skipper said.", "Ann Kerr"),
    ],
)
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + MIDDLE + QUOTE + cue) == [expected]
