"""“Shares” and “shared” right beside a quotation are speech verbs (“…,” She’s the Sauce
founder Nicole Glabman shares in a statement to Yahoo Life; “…,” Lynsi Snyder shared on
Instagram: dev's 3045_yahoo, 2905_sfgate); elsewhere they narrate or are the stock's
(“Acme Corp shares rose 5%”), so they are read only beside a quotation, as “asserted” is.
Texts made up (session 41)."""

import pytest

from tests.quote_helpers import quotations


@pytest.mark.parametrize("cue", ["Acme founder Ann Lee shares in a statement",
                                 "Ann Lee shared on Instagram"])
def test_beside_a_quotation(cue):
    [q] = quotations(f"Title\n\n“We expect strong growth next year,” {cue}.")
    assert q.speaker == "Ann Lee"


def test_a_stocks_shares_after_a_sentence_are_no_cue():
    [q] = quotations("Title\n\n“We expect strong growth next year,” she said. Acme Corp shares "
                     "rose 5% in early trading.")
    assert q.speaker != "Acme Corp"
