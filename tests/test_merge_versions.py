"""The merge's versions of an article's parts (the text, each detail, the date): what a
merge of a file whose articles are all here costs, and what it remembers (reread18
RR18-5)."""

from __future__ import annotations

import time
from functools import partial

import pytest

from reader.core.library import open_library
from reader.core.models import ImportedArticle
from reader.core.textnorm import content_hash


def _articles(library, count, start=0):
    for n in range(start, start + count):
        text = f"Artikel nomor {n}. \"Kami tidak ingin berperang,\" kata juru bicara {n}."
        library.articles.add(ImportedArticle(title=f"Judul {n}", text=text, source="Kompas",
                                             content_hash=content_hash(text)))


def _statements(library, run):
    said: list[str] = []
    conn = library._session.stores.annotations._guarded_db.conn
    conn.set_trace_callback(said.append)
    try:
        run()
    finally:
        conn.set_trace_callback(None)
    return said


@pytest.fixture
def pair(tmp_path):
    here = open_library(tmp_path / "here.sqlite", seed=False)
    there = open_library(tmp_path / "there.sqlite", seed=False)
    yield here, there
    here.close()
    there.close()


def test_merging_again_reads_the_articles_at_once_not_one_by_one(pair):
    """RR18-5: since the merge decides each part of an article by its versions (5a6dc7d),
    merging a file whose articles are all here (every team push and pull) read each
    article's whole row and versions and remembered them one by one: about twice the CPU.
    An article whose parts all equal the file's now costs no statement of its own: the
    statements of merging again are as many for 40 articles as for 5."""
    here, there = pair
    counts = []
    for count in (5, 40):
        _articles(there, count, start=len(there.articles.ids()))
        bundle = there.exchange.snapshot()
        here.exchange.merge_bundle(bundle)
        said = _statements(here, partial(here.exchange.merge_bundle, bundle))
        counts.append(len(said))
        assert not any("merge_versions (" in s or "UPDATE articles SET title" in s
                       for s in said)
    assert counts[0] == counts[1]
    assert here.exchange.merge_bundle(there.exchange.snapshot()).changed_anything is False


def _retitled_in_a_ring(tmp_path, history):
    """``old`` merged the article at its first title; ``there`` retitled it since; ``mid``
    got it from ``there`` after that, as a new article (from a file with the article's
    history, or without it: a Kutip before 5a6dc7d)."""
    there = open_library(tmp_path / "there.sqlite", seed=False)
    _articles(there, 1)
    old = open_library(tmp_path / "old.sqlite", seed=False)
    old.exchange.merge_bundle(there.exchange.snapshot())
    there.articles.update(there.articles.ids()[0], title="Judul yang dikoreksi")
    mid = open_library(tmp_path / "mid.sqlite", seed=False)
    bundle = there.exchange.snapshot()
    if not history:
        bundle.articles[0]["versions"] = []
    mid.exchange.merge_bundle(bundle)
    return there, mid, old


@pytest.mark.parametrize("history", ["added with it", "merged again, all equal"])
def test_an_older_copy_takes_the_newer_title_a_third_library_passes_on(tmp_path, history):
    """What a merge remembers of an article: the versions the file's library had of its
    parts, for an article it adds (before, only for one already here) and for one whose
    parts all equal the file's (merging again: nothing else to do). ``old`` still has the
    first title; the file of ``mid`` (which never had that title) carries ``there``'s
    history, so ``old`` takes the correction rather than calling it changed on both
    sides. What ``mid`` has as it is (its current versions) it need not remember: a part
    it changes is noted as it changes."""
    there, mid, old = _retitled_in_a_ring(tmp_path, history == "added with it")
    if history != "added with it":
        assert mid.exchange.merge_bundle(there.exchange.snapshot()).changed_anything is False
    report = old.exchange.merge_bundle(mid.exchange.snapshot())
    assert old.articles.get(old.articles.ids()[0]).title == "Judul yang dikoreksi"
    assert report.details_updated == ["Judul yang dikoreksi"] and not report.details_both
    for library in (there, mid, old):
        library.close()


def _libraries(tmp_path, *names):
    """Libraries holding the same article: the first made it, the others merged it."""
    made = [open_library(tmp_path / f"{name}.sqlite", seed=False) for name in names]
    _articles(made[0], 1)
    for library in made[1:]:
        _merge(made[0], library)
    return made


