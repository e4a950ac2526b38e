"""``detect_language`` reads a text's words without a pattern (issue 15: it is a twentieth of
the analysis behind each version of a trail's first open): the same answers as reading
them with ``[a-z]+`` in the text's lower-case form, which it did before."""

import random
import re

from reader.core.quotes.evaluate import REAL_DEV_DIR
from reader.core.quotes.language import _EN, _EN_SHARE, _ID, _ID_SHARE, detect_language


def _by_pattern(text: str) -> str:
    """``detect_language`` as it was (a ``[a-z]+`` pattern over the lower-case text)."""
    id_hits = en_hits = 0
    words = re.findall(r"[a-z]+", text[:20000].lower())
    for word in words:
        if word in _ID:
            id_hits += 1
        elif word in _EN:
            en_hits += 1
    if id_hits + en_hits < 3:
        return ""
    if id_hits >= 2 * en_hits and id_hits > en_hits and id_hits >= _ID_SHARE * len(words):
        return "id"
    if en_hits >= 2 * id_hits and en_hits > id_hits and en_hits >= _EN_SHARE * len(words):
        return "en"
    return ""


def test_the_stop_word_lists_share_no_word():
    assert not _ID & _EN


def test_the_same_answer_as_the_pattern_on_every_labelled_text():
    texts = [p.read_text(encoding="utf-8") for p in REAL_DEV_DIR.parent.glob("*/*.txt")]
    assert len(texts) > 1000
    answers = [detect_language.__wrapped__(t) for t in texts]
    assert answers == [_by_pattern(t) for t in texts]
    assert answers.count("en") > 300 and answers.count("id") > 300


def test_the_same_answer_on_made_up_texts_with_awkward_characters():
    # (letters whose lower case is ASCII — the Kelvin sign is "k", "İ" is "i" and a dot —
    # digits, underscores, curly marks, accented and other scripts' letters beside words)
    awkward = ["\u212a", "\u0130", "_", "3", "’", "“", "é", "Д", "中", "\n", "-", "ß", "Ǆ"]
    words = sorted(_ID | _EN) + ["Kata", "THE", "news", "rumah", "wrote"]
    rng = random.Random(15)
    for _ in range(20_000):
        parts = []
        for _ in range(rng.randint(0, 14)):
            parts.append(rng.choice(words) if rng.random() < 0.7 else "")
            parts.append(rng.choice(awkward + [" "] * 8))
        text = "".join(parts)
        assert detect_language.__wrapped__(text) == _by_pattern(text), repr(text)
    long = " ".join(rng.choice(words) for _ in range(6_000))  # (only the first 20,000 read)
    assert detect_language.__wrapped__(long) == _by_pattern(long)
    assert detect_language.__wrapped__("and the of the yang the") == "en"
