"""A social-media handle as the speaker, in English (issue 9, en, s28).

“Twitter user @S_H_Gillani wrote: “…””, “@ana_r wrote: “…””, “…” wrote Twitter user
@ana_r: the account speaks (gold names the handle), but the English cues read no handle:
the quotation got nobody, or the word before the handle (“Tweep”). ``attribution.
before_quote`` takes a handle right before an English speech verb; ``names.HANDLE_AFTER``
also reads “<Network> user|account”, “tweep” before the handle after the verb. Such a
speaker is marked. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_handle_before_the_verb() -> None:
    user = "Twitter user @ana_r wrote: “Another day. Another tragedy. When will this stop?”\n"
    tweep = ("Tweep @tom_v wrote about a recent case in Lahore: “The motorway case remains "
             "unsolved while more cases are reported.”\n")
    assert speakers(user) == ["@ana_r"]
    assert speakers(tweep) == ["@tom_v"]


def test_the_handle_after_the_verb() -> None:
    text = "“Another day. Another tragedy. When will this stop?” wrote Twitter user @ana_r.\n"
    assert speakers(text) == ["@ana_r"]


# guard: a handle as the one written to is no speaker


def test_a_handle_written_to_is_no_speaker() -> None:
    text = ("The singer replied on Monday.\n\nAna Ruiz wrote to @tom_v: “Thank you for "
            "everything you did this year.”\n")
    assert speakers(text) == ["Ana Ruiz"]