def _merge(source, target):
    return target.exchange.merge_bundle(source.exchange.snapshot())


def _title(library):
    return library.articles.get(library.articles.ids()[0]).title


def _retitle(library, title):
    library.articles.update(library.articles.ids()[0], title=title)


def _close(*libraries):
    for library in libraries:
        library.close()


@pytest.mark.parametrize("who", ["the side that took the change", "the side that made it"])
def test_a_title_set_back_on_one_side_reaches_the_other(tmp_path, who):
    """Reread18 RR18-2: Ana retitles, Budi takes it; then one of them sets the title back to
    the first on purpose. Before, the other library kept the wrong title and neither was
    told: a value this library had before counted as older. A part set back to a value it
    had is now a later event of that value, and the other side takes it (reported as an
    update); merging back and forth again changes nothing."""
    ana, budi = _libraries(tmp_path, "ana", "budi")
    first = _title(ana)
    _retitle(ana, "Judul yang salah")
    assert _merge(ana, budi).details_updated == ["Judul yang salah"]
    reverter, other = (budi, ana) if who == "the side that took the change" else (ana, budi)
    _retitle(reverter, first)
    report = _merge(reverter, other)
    assert _title(other) == first
    assert report.details_updated == [first] and not report.details_both
    assert not _merge(other, reverter).changed_anything
    assert not _merge(reverter, other).changed_anything
    assert _title(ana) == _title(budi) == first
    _close(ana, budi)


def test_a_text_set_back_on_one_side_reaches_the_other(tmp_path):
    """The text as the title: Ana adds a paragraph, Budi takes it, then removes it again
    (Edit Article Text); Ana's merge takes the text without it."""
    ana, budi = _libraries(tmp_path, "ana", "budi")
    seed = ana.articles.ids()[0]
    first = ana.articles.text(seed)
    ana.texts.replace(seed, first + "\n\nParagraf tambahan yang keliru.")
    assert _merge(ana, budi).texts_replaced
    budi.texts.replace(budi.articles.ids()[0], first)
    report = _merge(budi, ana)
    assert ana.articles.text(seed) == first
    assert report.texts_replaced and not report.texts_both and not report.texts_kept
    assert not _merge(ana, budi).changed_anything
    _close(ana, budi)


def test_set_back_and_forth_each_time_the_latest_wins(tmp_path):
    """A to B and back, twice over, each merged the other way in turn: every change reaches
    the other library, whichever side made it."""
    ana, budi = _libraries(tmp_path, "ana", "budi")
    first = _title(ana)
    steps = [(ana, "Judul B"), (budi, first), (ana, "Judul B"), (budi, first), (ana, "Judul B")]
    for maker, title in steps:
        other = budi if maker is ana else ana
        _retitle(maker, title)
        report = _merge(maker, other)
        assert _title(other) == title, title
        assert report.details_updated and not report.details_both
    _close(ana, budi)


def test_changes_on_both_sides_stay_changed_in_both_also_after_a_set_back(tmp_path):
    """Only true concurrent edits are "changed in both": Ana retitles, Budi retitles
    otherwise, and Budi's later set-back to the first title is still an edit Ana never saw
    (both kept, both told, in each direction, at every merge)."""
    ana, budi = _libraries(tmp_path, "ana", "budi")
    first = _title(ana)
    _retitle(ana, "Judul Ana")
    _retitle(budi, "Judul Budi")
    _retitle(budi, first)
    for _ in range(2):
        for source, target, kept in ((budi, ana, "Judul Ana"), (ana, budi, first)):
            report = _merge(source, target)
            assert _title(target) == kept
            assert report.details_both == [(kept, ["title"])] and not report.details_updated
    _close(ana, budi)


def test_the_same_set_back_on_both_sides_then_a_change_is_taken(tmp_path):
    """Both set the title back to the first independently (the same value: nothing to
    decide); Budi then changes it: Ana takes that, not "changed in both"."""
    ana, budi = _libraries(tmp_path, "ana", "budi")
    first = _title(ana)
    _retitle(ana, "Judul sementara")
    _merge(ana, budi)
    _retitle(ana, first)
    _retitle(budi, first)
    assert not _merge(budi, ana).details_both
    _retitle(budi, "Judul akhir")
    report = _merge(budi, ana)
    assert _title(ana) == "Judul akhir" and report.details_updated == ["Judul akhir"]
    _close(ana, budi)


