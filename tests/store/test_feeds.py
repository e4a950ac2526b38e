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


def test_a_saved_error_keeps_its_message_code_and_an_old_one_its_text(stores):
    # issue 11: a feed's last error is shown in the interface's language, so it is kept
    # with its code and parameters (a nested message too); text saved before that stays
    from reader.core.messages import Message

    s, db = stores
    cause = Message("import.http-404", "the page was not found (HTTP {status})", status=404)
    error = Message("lib.could-not-add-feed", "Could not add the feed: {error}.", error=cause)
    with s.transaction():
        f = s.feeds.add("https://a.example/rss", "A", "", STAMP)
        g = s.feeds.add("https://b.example/rss", "B", "", STAMP)
        s.feeds.mark_checked(f, STAMP, error)
        s.feeds.mark_checked(g, STAMP, "timed out")  # (plain text: no code)
    first, second = s.feeds.rows()
    assert isinstance(first["last_error"], Message) and first["last_error"] == error
    assert first["last_error"].code == "lib.could-not-add-feed"
    assert first["last_error"].params["error"].code == "import.http-404"
    assert second["last_error"] == "timed out" and not isinstance(second["last_error"], Message)

    with s.transaction():  # as a library upgraded from before: English text, no message
        db.execute("UPDATE feeds SET last_error = ?, last_error_message = '' WHERE id = ?",
                   ["connection refused", f])
    assert s.feeds.rows([f])[0]["last_error"] == "connection refused"
    with s.transaction():  # a message this Kutip cannot read back: its English still shows
        db.execute("UPDATE feeds SET last_error_message = ? WHERE id = ?", ["{not json", f])
    assert s.feeds.rows([f])[0]["last_error"] == "connection refused"
    with s.transaction():
        s.feeds.mark_checked(f, STAMP, "")
    assert s.feeds.rows([f])[0]["last_error"] == ""
