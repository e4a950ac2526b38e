"""Build ``reader/core/quotes/data/gazetteer_id.txt`` from two public lists (issue 9).

    python tools/build_id_gazetteer.py WILAYAH_SQL NAMES_DIR CAMPUS_CSV

- ``WILAYAH_SQL``: ``db/wilayah.sql`` of github.com/cahyadsn/wilayah (MIT), the region
  codes of Kepmendagri No 300.2.2-2138 Tahun 2025: provinces (code ``NN``), kabupaten and
  kota (``NN.NN``) and kecamatan of two words or more (``NN.NN.NN``); villages
  (``NN.NN.NN.NNNN``) and one-word kecamatan (too often a surname) are left out.
- ``NAMES_DIR``: ``src/assets`` of github.com/mutiawsr/indonesian-names (MIT): Indonesian
  given names and family names, one a line, in six files.
- ``CAMPUS_CSV``: ``data/data.csv`` of github.com/mzakiyuddin/daftar-perguruan-tinggi-indonesia
  (ISC; PDDIKTI's public list of higher-education institutions): the names of the
  universities, institutes and polytechnics, without “Universitas”, “Institut”,
  “Politeknik”.

The output is plain text, lower case, one entry a line, under a ``# section`` line each:
``provinsi``, ``kabkota`` (without “Kabupaten”, “Kota”, “Administrasi”), ``kecamatan``,
``nama`` and ``kampus``. The commits used are recorded in ``reader/core/quotes/data/README.md``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "reader/core/quotes/data/gazetteer_id.txt"
_ROW = re.compile(r"\('([\d.]+)','((?:[^']|'')*)'\)")
_KABKOTA_PREFIX = re.compile(r"^(?:Kabupaten|Kota|Kab\.)\s+(?:Administrasi\s+)?")
NAME_FILES = ("first-female", "first-male", "first-neutral", "last-female", "last-male",
              "last-neutral")


def _clean(name: str) -> str:
    return " ".join(name.replace("''", "'").split()).lower()


def regions(sql: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"provinsi": set(), "kabkota": set(), "kecamatan": set()}
    for m in _ROW.finditer(sql):
        code, name = m.groups()
        level = code.count(".")
        if level == 0:
            out["provinsi"].add(_clean(name))
        elif level == 1:
            out["kabkota"].add(_clean(_KABKOTA_PREFIX.sub("", name)))
        elif level == 2 and " " in _clean(name):
            # (a kecamatan of one word is too often a surname, “Purba”, “Nainggolan”:
            # only those of two words or more are kept)
            out["kecamatan"].add(_clean(name))
    return out


def names(folder: Path) -> set[str]:
    found: set[str] = set()
    for stem in NAME_FILES:
        for line in (folder / f"{stem}.csv").read_text(encoding="utf-8").splitlines():
            word = line.strip().strip(",").lower()
            if word and word.isalpha():
                found.add(word)
    return found


_CAMPUS = re.compile(r"^(?:Universitas|Institut|Politeknik)\s+(.+)$")


def campuses(path: Path) -> set[str]:
    found: set[str] = set()
    for row in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
        m = _CAMPUS.match(row["nama_pt"].strip())
        if m:
            found.add(_clean(m.group(1)))
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    sections = regions(Path(argv[0]).read_text(encoding="utf-8"))
    sections["nama"] = names(Path(argv[1]))
    sections["kampus"] = campuses(Path(argv[2]))
    lines = []
    for key in ("provinsi", "kabkota", "kecamatan", "nama", "kampus"):
        lines.append(f"# {key}")
        lines.extend(sorted(sections[key]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(OUT, {k: len(v) for k, v in sections.items()}, OUT.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
