"""Speakers in English news (issue 9, session 34): a name written after a verb and a
lower-case office (“She praised judge Mary Vale …”, “Lee thanked engineer Mary Vale …”) is
the verb's object, not the sentence's subject; read as a subject it took the next “she
said” away from the speaker the pronoun or the name had opened the sentence with.
Made-up sentences; the guards keep a described subject (“Transnet pipelines executive Tom
Vale spoke”, “Newly elected mayor Tom Vale met …”) a subject."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "“We will win this case,” said Ann Lee, the family’s lawyer. She praised judge Mary "
        "Vale for her patience. “The court listened to us,” she said.",
        "“We will fix the roads,” said Ann Lee, the governor. Lee thanked engineer Mary Vale "
        "for her work. “She never gave up,” she said.",
        "“The pupils deserve better,” said Ann Lee, the head teacher. She welcomed inspector "
        "Mary Vale to the school on Monday. “We have nothing to hide,” she said.",
        "“We will rebuild the clinic,” said Tom Vale, the mayor. He visited surgeon Mark Hart "
        "at the old site. “The town needs it,” he said.",
    ],
)
def test_the_object_after_a_verb_and_an_office_is_no_subject(text: str) -> None:
    speaker = "Tom Vale" if "Tom Vale" in text else "Ann Lee"
    last = text.rsplit("“", 1)[1][:12]
    assert speaker_of(text, last) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject described by lower-case words before its office
        ("“We will fix the pipes,” said Ann Lee, the chair. Transnet pipelines executive "
         "Tom Vale spoke on Monday. “The repairs start soon,” he said.", "Tom Vale"),
        # a participle after an adverb describes the subject (“Newly elected”)
        ("“We will fix the roads,” said Ann Lee, the chair. Newly elected mayor Tom Vale met "
         "voters on Monday. “The roads come first,” he said.", "Tom Vale"),
        # the new subject named after an office alone
        ("“We will fix the roads,” said Tom Vale, the governor. Retired general Mark Hart "
         "backed the plan. “It is sound and it is fair to everyone,” he said.", "Mark Hart"),
    ],
)
def test_a_described_subject_stays_the_subject(text: str, speaker: str) -> None:
    last = text.rsplit("“", 1)[1][:12]
    assert speaker_of(text, last) == speaker
