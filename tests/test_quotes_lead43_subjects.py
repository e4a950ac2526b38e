"""English subjects (issue 9, session 43, round 216): an aside whose place runs on after a
comma (“X, currently living in Knoxville, Tennessee, says”) leaves X the subject, and a
word in a brand's shape (“iPhone”) is no person. (A rule for people known by one name,
“Bono has criticised … He cited …”, was tried and taken back: two fresh reviews found
clubs and firms made people by it, “Benfica boss Jose Mourinho … Benfica lost … He
said”.)"""

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
