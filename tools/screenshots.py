"""Screenshots of the app to look at (and the README's): ``python tools/screenshots.py OUT``.

Opens the main window on a throw-away library (the seed article and the two other outlets'
versions of the Lavrov story in tests/data/trail, with a quote, two claims and a
highlight) and saves it, and the main dialogs, as PNG files in OUT for every combination
asked for: ``--lang en id``, ``--palette light dark``, ``--size 1000x650 1400x900``,
``--font 1.0 1.5`` (a scale of the system font). Runs offscreen; nothing touches the
user's library or settings.

    python tools/screenshots.py /tmp/shots --lang id --palette dark --font 1.5
    python tools/screenshots.py resources/screenshots --readme   # the README's picture
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas "
          "memastikan keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")


def dark_palette():
    """A dark Fusion palette, as a dark desktop gives Qt."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                      (role.Base, "#1e1e1e"), (role.AlternateBase, "#2a2a2a"),
                      (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                      (role.ButtonText, "#e6e6e6"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#3a3a3a"),
                      (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#9a9a9a"),
                      (role.Link, "#8ab4f8"), (role.BrightText, "#ffffff"),
                      (role.Mid, "#444444"), (role.Dark, "#202020"), (role.Light, "#505050")):
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#808080"))
    return p


def make_library(path: Path):
    from reader.core.library import open_library

    library = open_library(path, seed=True)
    trail = ROOT / "tests" / "data" / "trail"
    library.imports.paths([trail / "antara-lavrov.txt", trail / "republika-lavrov.txt"])
    seed = library.articles.ids(sort="id")[0]
    quote = library.annotations.add_exact(seed, LAVROV, kind="quote", speaker="Sergey Lavrov",
                                          tags=["framing/diplomacy"])
    library.annotations.add_exact(seed, "Rusia akan mengadakan diskusi terpisah dengan NATO",
                                  kind="claim", verdict="misleading", tags=["framing/threat"])
    library.annotations.add_exact(seed, "Ukraina", kind="highlight", tags=["place"])
    return library, seed, quote.id


def shoot(out: Path, lang: str, palette: str, size: tuple[int, int], font: float,
          readme: bool = False) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication

    from reader.app import app_style, i18n
    from reader.app.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app_style.apply(app)  # as the app does
    i18n.install(lang, app)
    app.setPalette(dark_palette() if palette == "dark" else app.style().standardPalette())
    base = QFont(app.font())
    base.setPointSizeF(10.0 * font)
    app.setFont(base)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        library, seed, quote = make_library(Path(tmp) / "library.sqlite")
        settings = QSettings(str(Path(tmp) / "kutip.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)
        window.resize(*size)
        # the panes a first run at this size gets (the offscreen screen is 800×800: the
        # window sized them for that, and what it gained went to the article alone, so
        # the shots showed side panes narrower than any user's: R13-5's "titles cut after
        # ~20 characters", a form squeezed beside the Quotes dock)
        window._default_sizes()
        window.show()
        window.open_article(seed)
        window.library_panel.select_article(seed)
        app.processEvents()
        window.annotation_pane.select(quote, emit=False)  # the form filled in
        app.processEvents()
        name = "main-window" if readme else (
            f"main-{lang}-{palette}-{size[0]}x{size[1]}-font{font:g}")
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{name}.png"
        window.grab().save(str(target))
        saved.append(target)
        if not readme:
            saved += _dialogs(window, out, f"{lang}-{palette}-font{font:g}", seed)
        window.close()
        library.close()
    app.setPalette(QPalette())
    return saved


def _dialogs(window, out: Path, suffix: str, seed: int) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from reader.app.article_details import ArticleDetailsDialog
    from reader.app.export_dialog import ExportDialog
    from reader.app.shortcuts_dialog import ShortcutsDialog
    from reader.app.tag_manager import TagManagerDialog

    saved = []
    makers = {
        "details": lambda: ArticleDetailsDialog(window.library, seed, window),
        "export": lambda: ExportDialog(window.library, article_id=seed, parent=window,
                                       settings=window.settings),
        "tags": lambda: TagManagerDialog(window.library, window.undo_stack, window),
        "shortcuts": lambda: ShortcutsDialog(window),
    }
    for name, make in makers.items():
        try:
            dialog = make()
        except TypeError as error:  # a signature changed: say which, keep the others
            print(f"{name}: {error}", file=sys.stderr)
            continue
        dialog.show()
        for _ in range(20):
            QApplication.processEvents()
        target = out / f"{name}-{suffix}.png"
        dialog.grab().save(str(target))
        saved.append(target)
        dialog.close()
        dialog.deleteLater()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", nargs="+", default=["en"], choices=["en", "id"])
    parser.add_argument("--palette", nargs="+", default=["light"], choices=["light", "dark"])
    parser.add_argument("--size", nargs="+", default=["1400x900"])
    parser.add_argument("--font", nargs="+", type=float, default=[1.0])
    parser.add_argument("--readme", action="store_true",
                        help="only the README's picture: English, light, 1400x900")
    args = parser.parse_args()
    if args.readme:
        for path in shoot(args.out, "en", "light", (1400, 900), 1.0, readme=True):
            print(path)
        return 0
    for lang in args.lang:
        for palette in args.palette:
            for size in args.size:
                w, h = (int(n) for n in size.lower().split("x"))
                for font in args.font:
                    for path in shoot(args.out, lang, palette, (w, h), font):
                        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
