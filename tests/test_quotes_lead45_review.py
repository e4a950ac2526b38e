"""A fresh review of session 45's speaker rules (issue 9): 63 made-up probes on which a
rule of the session, as first landed, gave a wrong speaker (most of them unmarked) where
the engine before it gave another answer. Each must no longer give that wrong answer.

The probes (tests/data/quotes_review45/regressions.json, written by the reviewer) cover:
colour verbs taking objects after a quotation inside a sentence (“…,” demanded Judge
Kerr step down; “…,” went on Morning Joe to …); a lower-case clause between a quotation
and the cue that closes the sentence (““…” was the message from the union, said Ann
Kerr”); “One woman, Christmas morning, …” read as a name; Indonesian office short forms
given to another region's holder (“kata Kadishub” after the province's head); a nickname
given for a short form another person was introduced by (“warga, Anwar (45), …”); and a
described person who does not speak taking the next “he said”."""

import json
from pathlib import Path

import pytest

from reader.core.quotes import suggest

_ROWS = json.loads((Path(__file__).parent / "data" / "quotes_review45" / "regressions.json")
                   .read_text(encoding="utf-8"))


def _speakers(text):
    return [(s.speaker or "-") + ("?" if s.speaker_unsure else "")
            for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("row", _ROWS, ids=[f"probe{k}" for k in range(len(_ROWS))])
def test_the_review_probe_no_longer_gives_the_wrong_speaker(row):
    assert _speakers(row["text"]) != row["wrong"]
