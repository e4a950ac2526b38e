"""Indonesian words that open a body's name (“Direktorat Jenderal Pajak (DJP)”, “Biro Pers”,
“Balai Besar …”, “Sekretariat Kabinet”, “Otoritas Jasa Keuangan”): the body speaks by its
full name when its short form does (“…,” tulis DJP.). Before, “Direktorat” was no body's
word, the name was not read as the short form's, and the speaker was “DJP” (id42's 3117).
Texts made up (session 40)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(("body", "short"), [
    ("Direktorat Jenderal Pajak", "DJP"),
    ("Balai Besar Wilayah Sungai", "BBWS"),
    ("Biro Pers Media", "BPM"),
])
def test_the_short_form_is_the_bodys_full_name(body, short):
    text = (f"Judul\n\n{body} ({short}) mengumumkan pemeliharaan sistem pada Jumat.\n"
            f'"Kami sampaikan permohonan maaf atas ketidaknyamanan ini," tulis {short}.')
    assert speakers(text) == [body]
