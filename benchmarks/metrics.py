"""The metrics of the dev corpus README, implemented exactly as defined there."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")

Counts = tuple[float, float, float]


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of ``size``-grams of ``\\w+`` tokens; a shorter text is one shingle."""
    tokens = _TOKEN.findall(text or "")
    grams = [tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1))]
    return Counter(gram for gram in grams if gram)


def shingle_counts(true: str, pred: str) -> Counts:
    """Per-page TP, FP, FN over shingles, normalised by their sum (AEB)."""
    gold, guess = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in gold.keys() | guess.keys():
        tp += min(gold[key], guess[key])
        fp += max(0, guess[key] - gold[key])
        fn += max(0, gold[key] - guess[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


@dataclass(frozen=True)
class AebScore:
    """Macro precision/recall over pages, F1 of the means, exact-token accuracy, bootstrap ±."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    f1_spread: float


def _macro(counts: Sequence[Counts]) -> tuple[float, float, float]:
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def aeb_score(pairs: Sequence[tuple[str, str]], bootstrap: int = 1000, seed: int = 0) -> AebScore:
    """Score (gold, predicted) body pairs; ± is 1.96 x the bootstrap std, as evaluate.py."""
    counts = [shingle_counts(gold, pred) for gold, pred in pairs]
    p, r, f1 = _macro(counts)
    accuracy = (
        statistics.mean(_TOKEN.findall(gold) == _TOKEN.findall(pred) for gold, pred in pairs)
        if pairs
        else 0.0
    )
    rng = random.Random(seed)
    samples = (
        [_macro([counts[rng.randrange(len(counts))] for _ in counts])[2] for _ in range(bootstrap)]
        if len(counts) > 1
        else [f1]
    )
    spread = 1.96 * statistics.stdev(samples) if len(samples) > 1 else 0.0
    return AebScore(p, r, f1, float(accuracy), spread)


def bow_f1(gold: str, pred: str) -> float:
    """WCXB's page score: F1 of the lower-cased ``\\w+`` tokens compared as multisets; an
    empty gold and an empty output score 1, one of them empty scores 0."""
    truth = Counter(_TOKEN.findall(gold.lower()))
    guess = Counter(_TOKEN.findall(pred.lower()))
    if not truth or not guess:
        return 1.0 if not truth and not guess else 0.0
    overlap = sum((truth & guess).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(guess.values())
    recall = overlap / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def normalise_space(text: str) -> str:
    """Collapse whitespace runs to one space, as trafilatura's eval does."""
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class SnippetScore:
    """Micro-summed snippet confusion counts (trafilatura eval)."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SnippetScore) -> SnippetScore:
        return SnippetScore(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


def snippet_score(
    output: str | None, with_snippets: Sequence[str], without_snippets: Sequence[str]
) -> SnippetScore:
    """Count found/missing ``with`` and ``without`` snippets; None (a crash) finds nothing."""
    text = normalise_space(output) if output is not None else None
    tp = fn = fp = tn = 0
    for snippet in with_snippets:
        if text is not None and normalise_space(snippet) in text:
            tp += 1
        else:
            fn += 1
    for snippet in without_snippets:
        if text is not None and normalise_space(snippet) in text:
            fp += 1
        else:
            tn += 1
    return SnippetScore(tp, fn, fp, tn)


def headline_match(predicted: str | None, gold: str) -> bool:
    """Exact match after whitespace normalisation."""
    return predicted is not None and normalise_space(predicted) == normalise_space(gold)


@dataclass(frozen=True)
class DateScore:
    """The htmldate protocol: per page TP / FP / FN / TN."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: DateScore) -> DateScore:
        return DateScore(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn
        )

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


def date_score(predicted: str | None, gold: str | None) -> DateScore:
    """htmldate evaluation: no output -> FN (and TN when the label is "no date")."""
    if predicted is None:
        return DateScore(fn=1, tn=1) if gold is None else DateScore(fn=1)
    return DateScore(tp=1) if predicted == gold else DateScore(fp=1)
