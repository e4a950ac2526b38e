"""Offices as Commonwealth news writes them (issue 9, en, s28).

Papers that write offices with capitals (Trinidad's, Britain's, India's) call the prime
minister “the PM”, the court's officer “the Magistrate”, and put the portfolio between the
office and the holder's name: “Minister of Finance Colm Hale spoke”. “the PM said” read as
a body of that acronym (“PM”, marked), “the Magistrate said” as a person called Magistrate,
and the cast skipped a name after “of” (“Frank Pallone Jr. of New Jersey”: a place) even
when the words before “of” were the office the name holds, so “he said” after it found
nobody. ``lexicon.ROLE_WORDS`` adds “pm” (written out “prime minister” in
``ROLE_SHORT_FORMS``) and “magistrate”; ``cast._scan_names`` keeps the name of a run read
with a capitalised office before “of” or “for” (not a body's name going on past “and”).
The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_pm_is_the_prime_minister() -> None:
    before = ("Prime Minister Tom Vale rejected a call by the chamber to import workers. Dr "
              "Vale did not agree with the chamber. According to the PM: “I cannot see any "
              "reason right now to import any labour.”\n")
    after = ("Prime Minister Tom Vale rejected a call by the chamber to import workers.\n\n"
             "“I cannot see any reason right now to import any labour,” the PM said.\n")
    assert speakers(before) == ["Tom Vale"]
    assert speakers(after) == ["Tom Vale"]


def test_the_magistrate_is_an_office_not_a_name() -> None:
    text = ("Last Wednesday the judge was asked about the claims.\n\n“Since I got this "
            "appointment there are all kinds of things coming up,” the Magistrate said.\n")
    assert speakers(text) == [""]


def test_the_holder_after_an_office_and_its_portfolio_is_in_the_cast() -> None:
    minister = ("Minister of Finance Colm Hale spoke on Monday. “We will do all we can to keep "
                "the budget balanced,” he said.\n")
    commissioner = ("Commissioner of Police Gary Hale met the singer on Saturday.\n\n“We will do "
                    "all we can to keep the visit peaceful,” the Commissioner said.\n")
    assert speakers(minister) == ["Colm Hale"]
    assert speakers(commissioner) == ["Gary Hale"]


# guards: a time, a body's name after “of”, a place after “of” stay as they were


def test_pm_as_a_time_names_nobody() -> None:
    text = ("The minister spoke at 5 PM on Monday.\n\n“We will do all we can to keep the visit "
            "peaceful,” an aide said.\n")
    assert speakers(text) == [""]


def test_a_body_after_a_lower_case_office_or_a_place_after_a_name() -> None:
    body = ("Rami Tal, director general of the city's International Peace and Cooperation "
            "Center think-tank, sees little to gain. “I'm not willing to recognise the rules "
            "of the game,” he said.\n")
    place = "Rep. Tom Vale of New Jersey spoke on Monday. “We will do all we can,” he said.\n"
    assert speakers(body) == ["Rami Tal"]
    assert speakers(place) == ["Tom Vale"]
