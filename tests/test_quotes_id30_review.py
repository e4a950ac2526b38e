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
