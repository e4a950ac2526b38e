"""Two appositions the backward reader cut at a wrong comma (en40, Canadian papers): an
office with a list of fields ("Navdeep Bains, Minister of Innovation, Science and Economic
Development, said" gave "Economic Development"), and one opening with a place's adjective
("Lee Finell, Alberta-based health education manager with Dairy Farmers of Canada, said"
gave "Dairy Farmers", and the next "she said" with it). Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_WORDS = '"on a broader scale than people think"'


@pytest.mark.parametrize("apposition", [
    "Minister of Innovation, Science and Economic Development",
    "Secretary of Health, Education and Welfare",
    "Minister of Innovation and Science",
    "Toronto-based director of public affairs at the Canadian Medical Association",
    "Alberta-born chief executive of Maple Grove Foods",
])
def test_the_name_before_the_apposition_speaks(apposition):
    text = (f"The policy was debated on Monday.\n\nAnn Kerr, {apposition}, said in an "
            f"interview that the talks were {_WORDS}.")
    assert speakers(text) == ["Ann Kerr"]

