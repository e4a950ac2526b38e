"""The speaker pre-fill of Q reuses the analysis of the article (issue 12): the whole
article is analysed once per text and aliases, and the shared analysis gives the same
answers as a fresh one, whatever was asked before."""

import random
import re

from reader.core.quotes import attribute_speaker, engine, resolve_name, suggest
from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

ARTICLES = load_gold(REAL_DEV_DIR)[:12]


def _cold(fn, *args):
    engine._analysed.clear()
    return fn(*args)


def _selections(text: str, quotes, rng: random.Random) -> list[tuple[int, int]]:
    words = [m.span() for m in re.finditer(r"\S+", text)]
    spans = [(s, e) for s, e, _ in quotes]
    spans += [(s - 2, e + 3) for s, e, _ in quotes]  # a little wider: the marks are selected
    for _ in range(15):
        k = rng.randrange(len(words) - 6)
        spans.append((words[k][0], words[k + rng.randrange(1, 6)][1]))
    return spans


def test_the_article_is_analysed_once_per_text_and_aliases():
    # counted by the cache, not by patching engine.analyse: the compiled engine
    # (reader/core/quotes/_compiled.py) calls its own functions directly, past any patch
    engine._analysed.clear()
    text = ARTICLES[0].text
    attribute_speaker(text, *ARTICLES[0].quotes[0][:2])
    assert len(engine._analysed) == 1
    first = next(iter(engine._analysed.values()))
    for start, end, _ in ARTICLES[0].quotes[1:5]:
        attribute_speaker(text, start, end)
    suggest(text)
    resolve_name(text, "Jokowi")
    assert list(engine._analysed.values()) == [first]  # the same analysis: no second one
    assert next(iter(engine._analysed.values())) is first
    attribute_speaker(text, 0, 20, {"Jokowi": "Joko Widodo"})  # other aliases: analysed again
    assert len(engine._analysed) == 2
    changed = text.replace(".", "!", 1)  # a changed text is never answered from the old one
    attribute_speaker(changed, 0, 20)
    assert len(engine._analysed) == 3
    assert any(a is first for a in engine._analysed.values())


def test_shared_analysis_answers_as_a_fresh_one():
    rng = random.Random(12)
    for article in ARTICLES:
        text = article.text
        selections = _selections(text, article.quotes, rng)
        fresh = [_cold(attribute_speaker, text, s, e) for s, e in selections]
        fresh_suggestions = _cold(suggest, text)
        engine._analysed.clear()
        warm = [attribute_speaker(text, s, e) for s, e in selections]
        assert warm == fresh, article.name
        # nothing the pre-fill did changed what the Suggestions tab is shown afterwards
        assert suggest(text) == fresh_suggestions, article.name
        assert [attribute_speaker(text, s, e) for s, e in reversed(selections)] == fresh[::-1]


def test_only_a_few_texts_are_kept():
    engine._analysed.clear()
    for article in ARTICLES[: engine.ANALYSED_KEEP + 3]:
        attribute_speaker(article.text, 0, 10)
    assert len(engine._analysed) == engine.ANALYSED_KEEP
