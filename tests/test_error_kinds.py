"""tools/error_kinds.py sorts each speaker or span error into its kind (made-up articles:
each kind is detected), and prints no text for a set outside dev and the synthetic set."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from reader.core.quotes.evaluate import GoldArticle

TOOL = Path(__file__).resolve().parents[1] / "tools" / "error_kinds.py"


@pytest.fixture(scope="module")
def kinds():
    spec = importlib.util.spec_from_file_location("error_kinds", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved_path, saved = list(sys.path), sys.modules.get(spec.name)
    sys.modules[spec.name] = module  # (its dataclasses look it up)
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path[:] = saved_path
        if saved is None:
            sys.modules.pop(spec.name, None)
        else:
            sys.modules[spec.name] = saved


TEXT = (
    "“The vote is tomorrow and we will all be there to see it,” the poster read.\n\n"
    "Ana Ruiz, the mayor of Maple, spoke after the meeting. “We will win the vote tomorrow "
    "and then we rebuild the bridge,” said Ana Ruiz. Tom Baker, her rival, disagreed.\n\n"
    "“Nobody in this town wants a new bridge, and nobody will pay for one either,” Baker "
    "told reporters on Monday. The council meets again in May to decide the matter.\n"
)
POSTER = "The vote is tomorrow and we will all be there to see it,"
ANA = "We will win the vote tomorrow and then we rebuild the bridge,"
BAKER = "Nobody in this town wants a new bridge, and nobody will pay for one either,"


def _article(*quotes: tuple[str, str], text: str = TEXT) -> GoldArticle:
    spans = []
    for exact, who in quotes:
        at = text.index(exact)
        spans.append((at, at + len(exact), who))
    return GoldArticle("made_up_en", text, "en", spans)


def test_right_speakers_and_spans_count_as_right(kinds):
    tally, _lines = kinds.classify(_article((POSTER, ""), (ANA, "Ana Ruiz"),
                                            (BAKER, "Tom Baker")))
    assert (tally.quotes, tally.right) == (3, 3)
    assert not tally.kinds


def test_span_kinds(kinds):
    # gold's first quotation left out: extra; a quarter of Ana's: boundary; unquoted
    # words: missed
    tally, _ = kinds.classify(_article(("We will win", "Ana Ruiz"), (BAKER, "Tom Baker"),
                                       ("The council meets again in May", "")))
    assert tally.kinds == {"extra": 1, "boundary": 1, "missed": 1}
    assert tally.right == 1


def test_wrong_speaker_kinds_end_to_end(kinds):
    tally, _ = kinds.classify(_article((POSTER, "Tom Baker"), (ANA, "Tom Baker"),
                                       (BAKER, "")))
    assert tally.kinds == {"named->nobody:far:uncued": 1, "other:cue": 1, "nobody->named:cue": 1}
    # named without the mark, and the gold speaker among the candidates
    assert tally.unmarked == {"other:cue": 1, "nobody->named:cue": 1}
    assert tally.reachable["other:cue"] == 1


def test_name_forms(kinds):
    tally, _ = kinds.classify(_article((POSTER, ""), (ANA, "Ana Ruiz Lopez"),
                                       (BAKER, "Baker")))
    # (a cut name's missing words get a shape too: “Lopez”, a word)
    assert tally.kinds == {"form:cut:last-words:word": 1, "form:before:word": 1}
    k, P = kinds.speaker_kind, kinds.Pick
    assert k(TEXT, "Tom Baker", P("Tom Baker Sunnyvale", False), 0, 1) == "form:after:word"
    assert k(TEXT, "The New York Times", P("New York Times", False), 0, 1) == (
        "form:cut:first-words:article")
    assert k(TEXT, "Tom Baker", P("Baker", False), 0, 1) == "form:cut:first-words:word"
    assert k(TEXT, "Tom Lee Baker", P("Lee", False), 0, 1) == "form:cut:both"
    assert k(TEXT, "Tom Baker", P("Ghanaian Tom Baker", False), 0, 1) == "form:before:demonym"
    assert k(TEXT, "Tom Baker", P("Greek Tom Baker", False), 0, 1) == "form:before:demonym"
    assert k(TEXT, "Tom Baker", P("Hon. Tom Baker", False), 0, 1) == "form:before:title"
    assert k(TEXT, "Tom Baker", P("Senator Tom Baker", False), 0, 1) == "form:before:role"
    assert k(TEXT, "Tom Baker", P("NDC Tom Baker", False), 0, 1) == (
        "form:before:place-or-body")
    assert k(TEXT, "Tom Baker", P("Nobody Tom Baker", False), 0, 1) == (
        "form:before:ordinary-word")
    assert k(TEXT, "Tom Baker", P("Democrat Tom Baker", False), 0, 1) == "form:before:party"
    assert k(TEXT, "Tom Baker", P("Monday Tom Baker", False), 0, 1) == (
        "form:before:day-or-month")
    assert k(TEXT, "Tom Baker", P("Assoc. Tom Baker", False), 0, 1) == "form:before:abbreviation"
    assert k(TEXT, "Tom Baker", P("Zed Quux Tom Baker", False), 0, 1) == "form:before:words"
    assert k(TEXT, "Tom Baker", P("Mayor Tom Baker Monday", False), 0, 1) == "form:around"
    assert k(TEXT, "Tom Baker", kinds.Pick("Thomas Baker", False), 0, 1) == "form:other"


def test_named_to_nobody_by_where_the_gold_name_is(kinds):
    nobody = kinds.Pick("", False)
    at = TEXT.index(BAKER)
    assert kinds.speaker_kind(TEXT, "Tom Baker", nobody, at, at + len(BAKER)) == (
        "named->nobody:sentence:uncued")
    at = TEXT.index(POSTER)
    assert kinds.speaker_kind(TEXT, "Ana Ruiz", nobody, at, at + 5) == (
        "named->nobody:near:uncued")
    assert kinds.speaker_kind(TEXT, "Tom Baker", nobody, at, at + 5) == (
        "named->nobody:far:uncued")
    assert kinds.speaker_kind(TEXT, "Lee Chong", kinds.Pick("", False, cued=True), at,
                              at + 5) == "named->nobody:unwritten:cued"


def test_role_place_unwritten_and_quoted(kinds):
    k, P = kinds.speaker_kind, kinds.Pick
    assert k(TEXT, "Ana Ruiz", P("spokesman", False), 0, 1) == "role"
    assert k(TEXT, "Ana Ruiz", P("Minister", False), 0, 1) == "role"
    for place in ("South Dakota", "W. Va", "Harbour Street", "Rights Bill", "Jerry World",
                  "Ministry of Ports", "TNPF"):
        assert k(TEXT, "Ana Ruiz", P(place, False), 0, 1) == "place", place
    assert k(TEXT + " Peter White agreed.", "Ana Ruiz", P("Peter White", False), 0, 1) == (
        "other:cue")  # a surname that is also a body's word
    berkeley = ("Maurice Obstfeld, a former IMF chief economist who now teaches at the "
                "University of California, Berkeley, has warned that it is “a storm”.")
    assert k(berkeley, "Maurice Obstfeld", P("Berkeley", False), 0, 1) == "place"
    assert k(TEXT + " Residents in Birchwood agree.", "Ana Ruiz", P("Birchwood", False), 0,
             1) == "place"
    assert k(TEXT + " Residents in Maple agree.", "Ana Ruiz", P("Maple", False), 0, 1) == (
        "other:cue")  # (also “the mayor of Maple”: a town, but the test cannot tell)
    assert k(TEXT, "Ana Ruiz", P("Rita Bakerstown", False), 0, 1) == "unwritten"
    quoted = TEXT + "“Ask Carla Mendes what she paid for it,” he said.\n"
    assert k(quoted, "Tom Baker", P("Carla Mendes", False), 0, 1) == "quoted"
    assert k(quoted, "Ana Ruiz", P("Tom Baker", False), 0, 1) == "other:cue"


def test_another_cast_member_by_how_it_was_reached(kinds):
    k, P = kinds.speaker_kind, kinds.Pick
    assert k(TEXT, "Ana Ruiz", P("Tom Baker", True, "after", "pronoun", 0), 0, 1) == (
        "other:pronoun-0-1")
    assert k(TEXT, "Ana Ruiz", P("Tom Baker", True, "after", "role", 3), 0, 1) == (
        "other:role-2-3")
    assert k(TEXT, "Ana Ruiz", P("Tom Baker", True, "inherited", "name", 7), 0, 1) == (
        "other:inherited-4+")
    assert k(TEXT, "Ana Ruiz", P("Tom Baker", True, "chain", "name"), 0, 1) == "other:chain"
    assert k(TEXT, "Ana Ruiz", P("Tom Baker", True, "subject", "subject"), 0, 1) == (
        "other:subject")
    assert k(TEXT, "", P("Tom Baker", True, "before", "name"), 0, 1) == "nobody->named:cue"


def _blind_set(tmp_path: Path) -> Path:
    """A folder in the gold format, as a never-tuned set is: TEXT and three labelled
    quotations."""
    folder = tmp_path / "blind"
    folder.mkdir()
    (folder / "9001_made_en.txt").write_text(TEXT, encoding="utf-8")
    quotes = [{"exact": POSTER, "speaker": "Tom Baker"}, {"exact": ANA, "speaker": "Tom Baker"},
              {"exact": BAKER, "speaker": None}]
    (folder / "9001_made_en.json").write_text(
        json.dumps({"language": "en", "quotes": quotes}), encoding="utf-8")
    return folder


def test_table_prints_counts_only(kinds, tmp_path):
    folder = _blind_set(tmp_path)
    results = {"blind": kinds.tally_set(folder)}
    out = "\n".join(kinds.table(results, "en"))
    for secret in ("Baker", "Ruiz", "vote", "bridge", "made"):
        assert secret not in out
    assert "other:cue" in out and "1/1/1@1" in out
    with pytest.raises(SystemExit):  # examples are printed for dev and synthetic sets only
        kinds.tally_set(folder, show="other")


def test_paths_split_a_kind_by_the_engine_s_labels_only(kinds, tmp_path):
    """``--paths``: each wrong speaker's kind with the engine's path to it (where the rules
    found the speaker, how the name was read, cued or not), no word of the text."""
    P = kinds.Pick
    assert kinds.path(P("Tom Baker", True, "after", "pronoun", cued=True)) == (
        "<after·pronoun·cued>")
    assert kinds.path(P("", False)) == "<-·-·uncued>"
    folder = _blind_set(tmp_path)
    plain = kinds.tally_set(folder)["en"]
    split = kinds.tally_set(folder, paths=True)["en"]
    assert sum(split.kinds.values()) == sum(plain.kinds.values())
    assert split.right == plain.right
    assert all(k.split(" <")[0] in plain.kinds for k in split.kinds)
    assert any(k.startswith("other:cue <") and k.endswith("cued>") for k in split.kinds)
    out = "\n".join(kinds.table({"blind": {"en": split}}, "en"))
    for secret in ("Baker", "Ruiz", "vote", "bridge", "made"):
        assert secret not in out
