"""Review of session 31's rules (issue 9, en): made-up near misses a rule broke.

784f3e3d let ``attribution._unnamed_colon`` read any person's word after “A”/“An”/“One”
as one unnamed person, and kept a name in apposition (“A lawyer for Ann Kerr, Tom Vale,
said: …”) only when a speech verb stood in the sentence: “A judge, Tom Vale, put it
plainly: “…”” gave nobody (it gave Tom Vale before). The name in apposition now speaks
with or without a speech verb. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“The law is clear on this point and it always was.”"


@pytest.mark.parametrize(("intro", "expected"), [
    ("A judge, Tom Vale, put it plainly:", "Tom Vale"),
    ("A neighbour, Ann Kerr, put it simply:", "Ann Kerr"),
    # guards: the unnamed person of 784f3e3d stays nobody; a speech verb's apposition speaks
    ("A lawyer for Ann Kerr said:", ""),
    ("A friend of Ann Kerr told the Gazette:", ""),
    ("A lawyer for Ann Kerr, Tom Vale, said:", "Tom Vale"),
])
def test_apposed_name_after_an_indefinite_head(intro: str, expected: str) -> None:
    assert speakers(f"Court\n\n{intro} {_QUOTE}\n") == [expected]
