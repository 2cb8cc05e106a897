"""Fast tests by the standard ``re`` engine that let costly patterns of the regex module
run only on the texts that need them: character classes that tell which scripts a text
is written in (the standard engine scans a text for a class of code points several times
faster than the regex module scans for a script property such as ``\\p{Han}``), and words
in any case (``tests/test_words.py`` checks every code point)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

# Python 3.11's standard engine added possessive repeats ("*+", "++"); 3.10's lacks them.
POSSESSIVE_REPEATS = sys.version_info >= (3, 11)


def standard_pattern(pattern: str, possessive: bool = POSSESSIVE_REPEATS) -> re.Pattern[str]:
    """``re.compile(pattern)`` for a pattern whose possessive repeats are each followed
    by nothing that can fail (an optional group, the end): greedy repeats match the same
    there, only with backtracking that cannot succeed. Without ``possessive`` (Python
    3.10) they are compiled as greedy ones."""
    if not possessive:
        pattern = pattern.replace("++", "+").replace("*+", "*")
    return re.compile(pattern)


# The Unicode blocks that hold every Han, kana and Hangul character (and some others):
# text with none of them holds no CJK character, while the curly quotes and dashes of
# any other text lie outside them.
_CJK_BMP = "\u1100-\u11ff\u2e80-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef"
_CJK_ASTRAL = "\U00016fe0-\U0001b16f\U0001f200-\U0001f2ff\U00020000-\U0003ffff"
CJK_BLOCKS = re.compile(f"[{_CJK_BMP}{_CJK_ASTRAL}]")
# The blocks of the Basic Multilingual Plane that hold every Han, kana, Hangul and Arabic
# character there, and one span beyond it that holds all of them there (Arabic from
# U+10E60, Han up to U+3FFFF). The standard engine tests a class of BMP ranges with a
# bitmap but ranges beyond one by one, so the span is a single range.
_BMP_BLOCKS = re.compile(
    f"[{_CJK_BMP}\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
)
_BEYOND_BMP_SPAN = re.compile("[\U00010e60-\U0003ffff]")


def may_hold_cjk_or_arabic(text: str) -> bool:
    """False when the text holds no Han, kana, Hangul or Arabic character."""
    return _BMP_BLOCKS.search(text) is not None or _BEYOND_BMP_SPAN.search(text) is not None


# Latin, Greek and Cyrillic letters and the punctuation and currency signs between
# words: no character here is a combining mark, and the standard engine's ``\w`` (less
# "_") and ``SIMPLE_LETTER`` match here exactly what the regex module's ``[\p{L}\p{N}]``
# and ``\p{L}`` match. Text of these characters only is tokenised by the standard
# engine, two to three times as fast.
OUTSIDE_SIMPLE_SCRIPTS = re.compile(
    "[^\u0000-\u02ff\u0370-\u0482\u048a-\u052f\u2000-\u206f\u20a0-\u20c0]"
)
SIMPLE_LETTER = r"[^\W\d_\xb2\xb3\xb9\xbc-\xbe]"  # \w but digits, "_", "²³¹" and "¼½¾"


def word_class_is_simple(text: str) -> bool:
    """In ``text`` the standard engine's ``\\w`` matches just what ``[\\p{L}\\p{N}]``
    matches: the text holds no "_" and nothing outside Latin, Greek and Cyrillic."""
    return "_" not in text and not OUTSIDE_SIMPLE_SCRIPTS.search(text)


def case_folded_words(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` in case-folded text (``str.casefold``, with
    or without the dot above that "İ" leaves), a space in a word standing for any white
    space or none. In a text's case-folded form it finds every word the regex module's
    case-insensitive search finds in the text, and maybe more: a gate before that search,
    which the standard engine passes three times as fast."""
    pieces = (
        re.escape(word.casefold()).replace(r"\ ", r"\s*").replace("i", "i\u0307?")
        for word in sorted(words)
    )
    return re.compile("|".join(pieces))
