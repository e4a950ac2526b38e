"""A catch-up works out no speaker (issue 15's upkeep): the statement a cluster's row shows
(R16-18: a short part attributed to someone else is not in it) may need the attribution's
speakers of passages no coder annotated, an analysis of each one's article, a third of the
catch-up of 400 real pages. The catch-up summarises such a cluster with the speakers kept
so far and notes it (``trail_unsplit``); the next listing that may write works them out and
summarises it again first, so the Quotes list, ``kutip quotes`` and the trail show what a
rebuild (which works them out at once) shows."""

import json

from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import ClusterFilter, Library
from reader.core.library import trail_speakers as attribution

from .conftest import quoted_articles
from .test_list_agrees import FULL, OTHER, PART

SLOW = "Pertumbuhan ekonomi kita tahun depan akan melambat karena harga minyak dunia naik tajam"
#: Sri Mulyani's statement (Kompas, Detik) and its first five words (Tempo), Budi Santoso's
#: statement that starts with the same five words (Kontan, Bisnis): one cluster, two
#: statements once the attribution's speakers are known (three groups, two people:
#: ``cluster.by_speaker``); and a statement of three outlets beside it
ARTICLES = [("Kompas", (FULL, "Sri Mulyani")), ("Detik", (FULL, "Sri Mulyani")),
            ("Tempo", (PART, "Sri Mulyani")), ("Kontan", (SLOW, "Budi Santoso")),
            ("Bisnis", (SLOW, "Budi Santoso")), ("Antara", (OTHER, "Arief Prasetyo")),
            ("Liputan", (OTHER, "Arief Prasetyo")), ("Republika", (OTHER, "Arief Prasetyo"))]


def _listed(lib):
    return sorted((c.size, c.outlets, c.speaker) for c in lib.trail.clusters())


def _statements(lib):
    """Each listed row's statement as its trail shows it: its outlets."""
    return sorted(sorted(v.source for v in lib.trail.trail_of_cluster(c.cluster).versions)
                  for c in lib.trail.clusters())


def _catch_up_unanalysed(lib, monkeypatch):
    """The articles imported (no quote annotated: every speaker is the attribution's),
    then one catch-up, which must analyse no article."""
    calls = []
    real = attribution.speakers_of

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(attribution, "speakers_of", counted)
    lib.bulk.add_articles(quoted_articles(ARTICLES, 1, "2024-03", "kata {speaker}."))
    report = lib.trail.refresh()
    assert not report.rebuilt and report.processed == len(ARTICLES)
    assert calls == []
    monkeypatch.setattr(attribution, "speakers_of", real)


def test_the_list_after_a_catch_up_shows_what_a_rebuild_shows(tmp_path, monkeypatch):
    with Library(tmp_path / "l.sqlite") as lib:
        lib.trail.refresh()  # (built, empty)
        _catch_up_unanalysed(lib, monkeypatch)
        store = lib.trail._store()
        assert len(store.unsplit_clusters()) == 1  # the one of the two statements
        assert lib.trail.speakers_changed()  # (the app's Quotes view: its thread has work)
        with lib.trail.kept_speakers_only():  # (as kept: the catch-up's summary, whole)
            assert _listed(lib) == [(3, 3, ""), (5, 5, "")]
        listed = _listed(lib)
        assert listed == [(3, 3, "Arief Prasetyo"), (3, 3, "Sri Mulyani")]
        assert store.unsplit_clusters() == [] and not lib.trail.speakers_changed()
        assert _statements(lib) == [["OutletAntara", "OutletLiputan", "OutletRepublika"],
                                    ["OutletDetik", "OutletKompas", "OutletTempo"]]
        lib.trail.rebuild()
        assert _listed(lib) == listed
        assert lib.trail.cluster_count(ClusterFilter(min_outlets=4)) == 0


def test_a_trail_opened_before_any_listing_shows_its_statement(tmp_path, monkeypatch):
    with Library(tmp_path / "l.sqlite") as lib:
        lib.trail.refresh()
        _catch_up_unanalysed(lib, monkeypatch)
        (cluster,) = lib.trail._store().unsplit_clusters()
        shown = lib.trail.trail_of_cluster(cluster)  # (worked out where it is read)
        assert sorted(v.source for v in shown.versions) == [
            "OutletDetik", "OutletKompas", "OutletTempo"]
        assert any("Budi Santoso" in note for note in shown.notes)


def test_kutip_quotes_settles_what_a_catch_up_left(tmp_path, monkeypatch):
    db = tmp_path / "l.sqlite"
    with Library(db) as lib:
        lib.trail.refresh()
        _catch_up_unanalysed(lib, monkeypatch)
        assert lib.trail._store().unsplit_clusters()
    result = CliRunner().invoke(cli, ["--db", str(db), "quotes", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    listed = {c["speaker"]: c for c in json.loads(result.output)}
    assert (listed["Sri Mulyani"]["size"], listed["Sri Mulyani"]["outlets"]) == (3, 3)
    assert [(o["size"], o["outlets"]) for o in listed["Sri Mulyani"]["other_statements"]
            ] == [(2, 2)]  # (Budi Santoso's: Kontan's and Bisnis's)


def test_a_read_only_library_lists_what_a_catch_up_left(tmp_path, monkeypatch):
    """Reread19: a library its catch-up left with speakers to work out (the statements to
    settle, the guesses), then read-only (an archive, a read-only share): its Quotes list
    and ``kutip quotes`` failed whole ("The library is read-only here"), the guesses being
    kept in a write the list waited on. They are worked out for the list, not kept."""
    with Library(tmp_path / "l.sqlite") as lib:
        lib.trail.refresh()
        _catch_up_unanalysed(lib, monkeypatch)
        lib._session.stores.db.conn.execute("PRAGMA query_only = ON")
        listed = _listed(lib)  # (the catch-up's summaries, whole: nothing could be settled)
        assert [(size, outlets) for size, outlets, _ in listed] == [(3, 3), (5, 5)]
        assert listed[0][2] == "Arief Prasetyo" and listed[1][2] in (
            "Sri Mulyani", "Budi Santoso")  # (guessed for the list, whole)
        assert lib.trail._store().unsplit_clusters()  # (settled once it can be written)
        lib._session.stores.db.conn.execute("PRAGMA query_only = OFF")
        assert _listed(lib) == [(3, 3, "Arief Prasetyo"), (3, 3, "Sri Mulyani")]
