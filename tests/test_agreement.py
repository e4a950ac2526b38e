"""Agreement figures (issue 14) checked against published worked examples and against an
independent computation written here from the textbook formulas."""

import math
from collections import Counter
from itertools import permutations

import pytest

from reader.core.agreement import (
    Coded,
    agreement_report,
    binary_alpha,
    binary_kappa,
    cohen_kappa,
    match_units,
    nominal_alpha,
    percent_agreement,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
# Communication, University of Pennsylvania, section C ("Nominal data, any number of
# observers, missing data"): 4 observers (A–D) × 12 units; published nominal α = 0.743.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],  # observer A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],  # B
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],  # C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],  # D
]


def hand_alpha(data):
    """Nominal α from Krippendorff's coincidence matrix, written independently:
    α = 1 − (n − 1) · Σ_c≠k o_ck / Σ_c≠k n_c·n_k."""
    coincidences = Counter()
    for column in zip(*data, strict=True):
        given = [v for v in column if v is not None]
        m = len(given)
        if m < 2:
            continue
        for x, y in permutations(given, 2):
            coincidences[x, y] += 1 / (m - 1)
    totals = Counter()
    for (x, _), weight in coincidences.items():
        totals[x] += weight
    n = sum(totals.values())
    observed = sum(w for (x, y), w in coincidences.items() if x != y)
    expected = sum(totals[x] * totals[y] for x in totals for y in totals if x != y)
    return 1 - (n - 1) * observed / expected


def test_krippendorffs_published_example_gives_0_743():
    assert nominal_alpha(KRIPPENDORFF_2011) == pytest.approx(0.743, abs=0.0005)
    assert hand_alpha(KRIPPENDORFF_2011) == pytest.approx(0.743, abs=0.0005)


def test_cohens_kappa_textbook_example():
    # The worked example of the Wikipedia article "Cohen's kappa" (50 proposals read by
    # two readers: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert percent_agreement([a, b]) == pytest.approx(0.7)
    assert cohen_kappa(a, a) == 1.0
    assert cohen_kappa(["x"] * 5, ["x"] * 5) is None  # chance agreement total: undefined
    assert cohen_kappa([], []) is None


def test_alpha_is_none_when_undefined():
    assert nominal_alpha([[1, 1, 1], [1, 1, 1]]) is None
    assert nominal_alpha([[1, None], [None, 2]]) is None


def test_alpha_with_one_value_among_the_paired_units_is_none_without_a_warning():
    """The Agreement dialog printed krippendorff's "invalid value encountered in scalar
    divide" on the terminal: two values in all, but one only where a single coder coded."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert nominal_alpha([[1, 1, 2], [1, 1, None]]) is None
        assert nominal_alpha([[1, 2, 2], [1, 2, None]]) == pytest.approx(1.0)


TEXT = ("Menteri Luar Negeri Rusia Sergey Lavrov mengatakan kami tidak ingin berperang."
        " Juru bicara NATO menjawab bahwa dialog harus mengatasi kekhawatiran sekutu.")


def span(coder, words, tags=("framing",), kind="quote", speaker="", verdict="", article=1):
    start = TEXT.index(words)
    return Coded(coder, article, start, start + len(words), kind, tuple(tags), speaker,
                 verdict)


def test_unitized_alpha_over_characters_matches_an_independent_computation():
    coded = [span("Ana", "kami tidak ingin berperang"),
             span("Budi", "tidak ingin berperang"),
             span("Ana", "dialog harus mengatasi kekhawatiran sekutu", tags=("framing/x",)),
             span("Budi", "kekhawatiran sekutu")]
    report = agreement_report({1: TEXT}, coded, ["Ana", "Budi"], tags=["framing"])
    [line] = report.comparisons
    rows = [[0] * len(TEXT) for _ in range(2)]
    for c in coded:
        for i in range(c.start, c.end):
            rows[0 if c.coder == "Ana" else 1][i] = 1
    assert line.unit == "character" and line.units == len(TEXT)
    assert line.alpha == pytest.approx(hand_alpha(rows))
    agree = sum(x == y for x, y in zip(*rows, strict=True)) / len(TEXT)
    assert line.percent == pytest.approx(agree)
    [pair] = line.pairs
    assert pair.kappa == pytest.approx(cohen_kappa(rows[0], rows[1]))
    assert 0 < line.alpha < 1
    assert any("only 4 coded segment" in w for w in line.warnings)


def test_token_unit_counts_words():
    coded = [span("Ana", "kami tidak ingin berperang"), span("Budi", "kami tidak ingin")]
    [line] = agreement_report({1: TEXT}, coded, ["Ana", "Budi"], unit="token",
                              tags=["framing"]).comparisons
    assert line.unit == "token" and line.units == len(TEXT.replace(".", "").split())
    assert line.percent == pytest.approx(1 - 1 / line.units)  # only "berperang" differs


def test_speakers_on_matched_quotes_and_warnings():
    coded = [span("Ana", "kami tidak ingin berperang", speaker="Sergey Lavrov"),
             span("Budi", "tidak ingin berperang", speaker="sergey  lavrov"),
             span("Ana", "dialog harus mengatasi kekhawatiran sekutu", speaker="NATO"),
             span("Budi", "dialog harus mengatasi kekhawatiran", speaker="Lavrov")]
    units = match_units(coded, ["Ana", "Budi", "Citra"])
    assert [sorted(u) for u in units] == [["Ana", "Budi"], ["Ana", "Budi"]]
    report = agreement_report({1: TEXT}, coded, ["Ana", "Budi", "Citra"])
    speaker = next(c for c in report.comparisons if c.what == "speaker")
    assert speaker.unit == "matched quote" and speaker.units == 2
    ana_budi = next(p for p in speaker.pairs if (p.coder_a, p.coder_b) == ("Ana", "Budi"))
    assert ana_budi.percent == 0.5 and ana_budi.units == 2
    assert math.isclose(speaker.percent, 0.5)
    assert any("Citra coded nothing" in w for w in report.warnings)
    assert any("only 2 matched quote" in w for w in speaker.warnings)


def test_one_category_dominating_is_warned():
    coded = []
    for i, words in enumerate(TEXT.split()[:12]):
        for coder in ("Ana", "Budi"):
            verdict = "false" if (i == 0 and coder == "Budi") else "true"
            coded.append(Coded(coder, 1, TEXT.index(words), TEXT.index(words) + len(words),
                               "claim", (), "", verdict))
    report = agreement_report({1: TEXT}, coded, ["Ana", "Budi"])
    verdict = next(c for c in report.comparisons if c.what == "verdict")
    assert verdict.units == 12
    assert any("“true” is 96%" in w for w in verdict.warnings)


@pytest.mark.parametrize("seed", range(6))
def test_the_array_coefficients_equal_the_general_ones(seed):
    """The unitized lines hand krippendorff the 0/1 array itself and work κ out over
    arrays (a million units in a second); the figures are those of the general functions
    the published examples check."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = (rng.random((2 + seed % 2, 400)) < [[0.1], [0.3], [0.5]][:2 + seed % 2]).astype(
        np.int8)
    assert binary_alpha(rows) == pytest.approx(nominal_alpha([[int(v) for v in r]
                                                              for r in rows]))
    assert binary_kappa(rows[0], rows[1]) == pytest.approx(
        cohen_kappa(list(rows[0]), list(rows[1])))
    same = np.zeros((2, 50), dtype=np.int8)
    assert binary_alpha(same) is None and binary_kappa(same[0], same[1]) is None
    assert binary_alpha(same[:, :0]) is None and binary_kappa(same[0, :0], same[1, :0]) is None
