"""Language identification from stopword profiles: small, fast, dependency-free."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from ._lexicon import stopword_sets

_SAMPLE_WORDS = 3000
_MIN_HITS = 5


def detect_language(words: Iterable[str]) -> str | None:
    """Return the ISO 639-1 code whose stopwords cover most of the words, or None."""
    sample = [w.casefold() for w in islice(words, _SAMPLE_WORDS)]
    if not sample:
        return None
    best, best_hits = None, 0
    for language, stops in stopword_sets().items():
        hits = sum(1 for word in sample if word in stops)
        if hits > best_hits:
            best, best_hits = language, hits
    return best if best_hits >= _MIN_HITS else None
