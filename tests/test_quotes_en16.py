"""Who said it, English classes of session 16 (issue 9, en16).

The sentences are made up; each follows a pattern that gave a wrong speaker (or nobody)
before its rule. ``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_RECESSION = "drive the world economy into a long and painful recession"

APPOSED_PLACE = [
    # R15-4: an apposition after a name that ends in a place after its own comma (“the
    # University of California, Berkeley,”, “in Austin, Texas,”) is not the subject: the
    # name it hangs on is (before: “Berkeley” at 0.90, unmarked; nobody)
    ("The fund cut its forecast on Tuesday. Martin Oberfeld, a former fund chief economist "
     "who now teaches at the University of California, Berkeley, has warned that the tariffs "
     f"could \u201c{_RECESSION}.\u201d", "drive the world", "Martin Oberfeld"),
    ("The fund cut its forecast. Martin Oberfeld, a professor at the University of "
     f"California, Berkeley, told Reuters that it would \u201c{_RECESSION}.\u201d",
     "drive the world", "Martin Oberfeld"),
    ("The fund cut its forecast on Tuesday. Martin Oberfeld, an economist in Austin, Texas, "
     f"said the tariffs could \u201c{_RECESSION}.\u201d", "drive the world", "Martin Oberfeld"),
    (f"The fund cut its forecast. \u201cThis will {_RECESSION},\u201d Martin Oberfeld, a "
     "professor at the University of California, Berkeley, said on Tuesday.", "This will",
     "Martin Oberfeld"),
    (f"The fund cut its forecast. \u201cThis will {_RECESSION},\u201d Martin Oberfeld, an "
     "economist in Austin, Texas, told Reuters.", "This will", "Martin Oberfeld"),
    # the outermost apposition of a chain
    ("The fund cut its forecast on Tuesday. Martin Oberfeld, the mayor of Maple, a town of "
     f"3,000, said: \u201cThis will {_RECESSION}.\u201d", "This will", "Martin Oberfeld"),
]

APPOSED_PLACE += [
    # two appositions after the name, the second opened by a/an/the (before: nobody)
    ("Three decades ago, the region was poor. \u201cSome believed that its status could be "
     "changed,\u201d Ivar Dahl, a senior adviser with the Nordic Rights Committee, a rights "
     "watchdog, told Al Jazeera.", "Some believed", "Ivar Dahl"),
    ("\u201cWe are the invisible minority in this country,\u201d Samir Halef, the national "
     "president of the Arab Heritage Committee, a grassroots group, told CNN.", "We are the",
     "Samir Halef"),
]

APPOSED_STAYS = [
    ("The fund cut its forecast. Martin Oberfeld, a former chief economist who now teaches "
     f"at the University of Sussex, has warned that tariffs could \u201c{_RECESSION}.\u201d",
     "drive the world", "Martin Oberfeld"),
    (f"The fund cut its forecast. \u201cThis will {_RECESSION},\u201d said Martin Oberfeld, a "
     "professor at the University of California, Berkeley.", "This will", "Martin Oberfeld"),
    ("The fund cut its forecast. Martin Oberfeld, who teaches in Berkeley, warned: "
     f"\u201cThis will {_RECESSION}.\u201d", "This will", "Martin Oberfeld"),
    # the apposition's own name speaks when the subject is a role
    ("The fund cut its forecast. The bank's chief economist, Martin Oberfeld, said: "
     f"\u201cThis will {_RECESSION}.\u201d", "This will", "Martin Oberfeld"),
    # a name after a preposition is no subject: the apposition's own name speaks
    ("Shops are struggling. In July, the boss of Maple Foods, Martin Oberfeld, said "
     "\u201call retailers should be working on the same basis.\u201d", "all retailers",
     "Martin Oberfeld"),
    # an apposition's own name, after a role
    ("\u201cWe are the invisible minority in this country,\u201d the president of "
     "the committee, Samir Halef, told CNN.", "We are the", "Samir Halef"),
    # a body with an apposition: not the place
    ("Ana Ruiz runs the fund. The fund, a lender based in Washington, has warned that "
     f"tariffs could \u201c{_RECESSION}.\u201d", "drive the world", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), APPOSED_PLACE + APPOSED_STAYS)
def test_apposition_ending_in_a_place(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
