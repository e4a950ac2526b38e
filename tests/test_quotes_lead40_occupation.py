"""An occupation opening a sentence before a name (“Dietitian Nina Crowley tells Yahoo Life
that …”, “Economist Ann Lee said”): what the person is, not a word of the name, also for
occupations the word list does not hold, made with -ist, -ologist, -ician, -itian. Before,
the speaker was “Dietitian Nina Crowley” (en42's 3045). A surname that ends alike
(“Lindqvist”) is no occupation. Texts made up (session 40)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("occupation", ["Dietitian", "Nutritionist", "Economist",
                                        "Epidemiologist", "Statistician", "Pediatrician"])
def test_the_occupation_before_the_name(occupation):
    text = ("Title\n\nKetchup is back on the table.\n\n"
            f"{occupation} Nina Crowley tells Yahoo Life that \"condiments and sauces can be "
            'the anchor of flavor for a meal," and more.')
    assert speakers(text) == ["Nina Crowley"]


def test_a_surname_ending_alike_stays():
    text = ('Title\n\nThe match ended.\n\n"We played well today and deserved it," said '
            "Lindqvist, the captain.")
    assert speakers(text) in (["Lindqvist"], [""])


_SAID = '"Condiments can be the anchor of flavor for a meal and they matter,"'


@pytest.mark.parametrize("text", [
    f"Title\n\nKetchup is back.\n\n{_SAID} said nutritionist Nina Crowley.",
    f"Title\n\nKetchup is back.\n\n{_SAID} registered dietitian Nina Crowley said.",
    f"Title\n\nKetchup is back.\n\nStatistician Nina Crowley was asked.\n\n{_SAID} the "
    "statistician said.",
])
def test_occupations_as_offices_before_or_for_a_name(text):
    # (occupations the role words lacked: nutritionist, dietitian, statistician, the -ologists
    # of medicine and science, chemist, technician, clinician …)
    assert speakers(text) == ["Nina Crowley"]
