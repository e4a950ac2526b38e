"""A village or a district after a local office or “warga” is no name (“…,” ujar warga
Cilandak.; kata Camat Cilandak.; kata Lurah Pondok Labu Joko Susilo.) (issue 9, id, s34).

Indonesian news names a local office by the place it serves (“Camat Cilandak”, “Lurah
Pondok Labu”, “Kades Sukamaju”) and a resident by where they live (“warga Cilandak”).
Kecamatan, kelurahan and desa of one word are not in the gazetteer (they are too often
surnames), so the engine gave the place as the speaker: “Cilandak”, “Pondok Labu”, and
“Labu Joko Susilo” for a place of two words before the holder's name. Now
names.village_alone reads the one or two words after such a head as the place when no
word of them is a given name of the lists, two words open as a region's do (“pondok”,
“sungai”, “kebon”), and the article writes them nowhere but after a head or a place's word
(one word at least once after a place's word or “warga”: “kata Kades Suparman.” alone stays
a person, as test_quotes_place18 has it);
and names._village_then_name ends a two-word place before a given name (“Lurah Pondok Labu
Joko Susilo”). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_LEAD = "Banjir Jakarta\n\nJAKARTA - Banjir merendam permukiman di Jakarta Selatan sejak Senin. "


@pytest.mark.parametrize("cue", [
    "ujar warga Cilandak.",
    "kata Lurah Pondok Labu.",
    "ujar warga Pondok Labu.",
])
def test_the_place_is_nobody(cue: str) -> None:
    text = f"{_LEAD}“Air masuk ke rumah sampai setinggi lutut,” {cue}"
    assert speakers(text) == [""]


@pytest.mark.parametrize(("where", "cue"), [
    ("Warga Cilandak mengungsi ke masjid.", "kata Camat Cilandak."),
    ("Air juga menggenangi kawasan Sukamaju.", "ujar Kades Sukamaju."),
])
def test_an_office_of_a_place_written_as_one(where: str, cue: str) -> None:
    text = f"{_LEAD}{where} “Air masuk ke rumah sampai setinggi lutut,” {cue}"
    assert speakers(text) == [""]


def test_a_two_word_village_before_the_name() -> None:
    text = f"{_LEAD}“Air masuk ke rumah sampai setinggi lutut,” kata Lurah Pondok Labu Joko Susilo."
    assert speakers(text) == ["Joko Susilo"]


def test_the_office_named_before_is_its_holder() -> None:
    text = (f"{_LEAD}Warga Cilandak mengungsi ke masjid. Camat Cilandak Budi Hartono meninjau "
            "lokasi. Ia membawa dua perahu karet. "
            "“Kami evakuasi warga lanjut usia lebih dulu,” kata Camat Cilandak.")
    assert speakers(text) == ["Budi Hartono"]


@pytest.mark.parametrize("place", ["Pondok Labu", "Cilandak"])
def test_an_office_with_its_place_as_subject_then_a_pronoun(place: str) -> None:
    office = "Lurah" if " " in place else "Camat"
    text = (f"{_LEAD}Warga {place} mengungsi ke masjid. {office} {place} meninjau lokasi. "
            "“Kami evakuasi warga lanjut usia lebih dulu,” ujarnya.")
    assert speakers(text) == [""]


# guards: a given name, a person's name of two words, a word the article writes as a
# person's elsewhere, a name after the place, and a resident named after the comma


@pytest.mark.parametrize(("cue", "name"), [
    ("kata Camat Budi.", "Budi"),
    ("kata Lurah Hendra Wijaya.", "Hendra Wijaya"),
    ("kata warga Budi Santoso.", "Budi Santoso"),
    ("kata Camat Cilandak Budi Hartono.", "Budi Hartono"),
    ("ujar Lurah Kebon Jeruk Rina Marlina.", "Rina Marlina"),
    ("ujar Dedi, warga Cilandak.", "Dedi"),
    ("kata Kapolsek Tebet Kompol Budi Hartono.", "Budi Hartono"),
])
def test_a_person_stays(cue: str, name: str) -> None:
    text = f"{_LEAD}“Air masuk ke rumah sampai setinggi lutut,” {cue}"
    assert speakers(text) == [name]


def test_a_mononym_after_the_office_alone() -> None:
    text = f"{_LEAD}“Air masuk ke rumah sampai setinggi lutut,” kata Kades Sapuan."
    assert speakers(text) == ["Sapuan"]


def test_a_mononym_the_article_writes_as_a_name() -> None:
    text = (f"{_LEAD}“Air masuk ke rumah sampai setinggi lutut,” kata Kades Sapuan. Sapuan "
            "meminta bantuan perahu karet.")
    assert speakers(text) == ["Sapuan"]


def test_a_full_name_given_before() -> None:
    text = (f"{_LEAD}Camat Nipah Panjang Helmi Agustinius meninjau lokasi. “Air masuk ke "
            "rumah sampai setinggi lutut,” kata Camat Helmi.")
    assert speakers(text) == ["Helmi Agustinius"]
