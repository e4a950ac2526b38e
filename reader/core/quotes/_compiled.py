"""Which build of the quote engine runs: mypyc-compiled or pure Python (issue 9's speed).

An install compiles the engine's modules (``MODULES``) with mypyc when it can (see
``hatch_build.py``: no C compiler, or ``KUTIP_PURE=1``, and the install stays pure Python).
The compiled modules are kept apart, in ``_mypyc/`` beside this file, with ``stamp.json``: the
SHA-256 of each module's source they were compiled from. They are used only while every source
still has that hash: in an editable install a developer who edits ``engine.py`` gets the edited
pure-Python module (and a warning saying the compiled ones are stale), never the old compiled
code. ``KUTIP_PURE=1`` in the environment runs pure Python whatever is built.

``ENGINE`` says which one runs: ``"compiled"``, ``"pure"``; ``WHY`` says why it is pure.

Two habits of the compiled code, for speed (issue 9): a module constant read in the analysis's
loops is declared ``Final`` (mypyc reads it as a C static; any other module-level name is looked
up in the module's dict at each use), and a dataclass made by the hundreds per analysis writes
its ``__init__`` out (mypyc leaves the one ``@dataclass`` generates interpreted: ``names.Phrase``).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = "reader.core.quotes"
# the modules mypyc compiles (gazetteer reads a file beside its own __file__ and stays pure)
MODULES = ("attribution", "captions", "cast", "claims", "engine", "language", "lexicon",
           "marks", "names", "ranker", "speaker_weights", "unglue", "vocabulary")
GROUP = "kutip_quotes"  # mypyc's shared library: the top-level module ``kutip_quotes__mypyc``
HERE = Path(__file__).resolve().parent
BUILT = HERE / "_mypyc"
STAMP = "stamp.json"
OPT_OUT = "KUTIP_PURE"


def stamp(sources: Path = HERE) -> dict[str, object]:
    """What compiled modules must match: the interpreter's tag and each source's SHA-256
    (``seen``: the sources' sizes and times then, to skip hashing while they are unchanged)."""
    return {"python": sys.implementation.cache_tag,
            "sources": {m: hashlib.sha256((sources / f"{m}.py").read_bytes()).hexdigest()
                        for m in MODULES},
            "seen": _seen(sources)}


def _seen(sources: Path) -> list[list[int]]:
    return [[(st := (sources / f"{m}.py").stat()).st_size, st.st_mtime_ns] for m in MODULES]


def _matches(recorded: object, sources: Path) -> bool:
    if not isinstance(recorded, dict) or recorded.get("python") != sys.implementation.cache_tag:
        return False
    if recorded.get("seen") == _seen(sources):  # not touched since (13 stats, not ~1 ms hashing)
        return True
    return recorded.get("sources") == stamp(sources)["sources"]


def _library(built: Path, name: str) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        if (built / f"{name}{suffix}").is_file():
            return built / f"{name}{suffix}"
    return None


def check(sources: Path = HERE, built: Path = BUILT) -> tuple[dict[str, Path], str]:
    """The compiled modules to load (full name -> library) if ``built`` holds a build of
    ``sources`` as they are now, else nothing and why not."""
    if os.environ.get(OPT_OUT, "") not in ("", "0"):
        return {}, f"{OPT_OUT} is set"
    try:
        recorded = json.loads((built / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, "not compiled"
    if not _matches(recorded, sources):
        return {}, "stale"
    found = {f"{PACKAGE}.{m}": _library(built, m) for m in MODULES}
    found[f"{GROUP}__mypyc"] = _library(built, f"{GROUP}__mypyc")
    libraries = {name: path for name, path in found.items() if path is not None}
    if len(libraries) < len(found):
        return {}, "incomplete"
    return libraries, ""


class _Compiled(MetaPathFinder):
    """Imports the compiled modules from ``_mypyc/`` instead of the sources beside them."""

    def __init__(self, libraries: dict[str, Path]) -> None:
        self.libraries = libraries

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        library = self.libraries.get(fullname)
        if library is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(library))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(library))


def use(sources: Path = HERE, built: Path = BUILT) -> tuple[str, str]:
    """Make the package's imports load the compiled modules when they are fresh; which
    engine runs and why. Warns when compiled modules are there but older than the sources."""
    libraries, why = check(sources, built)
    if not libraries:
        if why == "stale":
            warnings.warn(
                f"{built}: the compiled quote engine is older than its sources; running pure "
                "Python (reinstall, e.g. pip install -e ., to compile it again)",
                RuntimeWarning, stacklevel=3)
        return "pure", why
    if not any(isinstance(f, _Compiled) for f in sys.meta_path):
        sys.meta_path.insert(0, _Compiled(libraries))
    return "compiled", ""
