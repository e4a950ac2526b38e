"""A quotation opened inside its paragraph and never closed (issue 9, quote recall).

Writers and scrapers lose closing marks: `… he told the Press Association: “It is an
enormously huge franchise …` runs to the paragraph's end with no closing mark, as does a
quotation after a sentence's stop or after `said,`. Such a quotation, plainly introduced,
is a quotation; a mark after any other word (a scare quote whose closing mark was lost), a
short run or one opening in lower case stays nothing, as before. (Made-up texts.)"""

from reader.core.quotes import suggest


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.speaker) for s in suggest(text) if s.kind == "quote"]


def test_after_a_colon_to_the_paragraphs_end():
    text = ("The actor Daniel Okafor spoke about the casting at the premiere on Sunday.\n\n"
            "Asked whether it is time for a new lead, he told reporters: “It is a huge "
            "franchise and there are real concerns about that, obviously.\n\n"
            "The film opens in March.")
    found = _quotes(text)
    assert [q for q, _ in found] == ["It is a huge franchise and there are real concerns "
                                      "about that, obviously."]
    assert found[0][1] == "Daniel Okafor"


def test_after_a_stop_to_the_paragraphs_end():
    text = ("Minister Stuart Allen visited the border post on Friday.\n\n"
            "Allen said patrols had been increased. “Over the past month we have doubled the "
            "boats on the southern coast and the results are clear.\n\n"
            "The opposition was not convinced.")
    assert [q for q, _ in _quotes(text)] == [
        "Over the past month we have doubled the boats on the southern coast and the "
        "results are clear."]


def test_after_a_speech_verb_and_a_comma():
    text = ("In a statement, Governor Maria Lopez said, \"The museum put a tremendous amount of "
            "effort into this and we are grateful.\n\nThe shuttle arrives in May.")
    found = _quotes(text)
    assert [q for q, _ in found] == ["The museum put a tremendous amount of effort into this "
                                      "and we are grateful."]
    assert found[0][1] == "Maria Lopez"


def test_after_a_line_break_inside_the_paragraph():
    # (a text with blank lines: its single line breaks are inside paragraphs)
    text = ("Sugar falls again\n\nSugar output fell again, union leader Clement Ross said on "
            "Monday.\n“The production of cane has declined and buyers have gone elsewhere")
    assert [q for q, _ in _quotes(text)] == [
        "The production of cane has declined and buyers have gone elsewhere"]


def test_indonesian_after_a_stop():
    text = ("Kepala Dinas Perhubungan Andi Saputra meninjau halte baru, Senin.\n\n"
            "Menurut dia, tarif bus akan disubsidi. “Jadi tarifnya murah dan menarik minat "
            "masyarakat untuk naik bus setiap hari.\n\nHalte itu dibuka pekan depan.")
    assert [q for q, _ in _quotes(text)] == [
        "Jadi tarifnya murah dan menarik minat masyarakat untuk naik bus setiap hari."]


def test_a_stray_mark_after_a_word_stays_nothing():
    text = ("The council debated the so-called “reform package for the harbour and its "
            "workers on Tuesday night.\n\nNo vote was taken.")
    assert _quotes(text) == []


def test_a_short_or_lower_case_run_stays_nothing():
    short = "The sign read as follows. “Closed for repairs today.\n\nIt reopens soon."
    lower = ("Residents said: “they never told us anything about the new road at all.\n\n"
             "The works began in June.")
    assert _quotes(short) == [] and _quotes(lower) == []


def test_a_run_longer_than_a_quotation_stays_nothing():
    body = " ".join(["The harbour has many boats and the boats are old."] * 13)
    text = f"The report was published on Monday. “{body}\n\nIt was read widely."
    assert _quotes(text) == []


def test_a_closed_quotation_is_unchanged():
    text = ("Governor Maria Lopez said, \"The museum put a tremendous amount of effort into "
            "this.\" She thanked the staff.")
    assert _quotes(text) == [("The museum put a tremendous amount of effort into this.",
                              "Maria Lopez")]
