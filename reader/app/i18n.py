"""The interface's language: English or Indonesian, through Qt's translation system.

Translations are ``resources/i18n/kutip_<code>.ts`` (made with ``pyside6-lupdate``) compiled to
``.qm`` (``pyside6-lrelease``) and shipped in the wheel. The language follows the system locale
unless the user chose one in Settings (stored as ``language`` in QSettings; used from the next
start). Dates follow the same language through the default QLocale.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QT_TRANSLATE_NOOP3,
    QCoreApplication,
    QLocale,
    QSettings,
    QTranslator,
)

from ..core.messages import JOINED, SENTENCE, Message, capital, message_of
from ..core.paths import resources_dir

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}  # code -> name in that language
SETTING = "language"  # "" (or absent) = follow the system
SYSTEM = ""


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The system locale's language if Kutip speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to show: the one chosen in Settings, or the system's."""
    value = str((settings or QSettings()).value(SETTING, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    """The language the interface shows now (``install``'s; English when it is none of
    ``LANGUAGES``)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


#: the language exports are written in when the user chose one in the Export dialog
EXPORT_LANGUAGE = "export/language"


def export_language(settings: QSettings | None) -> str:
    """The language a Markdown export or a quote trail is written in: the one last chosen
    in the Export dialog, else the interface's (R13-10)."""
    chosen = str(settings.value(EXPORT_LANGUAGE, "") or "") if settings is not None else ""
    return chosen if chosen in LANGUAGES else current_language()


_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def install(language: str, app: QCoreApplication | None = None) -> bool:
    """Show the interface in ``language`` from now on; False if its translation is missing.

    English needs no translation file. Dates (QLocale's default) follow in either case.
    """
    app = app or QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(f"kutip_{language}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``: for code outside a QObject (lupdate finds the calls)."""
    return QCoreApplication.translate(context, text)


_KINDS = {"quote": QT_TRANSLATE_NOOP("Kinds", "quote"),
          "claim": QT_TRANSLATE_NOOP("Kinds", "claim"),
          "highlight": QT_TRANSLATE_NOOP("Kinds", "highlight")}
_KINDS_WITH = {"quote": QT_TRANSLATE_NOOP("Kinds", "With quotes"),
               "claim": QT_TRANSLATE_NOOP("Kinds", "With claims"),
               "highlight": QT_TRANSLATE_NOOP("Kinds", "With highlights")}


def kind_name(kind: str) -> str:
    """"quote" / "kutipan": an annotation kind in the interface's language."""
    return QCoreApplication.translate("Kinds", _KINDS.get(str(kind), str(kind)))


def with_kind(kind: str) -> str:
    """"With quotes" / "Berisi kutipan": the library's kind filter."""
    return QCoreApplication.translate("Kinds", _KINDS_WITH.get(str(kind), f"With {kind}s"))


_TITLES = {"quote": QT_TRANSLATE_NOOP("Kinds", "Quote"),
           "claim": QT_TRANSLATE_NOOP("Kinds", "Claim"),
           "highlight": QT_TRANSLATE_NOOP("Kinds", "Highlight"),
           "unchecked": QT_TRANSLATE_NOOP("Kinds", "Unchecked"),
           "true": QT_TRANSLATE_NOOP("Kinds", "True"),
           "false": QT_TRANSLATE_NOOP("Kinds", "False"),
           "misleading": QT_TRANSLATE_NOOP("Kinds", "Misleading"),
           "unverifiable": QT_TRANSLATE_NOOP("Kinds", "Unverifiable")}
_COUNTS = {"quote": (QT_TRANSLATE_NOOP("Counts", "1 quote"),
                     QT_TRANSLATE_NOOP("Counts", "{n} quotes")),
           "claim": (QT_TRANSLATE_NOOP("Counts", "1 claim"),
                     QT_TRANSLATE_NOOP("Counts", "{n} claims")),
           "highlight": (QT_TRANSLATE_NOOP("Counts", "1 highlight"),
                         QT_TRANSLATE_NOOP("Counts", "{n} highlights"))}


def title(value: str) -> str:
    """"Quote" / "Kutipan", "Misleading" / "Menyesatkan": a kind or verdict as a label."""
    return QCoreApplication.translate("Kinds", _TITLES.get(str(value), str(value).capitalize()))


#: the name a library file gives its built-in coder (``store.migrations.DEFAULT_CODER``): a
#: name no person chose, so the interface says what it is, in its own language
DEFAULT_CODER = "default"


def coder_name(name: str) -> str:
    """A coder's name as the interface shows it: the built-in coder as "default coder"
    ("pengode bawaan"), anyone else's name as it is."""
    if name == DEFAULT_CODER:
        return QCoreApplication.translate("Coders", "default coder")
    return name


def kind_count(kind: str, n: int) -> str:
    """"1 quote" / "3 quotes" in the interface's language ("3 kutipan")."""
    one, many = _COUNTS.get(str(kind), (f"1 {kind}", f"{{n}} {kind}s"))
    translate = QCoreApplication.translate
    return translate("Counts", one) if n == 1 else translate("Counts", many).format(n=n)


# Qt's own dialog buttons (QDialogButtonBox, QMessageBox) ask the "QPlatformTheme" context; Qt
# ships no Indonesian for them, so Kutip's translation carries these few.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QDockWidget", "Float"),  # a dock's title-bar buttons
    QT_TRANSLATE_NOOP("QDockWidget", "Close"),
    QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"),  # a tab bar's arrows, when tabs overflow
    QT_TRANSLATE_NOOP("QTabBar", "Scroll Right"),
)


# Qt names keys in the "QShortcut" context (menus, Help → Keyboard Shortcuts); Qt ships no
# Indonesian for them either. Keys whose names are words are translated ("Urungkan" for the
# Undo key, "Spasi", "Atas"); the labels printed on the keys of the keyboards sold in
# Indonesia (US layout: Ctrl, Shift, Alt, Backspace, Del, Esc, Tab, Enter) stay as printed,
# as Indonesian Windows and macOS write them, so a person finds the key that is named.
QT_KEYS = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Meta"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Ins"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Tab"),
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Home"),
    QT_TRANSLATE_NOOP("QShortcut", "End"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "Space"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "Undo"),
    QT_TRANSLATE_NOOP("QShortcut", "Redo"),
    QT_TRANSLATE_NOOP("QShortcut", "Copy"),
    QT_TRANSLATE_NOOP("QShortcut", "Cut"),
    QT_TRANSLATE_NOOP("QShortcut", "Paste"),
    QT_TRANSLATE_NOOP("QShortcut", "Find"),
    QT_TRANSLATE_NOOP("QShortcut", "Help"),
    QT_TRANSLATE_NOOP("QShortcut", "Print"),
    QT_TRANSLATE_NOOP("QShortcut", "Menu"),
    QT_TRANSLATE_NOOP("QShortcut", "Back"),
    QT_TRANSLATE_NOOP("QShortcut", "Forward"),
)

# Qt's own file dialog, used where the desktop offers none of its own (no GTK, no portal:
# the minimal system the README names): Qt ships no Indonesian for it either. The two
# with a disambiguation are added to the translation by tools/i18n.py (lupdate does not
# read QT_TRANSLATE_NOOP3 in Python).
QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show "),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog",
                      "%1\nFile not found.\nPlease verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct "
                      "directory name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog",
                      "'%1' is write protected.\nDo you want to delete it anyway?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP3("QFileSystemModel", "Type", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
)

