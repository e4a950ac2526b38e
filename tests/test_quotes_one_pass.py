"""Word lists looked for in one pass of a text, not one pass a word (speed, issue 15's trail
first open): the same words found as the pass a word did."""

from reader.core.quotes.cast import _EN_GIVEN, _EN_GIVEN_ONE_PASS, _given_names_in
from reader.core.quotes.evaluate import REAL_DEV_DIR


def test_the_given_names_an_english_text_holds_are_found_in_one_pass():
    assert _EN_GIVEN_ONE_PASS  # (each word a capital and lower-case letters)
    made = ("Adapun Hanyang, Semuanya said XHanya and Candi-Staton 'Oleh' Hakimi; HAKIM "
            "hanya Ada")
    texts = [made] + [p.read_text(encoding="utf-8") for p in REAL_DEV_DIR.parent.glob("*/*.txt")]
    held = 0
    for text in texts:
        found = _given_names_in(text)
        assert found == {w for w in _EN_GIVEN if w in text}
        held += bool(found)
    assert _given_names_in(made) >= {"Hanya", "Semua", "Candi", "Oleh", "Hakim"}
    assert held > 300
