"""Generate a big benchmark library through the bulk path: no downloads, deterministic.

    python bench/generate.py                          # 100,000 articles, 1,000,000 annotations
    python bench/generate.py --articles 2000 --annotations 20000 --out /tmp/small.sqlite

Articles mix Indonesian and English news prose made from the word lists below, with
lengths from a few paragraphs to long features. A library already at the requested
size is reused (``--force`` rebuilds it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.anchoring import make_selector  # noqa: E402
from reader.core.library import Library  # noqa: E402
from reader.core.models import ImportedArticle  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "library.sqlite"

ID_WORDS = """
pemerintah menteri presiden rakyat ekonomi harga beras minyak pasar bank kebijakan
anggaran daerah provinsi kota desa warga petani nelayan buruh pekerja perusahaan
investasi ekspor impor pajak subsidi bantuan sosial pendidikan sekolah guru murid
kesehatan rumah sakit dokter pasien vaksin banjir gempa bencana pengungsi polisi
tentara keamanan perbatasan perundingan perdamaian perang konflik negara bangsa
pemilihan umum partai calon suara kampanye dewan perwakilan undang hukum hakim
pengadilan jaksa korupsi penyelidikan laporan data angka persen triliun miliar
rupiah dolar pertumbuhan inflasi krisis pemulihan pembangunan jalan jembatan
pelabuhan bandara kereta listrik energi batu bara gas lingkungan hutan laut sungai
udara iklim musim hujan kemarau wilayah masyarakat organisasi lembaga badan komisi
juru bicara pejabat kepala gubernur bupati wali duta besar delegasi asing
yang dan di ke dari untuk dengan pada dalam itu ini akan telah sudah belum masih
tidak bukan juga atau tetapi namun karena sehingga agar bahwa jika saat setelah
sebelum selama antara terhadap oleh para sebuah seorang beberapa banyak semua
mengatakan menyatakan menegaskan menjelaskan menambahkan mengungkapkan membantah
meminta menolak mendukung mengkritik memperingatkan berjanji meyakini menilai
membahas menggelar meresmikan mengumumkan menetapkan menurunkan menaikkan
berunding bertemu berbicara bekerja berjuang berperang berdamai bertahan
baru lama besar kecil tinggi rendah penting utama resmi nasional internasional
""".split()

EN_WORDS = """
government minister president people economy price rice oil market bank policy
budget region province city village residents farmers fishermen workers company
investment exports imports tax subsidy aid social education school teacher student
health hospital doctor patient vaccine flood earthquake disaster refugees police
army security border talks peace war conflict country nation election party
candidate vote campaign parliament law judge court prosecutor corruption inquiry
report data figures percent trillion billion dollars growth inflation crisis
recovery development road bridge port airport railway power energy coal gas
environment forest sea river air climate season rain drought area community
organisation agency commission spokesperson official head governor mayor envoy
the and in to from for with on at of that this will has have had was were is are
not but or because so if when after before during between against by some many all
said says stated stressed explained added revealed denied asked refused supported
criticised warned promised believes assessed discussed held opened announced set
cut raised negotiated met spoke worked fought defended new old big small high low
important main official national international
""".split()

PLACES = ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Yogyakarta", "Denpasar",
          "Moskow", "Washington", "Jenewa", "London", "Beijing", "Kyiv", "Gaza", "Manila"]
SOURCES = ["MINA", "Antara", "Kompas", "Tempo", "Reuters", "AP", "AFP", "BBC", "VOA",
           "Detik", "CNN Indonesia", "Republika", "The Jakarta Post", "Bisnis", "Katadata"]
FIRST = ["Sergey", "Joko", "Sri", "Retno", "Anies", "Prabowo", "Ganjar", "Mahfud", "Budi",
         "Siti", "Ahmad", "Dewi", "John", "Maria", "Antony", "Olaf", "Wang", "Ali", "Fatima"]
LAST = ["Lavrov", "Widodo", "Mulyani", "Marsudi", "Baswedan", "Subianto", "Pranowo", "MD",
        "Santoso", "Rahayu", "Hidayat", "Lestari", "Kirby", "Rossi", "Blinken", "Scholz", "Yi"]
TAGS = ["ekonomi", "ekonomi/harga", "ekonomi/pajak", "politik", "politik/pemilu",
        "politik/partai", "keamanan", "keamanan/perang", "hukum", "hukum/korupsi",
        "lingkungan", "kesehatan", "pendidikan", "framing/diplomacy", "framing/blame",
        "misinformation", "needs-check", "numbers", "anonymous-source", "follow-up"]
KINDS = ["quote"] * 5 + ["claim"] * 3 + ["highlight"] * 2


def _sentence(rng: random.Random, words: list[str]) -> str:
    body = " ".join(rng.choices(words, k=rng.randint(8, 28)))
    return body[0].upper() + body[1:] + rng.choice(".....?")


def _quote(rng: random.Random, english: bool, speaker: str) -> str:
    said = "said" if english else rng.choice(["kata", "ujar", "tegas", "jelas"])
    words = EN_WORDS if english else ID_WORDS
    return f"“{_sentence(rng, words)}” {said} {speaker}."


def make_article(number: int, seed: int = 0) -> ImportedArticle:
    """Article ``number`` of the benchmark corpus: the same every time."""
    rng = random.Random(seed * 1_000_003 + number)
    english = rng.random() < 0.35
    words = EN_WORDS if english else ID_WORDS
    paragraphs = max(2, min(80, int(rng.lognormvariate(2.0, 0.7))))
    place, source = rng.choice(PLACES), rng.choice(SOURCES)
    speakers = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    text_parts = []
    for p in range(paragraphs):
        sentences = [_sentence(rng, words) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.5:
            sentences.append(_quote(rng, english, rng.choice(speakers)))
        text = " ".join(sentences)
        if p == 0:
            text = f"{place}, {source} – {text}"
        text_parts.append(text)
    text = "\n\n".join(text_parts) + f"\n\n({number})"
    title = " ".join(rng.choices(words, k=rng.randint(4, 11))).capitalize()
    return ImportedArticle(
        title=title, text=text, source=source, authors=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        published=f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        dateline=place, language="en" if english else "id", original_name=f"berita-{number}.txt",
        original_format="txt", content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def make_articles(count: int, seed: int = 0, start: int = 0) -> Iterator[ImportedArticle]:
    for number in range(start, start + count):
        yield make_article(number, seed)


def make_annotations(article_id: int, text: str, count: int, rng: random.Random
                     ) -> list[dict]:
    """``count`` annotations on sentence-sized spans of ``text``."""
    rows = []
    for _ in range(count):
        start = rng.randrange(0, max(1, len(text) - 40))
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(len(text), start + rng.randint(20, 160))
        while end < len(text) and not text[end].isspace():
            end += 1
        span = text[start:end].rstrip()
        end = start + len(span)
        if end <= start:
            continue
        kind = rng.choice(KINDS)
        row = make_selector(text, start, end)
        row.update(article_id=article_id, kind=kind,
                   tags=rng.sample(TAGS, rng.choice([0, 0, 1, 1, 2])),
                   note=rng.choice(["", "", "", "cek angka", "check with the ministry",
                                    "sumber anonim"]))
        if kind == "quote":
            row["speaker"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        rows.append(row)
    return rows


def _meta_path(out: Path) -> Path:
    return out.with_name(out.name + ".json")


def existing(out: Path, articles: int, annotations: int, seed: int) -> bool:
    meta = _meta_path(out)
    if not (out.exists() and meta.exists()):
        return False
    wanted = {"articles": articles, "annotations": annotations, "seed": seed}
    return {k: v for k, v in json.loads(meta.read_text()).items() if k in wanted} == wanted


def generate(out: Path, articles: int, annotations: int, seed: int = 0, batch: int = 1000,
             quiet: bool = False) -> dict:
    """Build the library at ``out``; returns the figures measured while building it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".json"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    per_article = annotations / max(articles, 1)
    started = time.perf_counter()
    article_seconds = annotation_seconds = 0.0
    stored_articles = stored_annotations = 0
    with Library(out) as library:
        for first in range(0, articles, batch):
            chunk = list(make_articles(min(batch, articles - first), seed, first))
            t0 = time.perf_counter()
            stored_articles += library.bulk.add_articles(chunk, batch=batch)
            article_seconds += time.perf_counter() - t0
            ids = dict(library.stores.db.conn.execute(
                "SELECT content_hash, id FROM articles WHERE id > ?",
                [first]).fetchall())  # a fresh library numbers articles 1, 2, 3 …
            rows = []
            for done, article in enumerate(chunk):
                target = round(per_article * (first + done + 1)) - round(per_article *
                                                                         (first + done))
                rows += make_annotations(ids[article.content_hash], article.text, target, rng)
            rows = rows[: annotations - stored_annotations]
            t0 = time.perf_counter()
            stored_annotations += library.bulk.add_annotations(rows, batch=len(rows) or 1)
            annotation_seconds += time.perf_counter() - t0
            if not quiet:
                print(f"\r{stored_articles:,} articles, {stored_annotations:,} annotations"
                      f" ({time.perf_counter() - started:.0f} s)", end="", file=sys.stderr)
        library.stores.db.execute("PRAGMA optimize")
        library.stores.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if not quiet:
        print(file=sys.stderr)
    figures = {"articles": articles, "annotations": annotations, "seed": seed,
               "stored_articles": stored_articles, "stored_annotations": stored_annotations,
               "article_seconds": round(article_seconds, 1),
               "annotation_seconds": round(annotation_seconds, 1),
               "total_seconds": round(time.perf_counter() - started, 1),
               "bytes": out.stat().st_size}
    _meta_path(out).write_text(json.dumps(figures, indent=2))
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--force", action="store_true", help="rebuild even if present")
    args = parser.parse_args(argv)
    if not args.force and existing(args.out, args.articles, args.annotations, args.seed):
        print(f"{args.out} is already at the requested size; reusing it (--force rebuilds).")
        return
    figures = generate(args.out, args.articles, args.annotations, args.seed)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
