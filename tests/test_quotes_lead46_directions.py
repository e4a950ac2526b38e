"""A capitalised word right after a direction word (“selatan Glasgow”, “utara Jakarta”) is
a place, no subject of the speech verb after it (issue 9, session 46): “Trump, yang duduk
… di Turnberry, selatan Glasgow, mengatakan …” is Trump's, not a person called Glasgow."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("direction", ["selatan", "utara", "barat daya"])
def test_the_place_after_a_direction_is_no_speaker(direction):
    text = ("Trump, yang duduk bersama Starmer di resor golf miliknya di Turnberry, "
            f"{direction} Glasgow, mengatakan ia kecewa. Ia memberi Putin waktu \"sekitar "
            "sepuluh atau dua belas hari saja\" untuk berdamai.")
    assert _speakers(text) != ["Glasgow"]


def test_a_name_after_a_comma_still_speaks():
    text = ("Menteri Luar Negeri Sugiono, mengatakan Indonesia siap membantu. Ia menyebut "
            "bantuan itu \"akan dikirim dalam pekan ini juga\" ke Gaza.")
    assert _speakers(text) == ["Sugiono"]
