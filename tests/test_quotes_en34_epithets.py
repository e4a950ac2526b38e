"""Speakers in English news (issue 9, session 34): an epithet after a quotation (“…,” the
epidemiologist said.) that stands for the person the article described with those words.
An apposition whose role goes on with where or whose it is in capitals (“Ann Lee, an
epidemiologist at Oxford, …”, “Jane Hill, the Conservative MP for Bath, …”, “Jens Moen,
NATO's secretary general, …”) gave its person no role, and a describing noun that is no
office (``lexicon.EN_EPITHETS``: pollster, barrister, pilot) matched nobody even when the
article wrote it before the name (“Pollster Ann Lee”): the quotation got nobody.
Made-up sentences; the guards keep an epithet the article gives nobody unnamed."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

MIDDLE = " The figures came out on Monday, and the argument went on all week. "
QUOTE = "“We will keep going whatever the weather does next,” "


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # a describing noun (no office) the article gave the person
        ("Dr Ann Lee, an epidemiologist at Oxford, studied the outbreak.",
         "the epidemiologist said.", "Ann Lee"),
        ("Epidemiologist Ann Lee studied the outbreak.", "the epidemiologist said.", "Ann Lee"),
        ("Ann Lee, a pollster at Ipsos, ran the survey.", "the pollster said.", "Ann Lee"),
        ("Tom Vale, a pilot, landed the plane.", "the pilot told reporters.", "Tom Vale"),
        # an office, then where or whose it is in capitals
        ("Jane Hill, the Conservative MP for Bath, voted against the bill.",
         "the MP said.", "Jane Hill"),
        ("Jane Hill, the Conservative MP for Bath, voted against the bill.",
         "the Conservative MP said.", "Jane Hill"),
        ("Jane Hill, Bath's MP, voted against the bill.", "the MP said.", "Jane Hill"),
        ("Piet Moen, the chief executive of Zanfold, spoke on Tuesday.",
         "the Zanfold chief said.", "Piet Moen"),
        # whose office it is, as a possessive before the office
        ("Jens Moen, NATO's secretary general, spoke in Brussels.",
         "the NATO chief said.", "Jens Moen"),
        ("NATO's secretary general, Jens Moen, spoke in Brussels.",
         "the NATO chief said.", "Jens Moen"),
    ],
)
def test_an_epithet_is_the_one_the_article_so_described(lead: str, cue: str,
                                                        expected: str) -> None:
    assert speakers(lead + MIDDLE + QUOTE + cue) == [expected]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # an epithet the article gives nobody stays unnamed
        ("The survey was run in May.", "the pollster said.", ""),
        ("Tom Vale landed the plane.", "the pilot said.", ""),
        ("Tom Vale, a barrister, read the ruling.", "the pollster said.", ""),
        # somebody new comes with “a”
        ("Ann Lee, a pollster at Ipsos, ran the survey.", "a pollster said.", ""),
        # a role already read keeps its holder
        ("Maria Lopez, a nurse at the clinic, worked late.", "the nurse said.", "Maria Lopez"),
        ("Conservative MP Jane Hill voted against the bill.", "the Conservative MP said.",
         "Jane Hill"),
    ],
)
def test_an_epithet_nobody_was_given_stays_unnamed(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + MIDDLE + QUOTE + cue) == [expected]
