"""Speakers in Indonesian news (issue 9, session 30): an office that goes on past “dari”
to a faction or an electoral district before the holder's name (“Anggota DPRD Jawa Barat
dari Fraksi PDI Perjuangan, Rina Wulandari, …” kept only “Fraksi PDI Perjuangan” as her
office, so “kata anggota DPRD itu” and even “tegasnya” went to the other person), and
“demikian” standing for “demikian kata” before a name (“…,” demikian Budi.” gave nobody).
Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = "Warga tolak tambang\n\nKetua Serikat Petani Jawa Barat Budi Santoso memimpin aksi itu. "
SAID = "“Kami tidak akan mundur sampai izin itu dicabut,” "


@pytest.mark.parametrize("office", [
    "Anggota DPRD Jawa Barat dari Fraksi PDI Perjuangan, Rina Wulandari,",
    "Anggota DPRD Jawa Barat dari Fraksi PDI Perjuangan Rina Wulandari",
    "Anggota DPRD Jawa Barat dari Daerah Pemilihan Bandung, Rina Wulandari,",
])
@pytest.mark.parametrize("cue", ["kata anggota DPRD itu.", "tegasnya."])
def test_an_office_going_on_past_dari(office: str, cue: str) -> None:
    text = f"{LEAD}{office} mendukung tuntutan warga.\n\n{SAID}{cue}"
    assert speakers(text) == ["Rina Wulandari"]


@pytest.mark.parametrize(("cue", "expected"), [
    ("demikian Budi.", "Budi Santoso"),
    ("demikian Rina Wulandari.", "Rina Wulandari"),
])
def test_demikian_before_a_name(cue: str, expected: str) -> None:
    text = f"{LEAD}Rina Wulandari mendukung tuntutan warga.\n\n{SAID}{cue}"
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Anggota DPRD Jawa Barat, Rina Wulandari, mendukung tuntutan warga.",
     "kata anggota DPRD itu.", "Rina Wulandari"),
    ("Warga dari Desa Cibodas, Rina Wulandari, mendukung tuntutan warga.",
     "kata Rina.", "Rina Wulandari"),
    ("Rina Wulandari mendukung tuntutan warga.", "demikian kata Budi.", "Budi Santoso"),
    ("Rina Wulandari mendukung tuntutan warga.", "demikian bunyi Pasal 2 aturan itu.", ""),
])
def test_guards(middle: str, cue: str, expected: str) -> None:
    assert speakers(f"{LEAD}{middle}\n\n{SAID}{cue}") == [expected]


STORY = ("Warga tolak tambang\n\nKetua Serikat Petani Budi Santoso dan anggota DPRD Rina"
         " Wulandari hadir dalam aksi itu.\n\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Menurut Rina, Budi sudah mengetahui rencana itu.", "Rina Wulandari"),
    ("Menurut Kepala Dinas Lingkungan Hidup Jawa Barat Asep Saepudin, Budi sudah mengetahui"
     " rencana itu.", "Asep Saepudin"),
])
def test_the_source_a_sentence_opens_with_speaks_there(sentence: str, expected: str) -> None:
    # (the next “katanya” is the source's, not the subject's after the comma)
    assert speakers(f"{STORY}{sentence} {SAID}katanya.") == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rina mengatakan, menurut Budi, tambang harus ditutup.", "Rina Wulandari"),
    ("Menurut data BPS, Budi sudah mengetahui rencana itu.", "Budi Santoso"),
    ("Budi mengatakan hal itu. Menurutnya, Rina sudah mengetahui rencana itu.", "Budi Santoso"),
])
def test_the_source_guards(sentence: str, expected: str) -> None:
    assert speakers(f"{STORY}{sentence} {SAID}katanya.") == [expected]


@pytest.mark.parametrize("title", ["Notaris", "Arsitek", "Jurnalis", "Pramugari", "Polwan",
                                   "Korlap", "Pendeta", "Kabag Ops", "Ketua Harian",
                                   "Ketua Pokdarwis", "Daeng", "Mbah", "Romo", "Abuya", "Nyi"])
def test_occupations_and_forms_of_address_before_a_full_name(title: str) -> None:
    # (“Notaris Budi Santoso” gave “Notaris Budi Santoso”, “Kabag Ops …” “Ops Budi Santoso”)
    assert speakers(f"Warga tolak tambang\n\n{SAID}kata {title} Budi Santoso.") == [
        "Budi Santoso"]
    assert speakers(f"Warga tolak tambang\n\n{title} Budi Santoso mengatakan, “Kami tidak"
                    " akan mundur sampai izin itu dicabut.”") == ["Budi Santoso"]


@pytest.mark.parametrize(("cue", "expected"), [
    ("kata Kak Seto.", "Kak Seto"),  # (a form of address with one name: the whole)
    ("kata notaris itu.", ""),  # (an occupation the article gives nobody)
])
def test_occupations_guards(cue: str, expected: str) -> None:
    assert speakers(f"Warga tolak tambang\n\n{SAID}{cue}") == [expected]


def test_an_english_surname_that_is_a_form_of_address() -> None:
    assert speakers("Cowboys news\n\n“We will not back down until the permit is gone,” Tony"
                    " Romo said.") == ["Tony Romo"]


@pytest.mark.parametrize(("cue", "expected"), [
    ("kata Warga Budi Santoso.", "Budi Santoso"),  # (a resident, then a given name)
    ("kata warga Desa Cikupa Ahmad Fauzi.", "Ahmad Fauzi"),  # (a village, then the name)
    ("kata warga Cikupa Ahmad Fauzi.", "Ahmad Fauzi"),  # (the village without “Desa”)
])
def test_a_resident_and_a_given_name(cue: str, expected: str) -> None:
    assert speakers(f"Warga tolak tambang\n\n{SAID}{cue}") == [expected]
