"""An undoable step is one change notice, so every view refreshes once for it: the first
run, an Undo and a Redo, of one command or of a macro (several articles deleted). Ctrl+Z
of Accept All used to send two (the annotations deleted, then the speakers it had made
pruned), and the article view laid out a 3,000-quotation transcript twice."""

from __future__ import annotations

import importlib

import pytest

from reader.app.article_commands import DeleteArticleCommand
from reader.app.undo_base import LibraryCommand
from reader.core.models import ImportedArticle

COMMAND_MODULES = ["annotation_commands", "article_commands", "coding_commands",
                   "exchange_controller", "reanchor_controller", "speaker_commands",
                   "suggestion_commands", "tag_commands"]
# new speakers, so that Accept All makes them and its undo prunes them again
HEARING = "\n\n".join(
    f"“We will build {n} new schools in the region this year and many more after that, "
    f"because the children deserve it,” said {name}."
    for n, name in enumerate(["Jane Doe", "John Smith", "Ana Ruiz", "Niek Stam"]))


@pytest.fixture
def notices(window):
    heard: list[object] = []
    window.library.subscribe(heard.append)

    def taken() -> int:
        n = len(heard)
        heard.clear()
        return n

    return taken


@pytest.fixture
def layouts(window, monkeypatch):
    """How many times the article view was given its annotations (laid out again)."""
    calls: list[int] = []
    real = window.reader.set_annotations
    monkeypatch.setattr(window.reader, "set_annotations",
                        lambda *a, **k: calls.append(1) or real(*a, **k))

    def taken() -> int:
        n = len(calls)
        calls.clear()
        return n

    return taken


def _suggestions(window):
    window.suggestions.wait(30_000)
    return window.suggestions_panel.model.suggestions()


def test_accept_all_its_undo_and_redo_are_one_notice_each(window, notices, layouts):
    imported = window.library.bulk.add_articles([ImportedArticle(
        title="Hearing", text=HEARING, source="Transcript", content_hash="hearing-1")])
    article_id = next(i for i in window.library.articles.ids()
                      if window.library.articles.get(i).title == "Hearing")
    assert imported
    window.library_panel.select_article(article_id)
    assert len(_suggestions(window)) == 4
    notices(), layouts()
    window.suggestions.accept_all()
    assert window.library.articles.get(article_id).quotes == 4
    assert (notices(), layouts()) == (1, 1)
    speakers = {s.name for s in window.library.speakers.all()}
    assert {"Jane Doe", "Niek Stam"} <= speakers
    window.undo_action.trigger()
    assert window.library.articles.get(article_id).quotes == 0
    assert not {"Jane Doe", "Niek Stam"} & {s.name for s in window.library.speakers.all()}
    assert (notices(), layouts()) == (1, 1)
    window.redo_action.trigger()
    assert window.library.articles.get(article_id).quotes == 4
    assert (notices(), layouts()) == (1, 1)


def test_several_articles_deleted_in_one_step_are_one_notice_each_way(window, notices):
    window.library.bulk.add_articles([ImportedArticle(
        title="Anggaran", text="Isi berita yang cukup panjang.", content_hash="other-1")])
    ids = window.library.articles.ids()
    assert len(ids) == 2
    with window.history.macro("delete 2 articles"):
        for article_id in ids:
            window.history.run(DeleteArticleCommand(window.library, article_id))
    notices()
    window.undo_action.trigger()
    assert sorted(window.library.articles.ids()) == sorted(ids)
    assert notices() == 1
    window.redo_action.trigger()
    assert window.library.articles.ids() == []
    assert notices() == 1


def test_the_tag_manager_s_undo_and_redo_buttons_are_one_notice(qtbot, window, notices):
    from reader.app.tag_manager import TagManagerDialog

    dialog = TagManagerDialog(window.library, window.undo_stack)
    qtbot.addWidget(dialog)
    with window.history.macro("two tags"):
        for name in ("framing", "economy"):
            window.history.run(_CreateTags(window.library, name))
    notices()
    dialog.undo_button.click()
    assert window.library.tags.names() == [] and notices() == 1
    dialog.redo_button.click()
    assert sorted(window.library.tags.names()) == ["economy", "framing"] and notices() == 1


class _CreateTags(LibraryCommand):
    """Two writes in one step (a tag, then its colour)."""

    def __init__(self, library, name):
        super().__init__(library, f"make {name}")
        self.name = name

    def do(self):
        self.library.tags.create(self.name)
        self.library.tags.recolour(self.name, "#aa0000")

    def undo_change(self):
        self.library.tags.delete(self.name)


def test_a_command_s_several_writes_are_one_notice(window, notices):
    command = _CreateTags(window.library, "framing")
    notices()
    assert window.history.run(command)
    assert notices() == 1
    window.undo_action.trigger()
    assert notices() == 1
    window.redo_action.trigger()
    assert notices() == 1 and window.library.tags.names() == ["framing"]


def test_every_undoable_command_steps_through_the_one_path():
    """No command runs its change outside ``LibraryCommand.apply``/``_run`` (which make it
    one operation): none overrides ``undo``, ``redo`` or ``apply``."""
    for name in COMMAND_MODULES:
        importlib.import_module(f"reader.app.{name}")
    seen, todo = set(), [LibraryCommand]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    assert len(seen) >= 25
    for command in seen:
        assert not {"undo", "redo", "apply", "_run"} & set(vars(command)), command
