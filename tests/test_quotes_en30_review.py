"""A review of session 30's rules (issue 9, en): near-miss sentences where a new rule fired
where it should not. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We have never seen so many families waiting at the door,” "


@pytest.mark.parametrize(("cue", "expected"), [
    # a name after the comma is the unnamed-looking source's own (6d92975a read the
    # comma only before the role, where there is none)
    ("according to an Acme spokesman, Ann Kerr.", "Ann Kerr"),
    ("according to a lawyer for Acme, Ann Kerr.", "Ann Kerr"),
    # guards: no name after a comma, one unnamed source
    ("according to an Acme official.", ""),
    ("according to an Acme official who asked not to be named.", ""),
])
def test_according_to_one_source_named_after_the_comma(cue: str, expected: str) -> None:
    assert speakers("Tom Vale opened the shelter.\n\n" + SAID + cue) == [expected]


@pytest.mark.parametrize(("cue", "expected"), [
    # Indonesian forms of address (788fc97c) open Korean and Burmese names in English
    ("said Nyi Nyi Aung, a trader.", "Nyi Nyi Aung"),
    ("said Bang Jun Ho, a trader.", "Bang Jun Ho"),
    ("Nyi Nyi Aung told reporters.", "Nyi Nyi Aung"),
    # guards: other forms of address before a full name are still dropped
    ("said Daeng Tom Vale.", "Tom Vale"),
    ("said Datuk Tom Vale.", "Tom Vale"),
])
def test_forms_of_address_that_open_names_in_english(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(("opening", "expected"), [
    # bodies named by an epithet's word (d2c8f4af, 9716c731 cut the word off)
    ("Comic Relief said:", "Comic Relief"),
    ("Victim Support said:", "Victim Support"),
    ("Anchor Brewing said:", "Anchor Brewing"),
    ("Anchor Brewing Company said:", "Anchor Brewing Company"),
    # guards: a person's name of two words after the epithet
    ("Physicist Ann Lee said:", "Ann Lee"),
    ("Comrade Tom Vale said:", "Tom Vale"),
])
def test_a_body_named_by_an_epithet_stays_whole(opening: str, expected: str) -> None:
    assert speakers(f"{opening} {SAID.strip(', ')}") == [expected]


@pytest.mark.parametrize("body", ["Department of Health and Human Services",
                                  "Ministry of Ports and Aviation"])
def test_an_office_of_a_body_of_fields_before_its_holder(body: str) -> None:
    # (da93ddbc read the whole run, office and holder, as the body's name)
    assert speakers(f"{body} Secretary Tom Vale said: {SAID.strip(', ')}") == ["Tom Vale"]
    assert speakers(f"{SAID}{body} Secretary Tom Vale told reporters.") == ["Tom Vale"]
    # guards: the body alone still speaks as one body
    assert speakers(f"{SAID}the {body} said.") == [body]


@pytest.mark.parametrize(("name", "pronoun"), [("Kwame Vale", "he"), ("Ngozi Okafor", "she")])
def test_a_surname_after_the_as_a_modifier_keeps_the_pronoun(name: str, pronoun: str) -> None:
    # (b7cdce27 counted “the Vale administration” as the name written after “the”, so a
    # person whose given name the lists do not know lost “he”)
    surname = name.split()[1]
    text = (f"{name} took office in May. The {surname} administration has cut taxes twice, "
            f"and the {surname} budget passed in June. {SAID}{pronoun} said.")
    assert speakers(text) == [name]


def test_a_place_written_after_the_is_still_nobody_for_she() -> None:
    # (guard, b7cdce27's own shape)
    text = ("Ann Kerr left the talks early. The Philippines agreed to the plan, and the "
            "Philippines signed it on Friday. Officials said the Philippines would pay. "
            f"{SAID}she said.")
    assert speakers(text) == ["Ann Kerr"]


def test_qs_written_in_capitals_before_a_name_after_the_quotation() -> None:
    # (9716c731 wrote “Qs” in attribution._ABBR_TAIL, which is case-sensitive: “QS.”, as
    # the press writes it, still ended the sentence and the quotation had nobody)
    assert speakers(f"{SAID}QS. Tom Vale told reporters.") == ["Tom Vale"]


@pytest.mark.parametrize("after", [
    "Tom Vale said.",  # (guards: “QS.” at a sentence's end, the ranking's publisher)
    "he said.",
])
def test_qs_ending_a_sentence_before_a_quotation(after: str) -> None:
    text = ("Tom Vale runs the college. The college rose ten places in the table compiled "
            f"by QS. {SAID}{after}")
    assert speakers(text) == ["Tom Vale"]
