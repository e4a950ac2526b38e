"""A Korean given name's lower-case hyphen part is no place (issue 9, session 46): “Kim
Jong-un” is not cut to “Kim” because “un” is also the UN's short form; a region written
with capitals on both sides of its hyphen stays no name."""

import pytest

from reader.core.quotes import suggest
from reader.core.quotes.names import is_nameish


@pytest.mark.parametrize("name", ["Kim Jong-un", "Pak Ui-un"])
def test_the_full_name_is_kept_for_the_short_form(name):
    text = (f"North Korean official {name} visited the plant on Monday.\n\n"
            f"“We will build more of these for our people,” {name.split()[0]} said.")
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [name]


@pytest.mark.parametrize("word", ["Asia-Pasifik", "Indo-Pacific", "Afro-Asia"])
def test_a_region_joined_by_a_hyphen_is_no_name(word):
    assert not is_nameish(word)


def test_a_lower_case_hyphen_part_may_be_a_given_names():
    assert is_nameish("Jong-un")
