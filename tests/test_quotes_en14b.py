"""Who said it, English cast and candidate classes of rounds 134 and 135 (issue 9, session 14,
en14b).

Rounds 134 (Sri Lanka's English press) and 135 (Bangladesh's, paragraph breaks lost) left
the right speaker out of the candidates for one quotation in four and one in eight. The
sentences here are made up; each follows a pattern of those outlets that gave a speaker who
is not a candidate at all before its rule. ``STAYS`` are neighbouring patterns that must keep
their speaker.
"""

import pytest
from quote_helpers import speaker_of

FIXED = [
    # an office written without its article before the verb (“…,” President said.) is no
    # name: it must not keep “President” inside “Party leader President Perera”
    ("President Anura Perera spoke at the party convention on Saturday. Party leader "
     "President Perera also presented a new constitution. “We have acknowledged our "
     "mistakes and worked hard,” President said. “The leader is now appointed by the "
     "council,” Perera said.", "We have", "Anura Perera"),
    ("President Anura Perera spoke at the party convention on Saturday. Party leader "
     "President Perera also presented a new constitution. “We have acknowledged our "
     "mistakes and worked hard,” President said. “The leader is now appointed by the "
     "council,” Perera said.", "The leader", "Anura Perera"),
]

FIXED += [
    # English office nouns of the South Asian press missing from the role words
    # (“Chairperson”, “Convener”, “Coordinator”): read as name words, the office was the
    # speaker or glued to the name
    ("The awards night was held in Colombo. Speaking on the preparations, Nimal Fernando, "
     "Project Chairperson, said: “We are creating a platform that inspires the industry.”",
     "We are creating", "Nimal Fernando"),
    ("His brother NCP Joint Convener Habib Alam had also collected the papers. Habib "
     "Alam added, \"Someone collected the nomination papers in my name.\"", "Someone collected",
     "Habib Alam"),
    ("Association Convener Sunil Perera scoffed at the idea of a debate. “There is nothing "
     "to debate here,” he said.", "There is nothing", "Sunil Perera"),
]

FIXED += [
    # an office, where it is held (“to”, “in” a place or a body), then its holder's name,
    # after the verb: the name, not the office
    ("The fate of thousands of people who disappeared during the war is still not known "
     "to their families. “The pain of being left without answers is a wound that does not "
     "heal,” said UN Resident Coordinator in Sri Lanka Marc Franchet in a statement to "
     "mark the day.", "The pain", "Marc Franchet"),
    ("The two countries signed the agreement in the capital on Monday after a long round "
     "of talks. “This is a partnership that will last for many years,” said British High "
     "Commissioner to Sri Lanka Andrew Patten at the ceremony.", "This is a partnership",
     "Andrew Patten"),
]

FIXED += [
    # “U.N.”, “U.S.” (a country's or a body's letters with full stops) are no initials
    # opening a name: “Ambassador to the U.N. Gilad Erdan” is Gilad Erdan
    ("Israel's ambassador to the U.N. Gilad Erdan spoke to reporters outside the building "
     "on Monday. “It makes me very sad to see these people here in New York,” Erdan said.",
     "It makes me", "Gilad Erdan"),
]

FIXED += [
    # a name particle capitalised where the short name opens a sentence (“De Silva said”)
    # is the particle of the full name (“Harsha de Silva”), not another person
    ("The chairman of the finance committee, Harsha de Silva, says he is under threat over "
     "a contract he examined. De Silva said he had come under severe pressure. “There are "
     "invisible hands at work,” de Silva said.", "There are invisible", "Harsha de Silva"),
    ("The project is led by Janine von Wolfersdorff, who founded the charity in Berlin. Von "
     "Wolfersdorff travelled to Ukraine herself. “It is a long process of recuperation,” Von "
     "Wolfersdorff said.", "It is a long", "Janine von Wolfersdorff"),
]

FIXED += [
    # a speech printed as a run of quoted paragraphs with no cue after a cued one: each
    # takes the speaker (marked, a guess), not only the first of the run
    ("The ambassador addressed a gathering in Colombo on Wednesday to mark the anniversary "
     "of the founding of the United Nations.\n\n“Power politics and Cold War thinking still "
     "linger like ghosts,” Ambassador Li Wenhong said.\n\n“We remember history not to "
     "keep the chains of hatred but to cut off its roots.”\n\n“The lessons of history are "
     "still fresh. They warn us that militarism will not bring lasting peace.”\n\n“The "
     "purposes of the UN Charter have never become outdated.”", "The lessons", "Li Wenhong"),
]

STAYS = [
    ("The ship carried 57 containers of hazardous goods. “Only one box was bound for "
     "Colombo and the rest were for re-exports,” Minister told media. On Wednesday, Ports "
     "Minister Nimal Perera confirmed that one container was destined for Colombo.",
     "Only one box", "Nimal Perera"),
    ("The bank's profits rose by a third in the year to March, its annual report showed. "
     "“We are pleased with the results,” said Agus D.W. Martowardojo, the bank's chairman.",
     "We are pleased", "Agus D.W. Martowardojo"),
    ("The minister spoke to reporters in Parliament on Monday after the vote. “We will not "
     "give up this fight,” said the Minister in Parliament, without naming anyone.",
     "We will not", ""),
    ("Former prime minister John Major visited the school. “It was a fine morning,” Major "
     "said.", "It was a fine", "John Major"),
]


STAYS += [
    # the run ends at a paragraph that is not only a quotation
    ("The ambassador addressed a gathering in Colombo on Wednesday to mark the anniversary "
     "of the founding of the United Nations.\n\n“Power politics and Cold War thinking still "
     "linger like ghosts,” Ambassador Li Wenhong said.\n\n“We remember history not to "
     "keep the chains of hatred but to cut off its roots.”\n\nThe event was held at a "
     "hotel. Guests arrived late.\n\n“The purposes of the UN Charter have never become "
     "outdated.”", "The purposes", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
