"""A tag checks the text it was made on (issue 17, item 7): offsets taken from a text that
changed underneath (re-imported by another process while shown) are never applied as they
are; the same words are found again, or the write is refused."""

import pytest

from reader.core.library import Library, SeenSpan, TextChanged, text_hash

LAVROV = "Kami tidak ingin berperang"


def _shift(library, article_id, lead="Catatan redaksi: berita ini diperbarui.\n\n"):
    """Another process re-imports the article with a paragraph put in front."""
    other = Library(library.path)
    try:
        text = other.articles.get(article_id).text
        other.texts.replace(article_id, lead + text)
    finally:
        other.close()


def test_a_tag_on_a_text_shifted_underneath_lands_on_the_same_words(seeded_library, seed_id):
    shown = seeded_library.articles.get(seed_id).text
    start = shown.index(LAVROV)
    seen = SeenSpan.of(shown, start, start + len(LAVROV))
    _shift(seeded_library, seed_id)
    note = seeded_library.annotations.add(seed_id, start, start + len(LAVROV), seen=seen)
    assert note.exact == LAVROV and note.start > start


def test_without_the_check_old_offsets_hit_other_words(seeded_library, seed_id):
    """What went wrong before: the same offsets on the new text are other words."""
    shown = seeded_library.articles.get(seed_id).text
    start = shown.index(LAVROV)
    _shift(seeded_library, seed_id)
    assert seeded_library.annotations.add(seed_id, start, start + len(LAVROV)).exact != LAVROV


def test_a_tag_whose_words_went_away_is_refused(seeded_library, seed_id):
    shown = seeded_library.articles.get(seed_id).text
    start = shown.index(LAVROV)
    seen = SeenSpan.of(shown, start, start + len(LAVROV))
    seeded_library.texts.replace(seed_id, shown.replace(LAVROV, "Kami siap berunding"))
    with pytest.raises(TextChanged, match="changed since it was shown"):
        seeded_library.annotations.add(seed_id, start, start + len(LAVROV), seen=seen)
    assert seeded_library.annotations.for_article(seed_id) == []


def test_a_tag_on_words_that_now_occur_twice_elsewhere_is_refused(seeded_library, seed_id):
    shown = seeded_library.articles.get(seed_id).text
    start = shown.index(LAVROV)
    seen = SeenSpan.of(shown, start, start + len(LAVROV))
    new = f"“{LAVROV}.” Lalu: “{LAVROV}.”\n\n" + shown.replace(LAVROV, "Kami siap")
    seeded_library.texts.replace(seed_id, new)
    with pytest.raises(TextChanged):
        seeded_library.annotations.add(seed_id, start, start + len(LAVROV), seen=seen)


def test_an_unchanged_text_takes_the_offsets_as_they_are(seeded_library, seed_id):
    shown = seeded_library.articles.get(seed_id).text
    start = shown.index("Gazprom")
    seen = SeenSpan.of(shown, start, start + 7)
    assert seeded_library.annotations.add(seed_id, start, start + 7, seen=seen).start == start


def test_a_reattach_checks_the_text_too(seeded_library, seed_id):
    shown = seeded_library.articles.get(seed_id).text
    note = seeded_library.annotations.add_exact(seed_id, LAVROV)
    orphan = seeded_library.annotations.mark_orphan(note.id)
    start = shown.index(LAVROV)
    seen = SeenSpan.of(shown, start, start + len(LAVROV))
    _shift(seeded_library, seed_id)
    placed = seeded_library.annotations.reattach(orphan.id, start, start + len(LAVROV), seen=seen)
    assert placed.exact == LAVROV


def test_an_edit_of_the_text_never_overwrites_a_newer_text(seeded_library, seed_id):
    opened = seeded_library.articles.get(seed_id).text
    _shift(seeded_library, seed_id)
    newer = seeded_library.articles.get(seed_id).text
    with pytest.raises(TextChanged, match="nothing was replaced"):
        seeded_library.texts.replace(seed_id, opened + "\n\nTambahan.",
                                    based_on=text_hash(opened))
    assert seeded_library.articles.get(seed_id).text == newer
    seeded_library.texts.replace(seed_id, newer + "\n\nTambahan.", based_on=text_hash(newer))


def test_undoing_an_edit_never_puts_the_old_text_over_a_newer_one(seeded_library, seed_id):
    library = seeded_library
    before = library.texts.snapshot(seed_id)
    library.texts.replace(seed_id, before["article"]["text"] + "\n\nTambahan.")
    edited = library.articles.get(seed_id).text
    _shift(library, seed_id)  # re-imported elsewhere after the edit
    newer = library.articles.get(seed_id).text
    with pytest.raises(TextChanged, match="not put back"):
        library.texts.restore(before, based_on=text_hash(edited))
    assert library.articles.get(seed_id).text == newer
