"""Kutip in Indonesian: the translation is complete, loads, and the window speaks it."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from reader.app import i18n
from reader.app.dates import show_date
from reader.app.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kutip_id.ts"


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_has_an_indonesian_translation():
    untranslated = []
    for context, message in _messages(TS):
        translation = message.find("translation")
        texts = ([f.text for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text])
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                (t or "").strip() for t in texts):
            untranslated.append((context, message.findtext("source")))
    assert untranslated == []


def test_the_translation_covers_every_string_wrapped_in_the_code(tmp_path):
    """A string wrapped for translation but missing from kutip_id.ts fails here."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "reader" / "app").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    have = {(c, m.findtext("source")) for c, m in _messages(TS)}
    assert sorted(wanted - have) == []


def test_the_translation_file_carries_no_developer_comments():
    """pyside6-lupdate takes a ``#:`` comment for a note to translators and puts it on the
    next translated text, though the code's ``#:`` comments document a constant
    (``BUSY_RETRY_MS``'s lock story sat on "Quotes Across Outlets"): 24 internal notes in
    the shipped translation file. The Indonesian comes from tools/kutip_id_strings.py;
    tools/i18n.py keeps no such comment."""
    assert [m.findtext("source") for _, m in _messages(TS) if m.find("extracomment")
            is not None] == []


def test_the_compiled_translation_is_shipped_next_to_its_source():
    assert (i18n.translations_dir() / "kutip_id.qm").is_file()


