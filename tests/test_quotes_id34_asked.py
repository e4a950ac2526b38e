"""An answer after a question told, not quoted (“Andi bertanya kepada Budi soal proyek
itu. “…,” jawabnya.”) (issue 9, id and en, s34).

aaef1cc8 gave an answer's pronoun to the one asked when the question before it was quoted
(“…?” tanya Rina.). A question told in the sentence before the answer (“bertanya kepada”,
“menanyakan … kepada”, “asked Tom Vale about …”) still gave the answer to the asker, the
sentence's subject: a confident wrong name. attribution._asked_one: with an answer's verb
(jawabnya, replied, answered), the person named right after “kepada” / “asked” (only an
office's words between) answers, when the pronoun fits them. A plain “ujarnya” after the
told question, a passive “was asked about”, or “asked whether Ann Lee …” change nothing.
The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_ANSWER = "“Semua tahap proyek itu sudah selesai bulan lalu,” jawabnya."


@pytest.mark.parametrize("question", [
    "Andi Pratama bertanya kepada Budi Santoso tentang proyek itu.",
    "Andi Pratama menanyakan kelanjutan proyek itu kepada Budi Santoso.",
    "Anggota Komisi V Andi Pratama bertanya kepada Menteri PUPR Budi Santoso soal proyek itu.",
])
def test_the_one_asked_answers(question: str) -> None:
    text = ("Rapat Kerja\n\nJAKARTA - Komisi V DPR menggelar rapat kerja dengan pemerintah, "
            f"Rabu (7/5). {question} {_ANSWER}")
    assert speakers(text) == ["Budi Santoso"]


def test_the_one_asked_answers_in_english() -> None:
    text = ("Budget hearing\n\nSenator Peter Hale asked Tom Vale about the budget on Tuesday. "
            "“Every line of it is fully funded,” he replied.")
    assert speakers(text) == ["Tom Vale"]


# guards: the asker's own words, a question put to nobody named, a passive question


def test_a_plain_cue_after_the_question_stays_the_askers() -> None:
    text = ("Rapat Kerja\n\nJAKARTA - Komisi V DPR menggelar rapat kerja, Rabu (7/5). Andi "
            "Pratama bertanya kepada Budi Santoso tentang proyek itu. “Proyek itu sudah "
            "molor dua tahun,” ujarnya.")
    assert speakers(text) == ["Andi Pratama"]


def test_a_question_to_reporters_stays_the_askers() -> None:
    text = ("Rapat Kerja\n\nJAKARTA - Komisi V DPR menggelar rapat kerja, Rabu (7/5). Andi "
            f"Pratama bertanya kepada wartawan tentang proyek itu. {_ANSWER}")
    assert speakers(text) == ["Andi Pratama"]


def test_the_one_asked_in_the_passive_answers() -> None:
    text = ("Budget hearing\n\nTom Vale was asked about Ann Lee's plan on Tuesday. "
            "“Every line of it is fully funded,” he replied.")
    assert speakers(text) == ["Tom Vale"]
