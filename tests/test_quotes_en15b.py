"""Who said it, English classes of the second lane (issue 9, session 15, en15b).

Places that entered the cast as people, statements of organisations, name forms. The
sentences are made up; each follows a pattern that gave a place (or nobody, or a cut name)
before its rule. ``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_GONE = "\u201cWe could not reach them before the road was gone.\u201d"

FIXED = [
    # a place after a preposition of place, or after “the town of”, is where the subject
    # is from, not the subject (the uncued paragraph after it took the place: “Maple”)
    ("Another woman, whose surname is Lee, from the town of Maple said the water rose in "
     f"minutes.\n\n{_GONE}", "We could not", ""),
    (f"Residents in Maple said the water rose in minutes.\n\n{_GONE}", "We could not", ""),
    (f"A shop owner on Harbour Street said the water rose.\n\n{_GONE}", "We could not", ""),
    ("The party met at its office in Gulshan, confirmed party spokesman Karim Uddin. "
     "\u201cThe meeting will decide the date,\u201d he said.", "The meeting", "Karim Uddin"),
    # a name ending in a kind of place (Street, Road, Square, Province …) is no person:
    # “she said” went to “Harbour Street”
    ("On Harbour Street, a block of flats is in ruins.\n\nThe owner of the bakery stood by "
     "the rubble. \u201cI knew them,\u201d she said.", "I knew them", ""),
    # somebody unnamed from a place spoke (the place gave no speaker; “he” then went to a
    # name from before)
    ("Dima, a 24-year-old soldier, left his post in May. One unit commander fighting in "
     "Pokrovsk told CNN the recruits were leaving. He asked to remain anonymous. \u201cThey "
     "never return,\u201d he added.", "They never return", ""),
]

STAYS = [
    # a person before the place speaks
    ("Tom Hardy of Bramley said the harvest was lost. \u201cWe have nothing left,\u201d he "
     "said.", "We have nothing", "Tom Hardy"),
    (f"Tom Hardy from Bramley said the harvest was lost.\n\n{_GONE}", "We could not",
     "Tom Hardy"),
    ("Anna Kovacs, a nurse at Kumasi Central Hospital, said: \u201cWe have no beds "
     "left.\u201d", "We have no beds", "Anna Kovacs"),
    # somebody unnamed from a place told an outlet: nobody, not the place nor the outlet
    ("\u201cChechens are among our best buyers,\u201d a real estate agent in Dubai told Al "
     "Jazeera. \u201cThey show up with bags of cash.\u201d", "They show up", ""),
    # “States” of “the United States” is no speech verb after a place
    ("A year ago, during a meeting with Zelensky in the United States, Biden made the "
     "decision. Zelensky confirmed it later. \u201cOur agreements are being implemented,"
     "\u201d he said.", "Our agreements", "Zelensky"),
    # “said X” after the quotation still names X
    ("\u201cThe meeting will decide the date,\u201d said party spokesman Karim Uddin.",
     "The meeting", "Karim Uddin"),
    # a person after “from” (with an office, or in full) is a person
    ("He got a message from Belarusian President Alexander Lukashenko, who wrote on his "
     "website: \u201cYou are our pride!\u201d", "You are our pride", "Alexander Lukashenko"),
    # a name after the verb of a subject that is no name still reads as before
    ("Larry Page ran the meetings. She later asked Page what they had discussed.\n\n"
     "\u201cI want to know how everyone does their job,\u201d he replied.", "I want to know",
     "Larry Page"),
    # (a building's name: en15's rule, main before this one)
    ("In Tokyo's Japan National Stadium, the margin was 30cm.\n\n\u201cIt is better than I "
     "could have imagined,\u201d he told the crowd.", "It is better", ""),
    # a surname that is also a kind of place elsewhere is still a surname
    ("\u201cWe will win the final,\u201d coach Anna Park said.", "We will win", "Anna Park"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


_HOSTILE = "\u201cThe government views our homeland as hostile,\u201d the statement read."

STATEMENTS = [
    # “…,” the statement read / said / continued: whose statement the sentence before that
    # mentions it tells (its speaker, else its subject), else the body the sentence right
    # before is about; the quotation had nobody (or an inherited guess)
    ("UN spokesperson Stephane Dujarric said in a statement that the secretary-general "
     "called for restraint.\n\n\u201cThe world cannot afford a war,\u201d the statement read.",
     "The world cannot", "Stephane Dujarric"),
    ("The Dutch Defence Ministry said two jets circled the frigate, in a statement on "
     "Friday.\n\n\u201cThis created an unsafe situation,\u201d the statement said.",
     "This created", "Dutch Defence Ministry"),
    ("Meanwhile, the Tamil National People's Front (TNPF), led by MP Gajendra Ponnambalam, "
     "has called for a boycott of the election. The TNPF urged voters to stay at home.\n\n"
     + _HOSTILE, "The government views", "Tamil National People's Front"),
]

STATEMENTS += [
    # “…,” it said (in a statement). opening a paragraph: the body the paragraph before
    # ends on (en14's rule read only the quotation's own paragraph)
    ("The Dutch Defence Ministry said two jets circled the frigate on Friday.\n\n"
     "\u201cThis created an unsafe situation,\u201d it said in a statement.", "This created",
     "Dutch Defence Ministry"),
]

STATEMENTS += [
    # “X said in a statement”: X, by the fullest name the article gives it
    ("The Israel Defense Forces (IDF) entered the town on Monday. The IDF said in a statement "
     "that its troops met no resistance.\n\n\u201cThe troops are clearing the area,\u201d the "
     "statement added.", "The troops are", "Israel Defense Forces"),
]

STATEMENTS_STAY = [
    # nobody the text names issued it: nobody (not the last one named)
    ("Anna Ruiz visited the port on Monday.\n\nA statement was posted online later.\n\n"
     + _HOSTILE, "The government views", ""),
    # a statement from an office the article does not name: nobody
    ("Talks with the union failed on Monday, a statement from Prime Minister Anna Ruiz's "
     "office said.\n\n\u201cThe government will not negotiate,\u201d the statement read.",
     "The government will", ""),
    # a report is a document: nobody
    ("The Dutch Defence Ministry published its yearly report.\n\n\u201cThe threat has "
     "grown,\u201d the report said.", "The threat has", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), STATEMENTS + STATEMENTS_STAY)
def test_statement_owner(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


NAME_FORMS = [
    # initials of a one-word name after an office (South Asian press) are the name's, not
    # the office's: “Muniruzzaman said” gave “Muniruzzaman”, not the fullest name
    ("The president of the institute, Maj Gen ANM Muniruzzaman (retd), opened the meeting. "
     "\u201cWe need to understand this issue,\u201d Muniruzzaman said.", "We need to",
     "ANM Muniruzzaman"),
    ("Economist AK Azad spoke at the forum. \u201cInvestors want clarity,\u201d Azad said.",
     "Investors want", "AK Azad"),
    # (and a person, so “He said” finds him: the capitals read as a body's before)
    ("The forum was opened by Director General Anna Ruiz of the Foreign Ministry. In his "
     "remarks, Maj Gen ANM Muniruzzaman stressed the stakes. He said, \u201cWe need to "
     "understand this issue.\u201d", "We need to", "ANM Muniruzzaman"),
    # an office's initials the article writes out before the same surname (“CA” for Chief
    # Adviser) are the office: the person is the one the surname names
    ("Chief Adviser Muhammad Yunus met the envoy on Monday. CA Yunus described the ordinance "
     "as an \u201cexcellent piece of legislation for the workers\u201d.", "excellent piece",
     "Muhammad Yunus"),
]

NAME_FORMS_STAY = [
    # a body's acronym before a full name is the body's (“Ketua MK Saldi Isra”)
    ("Economist Rina Azad spoke at the forum. \u201cInvestors want clarity,\u201d said "
     "BNP leader Rizvi.", "Investors want", "Rizvi"),
    ("Ketua KPK Firli Bahuri hadir di gedung itu. \u201cKami akan memeriksa semua pihak "
     "yang terlibat,\u201d kata Ketua KPK Firli.", "Kami akan", "Firli Bahuri"),
    # two capitals no office spells out stay the name's initials
    ("Economist AK Azad met the envoy on Monday. AK Azad described the ordinance as an "
     "\u201cexcellent piece of legislation for the workers\u201d.", "excellent piece",
     "AK Azad"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NAME_FORMS + NAME_FORMS_STAY)
def test_name_forms(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
