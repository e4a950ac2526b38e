"""Start the desktop app: ``kutip`` with no command, or the ``kutip-gui`` launcher."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Kutip")
    label.show()
    return app.exec()
