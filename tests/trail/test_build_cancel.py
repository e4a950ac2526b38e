"""R15-10: closing the window during the Quotes pane's rebuild waited 1.6-5.5 s for the
build to stop; the build asked ``should_cancel`` only every ASK_EVERY articles and pairs,
not while it read every quotation (a million at 100k articles) nor while it summarised
every cluster. Each of those loops now asks every ASK_EVERY rows."""

import pytest

from reader.core.library import Cancelled
from reader.core.library.trail_build import ASK_EVERY, Builder


class _Store:
    """Just what the two loops read; anything after them means the build went on."""

    def __init__(self, rows: int):
        self.rows, self.read = rows, 0

    def all_quote_annotations(self):
        for n in range(self.rows):
            self.read += 1
            yield n + 1, n + 1, f"kata ke {n} dari kutipan yang cukup panjang", 0, 10

    def summary_inputs(self):
        for n in range(self.rows):
            self.read += 1
            yield n + 1, n + 1, None, n + 1, 0, 10, "teks", "Outlet", "", "", ""

    def add_links(self, rows):
        pass

    set_clusters = insert_summaries = add_links

    def create_item_indexes(self):
        pass

    def __getattr__(self, name):
        raise AssertionError(f"the build went on to {name} after it was cancelled")


def test_reading_the_quotations_stops_when_asked():
    store = _Store(ASK_EVERY * 5)
    builder = Builder(store, summary=lambda rows: None, should_cancel=lambda: True)
    with pytest.raises(Cancelled):
        builder.collect()
    assert store.read == ASK_EVERY


def test_summarising_the_clusters_stops_when_asked():
    store = _Store(ASK_EVERY * 5)
    builder = Builder(store, summary=lambda rows: None, should_cancel=lambda: True)
    with pytest.raises(Cancelled):
        builder.write([])
    assert store.read <= ASK_EVERY + 1
