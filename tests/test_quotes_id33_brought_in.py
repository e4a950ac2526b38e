"""“ujarnya” after a sentence that brings in the next speaker (“Keluhan serupa datang dari
pedagang sayur, Rina Marlina.”, “Hal itu juga dirasakan oleh Rina Marlina, pedagang sayur di
Pasar Minggu.”, “Lain halnya dengan Rina Marlina, pemilik warung di Tebet.”) (issue 9, id,
s33).

Indonesian news opens a new voice with such a sentence and goes on with the quotation and a
pronoun cue. The person it brings in is no subject and says nothing there, so the pronoun
went to the last speaker. Now the one person such a sentence names last (alone or with an
apposition that opens with a role), after a passive verb of saying, feeling or owning up,
“datang dari” or “halnya dengan”, takes it. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_FIRST = ("Harga Bensin\n\nJAKARTA - Harga bensin eceran naik sejak pekan lalu. Doni Saputra, "
          "pedagang bensin di Manggarai, mengaku omzetnya turun. “Pembeli sekarang sepi sekali "
          "sejak harga naik,” kata Doni.{}")
_NEXT = "“Saya tetap jualan seperti biasa, pembeli masih banyak,” ujarnya."


@pytest.mark.parametrize("bridge", [
    "Keluhan serupa datang dari pedagang sayur di Pasar Minggu, Rina Marlina.",
    "Keluhan serupa datang dari Rina Marlina, pedagang sayur di Pasar Minggu.",
    "Hal itu juga dirasakan oleh Rina Marlina, pedagang sayur di Pasar Minggu.",
    "Kondisi serupa dialami pedagang sayur di Pasar Minggu, Rina Marlina.",
    "Lain halnya dengan Rina Marlina, pemilik warung makan di Tebet.",
    "Hal serupa diungkapkan salah seorang pedagang sayur, Rina Marlina.",
])
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_the_one_brought_in_takes_the_pronoun(bridge: str, gap: str) -> None:
    text = _FIRST.format(" " + bridge + gap + _NEXT)
    assert speakers(text) == ["Doni Saputra", "Rina Marlina"]


# guards: who only attended, who the speaker goes on about, a name inside the sentence


@pytest.mark.parametrize("bridge", [
    "Acara itu juga dihadiri Ketua RT 05, Rina Marlina.",
    "Ia didampingi Kepala Dinas Perdagangan Rina Marlina.",
    "Pembeli kini lebih memilih mengisi di SPBU milik Rina Marlina.",
    "Keluhan serupa datang dari warga, dan ia menyebut Rina Marlina ikut mengeluh.",
    "Kenaikan tarif itu diumumkan oleh Gubernur DKI Jakarta Rina Marlina.",
])
def test_the_last_speaker_goes_on(bridge: str) -> None:
    text = _FIRST.format(" " + bridge + " " + _NEXT)
    assert speakers(text) == ["Doni Saputra", "Doni Saputra"]
