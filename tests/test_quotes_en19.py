"""Quotations and speakers, English classes of session 19 (issue 9, en19).

The sentences are made up; each follows a pattern that gave a wrong span or speaker before
its rule. ``STAYS`` are neighbouring patterns that must keep their reading.
"""

from reader.core.quotes import suggest
from reader.core.quotes.marks import find_quotes

# a quotation going on over paragraphs a scraper glued together: each part opens with a
# curly mark right after the stop of the part before, only the last part closes
GLUED_PARTS = (
    "The governor visited the school on Monday.He was angry at the absent teachers.\u201cIt "
    "is very sad that some of our staff work without care.\u201cWe have called for a "
    "change of attitude in every school.\u201cWe shall not take this anymore and the "
    "headmaster is suspended,\u201d Dave Umahi said.He urged the pupils to work hard."
)


def test_a_quotation_over_glued_paragraphs_is_one_part_per_paragraph():
    found = [(s.exact, s.speaker) for s in suggest(GLUED_PARTS) if s.kind == "quote"]
    assert found == [
        ("It is very sad that some of our staff work without care.", "Dave Umahi"),
        ("We have called for a change of attitude in every school.", "Dave Umahi"),
        ("We shall not take this anymore and the headmaster is suspended", "Dave Umahi"),
    ]


def test_parts_of_one_quotation_are_chained():
    spans = find_quotes(GLUED_PARTS)
    assert len(spans) == 3
    assert spans[0].chain == spans[1].chain == spans[2].chain >= 0


def test_a_curly_mark_after_a_stop_with_a_blank_or_no_capital_is_read_as_before():
    # a blank after the stop: reopened as before; a mark with no capital after it opens
    # nothing new
    spaced = ("\u201cWe waited all week for the rain. \u201cThen the rain came,\u201d Ana "
              "Ruiz said.")
    assert [s.exact for s in suggest(spaced) if s.kind == "quote"] == [
        "We waited all week for the rain.", "Then the rain came"]
    glued_lower = "\u201cWe waited.\u201cthen the rain came,\u201d Ana Ruiz said."
    assert [s.exact for s in suggest(glued_lower) if s.kind == "quote"] == [
        "We waited.\u201cthen the rain came"]
