"""A tag with the Quotes dock open: the list was read on the window's thread when the
change came (the trail as kept, before its catch-up) and again when the thread had caught
it up: two reads of the list (~27 ms each at 100,000 articles, more under load) for every
Q, the first showing nothing new. Now the list as shown stays until the catch-up is done,
then it is read once."""

from reader.core.models import ImportedArticle
from tests.app.test_quotes_dock import LAVROV, lavrov, shown_dock  # noqa: F401 (the fixture)


def test_a_change_reads_the_list_once_after_its_catch_up(open_window, lavrov, qtbot,  # noqa: F811
                                                         monkeypatch):
    from reader.app.quotes import controller

    monkeypatch.setattr(controller, "RELIST_EVERY", 0.0)  # (the list read a while ago)
    lib = lavrov[0]
    quotes = shown_dock(open_window, lib, qtbot)
    model = quotes.panel.model
    qtbot.waitUntil(lambda: not quotes.busy)
    reads = []
    real = model.set_source

    def counted(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    model.set_source = counted
    lib.bulk.add_articles([ImportedArticle(
        title="Copy", source="Tempo", content_hash="tempo", published="2021-12-26",
        text=f"Moskow – “{LAVROV},” kata Lavrov.")])
    qtbot.waitUntil(lambda: model.rows and model.rows[0].size == 4)
    qtbot.waitUntil(lambda: not quotes.busy)
    qtbot.wait(300)  # (nothing more comes)
    assert len(reads) == 1
    assert quotes.panel.status.text() == "1 statement quoted more than once"
