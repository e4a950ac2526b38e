"""The learned speaker scorer (issue 9): each quotation's candidate speakers with their
evidence, and the confidence it gives the rules' pick (which drives the check-speaker
mark). Texts are made up."""

from __future__ import annotations

import math
import sys

from reader.core.models import LOW_SPEAKER_CONFIDENCE
from reader.core.quotes import speaker_options, suggest
from reader.core.quotes.ranker import NOBODY, SpeakerOption, rank
from reader.core.quotes.speaker_weights import WEIGHTS

MEETING = ("Menteri Luar Negeri Rusia Sergey Lavrov bertemu Wakil Menteri Luar Negeri AS "
           "Karen Donfried di Jenewa pada Senin.\n\n"
           "“Kami tidak ingin berperang dengan siapa pun di kawasan ini,” kata Lavrov.")
# “he said” after a paragraph whose subject is a woman: the rules take her, and were sure
BRIDGE = ("The mayor, Ana Ruiz, opened the bridge on Monday. Tom Baker and "
          "state senator Lisa Park joined her at the ceremony.\n\n"
          "\"This bridge will carry twenty thousand cars a day across the river,\" he said.")


def test_options_are_the_rules_pick_the_people_nearby_and_nobody():
    [quote] = speaker_options(MEETING)
    names = [o.name for _p, o in quote.ranked]
    assert quote.speaker == "Sergey Lavrov" and names[0] == "Sergey Lavrov"
    assert set(names) == {"Sergey Lavrov", "Karen Donfried", NOBODY}
    assert math.isclose(sum(p for p, _o in quote.ranked), 1.0)
    lavrov = quote.ranked[0][1].features
    assert lavrov["rule"] == 1.0 and lavrov["rule_after"] == 1.0
    assert lavrov["mn_b_p1"] == 1.0 and lavrov["ev_a_sent"] == 1.0  # named before, speaks after
    assert "rule" not in quote.ranked[1][1].features


def test_the_confidence_is_the_lower_of_the_rules_and_the_scorer():
    for text in (MEETING, BRIDGE, open("seeds/000_c6336f8cebf4cd51.txt", encoding="utf-8")
                 .read()):
        found = {(s.start, s.end): s for s in suggest(text) if s.kind == "quote"}
        for q in speaker_options(text):
            s = found.get((q.start, q.end))
            if s is None or not s.speaker:
                continue
            prob, pick = next((p, o) for p, o in q.ranked if o.name == s.speaker)
            assert s.speaker_confidence == round(min(prob, pick.features["rule_conf"]), 3)


def test_a_pick_the_scorer_doubts_is_marked_and_the_hover_names_the_rival():
    [s] = [s for s in suggest(BRIDGE) if s.kind == "quote"]
    assert s.speaker == "Tom Baker"  # the rules' pick stays (the scorer only doubts it)
    assert s.speaker_unsure and s.speaker_confidence < LOW_SPEAKER_CONFIDENCE
    assert s.speaker_reason.endswith("(unsure: check the speaker; it may be Ana Ruiz)")


def test_a_sure_pick_stays_unmarked():
    [s] = [s for s in suggest(MEETING) if s.kind == "quote"]
    assert s.speaker == "Sergey Lavrov" and not s.speaker_unsure


def test_the_scorer_is_a_plain_softmax_over_the_weights():
    opts = [SpeakerOption(NOBODY, {"nobody": 1.0}), SpeakerOption("A", {"rule": 1.0})]
    ranked = rank(opts, WEIGHTS)
    a = math.exp(WEIGHTS["rule"])
    b = math.exp(WEIGHTS["nobody"])
    assert math.isclose(dict((o.name, p) for p, o in ranked)["A"], a / (a + b))


def test_every_shipped_weight_is_a_feature_the_options_have():
    """A feature renamed in ranker.py without training again would lose its weight
    silently: every weight must name a feature the options of real news carry."""
    from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

    seen: set[str] = set()
    for article in load_gold(REAL_DEV_DIR):
        for quote in speaker_options(article.text):
            for _p, option in quote.ranked:
                seen.update(option.features)
    assert set(WEIGHTS) <= seen


def test_every_labelled_dev_round_has_the_engine_before_its_rules(monkeypatch):
    """The scorer is fitted, and the learned override judged, on each dev round as the
    engine before its rules saw it (``OLD_ENGINES`` in tools/train_speaker_ranker.py): a
    round added to dev/ without its engine would silently drop out of both."""
    import importlib.util
    import json
    from pathlib import Path

    from reader.core.quotes.evaluate import REAL_DEV_DIR

    tool = Path(__file__).resolve().parents[1] / "tools" / "train_speaker_ranker.py"
    spec = importlib.util.spec_from_file_location("train_speaker_ranker", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # (its dataclasses look it up)
    monkeypatch.setattr(sys, "path", list(sys.path))  # (it puts the tree first)
    spec.loader.exec_module(module)
    ranges = [numbers for _commit, numbers in module.OLD_ENGINES]
    rounds: dict[int, list[int]] = {}
    for meta_file in REAL_DEV_DIR.glob("*.json"):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("round") is not None:
            rounds.setdefault(meta["round"], []).append(int(meta_file.name.split("_")[0]))
    assert {120, 121, 100} <= set(rounds)
    missing = {r: n for r, numbers in rounds.items() for n in numbers
               if not any(first <= n <= last for first, last in ranges)}
    assert not missing, missing
