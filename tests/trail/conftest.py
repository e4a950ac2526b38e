"""What the trail's tests share: the seed's Lavrov quotation across three outlets, where a
library is (a file or a team library), and small helpers."""

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.trail.match import compare
from reader.core.trail.model import ClusterSummary
from reader.core.trail.text import keys

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"
LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
          "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")
HOPE = "Saya berharap mereka akan menganggap kami serius"


@pytest.fixture
def three_outlets(seeded_library, seed_id):
    """The seed (MINA) with Lavrov's quotation and an unrelated one annotated, then a
    second outlet's shortened, reworded version and a third outlet's copy imported."""
    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    other = lib.annotations.add_exact(seed_id, HOPE, kind="quote", speaker="Lavrov")
    lib.trail.refresh()
    report = lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    assert len(report.imported) == 2
    return lib, quote, other



@pytest.fixture(params=["file", "team"])
def place(request, tmp_path):
    """Where the library is: a file, or a team library on the tests' PostgreSQL server."""
    return (str(tmp_path / "library.sqlite") if request.param == "file"
            else request.getfixturevalue("pg_url"))


def same(a: str, b: str) -> bool:
    """Whether the matcher takes two quotations for one statement."""
    return compare(keys(a), keys(b)) is not None


def quoted_articles(texts: list[tuple[str, tuple[str, str]]], first: int, month: str,
                    attribution: str) -> list[ImportedArticle]:
    """An article of outlet ``Outlet<name>`` for each (name, (quotation, speaker)), numbered
    from ``first`` (its title, hash and day of ``month``, "YYYY-MM"), quoting it as
    "Jakarta – “quotation,” " then ``attribution`` ("{speaker} said.")."""
    return [ImportedArticle(title=f"{name} {first + n}", source=f"Outlet{name}",
                            content_hash=f"{name}{first + n}",
                            published=f"{month}-{first + n:02d}",
                            text=f"Jakarta – “{text},” " + attribution.format(speaker=speaker))
            for n, (name, (text, speaker)) in enumerate(texts)]


def listed_outlets(lib: Library, listed: list[ClusterSummary]) -> list[list[str]]:
    """The outlets of each statement ``listed`` (the Quotes list's), sorted."""
    return sorted(sorted(v.source for v in lib.trail.trail_of_cluster(c.cluster).versions)
                  for c in listed)
