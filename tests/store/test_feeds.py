"""The feed store's contract (``FeedStore``)."""

STAMP = "2025-01-01T00:00:00+00:00"


def test_feeds_are_followed_listed_and_dropped(stores):
    s, _db = stores
    with s.transaction():
        a = s.feeds.add("https://a.example/rss", "A", "https://a.example/", STAMP)
        b = s.feeds.add("https://b.example/atom", "B", "", STAMP)
    assert s.feeds.by_url("https://a.example/rss") == a and s.feeds.by_url("nope") is None
    rows = s.feeds.rows()
    assert [(r["id"], r["title"], r["items"], r["checked_at"], r["last_error"]) for r in rows] \
        == [(a, "A", 0, "", ""), (b, "B", 0, "", "")]
    assert rows[0]["site_url"] == "https://a.example/" and rows[0]["added_at"] == STAMP
    assert [r["id"] for r in s.feeds.rows([b, 99])] == [b]
    with s.transaction():
        assert s.feeds.delete(a) and not s.feeds.delete(a)
    assert [r["id"] for r in s.feeds.rows()] == [b]


def test_items_are_recorded_once_and_a_check_is_remembered(stores):
    s, _db = stores
    with s.transaction():
        f = s.feeds.add("https://a.example/rss", "A", "", STAMP)
        s.feeds.record_item(f, "k1", "https://a.example/1", "Satu", 1, STAMP)
        s.feeds.record_item(f, "k1", "https://a.example/1", "Satu lagi", 2, STAMP)  # kept
        s.feeds.record_item(f, "k2", "https://a.example/2", "Dua", None, STAMP)  # failed
    assert s.feeds.known_items(f, ["k1", "k3", *(f"x{i}" for i in range(2000)), "k2"]) == \
        {"k1", "k2"}
    assert s.feeds.rows()[0]["items"] == 2
    with s.transaction():
        s.feeds.mark_checked(f, "2025-02-02T00:00:00+00:00", "timed out")
    row = s.feeds.rows()[0]
    assert (row["checked_at"], row["last_error"], row["title"]) == \
        ("2025-02-02T00:00:00+00:00", "timed out", "A")
    with s.transaction():
        s.feeds.mark_checked(f, "2025-02-03T00:00:00+00:00", "", "A baru")
    row = s.feeds.rows()[0]
    assert (row["last_error"], row["title"]) == ("", "A baru")
