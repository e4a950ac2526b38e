"""Speakers in English news (issue 9, session 33): a name of four words whose surname is
two words (“Andrés Manuel López Obrador” … “López Obrador said”) was cut to the surname
(People._cut_firm reads the words before a tail the article writes on its own as a
firm's). In English a tail whose last word is never written apart from it, after words
the article writes nowhere apart from the run, is a surname of two words: the name
stays whole. Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("intro", "cue", "expected"),
    [
        ("Andrés Manuel López Obrador met the envoys on Monday.", "López Obrador said.",
         "Andrés Manuel López Obrador"),
        ("The talks were opened by Juan Carlos Pérez Rubio, the trade minister.",
         "Pérez Rubio told reporters.", "Juan Carlos Pérez Rubio"),
        ("Mary Kay Le Fevre spoke at the launch on Monday.", "Le Fevre said.",
         "Mary Kay Le Fevre"),
        ("On Monday, María José García Fernández met the envoys.",
         "said García Fernández.", "María José García Fernández"),
    ],
)
def test_four_word_name_called_by_two_word_surname(intro: str, cue: str,
                                                    expected: str) -> None:
    assert speakers(f"{intro} The talks ran late.\n\n{SAID}{cue}") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's words run into the name, written elsewhere on their own: cut
        ("James Bond David Harewood: fans want a new spy. Every James Bond film sells. "
         "David Harewood spoke on Monday.\n\n" + SAID + "David Harewood said.",
         "David Harewood"),
        # three words with a two-word surname: whole, as before
        ("Gabriel García Márquez spoke on Monday. The talks ran late.\n\n"
         + SAID + "García Márquez said.", "Gabriel García Márquez"),
    ],
)
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
