"""An answer after a question in an interview (issue 9, class 5, session 33): “…?” tanya
Rina. “…,” jawabnya. gave the answer to Rina, who asked (the pronoun's last speaker), and so
did “…?” Rowe asked him. “…,” he said. An answer's verb (jawabnya, replied,
answered, responded) or a question put to somebody (“asked him”) now gives the answer to
the last other person of the pronoun's gender named before the question (marked: which one is
a guess). A speaker's own question (“Who will pay?” Kerr asked. “Not us,” she said.) stays
theirs. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

ID_LEAD = ("Presenter Rina Wulandari mewawancarai Menteri Keuangan Sri Mulyani Indrawati di "
           "studio, Minggu.\n\n")
EN_LEAD = "Talk-show host Jane Rowe interviewed Senator Tom Vale on Sunday.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (ID_LEAD + "“Apakah Ibu akan mundur dari kabinet tahun ini?” tanya Rina.\n\n“Saya belum "
     "memutuskan, keluarga saya akan ikut menentukan,” jawabnya.\n\nAcara selesai.",
     ["Rina Wulandari", "Sri Mulyani Indrawati"]),
    (ID_LEAD + "“Apakah Ibu akan mundur dari kabinet tahun ini?” tanya Rina. “Saya belum "
     "memutuskan, keluarga saya akan ikut menentukan,” jawabnya.\n\nAcara selesai.",
     ["Rina Wulandari", "Sri Mulyani Indrawati"]),
    (EN_LEAD + "\"Will you run again next year?\" Rowe asked him.\n\n\"I have not decided yet, "
     "and my family will decide with me,\" he said.\n\nThe show ended.",
     ["Jane Rowe", "Tom Vale"]),
    (EN_LEAD + "\"Will you run again next year?\" Rowe asked.\n\n\"I have not decided yet, and "
     "my family will decide with me,\" he replied.\n\nThe show ended.",
     ["Jane Rowe", "Tom Vale"]),
])
def test_an_answer_is_not_the_askers(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guards (passed before): a speaker's own question, and answers named outright
    ("Mayor Ann Kerr spoke to reporters on Monday about the budget.\n\n\"Who will pay for the "
     "new stadium?\" Kerr asked. \"Not the city, and not its tenants,\" she said.\n\nThe "
     "meeting ended.", ["Ann Kerr", "Ann Kerr"]),
    (ID_LEAD + "“Siapa yang akan membayar semua utang ini?” tanya Rina. “Bukan rakyat kecil, "
     "itu pasti,” ujarnya.\n\nAcara selesai.", ["Rina Wulandari", "Rina Wulandari"]),
    (EN_LEAD + "\"Will you run again next year?\" Rowe asked.\n\n\"I have not decided yet, and "
     "my family will decide with me,\" Vale replied.\n\nThe show ended.",
     ["Jane Rowe", "Tom Vale"]),
])
def test_a_speakers_own_question_stays_theirs(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