def test_the_language_follows_the_setting_then_the_system(tmp_path):
    settings = QSettings(str(tmp_path / "kutip.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings) == i18n.system_language()
    settings.setValue(i18n.SETTING, "id")
    assert i18n.chosen_language(settings) == "id"
    settings.setValue(i18n.SETTING, "xx")  # unknown: back to the system's
    assert i18n.chosen_language(settings) == i18n.system_language()


def test_indonesian_menus_and_dates(indonesian, open_window, seeded_library):
    window = open_window(seeded_library)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:6] == ["Berkas", "Sunting", "Artikel", "Tampilan", "Pustaka", "Bantuan"]
    edit = [a.text().replace("&", "") for a in window.menuBar().actions()[1].menu().actions()]
    assert "Urungkan" in edit[0] and "Ulangi" in edit[1]
    assert window.right_tabs.tabText(0) == "Anotasi"
    assert window.library_panel.search.placeholderText() == "Cari artikel dan anotasi…"
    assert show_date("2021-12-22") == "22 Des 2021"
    assert QLocale().language() == QLocale.Language.Indonesian


def test_english_is_back_after_switching(indonesian, qapp, open_window, seeded_library):
    i18n.install("en", qapp)
    window = open_window(seeded_library)
    assert window.menuBar().actions()[0].text() == "&File"
    assert show_date("2021-12-22") == "22 Dec 2021"


def test_the_settings_dialog_stores_the_language(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "kutip.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == i18n.SYSTEM
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.accept()
    assert settings.value(i18n.SETTING) == "id"
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Bahasa Indonesia"


def test_file_menu_opens_settings(window):
    assert window.settings_action in window.file_menu.actions()


def test_qt_own_buttons_speak_indonesian(indonesian, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Batal"


# Qt calls and Kutip helpers whose text arguments a person reads
_SHOWN = {"setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText",
          "setLabelText", "showMessage", "addItem", "insertItem", "setTitle", "setPlainText",
          "addAction", "QAction", "QLabel", "QPushButton", "QCheckBox", "QGroupBox",
          "QRadioButton", "show_error", "show_info", "confirm", "progress_dialog",
          "setHeaderLabels", "setWhatsThis", "plain_tooltip", "addTab", "setTabText", "addMenu",
          "ask_text", "ask_item", "input_dialog", "guarded", "message_box", "setSuffix",
          "setPrefix", "setInformativeText", "setDetailedText", "getText", "getSaveFileName",
          "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "setAccessibleName",
          "get_save_file_name", "get_open_file_name", "get_open_file_names",
          "get_existing_directory"}
_NOT_WORDS = {"Kutip", " — Kutip", "YYYY-MM-DD", "https://…"}  # a name, a format, an address


def _literal(node) -> str | None:
    """The text a person would read from an argument written in the code, if it is one."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return (_literal(node.left) or "") + (_literal(node.right) or "")
    if isinstance(node, ast.IfExp):
        return (_literal(node.body) or "") + (_literal(node.orelse) or "")
    return None


def _shown_arguments(name: str, call) -> list:
    """The arguments a person reads: for a combo box's addItem/insertItem the item's text,
    not the data stored with it (``addItem(text, data)``, ``addItem(icon, text, data)``)."""
    args = list(call.args)
    if name == "addItem":
        return args[1:2] if len(args) >= 3 else args[:1]
    if name == "insertItem":
        return args[2:3] if len(args) >= 4 else args[1:2]
    return [*args, *(k.value for k in call.keywords)]


def test_no_interface_text_escapes_translation():
    """Text shown in a widget, a message or an undo step goes through tr()/translate():
    a literal (or f-string) handed straight to one is English in the Indonesian window."""
    import ast
    import re

    found = []
    for path in sorted((ROOT / "reader" / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            undo_step = (name == "__init__" and isinstance(func.value, ast.Call)
                         and getattr(func.value.func, "id", "") == "super")
            if name not in _SHOWN and not undo_step:
                continue
            for arg in _shown_arguments(name, node):
                text = _literal(arg)
                if (text and text not in _NOT_WORDS and "://" not in text  # an example address
                        and re.search("[A-Za-z]{2}", text)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {text!r}")
    assert found == []


# --- the core's messages (reader/core/messages.py) ---------------------------------------

def _core_translations() -> dict[tuple[str, str], ET.Element]:
    return {(m.findtext("comment") or "", m.findtext("source") or ""): m
            for context, m in _messages(TS) if context == i18n.CORE}


def test_every_core_message_has_an_indonesian_translation_with_its_fields():
    """A Message written in the core but missing from kutip_id.ts (tools/i18n.py not run, or
    no Indonesian in tools/kutip_id_strings.py) would reach the Indonesian window in English."""
    from reader.core.messages import catalogue, fields

    have = _core_translations()
    missing, unfit = [], []
    for key, where in sorted(catalogue().items()):
        message = have.get(key)
        text = message.findtext("translation") if message is not None else None
        if (message is None or not (text or "").strip()
                or message.find("translation").get("type") is not None):
            missing.append((key, where[0]))
        elif fields(text) != fields(key[1]):
            unfit.append((key, text))
    assert missing == []
    assert unfit == []


def test_core_messages_reach_the_window_in_indonesian(indonesian):
    from reader.core.importers import ImportFailed, article_from_text
    from reader.core.importers.container import Container
    from reader.core.importers.url import http_message, network_message
    from reader.core.messages import Message, joined

    with pytest.raises(ImportFailed) as empty:
        article_from_text("   ")
    assert i18n.core_text(empty.value) == "tidak ada teks untuk diimpor"
    with pytest.raises(ImportFailed) as broken:  # a parameter that is a message itself
        Container(b"PK\x03\x04 not really", Message("import.kind-docx", "Word document"))
    assert i18n.core_text(broken.value) == (
        "dokumen Word ini rusak atau terpotong (bukan wadah zip yang dapat dibaca)")
    assert i18n.core_text(http_message(404)).startswith("halaman tidak ditemukan")
    assert i18n.core_text(network_message(ConnectionRefusedError(), "contoh.id")) == (
        "contoh.id menolak sambungan")
    both = joined([Message("import.no-text", "no text to import"), "x.txt"])
    assert i18n.core_text(both) == "tidak ada teks untuk diimpor; x.txt"
    assert i18n.core_text(ValueError("a user's own words")) == "a user's own words"


def test_core_messages_stay_english_in_the_english_window(qapp):
    from reader.core.importers.url import http_message

    i18n.install("en", qapp)
    assert i18n.core_text(http_message(404)) == str(http_message(404))


def test_an_import_failure_is_listed_in_indonesian(indonesian, tmp_path):
    from reader.app.import_worker import report_text
    from reader.core.library import open_library

    (tmp_path / "kosong.txt").write_text("")
    library = open_library(tmp_path / "kutip.db")
    try:
        report = library.imports.paths([tmp_path / "kosong.txt", tmp_path / "hilang.txt"])
    finally:
        library.close()
    _, info, details = report_text(report)
    assert "kosong.txt: berkas kosong" in info
    assert "hilang.txt: Berkas atau folder itu tidak ada." in info
    assert "file is empty" not in details


def _except_names(tree) -> set[str]:
    import ast

    return {n.name for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler) and n.name}


def test_errors_from_the_core_are_shown_through_core_text():
    """``str(error)``, ``f"{error}"`` or ``.format(error=error)`` on a caught error shows a
    core message in English: the window shows ``i18n.core_text(error)`` instead."""
    import ast

    found = []
    for path in sorted((ROOT / "reader" / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [(call, _except_names(function)) for function in ast.walk(tree)
                 if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
                 for call in ast.walk(function) if isinstance(call, ast.Call)]
        for node, caught in calls:
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in _SHOWN and name not in ("emit", "append", "format"):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                for part in ast.walk(arg):
                    raw = (isinstance(part, ast.Call) and getattr(part.func, "id", "") == "str"
                           and part.args and isinstance(part.args[0], ast.Name)
                           and part.args[0].id in caught)
                    raw |= (isinstance(part, ast.FormattedValue)
                            and isinstance(part.value, ast.Name) and part.value.id in caught)
                    raw |= (part is arg and name == "format" and isinstance(part, ast.Name)
                            and part.id in caught)
                    if raw:
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert sorted(set(found)) == []


def test_library_errors_reach_the_window_in_indonesian(indonesian, tmp_path):
    from reader.core.library import LibraryError, NotFound, open_library

    library = open_library(tmp_path / "kutip.db")
    try:
        with pytest.raises(NotFound) as missing:
            library.tags.get("tidak/ada")
        with pytest.raises(LibraryError) as bad_url:  # an import reason made a sentence
            library.feeds.add("ftp://contoh.id/rss")
    finally:
        library.close()
    assert i18n.core_text(missing.value) == "Tidak ada label “tidak/ada”."
    assert str(bad_url.value).startswith("Only http:// and https://")  # the CLI's English
    assert i18n.core_text(bad_url.value).startswith("Hanya alamat http:// dan https://")


def test_suggestion_reasons_reach_the_window_in_indonesian(indonesian):
    from reader.core.quotes import suggest

    found = suggest("“Kami tidak ingin berperang,” kata Lavrov. Inflasi naik 5 persen pada "
                    "2021, kata Sri Mulyani.", None, "id")
    reasons = {s.kind: (i18n.core_text(s.reason), i18n.core_text(s.speaker_reason))
               for s in found}
    assert reasons["quote"] == ("kutipan yang diatribusikan lewat 'kata Lavrov'",
                                "dari ‘kata Lavrov’ tepat setelah kutipan")
    assert reasons["claim"][0].startswith("berisi persentase; berisi tanggal")


def test_agreement_warnings_reach_the_window_in_indonesian(indonesian):
    from reader.core.agreement import Coded, agreement_report

    coded = [Coded("ana", 1, 0, 5, "quote", ("t",))]
    report = agreement_report({1: "satu dua tiga"}, coded, ["ana", "budi"])
    shown = [i18n.core_text(w) for c in report.comparisons for w in c.warnings]
    assert "budi tidak mengode apa pun di sini." in shown
    assert str(report.comparisons[0].warnings[0]).startswith("only 1 coded segment(s)")


def test_a_feeds_last_error_is_shown_in_indonesian_and_an_old_one_as_saved(
        indonesian, qtbot, tmp_path):
    # issue 11: a feed's saved error keeps its message (code + parameters), so the Feeds
    # dialog shows it in the interface's language, after the library is closed and opened
    from reader.app.feeds_dialog import FeedsDialog
    from reader.core.importers import ImportFailed
    from reader.core.importers.feed import Feed
    from reader.core.library import open_library
    from reader.core.messages import Message

    def answers(url):
        return Feed(url=url, title="Berita Contoh")

    def silent(url):
        raise ImportFailed(Message("net.timeout", "{host} did not answer within {seconds:g} "
                                   "seconds; try again later", host="contoh.id", seconds=20))

    path = tmp_path / "kutip.db"
    library = open_library(path)
    try:
        first = library.feeds.add("https://contoh.id/rss", fetch=answers)
        second = library.feeds.add("https://lama.id/rss", fetch=answers)
        report = library.feeds.refresh([first.id], fetch=silent)
        assert [i18n.core_text(r) for _, r in report.failed] == \
            ["contoh.id tidak menjawab dalam 20 detik; coba lagi nanti"]
        library.feeds.refresh([second.id], fetch=silent)
    finally:
        library.close()
    import sqlite3  # an error saved by a Kutip before this one: English text only

    conn = sqlite3.connect(path)
    conn.execute("UPDATE feeds SET last_error = 'connection refused', last_error_message = ''"
                 " WHERE id = ?", [second.id])
    conn.commit()
    conn.close()

    library = open_library(path)
    try:
        dialog = FeedsDialog(library)
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, 0).toolTip() == "<qt>Penyegaran terakhir gagal: contoh.id " \
            "tidak menjawab dalam 20 detik; coba lagi nanti</qt>"
        assert dialog.table.item(1, 0).toolTip() == \
            "<qt>Penyegaran terakhir gagal: connection refused</qt>"
        assert library.feeds.get(first.id).last_error == \
            "contoh.id did not answer within 20 seconds; try again later"  # (the CLI's)
    finally:
        library.close()


#: labels printed on the keys of a keyboard sold in Indonesia (US layout): kept as printed
KEYCAPS = {"Ctrl", "Shift", "Alt", "Meta", "Backspace", "Del", "Ins", "Esc", "Tab", "Enter",
           "Home", "End", "PgUp", "PgDn", "PrtSc", "Menu"}


def test_the_shortcuts_window_names_every_key_in_indonesian(indonesian, window):
    # issue 11: Qt's own key names ("Undo", "Redo", "Up", "Space") were English there; Qt
    # ships no Indonesian for them, so Kutip's translation carries them (context QShortcut)
    import re

    from PySide6.QtGui import QKeySequence

    from reader.app.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    words = {part for _what, keys in dialog.rows()
             for part in re.split(r"[+,/ ]+", keys) if part}
    english = {w for w in words if w not in KEYCAPS and not re.fullmatch(r"F?\d+|[A-Z]", w)}
    assert english <= {"Urungkan", "Ulangi", "Klik", "Atas", "Bawah"}, english
    assert "Urungkan" in words and "Ulangi" in words  # the Undo and Redo keys, by name
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Space").toString(native) == "Spasi"
    assert QKeySequence("Ctrl+Left").toString(native) == "Ctrl+Kiri"
    assert QKeySequence("PgDown").toString(native) == "PgDn"
    dialog.deleteLater()


def test_the_quotes_list_and_trail_show_dates_in_indonesian(indonesian):
    # issue 11: the Quotes list's "First seen" read "22 Dec 2021" in the Indonesian window
    from reader.app.dates import show_day
    from reader.app.quotes.model import ClusterTableModel
    from reader.core.trail.model import ClusterSummary

    model = ClusterTableModel()
    model.set_rows([ClusterSummary(1, 3, 3, "2021-12-22", "Sergey Lavrov", "Kami", 1),
                    ClusterSummary(2, 2, 2, "--12-24", "", "Kami", 2)])
    assert model.data(model.index(0, 4)) == "22 Des 2021"
    assert model.data(model.index(1, 4)) == "24 Des"  # (a date without its year)
    assert show_day("--02-29") == "29 Feb" and show_day("22/12") == "22/12"
    # a first date whose year no article gives is marked as the trail marks its versions
    model.set_rows([ClusterSummary(1, 3, 3, "2021-12-22", "Sergey Lavrov", "Kami", 1,
                                   first_date_inferred=True)])
    assert model.data(model.index(0, 4)) == "22 Des 2021 [disimpulkan]"


def test_a_claims_verdict_is_shown_in_the_annotation_list(qapp):
    # issue 11 ("verdicts visible in the article and the annotation list"), both languages
    from reader.app.annotation_model import describe
    from reader.core.models import Annotation

    claim = Annotation(id=1, article_id=1, kind="claim", exact="x", start=0, end=1,
                       verdict="misleading")
    assert describe(claim) == "Claim [misleading]"
    before = QLocale()
    i18n.install("id", qapp)
    try:
        assert describe(claim) == "Klaim [menyesatkan]"
    finally:
        i18n.install("en", qapp)
        QLocale.setDefault(before)


def test_the_quote_trail_is_indonesian_to_its_links_and_dates(indonesian, seeded_library,
                                                               seed_id):
    """The trail's "Open" link was left English (its call sat inside an f-string, where
    lupdate does not look) and its dates used English month names."""
    from reader.app.quotes import trail_html

    quote = seeded_library.annotations.add_exact(
        seed_id, "Saya berharap mereka akan menganggap kami serius", kind="quote")
    html = trail_html(seeded_library.trail.trail(quote.id))
    assert ">Buka</a>" in html and ">Open</a>" not in html
    assert "22 Des 2021" in html and "Dec" not in html


def test_damage_another_process_found_is_shown_in_indonesian(indonesian, tmp_path):
    # issue 11: the marker next to a damaged library kept only the English sentence, so a
    # window opened later (or by another process) said it in English
    from reader.core.library import open_library
    from reader.core.store import DamagedLibrary, damage_marker
    from tests.test_faults import _damage_deep_inside

    path = tmp_path / "kutip.db"
    _damage_deep_inside(path)
    first = open_library(path)
    try:  # the command line meets damaged pages and marks the file
        with pytest.raises(DamagedLibrary):
            first.search.find("berita")
    finally:
        first.close()
    note = damage_marker(path).read_text(encoding="utf-8")
    assert note.startswith("The library file is damaged: ")  # for a person reading it
    later = open_library(path)
    try:
        with pytest.raises(DamagedLibrary) as raised:
            later.refuse_if_damaged()
    finally:
        later.close()
    shown = i18n.core_text(raised.value)
    assert shown.startswith(f"Berkas pustaka rusak: {path} (")
    assert "Kutip tidak akan menulis ke berkas ini" in shown

    damage_marker(path).write_text("The library file is damaged: by hand.\n")  # (old note)
    again = open_library(path)
    try:
        with pytest.raises(DamagedLibrary, match="by hand"):
            again.refuse_if_damaged()
    finally:
        again.close()


def test_qts_own_file_dialog_speaks_indonesian(indonesian, qtbot, tmp_path):
    # issue 11: where the desktop offers no file dialog (no GTK, no portal: the minimal
    # system the README names), Qt's own is used, and Qt ships no Indonesian for it
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    from reader.app.file_dialogs import make_dialog

    (tmp_path / "berita.txt").write_text("Isi.")
    (tmp_path / "arsip").mkdir()
    dialog = make_dialog(None, "Impor Berkas", str(tmp_path), "",
                         QFileDialog.FileMode.ExistingFiles)  # (as every dialog of the app)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(QTreeView).model().rowCount(
        dialog.findChild(QTreeView).rootIndex()) == 2)
    shown = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)}
    shown |= {w.toolTip() for w in dialog.findChildren(QAbstractButton)}
    view = dialog.findChild(QTreeView)
    header = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:", "&Buka", "Folder Induk",
            "Buat Folder Baru", "Tampilan Rincian"} <= shown
    assert header == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]
    model, root = view.model(), view.rootIndex()
    [folder] = [model.index(r, 2, root) for r in range(model.rowCount(root))
                if model.index(r, 0, root).data() == "arsip"]
    assert folder.data() == "Folder"
    [text] = [model.index(r, 2, root) for r in range(model.rowCount(root))
              if model.index(r, 0, root).data() == "berita.txt"]
    assert text.data() == "Berkas TXT"  # (typed by its name: R16-11)
    assert not shown & {"Look in:", "&Look in:", "File &name:", "&Open", "Parent Directory",
                        "Detail View", "List View", "Create New Folder", "Back", "Forward"}


def test_qts_own_menus_and_colour_dialog_speak_indonesian(indonesian, qtbot):
    # issue 11: right-click in a text field, in the article or on a spin box, and Tags →
    # Recolour's colour dialog, showed Qt's English ("Cu&t", "Select All", "Basic colors")
    from PySide6.QtWidgets import QColorDialog, QLabel, QLineEdit, QPushButton, QTextBrowser

    field = QLineEdit("Lavrov")
    article = QTextBrowser()
    article.setPlainText("Kami tidak ingin berperang")
    qtbot.addWidget(field)
    qtbot.addWidget(article)
    field.selectAll()
    article.selectAll()
    for menu in (field.createStandardContextMenu(), article.createStandardContextMenu()):
        texts = [a.text().split("	")[0] for a in menu.actions() if a.text()]
        assert {"&Salin", "Pilih Semua"} <= set(texts), texts
        assert not {"&Copy", "Cu&t", "&Paste", "Select All", "Delete"} & set(texts)
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(letters) == len(set(letters)), texts  # one key each
    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    shown = {w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)}
    assert {"Warna &dasar", "&Merah:", "&Tambahkan ke Warna Khusus"} <= shown
    assert not {"&Basic colors", "&Red:", "&Add to Custom Colors"} & shown


def test_a_speaker_spelled_by_the_library_is_explained_in_indonesian(indonesian):
    from reader.core.quotes import suggest

    found = suggest("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jenewa.\n\n“Kami tidak mau "
                    "mengambil jalan konfrontasi dengan siapa pun,” kata Lavrov.",
                    {"Sergey Lavrov": "Sergey Lavrov"}, "id")
    [quote] = [s for s in found if s.kind == "quote"]
    assert i18n.core_text(quote.speaker_reason) == (
        "dari ‘kata Lavrov’ tepat setelah kutipan; artikel menyebut nama lengkapnya Sergei "
        "Lavrov; narasumber di pustaka Anda: Sergey Lavrov")


def test_an_annotated_part_in_the_trail_is_indonesian(indonesian, seeded_library, seed_id):
    from reader.app.quotes import trail_html
    from tests.trail.conftest import DATA, LAVROV

    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, LAVROV, kind="quote")
    lib.imports.paths([DATA / "republika-lavrov.txt"])
    republika = max(lib.articles.ids())  # (imported last)
    part = lib.annotations.add_exact(republika, "Kami tidak ingin mengambil jalur konfrontasi",
                                     kind="quote")
    html = trail_html(lib.trail.trail(quote.id))
    assert (f"sebagian dianotasi sebagai #{part.id} — narasumber tidak disebut: “Kami tidak"
            " ingin mengambil jalur konfrontasi”") in html


def test_a_merges_edited_texts_are_named_in_indonesian(indonesian):
    """Review R17-7: the merge report names an article whose text was edited on one side."""
    from reader.app.exchange_controller import report_text
    from reader.core.library.exchange import MergeReport

    report = MergeReport(texts_replaced=["Banjir Jakarta"], texts_kept=["Pasar Ikan"],
                         annotations_orphaned=2)
    shown = report_text(report)
    assert "“Banjir Jakarta”: teks yang lebih baru dari pustaka yang digabungkan" in shown
    assert "“Pasar Ikan”: teks pustaka ini dipertahankan" in shown
    assert "2 di antaranya tidak dapat ditempatkan" in shown


def test_a_merge_report_and_an_export_summary_reach_the_window_in_indonesian(indonesian):
    """The merge's report was English in the Indonesian app (session 18's leftover): its
    counts now come as the core's messages; the command line's English is unchanged."""
    from reader.app.exchange_controller import report_text
    from reader.core.library.exchange import ExportSummary, MergeReport

    report = MergeReport(articles_added=2, articles_present=1, annotations_added=5,
                         collections_blinded=1, texts_kept=["Judul"])
    shown = report_text(report)
    assert shown.startswith("Digabungkan:\n  artikel: 2 ditambahkan, 1 sudah ada di sini\n"
                            "  anotasi: 5 ditambahkan, 0 diperbarui")
    assert "1 koleksi juga dikode tersamar di sini" in shown
    assert "teks yang disunting di satu pihak: 0 diganti" in shown
    assert "Merged" not in shown and "added" not in shown
    assert str(report.summary()).startswith(
        "Merged:\n  articles: 2 added, 1 already here\n  annotations: 5 added, 0 updated")
    assert "Uji coba" in i18n.core_text(MergeReport(dry_run=True).summary())
    written = ExportSummary("x.kutip", articles=3, annotations=7).summary()
    assert i18n.core_text(written) == "3 artikel dan 7 anotasi ditulis"
    assert written == "3 article(s) and 7 annotation(s) written"
