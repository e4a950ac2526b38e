"""Speakers in English news (issue 9, session 31): a speech verb after a quotation whose
subject no rule reads (“…,” the Israeli military said. / “…,” police in Lagos said.) left
the quotation unattributed, so it went to whoever the paragraph before was about; and an
office of a place before an apposed name (“…,” the mayor of Lviv, Andriy Sadovyi, said.)
was not read as the role before the name. Made-up texts; the guards keep the readings
rules before already gave."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

BEFORE = "Tom Vale, who runs the agency, spoke to reporters on Monday about the audit.\n\n"
SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize("cue", [
    "police in Lagos said.",
    "the US Embassy in Jakarta said on Tuesday.",
    "officials in Texas said.",
    "the Hamas-run health ministry said.",
    "the federal court in Manhattan said.",
    "the city of Boston said.",
])
def test_an_unnamed_body_speaking_is_nobody_not_the_last_person(cue: str) -> None:
    assert speakers(BEFORE + SAID + cue) == [""]


def test_a_state_body_by_its_people_word_speaks() -> None:
    # (session 37: a state's body in lower case after its country or people's word is the
    # body, as an organisation that speaks is; session 31 had it nobody, its point being
    # that it is not the person of the paragraph before)
    assert speakers(BEFORE + SAID + "the Israeli military said.") == ["Israeli military"]


@pytest.mark.parametrize(("cue", "name"), [
    ("the mayor of Lviv, Andriy Sadovyi, said.", "Andriy Sadovyi"),
    ("the governor of the Kharkiv Region, Oleh Synehubov, said.", "Oleh Synehubov"),
    ("the president of Acme Corp, Ann Kerr, told reporters.", "Ann Kerr"),
])
def test_an_office_of_a_place_then_the_apposed_name(cue: str, name: str) -> None:
    assert speakers(BEFORE + SAID + cue) == [name]


@pytest.mark.parametrize(("cue", "name"), [
    ("its chairwoman, Jennifer Carnahan, said.", "Jennifer Carnahan"),
    ("the Texas Department of Transportation said.", "Texas Department of Transportation"),
    ("the 45-year-old said.", "Tom Vale"),
    ("he said.", "Tom Vale"),
    ("Vale said.", "Tom Vale"),
    ("a spokesperson said.", ""),
])
def test_guards(cue: str, name: str) -> None:
    assert speakers(BEFORE + SAID + cue) == [name]


def test_guard_a_new_sentence_glued_after_a_partial_quotation() -> None:
    # (the partial quotation belongs to its own sentence's subject; “Vale said” opens the
    # next sentence and introduces the next quotation)
    text = ("Tom Vale hopes the film changes how people see this \"taboo topic in our "
            "society\".Vale said at the premiere, \"Talks on this are still rare here.\"")
    assert speakers(text) == ["Tom Vale", "Tom Vale"]


@pytest.mark.parametrize(("cue", "name"), [
    ("according to police in Lagos.", ""),  # (was “Lagos”)
    ("according to officials at the Acme Corp plant.", ""),
    ("Ann Kerr of the agency said.", "Ann Kerr"),  # (was Tom Vale)
    ("Ann Kerr of the union told reporters.", "Ann Kerr"),
])
def test_unnamed_people_of_a_place_and_a_name_of_a_body(cue: str, name: str) -> None:
    assert speakers(BEFORE + SAID + cue) == [name]


@pytest.mark.parametrize(("cue", "name"), [
    ("according to nonprofit PEN America.", "PEN America"),
    ("according to Acme Corp.", "Acme Corp"),
    ("said Ann Kerr of the agency.", "Ann Kerr"),
    ("Ann Kerr of Acme Corp said.", "Ann Kerr"),
])
def test_guards_of_bodies_named(cue: str, name: str) -> None:
    assert speakers(BEFORE + SAID + cue) == [name]


@pytest.mark.parametrize("cue", ["said the Hamas-run health ministry.",
                                 "said the Kremlin-backed broadcaster.",
                                 "said the London-based charity."])
def test_a_name_made_an_adjective_is_no_speaker(cue: str) -> None:
    # (“Hamas-run” was read as a Korean given name with a hyphen, “Tae-yong”)
    assert speakers(BEFORE + SAID + cue) == [""]


@pytest.mark.parametrize(("cue", "name"), [("said Shin Tae-yong.", "Shin Tae-yong"),
                                           ("said Park Jun-seok, the coach.", "Park Jun-seok")])
def test_guard_korean_given_names_with_a_hyphen(cue: str, name: str) -> None:
    assert speakers(BEFORE + SAID + cue) == [name]
