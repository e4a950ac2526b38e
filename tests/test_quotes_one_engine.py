"""One attribution engine: pressing Q on a quotation pre-fills the speaker the Suggestions
tab shows for it (issue 9), checked on every labelled quote of the real dev set."""

import pytest

from reader.core.quotes import attribute_speaker, guess_speaker, suggest
from reader.core.quotes.evaluate import GOLD_DIR, REAL_DEV_DIR, load_gold, overlaps

ARTICLES = load_gold(REAL_DEV_DIR) + load_gold(GOLD_DIR)
#: articles whose labelled quotes the engine does not find yet (a known recall gap, so the
#: Q/Suggestions comparison cannot be made on them): strict, so a fix says to drop it here
#: (round 130's 1210_thetide_en, The Tide's quoted paragraphs glued by the scrape, is found
#: since 4977cf2: each opening mark glued to a stop opens the next part)
#: (1516_code4sa_en, fresh8's, is found since session 28: its quotations left open are kept
#: where plainly introduced, marks._introduced_to_the_end; 1908_dishubjambi_id, fresh10's,
#: is found since session 28: a paragraph opening with ” and a blank opens a quotation,
#: marks._spaced_open)
#: (2606_tribunwartakota_id and 2613_tribunaceh_id, fresh13's, moved into dev/ in session 29:
#: four labelled quotations each not suggested, netizens' comments with stray or unbalanced
#: marks: the round's span class; both are found since session 39: their bodies' paragraphs,
#: one a line after the title, now read as paragraphs, marks.paragraphs)
#: (2916_dailymail_en, round 191's: the Daily Mail marks its quotations with single marks
#: ' … ' around double ones; three of its quotations are not found)
#: (3468_mirror_en, round 219's: a body stored as one paragraph, its quotations continued
#: over lost paragraph breaks and "(Photo: Getty)" captions with a new opening mark and no
#: closing one, and straight marks nested in straight marks; three quotations not found)
#: (3557_mercopress_en, round 223's: MercoPress opens every quotation with ” and closes it
#: with “, reversed; five quotations not found)
NOT_FOUND_YET: set[str] = {"2916_dailymail_en", "3468_mirror_en", "3557_mercopress_en"}
CASES = [pytest.param(a, marks=pytest.mark.xfail(strict=True, reason="quotes not found yet"))
         if a.name in NOT_FOUND_YET else a for a in ARTICLES]


@pytest.mark.parametrize("article", CASES, ids=[a.name for a in ARTICLES])
def test_q_prefill_matches_the_suggestions_tab(article):
    suggested = [s for s in suggest(article.text) if s.kind == "quote"]
    checked = 0
    for start, end, _gold in article.quotes:
        match = next((s for s in suggested if overlaps((s.start, s.end), (start, end))), None)
        if match is None:
            continue
        # (what Q pre-fills: library.suggesting asks guess_speaker, which also gives the
        # learned scorer's marked guesses; attribute_speaker gives the rules' speaker only)
        found = guess_speaker(article.text, start, end)
        assert (found.speaker if found else "") == match.speaker, article.text[start:end][:60]
        checked += 1
    missed = len(article.quotes) - checked
    assert missed <= 2, f"{missed} labelled quotes were not suggested"


def test_a_selection_that_is_not_a_suggestion_is_still_attributed():
    text = "Karen Donfried mengatakan, perundingan itu akan memiliki prospek yang lebih baik."
    start = text.index("perundingan")
    assert attribute_speaker(text, start, len(text) - 1) == ("Karen Donfried", "")
