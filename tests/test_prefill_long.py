"""R13-2: pressing Q analysed the whole article on the window's thread (~1 s at 99,000
words, 72 s on a 5.6 MB text). On a long article the pre-fill takes the speaker from the
suggestions the Suggestions tab already worked out, or else analyses only the lines around
the span."""

from __future__ import annotations

from reader.core import quotes
from reader.core.library.suggesting import Suggestions
from reader.core.models import Suggestion

FILLER = ("Harga beras di pasar induk naik lagi pekan ini, menurut catatan dinas"
          " perdagangan setempat.\n\n")
QUOTE = "“Kami tidak ingin berperang dengan siapa pun di kawasan ini,” kata Lavrov.\n\n"
TEXT = "Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow.\n\n" + FILLER * 400 \
    + QUOTE + FILLER * 400


def _span() -> tuple[int, int]:
    start = TEXT.index("Kami tidak")
    return start, TEXT.index(",”", start)


def test_the_suggestions_worked_out_give_the_speaker_without_analysing(monkeypatch):
    start, end = _span()

    def no(*_args, **_kwargs):
        raise AssertionError("analysed again")

    monkeypatch.setattr(quotes, "guess_speaker", no)
    computed = [Suggestion("quote", start - 1, end + 2, TEXT[start - 1:end + 2],
                           speaker="Sergey Lavrov", speaker_confidence=0.5)]
    assert Suggestions.prefill(TEXT, start, end, {}, computed=computed, around=2_000) == {
        "speaker": "Sergey Lavrov", "tags": ["check-speaker"]}
    computed[0].speaker_confidence = 0.95
    assert Suggestions.prefill(TEXT, start, end, {}, computed=computed) == {
        "speaker": "Sergey Lavrov"}


def test_otherwise_only_the_lines_around_the_span_are_analysed(analysed_lengths):
    start, end = _span()
    analysed = analysed_lengths
    near = Suggestions.prefill(TEXT, start, end, {}, computed=[], around=2_000)
    assert analysed and analysed[-1] < 2 * 2_000 + 400 < len(TEXT) // 10
    assert near.get("speaker", "").endswith("Lavrov")
    whole = Suggestions.prefill(TEXT, start, end, {})  # (a short text's way: all of it)
    assert analysed[-1] == len(TEXT) and whole["speaker"].endswith("Lavrov")
