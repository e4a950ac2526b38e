"""Blind double-coding in the window (issue 14): Library → Code Collection Blind, undoable;
a banner over an article coded blind; only the current coder's annotations shown, and
another coder's once the coder changes; the sidebar marks blind collections."""

from reader.app.collections_sidebar import IdRole

LAVROV = "Kami tidak ingin berperang"


def _code(library, article_id, coder, exact, **fields):
    library.coders.use(coder)
    note = library.annotations.add_exact(article_id, exact, **fields)
    library.coders.use(None)
    return note


def _choose_collection(window, collection_id):
    sidebar = window.sidebar
    row = next(i for i in range(sidebar.count())
               if sidebar.item(i).data(IdRole) == collection_id)
    sidebar.setCurrentRow(row)


def test_code_a_collection_blind_from_the_window(window, seeded_library, seed_id, tmp_path):
    lib = seeded_library
    ana = _code(lib, seed_id, "Ana", LAVROV, kind="quote")
    budi = _code(lib, seed_id, "Budi", "Rusia", kind="highlight")
    collection = lib.collections.id_of("Sampel", create=True)
    lib.collections.add([seed_id], collection)
    window.coding_as.use("Budi")
    window.open_article(seed_id)
    blind = window.coding_as.blind
    assert not blind.banner.isVisible()
    assert not blind.action.isEnabled()  # "All articles": nothing to code blind
    _choose_collection(window, collection)
    assert blind.action.isEnabled() and not blind.action.isChecked()
    window.open_article(seed_id)

    blind.action.trigger()  # on
    assert lib.coders.blind_collections() == [collection]
    assert blind.action.isChecked() and blind.banner.isVisible()
    assert "Budi's annotations" in blind.banner.text()
    assert window.coding_as.label.text() == "Coding as Budi · blind"
    assert [a.id for a in window.annotation_pane.visible_annotations()] == [budi.id]
    assert [a.id for a in window.reader._annotations] == [budi.id]
    assert "· blind" in window.sidebar.currentItem().text()
    shown = window.library_panel.model.article(window.library_panel.model.row_of(seed_id))
    assert (shown.quotes, shown.highlights) == (0, 1)  # Budi's own counts, not Ana's quote
    window.grab().save(str(tmp_path / "blind.png"))

    window.coding_as.use("Ana")  # another coder: her own only
    assert [a.id for a in window.annotation_pane.visible_annotations()] == [ana.id]
    assert "Ana's annotations" in blind.banner.text()

    window.undo_stack.undo()  # no longer blind
    assert lib.coders.blind_collections() == []
    assert not blind.banner.isVisible() and not blind.action.isChecked()
    assert len(window.annotation_pane.visible_annotations()) == 2
    assert window.coding_as.label.text() == "Coding as Ana"
    window.undo_stack.redo()
    assert lib.coders.blind_collections() == [collection] and blind.banner.isVisible()


def test_deleting_a_blind_article_says_how_many_annotations_of_everyone_go(
        window, seeded_library, seed_id, monkeypatch):
    lib = seeded_library
    _code(lib, seed_id, "Ana", LAVROV, kind="quote")
    _code(lib, seed_id, "Budi", "Rusia", kind="highlight")
    collection = lib.collections.id_of("Sampel", create=True)
    lib.collections.add([seed_id], collection)
    lib.coders.set_blind(collection)
    window.coding_as.use("Budi")
    window.open_article(seed_id)
    said = []
    monkeypatch.setattr("reader.app.dialog_helpers.confirm",
                        lambda parent, title, text, informative="", ok_text="": said.append(
                            informative) or False)
    window.delete_articles()
    assert said == ["Their 2 annotation(s) go too. You can undo this with Ctrl+Z."]


def test_the_speaker_and_tag_completions_and_filters_leave_out_another_coders_blind_work(
        window, seeded_library, seed_id):
    """Review R15-17: coding blind, the speaker field's completions, the tag completions and
    the library list's speaker and tag filters offer no speaker or tag only another coder's
    blind work uses; back when the collection is no longer blind."""
    lib = seeded_library
    _code(lib, seed_id, "Budi", LAVROV, kind="quote", speaker="Budi Secret Speaker",
          tags=["budi-secret-tag"])
    collection = lib.collections.id_of("Sampel", create=True)
    lib.collections.add([seed_id], collection)
    window.coding_as.use("Ana")
    window.open_article(seed_id)
    _choose_collection(window, collection)
    pane, panel = window.annotation_pane, window.library_panel

    def offered():
        panel.refresh_choices()
        filters = [panel.speaker, panel.tag]
        for combo in filters:
            combo.ensure_filled()
        return (set(pane.speaker_names.stringList()) | set(pane.tag_names.stringList())
                | {combo.itemData(i) for combo in filters for i in range(1, combo.count())})

    assert {"Budi Secret Speaker", "budi-secret-tag"} <= offered()  # not blind yet
    window.coding_as.blind.action.trigger()  # coded blind: Ana's completions lose them
    assert lib.coders.blind_collections() == [collection]
    assert not {"Budi Secret Speaker", "budi-secret-tag"} & offered()
    window.coding_as.use("Budi")  # his own work
    assert {"Budi Secret Speaker", "budi-secret-tag"} <= offered()
    window.coding_as.use("Ana")
    assert not {"Budi Secret Speaker", "budi-secret-tag"} & offered()
    window.undo_stack.undo()  # no longer blind
    assert {"Budi Secret Speaker", "budi-secret-tag"} <= offered()
