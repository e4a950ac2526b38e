"""PDF import: speed (pages/s) and extraction quality, Kutip against the libraries called directly.

    python bench/pdf_import.py                 # the real PDFs in tests/data/formats
    python bench/pdf_import.py more/*.pdf      # plus any others (speed only)
    python bench/pdf_import.py --repeat 20

Speed: every engine reads the same PDFs ``--repeat`` times from bytes in memory:

* ``pypdfium2``: open, every page's ``get_text_bounded()`` (the library called directly);
* ``pdfminer.six``: ``extract_text`` (skipped when not installed: ``pip install pdfminer.six``);
* ``kutip``: ``reader.core.importers.pdf.parse_pdf``, the whole import of the text
  (lines, running headers, paragraphs, hyphenation, footnotes, metadata, page starts).

The ratio is Kutip's pages/s over raw pypdfium2's (target ≥ 0.25: Kutip does
the layout work on top of the same character extraction).

Quality, on the fixtures with known content: for each engine, how many of the lines a
reader sees are found verbatim (whitespace collapsed, so line breaks do not count against
the raw engines), and how many running headers, footers or page numbers are left in.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.importers.pdf import parse_pdf  # noqa: E402

FORMATS = ROOT / "tests" / "data" / "formats"

# What a reader sees (must be found) and what is page furniture (must not be), per fixture.
EXPECT = {
    "aalto_press_release.pdf": {
        "seen": [
            "The AI, powered by deep neural networks, makes the prediction",
            "designed specifically for a particular task",
            "in milliseconds compared to minutes taken by traditional techniques",
            "state-of-the-art results in predicting the molecular",
            "from a large database of pre-computed molecule-spectra pairs",
        ],
        "furniture": [r"(?m)^\s*1\s*$"],
    },
    "ca1_calvary_chapel_opinion.pdf": {
        "seen": [
            "operates an approximately 10,000-square-foot church facility",
            "459 F. Supp. 3d 273, 283-288 (D. Me. 2020)",
            "We have no transcript of that conference, but Governor Mills apparently agreed",
            "restart Maine's economy — a staggered (four-phase) relaxation",
            "SELYA, Circuit Judge. This interlocutory appeal arises out of the chaotic",
        ],
        "furniture": [r"Case: 20-1507 Document", r"-\s\d{1,2}\s-"],
    },
}


def pdfium_text(data: bytes) -> tuple[str, int]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        parts = []
        for page in doc:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return "\n".join(parts), len(doc)
    finally:
        doc.close()


def pdfminer_text(data: bytes) -> tuple[str, int] | None:
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return None
    return extract_text(io.BytesIO(data)), 0


def kutip_text(data: bytes) -> tuple[str, int]:
    art = parse_pdf(data)
    return art.text, len(art.pages)


def pages_of(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


ENGINES = {"pypdfium2": pdfium_text, "pdfminer.six": pdfminer_text, "kutip": kutip_text}


def speed(files: dict[str, bytes], repeat: int) -> dict[str, tuple[float, int, int]]:
    """engine → (pages/s, pages read, files it failed on)"""
    total_pages = sum(pages_of(d) for d in files.values())
    out = {}
    for name, engine in ENGINES.items():
        failed = 0
        start = time.perf_counter()
        for _ in range(repeat):
            for data in files.values():
                try:
                    if engine(data) is None:
                        break
                except Exception:  # noqa: BLE001 - a library that cannot read a file
                    failed += 1
            else:
                continue
            break
        else:
            seconds = time.perf_counter() - start
            out[name] = (total_pages * repeat / seconds, total_pages * repeat, failed // repeat)
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def quality(files: dict[str, bytes]) -> list[tuple[str, str, str, str]]:
    rows = []
    for file, checks in EXPECT.items():
        data = files.get(file)
        if data is None:
            continue
        for name, engine in ENGINES.items():
            try:
                result = engine(data)
            except Exception as e:  # noqa: BLE001
                rows.append((file, name, "error", type(e).__name__))
                continue
            if result is None:
                continue
            text = result[0]
            seen = sum(flat(line) in flat(text) for line in checks["seen"])
            left = sum(len(re.findall(pattern, text)) for pattern in checks["furniture"])
            rows.append((file, name, f"{seen}/{len(checks['seen'])}", str(left)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    paths = sorted(FORMATS.glob("*.pdf")) + list(args.pdfs)
    files = {p.name: p.read_bytes() for p in paths}
    print(f"{len(files)} PDFs, {sum(pages_of(d) for d in files.values())} pages, "
          f"read {args.repeat}x\n")
    print(f"{'engine':14} {'pages/s':>9} {'failed files':>13}")
    results = speed(files, args.repeat)
    for name, (rate, _pages, failed) in results.items():
        print(f"{name:14} {rate:9.0f} {failed:13d}")
    for name in ENGINES:
        if name not in results:
            print(f"{name:14} {'(not installed)':>23}")
    ratio = results["kutip"][0] / results["pypdfium2"][0]
    verdict = "PASS" if ratio >= 0.25 else "MISS"
    print(f"\nkutip / pypdfium2 pages/s: {ratio:.2f} (target ≥ 0.25) {verdict}\n")
    print(f"{'file':34} {'engine':14} {'lines seen':>10} {'furniture left':>15}")
    for file, name, seen, left in quality(files):
        print(f"{file:34} {name:14} {seen:>10} {left:>15}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
