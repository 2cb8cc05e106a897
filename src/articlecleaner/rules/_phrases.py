"""Shared helpers: does a short line consist of boilerplate phrases only?"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from .._lexicon import all_phrases

_TOKEN = regex.compile(r"\p{L}[\p{L}'’-]*")
_MAX_PHRASE_WORDS = 6


@cache
def _phrase_tuples(kinds: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    phrases = all_phrases()
    return frozenset(tuple(_TOKEN.findall(phrase)) for kind in kinds for phrase in phrases[kind])


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased letter tokens of a line; digits, icons and punctuation are skipped."""
    return tuple(_TOKEN.findall(text.casefold()))


def covered_by_phrases(text: str, kinds: tuple[str, ...], max_words: int = 12) -> bool:
    """True when every word of ``text`` belongs to a phrase of the given kinds.

    Matching is greedy, longest phrase first, so "Share this article Tweet Email" is
    covered by the share phrases. Lines of more than ``max_words`` words never are.
    """
    if text.count(" ") >= 2 * max_words:
        return False
    words = tokens(text)
    if not words or len(words) > max_words:
        return False
    known = _phrase_tuples(kinds)
    position = 0
    while position < len(words):
        for size in range(min(_MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            if words[position : position + size] in known:
                position += size
                break
        else:
            return False
    return True


def starts_with_phrase(text: str, kinds: tuple[str, ...]) -> int:
    """Number of leading words of ``text`` that form a phrase of the given kinds (0 if none)."""
    words = tokens(text)
    known = _phrase_tuples(kinds)
    for size in range(min(_MAX_PHRASE_WORDS, len(words)), 0, -1):
        if words[:size] in known:
            return size
    return 0
