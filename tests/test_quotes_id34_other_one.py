"""“kata pedagang lain”: another of the trade, not the one named with it (issue 9, id, s34
review).

“Budi Santoso, pelanggan PLN, mengeluh. “…,” kata pelanggan lain.” gave Budi Santoso: the
occupation noun resolved to the one the article gave it, though “lain” / “lainnya” says
another one. 233eb935 widened this to the trade and farming nouns it added. A noun then
“lain” after the verb is now somebody unnamed, as “kata seorang warga” already was; a name
after a comma still names them. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize(("who", "cue"), [
    ("pelanggan PLN", "kata pelanggan lain."),
    ("pedagang sayur", "kata pedagang lain."),
    ("peternak ayam", "ujar peternak lainnya."),
])
def test_another_of_the_trade_is_nobody_named(who: str, cue: str) -> None:
    text = f"Budi Santoso, {who}, mengeluh. “Harganya naik terus sejak awal bulan,” {cue}"
    assert speakers(text) == [""]


def test_another_named_after_a_comma_speaks() -> None:
    text = ("Budi Santoso, pedagang sayur, mengeluh. “Harganya naik terus sejak awal bulan,” "
            "kata pedagang lain, Ahmad Fauzi.")
    assert speakers(text) == ["Ahmad Fauzi"]


def test_the_trade_alone_is_still_the_one_named() -> None:
    text = ("Budi Santoso, peternak ayam, mengeluh. “Harganya naik terus sejak awal bulan,” "
            "kata peternak itu.")
    assert speakers(text) == ["Budi Santoso"]
