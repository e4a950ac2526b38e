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


@pytest.fixture
def indonesian(qapp):
    before = QLocale()
    assert i18n.install("id", qapp)
    yield
    i18n.install("en", qapp)
    QLocale.setDefault(before)


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
          "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "setAccessibleName"}
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
