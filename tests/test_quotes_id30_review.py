"""A review of session 30's rules (issue 9, id): near-miss sentences where a new rule fired
where it should not. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

KATA = "“Kami sudah menyiapkan semua kebutuhan warga di posko pengungsian,” "


@pytest.mark.parametrize(("cue", "expected"), [
    # a name after the comma speaks (6d92975a: nobody)
    ("menurut salah satu pendiri Acme, Rina Wulandari.", "Rina Wulandari"),
    ("menurut seorang pengurus Yayasan Acme, Rina Wulandari.", "Rina Wulandari"),
    # guards: one unnamed source of a body
    ("menurut seorang karyawan Acme yang enggan disebut namanya.", ""),
])
def test_menurut_one_source_named_after_the_comma(cue: str, expected: str) -> None:
    assert speakers("Budi Santoso hadir di lokasi.\n\n" + KATA + cue) == [expected]


@pytest.mark.parametrize("title", ["Nyi", "Bang"])
def test_a_form_of_address_before_a_full_name_in_indonesian(title: str) -> None:
    # (guard: Indonesian text still drops them)
    assert speakers(KATA + f"kata {title} Budi Santoso.") == ["Budi Santoso"]


@pytest.mark.parametrize(("after", "expected"), [
    # “begitu” before a name and another verb is “as soon as” (a5234eb5: the name spoke;
    # an uncued quotation)
    ("“Ayo kita berangkat sekarang juga!” Begitu Ahmad Fauzi tiba di rumah, semua orang "
     "bergegas.", ""),
    ("“Ayo kita berangkat sekarang juga,” begitu Ahmad Fauzi tiba di rumah.", ""),
    # guards: “demikian Budi.”, “demikian Budi menegaskan.”
    ("“Ayo kita berangkat sekarang juga,” demikian Ahmad Fauzi.", "Ahmad Fauzi"),
    ("“Ayo kita berangkat sekarang juga,” begitu Ahmad Fauzi menegaskan.", "Ahmad Fauzi"),
    ("“Ayo kita berangkat sekarang juga,” demikian Ahmad Fauzi, Senin.", "Ahmad Fauzi"),
])
def test_begitu_before_a_name_and_another_verb(after: str, expected: str) -> None:
    assert speakers("Budi Santoso datang ke rumah pagi itu.\n\n" + after) == [expected]
