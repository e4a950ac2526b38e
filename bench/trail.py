"""The quote trail at scale (issue 15): absolute targets on the 100k-article library.

    python bench/generate.py                 # once: 100,000 articles, 1,000,000 annotations
    python bench/trail.py                    # rebuild, lookups, trails, upkeep (minutes)
    python bench/trail.py --db /tmp/s.sqlite --only lookup,open

Targets: finding the cluster of a new quote ≤ 10 ms median; opening a trail ≤ 50 ms
median (the library's trails, and the first open of trails whose versions are suggestions
in real articles, in the app and in `kutip trail`: ``bench_open_suggested``); building
every cluster from scratch ≤ 60 s with peak memory ≤ 500 MB (measured in a child process,
wall clock and CPU time); the trail's upkeep of an import ≤ 10 % of the import. An
import only stores rows (the trail finds them by id later); the work it causes is the
catch-up that follows (in the app's background thread, or the next ``kutip quotes``),
so the upkeep rows are the catch-up's CPU over the import's, measured in the same run: for
the raw bulk API, for ``kutip import`` of plain-text files (generated, and made from real
saved pages) and of a folder of saved pages (``--pages``), and for the Suggestions tab's
Accept All on the articles with the most quoted passages. A catch-up appends its postings
beside the buckets; folding them in later is upkeep too: the last row is that fold's CPU,
shared out over the postings it folded, as a share of a bulk import. On a library file a
catch-up leaves the speakers of the clusters no coder named to the listing (the rows it
shows; all of them when it is sorted or filtered by speaker): the import rows say beside
their figure what the list's first page and a list sorted by speaker then cost.
The table's "baseline" column holds the target, so the ratio must be ≤ 1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import DEFAULT_OUT, make_annotations, make_articles  # noqa: E402
from bench.run import Row, Skip, print_table, timed  # noqa: E402
from reader.core.library import ClusterFilter, Library  # noqa: E402

SECTIONS = ("rebuild", "lookup", "open", "upkeep")

#: The upkeep rows' real pages, which this repository does not hold: where the default
#: folders come from and how to make them again (``--pages``, ``--url-pages``)
PAGES = Path("/tmp/aeb/html")
PAGES_FROM = ("the scrapinghub article-extraction-benchmark's html/ folder (181 saved news"
              " pages, .html.gz; commit 4a3bc979, which bench/pages.json names): git clone"
              " https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb")
URL_PAGES = Path("/tmp/s6/pages")
URL_PAGES_FROM = ("bench/pages.json's first 634 pages (public repositories' saved pages, each by"
                  " repository, commit, path and SHA-256; 179 of them scrapinghub's, which the"
                  " saved-pages row imports first): python bench/pages.py assemble"
                  " /tmp/s6/pages --count 634 --clone")


def _from(pages: Path) -> str:
    """``pages`` and, for a default folder, where its pages come from."""
    source = {PAGES: PAGES_FROM, URL_PAGES: URL_PAGES_FROM}.get(pages)
    return f"{pages} ({source})" if source else str(pages)

REBUILD_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from reader.core.library import Library
import os
backend_nice = None
with Library({db!r}) as library:
    library.trail.pending()  # (opening migrates first, outside the measure)
    if {backend!r}:  # a team library's server process for this build: this one's priority
        try:
            with open("/proc/self/autogroup") as f:
                backend_nice = int(f.read().split()[-1])
            backend = library.stores.db.value("SELECT pg_backend_pid()")
            with open(f"/proc/{{backend}}/autogroup", "w") as f:
                f.write(str(backend_nice))
        except (OSError, ValueError):
            backend_nice = None
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    report = library.trail.rebuild()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"wall": wall, "cpu": cpu, "load": load,
                  "children": children.ru_utime + children.ru_stime,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_rss": children.ru_maxrss / 1024, "load_after": os.getloadavg()[0],
                  "items": report.items, "clusters": report.clusters,
                  "backend_nice": backend_nice}}))
"""


def bench_rebuild(db: Path | str, backend: bool = False) -> list[Row]:
    """(``db``: a library file, or a team library's URL. ``backend``: a team library on a
    server on this machine, whose process serving the build gets the build's priority
    (the kernel's autogroup: each server process is a session of its own, so a build run
    at a priority would otherwise wait for its server at the machine's load).)"""
    root = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", REBUILD_CHILD.format(root=root, db=str(db),
                                                                     backend=backend)],
                         capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"the building process exited with {out.returncode}:"
                           f" {out.stderr.strip()[-1500:]}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    note = (f"{figures['items']:,} quotations, {figures['clusters']:,} clusters; CPU"
            f" {figures['cpu']:.0f} s + {figures['children']:.0f} s in the checking worker(s);"
            f" load average {figures['load']:.1f} → {figures['load_after']:.1f} on"
            f" {os.cpu_count()} cores (os.nice {os.nice(0)})"
            + ("" if figures["backend_nice"] is None else
               f"; the server's process for it at autogroup nice {figures['backend_nice']}"))
    return [Row("trail: build every cluster from scratch", figures["wall"], 60, "s", "≤ 1",
                note),
            Row("trail: peak memory of the build (RSS)", figures["rss"], 500, "MB", "≤ 1",
                f"the building process; its checking workers (forked: they share its pages)"
                f" peaked at {figures['child_rss']:.0f} MB each")]


