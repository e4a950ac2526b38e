"""A non-editable install carries what a first run needs: the seed article and the templates."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # KUTIP_PURE: the wheel's contents are checked here, not the quote engine's compiling
    # (hatch_build.py; minutes of CPU)
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                             str(out), str(ROOT)], capture_output=True, text=True,
                            env={**os.environ, "KUTIP_PURE": "1"})
    if result.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {result.stderr.strip()[-300:]}")
    [built] = out.glob("kutip-*.whl")
    return built


def test_the_wheel_carries_the_seed_and_the_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert {f"reader/_data/seeds/{name}" for name in seeds} <= names
    templates = sorted(p.name for p in (ROOT / "resources" / "templates").iterdir())
    assert {f"reader/_data/resources/templates/{name}" for name in templates} <= names
    assert "reader/_data/resources/i18n/kutip_id.qm" in names  # the Indonesian interface
    assert not any(name.startswith(("tests/", "bench/")) for name in names)


def test_the_wheel_declares_both_launchers(wheel):
    archive = zipfile.ZipFile(wheel)
    [entry_points] = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
    text = archive.read(entry_points).decode()
    assert "kutip = reader.launcher:main" in text
    assert "[gui_scripts]" in text and "kutip-gui = reader.app.main:main" in text
