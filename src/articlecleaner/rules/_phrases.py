"""Shared helpers: does a short line consist of boilerplate phrases only?"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from .._lexicon import all_phrases
from .._page import Block, Page
from .._text import letter_words

_MAX_PHRASE_WORDS = 6


@cache
def phrase_tuples(kinds: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    phrases = all_phrases()
    return frozenset(letter_words(phrase) for kind in kinds for phrase in phrases[kind])


@cache
def phrase_vocabulary(kinds: tuple[str, ...]) -> frozenset[str]:
    """Every word of the phrases of the given kinds: a line with another word is not
    covered by them, whatever the order of its words."""
    return frozenset(word for phrase in phrase_tuples(kinds) for word in phrase)


def covered_by_phrases(block: Block, kinds: tuple[str, ...], max_words: int = 12) -> bool:
    """True when every word of the block belongs to a phrase of the given kinds.

    Matching is greedy, longest phrase first, so "Share this article Tweet Email" is
    covered by the share phrases. Blocks of more than ``max_words`` words never are.
    """
    return words_covered_by_phrases(block.letter_words, kinds, max_words)


def blocks_covered_by_phrases(
    page: Page, kinds: tuple[str, ...], max_words: int = 12
) -> Iterator[Block]:
    """The page's blocks that ``covered_by_phrases`` accepts, in order: one loop that
    passes over most blocks at the cost of a length test and a set test, for the rules
    that ask it of every block."""
    vocabulary = phrase_vocabulary(kinds)
    for block in page.blocks:
        words = block.letter_words
        if (
            words
            and len(words) <= max_words
            and vocabulary.issuperset(words)
            and _tiled_by_phrases(words, kinds)
        ):
            yield block


def words_covered_by_phrases(
    words: tuple[str, ...], kinds: tuple[str, ...], max_words: int = 12
) -> bool:
    """``covered_by_phrases`` for a line's letter words."""
    if not words or len(words) > max_words or not phrase_vocabulary(kinds).issuperset(words):
        return False
    return _tiled_by_phrases(words, kinds)


def _tiled_by_phrases(words: tuple[str, ...], kinds: tuple[str, ...]) -> bool:
    """The words are a sequence of phrases of the given kinds, each word in one."""
    known = phrase_tuples(kinds)
    position = 0
    while position < len(words):
        for size in range(min(_MAX_PHRASE_WORDS, len(words) - position), 0, -1):
            if words[position : position + size] in known:
                position += size
                break
        else:
            return False
    return True


def starts_with_phrase(block: Block, kinds: tuple[str, ...]) -> int:
    """Number of leading words of a block that form a phrase of the given kinds (0 if none)."""
    words = block.letter_words
    known = phrase_tuples(kinds)
    for size in range(min(_MAX_PHRASE_WORDS, len(words)), 0, -1):
        if words[:size] in known:
            return size
    return 0
