"""Speakers in English news (issue 9, session 29): titles written with a full stop that
were read as the sentence's end (the title itself came out as the speaker: “said Cmdr.
Jane Holt” gave “Cmdr”), and short last words of names that read as a body or a title
elsewhere (“Kim Jong Un”, “Hun Sen” gave nobody). Made-up sentences; the guards keep the
nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = '"We are going to keep fighting for the families who need this help," '


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Adm. John Aquilino.", "John Aquilino"),
        ("said Brig. Gen. Pat Ryder.", "Pat Ryder"),
        ("said Cmdr. Jane Holt.", "Jane Holt"),
        ("said Supt. Mark Evans.", "Mark Evans"),
        ("said Insp. Ravi Kumar.", "Ravi Kumar"),
        ("said Fr. James Martin.", "James Martin"),
        ("said Atty. Gen. Merrick Garland.", "Merrick Garland"),
        ("said Pvt. John Doe.", "John Doe"),
        ("said Amb. Linda Thomas-Greenfield.", "Linda Thomas-Greenfield"),
        ("said Msgr. Peter Smith.", "Peter Smith"),
        ("said Det. Sgt. Ann Lee.", "Ann Lee"),
        ("said Const. Mike Ross.", "Mike Ross"),
        ("said Supt Mark Evans.", "Mark Evans"),
        ("said Kim Jong Un.", "Kim Jong Un"),
        ("said North Korean leader Kim Jong Un.", "Kim Jong Un"),
        ("said Kim Jong Un, the North Korean leader.", "Kim Jong Un"),
        ("said Hun Sen.", "Hun Sen"),
        ("said Amartya Sen.", "Amartya Sen"),
    ],
)
def test_titles_with_full_stops_and_short_last_words(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Sen. Elizabeth Warren.", "Elizabeth Warren"),
        ("said Democratic Sen. Chris Murphy.", "Chris Murphy"),
        ("said Lt. Col. Anna Reed.", "Anna Reed"),
        ("said Gov. Gavin Newsom.", "Gavin Newsom"),
        ("said the UN envoy.", ""),
        ("said the U.N. envoy.", ""),
        ("said Moon Jae-in.", "Moon Jae-in"),
        ("said Kim Yo Jong.", "Kim Yo Jong"),
    ],
)
def test_nearby_titles_and_names_unchanged(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]
