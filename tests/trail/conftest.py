"""What the trail's tests share: the seed's Lavrov quotation across three outlets."""

from pathlib import Path

import pytest

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