# Qt's own context menus in text fields, the article and spin boxes, and its colour dialog
# (Tags → Recolour): English too without a catalogue of Qt's
QT_MENUS = (
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    QT_TRANSLATE_NOOP("QColorDialog", "Select Color"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Basic colors"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Custom colors"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Add to Custom Colors"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Pick Screen Color"),
    QT_TRANSLATE_NOOP("QColorDialog", "Cursor at %1, %2\nPress ESC to cancel"),
    QT_TRANSLATE_NOOP("QColorDialog", "Hu&e:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Sat:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Val:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Red:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Green:"),
    QT_TRANSLATE_NOOP("QColorDialog", "Bl&ue:"),
    QT_TRANSLATE_NOOP("QColorDialog", "A&lpha channel:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&HTML:"),
)

CORE = "Core"  # the translation context of the core's messages (reader.core.messages)


def core_text(value: object) -> str:
    """Text from the core in the interface's language: a ``Message``, an error raised with
    one, or anything else as ``str()`` gives it (a user's own text, an OS error).

    The template is looked up by its code (Qt's disambiguation) in the "Core" context that
    ``tools/i18n.py`` fills from the core's source; its fields are filled with the message's
    parameters, each translated the same way. A translation that does not fit its
    parameters falls back to the English rather than failing.
    """
    message = message_of(value)
    if message is None:
        return str(value)
    params = {k: core_text(v) if isinstance(v, Message) else v
              for k, v in message.params.items()}
    if message.code == JOINED:
        return message.template.format(**params)
    text = QCoreApplication.translate(CORE, message.template, message.code)
    try:
        text = text.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(message)
    return capital(text) if message.code == SENTENCE else text
