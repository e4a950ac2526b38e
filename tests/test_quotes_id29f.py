"""A word of aspect or focus between the subject and its speech verb before a quotation
(“Ia sempat berkata, …”, “Ia juga mengatakan, …”, “Hallgrimsson sempat mengatakan, …”),
and the agent of a reply in the passive (“Komentar itu dibalas Ronaldo sambil tersenyum:
…”) (issue 9, id, s29).

The pronoun path read past English adverbs only (“He also said”), so “Ia juga
mengatakan, “…”” was nobody's; “sempat”, “lantas”, “bahkan” … were no adverbs for the
name before the verb either (lexicon.ID_ADVERBS). “ditanggapi”, “dibalas”, “dijawab”,
“direspons” join the passive speech verbs whose agent follows. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Laga Panas\n\n"
         "Menjelang pertandingan, pelatih Heimir Hallgrimsson berharap dukungan publik besar."
         "\n\n{}“Di Lisbon, dia mengontrol wasit. Di sini saya berharap sebaliknya.”\n\n"
         "Laga berakhir imbang.\n")


@pytest.mark.parametrize("cue", [
    "Ia juga mengatakan, ", "Ia pun mengatakan, ", "Ia kemudian mengatakan, ",
    "Ia sempat berkata: ", "Dia lantas menegaskan, ", "Hallgrimsson sempat mengatakan, ",
    "Ia juga menambahkan, ",
])
def test_past_the_adverb_to_the_subject(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Heimir Hallgrimsson"]


@pytest.mark.parametrize("cue", [
    "Komentar itu ditanggapi Cristiano Ronaldo: ",
    "Komentar itu dibalas Cristiano Ronaldo sambil tersenyum: ",
    "Pertanyaan itu dijawab Cristiano Ronaldo: ",
])
def test_the_agent_of_a_reply(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Cristiano Ronaldo"]


# guards


@pytest.mark.parametrize("cue", [
    "Ia mengatakan, ", "Hallgrimsson juga mengatakan, ", "Hal itu dikatakan Hallgrimsson: ",
])
def test_cues_read_before_are_unchanged(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Heimir Hallgrimsson"]