def test_a_set_back_travels_round_a_ring_of_three(tmp_path):
    """Ana → Budi → Cici → Ana: a change and then its revert, each made in one library,
    travel round the ring; the old title coming from a library that never had the change
    is older, never "newer"."""
    ana, budi, cici = _libraries(tmp_path, "ana", "budi", "cici")
    first = _title(ana)
    _retitle(ana, "Judul keliru")
    _merge(ana, budi)
    _merge(budi, cici)
    assert _title(cici) == "Judul keliru"
    _retitle(cici, first)  # Cici sets it back
    report = _merge(cici, ana)  # Ana gets it straight from Cici
    assert _title(ana) == first and report.details_updated == [first]
    report = _merge(ana, budi)  # and Budi from Ana
    assert _title(budi) == first and report.details_updated == [first]
    assert not any(_merge(a, b).changed_anything for a, b in (
        (budi, cici), (cici, ana), (ana, budi), (cici, budi)))
    assert _title(ana) == _title(budi) == _title(cici) == first
    _close(ana, budi, cici)


@pytest.mark.parametrize("reverter", ["mine", "team"])
def test_a_set_back_reaches_the_team_library_and_back(pg_url, tmp_path, reverter):
    """``kutip team push``/``pull`` are the same merge: a title corrected in the team
    library comes down, and setting it back (here or there) travels as the newer change."""
    from click.testing import CliRunner

    from reader.cli import cli
    from reader.core.library import Library

    def run(*args):
        result = CliRunner().invoke(cli, ["team", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    local = tmp_path / "mine.sqlite"
    with Library(local) as mine:
        _articles(mine, 1)
        first = _title(mine)
    run("push", str(local), pg_url)
    with Library(pg_url) as team:
        _retitle(team, "Judul tim yang keliru")
    assert "1 updated from the file" in run("pull", pg_url, str(local))
    with Library(pg_url if reverter == "team" else local) as library:
        _retitle(library, first)
    run(*(("pull", pg_url, str(local)) if reverter == "team" else ("push", str(local), pg_url)))
    for where in (local, pg_url):
        with Library(where) as library:
            assert _title(library) == first, where
    assert "details" not in run("pull", pg_url, str(local))
    assert "details" not in run("push", str(local), pg_url)


def _details(library):
    article = library.articles.get(library.articles.ids()[0])
    return article.title, article.authors, article.published


@pytest.mark.parametrize("with_text", [False, True])
def test_undo_of_a_merge_that_took_details_keeps_a_colleagues_later_correction(
        tmp_path, with_text):
    """Reread18 RR18-6's other half: the merge took the file's title, byline and date (with
    its newer text, or alone); a colleague (the CLI, a team member: another connection)
    then corrected the title. The merge's undo wrote every detail of its snapshot back, the
    colleague's title too, unsaid. Now it puts back only what the merge changed and is
    still as it left it (the byline, the date, the text), keeps the title, and says so."""
    here, there = _libraries(tmp_path, "here", "there")
    before = _details(here)
    seed, text = there.articles.ids()[0], there.articles.text(there.articles.ids()[0])
    changes = {"title": "Judul dari sana", "authors": "Redaksi", "published": "2022-01-15"}
    if with_text:
        there.texts.replace(seed, text + "\n\nParagraf baru.", **changes)
    else:
        there.articles.update(seed, **changes)
    report = _merge(there, here)
    assert _details(here) == ("Judul dari sana", "Redaksi", "2022-01-15")
    assert bool(report.texts_replaced) is with_text
    colleague = open_library(tmp_path / "here.sqlite", seed=False)
    _retitle(colleague, "Judul dikoreksi rekan")
    colleague.close()
    done = here.exchange.undo_merge(report)
    assert _details(here) == ("Judul dikoreksi rekan", before[1], before[2])
    assert here.articles.text(here.articles.ids()[0]) == text
    assert done.kept_details == 1
    assert any(n.code == "lib.merge-undo-kept-details" for n in done.notes())
    _close(here, there)


def test_undo_of_a_merge_that_took_details_untouched_puts_all_back(tmp_path):
    """Nobody changed the article since the merge: its undo puts every detail back."""
    here, there = _libraries(tmp_path, "here", "there")
    before = _details(here)
    there.articles.update(there.articles.ids()[0], title="Judul dari sana", authors="Redaksi")
    report = _merge(there, here)
    done = here.exchange.undo_merge(report)
    assert _details(here) == before and done.kept_details == 0 and not done.notes()
    _close(here, there)


def _note(library, text=None):
    [note] = library.annotations.where(everyone=True)
    if text is not None:
        library.annotations.update(note.id, note=text)
    return library.annotations.get(note.id).note


@pytest.mark.parametrize("who", ["the side that took the change", "the side that made it"])
def test_an_annotation_set_back_on_one_side_reaches_the_other(tmp_path, who):
    """RR18-2's class for annotations: Ana's note, merged both ways (each library then has
    seen that version); Ana changes it, Budi takes the change; one of them sets the note
    back on purpose. The other library's merge skipped it silently ("a version seen
    before") and kept the changed note. A library that had this one's version and holds
    another now is the newer one (it moved on from it), before "seen before" is asked;
    where each side's version was seen on the other, the one made later is the newer."""
    ana, budi = _libraries(tmp_path, "ana", "budi")
    ana.annotations.add_exact(ana.articles.ids()[0], "Kami tidak ingin berperang",
                              kind="quote", note="catatan awal")
    _merge(ana, budi)
    _merge(budi, ana)  # (a team's push and pull: each has seen the other's version)
    _note(ana, "catatan keliru")
    assert _merge(ana, budi).annotations_updated == 1
    reverter, other = (budi, ana) if who == "the side that took the change" else (ana, budi)
    time.sleep(1.1)  # (an annotation's time is to the second: the set-back is the later)
    _note(reverter, "catatan awal")
    first = _merge(other, reverter)  # (the other's file first: the set-back stays)
    assert _note(reverter) == "catatan awal" and not first.annotations_updated
    report = _merge(reverter, other)
    assert _note(other) == "catatan awal"
    assert report.annotations_updated == 1 and not report.conflicts
    assert not _merge(other, reverter).changed_anything
    assert not _merge(reverter, other).changed_anything
    assert _note(ana) == _note(budi) == "catatan awal"
    _close(ana, budi)


def test_a_part_changed_in_both_remembers_none_of_the_files_history_of_it(tmp_path):
    """Review R19-6: Ana corrects the title (X), Cici takes it and corrects it again (Y);
    Budi, offline, edits the first title (Z). Budi's merge of Cici's file says "changed in
    both" and keeps Z (right), but remembered Cici's history of the title, X among it; so
    Ana's merge of Budi's file found her own X in Budi's history and took Z over it as
    newer, though Budi made Z without ever seeing X. Now a part kept as changed in both
    remembers none of the file's versions of it: Ana keeps X and is told both changed."""
    ana, budi, cici = _libraries(tmp_path, "ana", "budi", "cici")
    _retitle(ana, "Judul X dari Ana")
    _merge(ana, cici)
    _retitle(cici, "Judul Y dari Cici")
    _retitle(budi, "Judul Z dari Budi")
    assert _merge(cici, budi).details_both == [("Judul Z dari Budi", ["title"])]
    report = _merge(budi, ana)
    assert _title(ana) == "Judul X dari Ana" and not report.details_updated
    assert report.details_both == [("Judul X dari Ana", ["title"])]
    _close(ana, budi, cici)


def test_merging_again_hashes_each_unchanged_annotation_once(pair, monkeypatch):
    """RR18-5's rest: merging again hashed every annotation twice (the file's version and
    this library's); one equal to the file's (most of a team pull) is now compared by the
    values the hash is made of, and hashed once."""
    from reader.core.library import exchange

    here, there = pair
    _articles(there, 3)
    for article_id in there.articles.ids():
        there.annotations.add_exact(article_id, "Kami tidak ingin berperang", kind="quote",
                                    speaker="Juru Bicara", tags=["resmi"])
    bundle = there.exchange.snapshot()
    here.exchange.merge_bundle(bundle)
    hashed: list[str] = []
    real = exchange.fingerprint_of
    monkeypatch.setattr(exchange, "fingerprint_of", lambda note: hashed.append(note.uuid)
                        or real(note))
    report = here.exchange.merge_bundle(bundle)
    assert report.annotations_skipped == 3 and not report.changed_anything
    assert hashed == []
    note = here.annotations.where(everyone=True)[0]
    here.annotations.update(note.id, note="diubah di sini")
    assert here.exchange.merge_bundle(bundle).annotations_skipped == 3
    assert hashed == [note.uuid]
