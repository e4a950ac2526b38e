"""The seed article's five quotations, their speakers, and the scare quote that is not one."""

from pathlib import Path

import pytest

from reader.core.quotes import suggest

SEED = Path(__file__).parent.parent / "seeds" / "000_c6336f8cebf4cd51.txt"


@pytest.fixture(scope="module")
def quotes():
    text = SEED.read_text(encoding="utf-8")
    return [s for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Kami tidak ingin berperang", "Sergey Lavrov"),
        ("Kami tidak ingin mengambil jalur konfrontasi", "Sergey Lavrov"),
        ("Saya berharap mereka", "Sergey Lavrov"),
        ("Dialog dengan Rusia", "Karen Donfried"),
        ("Kami tidak akan mengkompromikan", "Karen Donfried"),
    ],
)
def test_seed_quote_and_speaker(quotes, opening, speaker):
    [found] = [q for q in quotes if q.exact.startswith(opening)]
    assert found.speaker == speaker


def test_seed_has_exactly_five_quotes(quotes):
    assert len(quotes) == 5


def test_seed_scare_quote_is_not_a_quote(quotes):
    assert not any("jaminan keamanan" == q.exact for q in quotes)


def test_seed_first_quote_drops_trailing_comma(quotes):
    assert quotes[0].exact == "Kami tidak ingin berperang"
    assert quotes[0].reason == "quotation attributed by 'kata Lavrov'"


def test_seed_roles(quotes):
    assert quotes[0].speaker_role == "Menteri Luar Negeri (Menlu) Rusia"
    assert quotes[-1].speaker_role == "Asisten Menlu AS"
