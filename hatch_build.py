"""Build hook: compile the quote engine with mypyc when the machine can (issue 9's speed).

Run by hatchling for every wheel, editable or not. It compiles the modules named in
``reader/core/quotes/_compiled.py`` (MODULES) into ``reader/core/quotes/_mypyc/`` with a stamp of
their sources; the package loads them from there only while the sources still match (an edited
module runs as pure Python until the next install). Without a C compiler, or when mypyc fails,
or with ``KUTIP_PURE=1`` in the environment, the install is pure Python and says so. The first
suggest on a 5,000-word text takes ~45 ms compiled, ~64 ms pure (bench/quotes.py).
Compiling takes ~4 minutes of CPU.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
PACKAGE_DIR = ROOT / "reader" / "core" / "quotes"


def _settings() -> Any:
    # _compiled.py by its path: importing the package would import its dependencies
    spec = importlib.util.spec_from_file_location("_kutip_compiled", PACKAGE_DIR / "_compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_engine(out: Path) -> None:
    """Compile the engine's modules into ``out`` (run in a process of its own)."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    settings = _settings()
    sources = [f"reader/core/quotes/{m}.py" for m in settings.MODULES]
    with tempfile.TemporaryDirectory() as work:
        extensions = mypycify(sources, opt_level="3", group_name=settings.GROUP,
                              target_dir=str(Path(work) / "c"))
        dist = Distribution({"name": "kutip-quotes", "ext_modules": extensions})
        build = dist.get_command_obj("build_ext")
        build.build_lib = str(Path(work) / "lib")
        build.build_temp = str(Path(work) / "temp")
        build.parallel = os.cpu_count() or 1
        dist.run_command("build_ext")
        for library in Path(work, "lib").rglob("*.so"):
            shutil.copy2(library, out / library.name)
        for library in Path(work, "lib").rglob("*.pyd"):
            shutil.copy2(library, out / library.name)


class MypycHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        settings = _settings()
        # an editable install keeps them in the tree (git-ignored); a wheel takes them from a
        # directory of its own, so building a wheel never touches a checkout's compiled modules
        editable = version == "editable"
        if editable:
            shutil.rmtree(settings.BUILT, ignore_errors=True)
        if os.environ.get(settings.OPT_OUT, "") not in ("", "0"):
            self.app.display_info(f"{settings.OPT_OUT} is set: the quote engine stays pure Python")
            return
        stamp = settings.stamp()  # of the sources before compiling: an edit meanwhile is stale
        self.app.display_info("Compiling the quote engine with mypyc (a few minutes; "
                              f"{settings.OPT_OUT}=1 skips it)")
        with tempfile.TemporaryDirectory() as out:
            run = subprocess.run([sys.executable, __file__, out], cwd=ROOT,
                                 capture_output=True, text=True)
            if run.returncode != 0:
                self.app.display_warning(
                    "Could not compile the quote engine (no C compiler?); it runs as pure "
                    "Python, about a third slower:\n" + (run.stderr or run.stdout)[-2000:])
                return
            built = settings.BUILT if editable else Path(tempfile.mkdtemp()) / "_mypyc"
            built.mkdir()
            for library in Path(out).iterdir():
                shutil.copy2(library, built / library.name)
        (built / settings.STAMP).write_text(json.dumps(stamp, indent=1), encoding="utf-8")
        self.app.display_info(f"Compiled quote engine in {built}")
        if not editable:
            self._wheel_copy = built.parent
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
            build_data["force_include"][str(built)] = "reader/core/quotes/_mypyc"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        wheel_copy = getattr(self, "_wheel_copy", None)
        if wheel_copy is not None:
            shutil.rmtree(wheel_copy, ignore_errors=True)


if __name__ == "__main__":
    compile_engine(Path(sys.argv[1]))
