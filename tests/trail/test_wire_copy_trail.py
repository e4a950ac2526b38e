"""Issue 15's done-when with a verbatim copy (review R15-5): the seed's Lavrov quotation in
a second outlet's shortened version, a third outlet's copy, and a fourth outlet's word for
word copy of the whole MINA story under its own dateline and title (wire copy). The copy is
an article of its own, so the trail counts four outlets, MINA's version first; the unrelated
Lavrov quotation stays in a statement of its own (which the copy repeats too)."""

from .conftest import HOPE, LAVROV


def test_a_fourth_outlets_verbatim_copy_is_a_fourth_outlet_in_the_trail(three_outlets, seed_id,
                                                                        seed_path, tmp_path):
    lib, quote, other = three_outlets
    copy = tmp_path / "kompas-lavrov.txt"
    copy.write_text(seed_path.read_text(encoding="utf-8")
                    .replace("AS dan Rusia akan Berunding Tentang Ukraina",
                             "Lavrov: Rusia dan AS Berunding soal Ukraina Januari", 1)
                    .replace("Moskow, MINA –", "Moskow, KOMPAS.com –", 1), encoding="utf-8")
    report = lib.imports.paths([copy])
    [(_, kompas)] = report.imported
    assert [row[1:] for row in report.copies] == [(kompas, "Kompas", seed_id, "MINA")]
    assert lib.articles.text(kompas) == lib.articles.text(seed_id)
    lib.trail.refresh()

    trail = lib.trail.trail(quote.id)
    assert trail.outlets == ["MINA", "Kompas", "ANTARA", "Republika"]
    mina, verbatim, antara, republika = trail.versions
    assert (mina.source, mina.earliest, mina.reference) == ("MINA", True, True)
    assert (verbatim.article_id, verbatim.exact, verbatim.changed) == (kompas, LAVROV, False)
    assert antara.changed and antara.cut_end and not republika.changed
    [summary] = [c for c in lib.trail.clusters() if c.cluster == lib.trail.cluster_of(quote.id)]
    assert summary.outlets == 4

    assert lib.trail.cluster_of(other.id) != lib.trail.cluster_of(quote.id)
    hope = lib.trail.trail(other.id)
    assert hope.outlets == ["MINA", "Kompas"] and HOPE in hope.versions[1].exact
