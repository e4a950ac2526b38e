"""The Quotes dock (issue 15, R15-3): a quote's trail opened from the window is the
statement of that quote, not the one its cluster's reference version belongs to, also once
the filler has worked out the other versions' speakers in its thread."""

from reader.core.library import Library
from tests.trail.conftest import quoted_articles

HAPPY = "We are very happy"
VOTE = ("We are very happy with the result of the election in the capital, the turnout was"
        " higher than ever")
CLUB = "We are very happy to welcome the new players to our club this summer season"


def test_a_short_quotes_trail_is_its_own_statement(open_window, fresh_library, qtbot):
    lib: Library = fresh_library
    lib.bulk.add_articles(quoted_articles([
        ("A", (HAPPY, "Budi Santoso")), ("B", (VOTE, "Ahmad Fauzi")),
        ("C", (CLUB, "Peter Smith"))], 1, "2024-01", "{speaker} said."))
    happy = lib.annotations.add_exact(lib.articles.ids()[0], HAPPY, kind="quote",
                                      speaker="Budi Santoso")
    lib.trail.refresh()
    window = open_window(lib)
    window.quotes.show_trail(happy.id)
    view = window.quotes.panel.trail_view
    alone = [("OutletA", "Budi Santoso")]

    def shown() -> list[tuple[str, str]]:
        return [(v.source, v.speaker) for v in view.trail.versions]

    # (at first the others' speakers are not worked out: the filler's thread does it)
    qtbot.waitUntil(lambda: shown() == alone, timeout=20_000)
    for _ in range(2):  # the list read again: the same statement
        window.quotes.reload()
        window.quotes.wait()
        window.quotes.wait_for_trail()
        qtbot.wait(100)
        assert shown() == alone
    text = view.browser.toPlainText()
    assert "not shown as versions of this statement: 2" in text
    window.close()
