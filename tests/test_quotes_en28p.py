"""A surname, then where its holder works, then the verb (issue 9, en, s28).

“…,” Vale of the Civic Trust concluded.: after a quotation, a name followed by “of”, “from”,
“at” or “with” and a body before the speech verb was read as the speaker only when the
name had two words or more (a one-word one may be a body's first word: “Bank of the West
said”). ``attribution._after_quote`` also takes a one-word name that is the short form of a
person the article names in full (``_known_person``). The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_a_known_surname_of_a_body_speaks() -> None:
    text = ("Analyst Tom Vale has followed the region for years.\n\nObservers believe little "
            "will change. “The next ruler may try to use the old leader's image,” Vale of the "
            "Civic Trust concluded.\n")
    assert speakers(text) == ["Tom Vale"]


# guard: a body's first word is no surname


def test_a_body_named_with_of_the_is_no_person() -> None:
    text = ("Observers believe little will change. “The next ruler may try to use the old "
            "leader's image,” Bank of the West said.\n")
    assert "Bank" not in speakers(text)
