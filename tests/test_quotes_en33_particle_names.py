"""Speakers in English news (issue 9, session 33): a person's name of five or six words
with a particle inside (“Luiz Inácio Lula da Silva”, “Tamim bin Hamad Al Thani”) was
kept aside as a long run (an office's or a firm's words run into a name) and became a
person only cut at a later short reference: “Lula said” gave “Lula da Silva”, “Al Thani
said” gave “Al Thani”. In English such a run, four words or fewer besides its particles,
is one name. Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("intro", "cue", "expected"),
    [
        ("Luiz Inácio Lula da Silva met the envoys on Monday.", "Lula said.",
         "Luiz Inácio Lula da Silva"),
        ("On Monday, Luiz Inácio Lula da Silva met the envoys.", "Lula da Silva said.",
         "Luiz Inácio Lula da Silva"),
        ("Tamim bin Hamad Al Thani met the envoys on Monday.", "Al Thani said.",
         "Tamim bin Hamad Al Thani"),
        ("The envoys met Mohammed bin Rashid Al Maktoum in Dubai.",
         "Al Maktoum told them.", "Mohammed bin Rashid Al Maktoum"),
    ],
)
def test_five_word_name_with_a_particle_is_one_name(intro: str, cue: str,
                                                    expected: str) -> None:
    assert speakers(f"{intro} The talks ran late.\n\n{SAID}{cue}") == [expected]


@pytest.mark.parametrize(
    ("intro", "cue", "expected"),
    [
        # four words with particles: one name, as before
        ("Ursula von der Leyen met the envoys on Monday.", "von der Leyen said.",
         "Ursula von der Leyen"),
        ("Mohammed bin Salman met the envoys on Monday.", "bin Salman said.",
         "Mohammed bin Salman"),
        # a unit's words run into the name after “of”: cut at the short reference
        ("He is deputy head of Equity Research Mandiri Sekuritas Tjandra Lienandjaja.",
         "Tjandra said.", "Tjandra Lienandjaja"),
    ],
)
def test_guards(intro: str, cue: str, expected: str) -> None:
    assert speakers(f"{intro} The talks ran late.\n\n{SAID}{cue}") == [expected]
