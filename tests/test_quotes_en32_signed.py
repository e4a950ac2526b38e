"""A pull quote's signature line (issue 9, session 32): “…” — Ranil Wickremesinghe at the party
convention / -President Ann Kerr at the summit gave nobody: a dash, then the name, then where or
when it was said (no comma, no speech verb); the name alone after the dash already worked.
Made-up sentences; the guards keep a dash's other uses."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = "The city council met on Monday to vote on the housing plan.\n\n"
SAID = '"We are going to keep fighting for the families who need this help,"'
CLOSED = '"We are going to keep fighting for the families who need this help."'
AFTER = "\n\nThe vote was delayed."


@pytest.mark.parametrize("quote", [SAID, CLOSED])
@pytest.mark.parametrize("signature", [
    " -President Ranil Wickremesinghe at the party convention",
    " - President Ranil Wickremesinghe at the party convention",
    " — Ranil Wickremesinghe at the party convention",
    " – Ranil Wickremesinghe in a speech to parliament",
    " — Ranil Wickremesinghe on national television",
    " — Ranil Wickremesinghe, at the party convention",  # (worked before)
    " — President Ranil Wickremesinghe",  # (worked before)
])
def test_dash_name_and_where(quote: str, signature: str) -> None:
    assert speakers(LEAD + quote + signature + AFTER) == ["Ranil Wickremesinghe"]


@pytest.mark.parametrize("tail", [
    " — Ranil Wickremesinghe at the convention was not convinced. He left early.",
    " — Ranil Wickremesinghe at the convention was not convinced by it, or by the plan or"
    " by anything else he heard there",  # (a sentence going on: longer than a signature)
    " — a man at the convention",  # nobody named
])
def test_not_a_signature(tail: str) -> None:
    assert speakers(LEAD + CLOSED + tail + AFTER) == [""]
