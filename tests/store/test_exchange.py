"""The exchange store's contract (``ExchangeStore``), the part issue 14's deletions added:
tombstones of deleted annotations, read by annotation or by article UUID."""

from reader.core.store import transaction

A1, A2 = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
ART = "33333333-3333-4333-8333-333333333333"


def test_tombstones_are_kept_replaced_read_and_lifted(stores):
    s, db = stores
    assert s.exchange.tombstones() == [] and s.exchange.tombstones(uuids=[]) == []
    with transaction(db):
        s.exchange.bury([(A1, ART, "f1", "2025-01-01T00:00:00"), (A2, "", "f2", "2025-01-02")])
        s.exchange.bury([(A1, ART, "f1b", "2025-01-03")])  # deleted again: the newer
        s.exchange.bury([])
    assert s.exchange.tombstones() == [(A1, ART, "f1b", "2025-01-03"),
                                       (A2, "", "f2", "2025-01-02")]
    assert s.exchange.tombstones(uuids=[A2, "nope"]) == [(A2, "", "f2", "2025-01-02")]
    assert s.exchange.tombstones(article_uuids=[ART]) == [(A1, ART, "f1b", "2025-01-03")]
    assert s.exchange.tombstones(uuids=[f"x{i}" for i in range(2000)]) == []  # any number
    with transaction(db):
        s.exchange.unbury([A1])
        s.exchange.unbury([])
    assert [t[0] for t in s.exchange.tombstones()] == [A2]
    other = s.reopen()  # committed: another connection sees them
    assert other.execute("SELECT count(*) FROM annotation_tombstones").fetchone()[0] == 1
    other.close()
