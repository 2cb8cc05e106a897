"""The benchmark metrics reproduce the definitions of the corpus README."""

from __future__ import annotations

import pytest

from benchmarks.metrics import (
    aeb_score,
    date_score,
    shingle_counts,
    shingles,
    snippet_score,
)


def test_shingles_are_token_4grams_and_short_text_is_one_shingle() -> None:
    assert sum(shingles("a b c d e").values()) == 2
    assert list(shingles("one two")) == [("one", "two")]
    assert shingles("") == {}


def test_shingle_counts_by_hand() -> None:
    # gold: 6 tokens -> 3 shingles; prediction drops the last token and adds two.
    gold = "w1 w2 w3 w4 w5 w6"
    pred = "w1 w2 w3 w4 w5 x y"
    tp, fp, fn = shingle_counts(gold, pred)
    # gold shingles: (1234) (2345) (3456); pred: (1234) (2345) (345x) (45xy)
    assert (tp, fp, fn) == pytest.approx((2 / 5, 2 / 5, 1 / 5))


def test_aeb_score_macro_means_and_edge_cases() -> None:
    pairs = [
        ("w1 w2 w3 w4 w5 w6", "w1 w2 w3 w4 w5 x y"),  # P 0.5, R 2/3
        ("a b c d", "a b c d"),  # identical: P = R = 1
        ("a b c d", ""),  # nothing predicted: P skipped, R = 0
    ]
    score = aeb_score(pairs, bootstrap=50)
    precision = (0.5 + 1.0) / 2
    recall = (2 / 3 + 1.0 + 0.0) / 3
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.f1_spread > 0


def test_snippets_are_whitespace_normalised_and_a_crash_finds_nothing() -> None:
    output = "The  first\nsentence. Menu Home"
    score = snippet_score(output, ["The first sentence.", "missing"], ["Menu", "Footer"])
    assert (score.tp, score.fn, score.fp, score.tn) == (1, 1, 1, 1)
    crashed = snippet_score(None, ["x"], ["y"])
    assert (crashed.tp, crashed.fn, crashed.fp, crashed.tn) == (0, 1, 0, 1)
    assert (score + crashed).f1 == pytest.approx(2 * 1 / (2 * 1 + 1 + 2))


def test_date_protocol() -> None:
    total = date_score("2021-12-15", "2021-12-15") + date_score("2021-12-14", "2021-12-15")
    total = total + date_score(None, "2021-12-15") + date_score(None, None)
    assert (total.tp, total.fp, total.fn, total.tn) == (1, 1, 2, 1)
