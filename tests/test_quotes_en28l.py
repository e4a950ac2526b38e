"""A government's cabinet is a body (issue 9, en, s28).

“Cabinet appointed Industrial Court judge Tom Vale “I NEVER heard a thing …” This is the
response of …”: a story that opens on what the Cabinet did read “Cabinet” as the person the
sentence is about, so the judge's words (and a later “he said”) went to “Cabinet”.
``lexicon.ORG_WORDS`` adds “cabinet”: a body, no person the sentence is about nor whom a
pronoun stands for; “Cabinet said” still speaks as a body. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_cabinet_is_no_person_the_sentence_is_about() -> None:
    text = ("Claims against judge\n\nCabinet appointed Industrial Court judge Tom Vale “I NEVER "
            "heard a thing. I have been good...” This is the response of the judge when "
            "contacted. Last Wednesday Vale was asked to comment. He said when news of his "
            "appointment broke, “strange enough it was mentioned in Parliament by the "
            "Opposition.”\n")
    assert speakers(text) == ["Tom Vale", "Tom Vale"]


# guard: the cabinet speaking is the cabinet


def test_the_cabinet_speaking_is_the_cabinet() -> None:
    text = ("Cabinet met on Thursday.\n\n“The budget will be read on Monday,” Cabinet said in a "
            "statement.\n")
    assert speakers(text) == ["Cabinet"]
