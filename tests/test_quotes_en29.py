"""Quotations and speakers, English classes of session 29 (issue 9, en29).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (dev classes ``form:cut:first-words``, ...). ``STAYS`` are neighbouring patterns that
must keep their reading.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes.engine import analysed

_SAID = "Hale said: \u201cWe will not stop until the roads are safe again for everyone.\u201d"

# a full name written after its office as a title, after a preposition (“part of Prime
# Minister X's plan”) or after a place that opens many capitalised pairs (“Ohio Gov. X”
# beside “Ohio State”, “Ohio River”): the surname alone later is that person
TITLED = [
    ("The idea came from Gov. Nora Hale after the crash.\n\n"
     f"{_SAID}", "Nora Hale"),
    ("Ohio Gov. Nora Hale signed the bill on Monday. The Ohio River is high and the Ohio "
     f"State fans are out.\n\n{_SAID}", "Nora Hale"),  # (was “Hale”: “Ohio” a brand)
]
TITLED_STAYS = [
    # an office held “of” a body, then the body's own name: no person in it
    ("Nora Hale, director general of Ohio's Road Safety and Transport Centre, spoke.\n\n"
     "\u201cWe will not stop until the roads are safe again for everyone,\u201d she said.",
     "Nora Hale"),
    # a place after a preposition stays a place
    ("The crash happened near Ohio Street in New York.\n\n"
     "\u201cWe will not stop until the roads are safe again for everyone,\u201d Hale said.",
     "Hale"),
    # a brand's runs stay nobody's name
    ("Acme Day, Acme Gives and Acme Impact are the firm's events.\n\n"
     "\u201cWe will not stop until the roads are safe again for everyone,\u201d Acme said.",
     "Acme"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED + TITLED_STAYS)
def test_titled_name_after_preposition_or_brand(text: str, speaker: str) -> None:
    assert speaker_of(text, "We will") == speaker


# the cast itself: the run after “of” was read as a place and left out
CAST = [
    ("The bill is part of Prime Minister Tobias Brannick's plan to cut road deaths.",
     "Brannick", "Tobias Brannick"),
    ("The call came from Gov. Tobias Brannick on Monday.", "Brannick", "Tobias Brannick"),
    # (stays: an office held of a body, then the body's name: nobody)
    ("Ana Ruiz, director general of Ohio's Road Safety and Transport Centre, spoke.",
     "Transport", ""),
]


@pytest.mark.parametrize(("text", "short", "full"), CAST)
def test_titled_name_after_preposition_joins_cast(text: str, short: str, full: str) -> None:
    assert analysed(text, None).people.known(short) == full


# an interview: a paragraph that is only the writer's question, then the answer as a
# paragraph of its own with no cue: the one who spoke before the question answers (not one
# the question names), or the one the question asks about (“What did X say?”)
_TALK = ("The talk turned to the new cabinet.\n\n\u201cIt is all about whether they can "
         "deliver the plan,\u201d says Mara Quint. \u201cIt is going to be tough.\u201d\n\n")
ASKED = [
    (f"{_TALK}Is Oskar Brandt a good leader?\n\n\u201cWell, I am fully behind him, I want "
     "him to succeed.\u201d", "Well", "Mara Quint"),  # (was Oskar Brandt: the question's)
    ("Oskar Brandt stepped on Quint's leg twice.\n\n\u201cHe will say it was an accident,\u201d "
     "Mara Quint said after the game.\n\nWhat did Brandt say after the game?\n\n\u201cI was "
     "running off the field. My ankle was getting stepped on.\u201d", "I was", "Oskar Brandt"),
]
ASKED_STAYS = [
    # a cue beside the answer still decides
    (f"{_TALK}Is Oskar Brandt a good leader?\n\n\u201cWell, I am fully behind him,\u201d "
     "said Lena Holm.", "Well", "Lena Holm"),
    # a quotation inside the question paragraph: no question of the writer's alone
    (f"{_TALK}Is it \u201cthe worst plan in years\u201d as Oskar Brandt put it?\n\n"
     "\u201cWell, I am fully behind him, I want him to succeed.\u201d", "Well", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ASKED + ASKED_STAYS)
def test_answer_after_the_writers_question(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# a partial quotation after an earlier quoted word of the same sentence: the subject that
# opens the sentence (the search from the earlier quotation's end found no subject)
_TESTIFY = "\u201cpublicly testify under oath about the plan and what it found.\u201d"
EARLIER_QUOTE = [
    ("Maria Vance, besides calling for the report to be published \u201cnow,\u201d called on "
     f"Mr. Okafor to {_TESTIFY}", "Maria Vance"),  # (was nobody)
    ("Ms. Maria Vance, besides asking for the report \u201cat once,\u201d pressed Mr. Okafor "
     f"to {_TESTIFY}", "Maria Vance"),
]
EARLIER_QUOTE_STAYS = [
    # a subject deeper in the sentence is not its opening one: nobody, as before
    ("According to a study by Maria Vance of Ohio State University titled \u2018Light\u2019 in "
     "2018, street lamps have been around \u201csince people began to live in towns.\u201d",
     ""),
    ("Maria Vance said the report was \u201ca disgrace to the nation\u201d and called on Mr. "
     f"Okafor to {_TESTIFY}", "Maria Vance"),
]


@pytest.mark.parametrize(("text", "speaker"), EARLIER_QUOTE + EARLIER_QUOTE_STAYS)
def test_subject_before_an_earlier_quote(text: str, speaker: str) -> None:
    assert speaker_of(text, "publicly" if "publicly" in text else "since") == speaker


# a Korean family name that is also a function word of the other language (“Yang”, the
# Indonesian “which”) before a hyphened given name: the full name, not the given name alone
KOREAN = [
    ("The launch shows real progress.\n\nYang Moo-jin, a professor at a university in Seoul, "
     "spoke on Friday.\n\n\u201cThe North has been testing for years,\u201d Yang said.",
     "Yang Moo-jin"),
    ("The launch shows real progress.\n\nYang Hee-sook, a senior analyst, spoke on Friday."
     "\n\n\u201cThe North has been testing for years,\u201d said Yang.", "Yang Hee-sook"),
    # (was “Hee-sook”)
]
KOREAN_STAYS = [
    ("The launch shows real progress.\n\nShin Tae-yong, a senior analyst, spoke on Friday.\n\n"
     "\u201cThe North has been testing for years,\u201d Shin said.", "Shin Tae-yong"),
    ("Rapat digelar di Jakarta pada Senin.\n\n\u201cYang penting semua warga aman,\u201d kata "
     "Budi Santoso.", "Budi Santoso"),
]


@pytest.mark.parametrize(("text", "speaker"), KOREAN + KOREAN_STAYS)
def test_korean_family_name_that_is_a_function_word(text: str, speaker: str) -> None:
    assert speaker_of(text, text.split("\u201c")[1][:8]) == speaker


# “…,” it stated. right after a body heard speaking by its name or its acronym (a body
# the cast read from the cue, not one it met speaking while it was built): that body
_COUNCIL = ("The Caribbean Examinations Council (CXC) met on Monday about the leaked "
            "papers.\n\n")
IT_SAID = [
    (f"{_COUNCIL}\u201cThere were lapses at two centres,\u201d CXC assured. \u201cAny "
     "irregularities in any centre will be addressed,\u201d it stated.", "Any",
     "Caribbean Examinations Council"),  # (was nobody)
    (f"{_COUNCIL}\u201cThere were lapses at two centres,\u201d CXC assured. \u201cAny "
     "irregularities in any centre will be addressed,\u201d it added.", "Any",
     "Caribbean Examinations Council"),
]
IT_SAID_STAYS = [
    # “they” is no body's because of this: as before
    ("Acme filed papers on Monday. The site TMZ reported that Acme filed for what they "
     "described as a service \u201cfeaturing music and videos for paying members of the "
     "club\u201d.", "featuring", ""),
    # no body spoke: nobody
    ("The papers leaked on Monday.\n\n\u201cAny irregularities in any centre will be "
     "addressed,\u201d it stated.", "Any", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), IT_SAID + IT_SAID_STAYS)
def test_it_said_after_a_body_spoke(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# “…,” the statement said. after “said <a long office> <name> in a statement” two
# paragraphs before: the name right before “in a statement” made it (the verb is far)
_STATEMENT = ("\u201cThe fate of thousands of missing people is still unknown,\u201d said "
              "UN Resident Coordinator in Nepal Marie-Anne Fortier in a statement on "
              "Monday.\n\n\u201cThe pain of being left without answers is a trauma.\u201d\n\n")
STATEMENT = [
    (f"{_STATEMENT}\u201cThis year we have seen renewed attention to the graves,\u201d the "
     "statement said.", "This year", "Marie-Anne Fortier"),  # (was nobody)
]
STATEMENT_STAYS = [
    ("\u201cThe fate of thousands of missing people is still unknown,\u201d said Marie-Anne "
     "Fortier in a statement on Monday.\n\n\u201cThis year we have seen renewed attention to "
     "the graves,\u201d the statement said.", "This year", "Marie-Anne Fortier"),
    ("The ministry issued a statement on Monday about the graves.\n\n\u201cThis year we have "
     "seen renewed attention to the graves,\u201d the statement said.", "This year", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), STATEMENT + STATEMENT_STAYS)
def test_statement_of_a_long_office(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# an interview written up with the writer's questions as paragraphs of their own (two or
# more) and one person answering most attributed quotations: an answer opening its
# paragraph with no cue is theirs (marked), even where the chain of answers broke
_INTERVIEW = (
    "I meet Mara Quint in her office on a wet Monday.\n\n"
    "\u201cYes, of course, it is just beginning,\u201d says Quint.\n\n"
    "What does she make of the new cabinet?\n\n"
    "\u201cIt is all about whether they can deliver,\u201d Quint says.\n\n"
    "She waves a hand at the window, then at the pile of books by the door.\n\n"
    "\u201cI have known him for thirty years. He never asked me for anything.\u201d\n\n"
    "Would she ever go back into politics?\n\n"
    "\u201cNo, that part of my life is over,\u201d she says.\n\n"
    "The book is out in May.\n\n"
    "\u201cI wrote it for the young ones who want to lead,\u201d Quint adds.\n\n"
    "But is the public listening?\n\n"
    "The reply takes a while.\n\n"
    "\u201cPeople are tired of promises and they want results now.\u201d")
INTERVIEW = [
    (_INTERVIEW, "People are tired", "Mara Quint"),  # (was nobody)
]
INTERVIEW_STAYS = [
    (_INTERVIEW, "I have known", "Mara Quint"),
    # one question paragraph only: no interview's layout, nobody as before
    (_INTERVIEW.replace("Would she ever go back into politics?", "She is done with politics.")
     .replace("But is the public listening?", "The public is listening."),
     "People are tired", ""),
    # two voices share the attributed quotations: nobody's answer is sure
    (_INTERVIEW.replace("Quint adds", "Tom Reyes adds").replace("Quint says", "Reyes says"),
     "People are tired", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), INTERVIEW + INTERVIEW_STAYS)
def test_interview_answers(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# a Sesotho name written with its elided “’M” (“’Mamello Phoofolo”): the speaker as the
# article writes it, apostrophe and all (the cast's words never open with one)
SESOTHO = [
    ("Seventy-year-old \u2019Mateboho Nkuebe sits outside her house in the village.\n\n"
     "\u201cWe breathe dust every day and nobody listens to us,\u201d Ms Nkuebe said.",
     "\u2019Mateboho Nkuebe"),  # (was “Mateboho Nkuebe”)
]
SESOTHO_STAYS = [
    ("Seventy-year-old Mateboho Nkuebe sits outside her house in the village.\n\n"
     "\u201cWe breathe dust every day and nobody listens to us,\u201d Ms Nkuebe said.",
     "Mateboho Nkuebe"),
    # a closing mark glued to the name after it is no elision
    ("She called it \u2018our home\u2019 Mateboho Nkuebe said on Monday.\n\n"
     "\u201cWe breathe dust every day and nobody listens to us,\u201d Ms Nkuebe said.",
     "Mateboho Nkuebe"),
    # a straight mark opening a quotation is no elision (was “'Mateboho Nkuebe”)
    ("Mateboho Nkuebe has run the school for years. 'Mateboho Nkuebe is the best teacher "
     "in town,' said one parent at the gate.\n\n"
     "\u201cWe breathe dust every day and nobody listens to us,\u201d Ms Nkuebe said.",
     "Mateboho Nkuebe"),
]


@pytest.mark.parametrize(("text", "speaker"), SESOTHO + SESOTHO_STAYS)
def test_sesotho_elided_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "We breathe") == speaker


# a quotation opening its sentence right after a sentence that cites somebody with
# “according to X” (and an apposition): X goes on, not the one who spoke before
ACCORDING = [
    ("\u201cDemand will rise by ten percent a year,\u201d Paolo Ricci said in an interview."
     "\n\nThe new airports will also boost travel, according to Anil Mehra, co-founder of "
     "a booking site. \u201cIn the next ten years the country will have two hundred new "
     "airports.\u201d", "In the next", "Anil Mehra"),  # (was Paolo Ricci)
    ("\u201cDemand will rise by ten percent a year,\u201d Paolo Ricci said in an interview."
     "\n\nThe new airports will also boost travel, according to Anil Mehra. \u201cIn the "
     "next ten years the country will have two hundred new airports.\u201d", "In the next",
     "Anil Mehra"),
]
ACCORDING_STAYS = [
    # according to a report (no person): as before
    ("\u201cDemand will rise by ten percent a year,\u201d Paolo Ricci said in an interview."
     "\n\nThe new airports will also boost travel, according to the report. \u201cIn the "
     "next ten years the country will have two hundred new airports.\u201d", "In the next",
     "Paolo Ricci"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ACCORDING + ACCORDING_STAYS)
def test_according_to_before_a_quotation(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# English: a quotation opening its sentence after a sentence whose subject is a new person,
# named since the paragraph's last speaker: that person (a guess), not the last speaker
NEW_SUBJECT = [
    ("The union met on Monday. \u201cThe deal is a betrayal of the fleet,\u201d said Elsa "
     "Berg, its chair. Both parties had asked for more control of the waters. However, Tom "
     "Hale, the leader of the Green party, called out those criticising the deal. \u201cThe "
     "country has moved on and so should they!\u201d", "The country", "Tom Hale"),
    # (was Elsa Berg)
]
NEW_SUBJECT_STAYS = [
    # the subject is the last speaker again: the same
    ("The union met on Monday. \u201cThe deal is a betrayal of the fleet,\u201d said Elsa "
     "Berg, its chair. Berg called out those criticising the deal. \u201cThe country has "
     "moved on and so should they!\u201d", "The country", "Elsa Berg"),
    # nobody new since the last speaker: the last speaker
    ("The union met on Monday. \u201cThe deal is a betrayal of the fleet,\u201d said Elsa "
     "Berg, its chair. The talks went on for hours. \u201cThe country has moved on and so "
     "should they!\u201d", "The country", "Elsa Berg"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), NEW_SUBJECT + NEW_SUBJECT_STAYS)
def test_new_subject_since_the_last_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# the subject opening the sentence before a quotation may carry its office as a title
# (“Green party leader Tom Hale called out …”): it still opens the sentence
TITLED_SUBJECT = [
    ("The union met on Monday. \u201cThe deal is a betrayal of the fleet,\u201d said Elsa "
     "Berg, its chair. Green Party leader Tom Hale called out those criticising the deal. "
     "\u201cThe country has moved on and so should they!\u201d", "The country", "Tom Hale"),
    # (was Elsa Berg)
]
TITLED_SUBJECT_STAYS = [
    # lower-case words before the name: no title, as before
    ("The union met on Monday. \u201cThe deal is a betrayal of the fleet,\u201d said Elsa "
     "Berg, its chair. The crowd outside cheered when Tom Hale called out those criticising "
     "the deal. \u201cThe country has moved on and so should they!\u201d", "The country",
     "Elsa Berg"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), TITLED_SUBJECT + TITLED_SUBJECT_STAYS)
def test_titled_subject_opens_its_sentence(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# an embedded post's signature (“— Name (@handle) May 19, 2025”) ends its sentence: the
# next name opens a new one, not the post's author
_POST = ("The deal was signed on Monday.\n\nWe are becoming rule-takers again. This is very "
         "concerning. https://t.co/abc \u2014 Mara Quint (@MaraQuint) May 19, 2025  ")
EMBEDDED_POST = [
    (f"{_POST}Tom Hale, leader of the Green party, posted about the deal, saying: \u201cIf true "
     "that will be the end of the fishing industry.\u201d", "If true", "Tom Hale"),
    # (was Mara Quint)
]
EMBEDDED_POST_STAYS = [
    ("The deal was signed on Monday.\n\nTom Hale, leader of the Green party, posted about the "
     "deal, saying: \u201cIf true that will be the end of the fishing industry.\u201d",
     "If true", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), EMBEDDED_POST + EMBEDDED_POST_STAYS)
def test_embedded_post_signature_ends_a_sentence(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# a press release's “Name, Office, Body, said”: the office in capitals, then the body
# between commas, before the speech verb: the name, not the body
_WORKS = "\u201cThe awards celebrate marketing that truly works.\u201d"
OFFICE_AND_BODY = [
    (f"Enoch Perera, Chief Executive Officer, Acme Holdings, said: {_WORKS}", "Enoch Perera"),
    # (was Acme Holdings)
    (f"Enoch Perera, Head of Marketing and Communications, SLIM, said: {_WORKS}",
     "Enoch Perera"),  # (was SLIM)
    (f"Enoch Perera, Vice President \u2013 Events & Sustainability, SLIM, noted: {_WORKS}",
     "Enoch Perera"),  # (was “Events Sustainability”)
]
OFFICE_AND_BODY_STAYS = [
    (f"Enoch Perera, Director of Sales, SLIM, said: {_WORKS}", "Enoch Perera"),
    (f"Enoch Perera, a spokesman for SLIM, said: {_WORKS}", "Enoch Perera"),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICE_AND_BODY + OFFICE_AND_BODY_STAYS)
def test_name_office_and_body_before_the_verb(text: str, speaker: str) -> None:
    assert speaker_of(text, "The awards") == speaker


# a US party's tag between a name and the speech verb before the quotation (“Maria Lopez
# (D-Calif.) said:”): the name, not nobody
_COSTS = "\u201cThe plan will cut costs for every family in the state.\u201d"
PARTY_TAG = [
    (f"Maria Lopez (D-Calif.) said in a statement: {_COSTS}", "Maria Lopez"),  # (was nobody)
    (f"Sen. Maria Lopez (R-Texas) said: {_COSTS}", "Maria Lopez"),
    (f"Rep. Maria Lopez (D) wrote on Friday: {_COSTS}", "Maria Lopez"),
]
PARTY_TAG_STAYS = [
    # an acronym in brackets is a body's: the apposition's owner as before
    (f"Economist Maria Lopez, a fellow at the Centre for Policy Dialogue (CPD), said: {_COSTS}",
     "Maria Lopez"),
    ("\u201cThe plan will cut costs,\u201d said Maria Lopez (D-Calif.).", "Maria Lopez"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTY_TAG + PARTY_TAG_STAYS)
def test_party_tag_before_the_verb(text: str, speaker: str) -> None:
    assert speaker_of(text, "The plan") == speaker


def test_a_plurals_possessive_is_no_quotation_mark() -> None:
    """On Fox News' “America's Newsroom.”: a show's name after a possessive, no quotation
    opening its sentence (it was taken for one once the name before it spoke)."""
    from quote_helpers import quotations

    text = ("House Speaker Tom Vale (R-Ohio) admitted there is a \u201c1 in 3\u201d chance "
            "they lose in an interview Tuesday on Fox News' \u201cAmerica's Newsroom.\u201d")
    assert not [q for q in quotations(text) if q.exact.startswith("America")]


# “…,” Haaretz reported, citing an Israeli military spokeswoman.: the outlet reports what
# the one it cites said: that one (nobody named, or the name after “citing”)
_TROOPS = "\u201cTroops responded with riot dispersal means,\u201d"
CITING = [
    (f"{_TROOPS} Haaretz reported, citing an Israeli military spokeswoman.", ""),
    # (was Haaretz)
    (f"{_TROOPS} Haaretz reported, citing army spokeswoman Tali Ben-Ami.", "Tali Ben-Ami"),
    (f"{_TROOPS} Reuters reported, quoting a police source.", ""),
]
CITING_STAYS = [
    (f"{_TROOPS} Tom Vale said, citing a report by the army.", "Tom Vale"),
    (f"{_TROOPS} Haaretz reported.", "Haaretz"),
]


@pytest.mark.parametrize(("text", "speaker"), CITING + CITING_STAYS)
def test_an_outlet_citing_its_source(text: str, speaker: str) -> None:
    assert speaker_of(text, "Troops") == speaker


# “A leaked letter seen by Sky News says “…””: the document says it; the outlet that saw it
# is the agent of “seen by”, not the speaker (nobody)
_FORM = "\u201cfailure to return the form without reason may see the claim withdrawn\u201d."
SEEN_BY = [
    (f"A leaked internal letter seen by Sky News says {_FORM}", ""),  # (was Sky News)
    (f"A memo obtained by Reuters said {_FORM}", ""),  # (was Reuters)
]
SEEN_BY_STAYS = [
    (f"Tom Vale, seen by many as the favourite, said {_FORM}", "Tom Vale"),
    (f"Sky News said {_FORM}", "Sky News"),
]


@pytest.mark.parametrize(("text", "speaker"), SEEN_BY + SEEN_BY_STAYS)
def test_a_document_seen_by_an_outlet(text: str, speaker: str) -> None:
    assert speaker_of(text, "failure") == speaker
