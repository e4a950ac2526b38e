"""A gold set with nothing in it is no perfect score: ``bench/quotes.py`` printed the empty
"real fresh3 id" (its Indonesian round had moved to dev) as precision, recall and speaker
accuracy 1.000, and counted it as meeting the targets."""

import importlib.util
import json
from pathlib import Path

import pytest

from reader.core.quotes.evaluate import Score
from reader.core.trail.evaluate import Score as PairScore

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quotes_bench():
    return _bench("quotes")


def _article(folder: Path, name: str, text: str, quotes: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({"language": "en", "quotes": quotes}),
                                         encoding="utf-8")


def test_an_empty_row_says_no_quotes(quotes_bench):
    assert quotes_bench._row("id", Score()) == "  id   no quotes"
    assert quotes_bench._meets(Score()) is None
    extra = Score(fp=2)  # nothing to find, two suggested: a precision of 0, no pass
    assert quotes_bench._row("id", extra) == "  id   no quotes; 2 suggested, all extra"
    assert quotes_bench._meets(extra) is False
    full = Score(tp=10, gold=10, speaker_ok=10)
    assert quotes_bench._meets(full) is True
    assert "precision 1.000" in quotes_bench._row("en", full)


def test_sets_with_no_quotes_meet_no_target(quotes_bench, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(quotes_bench, "ROOT", tmp_path)
    monkeypatch.setattr(quotes_bench, "_best", lambda fn, repeat=7: 0.001)  # speed: a pass
    (tmp_path / "fresh3").mkdir()
    monkeypatch.setattr(quotes_bench, "SETS", [("real fresh3", tmp_path / "fresh3")])
    assert quotes_bench.main([]) == 1
    out = capsys.readouterr().out
    assert "  id   no quotes\n  en   no quotes\n  all  no quotes\n" in out
    assert "1.000" not in out and out.rstrip().endswith("targets NOT met")

    # one language scored (and met), the other empty: the empty one neither passes nor fails
    _article(tmp_path / "fresh3", "001_test_en", '"We will build the bridge," Ann Lee said.',
             [{"exact": "We will build the bridge,", "speaker": "Ann Lee"}])
    assert quotes_bench.main([]) == 0
    out = capsys.readouterr().out
    assert "  id   no quotes\n  en   quotes    1  precision 1.000" in out
    assert out.rstrip().endswith("targets met")


def test_the_trail_bench_says_no_pairs(quotes_bench):
    trail_bench = _bench("trail_quality")
    assert trail_bench.line("HELD-OUT pairs, id", PairScore()).split() == [
        "HELD-OUT", "pairs,", "id", "no", "pairs"]
    assert "precision 1.000" in trail_bench.line("pairs", PairScore(tp=3, tn=2))
