"""English subjects (issue 9, session 43): an aside whose place runs on after a comma (“X,
currently living in Knoxville, Tennessee, says”) leaves X the subject; a word in a brand's
shape (“iPhone”) is no person; a person known by one name (“Bono has criticised … Bono
talked about his role …”, round 211) is one only with a person's evidence: two sentences
opened as subject, one going on with “his” or “her”, none with “its” or “their”, never
before an office and a name (“Benfica boss Jose Mourinho”), never after a preposition (“in
violation of Facebook's community rules”). A first version without that evidence made
clubs and firms people (two fresh reviews)."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [(s.speaker, s.speaker_unsure) for s in suggest(text) if s.kind == "quote"]


def test_a_place_ending_an_aside_is_no_subject_of_the_verb_after_it():
    # (round 216: “Chelsea Barnes-Walker, currently living in Knoxville, Tennessee, says she
    # enrolled …” made “Tennessee” the speaker of her quotation)
    text = ("Student debt relief is under review.\n\nAnn Vale, currently living in Knoxville, "
            "Tennessee, says she enrolled in one of those plans. She is 31.\n\nThe next "
            "generation should "
            "think hard, she says: \"Many kids are pressured to choose a career too early.\"")
    assert _speakers(text) == [("Ann Vale", False)]


def test_a_word_in_a_brands_shape_is_no_speaker():
    # (round 216: “… typed into her iPhone notes app” read “notes” as a speech verb)
    text = ("John Vale dictated a message for each child, while Ann Lee typed into her iPhone "
            "notes app. He spoke of one grandchild's spunk.\n\n"
            "\"You are all my strength,\" he said.")
    assert _speakers(text) == [("John Vale", False)]


def test_a_nation_after_its_city_in_an_aside_is_no_subject():
    text = ("Housing costs rise again.\n\nTom Reyes, currently living in Manchester, England, says "
            "he pays half his wage in rent.\n\n\"I cannot save anything,\" he says.")
    assert _speakers(text) == [("Tom Reyes", False)]


STORY = (
    "Drake attacks resale sites\n\n"
    "Drake has criticised ticket resale sites in a long interview with podcaster Ann Lee.\n\n"
    "He cited figures from a consumer group that suggest fans paid double.\n\n"
    "The singer's comments angered promoter Tom Vale, whose company runs several venues. Mr "
    "Vale said the market worked.\n\n"
    "During a two-hour interview on The Morning Show, which is the network's top programme, "
    "Drake talked about his tour.\n\n"
    "\"It broke my heart to see the prices,\" he said.")


def test_a_person_known_by_one_name_is_who_he_said_points_to():
    assert [who for who, _unsure in _speakers(STORY)] == ["Drake"]


@pytest.mark.parametrize("text", [
    ("Benfica boss Jose Mourinho cut a frustrated figure on Saturday.\n\nBenfica lost 2-1 at "
     "home. Benfica have now won only one of his last five games.\n\nHe said his side had "
     "been second best. \"We were not good enough,\" he said."),
    ("Meta fined\n\nJohn Vale runs a small shop in Leeds. Facebook blocked his page for a day. "
     "Facebook deleted his post in violation of Facebook's community rules.\n\n\"I did "
     "nothing wrong,\" he said."),
])
def test_a_club_or_a_firm_is_no_person_known_by_one_name(text):
    assert [who for who, _unsure in _speakers(text)] in (["Jose Mourinho"], ["John Vale"])
