"""The mypyc-compiled quote engine (issue 9's speed; reader/core/quotes/_compiled.py).

- compiled modules are used only while they match their sources: an edited module runs as
  pure Python, with a warning, never the stale compiled code;
- compiled and pure Python give the same suggestions on every labelled text;
- CI (CI set) installs the compiled engine, so the suite and bench/quotes.py measure it.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from reader.core import quotes
from reader.core.quotes import _compiled

ROOT = Path(__file__).resolve().parents[1]
COMPILED = quotes.ENGINE == "compiled"


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the engine's sources and a 'build' of them (empty libraries, right stamp)."""
    sources, built = tmp_path / "src", tmp_path / "built"
    sources.mkdir()
    built.mkdir()
    for m in _compiled.MODULES:
        shutil.copy(_compiled.HERE / f"{m}.py", sources / f"{m}.py")
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in (*_compiled.MODULES, f"{_compiled.GROUP}__mypyc"):
        (built / f"{name}{suffix}").write_bytes(b"")
    (built / _compiled.STAMP).write_text(json.dumps(_compiled.stamp(sources)), encoding="utf-8")
    return sources, built


def test_a_build_that_matches_its_sources_is_used(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_compiled.OPT_OUT, raising=False)
    sources, built = _fake_build(tmp_path)
    libraries, why = _compiled.check(sources, built)
    assert why == ""
    assert set(libraries) == {f"reader.core.quotes.{m}" for m in _compiled.MODULES} | {
        f"{_compiled.GROUP}__mypyc"}
    # touched, not changed (a checkout, a wheel's files): the hashes still match
    os.utime(sources / "engine.py", ns=(1, 1))
    assert _compiled.check(sources, built) == (libraries, "")


def test_an_edited_source_makes_the_build_stale(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_compiled.OPT_OUT, raising=False)
    sources, built = _fake_build(tmp_path)
    seen = (sources / "engine.py").stat()
    with (sources / "engine.py").open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    assert _compiled.check(sources, built) == ({}, "stale")
    os.utime(sources / "engine.py", ns=(seen.st_atime_ns, seen.st_mtime_ns))  # even with its time
    assert _compiled.check(sources, built) == ({}, "stale")
    with pytest.warns(RuntimeWarning, match="older than its sources"):
        assert _compiled.use(sources, built) == ("pure", "stale")


def test_no_build_incomplete_build_or_opt_out_is_pure(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_compiled.OPT_OUT, raising=False)
    sources, built = _fake_build(tmp_path)
    assert _compiled.check(sources, tmp_path / "nothing") == ({}, "not compiled")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no build is no warning
        assert _compiled.use(sources, tmp_path / "nothing") == ("pure", "not compiled")
    monkeypatch.setenv(_compiled.OPT_OUT, "1")
    assert _compiled.check(sources, built) == ({}, f"{_compiled.OPT_OUT} is set")
    monkeypatch.delenv(_compiled.OPT_OUT)
    next(built.glob("names.*")).unlink()
    assert _compiled.check(sources, built) == ({}, "incomplete")


def test_ci_runs_the_compiled_engine() -> None:
    if not os.environ.get("CI"):
        pytest.skip("CI only: a machine without a C compiler installs pure Python")
    assert COMPILED, f"the quote engine is not compiled in CI: {quotes._WHY}"


_ENGINE_OF_A_COPY = ("import sys, warnings; warnings.simplefilter('always'); "
                     "sys.path.insert(0, sys.argv[1]); import reader.core.quotes as q, "
                     "reader.core.quotes.engine as e; "
                     "print(q.ENGINE, e.__file__, getattr(e, 'EDITED', '-'))")


@pytest.mark.skipif(not COMPILED, reason="the quote engine is not compiled here")
def test_an_edited_engine_in_a_compiled_tree_runs_its_edit(tmp_path: Path) -> None:
    """A copy of the installed tree runs compiled; after an edit to engine.py, pure Python
    (the edit is what runs) and a warning."""
    shutil.copytree(ROOT / "reader", tmp_path / "reader",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env = {k: v for k, v in os.environ.items() if k != _compiled.OPT_OUT}
    run = subprocess.run([sys.executable, "-c", _ENGINE_OF_A_COPY, str(tmp_path)],
                         capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    engine, where, edited = run.stdout.split()
    assert engine == "compiled" and where.startswith(str(tmp_path / "reader")), run.stdout
    assert edited == "-"
    assert Path(where).suffix != ".py" and "older than its sources" not in run.stderr
    engine_py = tmp_path / "reader" / "core" / "quotes" / "engine.py"
    engine_py.write_text(engine_py.read_text(encoding="utf-8") + "\nEDITED = True\n",
                         encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", _ENGINE_OF_A_COPY,
                          str(tmp_path)], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True)
    assert run.stdout.split() == ["pure", str(engine_py), "True"]
    assert "older than its sources" in run.stderr


_DUMP = """
import glob, json, sys
from reader.core.quotes import ENGINE, suggest
from reader.core.quotes.engine import forget_analyses
paths = sorted(glob.glob('tests/data/quotes_real/**/*.txt', recursive=True)
               + glob.glob('tests/data/quotes/*.txt'))
out = {}
for p in paths:
    forget_analyses()
    out[p] = [repr(s) for s in suggest(open(p, encoding='utf-8').read())]
json.dump({'engine': ENGINE, 'answers': out}, sys.stdout)
"""


@pytest.mark.skipif(not COMPILED, reason="the quote engine is not compiled here")
def test_compiled_and_pure_engines_give_the_same_answers() -> None:
    """Every suggestion on every labelled text (1,891 texts), compiled and pure Python.
    Only the names of differing development texts are printed (never-tuned sets: counts)."""
    def dump(pure: bool) -> dict[str, list[str]]:
        env = {k: v for k, v in os.environ.items() if k != _compiled.OPT_OUT}
        if pure:
            env[_compiled.OPT_OUT] = "1"
        run = subprocess.run([sys.executable, "-c", _DUMP], capture_output=True, text=True,
                             env=env, cwd=ROOT, check=True)
        out = json.loads(run.stdout)
        assert out["engine"] == ("pure" if pure else "compiled")
        answers: dict[str, list[str]] = out["answers"]
        return answers

    compiled, pure = dump(False), dump(True)
    assert len(compiled) > 1000 and compiled.keys() == pure.keys()
    differ = [p for p in compiled if compiled[p] != pure[p]]
    shown = [p for p in differ if "/dev/" in p or "quotes_real" not in p]
    assert not differ, f"{len(differ)} texts differ; development ones: {shown[:20]}"
