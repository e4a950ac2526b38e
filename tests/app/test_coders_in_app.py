"""Several coders in the window (issue 14): the annotation pane names each annotation's
coder and filters by coder (the article's marks follow), the library list filters
articles by coder, and the first start asks who is coding."""

from reader.app.coding_as import SETTING
from reader.core.models import ImportedArticle
from reader.core.store.migrations import DEFAULT_CODER


def _code(library, article_id, coder, exact, kind="quote", **fields):
    library.coders.use(coder)
    note = library.annotations.add_exact(article_id, exact, kind=kind, **fields)
    library.coders.use(None)
    return note


def test_the_pane_names_coders_and_filters_by_one(window, seeded_library, seed_id, tmp_path):
    ana = _code(seeded_library, seed_id, "Ana", "Kami tidak ingin berperang", speaker="Lavrov")
    budi = _code(seeded_library, seed_id, "Budi", "Kami tidak ingin berperang")
    window.open_article(seed_id)
    pane = window.annotation_pane
    assert pane.coder_filter.isVisible()
    assert [pane.coder_filter.itemData(i) for i in range(pane.coder_filter.count())] == [
        "", "Ana", "Budi"]
    rows = [pane.model.data(pane.model.index(r, 0)) for r in range(pane.model.rowCount())]
    assert any("· Ana" in r for r in rows) and any("· Budi" in r for r in rows)
    pane.select(ana.id)
    assert pane.coder_label.text() == "Coded by Ana"

    pane.show_coder("Budi")
    assert [a.id for a in pane.visible_annotations()] == [budi.id]
    assert [a.id for a in window.reader._annotations] == [budi.id]  # the marks follow
    assert "Budi's only" in pane.heading.text()
    window.grab().save(str(tmp_path / "pane_by_coder.png"))

    pane.select(ana.id)  # (a click on another coder's mark) shows everyone's again
    assert pane.chosen_coder() == ""
    assert {a.id for a in window.reader._annotations} == {ana.id, budi.id}


def test_one_coder_alone_sees_no_coder_names(window, seeded_library, seed_id):
    window.open_article(seed_id)
    window.tag_selection("highlight", 0, 2)
    pane = window.annotation_pane
    assert not pane.coder_filter.isVisible()
    assert "·" not in pane.model.data(pane.model.index(0, 0))
    assert pane.visible_annotations()[0].coder == DEFAULT_CODER


def test_a_new_annotation_shows_even_while_another_coder_is_filtered(window, seeded_library,
                                                                     seed_id):
    _code(seeded_library, seed_id, "Ana", "Kami tidak ingin berperang")
    window.coding_as.use("Budi")
    window.open_article(seed_id)
    window.annotation_pane.show_coder("Ana")
    window.tag_selection("highlight", 0, 2)
    made = window.annotation_pane.current_annotation()
    assert made is not None and made.coder == "Budi"


def test_the_library_list_filters_articles_by_coder(window, seeded_library, seed_id):
    other, _ = seeded_library.articles.add(ImportedArticle(
        title="Lain", text="Satu dua tiga empat.", content_hash="lain"))
    _code(seeded_library, seed_id, "Ana", "Kami tidak ingin berperang")
    _code(seeded_library, other, "Budi", "Satu dua")
    panel = window.library_panel
    assert panel.model.rowCount() == 2
    panel.coder.setCurrentIndex(panel.coder.findData("Budi"))
    panel.apply_filter()
    assert [panel.model.article_id(r) for r in range(panel.model.rowCount())] == [other]
    assert panel.current_filter().coder == "Budi"


def test_the_first_start_asks_who_is_coding_once(window, settings, monkeypatch):
    asked: list[bool] = []

    def answer(self, first_time=False):
        asked.append(first_time)
        return self.use("Citra")

    monkeypatch.setattr(type(window.coding_as), "choose", answer)
    settings.remove(SETTING)
    window.coding_as.ask_first_time()
    window.coding_as.ask_first_time()  # the answer is kept: not asked again
    assert asked == [True]
    assert settings.value(SETTING) == "Citra"


