"""``speakers_of``: the speakers of some spans of one text, the article analysed only as far
as they need (the quote trail's first open, issue 15), are ``attribute_speaker``'s."""

from reader.core.quotes import attribute_speaker, speakers_of, suggest, written_name
from reader.core.quotes.engine import analysed, forget_analyses
from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold


def _both(text: str, spans: list[tuple[int, int]], aliases: dict[str, str] | None = None
          ) -> tuple[list, list]:
    forget_analyses()
    old = [attribute_speaker(text, start, end, aliases) for start, end in spans]
    forget_analyses()  # (else it answers from the analysis remembered)
    return old, speakers_of(text, spans, aliases)


def test_the_speakers_of_every_real_dev_quotation_are_attribute_speakers():
    """Every quotation suggest() finds and every labelled one, all of an article's asked
    at once (as the trail asks), on the real dev set of both languages."""
    checked = named = 0
    for article in load_gold(REAL_DEV_DIR):
        spans = [(s.start, s.end) for s in suggest(article.text) if s.kind == "quote"]
        spans += [(start, end) for start, end, _ in article.quotes]
        old, new = _both(article.text, spans)
        assert new == old, article.name
        checked += len(spans)
        named += sum(1 for found in new if found)
    assert checked > 7000 and named > 6000


TEXT = (
    "Lima warga terluka dalam kebakaran di pasar itu. Kepala Dinas Pemadam Kebakaran Rina "
    "Kusuma mengatakan api berasal dari sebuah kios.\n\n"
    "“Kami masih menyelidiki penyebabnya,” ujar Rina di lokasi, Senin.\n\n"
    "“Para pedagang diminta tidak kembali dulu ke kios mereka.\n\n"
    "“Bangunan ini belum aman untuk dimasuki,” katanya.\n\n"
    "Sementara itu, Wali Kota Budi Santoso berjanji membantu para pedagang. “Kami akan "
    "menyiapkan tempat sementara,” kata Budi.\n\n"
    "Bangunan itu dibangun pada 1998 dan direnovasi terakhir kali pada 2015."
)


def test_a_chain_a_span_no_quotation_stands_for_and_nothing_asked():
    """A quotation spread over paragraphs (its first part takes the speaker of the last),
    a selection of narration (attributed as if quoted: every quotation analysed), an empty
    span, a span past the end."""
    first = TEXT.index("Para pedagang")
    later = TEXT.index("Bangunan ini")
    narration = TEXT.index("api berasal")
    spans = [(first, first + 40), (later, later + 30), (narration, narration + 25),
             (5, 5), (len(TEXT) + 3, len(TEXT) + 9), (TEXT.index("Kami akan"), len(TEXT))]
    old, new = _both(TEXT, spans)
    assert new == old
    assert [found[0] if found else "" for found in new[:2]] == ["Rina Kusuma"] * 2
    assert new[5] is not None and new[5][0] == "Budi Santoso"
    assert speakers_of(TEXT, []) == []


def test_a_text_analysed_already_answers_from_there():
    start = TEXT.index("Kami akan")
    forget_analyses()
    suggest(TEXT)  # (the Suggestions tab's analysis, remembered)
    assert speakers_of(TEXT, [(start, start + 20)]) == [attribute_speaker(TEXT, start,
                                                                          start + 20)]


def test_written_name_without_the_analysis_when_the_article_writes_the_name():
    """``written_name`` answers '' without analysing when the article writes the library
    speaker's own name (what ``People.written_as`` answers then); otherwise as before."""
    text = ("Foreign Minister Sergey Lavrov said on Monday: “We will not accept it.” "
            "Lavrov added that talks would go on. Sergei Lavrov is the library's spelling.")
    aliases = {"sergei lavrov": "Sergei Lavrov"}  # (the article's spelling is close)
    other = text.replace(" Sergei Lavrov is the library's spelling.", "")
    for article in (text, other):
        forget_analyses()
        fast = written_name(article, "Sergei Lavrov", aliases)
        assert fast == analysed(article, aliases).people.written_as("Sergei Lavrov")
    assert written_name(text, "Sergei Lavrov", aliases) == ""
    assert written_name(other, "Sergei Lavrov", aliases) == "Sergey Lavrov"


def test_written_name_reads_the_text_the_engine_reads():
    """``written_name`` analyses the text ``reading`` gives, as ``suggest`` does: with a
    bidi control inside the article's "Sergei Lavrov", ``suggest`` told the quote's
    written name "Sergei Lavrov" and ``written_name`` "" (it analysed the stored text,
    where the name is cut in two), so a quote stored by hand lost the article's
    spelling that the Suggestions tab showed."""
    text = ("Moskow - Menteri Luar Negeri Rusia Sergei La\u202evrov bertemu wartawan.\n\n"
            "\u201cKami tidak akan menyerang siapa pun di Ukraina,\u201d kata Lavrov kepada"
            " wartawan di Moskow, Senin.\n")
    aliases = {"Sergey Lavrov": "Sergey Lavrov"}
    forget_analyses()
    (quote,) = [s for s in suggest(text, aliases) if s.kind == "quote"]
    assert (quote.speaker, quote.speaker_written) == ("Sergey Lavrov", "Sergei Lavrov")
    assert written_name(text, "Sergey Lavrov", aliases) == "Sergei Lavrov"
    clean = text.replace("\u202e", "")
    assert written_name(clean, "Sergey Lavrov", aliases) == "Sergei Lavrov"
