"""Who said it, English classes that recur across outlets (issue 9, session 15, en15).

Session 15 judges each rule where nobody looked: the never-tuned sets and a blind round.
The sentences here are made up; each follows a pattern that gave nobody (or somebody else)
before its rule. ``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_RALLY = "Tarique Rahman spoke at a rally in Dhaka on Monday. "
_Q = "Regardless of party, attacks on anyone must stop now"

FIXED = [
    # an adverb between the subject and its speech verb (“He also said,”, “Rahman further
    # said,”, “…,” she later added.): the subject speaks; a pronoun was read only right
    # before the verb, “further” was no adverb
    (_RALLY + f"He also said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"He further said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"Rahman further said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"He later told reporters, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he also said.", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he further added.", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d Rahman further said.", "Regardless", "Tarique Rahman"),
    ("Maria Lopez chairs the city's housing board. \u201cWe will build more homes this "
     "year,\u201d she repeatedly told the council.", "We will build", "Maria Lopez"),
]

FIXED += [
    # speech verbs of the South Asian and wire press missing from the list (“asserted”,
    # “mentioned”, “reiterated”, “opined”, “underscored”, “contended”, “interjected”): the
    # quotation had nobody
    (_RALLY + f"He asserted, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d mentioned Rahman, the party's acting chairman.",
     "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he reiterated.", "Regardless", "Tarique Rahman"),
    (_RALLY + f"Rahman opined: \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    ("Finance Minister Sunil Perera spoke at the budget debate. \u201cThe deficit will be "
     "cut in half by next year,\u201d he underscored.", "The deficit", "Sunil Perera"),
    ("Defence lawyer Anna Ruiz addressed the court on Tuesday. \u201cMy client was never "
     "at the scene of the crime,\u201d Ruiz contended.", "My client", "Anna Ruiz"),
]

FIXED += [
    # reported speech whose subject is “he” or “she” (“In a message, he said that …”), then a
    # quotation with no cue of its own: theirs, as after “Yunus said that …”
    ("Chief Adviser Muhammad Yunus also expressed sorrow at her death. In a condolence "
     "message, he said that the nation had lost a guardian. \u201cI am deeply saddened by "
     "her death.\u201d", "I am deeply", "Muhammad Yunus"),
    ("Voters queued for hours in the rain. Maria Lopez, a nurse, cast her ballot before her "
     "shift. She said she wanted the hospital funded properly. \u201cWe are tired of "
     "waiting for the money.\u201d", "We are tired", "Maria Lopez"),
]

FIXED += [
    # the name of a place or a building (“Japan National Stadium”, “Kibbutz Be'eri”, “Dhaka
    # Cantonment”) is no person: never who “he” or “she” is
    ("Armand Duplantis won his third world title on Monday.\nIn Tokyo\u2019s Japan "
     "National Stadium, the margin was 30cm as the Swede broke yet another barrier.\n"
     "\u201cIt\u2019s better than I could have imagined,\u201d he told the crowd afterwards.",
     "It\u2019s better", "Armand Duplantis"),
]

FIXED += [
    # a headline in title case glues its verb to a name (“Duplantis Breaks World Pole Vault
    # Record …”): “Duplantis” in the story is not “Duplantis Breaks”
    ("Duplantis Breaks World Pole Vault Record With 6.30m In Tokyo\nHe is a two-time "
     "Olympic champion and the world\u2019s greatest pole vaulter.\nHaving tormented his "
     "competitors, Duplantis then teased the crowd with two near misses.\n\u201cIt\u2019s "
     "better than I could have imagined,\u201d he told the crowd afterwards.",
     "It\u2019s better", "Duplantis"),
]

_CRITICAL = ("Doctors gathered at the hospital on Monday. \u201cThe launch will wait for "
             "another year at least,\u201d ")
FIXED += [
    # an office written in capitals (CEO, CFO, MP) in an apposition after the quotation
    # (“…,” the company's CEO, Abdulaziz Jaafar, told Rest of World.): the name speaks, as
    # after “the company's chief executive, …”
    (_CRITICAL + "the company\u2019s CEO, Abdulaziz Jaafar, told Rest of World.",
     "The launch", "Abdulaziz Jaafar"),
    (_CRITICAL + "its CFO, Anna Ruiz, said.", "The launch", "Anna Ruiz"),
    (_CRITICAL + "the party's MP, Sunil Perera, said.", "The launch", "Sunil Perera"),
]

FIXED += [
    # “legislator”, an office as “lawmaker” is (“…,” opposition legislator Mujiber Rahuman
    # said.): the name after it speaks
    (_CRITICAL + "opposition legislator Nimal Perera said.", "The launch", "Nimal Perera"),
    (_CRITICAL + "said opposition legislator Nimal Perera.", "The launch", "Nimal Perera"),
]

FIXED += [
    # a South Asian title that opens a name tells she is a woman (“Begum Khaleda Zia”):
    # never who “he” is
    ("Begum Rokeya Akhter, a former minister, died in Dhaka on Tuesday. \u201cShe was a "
     "committed friend of Pakistan and of our people,\u201d he said.", "She was", ""),
]

STAYS = [
    (_RALLY + f"He said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he said.", "Regardless", "Tarique Rahman"),
]


def test_a_new_sentence_after_the_quotation_is_no_cue() -> None:
    """A new sentence after the quotation is no cue, adverb or not: the rules give nobody
    (attribute_speaker); suggest() may offer the learned scorer's guess, marked (en17)."""
    from reader.core.quotes import attribute_speaker, suggest

    text = (_RALLY + f"Police stood by. \u201c{_Q}.\u201d He also said the vote would be "
            "held in February.")
    [found] = [s for s in suggest(text) if s.kind == "quote"]
    assert attribute_speaker(text, found.start, found.end) is None
    assert not found.speaker or found.speaker_unsure


STAYS += [
    # “he asked …”: the next quotation answers; a story told in the first person: the
    # narrator speaks too
    ("Mayor Tom Vale met the striking workers on Monday. He asked them what they wanted. "
     "\u201cHigher wages and safer shifts.\u201d", "Higher wages", ""),
    ("I met Tom Vale at his farm. I asked about the drought, and I listened. He said the "
     "river was gone. \u201cI asked you a question,\u201d I said again. \u201cWe need an "
     "answer about the water.\u201d", "We need an", ""),
]


STAYS += [
    # capitals that are no office: a list of countries is nobody
    (_CRITICAL + "the US, China and Russia said in a joint statement.", "The launch", ""),
    (_CRITICAL + "the company's chief executive, Anna Ruiz, said.", "The launch", "Anna Ruiz"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
