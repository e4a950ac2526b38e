"""An annotation's versions are ordered by events, never by clocks (review R19-7).

Since afe35cb a merge where each library had seen the other's version of an annotation kept
the one whose ``updated_at`` was later. A colleague's clock running fast, or an undo that
writes the annotation's earlier ``updated_at`` back (of an edit, of Edit Article Text), made
Ana's newest change look older: it was replaced in her own library, reported as "1 updated",
no conflict. Now each library notes its own edits of an annotation in its merge versions as
f12f2dc does for an article's parts (a version set back to one it had is a later event of
it, ``FINGERPRINT@n``), and the merge decides by what each side had seen."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import random

import pytest

from reader.core.library import LibraryError, open_library
from reader.core.models import ImportedArticle
from reader.core.textnorm import content_hash

QUOTE = "Kami tidak ingin berperang"
TEXT = f'Artikel pertama. "{QUOTE}," kata juru bicara itu.'


def _library(tmp_path, name):
    return open_library(tmp_path / f"{name}.sqlite", seed=False)


def _merge(source, target):
    return target.exchange.merge_bundle(source.exchange.snapshot())


def _shared(tmp_path, *names, note="catatan awal"):
    """Libraries holding the same article and annotation, merged all ways (each has seen
    the others' version: a team's push and pull)."""
    made = [_library(tmp_path, name) for name in names]
    first = made[0]
    first.articles.add(ImportedArticle(title="Judul", text=TEXT, source="Kompas",
                                       content_hash=content_hash(TEXT)))
    first.annotations.add_exact(first.articles.ids()[0], QUOTE, kind="quote", note=note)
    for library in made[1:]:
        _merge(first, library)
    for library in made[1:]:
        _merge(library, first)
    return made


def _the(library):
    [note] = library.annotations.where(everyone=True)
    return note


def _notes(library):
    return sorted(n.note for n in library.annotations.where(everyone=True))


def _edit(library, text):
    note = _the(library)
    return note, library.annotations.update(note.id, note=text)


@contextlib.contextmanager
def _clock(minutes):
    """This process's clock ``minutes`` ahead, for what is written meanwhile (a colleague's
    computer whose clock runs fast)."""
    def ahead():
        moment = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)
        return moment.isoformat(timespec="seconds")

    modules = [importlib.import_module(f"reader.core.library.{name}")
               for name in ("base", "annotations", "reanchoring")]
    saved = [(m, m.now) for m in modules]
    for module, _ in saved:
        module.now = ahead
    try:
        yield
    finally:
        for module, old in saved:
            module.now = old


def test_a_colleagues_fast_clock_does_not_beat_a_later_set_back(tmp_path):
    """R19-7 (a): Budi's clock runs ten minutes fast. Budi changes the note, Ana takes it
    (both ways: each has seen it); Ana then sets it back. Budi's change looked newer by its
    time, and Ana's merge of Budi's file replaced her set-back, "1 updated", no conflict.
    Ana's set-back is the later event: it stays with her and reaches Budi."""
    ana, budi = _shared(tmp_path, "ana", "budi")
    with _clock(10):
        _edit(budi, "catatan Budi")
    _merge(budi, ana)
    _merge(ana, budi)
    assert _the(ana).note == _the(budi).note == "catatan Budi"
    _edit(ana, "catatan awal")  # (set back, now: before Budi's clock's time of his edit)
    report = _merge(budi, ana)
    assert _the(ana).note == "catatan awal", report.summary()
    assert not report.annotations_updated and not report.conflicts
    report = _merge(ana, budi)
    assert _the(budi).note == "catatan awal"
    assert report.annotations_updated == 1 and not report.conflicts
    assert not _merge(budi, ana).changed_anything
    assert not _merge(ana, budi).changed_anything
    ana.close()
    budi.close()


