"""``match._hopeless``: the words no alignment can match rule a pair out before ``align``.

It must never change an answer of ``compare``: each test compares ``compare`` with the
test and without it (``_hopeless`` answering False: every pair aligned) on pairs made by
the edits ``compare`` forgives and those it counts: typos, an enclitic added or dropped, a
prefix written apart or joined, words changed, dropped, added, cut, and unrelated words.
"""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.trail import match
from reader.core.trail.match import compare
from reader.core.trail.text import keys

from .test_signatures import _labelled_pairs

WORDS = ("kami tidak akan menolak rencana itu sama sekali harga beras naik turun tahun depan"
         " pemerintah rakyat di ke masukkan dimasukkan rumah dirumah sana kesana khusus"
         " khususnya kata katanya pun apa bisa we do not want war").split()


def _typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    how = rng.choice(("change", "drop", "add", "clitic"))
    if how == "change":
        return word[:at] + rng.choice("aeiouxz") + word[at + 1:]
    if how == "drop" and len(word) > 1:
        return word[:at] + word[at + 1:]
    if how == "add":
        return word[:at] + rng.choice("aeiouxz") + word[at:]
    # (a clitic alone, 'pun', is kept: an empty word made the next typo's randrange(0)
    # fail, at random under hypothesis)
    return (word[:-3] or word) if word.endswith(match.CLITICS) else word + rng.choice(
        match.CLITICS)


def _edited(words: list[str], rng: random.Random) -> list[str]:
    out = list(words)
    for _ in range(rng.randint(0, 5)):
        edit = rng.choice(("typo", "drop", "add", "change", "cut", "apart", "join"))
        at = rng.randrange(len(out)) if out else 0
        if edit == "typo" and out:
            out[at] = _typo(out[at], rng)
        elif edit == "drop" and len(out) > 1:
            del out[at]
        elif edit == "add":
            out.insert(rng.randrange(len(out) + 1), rng.choice(WORDS))
        elif edit == "change" and out:
            out[at] = rng.choice(WORDS)
        elif edit == "cut" and len(out) > 4:
            start = rng.randrange(len(out) - 3)
            out = out[start:start + rng.randint(3, len(out) - start)]
        elif edit == "apart" and out:  # "dimasukkan" → "di masukkan"
            out[at:at + 1] = [rng.choice(match.PREFIXES), out[at]]
        elif edit == "join" and len(out) > 1 and at + 1 < len(out):  # "di rumah" → "dirumah"
            out[at:at + 2] = [rng.choice(match.PREFIXES) + out[at + 1]]
    return out


def _pairs(rng: random.Random, count: int) -> list[tuple[list[str], list[str]]]:
    pairs = []
    for _ in range(count):
        a = [rng.choice(WORDS[: rng.choice((8, 20, len(WORDS)))])
             for _ in range(rng.choice((rng.randint(3, 16), rng.randint(17, 40))))]
        b = _edited(a, rng) if rng.random() < 0.8 else [rng.choice(WORDS) for _ in a]
        pairs.append((a, b) if rng.random() < 0.5 else (b, a))
    return pairs


def _unchanged(pairs, monkeypatch) -> int:
    """Asserts ``compare`` answers each pair as it does aligning every pair; returns how
    many pairs the test ruled out (either way round)."""
    ruled_out = sum(match._hopeless(*sorted((a, b), key=len)) for a, b in pairs)
    answers = [compare(a, b) for a, b in pairs]
    with monkeypatch.context() as patched:
        patched.setattr(match, "_hopeless", lambda short, long: False)
        aligned = [compare(a, b) for a, b in pairs]
    for pair, answer, expected in zip(pairs, answers, aligned, strict=True):
        assert answer == expected, pair
    return ruled_out


def test_no_answer_of_compare_changes_on_edited_pairs(monkeypatch):
    pairs = _pairs(random.Random(12), 6000)
    ruled_out = _unchanged(pairs, monkeypatch)
    joined = sum(compare(a, b) is not None for a, b in pairs)
    assert joined > 1000  # (the pairs hold many that are one statement …)
    assert ruled_out > 1300  # (… and many the test rules out)


def test_no_answer_of_compare_changes_on_the_labelled_pairs(monkeypatch):
    pairs = _labelled_pairs()
    _unchanged(pairs + [(b, a) for a, b in pairs], monkeypatch)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_no_answer_of_compare_changes_on_any_edits(seed):
    rng = random.Random(seed)
    for a, b in _pairs(rng, 20):
        answer = compare(a, b)
        for short, long in ((a, b), (b, a)):
            if len(short) <= len(long) and match._hopeless(short, long):
                # ruled out this way round: aligned, it fails too
                alignment = match.align(short, long)
                assert (alignment is None
                        or alignment.matched < min(match.MIN_PART, len(short))
                        or alignment.edits > match.allowed_edits(len(short))), (short, long)
        if answer is not None and len(a) != len(b):
            assert not match._hopeless(*sorted((a, b), key=len))


def test_what_no_alignment_can_match():
    """A word of the shorter side counts against the pair unless the longer one has it, a
    typo of it (an enclitic too), or it written apart or joined."""
    long = keys("Kami tidak ingin dimasukkan ke rumah khususnya warga")
    assert not match._hopeless(keys("kami tidak ingin di masukkan"), long)  # written apart
    assert not match._hopeless(keys("tidak ingin dimasukkan kerumah"), long)  # joined
    assert not match._hopeless(keys("kami tidak ingim dimasukkan"), long)  # a typo
    assert not match._hopeless(keys("dimasukkan ke rumah khusus"), long)  # an enclitic
    # six words: no edit allowed, so one word no alignment matches rules the pair out
    assert match._hopeless(keys("kami tidak ingin dikeluarkan ke rumah"), long)
    # ten words: one edit allowed, two dropped words are one, a third is too many
    long = keys("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas")
    assert not match._hopeless(keys("satu dua tiga xxx lima enam tujuh yyy sembilan sepuluh"),
                               long)
    assert match._hopeless(keys("satu dua tiga xxx lima enam tujuh yyy sembilan zzz"), long)
