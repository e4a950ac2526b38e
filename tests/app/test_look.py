"""The app looks finished: icons on the toolbar, a window icon, a launcher and AppStream data."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "io.github.kutip.Kutip"


def test_toolbar_actions_have_icons_and_short_texts(window):
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert actions
    for action in actions:
        assert not action.icon().isNull(), action.text()
        assert len(action.iconText()) <= 12, action.iconText()
    assert not window.windowIcon().isNull()


def test_icons_follow_a_dark_palette(window):
    from PySide6.QtGui import QColor, QPalette

    before = window.undo_action.icon().pixmap(16, 16).toImage()
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    window.setPalette(palette)
    after = window.undo_action.icon().pixmap(16, 16).toImage()
    assert before != after


def test_desktop_entry_starts_the_gui_script():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert desktop["Exec"].split()[0] in scripts
    assert desktop["Icon"] == APP_ID
    assert (LINUX / f"{APP_ID}.svg").is_file()
    assert desktop["Comment[id]"]


def test_appstream_metadata_names_the_launcher():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("summary[@{http://www.w3.org/XML/1998/namespace}lang='id']") is not None


@pytest.mark.parametrize("tool,args,name", [
    ("desktop-file-validate", [], f"{APP_ID}.desktop"),
    ("appstreamcli", ["validate", "--no-net"], f"{APP_ID}.metainfo.xml"),
])
def test_the_freedesktop_validators_accept_them(tool, args, name):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    result = subprocess.run([tool, *args, str(LINUX / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