def test_undo_of_an_edit_is_a_later_change_not_an_older_one(tmp_path):
    """R19-7's class without any clock error: the undo of an edit (Ctrl+Z) writes the
    annotation as it was, its ``updated_at`` too. Ana edits the note, both libraries merge
    it both ways, Ana undoes her edit: Budi's file then gave her the undone note back (its
    time was later than the one the undo wrote), and Budi kept it."""
    ana, budi = _shared(tmp_path, "ana", "budi")
    before, after = _edit(ana, "catatan keliru")
    _merge(ana, budi)
    _merge(budi, ana)
    ana.annotations.restore_edited(before, after)  # (the app's undo of the edit)
    assert _the(ana).note == "catatan awal"
    report = _merge(budi, ana)
    assert _the(ana).note == "catatan awal", report.summary()
    assert not report.annotations_updated and not report.conflicts
    report = _merge(ana, budi)
    assert _the(budi).note == "catatan awal" and report.annotations_updated == 1
    assert not _merge(budi, ana).changed_anything
    ana.close()
    budi.close()



@pytest.mark.parametrize("first", ["from Budi first", "to Budi first"])
def test_undo_of_edit_article_text_does_not_age_a_later_set_back(tmp_path, first):
    """R19-7 (b): the undo of Edit Article Text puts the annotations' spans back with the
    ``updated_at`` they had before the edit. Ana edited the text; Budi changed the note and
    each library merged it both ways; Ana set the note back, then undid her text edit: her
    set-back now looked older than Budi's change, and Budi's file replaced it ("1
    updated"). Where the texts differ, the file's version is also known by its name in its
    own text (and this library's by its name before the merge placed it again in the text
    it took): each side has seen the other's there."""
    from reader.core.library import text_hash

    ana, budi = _shared(tmp_path, "ana", "budi")
    article_id = ana.articles.ids()[0]
    snapshot = ana.texts.snapshot(article_id)
    ana.texts.replace(article_id, "Kalimat pembuka baru. " + TEXT)
    edited = text_hash(ana.articles.get(article_id).text)
    _merge(ana, budi)
    _merge(budi, ana)
    _edit(budi, "catatan Budi")
    _merge(budi, ana)
    _merge(ana, budi)
    _edit(ana, "catatan awal")  # (set back)
    article = {k: snapshot["article"][k] for k in ("text", "content_hash")}
    ana.texts.restore({**snapshot, "article": article}, based_on=edited, note_versions=True)
    assert ana.articles.text(article_id) == TEXT and _the(ana).note == "catatan awal"
    pairs = [(budi, ana), (ana, budi)]
    for source, target in pairs if first == "from Budi first" else pairs[::-1]:
        report = _merge(source, target)
        assert _notes(target) == ["catatan awal"], (target, report.summary())
        assert not report.conflicts
    assert budi.articles.text(budi.articles.ids()[0]) == TEXT
    assert not _merge(budi, ana).changed_anything
    assert not _merge(ana, budi).changed_anything
    ana.close()
    budi.close()



@pytest.mark.parametrize("undo", ["undo of the deletion", "redo of the step that made it"])
def test_an_undone_deletion_is_not_deleted_again_and_reaches_the_other(tmp_path, undo):
    """R20-3: Ana deletes a quote, Budi takes the deletion; Ana undoes it (or: the undo of
    her Q deleted it, and she redoes it). Her next merge of Budi's file deleted it again
    ("1 deleted") and Budi never got it back. Putting back a deletion is a change of its
    own, later than the deletion: it stays with Ana and reaches Budi, no conflict."""
    ana, budi = _shared(tmp_path, "ana", "budi")
    note = _the(ana)
    gone = ana.annotations.delete(note.id, expected=note)
    assert _merge(ana, budi).annotations_deleted == 1
    if undo == "undo of the deletion":
        ana.annotations.restore(gone, undeleting=True)
    else:
        ana.annotations.restore_many([gone], undeleting=True)
    report = _merge(budi, ana)
    assert _notes(ana) == ["catatan awal"], report.summary()
    assert not report.annotations_deleted and not report.conflicts
    report = _merge(ana, budi)
    assert _notes(budi) == ["catatan awal"], report.summary()
    assert report.annotations_added == 1 and not report.conflicts
    assert not _merge(budi, ana).changed_anything
    assert not _merge(ana, budi).changed_anything
    ana.close()
    budi.close()


