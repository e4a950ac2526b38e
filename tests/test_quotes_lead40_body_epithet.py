"""An epithet after the body it is held in, before a name of two words or more (“Nyamira
Boys Principal George Onkundi said …”, “said Kenyatta Hospital Veterinarian Ann Otieno
Wafula”): the epithet and the body before it are the role, not words of the name. Before,
only an epithet opening the phrase was read so, and “Mr Onkundi said” later gave
“Principal George Onkundi” (en43's 3129, Kenyan school news). Texts made up (session 40)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("school", ["Nyamira Boys", "Nyamira Boys High School"])
def test_the_principal_of_a_school(school):
    text = (f"Title\n\n{school} Principal George Onkundi said they were shocked.\n\n"
            '"He was teaching Mathematics and Chemistry," Mr Onkundi said.')
    assert speakers(text) == ["George Onkundi"]


def test_an_epithet_after_a_hospital_before_three_names():
    text = ('Title\n\n"The wards are full every night," said Kenyatta National Hospital '
            "Veterinarian Ann Otieno Wafula.")
    assert speakers(text) == ["Ann Otieno Wafula"]
