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


def test_a_speaker_set_on_a_guess_takes_the_mark_off_and_undo_puts_it_back(
        seeded_library, seed_id):
    """Review R15-13: a guessed speaker corrected (or confirmed) by the user kept its
    check-speaker tag, so `kutip list --tag check-speaker` went on listing work done. Setting
    the speaker is the user's answer; other tags stay; the undo of the edit restores both."""
    lib = seeded_library
    [guess, *_] = [s for s in lib.suggestions.for_article(seed_id, kinds=("quote",))
                   if s.speaker_unsure]
    note = lib.suggestions.accept(seed_id, guess)
    lib.annotations.update(note.id, tags=[*note.tags, "perang"])
    marked = lib.annotations.get(note.id)
    assert UNSURE_SPEAKER_TAG in marked.tags
    fixed = lib.annotations.update(note.id, speaker="Karen Donfried")
    assert fixed.speaker == "Karen Donfried" and fixed.tags == ["perang"]
    assert not any(UNSURE_SPEAKER_TAG in a.tags for a in lib.annotations.for_article(seed_id)
                   if a.id == note.id)
    lib.annotations.restore_edited(marked, fixed)  # (the app's Ctrl+Z of the edit)
    assert sorted(lib.annotations.get(note.id).tags) == sorted(marked.tags)
    # a note edited, or tags set in the same write, leave the mark as the user has it
    assert UNSURE_SPEAKER_TAG in lib.annotations.update(note.id, note="checked?").tags
    kept = lib.annotations.update(note.id, speaker="X Y", tags=[UNSURE_SPEAKER_TAG])
    assert kept.tags == [UNSURE_SPEAKER_TAG]


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


# REVIEW8 F8-3: the library's spelling of a speaker replaced the article's, and the hover
# then claimed the article wrote it so. An article writing “Sergei Lavrov”, in a library
# whose speaker is “Sergey Lavrov” (made-up text in the style of the seed's outlets).
SERGEI = ("Menteri Luar Negeri Rusia Sergei Lavrov menegaskan negaranya tidak mencari perang.\n\n"
          "“Kami tidak mau mengambil jalan konfrontasi dengan siapa pun di kawasan ini,” kata "
          "Lavrov.\n\nLavrov juga berbicara tentang ekspor.\n\n“Ekspor gandum kami ke Afrika "
          "akan terus berjalan tanpa hambatan,” katanya.\n\n“Kami akan menjaga keamanan kami "
          "dengan tegas dan tanpa ragu,” kata Sergei Lavrov.")
LIBRARY = {"Sergey Lavrov": "Sergey Lavrov"}


def _whys(aliases):
    return [(s.speaker, s.speaker_reason) for s in suggest(SERGEI, aliases) if s.kind == "quote"]


def test_the_why_names_the_speaker_as_the_article_writes_them_then_the_librarys():
    short, pronoun, full = _whys(LIBRARY)
    assert all(speaker == "Sergey Lavrov" for speaker, _ in (short, pronoun, full))
    assert short[1] == ("from ‘kata Lavrov’ right after the quotation; the article names them "
                        "in full as Sergei Lavrov; your library's speaker is Sergey Lavrov")
    assert pronoun[1] == ("from ‘katanya’ right after the quotation; it points back to Sergei "
                          "Lavrov, named one sentence earlier; your library's speaker is "
                          "Sergey Lavrov")
    assert full[1] == ("from ‘kata Sergei Lavrov’ right after the quotation; your library's "
                       "speaker is Sergey Lavrov")


def test_without_the_librarys_spelling_the_why_is_as_before():
    short, pronoun, full = _whys(None)
    assert short == ("Sergei Lavrov", "from ‘kata Lavrov’ right after the quotation; the "
                     "article names them in full as Sergei Lavrov")
    assert "library" not in pronoun[1] + full[1]
    assert full[1] == "from ‘kata Sergei Lavrov’ right after the quotation"


def test_a_library_spelling_the_article_also_writes_needs_no_note():
    text = SERGEI.replace("kata Sergei Lavrov", "kata Sergey Lavrov")
    found = [s for s in suggest(text, LIBRARY) if s.kind == "quote"]
    assert all(s.speaker == "Sergey Lavrov" for s in found)
    assert not any("your library's speaker" in s.speaker_reason for s in found)


def test_cli_json_why_is_true_about_the_article(run, tmp_path):
    run("annotate", "1", "Kami tidak ingin berperang", "--kind", "quote",
        "--speaker", "Sergey Lavrov")
    (tmp_path / "lavrov.txt").write_text("Lavrov: Rusia tidak mencari perang\n\n" + SERGEI,
                                         encoding="utf-8")
    run("import", str(tmp_path / "lavrov.txt"))
    data = json.loads(run("suggest", "2", "--kind", "quote", "--json").output)
    assert data[0]["speaker"] == "Sergey Lavrov"
    assert "in full as Sergei Lavrov" in data[0]["speaker_reason"]
    assert not any("in full as Sergey" in d["speaker_reason"] for d in data)


def test_named_n_sentences_earlier_counts_sentences_not_breaks_and_closing_marks():
    """R12-14: the hover counted a full stop, the paragraph break after it and each line
    break apart ("named five sentences earlier" of a name two sentences back in the seed,
    "three" of one), and missed a sentence ending in a closing quotation mark."""
    text = ("Ann Lee spoke to reporters in the city on Monday.\n\n"
            "“We will not give up on the families who lost their homes.”\n\n"
            "“The dams were built too late for this city,” she said.\n\n"
            "Lee visited the dams later. Engineers met her there.\n\n"
            "“We owe them an honest answer about the dams,” she added.")
    whys = [s.speaker_reason for s in suggest(text) if s.kind == "quote"]
    assert "points back to Ann Lee, named two sentences earlier" in whys[1]
    assert "points back to Ann Lee, named two sentences earlier" in whys[2]