@pytest.mark.parametrize("change", ["rename", "merge", "delete"])
def test_a_tag_changed_here_makes_no_conflict_with_the_older_state(tmp_path, change):
    """R20-1: Ana's library goes to Budi and comes back unchanged (a push, then the everyday
    pull); in between Ana renamed, merged or deleted a tag: every annotation with it came
    back as a conflict, a copy with the old tags added. A tag's rename, merge or delete
    notes its annotations' versions as they were, as an edit does; Budi takes Ana's."""
    ana, budi = _shared(tmp_path, "ana", "budi")
    note = _the(ana)
    ana.annotations.update(note.id, tags=["framing/econ", "bi"])
    _merge(ana, budi)  # (Ana's push; her pull comes after her change)
    if change == "rename":
        ana.tags.rename("framing/econ", "framing/economy")
    elif change == "merge":
        ana.tags.merge_tree("framing/econ", "bi")
    else:
        ana.tags.delete_tree("framing")
    tags = sorted(_the(ana).tags)
    report = _merge(budi, ana)
    assert not report.conflicts and len(_notes(ana)) == 1, report.summary()
    assert sorted(_the(ana).tags) == tags
    report = _merge(ana, budi)  # (a rename travels as the tag's: nothing left to update)
    assert report.annotations_updated == (change != "rename"), report.summary()
    assert not report.conflicts and sorted(_the(budi).tags) == tags
    ana.close()
    budi.close()

class _Model:
    """Who saw what: each change is an event (its note); each library holds one event and
    has seen a set of them (its own and those merges brought)."""

    def __init__(self, names, note):
        self.value = {0: note}
        self.holds = dict.fromkeys(names, 0)
        self.seen = {name: {0} for name in names}
        self.kept: dict[tuple[int, int], int] = {}  # (kept, over) -> the event it made

    def change(self, name, note):
        event = len(self.value)
        self.value[event] = note
        self.holds[name] = event
        self.seen[name].add(event)

    def keep(self, name, over):
        """``name`` kept its own version over the file's ``over`` (a conflict): a later
        event of it. Wherever the same two versions met so, the same event (the newer by
        the versions' times stays under the UUID: every library decides them alike)."""
        pair = (self.holds[name], over)
        if pair in self.kept:
            self.holds[name] = self.kept[pair]
            self.seen[name].add(self.kept[pair])
        else:
            self.change(name, self.value[pair[0]])
            self.kept[pair] = self.holds[name]

    def may_set_back(self, name, note):
        """A set-back to a note another library reached unseen by this one is left out
        (Kutip names a version by its value: two libraries reaching one value on their
        own is one version to it, two events here)."""
        return all(e in self.seen[name] for e, v in self.value.items() if v == note)

    def repeated(self, *events):
        """Whether any of these events' notes was reached as more than one event (set
        back, or kept over another in a conflict in more than one library)."""
        return any(sum(v == self.value[e] for v in self.value.values()) > 1 for e in events)

    def seen_note(self, name, event):
        """Whether ``name`` has seen the note of ``event``, as any event."""
        return any(self.value[e] == self.value[event] for e in self.seen[name])

    def expect(self, source, target):
        """What the target should do with the source's file: "same", "keep", "take" or
        "both"."""
        mine, theirs = self.holds[target], self.holds[source]
        if self.value[mine] == self.value[theirs]:
            return "same"
        if theirs in self.seen[target]:
            return "keep"
        if mine in self.seen[source]:
            return "take"
        return "both"


