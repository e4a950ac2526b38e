"""Start the desktop app: ``kutip`` with no command, or the ``kutip-gui`` launcher."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from ..core.library import open_library
    from ..core.store import StoreError
    from . import dialog_helpers
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Kutip")
    app.setApplicationName("Kutip")
    app.setApplicationDisplayName("Kutip")
    app.setStyle("Fusion")
    try:
        library = open_library(db)
    except StoreError as error:
        dialog_helpers.show_error(None, "Kutip cannot open the library", str(error))
        return 1
    window = MainWindow(library)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()


def main() -> None:
    sys.exit(run(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
