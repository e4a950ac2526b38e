"""The real Kutip app in a process of its own, driven by a test over stdin/stdout.

    python tests/app/team_app_driver.py URL

starts the app as ``kutip URL`` does (``reader.app.main.run``: the password lookup, the
window, the change notices, the library switch), offscreen, and answers one JSON command per
line on stdin with one JSON line on stdout. What the app would show in a message box is
recorded (its text) instead of waiting for a click. Commands:

- ``{"do": "state"}``: the articles listed, the open article, its annotations as the window
  lists them, the note field's text, the message boxes shown, and when the window heard
  of another's write (``time.time()`` of each external change notice);
- ``{"do": "open", "title": T}``: open the article of that title (clicking its row);
- ``{"do": "tag", "text": WORDS, "key": "Q"}``: select the words in the article and press
  the key (Q, C or H);
- ``{"do": "type_note", "id": N, "text": T}``: select the annotation, type into its note
  field (replacing what is there) and leave the field, which saves it;
- ``{"do": "switch", "url": URL}``: open another library, as File › Open Team Library…;
- ``{"do": "quit"}``: close the window (it saves what is typed) and end.

Each answer carries ``"at"``: ``time.time()`` when the command was done.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QObject, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from reader.app import main as app_main  # noqa: E402
from reader.app.main_window import MainWindow  # noqa: E402

shown: list[str] = []  # every message box's text, in order
heard: list[float] = []  # when each external change notice reached the window


def _record_box(box: QMessageBox) -> int:
    shown.append(box.text() + (f"\n{box.informativeText()}" if box.informativeText() else ""))
    return int(QMessageBox.StandardButton.Ok)


QMessageBox.exec = _record_box  # type: ignore[method-assign]


def window() -> MainWindow:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w.isVisible()]
    if not found:
        raise RuntimeError("no window")
    return found[-1]


def _listen(win: MainWindow) -> None:
    if getattr(win, "_driver_listening", False):
        return
    win._driver_listening = True  # type: ignore[attr-defined]
    win.library.subscribe(lambda changes: heard.append(time.time()) if changes.external
                          else None)


def state() -> dict:
    win = window()
    model = win.library_panel.model
    titles = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    pane = win.annotation_pane
    notes = [{"id": a.id, "exact": a.exact, "kind": a.kind, "note": a.note, "coder": a.coder}
             for a in pane.model.annotations()]
    return {"articles": titles, "article_id": win.article_id, "annotations": notes,
            "note_field": pane.note.toPlainText(), "messages": list(shown),
            "heard": list(heard), "status": win.statusBar().currentMessage()}


def open_title(title: str) -> dict:
    win = window()
    model = win.library_panel.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == title:
            win.library_panel.select_article(model.article_id(row))
            return {"article_id": win.article_id}
    raise RuntimeError(f"no article titled {title!r}")


def tag(words: str, key: str) -> dict:
    win = window()
    text = win.reader.article.text
    start = text.index(words)
    win.reader.select_span(start, start + len(words))
    win.reader.text_widget.setFocus()
    QTest.keyClick(win.reader.text_widget, getattr(Qt.Key, f"Key_{key}"))
    return {}


def type_note(annotation_id: int, typed: str) -> dict:
    win = window()
    pane = win.annotation_pane
    pane.select(annotation_id)
    pane.note.setFocus()
    pane.note.selectAll()
    QTest.keyClicks(pane.note, typed)
    win.reader.text_widget.setFocus()  # leaving the field saves it
    QApplication.processEvents()
    return {}


class Commands(QObject):
    line = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.line.connect(self.run, Qt.ConnectionType.QueuedConnection)

    def run(self, text: str) -> None:
        command = json.loads(text)
        try:
            _listen(window())
            what = command["do"]
            if what == "quit":
                window().close()
                QApplication.quit()
                answer: dict = {}
            elif what == "state":
                answer = state()
            elif what == "open":
                answer = open_title(command["title"])
            elif what == "tag":
                answer = tag(command["text"], command.get("key", "Q"))
            elif what == "switch":  # File › Open Team Library… with this URL
                window().libraryRequested.emit(command["url"])
                answer = {}
            elif what == "type_note":
                answer = type_note(int(command["id"]), command["text"])
            else:
                raise ValueError(f"unknown command {what!r}")
            answer["ok"] = True
        except Exception as error:  # noqa: BLE001 - the test sees it
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        answer["at"] = time.time()
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


def _read(commands: Commands) -> None:
    for text in sys.stdin:
        if text.strip():
            commands.line.emit(text)
    commands.line.emit('{"do": "quit"}')


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    commands = Commands()

    def ready() -> None:  # once the window has opened its first article: take commands
        try:
            win = window()
        except RuntimeError:
            QTimer.singleShot(50, ready)
            return
        if not win.started:
            QTimer.singleShot(50, ready)
            return
        _listen(win)
        sys.stdout.write(json.dumps({"ok": True, "ready": True, "at": time.time(),
                                     "messages": shown}) + "\n")
        sys.stdout.flush()
        threading.Thread(target=_read, args=(commands,), daemon=True).start()

    QTimer.singleShot(0, ready)
    assert app is not None
    code = app_main.run(sys.argv[1])
    sys.stdout.write(json.dumps({"ok": code == 0, "exit": code, "messages": shown}) + "\n")
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    sys.exit(main())
