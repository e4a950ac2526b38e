"""An aside between a name and its speech verb (issue 9, en, s28).

“Pastor Lance Hale, in an immediate reaction, said: “…””: the words between the commas
open with neither an article nor a role, so the name before them went unread, and the
quotation (or a later “he said”) went to somebody named earlier. ``names._drop_apposition``
also drops an aside opening “in” or “on” with “a”, “an”, “his”, “her”, “their” or “its”
after it (“in a statement”, “on his way out”). The paragraphs here are made up.
"""

from quote_helpers import quotations


def test_the_name_before_the_aside_speaks() -> None:
    colon = ("Tom Ruiz tweeted the ruling on Monday.\n\nPastor Lance Hale, in an immediate "
             "reaction, said: “We have come to the bottom. The only way out is up.”\n")
    reported = ("Tom Ruiz tweeted the ruling on Monday. Pastor Lance Hale, in an immediate "
                "reaction, said Christians must now resist the changes. “We have come to the "
                "bottom. The only way out is up,” he said.\n")
    assert [(q.speaker, q.speaker_unsure) for q in quotations(colon)] == [("Lance Hale", False)]
    assert [(q.speaker, q.speaker_unsure) for q in quotations(reported)] == [("Lance Hale", False)]


# guard: somebody unnamed with an aside stays unnamed


def test_an_unnamed_pastor_with_an_aside_is_nobody() -> None:
    text = ("Tom Ruiz tweeted the ruling on Monday.\n\nA pastor in Leeds, in a short reply, "
            "said: “We have come to the bottom. The only way out is up.”\n")
    assert [q.speaker for q in quotations(text)] == [""]
