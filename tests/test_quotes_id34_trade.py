"""Trades and occupations written in lower case before a speaker's name (“kata pengecer
pupuk, Ahmad Fauzi”) (issue 9, id, s34).

“pedagang”, “petani”, “nelayan”, “pengemudi” were role words, so “kata pedagang sayur,
Rina” named Rina; other occupation nouns of the same kind (mostly peN- agent nouns of
trade, farming and travel: pengecer, pengepul, penambang, peternak, petambak, penyuluh,
pembudidaya, pemulung, penjahit, penghuni, pendaki, pengendara, pemudik, pengungsi; and
kurir, nasabah, pelanggan) were not, and the name after them was lost. They join
ROLE_WORDS. Unnamed (“kata seorang pengecer”) they stay nobody. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“Barangnya belum datang juga sejak dua minggu lalu,” "


@pytest.mark.parametrize("trade", ["pengecer pupuk", "pengepul gabah", "peternak ayam",
                                   "penambang pasir", "penyuluh pertanian", "kurir paket",
                                   "pembudidaya ikan lele"])
def test_the_name_after_the_trade_speaks(trade: str) -> None:
    text = ("Pupuk Langka\n\nKARAWANG - Pupuk bersubsidi sulit didapat di sejumlah desa. "
            f"{_QUOTE}kata {trade}, Ahmad Fauzi, Selasa (6/5).")
    assert speakers(text) == ["Ahmad Fauzi"]


def test_the_name_after_the_trade_and_place_speaks() -> None:
    text = ("Pupuk Langka\n\nKARAWANG - Pupuk bersubsidi sulit didapat di sejumlah desa. "
            f"{_QUOTE}ujar pemulung di Bantar Gebang, Sarmini.")
    assert speakers(text) == ["Sarmini"]


# guards: the trade unnamed stays nobody; the name before the trade stays the speaker


def test_an_unnamed_trader_is_nobody() -> None:
    text = ("Pupuk Langka\n\nKARAWANG - Bupati Karawang Aep Syaepuloh meninjau gudang. Pupuk "
            f"bersubsidi sulit didapat. {_QUOTE}kata seorang pengecer di Karawang.")
    assert speakers(text) == [""]


def test_the_name_before_the_trade_speaks() -> None:
    text = ("Pupuk Langka\n\nKARAWANG - Pupuk bersubsidi sulit didapat di sejumlah desa. "
            f"{_QUOTE}ujar Ahmad Fauzi, pengecer pupuk di Karawang.")
    assert speakers(text) == ["Ahmad Fauzi"]
