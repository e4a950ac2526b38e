"""A coder's partial quotation of an outlet's longer passage keeps that outlet in the trail.

Before, a quote annotation hid every suggested passage it overlapped: a coder who quoted six
words of ANTARA's reworded version (words where ANTARA changed the statement, so they match
no other outlet's version) took ANTARA's whole passage out of its cluster, and the six words
matched nothing: the outlet vanished from the statement's trail (issue 15, polish15). Now a
part of four words or more inside a longer passage leaves the passage in the trail; the part
joins its cluster and the two are one version, with the part's speaker."""

import pytest

from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.trail.spans import hides

# six words of ANTARA's reworded version ("tetapi", "dengan" dropped): no other version
# has them in a row
ANTARA_PART = "tetapi kami akan tegas memastikan keamanan"

SAID_EN = ("We do not want to take the path of confrontation, but we will firmly ensure our"
           " security by the means we consider necessary")
REWORDED_EN = ("We do not want to take the road of confrontation, but we will firmly"
               " guarantee our security")
EN_PART = "but we will firmly guarantee our"


def _places(lib):
    """Each cluster as the set of its items' places (article, start, end, annotation)."""
    clusters: dict[int, set] = {}
    for row in lib.stores.db.execute(
            'SELECT cluster, article_id, start, "end", annotation_id FROM trail_items'):
        clusters.setdefault(row[0], set()).add(row[1:])
    return sorted(sorted(c) for c in clusters.values())


def _version(lib, annotation_id, source):
    return next(v for v in lib.trail.trail(annotation_id).versions if v.source == source)


def test_an_annotated_reworded_part_keeps_its_outlet_in_the_trail(three_outlets):
    lib, quote, _ = three_outlets
    antara = _version(lib, quote.id, "ANTARA")
    assert ANTARA_PART in antara.exact
    lib.speakers.create("Sergei Lavrov")
    part = lib.annotations.add_exact(antara.article_id, ANTARA_PART, kind="quote",
                                     speaker="Sergei Lavrov")
    trail = lib.trail.trail(quote.id)
    assert [v.source for v in trail.versions] == ["MINA", "ANTARA", "Republika"]
    version = _version(lib, quote.id, "ANTARA")
    assert (version.exact, version.also) == (antara.exact, [part.id])
    # the part's coder names the passage's speaker: no guess
    assert (version.speaker, version.speaker_suggested) == ("Sergei Lavrov", False)
    assert lib.trail.cluster_of(part.id) == trail.cluster
    [summary] = lib.trail.clusters()
    assert (summary.size, summary.outlets) == (3, 3)
    caught_up = _places(lib)
    lib.trail.rebuild()
    assert _places(lib) == caught_up


def test_the_cli_and_markdown_say_which_part_is_annotated(three_outlets, run):
    from reader.core.export.trail import export_trail_markdown

    lib, quote, _ = three_outlets
    antara = _version(lib, quote.id, "ANTARA")
    part = lib.annotations.add_exact(antara.article_id, ANTARA_PART, kind="quote")
    shown = run("trail", str(quote.id)).output
    assert (f"suggested quote {antara.article_id}:{antara.start} (part annotated: {part.id})"
            in shown)
    markdown = export_trail_markdown(lib.trail.trail(part.id))
    assert f"a suggested quote, not yet accepted (a part annotated: #{part.id})" in markdown


def test_an_english_outlets_part_joins_the_statement(tmp_path):
    lib = Library(tmp_path / "library.sqlite")
    try:
        lib.bulk.add_articles([ImportedArticle(
            title=t, source=s, content_hash=t, published=d,
            text=f"Moscow – The Russian foreign minister spoke on {day}.\n\n“{said},”"
            " Lavrov said.") for t, s, d, day, said in [
                ("A", "Reuters", "2021-12-22", "Wednesday", SAID_EN),
                ("B", "AP", "2021-12-23", "Thursday", REWORDED_EN),
                ("C", "AFP", "2021-12-24", "Friday", SAID_EN)]])
        first, second, _ = lib.articles.ids()
        lib.trail.refresh()
        whole = lib.annotations.add_exact(first, SAID_EN, kind="quote")
        part = lib.annotations.add_exact(second, EN_PART, kind="quote")
        assert lib.trail.cluster_of(part.id) == lib.trail.cluster_of(whole.id)
        trail = lib.trail.trail(whole.id)
        assert [v.source for v in trail.versions] == ["Reuters", "AP", "AFP"]
        assert trail.versions[1].exact == REWORDED_EN and trail.versions[1].also == [part.id]
        caught_up = _places(lib)
        lib.trail.rebuild()
        assert _places(lib) == caught_up
    finally:
        lib.close()


