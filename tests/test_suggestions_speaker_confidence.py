"""A confidence for every suggested speaker (issue 9): shown, explained, and a guess is
never stored silently by accept-all."""

from __future__ import annotations

import json

from reader.core.library.suggesting import UNSURE_SPEAKER_TAG
from reader.core.models import LOW_SPEAKER_CONFIDENCE, Suggestion
from reader.core.quotes import suggest

SEED = "seeds/000_c6336f8cebf4cd51.txt"


def seed_quotes() -> list[Suggestion]:
    text = open(SEED, encoding="utf-8").read()
    return [s for s in suggest(text) if s.kind == "quote"]


def test_every_speaker_has_a_confidence_and_an_explanation():
    found = seed_quotes()
    assert all(0 < s.speaker_confidence <= 1 and s.speaker_reason for s in found)
    assert found[0].speaker_reason.startswith("from ‘kata Lavrov’ right after the quotation")
    assert "points back to Sergey Lavrov, named one sentence earlier" in found[1].speaker_reason


def test_a_guess_is_marked_in_its_explanation():
    guesses = [s for s in seed_quotes() if s.speaker_unsure]
    assert guesses and all(s.speaker_confidence < LOW_SPEAKER_CONFIDENCE for s in guesses)
    assert all("unsure" in s.speaker_reason for s in guesses)


def test_no_speaker_is_not_unsure():
    assert not Suggestion("quote", 0, 5, "hello").speaker_unsure


def test_accept_all_marks_a_guessed_speaker(seeded_library, seed_id):
    found = seeded_library.suggestions.for_article(seed_id, kinds=("quote",))
    notes = seeded_library.suggestions.accept_many(seed_id, found)
    for s, note in zip(found, notes, strict=True):
        assert (UNSURE_SPEAKER_TAG in note.tags) == s.speaker_unsure
    assert any(UNSURE_SPEAKER_TAG in n.tags for n in notes)


def test_a_speaker_the_user_typed_is_not_marked(seeded_library, seed_id):
    [guess, *_] = [s for s in seeded_library.suggestions.for_article(seed_id, kinds=("quote",))
                   if s.speaker_unsure]
    note = seeded_library.suggestions.accept(seed_id, guess, speaker="Karen Donfried")
    assert UNSURE_SPEAKER_TAG not in note.tags


def test_cli_shows_confidence_and_why(run):
    out = run("suggest", "1", "--kind", "quote").output
    assert "speaker: Sergey Lavrov (Menteri Luar Negeri (Menlu) Rusia) [90%]" in out
    assert "why:     from ‘kata Lavrov’ right after the quotation" in out
    assert "unsure, " in out


def test_cli_json_has_confidence_reason_and_mark(run):
    data = json.loads(run("suggest", "1", "--kind", "quote", "--json").output)
    assert {"speaker_confidence", "speaker_reason", "speaker_unsure"} <= set(data[0])
    assert data[0]["speaker_unsure"] is False
    assert any(d["speaker_unsure"] for d in data)
