"""What a person is, written with a lower-case word before it (issue 9, session 45).

“said retina specialist Dr. Wai Wong”, “said National Eye Institute retina specialist Wai
Wong”, “Mina Fazel, child psychiatrist at the Oxford University Hospital, says” name the
specialist, not the institute; and a person a paragraph brings in, in full and described
(“written by Dr. Jon Jureidini, a child psychiatrist at …”), is the “he” of its quotation
rather than the last paragraph's speaker."""

import pytest

from reader.core.quotes import suggest

_LEAD = "Doctors reported the results on Monday.\n\n"


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("cue", [
    "said retina specialist Dr. Wai Wong, who was not involved.",
    "said National Eye Institute retina specialist Dr. Wai Wong, who was not involved.",
    "said child psychiatrist Wai Wong.",
    "said eye specialist Wai Wong.",
])
def test_an_epithet_after_a_lower_case_word_names_the_one_after_it(cue):
    assert _speakers(_LEAD + "“It is the first suggestion of a cure,” " + cue) == ["Wai Wong"]


@pytest.mark.parametrize("subject", [
    "Dr. Mina Fazel, child psychiatrist at the Oxford University Children’s Hospital, says,",
    "Mina Fazel, eye specialist at Moorfields Hospital, said:",
])
def test_an_epithet_apposed_without_an_article_is_the_names(subject):
    assert _speakers(_LEAD + subject + " “It is the first suggestion of a cure.”") == [
        "Mina Fazel"]


def test_a_person_brought_in_described_takes_the_pronoun_of_the_paragraph():
    text = (_LEAD + "“The risk is real,” said Kiri Tane, a nurse at the clinic.\n\nA comment "
            "attached to the paper, written by Dr. Tom Vale, a child psychiatrist at the "
            "Adelaide Hospital, goes even further. “Only if the benefit outweighs the harm "
            "should the drug be prescribed,” he writes.")
    assert _speakers(text) == ["Kiri Tane", "Tom Vale"]


def test_a_person_named_in_passing_leaves_the_pronoun_to_the_last_speaker():
    text = (_LEAD + "“The risk is real,” said Tom Vale, a nurse at the clinic.\n\nThe paper "
            "cites work by Ann Kerr on the same drug. “We will keep watching it,” he said.")
    assert _speakers(text) == ["Tom Vale", "Tom Vale"]
