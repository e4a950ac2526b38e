"""After a quotation, a named person's or body's paper and its verb (issue 9, session 45):
“…,” Fontaine's statement reads. / “…,” Acme Corp’s statement said. — whose paper it is
speaks; a day's statement names nobody."""

import pytest

from reader.core.quotes import suggest

_LEAD = "Shauna Fontaine filed a complaint against the chief in June.\n\n"
_QUOTE = "“It is time for change, and I can only hope that change will take hold,” "


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("cue", "speaker"), [
    ("Fontaine's statement reads.", "Shauna Fontaine"),
    ("Fontaine’s statement said.", "Shauna Fontaine"),
    ("Fontaine's letter said.", "Shauna Fontaine"),
    ("Acme Corp’s statement said.", "Acme Corp"),
])
def test_whose_paper_it_is_speaks(cue, speaker):
    assert _speakers(_LEAD + _QUOTE + cue) == [speaker]


def test_a_days_statement_names_nobody():
    assert _speakers(_LEAD + _QUOTE + "Thursday's statement said.") == [""]


@pytest.mark.parametrize("place", ["Kenya", "Gaza"])
def test_a_places_statement_names_nobody(place):
    assert _speakers(_LEAD + _QUOTE + f"{place}'s statement said.") == [""]
