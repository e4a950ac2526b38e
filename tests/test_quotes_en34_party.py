"""Speakers in English news (issue 9, session 34): a party member written as a noun after
“the”, after a state or alone (“…,” the Texas Republican said.; “the New York Democrat
added”; “the Vermont independent”; “the Tory said”), the way US and British political news
call a lawmaker it has named. It stands for the person the article tied to the party (and
to the place, when one is written): a tag after the name (“Sen. Dale Harmon (R-Texas)”,
“Sen. Carl Novak, D-N.Y.,”), the party or place before the name (“Republican Sen. Dale
Harmon”, “Conservative MP Hugo Pell”) or an apposition (“Rep. Ann Lee, a Democrat from
Ohio,”). Before, these gave nobody, or “Tory” as a name. Made-up sentences; the guards
keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“This bill is a disaster for the working families of this country,” "
TWO = ("Sen. Carl Novak, D-N.Y., and Sen. Dale Harmon, R-Texas, spoke on Tuesday. "
       "The vote failed.")


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Sen. Dale Harmon (R-Texas) spoke on the floor on Tuesday. The vote failed.",
         "the Texas Republican said.", "Dale Harmon"),
        ("Sen. Dale Harmon, a Texas Republican, spoke on Tuesday. The vote failed.",
         "said the Texas Republican.", "Dale Harmon"),
        ("Sen. Ruth Blake (I-Vt.) spoke in Iowa on Tuesday. The crowd cheered.",
         "the Vermont independent said.", "Ruth Blake"),
        ("Rep. Ann Lee, a Democrat from Ohio, voted against the bill. It passed anyway.",
         "the Ohio Democrat said.", "Ann Lee"),
        (TWO, "the New York Democrat said.", "Carl Novak"),
        (TWO, "the Texas Republican added.", "Dale Harmon"),
        ("Conservative MP Hugo Pell spoke in the Commons on Tuesday. The bill passed.",
         "the Tory said.", "Hugo Pell"),
        ("Conservative MP Hugo Pell spoke in the Commons on Tuesday. The bill passed.",
         "the Tory MP said.", "Hugo Pell"),
    ],
)
def test_a_party_member_after_the_is_the_one_so_tied(lead: str, cue: str,
                                                     expected: str) -> None:
    assert speakers(f"{lead}\n{SAID}{cue}") == [expected]


def test_a_party_member_before_the_quotation() -> None:
    text = ("Sen. Dale Harmon (R-Texas) spoke on the floor on Tuesday. The vote failed.\n"
            "The Texas Republican told reporters: “This bill is a disaster for our border.”")
    assert speakers(text) == ["Dale Harmon"]


def test_a_party_noun_tied_to_nobody_is_no_name() -> None:
    # (“Tory” was the speaker)
    text = ("Hugo Pell spoke in the Commons on Tuesday. The bill passed.\n"
            f"{SAID}the Tory said.")
    assert speakers(text) == [""]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # the party as the senator's title (right before as after)
        ("Republican Sen. Dale Harmon spoke on the floor on Tuesday. The vote failed.",
         "the Republican said.", "Dale Harmon"),
        # the party is tied to nobody: nobody, not the senator named last
        ("Sen. Dale Harmon spoke on the floor on Tuesday. The vote failed.",
         "the Republican said.", ""),
        # the place is tied to nobody of the party
        (TWO, "the Ohio Democrat said.", ""),
        ("Senate Republican leader Rob Dale told reporters it was bad. Others disagreed.",
         "the Kansas Republican said.", ""),
        # a party's body speaks for itself
        ("Conservative MP Hugo Pell spoke in the Commons on Tuesday. The bill passed.",
         "the Conservative Party said.", "Conservative Party"),
        ("Sen. Dale Harmon (R-Texas) spoke on the floor on Tuesday. The vote failed.",
         "the Republican National Committee said.", ""),
    ],
)
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"{lead}\n{SAID}{cue}") == [expected]