@pytest.mark.parametrize("seed", range(8))
def test_three_libraries_editing_undoing_and_merging_in_random_orders(tmp_path, seed):
    """A seeded walk of three libraries, each with its own clock (up to a quarter of an hour
    off): a note changed, an edit undone (Ctrl+Z: the earlier note and ``updated_at`` back),
    a merge of one's file into another, in random order; after each merge the annotation is
    what a model of who saw what says: the file's version taken where the file's library
    had seen this one's, this one kept where it had seen the file's, both kept and reported
    where neither had seen the other's. Where a note was reached as two events (an undo,
    a conflict kept the same way in two libraries), which Kutip, naming versions by value,
    takes for one: nothing the file's library had not seen is replaced, and nothing this
    one had not seen is passed over. Then all merge until nothing changes: one note."""
    rng = random.Random(seed)
    names = ("ana", "budi", "cici")
    libraries = dict(zip(names, _shared(tmp_path, *names), strict=True))
    clocks = {name: rng.randint(-15, 15) for name in names}
    uuid = _the(libraries["ana"]).uuid
    model = _Model(names, "catatan awal")
    undo: dict[str, list] = {name: [] for name in names}

    def held(name):
        return {n.uuid: n for n in libraries[name].annotations.where(everyone=True)}[uuid]

    def merge(source, target):
        expected = model.expect(source, target)
        mine, theirs = model.holds[target], model.holds[source]
        with _clock(clocks[target]):
            report = _merge(libraries[source], libraries[target])
        now_held = held(target).note
        notes = set(_notes(libraries[target]))
        done = ("both" if report.conflicts else "take" if report.annotations_updated
                else "same" if model.value[mine] == model.value[theirs] else "keep")
        said = (source, target, expected, done, model.value[mine], model.value[theirs])
        assert len(report.conflicts) <= 1 and report.annotations_updated <= 1, said
        assert now_held == model.value[theirs if done == "take" else mine] or (
            done == "both" and now_held == model.value[theirs]), said
        if done == "both":  # (both kept, told)
            assert {model.value[mine], model.value[theirs]} <= notes, said
        if done != expected:  # (only where a note was reached as two events)
            assert model.repeated(mine, theirs), said
            if done == "keep":  # (the file's library's note was seen here)
                assert model.seen_note(target, theirs), said
            if done == "take":  # (and this one's there)
                assert model.seen_note(source, mine), said
        model.seen[target] |= model.seen[source]
        if done == "take" or (done == "same" and mine in model.seen[source]) or (
                done == "both" and now_held == model.value[theirs]):
            model.holds[target] = theirs
        elif done == "both":  # (kept here over the file's, seen: a later event of it)
            model.keep(target, theirs)
        return report.changed_anything

    for step in range(30):
        name = rng.choice(names)
        action = rng.choice(("edit", "edit", "undo", "merge", "merge", "merge"))
        library = libraries[name]
        if action == "edit":
            note = f"{name} {step}"
            with _clock(clocks[name]):
                before = held(name)
                after = library.annotations.update(before.id, note=note)
            undo[name].append((before, after))
            model.change(name, note)
        elif action == "undo" and undo[name]:
            before, after = undo[name].pop()
            if not model.may_set_back(name, before.note):
                continue
            try:
                with _clock(clocks[name]):
                    library.annotations.restore_edited(before, after)
            except LibraryError:  # (changed since, by a merge: left as it is)
                continue
            model.change(name, before.note)
        elif action == "merge":
            merge(rng.choice([n for n in names if n != name]), name)
    for _ in range(4):
        if not any([merge(s, t) for s in names for t in names if s != t]):
            break
    assert len({held(name).note for name in names}) == 1
    for library in libraries.values():
        library.close()

