"""A quotation right after a sentence of narration about a person that opens with when
(“On Tuesday, Dukes walked out of the courthouse …. “Wal-Mart may be …””, “Later that day,
Ann Kerr …”): a marked guess at that person, as after a sentence the name opens. Before,
the time before the subject hid it and the quotation went to nobody (dev's 2389_foxnews,
2940_globalnews). Texts made up (session 40)."""

import pytest

from tests.quote_helpers import quotations

_QUOTE = '"The company may be big, and that is no doubt, but it can be challenged."'


@pytest.mark.parametrize("when", ["On Tuesday", "Later that day", "Last week", "Earlier",
                                  "On Oct. 3"])
def test_the_subject_after_when(when):
    text = ("Title\n\nBetty Dukes sued the company in 2001.\n\n"
            f"{when}, Dukes walked out of the courthouse full of confidence. {_QUOTE}")
    [q] = quotations(text)
    assert (q.speaker, q.speaker_unsure) == ("Betty Dukes", True)


def test_a_place_before_the_subject_is_no_time():
    text = ("Title\n\nBetty Dukes sued the company in 2001.\n\n"
            f"In Washington, lawyers for the company filed an appeal. {_QUOTE}")
    [q] = quotations(text)
    assert q.speaker != "Betty Dukes" or q.speaker_unsure
