"""Language identification from stopword profiles: small, fast, dependency-free."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import islice

from ._lexicon import stopword_sets

_SAMPLE_WORDS = 3000
_MIN_HITS = 5


def detect_language(words: Iterable[str]) -> str | None:
    """Return the ISO 639-1 code whose stopwords cover most of the words, or None."""
    sample = [w.casefold() for w in islice(words, _SAMPLE_WORDS)]
    if not sample:
        return None
    hits: dict[str, int] = {}
    languages_of = _languages_by_stopword()
    for word in sample:
        for language in languages_of.get(word, ()):
            hits[language] = hits.get(language, 0) + 1
    if not hits:
        return None
    best, best_hits = max(sorted(hits.items()), key=lambda item: item[1])
    return best if best_hits >= _MIN_HITS else None


@cache
def _languages_by_stopword() -> dict[str, tuple[str, ...]]:
    """Each stopword and the languages it belongs to."""
    found: dict[str, list[str]] = {}
    for language, stops in stopword_sets().items():
        for word in stops:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}
