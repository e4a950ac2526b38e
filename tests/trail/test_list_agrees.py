"""The Quotes list and ``kutip quotes`` show the statement their row opens (R16-18): a short
part of the statement attributed to someone else is in the stored cluster but not in the
trail (``cluster.by_speaker``), so it counts in neither the row's versions and outlets,
nor ``--min-outlets``, the sort or the JSON members."""

import json

from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library

from .conftest import quoted_articles

FULL = "Pertumbuhan ekonomi kita tahun depan diperkirakan tetap kuat di atas lima persen"
PART = "Pertumbuhan ekonomi kita tahun depan"
OTHER = ("Harga beras di pasar tradisional sudah turun sejak awal bulan ini menurut"
         " catatan kami di lapangan")


def run(db, *args):
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def make(db):
    """REVIEW16's case: Kompas and Detik quote Sri Mulyani's sentence, Tempo its first five
    words attributed to Budi Santoso; and a statement of three outlets beside it."""
    lib = Library(db)
    try:
        lib.bulk.add_articles(quoted_articles([
            ("Kompas", (FULL, "Sri Mulyani")), ("Detik", (FULL, "Sri Mulyani")),
            ("Tempo", (PART, "Budi Santoso")), ("Antara", (OTHER, "Arief Prasetyo")),
            ("Liputan", (OTHER, "Arief Prasetyo")), ("Republika", (OTHER, "Arief Prasetyo"))],
            1, "2024-03", "kata {speaker}."))
        for article, (text, speaker) in zip(lib.articles.ids(), [
                (FULL, "Sri Mulyani"), (FULL, "Sri Mulyani"), (PART, "Budi Santoso")],
                strict=False):
            lib.annotations.add_exact(article, text, kind="quote", speaker=speaker)
    finally:
        lib.close()


def test_the_list_counts_the_statement_its_row_opens(tmp_path):
    db = tmp_path / "l.sqlite"
    make(db)
    for _ in range(2):  # (caught up, then rebuilt)
        listed = json.loads(run(db, "quotes", "--json"))
        by_speaker = {c["speaker"]: c for c in listed}
        mulyani = by_speaker["Sri Mulyani"]
        assert (mulyani["size"], mulyani["outlets"]) == (2, 2)
        assert sorted(m["source"] for m in mulyani["members"]) == ["OutletDetik",
                                                                   "OutletKompas"]
        shown = run(db, "trail", mulyani["trail"])
        assert "Quote trail: 2 versions in 2 outlets" in shown
        assert "Budi Santoso" in shown  # (the note: a short quotation of someone else)
        text = run(db, "quotes")
        assert "2 outlets, 2 versions" in text and "3 outlets, 3 versions" in text
        assert text.index("3 outlets") < text.index("2 outlets")  # (sorted by what it shows)
        only = json.loads(run(db, "quotes", "--min-outlets", "3", "--json"))
        assert [c["speaker"] for c in only] == ["Arief Prasetyo"]
        run(db, "quotes", "--json")
        with Library(db) as lib:
            lib.trail.rebuild()


def test_a_trail_summarised_before_is_summarised_again_once(tmp_path):
    """A trail kept by an earlier Kutip (whole clusters summarised) is summarised again at
    the next refresh, without a rebuild."""
    db = tmp_path / "l.sqlite"
    make(db)
    with Library(db) as lib:
        lib.trail.refresh()
        (mulyani,) = [c for c in lib.trail.clusters() if c.speaker == "Sri Mulyani"]
        store = lib.trail._store()
        with lib.trail._tx():  # as an earlier Kutip left it: the whole cluster's summary
            store.write_summary(mulyani.cluster, 3, 3, mulyani.first_date, "Sri Mulyani",
                                mulyani.fullest_item)
            store.set_state("statements", "")
        with lib.trail.kept_speakers_only():  # (as kept: no refresh)
            assert sorted(c.outlets for c in lib.trail.clusters()) == [3, 3]
        report = lib.trail.refresh()
        assert not report.rebuilt
        assert sorted(c.outlets for c in lib.trail.clusters()) == [2, 3]


def test_a_trail_an_earlier_kutip_summarised_has_every_summary_made_again_once(tmp_path):
    """Summaries made before the outlets were counted as ``model.outlets_counted`` does
    (trail_state 'statements' absent, or an earlier value) are all made again once."""
    db = tmp_path / "l.sqlite"
    make(db)
    with Library(db) as lib:
        lib.trail.refresh()
        (arief,) = [c for c in lib.trail.clusters() if c.speaker == "Arief Prasetyo"]
        store = lib.trail._store()
        for state in ("14", None):
            with lib.trail._tx():  # (as an earlier Kutip left it)
                store.write_summary(arief.cluster, 3, 9, arief.first_date, "Arief Prasetyo",
                                    arief.fullest_item)
                if state is None:
                    lib.stores.db.execute("DELETE FROM trail_state WHERE key = 'statements'")
                else:
                    store.set_state("statements", state)
            assert not lib.trail.refresh().rebuilt
            assert sorted(c.outlets for c in lib.trail.clusters()) == [2, 3]
