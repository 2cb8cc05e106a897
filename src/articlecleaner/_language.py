"""Language identification: scripts for Chinese, Japanese, Korean and Arabic, stopword
profiles for the rest. Small, fast and dependency-free."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import chain

import regex

from ._lexicon import stopword_sets
from ._scripts import may_hold_cjk_or_arabic
from ._text import letter_words

_SAMPLE_CHARS = 20_000
_MIN_HITS = 5
_LETTER = regex.compile(r"\p{L}")
# (language, pattern, share of all letters that decides it), checked in this order:
# kana marks Japanese even among Han characters.
_SCRIPTS = (
    ("ja", regex.compile(r"[\p{Hiragana}\p{Katakana}]"), 0.05),
    ("ko", regex.compile(r"\p{Hangul}"), 0.2),
    ("zh", regex.compile(r"\p{Han}"), 0.3),
    ("ar", regex.compile(r"\p{Arabic}"), 0.3),
)


def detect_language(
    texts: Sequence[str], word_lists: Sequence[Sequence[str]] | None = None
) -> str | None:
    """The ISO 639-1 code of the page's language, or None when nothing is clear.

    Read from the first texts that hold 20,000 characters; ``word_lists``: each text's
    ``letter_words``, when the caller has them."""
    sampled = size = 0
    for text in texts:
        sampled += 1
        size += len(text)
        if size >= _SAMPLE_CHARS:
            break
    sample = "\n".join(texts[:sampled])
    if not sample.isascii() and may_hold_cjk_or_arabic(sample):  # else none of these
        letters = 0
        for language, pattern, share in _SCRIPTS:
            if pattern.search(sample) is None:
                continue  # most pages print none of these scripts: no need to count
            letters = letters or len(_LETTER.findall(sample)) or 1
            if len(pattern.findall(sample)) >= share * letters:
                return language
    hits: dict[str, int] = {}
    longer_hits: set[str] = set()
    languages_of = _languages_by_stopword()
    words = word_lists[:sampled] if word_lists else map(letter_words, texts[:sampled])
    counts = Counter(chain.from_iterable(words))
    for word in counts.keys() & languages_of.keys():  # the stopwords, in any order: hits add up
        count = counts[word]
        for language in languages_of[word]:
            hits[language] = hits.get(language, 0) + count
            if len(word) > 1:
                longer_hits.add(language)
    if not hits:
        return None
    best, best_hits = max(sorted(hits.items()), key=lambda item: item[1])
    # One-letter stopwords ("a", "e", "y", "i", "o") are shared by many languages and
    # look like initials: alone they are no evidence of a language.
    return best if best_hits >= _MIN_HITS and best in longer_hits else None


@cache
def _languages_by_stopword() -> dict[str, tuple[str, ...]]:
    """Each stopword of a space-separated language and the languages it belongs to."""
    found: dict[str, list[str]] = {}
    for language, stops in stopword_sets().items():
        if language in ("zh", "ja"):
            continue  # their stopwords are characters, decided by script above
        for word in stops:
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}
