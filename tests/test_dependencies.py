"""Every third-party module the package imports is a declared dependency.

A fresh install gets only what pyproject.toml lists, so a module that happens to be installed on
a developer's machine (numpy, qtawesome …) but is not listed breaks the app for a new user.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = set()
    for spec in project["dependencies"]:
        names.add(_normal(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0]))
    return names


def _imported_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "reader").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                found.setdefault(top, path)
    return found


def test_every_third_party_import_is_a_declared_dependency():
    dists = packages_distributions()
    declared = _declared()
    missing = []
    for module, path in _imported_modules().items():
        if module in sys.stdlib_module_names or module in {"reader", "__future__"}:
            continue
        owners = {_normal(d) for d in dists.get(module, [])}
        # PySide6-Essentials provides PySide6 and shiboken6
        if not owners & declared and not (module in {"PySide6", "shiboken6"}
                                           and "pyside6-essentials" in declared):
            missing.append(f"{module} (first imported in {path.relative_to(ROOT)})")
    assert not missing, "imported but not in pyproject's dependencies: " + ", ".join(missing)
