"""R13-2 in the window: pressing Q on a long article analyses only the text around the span
(the core's side: tests/test_prefill_long.py)."""

from __future__ import annotations

import pytest

# a 75,000-character article: its one quotation in the middle, said by Lavrov
TEXT = ("Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow.\n\n"
        + "Harga beras naik lagi pekan ini, menurut catatan dinas perdagangan.\n\n" * 500
        + "“Kami tidak ingin berperang dengan siapa pun di kawasan ini,” kata Lavrov.\n\n"
        + "Harga gula juga naik pekan ini, menurut catatan yang sama.\n\n" * 500)


@pytest.mark.usefixtures("qtbot")
def test_pressing_q_in_a_long_article_analyses_around_the_span(open_window, fresh_library,
                                                               analysed_lengths):
    from reader.app import main_window
    from reader.core.models import ImportedArticle

    article_id, _ = fresh_library.articles.add(ImportedArticle(
        title="Panjang", text=TEXT, content_hash="long"))
    window = open_window(fresh_library)
    window.open_article(article_id)
    shown = window.reader.article.text
    start = shown.index("Kami tidak")
    end = shown.index(",”", start)
    analysed = analysed_lengths
    window.tag_selection("quote", start, end)
    made = window.annotation_pane.current_annotation()
    assert made is not None and made.speaker.endswith("Lavrov")
    assert analysed and max(analysed) <= 2 * main_window.PREFILL_AROUND + 1_000
