"""People known by one name (issue 9, session 43: the Irish Times and Consequence on Bono
in round 211): “Bono has criticised … He cited …” put no one in the cast, so “he said”
went to Elon Musk, named in between. A one-word name that opens two sentences as their
subject, one of them followed by a sentence opening with “He” or “She”, is a person; a
scene's “which” clause before the subject (“During an interview on The Joe Rogan
Experience, which is Spotify's top podcast, Bono talked …”) leaves him the subject."""

from reader.core.quotes import suggest


def _speakers(text):
    return [(s.speaker, s.speaker_unsure) for s in suggest(text) if s.kind == "quote"]


STORY = (
    "Drake attacks resale sites\n\n"
    "Drake has criticised ticket resale sites in a long interview with podcaster Ann Lee.\n\n"
    "He cited figures from a consumer group that suggest fans paid double.\n\n"
    "The singer's comments angered promoter Tom Vale, whose company runs several venues. Mr "
    "Vale said the market worked.\n\n"
    "During a two-hour interview on The Morning Show, which is the network's top programme, "
    "Drake talked about his tour.\n\n"
    "\"It broke my heart to see the prices,\" he said.\n\n"
    "Drake maintained a friendly tone throughout.")


def test_a_one_word_name_a_pronoun_follows_is_who_he_said_points_to():
    assert [who for who, _unsure in _speakers(STORY)] == ["Drake"]


def test_a_participle_or_a_place_opening_sentences_is_no_person():
    text = ("Speaking to reporters, Ann Lee defended the plan. She said it was fair.\n\n"
            "Glasgow has spent millions on the scheme. It was approved in May.\n\n"
            "Speaking later, Tom Vale disagreed. He said the cost was too high.\n\n"
            "Glasgow has not replied.\n\n"
            "\"This will not work,\" he said.")
    assert _speakers(text) == [("Tom Vale", False)]


def test_a_club_the_person_named_first_plays_for_is_no_person():
    # (a fresh review: “Jose Mourinho … Benfica lost … Benfica have … He said” made Benfica
    # the one “he said” points to; the headline's subject neither: “Chelsea sign striker”)
    text = ("Chelsea sign striker\n\nEnzo Maresca welcomed the new signing on Friday. Chelsea "
            "had chased him all summer. Chelsea paid a club record fee.\n\nHe said the "
            "striker would add goals. \"He is exactly what we need,\" he said.")
    assert _speakers(text) == [("Enzo Maresca", False)]


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
