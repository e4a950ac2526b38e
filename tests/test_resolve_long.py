"""R14-2: storing a quote tagged with a name the library does not know resolved that name
against the WHOLE article on the window's thread (Q on a 12.5 MB text: 50 s). A long
article is read around the quotation only, the window the Q pre-fill analyses (c2f6888);
an article below the app's whole-text limit is read whole, as before."""

from __future__ import annotations

from collections import OrderedDict

import pytest

from reader.core.library import speakers
from reader.core.models import ImportedArticle
from reader.core.quotes import engine

FILLER = ("Harga beras di pasar induk naik lagi pekan ini, menurut catatan dinas"
          " perdagangan setempat.\n\n")
QUOTE = ("Menteri Luar Negeri Rusia Sergey Lavrov berbicara di Moskow.\n\n"
         "“Kami tidak ingin berperang dengan siapa pun di kawasan ini,” kata Lavrov.\n\n")


@pytest.fixture
def analysed(monkeypatch) -> list[int]:
    """The length of every text the quote engine analyses from now on: each analysis goes
    into the engine's cache (watched there, not by patching engine.analyse, which the
    compiled engine (reader/core/quotes/_compiled.py) calls directly, past any patch)."""
    lengths: list[int] = []

    class Recorded(OrderedDict):
        def __setitem__(self, key, value):
            lengths.append(len(key[0]))
            super().__setitem__(key, value)

    engine.forget_analyses()
    monkeypatch.setattr(engine, "_analysed", Recorded())
    return lengths


def _add(lib, text: str, speaker: str = "Lavrov"):
    article_id, _ = lib.articles.add(ImportedArticle(title="Lavrov", text=text))
    start = text.index("Kami tidak")
    return lib.annotations.add(article_id, start, text.index(",”", start), kind="quote",
                               speaker=speaker)


@pytest.mark.parametrize("where", ["add", "edit"])
def test_a_new_name_on_a_long_article_is_resolved_around_the_quotation(fresh_library, analysed,
                                                                        where):
    """Tagged with the name (Q, then the speaker typed), or the name given later."""
    lib = fresh_library
    text = FILLER * 500 + QUOTE + FILLER * 500
    assert len(text) > 10 * speakers.RESOLVE_AROUND
    if where == "add":
        made = _add(lib, text)
    else:
        made = lib.annotations.update(_add(lib, text, speaker="").id, speaker="Lavrov")
    assert made.speaker == "Sergey Lavrov"
    assert analysed and max(analysed) <= 2 * speakers.RESOLVE_AROUND + len(QUOTE) + 400


def test_a_person_named_only_far_away_keeps_the_name_typed(fresh_library, analysed):
    """The window's known cost (as the pre-fill's): the full name is not in it."""
    lib = fresh_library
    text = QUOTE.split("\n\n")[0] + "\n\n" + FILLER * 500 + QUOTE.split("\n\n", 1)[1] \
        + FILLER * 500
    assert _add(lib, text).speaker == "Lavrov"
    assert max(analysed) < len(text) // 2


def test_an_article_below_the_limit_is_read_whole(fresh_library, analysed):
    lib = fresh_library
    text = QUOTE.split("\n\n")[0] + "\n\n" + FILLER * 95 + QUOTE.split("\n\n", 1)[1] \
        + FILLER * 95
    assert 2 * speakers.RESOLVE_AROUND < len(text) < speakers.RESOLVE_WHOLE_BELOW
    assert _add(lib, text).speaker == "Sergey Lavrov"
    assert max(analysed) == len(text)