def test_a_coders_undo_in_the_team_library_reaches_a_pulled_library(team_library, tmp_path):
    """The team library (PostgreSQL): Ana, a coder, edits her note there, an editor's pull
    and push carry it both ways, then Ana undoes her edit. The pull kept the edit (the undo
    wrote the older ``updated_at`` back) and the next push gave it back to the team library.
    A coder's own edits are noted through the server's ``kutip_note_versions`` (migration
    0032), for her own annotations only."""
    import psycopg
    from click.testing import CliRunner

    from reader.cli import cli
    from reader.core.library import Library

    url, member, _n = team_library
    ana, eka = member("ana", "coder"), member("eka", "editor")
    with Library(url) as owner:
        owner.articles.add(ImportedArticle(title="Judul", text=TEXT, source="Kompas",
                                           content_hash=content_hash(TEXT)))
        seed = owner.articles.ids()[0]
    with Library(eka) as editor:
        theirs = editor.annotations.add_exact(seed, QUOTE, kind="claim")
    with Library(ana) as coder:
        mine = coder.annotations.add_exact(seed, QUOTE, kind="quote", note="catatan awal")
    local = tmp_path / "local.sqlite"

    def team(*args):
        result = CliRunner().invoke(cli, ["team", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def note_here():
        with Library(local) as library:
            return {n.uuid: n.note for n in library.annotations.where(everyone=True)}[mine.uuid]

    team("pull", eka, str(local))
    team("push", str(local), eka)
    with Library(ana) as coder:
        before = coder.annotations.get(mine.id)
        after = coder.annotations.update(mine.id, note="catatan keliru")
    assert "1 updated" in team("pull", eka, str(local))
    team("push", str(local), eka)
    with Library(ana) as coder:
        coder.annotations.restore_edited(before, after)  # (her undo)
    assert "1 updated" in team("pull", eka, str(local))
    assert note_here() == "catatan awal"
    assert "0 updated" in team("push", str(local), eka)
    with Library(ana) as coder:
        assert coder.annotations.get(mine.id).note == "catatan awal"
    with psycopg.connect(ana, autocommit=True) as conn:  # (not for a colleague's)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT kutip_note_versions(ARRAY[%s], ARRAY['f'])", [theirs.uuid])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO merge_versions VALUES (%s, 'f')", [mine.uuid])


def test_team_pull_tells_a_conflict_as_kutip_merge_does(pg_url, tmp_path):
    """R20-1's other half: `kutip team push`/`pull` printed each conflict as a Python repr
    (``conflict: Conflict(uuid=..., versions=[Version(...)])``) and left out the text and
    details lines `kutip merge` prints. Now they print the report as `kutip merge` does."""
    from click.testing import CliRunner

    from reader.cli import cli
    from reader.core.library import Library

    local = tmp_path / "local.sqlite"
    with Library(local) as mine:
        mine.articles.add(ImportedArticle(title="Judul", text=TEXT, source="Kompas",
                                          content_hash=content_hash(TEXT)))
        mine.annotations.add_exact(mine.articles.ids()[0], QUOTE, kind="quote", note="awal")
    result = CliRunner().invoke(cli, ["team", "push", str(local), pg_url],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for where, note in ((pg_url, "catatan tim"), (local, "catatan saya")):
        with Library(where) as library:
            _edit(library, note)
    result = CliRunner().invoke(cli, ["team", "pull", pg_url, str(local)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 in conflict" in result.output
    assert "Conflict(" not in result.output and "Version(" not in result.output
    assert "conflict: annotation" in result.output and "catatan tim" in result.output


def test_a_coders_push_is_refused_in_one_line_before_anything(team_library, tmp_path):
    """A coder's `kutip team push` of anything new failed whole with the server's
    'permission denied for table merge_versions' (found by merge20b): a push takes an
    editor's or the owner's login (README), and now says so first, in one line."""
    from click.testing import CliRunner

    from reader.cli import cli
    from reader.core.library import Library

    url, member, _n = team_library
    dewi = member("dewi", "coder")
    with Library(url) as owner:
        owner.articles.add(ImportedArticle(title="Judul", text=TEXT, source="Kompas",
                                           content_hash=content_hash(TEXT)))
    local = tmp_path / "dewi.sqlite"
    pulled = CliRunner().invoke(cli, ["team", "pull", dewi, str(local)])
    assert pulled.exit_code == 0, pulled.output
    with Library(local) as mine:
        mine.coders.use(dewi.split("//", 1)[1].split("@", 1)[0])  # (as herself)
        mine.annotations.add_exact(mine.articles.ids()[0], QUOTE, kind="quote")
    result = CliRunner().invoke(cli, ["team", "push", str(local), dewi])
    assert result.exit_code != 0
    assert "takes an editor's or the owner's login" in result.output, result.output
    assert "merge_versions" not in result.output and "Traceback" not in result.output
    with Library(url) as team:
        assert team.annotations.where(everyone=True) == []