def test_closing_the_first_question_keeps_the_default_coder(window, settings, monkeypatch):
    monkeypatch.setattr(type(window.coding_as), "choose", lambda self, first_time=False: False)
    settings.remove(SETTING)
    window.coding_as.ask_first_time()
    assert settings.contains(SETTING)
    assert window.coding_as.current == DEFAULT_CODER


def test_the_built_in_coder_is_named_as_such_and_alone_needs_no_name(window, seeded_library,
                                                                      seed_id):
    """"Coded by default" read as "coded automatically": the form names a coder only when
    the list does (several coders here), and the built-in coder as "default coder"."""
    mine = seeded_library.annotations.add_exact(seed_id, "Kami tidak ingin berperang",
                                                kind="quote")
    window.open_article(seed_id)
    pane = window.annotation_pane
    pane.select(mine.id)
    assert pane.current_annotation().coder == DEFAULT_CODER
    assert pane.coder_label.text() == ""  # one coder alone: no name, as the rows

    _code(seeded_library, seed_id, "Ana", "Kami tidak ingin berperang")
    window.open_article(seed_id)
    pane.select(mine.id)
    assert pane.coder_label.text() == "Coded by default coder"
    assert [pane.coder_filter.itemText(i) for i in range(1, pane.coder_filter.count())] == [
        "Ana", "default coder"]
    assert pane.coder_filter.itemData(2) == DEFAULT_CODER  # (the filter still filters by name)
    rows = [pane.model.data(pane.model.index(r, 0)) for r in range(pane.model.rowCount())]
    assert any("· default coder" in r for r in rows)


def test_the_built_in_coder_in_indonesian(qapp):
    from PySide6.QtCore import QLocale

    from reader.app import i18n

    before = QLocale()
    assert i18n.install("id", qapp)
    try:
        assert i18n.coder_name(DEFAULT_CODER) == "pengode bawaan"
        assert i18n.coder_name("Ana") == "Ana"
    finally:
        i18n.install("en", qapp)
        QLocale.setDefault(before)


def test_the_status_bar_and_the_library_filter_name_the_built_in_coder(window, seeded_library,
                                                                        seed_id):
    seeded_library.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote")
    window.coding_as.use(None)
    assert "default coder" in window.coding_as.action.text()
    combo = window.library_panel.coder
    combo.ensure_filled()
    labels = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert labels[DEFAULT_CODER] == "default coder"


def test_tagging_with_a_coder_chosen_does_not_count_every_coders_annotations(
        window, seeded_library, seed_id, monkeypatch):
    """Review R20-15: with a coder chosen in the library's filter, each tag refilled the
    coder menu from ``coders.all()`` (a count over every annotation: 3-7 s at a million,
    on the window's thread, three times per tag). The menu reads the names alone."""
    _code(seeded_library, seed_id, "Ana", "Kami tidak ingin berperang")
    _code(seeded_library, seed_id, "Budi", "Rusia", kind="highlight")
    panel = window.library_panel
    panel.coder.setCurrentIndex(panel.coder.findData("Budi"))
    panel.apply_filter()
    counts: list[object] = []
    store = seeded_library.coders._store
    original = store.counted
    monkeypatch.setattr(store, "counted", lambda *a, **k: counts.append(a) or original(*a, **k))
    window.open_article(seed_id)
    window.tag_selection("highlight", 0, 2)
    seeded_library.notify_external_change("articles")  # (as poll_external's after a tag)
    assert counts == []
    assert [panel.coder.itemData(i) for i in range(1, panel.coder.count())] == [
        "Ana", "Budi", DEFAULT_CODER]  # (the tag just made is the default coder's)
    assert panel.current_filter().coder == "Budi"
