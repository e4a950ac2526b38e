"""“rinci” (to detail) is a speech verb after a quotation, “merinci” before one (issue 9,
session 46): “…,” rinci Helfi. / Helfi merinci, “…”."""

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_rinci_after_the_quotation():
    text = ("Brigjen Helfi Assegaf memimpin konferensi pers di Bareskrim, Jumat.\n\n"
            "\"Barang bukti yang telah disita yaitu beras total 132,65 ton,\" rinci Helfi.")
    assert _speakers(text) == ["Helfi Assegaf"]


def test_merinci_before_the_quotation():
    text = ("Brigjen Helfi Assegaf memimpin konferensi pers di Bareskrim, Jumat.\n\n"
            "Helfi merinci, \"Barang bukti yang telah disita yaitu beras total 132,65 ton.\"")
    assert _speakers(text) == ["Helfi Assegaf"]
