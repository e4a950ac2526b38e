"""The reviewer's finding on f203ed74 (issue 9, id, session 32): a handle after a passive verb
was read as the agent of a sentence that opens with the verb's object even where the sentence
opens with a person who reports it (“Budi mengatakan video itu diunggah akun @ana.”) or with a
clause of its own (“Video itu viral setelah diunggah akun @ana.”): “…,” ujarnya. after it went
to the account, not to the one named before. Made-up paragraphs."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = ("Budi Santoso mengatakan banjir merendam rumah warga. “Kami kewalahan,” kata Budi."
        "\n\n")
SAID = " “Air masuk sampai ke dapur,” ujarnya."


@pytest.mark.parametrize("sentence", [
    "Budi mengatakan video itu diunggah akun @rina_kusuma.",
    "Video itu viral setelah diunggah akun @rina_kusuma.",
])
def test_a_reported_or_subordinate_passive_is_no_subject(sentence: str) -> None:
    assert speakers(LEAD + sentence + SAID)[-1] == "Budi Santoso"


@pytest.mark.parametrize("sentence", [
    # (guards, as f203ed74: the account opens the sentence, or is its passive's agent)
    "Hal yang sama diungkap akun @rina_kusuma.",
    "Akun @rina_kusuma menulis keluhan serupa.",
    "Keluhan juga datang dari akun TikTok @rina_kusuma.",
])
def test_the_account_still_speaks(sentence: str) -> None:
    assert speakers(LEAD + sentence + SAID)[-1] == "@rina_kusuma"
