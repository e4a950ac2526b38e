"""Wire copy puts a phrase of time between the subject and its speech verb (“The Pentagon on
Monday said …”, “Apple late Tuesday said …”): the subject speaks as if the phrase were not
there. Before, a body or a one-word name so placed gave nobody (a person's two-word name
was read through “on Monday” already). Texts made up."""

import pytest

from tests.quote_helpers import speakers

_QUOTE = 'the recall was "a precaution taken out of an abundance of caution."\n'


@pytest.mark.parametrize(("subject", "when", "expected"), [
    ("Apple", "on Monday", "Apple"),
    ("Apple", "Monday", "Apple"),
    ("Apple", "late Monday", "Apple"),
    ("Apple", "on Tuesday evening", "Apple"),
    ("Apple", "earlier this week", "Apple"),
    ("Apple", "last week", "Apple"),
    ("Apple", "on March 3", "Apple"),
    ("Apple", "on 3 March 2025", "Apple"),
    ("The Pentagon", "on Monday", "Pentagon"),
    ("The World Health Organization", "on Friday", "World Health Organization"),
    ("Britain's Foreign Office", "on Sunday", "Britain's Foreign Office"),
])
def test_the_subject_before_a_time_phrase_speaks(subject, when, expected):
    assert speakers(f"{subject} {when} said {_QUOTE}") == [expected]


def test_a_partial_quote_in_what_the_body_confirmed():
    text = ("Russia's Defense Ministry on Sunday confirmed the weapon's use to strike "
            'Ukrainian "military command and control facilities," air bases and plants.\n')
    assert speakers(text) == ["Russia's Defense Ministry"]


@pytest.mark.parametrize(("text", "expected"), [
    # read before too (these pass on the parent): no time phrase, a two-word name, a short
    # name the article gave in full, "yesterday"
    (f"Apple said {_QUOTE}", "Apple"),
    (f"Maria Lopez on Monday said {_QUOTE}", "Maria Lopez"),
    (f"Maria Lopez runs the safety office.\nLopez on Monday said {_QUOTE}", "Maria Lopez"),
    (f"Apple yesterday said {_QUOTE}", "Apple"),
    # an unnamed source stays unnamed with a time phrase
    (f"A spokesperson on Monday said {_QUOTE}", ""),
    # a common noun at the sentence's start names nobody, time phrase or not
    (f"Officials on Monday said {_QUOTE}", ""),
    # a time phrase that opens the sentence is not the subject's
    (f"On Monday, a spokesperson said {_QUOTE}", ""),
    # the name before the time phrase is no subject (the reviewer's probes): as before
    (f"Workers at Amazon on Monday said {_QUOTE}", ""),
    (f"Rebels fighting Assad on Monday said {_QUOTE}", ""),
    (f"A complaint filed by Ann Lee against Meta on Monday said {_QUOTE}", "Ann Lee"),
    # a paper's name with a weekday in it
    (f"The Mail on Sunday said {_QUOTE}", ""),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]
