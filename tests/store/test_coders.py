"""CoderStore contract: what every store gives the coders service (issue 14; ``name_of``
lets the current coder be named without counting annotations, issue 12)."""

from reader.core.store import transaction

STAMP = "2026-11-30T10:00:00"


def test_name_of_names_a_coder_by_id(stores):
    s, db = stores
    with transaction(db):
        ana = s.coders.insert("Ana Putri", STAMP)
    assert s.coders.name_of(ana) == "Ana Putri"
    assert s.coders.find("ana putri") == ana
    assert s.coders.name_of(ana + 1000) is None
    default = s.coders.default_id()
    assert default is None or isinstance(s.coders.name_of(default), str)
