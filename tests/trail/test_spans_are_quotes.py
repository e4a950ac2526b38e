"""The trail's statements are the quotations the quote engine suggests (review F8-10):
a quoted headline or a film's title that two outlets both print is not a statement
quoted twice."""

from pathlib import Path

import pytest

from reader.core.models import ImportedArticle
from reader.core.quotes import suggest
from reader.core.quotes.engine import forget_analyses, sure_quote_spans
from reader.core.trail.spans import quoted_spans

REAL = Path(__file__).resolve().parents[1] / "data" / "quotes_real"

# hand-made, in the house styles the labelled texts show (see their sources there)
HEADLINE = ("Sidang dilanjutkan pekan depan di Pengadilan Negeri Jakarta Pusat. Baca juga: "
            "“Zarof, Lisa, dan Meirizka Jalani Sidang Vonis Kasus Ronald Tannur Hari Ini” "
            "di laman kami.\n\nJaksa belum menanggapi putusan itu.")
FILM = ("Zombies changed with every decade. In 1985's “Return of the Living Dead,” the "
        "zombies hungered not just for flesh. George Romero's “Night of the Living Dead.” "
        "set the rules for all that came after.")
SAID = ("“Kami akan menjaga harga beras tetap stabil sampai akhir tahun,” kata Menteri "
        "Perdagangan di Jakarta.")


@pytest.mark.parametrize("text", [HEADLINE, FILM])
def test_quoted_titles_are_not_statements(text):
    assert not [s for s in suggest(text) if s.kind == "quote"]
    assert quoted_spans(text) == []


def test_a_quotation_is_one():
    [(start, end, exact, _)] = quoted_spans(SAID)
    assert exact == "Kami akan menjaga harga beras tetap stabil sampai akhir tahun"
    assert (start, end) == next((s.start, s.end) for s in suggest(SAID) if s.kind == "quote")


def test_sure_quote_spans_are_suggests_quotations_but_those_a_speech_verb_decides():
    """Over every labelled real text (totals only: no text's errors are looked at), each
    span ``sure_quote_spans`` gives is one of ``suggest``'s quotations, in order; the ones
    it leaves out are the few the engine takes only with a speech verb beside them (under
    1 % of them)."""
    from reader.core.quotes.engine import _sentence_like, _taken_alike
    from reader.core.quotes.marks import find_quotes, paragraphs

    texts = sorted(REAL.glob("*/*.txt"))
    assert len(texts) > 500
    given = left_out = hidden = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        forget_analyses()
        suggested = [s for s in suggest(text) if s.kind == "quote"]
        sure = [(s.start, s.end) for s in sure_quote_spans(text)]
        assert set(sure) <= {(s.start, s.end) for s in suggested}, path.name
        assert sure == sorted(sure)
        paras = paragraphs(text)
        spans = {(s.start, s.end): s for s in find_quotes(text)}
        for gone in [s for s in suggested if (s.start, s.end) not in set(sure)]:
            span = spans.get((gone.start, gone.end))
            if span is None:
                # hidden in the stored text by an unclosed single mark, found where the
                # engine reads a glued English text (quotes/unglue.py): never a sure span
                hidden += 1
                continue
            lo = paras[span.para][0]
            # taken with one attribution it could have, not with another
            assert {_taken_alike(text, span, how, _sentence_like(text, span, lo, how))
                    for how in ("before", "after")} != {True}, path.name
            left_out += 1
        given += len(suggested)
    assert left_out <= given // 100
    # (27 of 4,633 at session 13, all in dev: round 132's Daily Observer text, glued with
    # unclosed single marks, brought 9 of them; under 1 in 150)
    assert hidden <= given // 150


def test_a_speech_verb_only_ever_makes_a_quotation_likelier():
    """What ``sure_quote_spans`` leans on to try few attributions: a quoted span the engine
    takes without a speech verb beside it, it takes with one too; who was found does not
    decide whether it is a quotation. Every span of every labelled text, however it reads."""
    from reader.core.quotes.attribution import Attribution
    from reader.core.quotes.engine import Candidate, _accept
    from reader.core.quotes.marks import find_quotes

    tried = 0
    for path in sorted(REAL.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in find_quotes(text):
            for how in ("before", "after", "subject", "chain", ""):
                for opens in (True, False):
                    taken = {(explicit, speaker): _accept(text, Candidate(
                        span, Attribution(speaker=speaker, explicit=explicit), how, opens)) > 0
                        for explicit in (True, False) for speaker in ("", "Someone")}
                    assert taken[True, ""] == taken[True, "Someone"], path.name
                    assert taken[False, ""] == taken[False, "Someone"], path.name
                    assert taken[True, ""] or not taken[False, ""], path.name
                    tried += 1
    assert tried > 20_000


def test_two_outlets_printing_one_headline_make_no_statement(fresh_library):
    """Before, the headline was a statement of two outlets; the ministers' words, one in
    each article, are items of the trail still (statements quoted once)."""
    lib = fresh_library
    other = SAID.replace("Kami akan menjaga harga beras tetap stabil sampai akhir tahun",
                         "Pelabuhan baru itu mulai melayani kapal barang bulan depan")
    lib.bulk.add_articles([ImportedArticle(
        title=f"Berita {n}", source=outlet, content_hash=f"headline-{n}",
        text=HEADLINE + "\n\n" + said)
        for n, (outlet, said) in enumerate([("Kompas", SAID), ("Tempo", other)])])
    lib.trail.rebuild()
    assert lib.trail.clusters() == []
    store = lib._session.stores.trail
    exacts = sorted(i.exact for a in lib.articles.ids() for i in store.items_of_article(a))
    assert exacts == ["Kami akan menjaga harga beras tetap stabil sampai akhir tahun",
                      "Pelabuhan baru itu mulai melayani kapal barang bulan depan"]
