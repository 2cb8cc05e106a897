"""Block features computed by the fast paths are those of the Unicode patterns.

Text in ASCII, or in Latin, Greek and Cyrillic with the punctuation between words, is
tokenised by the standard ``re`` engine; the rest by the regex module's ``\\p{...}``
classes. Both must give the same words, letter words and letter weights."""

from __future__ import annotations

import random
import re

import pytest
import regex

from articlecleaner._dates import anchor_words
from articlecleaner._limits import Limits
from articlecleaner._page import _CJK, _MARK, _WORD, letter_weight, words_of
from articlecleaner._reader import read_page
from articlecleaner._scripts import (
    CJK_BLOCKS,
    OUTSIDE_SIMPLE_SCRIPTS,
    POSSESSIVE_REPEATS,
    SIMPLE_LETTER,
    case_folded_words,
    may_hold_cjk_or_arabic,
    standard_pattern,
)
from articlecleaner._text import _LETTER_WORD, _SIMPLE_LETTER_WORD, count_letters, letter_words
from articlecleaner.fields import quotes
from articlecleaner.rules.timestamp import _DAY_NAMES

_SIMPLE_RANGES = [
    (0x0000, 0x02FF),
    (0x0370, 0x0482),
    (0x048A, 0x052F),
    (0x2000, 0x206F),
    (0x20A0, 0x20C0),
]
_LETTER_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")
_LETTER = regex.compile(r"\p{L}")


def _simple_characters() -> list[str]:
    return [chr(code) for low, high in _SIMPLE_RANGES for code in range(low, high + 1)]


def test_the_simple_ranges_are_those_the_fast_pattern_admits() -> None:
    admitted = [c for c in map(chr, range(0x3000)) if not OUTSIDE_SIMPLE_SCRIPTS.match(c)]
    assert admitted == _simple_characters()


def test_in_the_simple_ranges_the_standard_classes_are_the_unicode_ones() -> None:
    standard_word, simple_letter = re.compile(r"\w"), re.compile(SIMPLE_LETTER)
    for character in _simple_characters():
        where = hex(ord(character))
        assert _MARK.match(character) is None, where
        is_word = character != "_" and standard_word.match(character) is not None
        assert is_word == bool(_LETTER_OR_NUMBER.match(character)), where
        assert bool(simple_letter.match(character)) == bool(_LETTER.match(character)), where


def test_every_cjk_character_lies_in_the_cjk_blocks() -> None:
    characters = map(chr, range(0x110000))
    outside = [c for c in characters if _CJK.match(c) and not CJK_BLOCKS.match(c)]
    assert outside == []


def test_every_character_of_the_scripts_told_apart_lies_in_their_blocks() -> None:
    scripts = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}]")
    characters = map(chr, range(0x110000))
    outside = [c for c in characters if scripts.match(c) and not may_hold_cjk_or_arabic(c)]
    assert outside == []


@pytest.mark.parametrize("words", [sorted(anchor_words()), list(_DAY_NAMES)])
def test_a_word_in_any_case_is_found_in_every_spelling_the_regex_module_matches(
    words: list[str],
) -> None:
    """The test runs before a case-insensitive search of the regex module: every word,
    with one of its letters (or spaces) changed into any character that search takes for
    it, must pass."""
    everything = "".join(map(chr, range(0x110000)))
    spaces = regex.findall(r"\s", everything)
    pattern = case_folded_words(words)

    def holds(text: str) -> bool:  # folded as find_relative folds it, and as Page.folded does
        folded = text.casefold()
        return bool(pattern.search(folded)) and bool(pattern.search(folded.replace("\u0307", "")))

    for word in words:
        for at, letter in enumerate(word):
            if letter == " ":
                variants = spaces
            else:
                variants = regex.findall(regex.escape(letter), everything, regex.IGNORECASE)
            assert letter in variants
            for variant in variants:
                assert holds(f"3 {word[:at]}{variant}{word[at + 1 :]}."), (word, variant)
    assert not holds("3 " + "x" * 40)


_SAMPLES = [
    "Der Bürgermeister sagte: „Wir schaffen das – 2½ Jahre später.“",
    "L’équipe a gagné 3–1 ; c’est «magnifique» !",
    "Президент заявил, что «всё будет хорошо» — в 2024 году.",
    "Η κυβέρνηση ανακοίνωσε μέτρα ΐ ΰ για το 2023.",
    "İstanbul’da ığdır şehri_adı x² m³ ¼ €5 ™",
    "東京で会議が開かれた。ソウル 서울 2024年",
    "नमस्ते दुनिया, यह एक वाक्य है।",
    "snake_case and well-known don’t",
]


def _reference(text: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """The features by the Unicode patterns alone."""
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    if cjk:
        words = [word for word in words if not _CJK.match(word)] + ["\u4e00"] * (cjk // 2)
    weight = count_letters(text) + 2 * cjk + len(_MARK.findall(text))
    return tuple(words), tuple(_LETTER_WORD.findall(text.casefold())), weight


def test_the_fast_paths_give_the_unicode_features() -> None:
    generator = random.Random(7)
    alphabet = _simple_characters()
    texts = list(_SAMPLES)
    for _ in range(300):
        texts.append("".join(generator.choice(alphabet) for _ in range(generator.randint(1, 60))))
        texts.append(" ".join(generator.choice(_SAMPLES).split()[: generator.randint(1, 6)]))
    for text in texts:
        assert (words_of(text), letter_words(text), letter_weight(text)) == _reference(text), text


def test_html_blocks_weigh_their_letters_as_any_block_does() -> None:
    """The walk counts each element's letters once and hands the count on to the block's
    weight; a block cut into pieces weighs each piece's own letters."""
    long = " ".join(["中文字符 and wörds, 123 ünïcode."] * 30)
    html = f"<html><body><p>{long}</p><p>한국어 문장 <a href='/x'>링크</a></p></body></html>"
    page, _ = read_page(html, Limits(max_line_chars=200))
    assert len(page.blocks) > 3  # the long paragraph was cut
    for block in page.blocks:
        assert block.letters == letter_weight(block.text), block.text


@pytest.mark.skipif(not POSSESSIVE_REPEATS, reason="the engine has no possessive repeats")
@pytest.mark.parametrize(
    "possessive_pattern",
    [_SIMPLE_LETTER_WORD, quotes._ASCII_TOKEN, quotes._SIMPLE_TOKEN],
    ids=["simple letter words", "ASCII quote tokens", "simple quote tokens"],
)
def test_the_standard_patterns_match_alike_without_possessive_repeats(
    possessive_pattern: re.Pattern[str],
) -> None:
    """Python 3.10 compiles these patterns with greedy repeats: the matches are the same."""
    greedy = standard_pattern(possessive_pattern.pattern, possessive=False)
    assert "++" not in greedy.pattern and "*+" not in greedy.pattern
    alphabet = "aZ09éßжΩ'’-._,;:()—– "
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert greedy.findall(text) == possessive_pattern.findall(text), text
