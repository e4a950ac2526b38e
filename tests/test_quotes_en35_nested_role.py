"""A role inside a longer apposition is not the named person's: "The son of the former
director of the Nigerian Ports Authority (NPA), Tom Vale, ..." names the son, so a later
"the director said" is not Tom Vale's (the session's reviewer found 9308b883 gave it to
him). The apposition that is the person's own role still is. Texts made up."""

from tests.quote_helpers import speakers


def test_a_role_of_another_noun_is_not_the_named_persons():
    text = ("The son of the former director of the Nigerian Ports Authority (NPA), Tom Vale, "
            "was sworn in as a senator on Tuesday.\n\nThe authority's new head was not at the "
            "ceremony.\n\n\"The ports will stay open,\" the director said.\n")
    assert speakers(text)[-1] != "Tom Vale"


def test_the_daughter_of_the_chairman_is_not_the_chairman():
    text = ("The daughter of the late chairman of the Lagos Traders Union, Ann Lee, has called "
            "for calm.\n\nThe union is led by Tom Vale, who was elected in May.\n\n\"We will "
            "not close the markets,\" the chairman said.\n")
    assert speakers(text)[-1] != "Ann Lee"


def test_the_persons_own_role_still_counts():
    text = ("The national women leader of the All Progressives Congress, Dr Betta Edu, spoke "
            "first.\n\nThe rally went on into the night.\n\n\"We are ready,\" the women leader "
            "said.\n")
    assert speakers(text)[-1] == "Betta Edu"
