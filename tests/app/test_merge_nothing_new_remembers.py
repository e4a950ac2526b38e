"""Review R22-10: the window's Merge… of a colleague's file whose articles are all here
already (the same story imported on both sides: other UUIDs) said "Everything … is in this
library already." and wrote nothing, so the pairing of her article with Budi's was never
kept, and her next file, with the outlet's corrected text, brought the story in a second
time (``kutip merge`` of the same files keeps one). Now that merge is run (it changes no
row: only what the library knows of the file's articles), and the message stays."""

from reader.app import dialog_helpers, file_dialogs
from reader.core.library import Library

STORY = ("Anggaran dipangkas\n\nMenteri Keuangan Sri Mulyani mengatakan pada Senin bahwa"
         " anggaran akan dipangkas tahun depan. \"Kita harus berhemat,\" kata Sri Mulyani di"
         " Jakarta. Para ekonom menilai kebijakan itu akan berdampak pada pertumbuhan.\n")


def test_a_file_with_nothing_new_is_remembered_and_its_correction_updates_the_article(
        open_window, tmp_path, monkeypatch):
    for who in ("ana", "budi"):
        (tmp_path / who).mkdir()
        (tmp_path / who / "s.txt").write_text(STORY, encoding="utf-8")
    with Library(tmp_path / "ana.sqlite") as ana:
        ana.imports.paths([tmp_path / "ana" / "s.txt"])
        ana.exchange.export_file(tmp_path / "1.kutip")
        (tmp_path / "ana" / "s.txt").write_text(STORY.replace("pada Senin", "pada Selasa"),
                                                encoding="utf-8")
        ana.imports.paths([tmp_path / "ana" / "s.txt"])
        ana.exchange.export_file(tmp_path / "2.kutip")
    budi = Library(tmp_path / "budi.sqlite")
    budi.imports.paths([tmp_path / "budi" / "s.txt"])
    window = open_window(budi)
    said: list[str] = []
    monkeypatch.setattr(dialog_helpers, "show_info", lambda parent, title, text: said.append(
        text))
    monkeypatch.setattr(dialog_helpers, "confirm", lambda *a, **k: True)
    for name in ("1.kutip", "2.kutip"):
        monkeypatch.setattr(file_dialogs, "get_open_file_name",
                            lambda *a, _n=name, **k: (str(tmp_path / _n), ""))
        window.exchange.merge_file()
    assert said[0] == "Everything in 1.kutip is in this library already."
    [article_id] = budi.articles.ids()
    assert "pada Selasa" in budi.articles.text(article_id)
    assert window.undo_stack.count() == 1  # (the second file's merge; the first: no step)
