"""detikSport's bodies stored as one line (issue 9, session 42, round 212).

A page's tags after the editors' initials may hold an apostrophe (“(nds/pur) ballon d'or
ousmane dembele psg”): they are no words of the article, so “Dembele” stays a name; a
quotation right after the page's furniture (“ADVERTISEMENT”, a “Baca juga:” link's
headline) opens its sentence, woven into none, so it takes the speaker before it."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_tags_with_an_apostrophe_after_the_editors_initials_are_no_words_of_the_article():
    text = (
        "Jakarta - Ousmane Dembele berterima kasih kepada klubnya usai memenangi Ballon d'Or "
        "2025. “Apa yang baru saja saya alami itu istimewa sekali,” ujar Dembele seperti "
        "dilansir BBC. (nds/pur) ballon d'or ousmane dembele paris saint-germain psg ballon "
        "d'or 2025\n")
    assert _speakers(text) == ["Ousmane Dembele"]


@pytest.mark.parametrize("furniture", [
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Baca juga: Hasil F1 GP Inggris 2024: Lewis Hamilton Juara, Akhiri Puasa Kemenangan",
])
def test_a_quotation_after_the_pages_furniture_takes_the_speaker_before_it(furniture):
    text = (
        "Max Verstappen bicara soal balapan. “Aku memilih untuk diam saja hari ini,” ujar "
        f"Verstappen seperti dikutip Goal. {furniture} “Sepertinya reaksi para driver lain "
        "sudah cukup membuktikan semuanya.” “Jujur, aku tidak punya pernyataan apa-apa soal "
        "itu,” tuturnya.")
    assert _speakers(text) == ["Max Verstappen"] * 3


def test_tags_after_the_share_buttons_words_are_no_words_of_the_article():
    # (detik's page end: “(mcy/krs) ... Tautan telah disalin” and the tags, a name's
    # words in lower case among them, which made “Reidel” a common word)
    text = (
        "Jakarta - Pelatih Timnas voli putra Indonesia, Reidel Toiran, memasang target medali "
        "di Asian Games 2026. “Target kami dapat medali dan anak-anak semangat semua,” kata "
        "Reidel saat ditemui di GBK. (mcy/krs) ... Tautan telah disalin timnas voli putra asian "
        "games 2026 medali reidel toiran olahraga indonesia avc men's cup 2026\n")
    assert _speakers(text) == ["Reidel Toiran"]
