"""The README names exactly the Debian packages CI installs for Qt (.ci/debian-packages.txt)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def ci_packages() -> list[str]:
    lines = (ROOT / ".ci" / "debian-packages.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def readme_packages() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"sudo apt install ([^\n\\]*(?:\\\n[^\n\\]*)*)", readme).group(1)
    return command.replace("\\", " ").split()


def test_readme_lists_the_packages_ci_installs():
    assert readme_packages() == ci_packages()


def test_the_xcb_plugin_needs_are_named():
    # the two that the xcb plugin needed besides libxcb-cursor0 and a minimal Linux lacked
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= set(ci_packages())


def test_the_readme_installs_into_a_venv_with_a_recent_pip():
    # issue 11: on Debian 12 `pip install .` into the system's Python is refused (PEP 668),
    # and its pip 23.0 warns about lxml's html_clean extra: the README's command makes a venv
    # (python3-venv named among the packages) and upgrades pip before installing
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line.strip() for line in readme.splitlines()
                   if "pip install ." in line and "kutip" in line)
    assert command == ("python3 -m venv .venv && . .venv/bin/activate && pip install -U pip"
                       " && pip install . && kutip")
    assert "python3-venv" in ci_packages()


def test_ci_installs_a_package_removed_without_purge():
    """A package removed with `apt remove` keeps its config files and `dpkg -s` still
    succeeds for it: .ci/run skipped installing the Noto fonts on such a machine, and
    test_scripts_have_fonts failed there. It asks for "install ok installed"."""
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "dpkg -s" not in run and "install ok installed" in run