def _new_quotes(library: Library, count: int, rng: random.Random) -> list[str]:
    """Quotations to look up: half copies of stored ones with a word dropped or changed
    (they have a cluster), half new sentences from the generator (they have none)."""
    top = library.stores.db.execute("SELECT coalesce(max(id), 0) FROM trail_items"
                                    ).fetchone()[0]
    picked = rng.sample(range(1, top + 1), min(count, top))  # (gaps: a few fewer found)
    stored = library.stores.db.execute(  # (SQL both stores run: a team library's too)
        f"SELECT exact FROM trail_items WHERE id IN ({','.join('?' * len(picked))})"
        " ORDER BY id", picked).fetchall() if picked else []
    out = []
    for (text,) in stored[: count // 2]:
        words = text.split()
        if len(words) > 8:
            del words[rng.randrange(len(words))]
        out.append(" ".join(words))
    for article in make_articles(count - len(out), seed=11, start=20_000_000):
        sentence = article.text.split(". ")[1 if ". " in article.text else 0]
        out.append(sentence[:200])
    return out


def bench_lookup(library: Library, count: int) -> list[Row]:
    library.trail.refresh()
    quotes = _new_quotes(library, count, random.Random(5))
    samples, found = [], 0
    for text in quotes:
        started = time.perf_counter()
        found += library.trail.cluster_for_text(text) is not None
        samples.append(time.perf_counter() - started)
    median = statistics.median(samples) * 1000
    note = f"{len(quotes)} quotations, {found} with a cluster; p95 {_p95(samples) * 1000:.1f} ms"
    return [Row("trail: find the cluster of a new quote (median)", median, 10, "ms", "≤ 1",
                note)]


def bench_open(library: Library, count: int) -> list[Row]:
    library.trail.refresh()
    clusters = [r[0] for r in library.stores.db.execute(
        "SELECT id FROM trail_clusters ORDER BY size DESC, id LIMIT 20")]
    clusters += [r[0] for r in library.stores.db.execute(
        "SELECT id FROM trail_clusters ORDER BY random() LIMIT ?", [count])]
    samples = []
    for cluster in clusters:
        samples.append(timed(lambda c=cluster: library.trail.trail_of_cluster(c)))
    listing = timed(lambda: library.trail.clusters())
    pages = [timed(lambda s=sort: (library.trail.cluster_count(ClusterFilter(sort=s)),
                                   library.trail.clusters(ClusterFilter(sort=s, limit=200))))
             for sort in ("outlets", "size", "date", "speaker") for _ in range(3)]
    median = statistics.median(samples) * 1000
    note = (f"{len(clusters)} trails (the 20 biggest and random ones); p95"
            f" {_p95(samples) * 1000:.1f} ms; the Quotes list's first page with its count"
            f" {statistics.median(pages) * 1000:.1f} ms median over its four orders (the whole"
            f" list {listing * 1000:.0f} ms)")
    return [Row("trail: open a trail (median)", median, 50, "ms", "≤ 1", note)]


# made up for this bench: statements inserted, each into a dozen real articles, as another
# outlet's quotation of them (R12-1)
STATEMENTS = (
    '"We will not back down from this fight over the new trade rules, and we expect our'
    ' partners to do the same," Tom Vale said on Monday.',
    '"The hospital will stay open through the winter, whatever the board decides about next'
    ' year\'s budget," health spokeswoman Ann Lee told reporters.',
    '"Nobody in this town has seen water this high since the bridge was built," said Mayor'
    ' Rob Kent, standing on the flooded main street.',
    '"Our players gave everything tonight and I could not be prouder of the way they fought'
    ' back," coach Sam Reid said after the match.',
    '"These figures show the plan is working, but there is a long way to go before families'
    ' feel it," Treasurer Jo Marsh said.',
)
DEV_TEXTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes_real" / "dev"


def bench_open_suggested(outlets: int = 12) -> list[Row]:
    """Trails whose versions are suggestions in real-size articles (R12-1): each of
    STATEMENTS put in the middle of ``outlets`` real English dev articles (their sources:
    tests/data/quotes_real/README.md; median ~540 words), imported as plain texts into a
    library of their own and caught up; CPU time. Two first opens, as a user meets them:

    - in `kutip trail` (or the app, before its idle-time step has run): each trail opened
      once with nothing kept as `kutip trail ARTICLE:CHARACTER` opens it (``trail_at``),
      every version's article analysed as far as its speaker needs;
    - in the app: the Quotes view works the speakers out in a thread once the trail is up
      to date and the library left alone (``trail.find_speakers``, its CPU said beside),
      then each trail is opened for the first time.

    Beside them: later opens (three times more each), and opens that work every speaker
    out again (the kept digests made stale, as every open did before df55384)."""
    from reader.core.library import trail_speakers

    rng = random.Random(5)
    files = sorted(DEV_TEXTS.glob("*_en.txt"))
    with tempfile.TemporaryDirectory() as folder:
        texts = Path(folder) / "texts"
        texts.mkdir()
        for n, said in enumerate(STATEMENTS):
            for path in rng.sample(files, outlets):
                lines = path.read_text(encoding="utf-8").split("\n")
                middle = len(lines) // 2
                (texts / f"{n}_{path.name}").write_text(
                    "\n".join(lines[:middle] + [said] + lines[middle:]), encoding="utf-8")
        with Library(Path(folder) / "open.sqlite") as library:
            library.imports.paths(sorted(texts.iterdir()))
            library.trail.refresh()
            clusters = [library.trail.cluster_for_text(said.split('"')[1])
                        for said in STATEMENTS]
            if None in clusters:
                raise RuntimeError("a statement inserted is in no trail")

            # what `kutip trail ARTICLE:CHARACTER` is given for each (a passage no coder
            # annotated: ``references``), and what it runs (``trail_at``: the trail brought
            # up to date, the passage's item, its trail)
            passages = {}
            for c in clusters:
                first = library.stores.trail.member_rows(c)[0]
                passages[c] = (first.article_id, first.start)

            def opened(cluster: int, command: bool = False) -> float:
                t0 = time.process_time()
                trail = (library.trail.trail_at(*passages[cluster]) if command
                         else library.trail.trail_of_cluster(cluster))
                if len(trail.versions) < outlets or trail.cluster != cluster:
                    raise RuntimeError(f"trail {cluster}: {len(trail.versions)} versions")
                return time.process_time() - t0

            cold = [opened(c, True) for c in clusters]  # (kutip trail: nothing kept yet)
            kept = [opened(c) for _ in range(3) for c in clusters]
            digest = trail_speakers.engine_digest
            trail_speakers.engine_digest = lambda: os.urandom(16)  # type: ignore[assignment]
            try:
                again = [opened(c, True) for c in clusters]
            finally:
                trail_speakers.engine_digest = digest  # type: ignore[assignment]
            # the app: the same library as imported and caught up, nothing kept, then the
            # idle-time step (the Quotes view's thread), then each trail's first open
            library.stores.db.execute("DELETE FROM trail_found_speakers")
            t0 = time.process_time()
            found = library.trail.find_speakers()
            idle = time.process_time() - t0
            first = [opened(c) for c in clusters]
    ms = statistics.median
    shape = f"{len(clusters)} trails of {outlets} suggested versions in real dev articles"
    return [
        Row("trail: first open of a trail of suggestions, app (median)", ms(first) * 1000,
            50, "ms", "≤ 1",
            f"{shape}; opened after the Quotes view's idle-time step: {found} versions'"
            f" speakers in {idle * 1000:.0f} ms CPU ({idle / max(found, 1) * 1000:.1f} ms"
            f" each; another trail's versions too); later opens {ms(kept) * 1000:.2f} ms;"
            " CPU"),
        Row("trail: first open of a trail of suggestions, kutip trail (median)",
            ms(cold) * 1000, 50, "ms", "≤ 1",
            f"{shape}; `kutip trail ARTICLE:CHARACTER`'s trail_at with nothing kept yet:"
            f" every version's article analysed, as far as its speaker needs"
            f" (quotes.speakers_of; as in the app before its idle-time step ran); every"
            f" open before df55384 {ms(again) * 1000:.0f} ms; CPU"),
    ]


def _cpu() -> float:
    """CPU seconds of this process and of the children it waited for (the catch-up checks
    many pairs in forked workers, as the build does)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


#: the stages of a catch-up whose CPU ``--split`` notes beside each upkeep row: (what, the
#: module, the class or None, the function); none of them calls another, so they add up
#: (what is left is "other": the plan's bookkeeping, numpy, the links and clusters written)
SPLIT_STAGES = (
    ("finding the quotations", "reader.core.library.trail", None, "quoted_spans"),
    ("postings read", "reader.core.store.sqlite.trail", "SqliteTrail", "postings_entries"),
    ("signatures read", "reader.core.store.sqlite.trail", "SqliteTrail", "item_signatures"),
    ("signature test", "reader.core.library.trail_build", None, "rough_signatures"),
    ("compare", "reader.core.library.trail_build", "Builder", "check_lists"),
    ("texts read", "reader.core.store.sqlite.trail", "SqliteTrail", "article_texts"),
    ("texts read", "reader.core.store.sqlite.trail", "SqliteTrail", "items_texts"),
    ("items written", "reader.core.store.sqlite.trail", "SqliteTrail", "add_items"),
    ("items removed", "reader.core.store.sqlite.trail", "SqliteTrail", "remove_items"),
    ("summaries", "reader.core.library.trail", "QuoteTrail", "_summarise"),
)
_SPLIT: Counter[str] = Counter()  # CPU seconds by stage, since the last catch-up began
_SPLITS: list[Counter[str]] = []  # (each catch-up's, with "all" its whole CPU)
_TIMED: list[str] = []  # the stages ``time_stages`` wrapped (none: no ``--split``)
#: the candidate pairs' funnel of a catch-up (``--split``): what each step of
#: ``QuoteTrail._find_links`` was given and kept, since the last catch-up began
_FUNNEL: Counter[str] = Counter()
_FUNNELS: list[Counter[str]] = []
FUNNEL_STEPS = ("shingles asked", "postings read", "candidate pairs", "sharing one shingle",
                "to the signature test", "to compare", "linked")


def time_stages() -> None:
    """Time each of ``SPLIT_STAGES`` into ``_SPLIT`` (``--split``: before the library is
    opened, since a store hands out each method once). The wrappers cost a few µs a call
    (``quoted_spans`` is called once an article), so the rows' figures are a little higher
    with it: a profile, not the row."""
    import functools
    import importlib

    def timing(label: str, real: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(real)
        def stage(*args: Any, **kwargs: Any) -> Any:
            c0 = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                _SPLIT[label] += time.process_time() - c0
        return stage

    for label, module, owner, name in SPLIT_STAGES:
        target: Any = importlib.import_module(module)
        if owner is not None:
            target = getattr(target, owner)
        setattr(target, name, timing(label, getattr(target, name)))
        _TIMED.append(label)
    count_funnel()


def count_funnel() -> None:
    """Count ``FUNNEL_STEPS`` into ``_FUNNEL`` (``--split``): the new quotations' shingles
    looked up, the postings read, the candidate pairs (and of them those that share a
    single shingle), the pairs the signature test is given (after ``pairs_worth_checking``)
    and keeps (``compare`` is given), the links found. Which step a catch-up's CPU grows
    with (session 35: a generated import's pairs are chance meetings of three words)."""
    from reader.core.library import trail as service
    from reader.core.library.trail_build import Builder
    from reader.core.store.sqlite.trail import SqliteTrail

    postings, pairs = SqliteTrail.postings_entries, service._pairs_with_new
    on_signatures, check = service.QuoteTrail._on_signatures, Builder.check_lists

    def counted_postings(self: Any, shingles: Any) -> Any:
        found = postings(self, shingles)
        _FUNNEL.update({"shingles asked": len(shingles), "postings read": len(found)})
        return found

    def counted_pairs(entries: Any, new: Any) -> Any:
        a, b, shared = found = pairs(entries, new)
        _FUNNEL.update({"candidate pairs": len(a), "sharing one shingle": int((shared == 1)
                                                                              .sum())})
        return found

    def counted_signatures(store: Any, a: Any, b: Any, *rest: Any) -> Any:
        kept = on_signatures(store, a, b, *rest)
        _FUNNEL.update({"to the signature test": len(a), "to compare": len(kept[0])})
        return kept

    def counted_check(self: Any, lists: Any, a: Any, b: Any) -> Any:
        linked = check(self, lists, a, b)
        _FUNNEL["linked"] += len(linked)
        return linked

    SqliteTrail.postings_entries = counted_postings
    service._pairs_with_new = counted_pairs
    service.QuoteTrail._on_signatures = staticmethod(counted_signatures)
    Builder.check_lists = counted_check


def _split_note(catch_ups: int = 1) -> str:
    """The last ``catch_ups`` catch-ups' CPU by stage (ms, their mean), or '' (no ``--split``)."""
    if not _SPLITS or not _TIMED:
        return ""
    total: Counter[str] = Counter()
    for split in _SPLITS[-catch_ups:]:
        total.update(split)
    whole = total.pop("all")
    parts = [f"{label} {cpu * 1000 / catch_ups:.0f}" for label, cpu in total.most_common()]
    other = (whole - sum(total.values())) * 1000 / catch_ups
    funnel: Counter[str] = Counter()
    for counts in _FUNNELS[-catch_ups:]:
        funnel.update(counts)
    steps = ", ".join(f"{step} {funnel[step] / catch_ups:,.0f}" for step in FUNNEL_STEPS)
    return (f"; the catch-up's CPU by stage (ms): {', '.join(parts)}, other {other:.0f};"
            f" its candidates: {steps}")


def _import(library: Library, articles, rng: random.Random) -> float:
    """Bulk-import articles and ten annotations each; CPU seconds taken (this process does
    all of SQLite's work; the wall clock of a shared machine mostly measures the others)."""
    t0 = _cpu()
    library.bulk.add_articles(articles)
    hashes = [a.content_hash for a in articles]
    ids = dict(library.stores.db.execute(
        f"SELECT content_hash, id FROM articles WHERE content_hash IN"
        f" ({','.join('?' * len(hashes))})", hashes).fetchall())
    rows = []
    for article in articles:
        rows += make_annotations(ids[article.content_hash], article.text, 10, rng)
    library.bulk.add_annotations(rows)
    return _cpu() - t0


def _catch_up(library: Library) -> tuple[int, float, float]:
    """(changes taken in, CPU seconds, wall seconds) of bringing the trail up to date."""
    queued = library.trail.pending()
    _SPLIT.clear()
    _FUNNEL.clear()
    c0, t0 = _cpu(), time.perf_counter()
    report = library.trail.refresh()
    cpu = _cpu() - c0
    if report.rebuilt:
        raise RuntimeError("the catch-up turned into a rebuild: import fewer articles")
    _SPLITS.append(Counter(_SPLIT, all=cpu))
    _FUNNELS.append(Counter(_FUNNEL))
    return queued, cpu, time.perf_counter() - t0


def _left_to_listing(library: Library) -> str:
    """What a catch-up leaves to the listing (not in the row's figure, said beside it): the
    speakers of the clusters no coder named, worked out for the rows a listing shows. CPU
    of the Quotes list's first page afterwards (as the app's worker reads it), then of a
    first page sorted by speaker (which works out every guess left)."""
    from reader.core.library import trail_speakers as service  # (the trail's attribution)

    calls = 0
    real = service.speakers_of

    def counted(*args, **kwargs):
        nonlocal calls
        calls += len(args[1])  # (one call an article, with its spans)
        return real(*args, **kwargs)

    service.speakers_of = counted
    try:
        c0 = _cpu()
        library.trail.clusters(ClusterFilter(limit=200))
        first, first_calls = _cpu() - c0, calls
        c0 = _cpu()
        library.trail.clusters(ClusterFilter(sort="speaker", limit=200))
        every = _cpu() - c0
    finally:
        service.speakers_of = real
    return (f"left to the listing: the Quotes list's first page then {first:.2f} s CPU"
            f" ({first_calls} speakers guessed), every guess left (a list sorted by speaker)"
            f" {every:.2f} s ({calls - first_calls} more)")


#: (postings a bulk import's catch-up left beside the buckets, the import's CPU): for the
#: fold's share (``bench_fold``)
_BULK: list[tuple[int, float]] = []


def bench_upkeep(library: Library, count: int) -> list[Row | Skip]:
    """Three bulk imports (the raw API: articles, then ten annotations each), each followed
    by the trail's catch-up; the row is the catch-up's CPU over the import's, both in this
    run (median of the three ratios)."""
    library.trail.refresh()
    rng = random.Random(3)
    start = 30_000_000
    load = os.getloadavg()[0]
    rounds = []
    waiting = library.stores.trail.delta_size
    for _ in range(3):
        batch = list(make_articles(count, seed=13, start=start))
        start += count
        imported = _import(library, batch, rng)
        before = waiting()
        rounds.append((imported, *_catch_up(library)))
        _BULK.append((waiting() - before, imported))
    ratio = statistics.median(up / imported for imported, _, up, _ in rounds)
    note = (f"{count:,} articles + {10 * count:,} annotations per import;"
            f" import / catch-up CPU {', '.join(f'{i:.2f}/{u:.2f} s' for i, _, u, _ in rounds)}"
            f" ({statistics.median(q for _, q, _, _ in rounds):,.0f} new quotes and articles"
            f" each, catch-up wall {statistics.median(w for *_, w in rounds):.1f} s); load"
            f" average {load:.1f} → {os.getloadavg()[0]:.1f}{_split_note(3)}")
    return [Row("trail: upkeep of a bulk import (catch-up CPU / import CPU)", ratio * 100,
                10, "%", "≤ 1", note)]


def _import_upkeep(library: Library, kind: str, what: str,
                   write: Callable[[Path], int]) -> list[Row | Skip]:
    """``kutip import`` of a folder that ``write`` fills (returning how many files it wrote),
    then the trail's catch-up: CPU over CPU, one run."""
    library.trail.refresh()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        written = write(Path(folder))
        c0, t0 = _cpu(), time.perf_counter()
        report = library.imports.paths([folder])
        imported, wall = _cpu() - c0, time.perf_counter() - t0
    if report.present or not report.imported:  # (nothing new: there is no upkeep to time)
        _catch_up(library)
        return [Skip(f"trail: upkeep of importing {kind} (catch-up CPU / import CPU)",
                     f"{len(report.present)} of {written} {what} were already in this library"
                     f" (an earlier run imported them): bench a fresh copy of the library")]
    queued, up, up_wall = _catch_up(library)
    note = (f"{len(report.imported)} of {written} {what} imported in {imported:.1f} s CPU"
            f" ({wall:.1f} s wall); the catch-up took {queued:,} new quotes and articles in"
            f" {up:.2f} s CPU ({up_wall:.2f} s wall){_split_note()}; {_left_to_listing(library)};"
            f" load average {load:.1f}")
    return [Row(f"trail: upkeep of importing {kind} (catch-up CPU / import CPU)",
                up / imported * 100, 10, "%", "≤ 1", note)]


def bench_page_import(library: Library, pages: Path) -> list[Row | Skip]:
    """``kutip import`` of a folder of saved pages (reading and extracting each, as a user's
    import does), then the trail's catch-up."""
    files = sorted(pages.glob("*.html*"))
    if not files:
        return [Skip("trail: upkeep of importing saved pages", f"no pages in {_from(pages)}")]

    def write(folder: Path) -> int:
        for n, path in enumerate(files):  # (a copy of each: the library stores its path)
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            (folder / f"page{n:04d}.html").write_bytes(data)
        return len(files)

    return _import_upkeep(library, "saved pages", f"pages of {_from(pages)}", write)


def _write_texts(folder: Path, count: int, start: int) -> int:
    """``count`` of the generator's articles (news prose with quotations, as the raw-API
    row's) written as .txt files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, article in enumerate(make_articles(count, seed=17, start=start)):
        (folder / f"article{n:05d}.txt").write_text(f"{article.title}\n\n{article.text}",
                                                    encoding="utf-8")
    return count


def bench_text_import(library: Library, count: int, folder: Path) -> list[Row | Skip]:
    """``kutip import`` of a folder of plain-text articles: the fastest import a user has
    (no page to extract), then the trail's catch-up (in this process, as the app's Import
    and its Quotes pane do). The files stay in ``folder`` for ``bench_annotation_import``."""
    def write(target: Path) -> int:
        _write_texts(folder, count, 40_000_000)  # (the same files, kept)
        return _write_texts(target, count, 40_000_000)

    return _import_upkeep(library, "text files", "text files", write)


def bench_real_text_import(library: Library, pages: Path, count: int) -> list[Row | Skip]:
    """``kutip import`` of a folder of plain-text files made from real saved pages: the
    first ``count`` pages of ``pages`` that are new articles for the library (``new_pages``:
    run after the URL row, not its pages), each extracted (not measured) and written as its
    title and text, then imported as text files, and the trail's catch-up. Real articles'
    quotations, speakers and clusters cost the catch-up far more than the generator's
    articles of ~200 words a language, and a text file costs the import no extraction: of
    the import rows, this one asks the most of the upkeep."""
    from reader.core.importers import read_article

    name = "text files of real pages"
    files, _ = new_pages(library, sorted(pages.glob("*.html")) if pages.is_dir() else [],
                         count, outlets=False)
    if not files:
        return [Skip(f"trail: upkeep of importing {name}", f"no page of {_from(pages)} is a"
                     " new article for this library (bench a fresh copy)")]

    def write(folder: Path) -> int:
        for n, path in enumerate(files):
            article = read_article(path)
            (folder / f"real{n:04d}.txt").write_text(f"{article.title}\n\n{article.text}",
                                                     encoding="utf-8")
        return len(files)

    return _import_upkeep(library, name, f"text files of {_from(pages)}", write)


def _kutip(db: Path | str, *args: str, failures: bool = False) -> float:
    """CPU seconds of one ``kutip`` process (``python -m reader.cli``, this interpreter:
    run the bench from a clean venv, as a user installs Kutip) on the library ``db``
    (``failures``: it may exit with 1, as an import some of whose sources failed does)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "reader.cli", "--db", str(db), *args], capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    if done.returncode not in ((0, 1) if failures else (0,)):
        raise RuntimeError(f"kutip {args[0]} exited with {done.returncode}:"
                           f" {done.stderr.decode(errors='replace')[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_text_import_process(library: Library, db: Path, count: int) -> list[Row | Skip]:
    """A user's ``kutip import FOLDER`` of plain-text articles as the process it is (start,
    opening the library, the import), then the trail's catch-up the next ``kutip quotes``
    or the app's Quotes pane does (measured in this process: the same ``refresh``)."""
    library.trail.refresh()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        _write_texts(Path(folder), count, 50_000_000)
        articles = library.articles.count()
        imported = _kutip(db, "import", folder)
    added = library.articles.count() - articles
    if added < count:
        _catch_up(library)
        return [Skip("trail: upkeep of `kutip import` of text files, the process",
                     f"{count - added} of {count} text files were already in this library:"
                     " bench a fresh copy of the library")]
    queued, up, up_wall = _catch_up(library)
    note = (f"{added} text files imported by a `kutip import` process in {imported:.2f} s"
            f" CPU; the catch-up took {queued:,} new quotes and articles in {up:.2f} s CPU"
            f" ({up_wall:.2f} s wall){_split_note()}; {_left_to_listing(library)};"
            f" load average {load:.1f}")
    return [Row("trail: upkeep of `kutip import` of text files, the process (catch-up CPU /"
                " process CPU)", up / imported * 100, 10, "%", "≤ 1", note)]


def bench_annotation_import(library: Library, db: Path, folder: Path,
                            per_article: int = 10) -> list[Row | Skip]:
    """``kutip import-annotations`` of a W3C Web Annotation file: ``per_article``
    annotations (half of them quotes, as the raw-API row's) on each article of ``folder``
    (the text files ``bench_text_import`` imported), made and exported in a scratch library
    (not measured), imported here by a ``kutip import-annotations`` process, then the
    trail's catch-up (the new quotes, and the quoted passages of their articles again)."""
    files = sorted(folder.glob("*.txt")) if folder.exists() else []
    if not files:
        return [Skip("trail: upkeep of `kutip import-annotations`",
                     "no text files imported before it (run the text-file row first)")]
    library.trail.refresh()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as scratch_dir:
        export = Path(scratch_dir) / "annotations.json"
        with Library(Path(scratch_dir) / "scratch.sqlite") as scratch:
            scratch.imports.paths([str(folder)])
            rows = []
            for article_id in scratch.articles.ids():
                rows += make_annotations(article_id, scratch.articles.text(article_id),
                                         per_article, rng)
            scratch.bulk.add_annotations(rows)
            export.write_text(scratch.exports.render("json"), encoding="utf-8")
        load = os.getloadavg()[0]
        before = library.stores.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
        imported = _kutip(db, "import-annotations", str(export))
    added = library.stores.db.execute("SELECT count(*) FROM annotations").fetchone()[0] - before
    if not added:
        _catch_up(library)
        return [Skip("trail: upkeep of `kutip import-annotations`",
                     "its annotations were already in this library: bench a fresh copy")]
    queued, up, up_wall = _catch_up(library)
    note = (f"{added:,} annotations ({len(rows) // 2:,} or so quotes) on {len(files):,}"
            f" articles imported by a `kutip import-annotations` process in {imported:.2f} s"
            f" CPU; the catch-up took {queued:,} changes in {up:.2f} s CPU ({up_wall:.2f} s"
            f" wall){_split_note()}; {_left_to_listing(library)};"
            f" load average {load:.1f}")
    return [Row("trail: upkeep of `kutip import-annotations` (catch-up CPU / process CPU)",
                up / imported * 100, 10, "%", "≤ 1", note)]


def new_pages(library: Library, pages: list[Path], count: int, outlets: bool = True
              ) -> tuple[list[Path], Counter[str]]:
    """The first ``count`` of ``pages`` that a `kutip import` would store as new articles,
    and why the others were passed over: a page with no article (Kutip refuses it), the
    same article (its outlet's text, ``rules.same_outlet``) as one in the library
    (``--pages``' scrapinghub pages are in /tmp/s6/pages too) or as an earlier page (the
    newspaper and newspaper4k repositories carry the same test pages). Each would cost the
    import its fetch and extraction and the trail nothing, and make the upkeep look cheaper
    than it is. Without ``outlets`` a page is judged as its text alone (written as a text
    file it names no outlet: another outlet's copy of a text held is no new article then)."""
    from reader.core.importers import read_article
    from reader.core.importers.errors import ImportFailed
    from reader.core.library.rules import present_copy

    chosen: list[Path] = []
    passed: Counter[str] = Counter()
    seen: dict[str, list[dict[str, str]]] = {}  # each text's earlier pages (their outlets)
    for path in pages:
        if len(chosen) == count:
            break
        try:
            article = read_article(path)
        except ImportFailed:
            passed["no article"] += 1
            continue
        if not outlets:
            article.source = article.url = ""
        earlier = seen.setdefault(article.content_hash, [])
        if present_copy(article.source, article.url, earlier) is not None:
            passed["same article as an earlier page"] += 1
        elif library.articles.present(article) is not None:
            passed["in the library already"] += 1
        else:
            chosen.append(path)
        earlier.append({"id": "0", "source": article.source, "url": article.url})
    return chosen, passed


def bench_url_import(library: Library, db: Path, pages: Path, count: int) -> list[Row | Skip]:
    """``kutip import URL URL …`` of ``count`` real saved pages (``--url-pages``), each a new
    article (``new_pages``), served by a web server on this machine (no request leaves
    it), then the trail's catch-up. The process fetches, extracts and stores each page, as
    a user's import of a list of links does; the server's CPU is not counted (it is a
    thread of this process, measured around the child)."""
    import http.server
    import threading

    files, passed = new_pages(library, sorted(pages.glob("*.html")) if pages.is_dir() else [],
                              count)
    if not files:
        return [Skip("trail: upkeep of `kutip import` of a list of URLs",
                     f"no page of {_from(pages)} is a new article for this library (bench a"
                     " fresh copy)")]

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    library.trail.refresh()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *a: Quiet(*a, directory=str(pages)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        load = os.getloadavg()[0]
        articles = library.articles.count()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        imported = _kutip(db, "import", *(base + path.name for path in files), failures=True)
    finally:
        server.shutdown()
    added = library.articles.count() - articles
    if not added:
        _catch_up(library)
        return [Skip("trail: upkeep of `kutip import` of a list of URLs",
                     f"the {len(files)} pages were already in this library: bench a fresh"
                     " copy")]
    queued, up, up_wall = _catch_up(library)
    skipped = ", ".join(f"{n} {why}" for why, n in passed.items()) or "none"
    note = (f"{added} of {len(files)} pages of {_from(pages)} fetched from a local server and"
            f" imported by a `kutip import URL …` process in {imported:.1f} s CPU (pages"
            f" passed over before: {skipped}); the"
            f" catch-up took {queued:,} new quotes and articles in {up:.2f} s CPU ({up_wall:.2f}"
            f" s wall){_split_note()}; {_left_to_listing(library)}; load average {load:.1f}")
    return [Row("trail: upkeep of `kutip import` of a list of URLs (catch-up CPU / process"
                " CPU)", up / imported * 100, 10, "%", "≤ 1", note)]


def bench_accept_all(library: Library, count: int = 10) -> list[Row | Skip]:
    """The Suggestions tab's Accept All (``suggestions.accept_many`` of an article's quote
    suggestions, as they are) on the ``count`` articles with the most quoted passages in
    the trail (after the real-page rows: real news articles and transcripts), then the
    trail's catch-up: each accepted quote replaces its passage (``QuoteTrail._plan``: it
    takes the passage's links over). The row is the catch-up's CPU over Accept All's
    (the suggestions worked out before, as the tab shows them first: said beside it)."""
    library.trail.refresh()
    chosen = [row[0] for row in library.stores.db.execute(
        "SELECT article_id FROM trail_items WHERE annotation_id IS NULL GROUP BY article_id"
        " ORDER BY count(*) DESC, article_id LIMIT ?", [count])]
    if not chosen:
        return [Skip("trail: upkeep of Accept All of long articles' suggestions",
                     "no quoted passage in the trail")]
    load = os.getloadavg()[0]
    c0 = _cpu()
    offered = {a: library.suggestions.for_article(a, kinds="quote") for a in chosen}
    suggested = _cpu() - c0
    c0 = _cpu()
    for article_id, suggestions in offered.items():
        library.suggestions.accept_many(article_id, suggestions)
    accepted = _cpu() - c0
    queued, up, up_wall = _catch_up(library)
    note = (f"{sum(map(len, offered.values())):,} quote suggestions of {len(chosen)} articles"
            f" (the most quoted passages in the trail) accepted in {accepted:.2f} s CPU (worked"
            f" out before in {suggested:.2f} s); the catch-up took {queued:,} changes in"
            f" {up:.2f} s CPU ({up_wall:.2f} s wall){_split_note()}; load average {load:.1f}")
    return [Row("trail: upkeep of Accept All of long articles' suggestions (catch-up CPU /"
                " Accept All CPU)", up / accepted * 100, 10, "%", "≤ 1", note)]


def bench_fold(library: Library, count: int) -> list[Row | Skip]:
    """Fold the postings the catch-ups left beside the buckets (``QuoteTrail.fold``) when as
    many wait as the app folds at; the row is a bulk import's share of it: the fold's CPU
    per posting times the postings of one bulk import's catch-up, over that import's CPU
    (median). The app folds once more than ``trail.FOLD_AT`` postings wait
    (``QuoteTrail._catch_up``), and a fold rewrites most bucket rows however few it folds
    (a fold of the ~580,000 the rows before leave costs 2.2 times as much a posting as
    one of 2,000,000), so bulk imports of ``count`` articles and their catch-ups (not
    measured) go on until one more would take the postings waiting past ``FOLD_AT``."""
    from reader.core.library import trail as trail_module

    waiting = library.stores.trail.delta_size
    if not waiting() or not _BULK:
        return [Skip("trail: fold of the catch-ups' postings, a bulk import's share",
                     "no postings wait beside the buckets (a store that merges at once)")]
    each = statistics.median(p for p, _ in _BULK)
    rng, start, rounds = random.Random(19), 60_000_000, 0
    while waiting() + 1.5 * each <= trail_module.FOLD_AT:
        before = waiting()
        _import(library, list(make_articles(count, seed=19, start=start)), rng)
        _catch_up(library)
        start, rounds = start + count, rounds + 1
        if waiting() <= before:
            raise RuntimeError("a catch-up folded before the bench did: FOLD_AT changed?")
    load = os.getloadavg()[0]
    c0, t0 = _cpu(), time.perf_counter()
    folded = library.trail.fold()
    cpu, wall = _cpu() - c0, time.perf_counter() - t0
    share = statistics.median(cpu * postings / folded / imported
                              for postings, imported in _BULK)
    note = (f"{folded:,} postings folded (FOLD_AT {trail_module.FOLD_AT:,}; {rounds} more"
            f" bulk imports made them up, not measured) in {cpu:.2f} s CPU ({wall:.2f} s"
            f" wall; {cpu / folded * 1e6:.2f} µs each); a bulk import's catch-up leaves"
            f" {each:,.0f}; load average {load:.1f}")
    return [Row("trail: fold of the catch-ups' postings, a bulk import's share (CPU)",
                share * 100, 10, "%", "≤ 1", note)]


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", default="", help=f"comma-separated: {', '.join(SECTIONS)}")
    parser.add_argument("--lookups", type=int, default=400)
    parser.add_argument("--import-articles", type=int, default=1000)
    parser.add_argument("--pages", type=Path, default=PAGES,
                        help="a folder of saved pages (.html or .html.gz) for the upkeep of a"
                        f" realistic import (default: {PAGES_FROM})")
    parser.add_argument("--url-pages", type=Path, default=URL_PAGES,
                        help="a folder of other saved pages (.html), served on this machine"
                        " for the upkeep of `kutip import` of a list of URLs (the first 200"
                        " new to the library) and, as text files, of real pages (the next 400;"
                        f" default: {URL_PAGES_FROM})")
    parser.add_argument("--split", action="store_true",
                        help="note beside each upkeep row where its catch-up's CPU went, by"
                        " stage (SPLIT_STAGES; the timers cost a little: a profile, not the"
                        " row's figure)")
    args = parser.parse_args(argv)
    if args.split:
        time_stages()
    only = {s.strip() for s in args.only.split(",") if s.strip()} or set(SECTIONS)
    if not args.db.exists():
        print(f"{args.db} does not exist: run python bench/generate.py first", file=sys.stderr)
        return 2
    results: list[Row | Skip] = []
    if "rebuild" in only:
        results += bench_rebuild(args.db)
    with Library(args.db) as library:
        if "lookup" in only:
            results += bench_lookup(library, args.lookups)
        if "open" in only:
            results += bench_open(library, args.lookups // 2)
            results += bench_open_suggested()
        if "upkeep" in only:
            with tempfile.TemporaryDirectory() as texts:
                results += bench_upkeep(library, args.import_articles)
                results += bench_text_import(library, args.import_articles, Path(texts))
                results += bench_text_import_process(library, args.db, args.import_articles)
                results += bench_annotation_import(library, args.db, Path(texts))
                results += bench_page_import(library, args.pages)
                results += bench_url_import(library, args.db, args.url_pages, 200)
                results += bench_real_text_import(library, args.url_pages, 400)
                results += bench_accept_all(library)
                results += bench_fold(library, args.import_articles)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MB",
          file=sys.stderr)
    return 1 if print_table(results) else 0


if __name__ == "__main__":
    sys.exit(main())
