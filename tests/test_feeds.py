"""Feeds against a local server on 127.0.0.1: subscribe, refresh, never twice, bad feeds."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from feed_server import BBC, serve_bbc, server_fixture  # noqa: F401 - the server fixture

from reader.cli import cli
from reader.core.importers import ImportFailed
from reader.core.importers.feed import MAX_NEW_PER_REFRESH, parse_feed
from reader.core.library import LibraryError


def test_the_real_feed_is_read():
    feed = parse_feed(BBC, "http://feeds.example/bbc.rss")
    assert feed.title == "BBC News - World"
    assert [item.title for item in feed.items] == [
        "Rigopiano avalanche: Eight found alive in Italy hotel after two days",
        "Gambia crisis: Jammeh given last chance to resign as troops close in",
        "Syria: IS destroys part of Palmyra's Roman Theatre"]
    assert feed.items[0].key == "http://www.bbc.co.uk/news/world-europe-38691103"
    assert feed.items[0].published == "2017-01-20"


def test_subscribe_then_refresh_brings_each_item_once(server, fresh_library):
    base, handler = server
    serve_bbc(base, handler)
    info = fresh_library.feeds.add(base + "/bbc.rss")
    assert (info.title, info.items) == ("BBC News - World", 0)
    assert handler.hits == ["/bbc.rss"]  # adding reads the feed only
    report = fresh_library.feeds.refresh()
    assert report.failed == [] and len(report.imported) == 3
    assert report.checked == [("BBC News - World", 3)]
    article = fresh_library.articles.get(report.imported[0][1])
    assert article.title == "Rigopiano avalanche: Eight found alive in Italy hotel after two days"
    assert article.url == base + "/news/world-europe-38691103"
    assert article.published == "2017-01-20"
    assert "Rigopiano avalanche: the story in full." in article.text
    handler.hits.clear()
    again = fresh_library.feeds.refresh()
    assert again.imported == [] and again.present == [] and handler.hits == ["/bbc.rss"]
    fresh_library.articles.delete(report.imported[0][1])  # deleted articles do not come back
    assert fresh_library.feeds.refresh().imported == []
    assert fresh_library.feeds.all()[0].items == 3


def test_full_text_items_are_not_fetched_again(server, fresh_library):
    base, handler = server
    body = " ".join(["The committee met on Tuesday and agreed the new budget."] * 12)
    atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Desk notes</title><link href='{base}/'/>"
            "<entry><id>tag:desk,2024:1</id><title>Budget agreed</title>"
            f"<link href='{base}/budget'/><updated>2024-03-05T10:00:00Z</updated>"
            "<author><name>Sari Dewi</name></author>"
            f"<content type='html'>&lt;p&gt;{body}&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"
            "</content></entry></feed>")
    handler.routes["/atom.xml"] = ("application/atom+xml", atom.encode())
    fresh_library.feeds.add(base + "/atom.xml")
    report = fresh_library.feeds.refresh()
    assert len(report.imported) == 1 and "/budget" not in handler.hits
    article = fresh_library.articles.get(report.imported[0][1])
    assert (article.title, article.authors, article.published, article.source) == (
        "Budget agreed", "Sari Dewi", "2024-03-05", "Desk notes")
    assert article.text.startswith("The committee met on Tuesday") and "x()" not in article.text


def test_a_page_that_names_its_feed_is_followed(server, fresh_library):
    base, handler = server
    serve_bbc(base, handler)
    handler.routes["/news"] = ("text/html", b'<html><head><link rel="alternate" '
                               b'type="application/rss+xml" href="/bbc.rss"></head></html>')
    info = fresh_library.feeds.add(base + "/news")
    assert info.url == base + "/bbc.rss"


@pytest.mark.parametrize(("body", "expected"), [
    (b"<html><body><p>Just a page.</p></body></html>", "this address is a web page"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title',
     "malformed XML"),
    (b"", "the feed is empty"),
])
def test_bad_feeds_fail_with_one_line(server, fresh_library, body, expected):
    base, handler = server
    handler.routes["/bad"] = ("application/xml", body)
    with pytest.raises(LibraryError) as info:
        fresh_library.feeds.add(base + "/bad")
    assert expected in str(info.value) and "\n" not in str(info.value)
    assert fresh_library.feeds.all() == []


def test_malformed_feed_keeps_what_it_could_read():
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
            b"<item><title>a</title><link>http://e.org/1</link></item><item><title>b</title")
    assert [item.title for item in parse_feed(data).items] == ["a"]


def test_a_feed_of_ten_thousand_items_is_bounded(server, fresh_library):
    base, handler = server
    items = b"".join(b"<item><title>Item %d</title><link>%s/i/%d</link><guid>i%d</guid>"
                     b"<description>%s</description></item>"
                     % (i, base.encode(), i, i, b"A summary of the item. " * 4)
                     for i in range(10_000))
    handler.routes["/big.rss"] = ("application/rss+xml", b'<?xml version="1.0"?><rss '
                                  b'version="2.0"><channel><title>Big</title>' + items
                                  + b"</channel></rss>")
    fresh_library.feeds.add(base + "/big.rss")
    report = fresh_library.feeds.refresh()
    assert report.checked == [("Big", 10_000)]
    assert len(report.imported) + len(report.failed) == MAX_NEW_PER_REFRESH
    assert report.waiting > 0 and "wait for the next refresh" in report.summary()


def test_a_failed_item_is_reported_and_not_fetched_on_every_refresh(server, fresh_library):
    base, handler = server
    serve_bbc(base, handler)
    del handler.routes["/news/world-africa-38686144"]
    fresh_library.feeds.add(base + "/bbc.rss")
    report = fresh_library.feeds.refresh()
    assert len(report.imported) == 2
    assert report.failed == [("BBC News - World: Gambia crisis: Jammeh given last chance to "
                              "resign as troops close in", NOT_FOUND)]
    handler.hits.clear()
    assert fresh_library.feeds.refresh().failed == [] and handler.hits == ["/bbc.rss"]


NOT_FOUND = "the page was not found (the address may be wrong or the page removed) (HTTP 404)"


def test_an_unreachable_feed_is_reported_and_remembered(server, fresh_library):
    base, handler = server
    serve_bbc(base, handler)
    info = fresh_library.feeds.add(base + "/bbc.rss")
    del handler.routes["/bbc.rss"]
    report = fresh_library.feeds.refresh()
    assert report.failed == [("BBC News - World", NOT_FOUND)]
    assert fresh_library.feeds.get(info.id).last_error == NOT_FOUND


def test_subscribing_twice_and_bad_addresses(server, fresh_library):
    base, handler = server
    serve_bbc(base, handler)
    fresh_library.feeds.add(base + "/bbc.rss")
    with pytest.raises(LibraryError, match="already follow"):
        fresh_library.feeds.add(base + "/bbc.rss")
    with pytest.raises(LibraryError, match="Only http"):
        fresh_library.feeds.add("file:///etc/passwd")


def test_parse_feed_refuses_oversize():
    with pytest.raises(ImportFailed, match="too large"):
        parse_feed(b"<rss>" + b" " * (5 * 1024 * 1024))


def test_cli_feed_commands(server, tmp_path):
    base, handler = server
    serve_bbc(base, handler)
    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    added = runner.invoke(cli, ["--db", db, "feed", "add", base + "/bbc.rss"],
                          catch_exceptions=False)
    assert added.exit_code == 0 and "Feed 1: BBC News - World" in added.output
    refreshed = runner.invoke(cli, ["--db", db, "feed", "refresh"], catch_exceptions=False)
    assert refreshed.exit_code == 0, refreshed.output
    assert "read: BBC News - World (3 items)" in refreshed.output
    assert "1 feed read: 3 imported, 0 already present, 0 failed" in refreshed.output
    listed = runner.invoke(cli, ["--db", db, "feed", "list"], catch_exceptions=False)
    assert "3 items" in listed.output and "BBC News - World" in listed.output
    bad = runner.invoke(cli, ["--db", db, "feed", "add", base + "/nothing"],
                        catch_exceptions=False)
    assert bad.exit_code == 1 and "Traceback" not in bad.output
    removed = runner.invoke(cli, ["--db", db, "feed", "remove", "1"], catch_exceptions=False)
    assert removed.exit_code == 0 and "No longer following BBC News - World" in removed.output
