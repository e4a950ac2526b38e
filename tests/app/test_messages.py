"""Messages read well: never cut mid-word; a quote selected with its marks stores the words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.app.dialog_helpers import clip_words
from reader.core.library.rules import quote_inner

LAVROV = "“Kami tidak ingin berperang,” kata Lavrov."


@pytest.mark.parametrize("limit", range(8, 60))
def test_clipped_text_ends_between_words(limit):
    text = "Menteri Luar Negeri Rusia Sergey Lavrov pada Rabu mengatakan perunding akan bertemu"
    clipped = clip_words(text, limit)
    assert len(clipped) <= limit
    assert clipped.endswith("…")
    kept = clipped[:-1]
    assert text.startswith(kept)
    assert text[len(kept)] == " " or len(kept) < limit // 2 + 1 or kept.endswith(" ")


def test_short_text_is_left_alone():
    assert clip_words("  Kami   siap ") == "Kami siap"


@pytest.mark.parametrize("selected,stored", [
    ("“Kami tidak ingin berperang,”", "Kami tidak ingin berperang"),
    ("“Kami tidak ingin berperang", "Kami tidak ingin berperang"),
    ("Kami tidak ingin berperang,”", "Kami tidak ingin berperang"),
    ("Kami tidak ingin berperang", "Kami tidak ingin berperang"),
])
def test_a_quote_selected_with_its_marks_is_the_words_inside(selected, stored):
    start = LAVROV.index(selected)
    a, b = quote_inner(LAVROV, start, start + len(selected))
    assert LAVROV[a:b] == stored


def test_only_marks_stay_as_they_are():
    assert quote_inner("a “” b", 2, 4) == (2, 4)


def test_pressing_q_on_a_quotation_with_its_marks(qtbot, window, seed_id):
    text = window.library.articles.get(seed_id).text
    phrase = "“Kami tidak ingin berperang,”"
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
    [note] = window.library.annotations.for_article(seed_id)
    assert note.exact == "Kami tidak ingin berperang"
    assert note.speaker == "Sergey Lavrov"
    message = window.statusBar().currentMessage()
    assert message == "Tagged quote: “Kami tidak ingin berperang”"


def test_a_long_quote_is_cut_between_words_in_the_status_bar(qtbot, window, seed_id):
    text = window.library.articles.get(seed_id).text
    phrase = "Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas"
    start = text.index(phrase)
    window.tag_selection("highlight", start, start + len(phrase))
    message = window.statusBar().currentMessage()
    shown = message.split("“", 1)[1].rstrip("”")
    assert shown.endswith("…")
    assert phrase.startswith(shown[:-1]) and phrase[len(shown) - 1] == " "


def test_a_failed_import_lists_each_file_and_reason_in_the_dialog_itself():
    from reader.app.import_worker import FAILED_SHOWN, report_text
    from reader.core.library import ImportReport

    report = ImportReport()
    report.failed = [(f"/data/berita-{i}.txt", "the file is empty") for i in range(15)]
    _title, info, details = report_text(report)
    assert "berita-0.txt: the file is empty" in info
    assert f"… and {15 - FAILED_SHOWN} more" in info
    assert "berita-14.txt" in details
