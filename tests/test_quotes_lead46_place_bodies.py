"""A body named after a place that opens with “San”, “Santa”, “Los” or “Las” keeps the
place (issue 9, session 46): “San Francisco Unified School District said” is that school
district, not “Unified School District” (nor a person); “San Diego” alone is still a place."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("body", ["San Francisco Unified School District",
                                  "Los Angeles Unified School District",
                                  "Las Vegas Metropolitan Police Department"])
def test_the_place_stays_in_the_bodys_name(body):
    text = ("The district met parents on Monday.\n\n"
            "“This change may be disheartening, but we believe it is important,” "
            f"{body} said in an email to parents.")
    assert _speakers(text) == [body]


def test_a_place_alone_is_nobody():
    text = ("The group met on Monday.\n\n“This change may be disheartening, but we believe "
            "it is important,” said San Diego.")
    assert _speakers(text) == [""]
