"""The parties of a case and an administrator are roles (administrator, petitioner,
plaintiff, complainant, applicant): “The county administrator, Johnson Manyara, …” gives
him that office, so “the administrator said” is his; “Mr Odhiambo said in his petition …”
then “the petitioner said” is the one the article named (en43's 3121). Texts made up
(session 41)."""

from tests.quote_helpers import quotations


def test_the_administrator_named_before():
    text = ("Title\n\nThe county administrator, Johnson Manyara, confirmed the death.\n\n"
            "“His wife had travelled upcountry,” the administrator said.")
    [q] = quotations(text)
    assert q.speaker == "Johnson Manyara"


def test_a_petitioner_named_before():
    text = ("Title\n\nPetitioner Victor Odhiambo asked the court to quash the order.\n\n"
            "“Growth is a continuous exercise,” the petitioner said.")
    [q] = quotations(text)
    assert q.speaker == "Victor Odhiambo"
