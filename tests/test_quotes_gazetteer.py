"""Indonesian places and given names in speaker phrases (issue 9, round 40).

The sentences are made up; each follows a pattern of real Indonesian news that gave a wrong
speaker before the region and name lists (``reader.core.quotes.gazetteer``) were used.
"""

from pathlib import Path

import pytest
from quote_helpers import speaker_of

from reader.core.quotes import gazetteer
from reader.core.quotes.gazetteer import region_at

ROUND_40 = [
    # an office, the place it serves and the holder's name as one capitalised run
    ("“Kami siap melayani warga dengan baik,” kata Bupati Sleman Kustini Sri Purnomo.",
     "Kami", "Kustini Sri Purnomo"),
    ("“Kami siap melayani warga dengan baik,” ujar Ketua DPRD Banyuwangi Made Cahyana.",
     "Kami", "Made Cahyana"),
    ("Rapat digelar Jumat.\n“Kami sudah sepakat meminta evaluasi,” ungkap Ketua PAC PDIP "
     "Medan Helvetia Jonlys Purba.", "Kami", "Jonlys Purba"),
    ("“Banjir sudah surut sejak pagi,” kata Bupati Deli Serdang Asri Ludin Tambunan.",
     "Banjir", "Asri Ludin Tambunan"),
    ("“Jalan ini segera diperbaiki,” kata Kapolda Jatim Nanang Avianto.", "Jalan",
     "Nanang Avianto"),
    # a region that is a given name too is the place only when two name words follow
    ("“Stok beras aman sampai Lebaran,” kata Bupati Bima Indah Dhamayanti Putri.", "Stok",
     "Indah Dhamayanti Putri"),
    ("Bima Arya meninjau pasar.\n“Stok beras aman sampai Lebaran,” kata Bima Arya.", "Stok",
     "Bima Arya"),
    # a link's headline glued to the next sentence where the link was: the name starts
    # after the glue, and the headline names nobody
    ("Plt Sekretaris Partai Ummat Jatim, Ibnu Saichoni menyebut protes itu wajar.Baca juga: "
     "Para Kiai Hadiri Expo UMKM di BanyuwangiIbnu pun membeberkan alasannya. “Biaya "
     "politik itu tinggi sekali,” jelasnya.", "Biaya", "Ibnu Saichoni"),
    ("Ketua DPP PPP Syaifullah Tamliha menjawab wartawan.Baca juga: Jokowi: Saya di PSI "
     "SajalahTamliha mengatakan PPP punya stok. “Kami punya stok dan waktu yang cukup,” "
     "tutur dia.", "Kami", "Syaifullah Tamliha"),
    ("“Kami sudah sepakat meminta evaluasi,” ungkap Ketua PAC PDIP Jonlys Purba.Baca juga: "
     "Fakta soal Wanita Berhelm Tewas Dibunuh PacarJonlys menyebutkan bukti sudah "
     "dilampirkan. “Kami kirim bukti tertulis kepada partai,” ujarnya.", "Kami kirim",
     "Jonlys Purba"),
    ("Relawan pendukung Anies Baswedan berkumpul.Baca juga: Penjelasan Anies Singgung Forum "
     "PBBGerakan itu bertemu Minggu.Baca juga: Hadiri Rapimnas, Anies Puji "
     "RelawanAnies Baswedan hadir di sana. “Gagasan perubahan harus dijaga,” kata Anies.",
     "Gagasan", "Anies Baswedan"),
    # the link ends where the story goes on after a blank: two lower-case words in a row,
    # or a lower-case word and a comma after the sentence's opening word
    ("Pemprov menambah lokasi distribusi.Baca juga: Buntut Dugaan Pungli, Dinas KPKP DKI "
     "Evaluasi Pangan Murah Selain itu, Kepala Dinas KPKP Suharini Eliawati mengatakan "
     "jadwal juga ditambah. “Kami koordinasi dengan Dinas Pendidikan untuk jadwalnya,” "
     "ujarnya.", "Kami", "Suharini Eliawati"),
    # a capitalised word whose head the article writes alone is not a glued verb when the
    # rest is five letters (“Parameter” is no “Para” + “meter”)
    ("Para pengamat menilai Didit diterima semua pihak. “Didit adalah replika politik "
     "Prabowo,” kata Direktur Parameter Politik Indonesia (PPI) Adi Prayitno.", "Didit",
     "Adi Prayitno"),
]


# Short forms of offices of the civil service, the police and the armed forces, ranks of
# the air force and navy, and the army's corps written after a rank, are no part of the
# holder's name.
OFFICES = [
    ("“Kami siap melayani warga dengan baik,” kata Sekda Jatim Adhy Karyono.", "Kami",
     "Adhy Karyono"),
    ("“Layanan vaksin dibuka lagi,” kata Kadinkes Jabar Vini Adiani Dewi.", "Layanan",
     "Vini Adiani Dewi"),
    ("“Latihan berjalan aman,” kata Danlanud Halim Marsma Ardi Syahri.", "Latihan",
     "Ardi Syahri"),
    ("“Situasi sudah kondusif,” kata Danramil Cilandak Mayor Kav Sugiman.", "Situasi",
     "Sugiman"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), OFFICES)
def test_office_short_forms(text, opening, speaker):
    assert speaker_of(text, opening) == speaker


# A party or a university between the office and the holder's name (not a company: its
# name runs on, “President Director Waskita Karya Destiawan Soewardjono”).
BODIES = [
    ("“Koalisi tetap solid,” kata Sekjen Gerindra Ahmad Muzani.", "Koalisi", "Ahmad Muzani"),
    ("“Tidak ada munaslub,” kata Ketua Umum Golkar Bahlil Lahadalia.", "Tidak",
     "Bahlil Lahadalia"),
    ("“Kampus membuka jalur baru,” kata Rektor Universitas Airlangga Mohammad Nasih.",
     "Kampus", "Mohammad Nasih"),
    ("“Putusan itu memicu perdebatan,” kata pengamat Universitas Gadjah Mada Arie Sujito.",
     "Putusan", "Arie Sujito"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), BODIES)
def test_body_between_office_and_name(text, opening, speaker):
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), ROUND_40)
def test_speaker_round_40(text, opening, speaker):
    assert speaker_of(text, opening) == speaker


def test_regions_from_the_list():
    words = "ketua pac medan helvetia jonlys purba".split()
    assert region_at(words, 2) == 2  # a kecamatan of two words
    assert region_at("jawa tengah".split(), 0) == 2  # a province
    assert region_at(["sleman"], 0) == 1  # a kabupaten of one word
    assert region_at(["jatim"], 0) == 1  # a province's short form
    assert region_at(["purba"], 0) == 0  # a kecamatan of one word: too often a surname
    assert region_at(["jonlys"], 0) == 0
    assert region_at([], 0) == 0
    assert gazetteer.gazetteer().given_name("bima")


def test_the_lists_ship_small_with_their_sources():
    data = Path(gazetteer.__file__).parent / "data"
    text = (data / "gazetteer_id.txt").read_text(encoding="utf-8")
    assert (data / "gazetteer_id.txt").stat().st_size < 300_000
    assert [line for line in text.splitlines() if line.startswith("# ")] == [
        "# provinsi", "# kabkota", "# kecamatan", "# nama", "# kampus"]
    readme = (data / "README.md").read_text(encoding="utf-8")
    for source in ("cahyadsn/wilayah", "mutiawsr/indonesian-names", "MIT",
                   "mzakiyuddin/daftar-perguruan-tinggi-indonesia", "ISC"):
        assert source in readme
