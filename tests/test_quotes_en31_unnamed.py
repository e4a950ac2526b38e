"""Speakers in English news (issue 9, session 31): an unnamed person named only by whom
they belong to — “A lawyer for Ann Kerr said: “…””, “The daughter of Ann Kerr, meanwhile,
said: “…””, ““…,” according to a former Acme employee who asked not to be named.” — gave
the one they belong to (Ann Kerr, Acme), confident. By the label rules an unnamed source
is nobody. attribution._unnamed_colon now reads a role, a relative or a person's noun
after “A”/“An”/“One”/“Another” (and a relative “of” after “The”) with a speech verb too,
unless a name follows a comma (“A spokesperson for Ruiz, Ana Diaz, said:”);
attribution._according_to reads “a/an/one” … body … person's noun as one unnamed
person. Made-up sentences; the guards keep the named speakers."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("text", [
    "A lawyer for Ann Kerr said: “She will appeal the ruling.”",
    "A friend of Ann Kerr told the Gazette: “She was always kind.”",
    "The daughter of Ann Kerr, meanwhile, said: “She was always kind.”",
    "The son of Ann Kerr told reporters: “She was always kind.”",
    "“The pay was poor,” according to a former Acme employee who asked not to be named.",
    "“The pay was poor,” according to a longtime Acme worker.",
])
def test_an_unnamed_person_named_by_whom_they_belong_to_is_nobody(text: str) -> None:
    assert speakers(text) == [""]


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesperson for Ruiz, Ana Diaz, said: “We disagree with the ruling.”", "Ana Diaz"),
    ("The daughter of Ann Kerr, Mia Kerr, said: “She was always kind.”", "Mia Kerr"),
    ("Ann Kerr said: “I will appeal the ruling.”", "Ann Kerr"),
    ("“The pay was poor,” according to former Acme chief Tom Vale.", "Tom Vale"),
    ("“The pay was poor,” according to nonprofit PEN America.", "PEN America"),
    ("“The pay was poor,” according to an Acme employee, Tom Vale.", "Tom Vale"),
    ("An aide to Tom Vale said: “He will not run again.”", ""),  # (nobody already)
])
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
