"""A place between two commas after a body's name, then a described person, is no
speaker (issue 9, session 46): “says University of California, Berkeley, economist Barry
Eichengreen” is Barry Eichengreen, not “Berkeley”; an Indonesian office, a comma and the
holder's name are read as before."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("epithet", ["economist", "historian", "professor of law"])
def test_the_described_person_after_the_campus_speaks(epithet):
    text = ("“Global trust in the dollar was built up over half a century,” says University "
            f"of California, Berkeley, {epithet} Barry Eichengreen.")
    assert _speakers(text) == ["Barry Eichengreen"]


def test_the_office_then_the_name_after_a_comma():
    text = "“Kami siap melayani warga dengan baik,” kata Wakil Ketua DPR RI, Adi Nugroho."
    assert _speakers(text) == ["Adi Nugroho"]
