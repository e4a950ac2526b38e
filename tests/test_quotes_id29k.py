"""The day written between the subject and its speech verb before a quotation (“Budi
Santoso, Senin (3/3), mengatakan …”, “Budi Santoso dalam keterangan pers pada Senin (3/3)
mengatakan …”) (issue 9, id, s29).

The date's closing bracket was read as the subject's role, so nobody spoke; the
interposed statement (“dalam keterangannya”) was read past, but not a day after it or
alone. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Penangkapan\n\nPolisi menangkap seorang aktivis, Senin (3/3). {} penangkapan "
         "dilakukan \"setelah penyidik menemukan bukti cukup\".\n")


@pytest.mark.parametrize("subject", [
    "Budi Santoso, Senin (3/3), mengatakan",
    "Budi Santoso pada Senin (3/3) mengatakan",
    "Budi Santoso dalam keterangan pers pada Senin (3/3) mengatakan",
    "Juru Bicara Polda, Komisaris Besar Budi Santoso, dalam keterangan pers pada Senin (3/3) "
    "mengatakan",
])
def test_past_the_day_to_the_subject(subject: str) -> None:
    assert speakers(_TEXT.format(subject)) == ["Budi Santoso"]


# guard


def test_the_statement_alone_was_read_before() -> None:
    assert speakers(_TEXT.format("Budi Santoso dalam keterangannya mengatakan")) == [
        "Budi Santoso"]
