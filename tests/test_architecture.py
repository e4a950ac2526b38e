"""The architecture holds: the core never imports Qt, its layers have no cycles (checked by
import-linter, as napari does), and it passes the type checker (strict for reader/core).

Both tools run through ``sys.executable`` so the suite (and CI) always runs them: a missing
tool is a failure here, never a silent skip.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_tool(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True)


def test_import_linter_contracts_hold():
    result = run_tool("import sys; from importlinter.cli import lint_imports_command;"
                      " sys.exit(lint_imports_command())", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and " 0 broken" in result.stdout  # it really ran
    assert "The Library's areas" in result.stdout  # ... with the layers contracts


def test_the_type_checker_passes(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_importing_the_core_loads_no_qt():
    code = ("import sys, reader.core.library, reader.core.export, reader.core.quotes, "
            "reader.cli; print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "False"


#: SQL in a module of the services, the app or the CLI: every area reaches its data through
#: a store interface (reader/core/store/interfaces.py), so none of them holds any.
SQL = re.compile(r"\b(SELECT\s[\s\S]{0,300}?\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO|"
                 r"UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|TRIGGER)|PRAGMA \w+)")


def test_sql_lives_in_the_store():
    found = set()
    for path in [*(ROOT / "reader" / "app").rglob("*.py"),
                 *(ROOT / "reader" / "core" / "library").glob("*.py"),
                 *(ROOT / "reader").glob("cli*.py")]:
        if SQL.search(path.read_text(encoding="utf-8")):
            found.add(path.relative_to(ROOT).as_posix())
    assert found == set(), "SQL outside reader/core/store"


def _sources(*globs: str) -> list[Path]:
    return [path for pattern in globs for path in sorted(ROOT.glob(pattern))]


def test_the_services_reach_storage_only_through_the_store_interfaces():
    # no database handle in the services: Session holds only the Stores (issue 13)
    handle = re.compile(r"\.db\b|\b_db\b|\bDatabase\b|\bPgDatabase\b")
    found = {path.relative_to(ROOT).as_posix() for path in _sources("reader/core/library/*.py")
             if handle.search(path.read_text(encoding="utf-8"))}
    assert found == set()


def test_the_app_and_the_cli_call_the_services_only():
    # neither reaches past the areas into the stores, the session or a database handle
    reach = re.compile(r"\.(stores|_session|_stores|db)\b")
    found = {path.relative_to(ROOT).as_posix()
             for path in _sources("reader/app/**/*.py", "reader/cli*.py")
             if reach.search(path.read_text(encoding="utf-8"))}
    assert found == set()


def test_the_app_and_the_cli_meet_only_the_stores_errors():
    # the stores turn engine errors into StoreError (a translated Message): neither the app
    # nor the CLI imports or catches sqlite3 (or psycopg) errors of its own
    engine = re.compile(r"^\s*(import|from)\s+(sqlite3|sqlite_utils|psycopg)\b|"
                        r"\b(sqlite3|psycopg)\.\w*(Error|Warning)\b", re.MULTILINE)
    found = {path.relative_to(ROOT).as_posix()
             for path in _sources("reader/app/**/*.py", "reader/cli*.py")
             if engine.search(path.read_text(encoding="utf-8"))}
    assert found == set()
