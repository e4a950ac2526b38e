"""The portable library file at scale (issue 14): export, read, merge, merge again.

    python bench/exchange.py                                   # 100,000 articles (minutes):
                                                               # its file is refused (below)
    python bench/exchange.py --articles 10000 --annotations 100000

A library of generated news (``bench/generate.py``, built through the bulk path; the
time that took is the baseline) is exported as a ``.kutip`` file, which is then read and
merged into a new, empty library (every article and annotation new), and merged again
(everything already there). Targets, as ratios to building the same library through the
bulk import: merging it into an empty library (the file read and checked, then merged in
one transaction) ≤ 3; merging it again (nothing to write, but the whole file is still read
and checked, which alone takes about 1.2) ≤ 2. Export and read are reported against the
same baseline.

At the default size (100,000 articles, 1M annotations) the file would unpack to ~1.6 GB,
over what any Kutip reads back (``kutipfile.MAX_UNPACKED_BYTES``, 1 GB): the export refuses
it with one line and writes nothing (since 31886165). The bench then says so: it reports
the time until the refusal and the peak memory meanwhile (against the 1 GB limit), and the
read and merges as skipped. ``--articles 20000 --annotations 200000`` is a file that is
allowed (~53 MB packed).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate  # noqa: E402
from bench.run import Row, Skip, print_table  # noqa: E402
from reader.core.export.kutipfile import MAX_UNPACKED_BYTES  # noqa: E402
from reader.core.library import Library, LibraryError  # noqa: E402

#: the export's refusals of a file no Kutip would read back (``kutipfile.TooLarge``)
REFUSED = ("lib.kutip-file-over-limit", "lib.kutip-file-too-large")


def bench_exchange(articles: int, annotations: int, workdir: Path) -> list[Row | Skip]:
    source, target = workdir / "source.sqlite", workdir / "target.sqlite"
    built = generate(source, articles, annotations, quiet=True)
    base = built["article_seconds"] + built["annotation_seconds"]
    size = f"{articles:,} articles, {annotations:,} annotations"
    path = workdir / "library.kutip"
    with Library(source) as library:
        started = time.perf_counter()
        try:
            library.exchange.export_file(path)
        except LibraryError as error:
            if getattr(error.args[0] if error.args else None, "code", "") not in REFUSED:
                raise
            return _refused(source, workdir / "again.kutip", time.perf_counter() - started,
                            base, size, str(error))
        export_s = time.perf_counter() - started
    with Library(target) as library:
        started = time.perf_counter()
        bundle = library.exchange.read(path)
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        report = library.exchange.merge_bundle(bundle)
        merge_s = time.perf_counter() - started
        assert report.annotations_added == built["stored_annotations"], report.summary()
        started = time.perf_counter()
        again = library.exchange.merge_bundle(bundle)
        again_s = time.perf_counter() - started
        assert not again.changed_anything, again.summary()
    note = f"{size}; baseline: bulk import of the same rows"
    peak, unpacked = _export_peak(source, workdir / "again.kutip")
    return [
        Row("exchange: export's peak memory (above a listing's) vs the file unpacked",
            peak / 2**20, unpacked / 2**20, "MB", "≤ 1",
            f"{size}; written a member at a time (R20-7: the whole file was built in memory,"
            " 9.6 GB at 100,000 articles)"),
        Row("exchange: export the library file", export_s, base, "s", "≤ 3", note),
        Row("exchange: read and check the file", read_s, base, "s", "≤ 3", note),
        Row("exchange: merge into an empty library (read + merge)", read_s + merge_s, base,
            "s", "≤ 3", note),
        Row("exchange: merge again, nothing new (read + merge)", read_s + again_s, base, "s",
            "≤ 2", note),
    ]


def _refused(source: Path, path: Path, took: float, base: float, size: str, said: str
             ) -> list[Row | Skip]:
    """The export of a library over ``MAX_UNPACKED_BYTES`` (the default 100,000 articles
    and 1M annotations: ~1.6 GB unpacked): refused with one line and nothing written, as it
    should be (R20-7: a file every merge refused was written). Measured: how long until the
    refusal and the peak memory meanwhile; the read and merges have no file to read."""
    peak, _ = _export_peak(source, path, refused=True)
    limit = MAX_UNPACKED_BYTES
    note = (f"{size}; refused (as it should be): {said!r}; nothing read or merged: run"
            " with --articles 20000 --annotations 200000 for a file Kutip reads back")
    return [
        Row("exchange: export's peak memory (above a listing's) vs the file unpacked",
            peak / 2**20, limit / 2**20, "MB", "≤ 1",
            f"{size}; refused at {limit // 2**20} MB unpacked (the baseline: that limit)"),
        Row("exchange: export refused, until the refusal", took, base, "s", "≤ 3", note),
        *(Skip(name, "no file: the export was refused") for name in (
            "exchange: read and check the file",
            "exchange: merge into an empty library (read + merge)",
            "exchange: merge again, nothing new (read + merge)")),
    ]


def _export_peak(source: Path, path: Path, refused: bool = False) -> tuple[int, int]:
    """The peak resident memory (bytes) of a process that opens the library and writes its
    file, above that of one that opens it and lists what it would write (``scope_ids``);
    and what the file unpacks to (bytes)."""
    import subprocess
    import zipfile

    # (its own high-water mark, VmHWM: a forked child's ru_maxrss counts the parent's
    # pages from before its exec, ~480 MB of this benchmark's own)
    def peak(export: bool) -> int:
        work = "library.exchange.export_file(sys.argv[2])" if export else (
            "library.exchange.scope_ids()")
        if export and refused:  # (written until it is over the limit: its peak then)
            work = f"try:\n        {work}\n    except LibraryError:\n        pass"
        code = ("import sys; from reader.core.library import Library, LibraryError\n"
                f"with Library(sys.argv[1]) as library:\n    {work}\n"
                "print(next(line.split()[1] for line in open('/proc/self/status')"
                " if line.startswith('VmHWM')))")
        done = subprocess.run([sys.executable, "-c", code, str(source), str(path)],
                              check=True, cwd=Path(__file__).resolve().parents[1],
                              capture_output=True, text=True)
        return int(done.stdout.split()[-1]) * 1024  # (kB)

    # (above a process that opens the library and lists the articles it would write:
    # Python, Kutip's modules, the connection, ~60 MB the file's size does not change)
    above = peak(True) - peak(False)
    if refused:
        return above, 0
    with zipfile.ZipFile(path) as archive:
        return above, sum(info.file_size for info in archive.infolist())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kutip-bench-exchange-") as tmp:
        rows = bench_exchange(args.articles, args.annotations, Path(tmp))
    misses = print_table(list(rows))
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in rows], indent=2))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
