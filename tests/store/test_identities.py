"""The identity store's contract (``IdentityStore``): UUIDs across tables."""

import pytest

STAMP = "2025-01-01T00:00:00+00:00"
U1 = "11111111-1111-4111-8111-111111111111"


def article_uuid(db, article_id):
    return db.execute("SELECT uuid FROM articles WHERE id = ?", [article_id]).fetchone()[0]


def test_names_give_their_uuids_and_a_uuid_its_row(stores):
    s, db = stores
    with s.transaction():
        tag = s.tags.insert("framing", "")
        coder = s.coders.insert("Rina", STAMP, U1)
    tags = s.identities.by_name("tags")
    assert list(tags) == ["framing"] and len(tags["framing"]) == 36
    assert s.identities.by_name("coders")["Rina"] == U1
    assert s.identities.by_name("speakers") == {}
    assert s.identities.owner("tags", tags["framing"]) == tag
    assert s.identities.owner("coders", U1) == coder and s.identities.owner("tags", U1) is None
    assert s.identities.owner("articles", article_uuid(db, 1)) == 1
    with pytest.raises(ValueError):
        s.identities.by_name("articles")  # articles have titles, not names
    with pytest.raises(ValueError):
        s.identities.owner("feeds", U1)


def test_a_row_adopts_an_identity_nobody_has(stores):
    s, db = stores
    with s.transaction():
        assert s.identities.adopt("articles", 2, U1)
        assert not s.identities.adopt("articles", 3, U1)  # taken by article 2
        assert not s.identities.adopt("articles", 3, "")
    assert article_uuid(db, 2) == U1 and article_uuid(db, 3) != U1
    assert s.identities.owner("articles", U1) == 2
