"""Whom a speaker told is no speaker (issue 9, en, s28).

“…,” Bob Hale, Vale’s chief of staff, told HuffPost at the time. “…”: the cast reads each
speech verb's subject backwards, and when it finds none (an apposition it does not read,
here a possessive one) it reads a name after the verb (“…,” said union spokesman Niek
Stam). After “told” that name is the listener, so the cast counted HuffPost as speaking
there, and the next quotation of the paragraph inherited “HuffPost”. Not after a comma
that closes an apposition right before “told” or “tells” (``cast._COMMA_BEFORE``). The
paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_listener_after_an_apposition_does_not_speak_next() -> None:
    text = ("The congressman said he would repay the money.\n\n“He is waiting on the advice "
            "of counsel to see what bill is enacted,” Bob Hale, Vale’s chief of staff, told "
            "HuffPost at the time. “Once the bill is done and the law is changed, he will "
            "make a decision.”\n")
    assert speakers(text) == ["Bob Hale", "Bob Hale"]


# guards: what worked stays; an unnamed speaker's next quotation stays unnamed


def test_told_without_an_apposition_and_an_apposition_read_already() -> None:
    plain = ("The congressman said he would repay the money.\n\n“He is waiting on the advice "
             "of counsel,” Bob Hale told HuffPost at the time. “Once the bill is done, he will "
             "make a decision.”\n")
    read = ("The congressman said he would repay the money.\n\n“He is waiting on the advice "
            "of counsel,” Ana Ruiz, a spokeswoman for the campaign, told Reuters on Monday. "
            "“Once the bill is done, he will make a decision.”\n")
    assert speakers(plain) == ["Bob Hale", "Bob Hale"]
    assert speakers(read) == ["Ana Ruiz", "Ana Ruiz"]


def test_an_unnamed_aide_who_told_a_paper_stays_unnamed() -> None:
    text = ("The congressman said he would repay the money.\n\n“He is waiting on the advice "
            "of counsel,” one aide, who asked not to be named, told Reuters. “Once the bill "
            "is done, he will make a decision.”\n")
    assert speakers(text) == ["", ""]