@pytest.mark.parametrize("taken, hidden", [
    ("tetapi kami akan", True),  # three words: no statement of its own, still hides
    ("Kami tidak ingin mengambil jalan konfrontasi, tetapi kami akan tegas memastikan"
     " keamanan kami", True),  # the whole passage: accepted
    (ANTARA_PART, False),
])
def test_what_a_quote_inside_a_passage_hides(three_outlets, taken, hidden):
    lib, quote, _ = three_outlets
    antara = _version(lib, quote.id, "ANTARA")
    lib.annotations.add_exact(antara.article_id, taken, kind="quote")
    store = lib._session.stores.trail
    lib.trail.refresh()
    suggested = [i.exact for i in store.items_of_article(antara.article_id)
                 if i.annotation_id is None]
    assert (antara.exact not in suggested) == hidden
    caught_up = _places(lib)
    lib.trail.rebuild()
    assert _places(lib) == caught_up


def test_hides():
    assert hides(0, 10, 2, 0, 50, 9)  # a quote too short to be a statement
    assert hides(0, 50, 9, 0, 50, 9)  # the passage itself
    assert hides(0, 49, 9, 1, 50, 9)  # the passage without its quotation mark
    assert hides(20, 80, 12, 0, 50, 9)  # reaching out of it
    assert not hides(10, 40, 6, 0, 50, 9)  # a part inside it
    assert not hides(60, 80, 6, 0, 50, 9)  # elsewhere


def test_a_trail_of_one_version_says_no_other_outlet_has_it_yet(three_outlets, run):
    """The seed's other Lavrov quotation, printed by MINA alone: `kutip trail` and the
    Markdown said "earliest, reference" and explained differences, of one version."""
    from reader.core.export.trail import export_trail_markdown

    lib, quote, other = three_outlets
    alone = "No other outlet's version of this statement is in the library yet."
    shown = run("trail", str(other.id)).output
    assert alone in shown and "reference" not in shown and "earliest" not in shown
    markdown = export_trail_markdown(lib.trail.trail(other.id))
    assert alone in markdown and "reference" not in markdown and "~~Struck~~" not in markdown
    assert "> Saya berharap mereka akan menganggap kami serius," in markdown
    assert "Sergey Lavrov, in *AS dan Rusia" in markdown
    assert f"(a part annotated: #{other.id})" in markdown
    shown = run("trail", str(quote.id)).output  # three outlets: as before
    assert alone not in shown and "(earliest, reference)" in shown
    assert "## The reference version" in export_trail_markdown(lib.trail.trail(quote.id))


def test_a_cluster_of_one_version_has_no_summary(three_outlets):
    """A part with its passage is one version: never listed (a listing's ``min_size`` is 2
    at least), so neither the catch-up nor a rebuild summarises it (at 100k most clusters
    were such, each summarised, written with nine indexes and its speaker guessed)."""
    lib, quote, other = three_outlets

    def summaries():
        return sorted(tuple(r) for r in lib.stores.db.execute(
            "SELECT id, size, outlets, speaker, fullest FROM trail_clusters"))

    alone = lib.trail.cluster_of(other.id)
    assert len(lib.trail.members(alone)) == 2  # the part and its passage
    assert lib.trail.cluster_of(quote.id) in {row[0] for row in summaries()}
    assert alone not in {row[0] for row in summaries()}
    assert all(size >= 2 for _, size, *_ in summaries())
    listed = lib.trail.clusters()
    caught_up = summaries()
    lib.trail.rebuild()
    assert summaries() == caught_up and lib.trail.clusters() == listed
    assert len(lib.trail.trail(other.id).versions) == 1  # (its trail opens as before)
