"""Classes of round 82 (issue 9, English: scraped text whose paragraph breaks were lost),
each from made-up sentences in the style of its outlets (India Today, Hindustan Times)."""

from quote_helpers import speakers

from reader.core.models import LOW_SPEAKER_CONFIDENCE
from reader.core.quotes import suggest


def test_a_time_adverb_between_the_subject_and_said():
    text = ("In his first press conference after the vote last week, state chief minister "
            "Ravi Menon today said Anil Rao will return as leader in 2029 since nobody can "
            'take him on. "Nobody in this state can take on Rao ji," he said.')
    assert speakers(text) == ["Ravi Menon"]


def test_the_subject_of_a_reported_clause_after_said_does_not_speak():
    """“… said Anil Rao will return”: Rao is what was said about, no speaker named after the
    verb (he was taken for one, sure, 0.85); “he said” may still point back to him, as the
    last man named, but only as a guess to check."""
    text = ("The party said Anil Rao will return as leader in 2029. "
            '"Nobody in this state has his reach," he said.')
    [quote] = [s for s in suggest(text) if s.kind == "quote"]
    assert quote.speaker_confidence < LOW_SPEAKER_CONFIDENCE


def test_initials_without_full_stops_open_the_name():
    """“Attorney General K K Venugopal”, “Justice D Y Chandrachud”: Indian English news
    writes a person's initials without full stops; they are part of the name (they were
    skipped, or cut where another “K.” stood on its own), so “Venugopal told” is him."""
    text = ("The bench heard retired judge K. Puttaswamy's plea. Attorney General K K "
            "Venugopal arguing for the Centre said privacy was an elitist concern. "
            '"Through this scheme, benefits reach only those entitled to them," Venugopal '
            'told the bench. "Privacy is not absolute," said Justice D Y Chandrachud.')
    assert speakers(text) == ["K K Venugopal", "D Y Chandrachud"]



def test_capitalised_words_between_the_and_a_role_are_no_name():
    """“said the Airlift actor”: a film's title describing the actor, not a person called
    Airlift (it was the speaker); nor is a party a person in “the Congress leader”."""
    for role in ("Airlift actor", "Congress leader"):
        text = ("Ravi Menon hopes the film changes minds. \"Our youth is very strong "
                f"minded,\" said the {role}. The film opens on August 11.")
        assert role.split()[0] not in speakers(text)


def test_a_given_name_that_is_an_indonesian_word():
    """“Dia Mirza”: “dia” is an Indonesian pronoun, so “Dia” was no name and the speaker was
    “Mirza”; right after a quotation and before “said” it is one (in English text only:
    Indonesian writes “kata dia”)."""
    text = ("Actress-producer Dia Mirza walked the ramp on Thursday. \"Thank you for making "
            "me a part of this,\" Dia said while praising the designer.")
    assert speakers(text) == ["Dia Mirza"]


def test_a_recordings_speaker_is_heard_saying():
    text = ("Lashkar commander Abu Dujana was killed on Tuesday. A villager handed the phone "
            "to the army officer.\"Kya haal hai? How are you?\" Dujana is heard asking the "
            "officer. He refused to surrender, reports say.")
    assert speakers(text) == ["Abu Dujana"]
