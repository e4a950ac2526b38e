"""The speakers a trail keeps for its versions no coder accepted (R12-1), on a team library
(PostgreSQL): the scenarios of ``test_found_speakers`` again (its library fixtures
overridden below: a team library starts empty, so the seed is imported into it), then a
reader or a coder, who may not write the trail (migration 0025: an editor or the owner
keeps it), reads the same trail, working out what was not kept."""

from reader.core.library import Library

from .conftest import DATA, LAVROV
from .test_found_speakers import *  # noqa: F403  (the same scenarios, on a team library)
from .test_found_speakers import _items, _kept

# a team library's fixtures, those of the trail's own team scenarios (seed_id: conftest's)
from .test_team_trail import _seeded, fresh_library, seeded_library  # noqa: F401


def _lavrov_built_by_an_editor(team_library):
    """The seed's Lavrov quote in three outlets on a team library whose trail an editor
    (eka) built; the quote, and the logins of a reader (rini) and of that editor."""
    url, member, _ = team_library
    with _seeded(url) as owner:
        seed_id = owner.articles.ids()[0]
        quote = owner.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        owner.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    rini, eka = member("rini", "reader"), member("eka", "editor")
    with Library(eka) as editor:
        editor.trail.refresh()
    return quote, rini, eka


def test_a_reader_works_out_what_was_not_kept_and_keeps_nothing(team_library, counted):
    quote, rini, eka = _lavrov_built_by_an_editor(team_library)
    with Library(rini) as reader:
        counted.clear()
        first = reader.trail.trail(quote.id)
        assert len(counted) == 2 and _kept(reader, _items(first)) == 0  # (may not write)
        assert reader.trail.trail(quote.id) == first and len(counted) == 4
    with Library(eka) as editor:
        assert editor.trail.trail(quote.id) == first and _kept(editor, _items(first)) == 2
    with Library(rini) as reader:
        counted.clear()
        assert reader.trail.trail(quote.id) == first and counted == []  # the editor's


def test_a_reader_or_coder_finds_no_speakers_in_idle_time_an_editor_does(team_library,
                                                                         counted):
    """A reader or a coder may not write the trail: the idle-time step does nothing for
    them (their opens work the speakers out, as above); an editor's keeps them for
    everyone."""
    quote, rini, eka = _lavrov_built_by_an_editor(team_library)
    ana = team_library[1]("ana", "coder")
    for login in (rini, ana):
        with Library(login) as member:
            assert not member.trail.keeps_speakers()
            assert member.trail.find_speakers() == 0 and counted == []
    with Library(eka) as editor:
        assert editor.trail.keeps_speakers()
        assert editor.trail.find_speakers() == 2 and len(counted) == 2
    with Library(rini) as reader:
        counted.clear()
        reader.trail.trail(quote.id)
        assert counted == []
