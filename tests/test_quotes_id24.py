"""Who said it, Indonesian classes of round 178 (issue 9, session 24, id24).

Round 178 (Kedaulatan Rakyat, krjogja.com, Yogyakarta's regional paper, May-July 2025) showed
these classes; the sentences here are made up, each in the shape of one class, not the
round's text:

- a one-word name that the article gives only with an indefinite apposition after it,
  without the apposition's closing comma (“Sutrisno, salah satu warga yang ikut menanam
  mengatakan, …”), or only after “Menurut” (“Menurut Sutrisno, …”): the cast did not hold
  it, so the next “katanya” found nobody (or a dateline's place);
- an office whose name goes on past “dan” and ends in a bracketed acronym, then the regency
  it serves, then the holder (“Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR)
  Klaten Budi Santoso Wibowo”): the regency was read into the name, or, where the article
  names the regency often, the office's last word (“Ruang”) was the cast's only person;
- a “Baca Juga: ‹headline›” link glued into the text before a sentence opening with
  somebody's view (“… Dua Pelatih saling Puji Menurut Bupati Klaten Sri Mulyani Hartono,
  acara ini …”): the link's headline was read up to its fifteenth word, taking the name;
- a relative as the speaker with no name after (“…,” ujar sang ibu bangga. / “…,” kata
  ayahnya.): no attribution was read, and the quotation went to the last one named (the
  daughter), not to the mother the article named before (“didampingi sang ibu, Rina Wati”).

``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_SAID = ("\u201cSaya setiap hari lewat dan kondisinya rusak parah sejak lama,\u201d "
         "katanya, Minggu (15/6).")

FIXED = [
    # a one-word name before “salah satu …” with no closing comma (it gave nobody)
    ("Warga menanam pohon pisang di jalan rusak. Sutrisno, salah satu warga yang ikut "
     "menanam mengatakan, jalan itu penghubung antarkampung. " + _SAID,
     "Saya setiap hari", "Sutrisno"),
    ("Harga cabai naik lagi. Marsinah, seorang pedagang di pasar itu menuturkan, pasokan "
     "dari petani berkurang. \u201cSudah dua minggu harganya terus naik,\u201d ujarnya.",
     "Sudah dua minggu", "Marsinah"),
    ("Jembatan itu retak sejak banjir. Warsito, salah seorang tokoh masyarakat "
     "menjelaskan, warga sudah melapor. \u201cKami minta jembatan segera diperbaiki,\u201d "
     "tambahnya.", "Kami minta", "Warsito"),
    # a one-word name only after “Menurut” (it gave nobody)
    ("Warga menanam pohon pisang di jalan rusak. Menurut Sutrisno, jalan itu sudah rusak "
     "lima tahun. " + _SAID, "Saya setiap hari", "Sutrisno"),
]

_ROADS = ("\u201cAda jalan yang diperbaiki tahun ini dan ada yang tahun depan,\u201d "
          "ujarnya.")
FIXED += [
    # the regency after the office's acronym is not the name's (it was in it)
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Klaten Budi Santoso Wibowo, "
     "Senin (3/5) mengatakan, proyek dimulai bulan ini. Lelang sudah selesai. " + _ROADS,
     "Ada jalan", "Budi Santoso Wibowo"),
    # nor the office's last word a person (it gave “Ruang”)
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) Sukoharjo Budi Santoso Dwi "
     "Wibowo, Sabtu (3/5) mengatakan, proyek dimulai bulan ini. " + _ROADS, "Ada jalan",
     "Budi Santoso Dwi Wibowo"),
]

_RUN = ("\u201cKita ingin masyarakat mempunyai budaya olah raga untuk kebugaran,\u201d ")
FIXED += [
    # the view after a glued link is the article's, not the headline's (they gave nobody)
    ("Acara itu diikuti 3.000 peserta. Baca Juga: Jelang Laga Final, Dua Pelatih saling "
     "Puji Menurut Bupati Klaten Sri Mulyani Hartono, acara ini lebih meriah. Pesertanya "
     "3.075 orang. " + _RUN + "kata Bupati Klaten.", "Kita ingin", "Sri Mulyani Hartono"),
    ("Acara itu diikuti 3.000 peserta. Baca Juga: Dominikus Dion Akhirnya Dipanggil Timnas "
     "U23 Menurut Rudianto Wibisono, proses seleksi melibatkan seluruh tim. " + _RUN
     + "ujarnya.", "Kita ingin", "Rudianto Wibisono"),
]

_HAPPY = "\u201cSaya senang sekali bisa juara nasional tahun ini,\u201d ujar Dina Maharani. "
_PROUD = "\u201cKami mendukung penuh hobi Dina di bulutangkis sejak kecil,\u201d "
FIXED += [
    # the relative the article named (they went to Dina Maharani)
    (_HAPPY + "Ia didampingi sang ibu, Rina Wati, dan pelatihnya. " + _PROUD
     + "ujar sang ibu bangga.", "Kami mendukung", "Rina Wati"),
    (_HAPPY + "Ia didampingi ayahnya, Budi Hartono, dan pelatihnya. " + _PROUD
     + "kata ayahnya.", "Kami mendukung", "Budi Hartono"),
    # a relative the article never names is somebody unnamed: nobody (it went to Dina)
    (_HAPPY + "Ia didampingi pelatihnya. " + _PROUD + "ujar sang ibu bangga.",
     "Kami mendukung", ""),
]

STAYS = [
    # a relative named right after the verb: as before
    (_HAPPY + _PROUD + "kata Rina Wati, ibunda Dina.", "Kami mendukung", "Rina Wati"),
    # a link's headline with “Menurut” and no comma after its run stays a headline
    ("Acara itu diikuti 3.000 peserta. Baca Juga: Kota Terbersih Menurut Warga Jogja " + _RUN
     + "kata Bupati Klaten.", "Kita ingin", ""),
    # an office with its acronym and regency, no “dan”: as before
    ("Kepala Dinas Perhubungan (Dishub) Klaten Sri Rahayu Lestari, Senin (3/5) mengatakan, "
     "jalan ditutup. " + _ROADS, "Ada jalan", "Sri Rahayu Lestari"),
    ("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Temanggung Totok Hari Santoso "
     "mengatakan, jalur dipantau. " + _ROADS, "Ada jalan", "Totok Hari Santoso"),
    # a short form in brackets after a name is still its alias
    ("Presiden Joko Widodo (Jokowi) Senin meresmikan jalan tol. \u201cJalan ini akan "
     "mempercepat arus barang ke pelabuhan,\u201d kata Jokowi.", "Jalan ini",
     "Joko Widodo"),
    # an unnamed source is still nobody
    ("Warga menanam pohon pisang di jalan rusak. Salah satu warga yang ikut menanam "
     "mengatakan, jalan itu penghubung antarkampung. " + _SAID, "Saya setiap hari", ""),
    # a word opening its sentence that the article also writes in lower case is no name
    ("Pohon pisang ditanam di jalan rusak. Sementara, salah satu warga mengatakan jalan "
     "itu sudah lama rusak. Warga sementara menunggu. " + _SAID, "Saya setiap hari", ""),
    # a two-word name with the same apposition, as before
    ("Warga menanam pohon pisang di jalan rusak. Sutrisno Hadi, salah satu warga yang ikut "
     "menanam mengatakan, jalan itu penting. " + _SAID, "Saya setiap hari", "Sutrisno Hadi"),
    # an apposed one-word name with its closing comma, as before
    ("Warga menanam pohon pisang di jalan rusak. Sutrisno, salah satu warga, mengatakan "
     "jalan itu penting. " + _SAID, "Saya setiap hari", "Sutrisno"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
