"""An office written “<Office> of the <Portfolio>” before its holder's name (issue 9, en,
s28).

“Chancellor of the Exchequer Nigel Hale spoke …” then “…,” he told reporters.: the cast
read the run after “of the” (“Exchequer Nigel Hale”) as a name, so the pronoun found a
person called “Exchequer Nigel Hale”. ``cast._scan_names`` reads the office before “of
the” or “for the” with the run, as it did before “of” and “for” (“Minister of Finance Colm
Hale”), when the office is capitalised and the run is one word and a two-word name (where
a longer portfolio ends and the name begins is not clear: reading those too cost a
never-tuned set two quotations). The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_holder_after_office_of_the_portfolio() -> None:
    chancellor = ("Chancellor of the Exchequer Nigel Hale spoke on Monday.\n\n“The wrong end of "
                  "the stick was picked up,” he told reporters.\n")
    leader = ("Leader of the Opposition Kamla Ruiz met the singer on Monday.\n\n“We will do all "
              "we can to keep the visit peaceful,” she said.\n")
    assert speakers(chancellor) == ["Nigel Hale"]
    assert speakers(leader) == ["Kamla Ruiz"]


# guard: a body's name written with “of the” is no person's


def test_a_body_of_the_something_is_no_person() -> None:
    text = ("Officials of the Ministry of the Interior met on Monday.\n\n“We will do all we can "
            "to keep the visit peaceful,” the Ministry of the Interior said.\n")
    assert not any("Interior" in s and "Ministry" not in s for s in speakers(text))
