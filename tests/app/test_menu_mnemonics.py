"""Every entry of every menu has its own Alt-letter, in English and in Indonesian (review
R19-1). With two entries on one letter Alt+F, T only moves between them (Qt cycles) and runs
neither; an entry without one cannot be reached by letter at all. Shortcuts are not letters:
they stay as they were (tests/app/test_keyboard.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu


def mnemonic(text: str) -> str | None:
    """The letter after the single ``&`` of a menu text (``&&`` is a literal ``&``)."""
    at = 0
    while (at := text.find("&", at)) >= 0:
        if text[at + 1: at + 2] == "&":
            at += 2
            continue
        return text[at + 1: at + 2].lower() or None
    return None


def clashes_and_gaps(menu: QMenu, path: str, skip: set[int]) -> list[str]:
    found: list[str] = []
    letters: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or id(action) in skip:
            continue
        text = action.text()
        letter = mnemonic(text)
        if letter is None or not letter.isalnum():
            found.append(f"{path} › {text}: no letter")
        else:
            letters.setdefault(letter, []).append(text)
        if action.menu() is not None:
            found += clashes_and_gaps(action.menu(), f"{path} › {text}", skip)
    found += [f"{path}: {letter} × {len(texts)} {texts}"
              for letter, texts in letters.items() if len(texts) > 1]
    return found


def test_mnemonic_reads_the_letter_after_a_single_ampersand():
    assert mnemonic("Se&ttings…") == "t" and mnemonic("R&&D &Notes") == "n"
    assert mnemonic("R&&D") is None and mnemonic("Find…") is None


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_every_menu_entry_has_a_letter_of_its_own(language, window):
    # (the note under Redo, "Imports cannot be undone…", is never enabled: nothing to reach)
    skip = {id(window.not_undoable_action)}
    bar = window.menuBar()
    problems: list[str] = []
    top: dict[str | None, list[str]] = {}
    for action in bar.actions():
        top.setdefault(mnemonic(action.text()), []).append(action.text())
        problems += clashes_and_gaps(action.menu(), action.text().replace("&", ""), skip)
    assert problems == []
    assert None not in top and all(len(texts) == 1 for texts in top.values()), top
    entries = sum(len(a.menu().actions()) for a in bar.actions())
    assert len(top) == 6 and entries >= 50  # (the walk saw the menus, not an empty bar)


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_the_texts_context_menu_has_no_letter_twice(language, window):
    """The tag actions and Find are also in the text's context menu, beside Qt's own
    Copy (&Copy, &Salin) and Copy Link Location: no letter twice there either."""
    reader = window.reader
    text = window.library.articles.get(window.article_id).text
    reader.select_span(0, min(len(text), 12))
    cursor = QTextCursor(reader.text_widget.document())
    cursor.setPosition(reader.to_document(2))
    rect = reader.text_widget.cursorRect(cursor)
    menu = reader.build_context_menu(QPoint(rect.left() + 3, rect.center().y()))
    letters: dict[str, list[str]] = {}
    for action in menu.actions():
        letter = mnemonic(action.text())
        if letter is not None:
            letters.setdefault(letter, []).append(action.text())
    assert len(letters) >= 5  # (three tag actions, Copy, Find)
    assert all(len(texts) == 1 for texts in letters.values()), letters
    menu.deleteLater()
