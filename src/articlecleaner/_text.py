"""Decoding bytes and text hygiene: the only place that turns input into clean ``str``;
and the letter words that the block features, the rules and the language detection
read in a text."""

from __future__ import annotations

import codecs
import re

import regex

from ._errors import InputError
from ._scripts import OUTSIDE_SIMPLE_SCRIPTS, SIMPLE_LETTER, standard_pattern

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
}
# Characters a page never means as text: C0/C1 controls except white space, soft
# hyphens (a hint where a word may break), zero-width marks, lone surrogates, BOM and NUL.
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff\p{Cs}]"
)
# Every character str.split() treats as white space, folded to one space.
_SPACES = regex.compile(
    r"[\t\n\x0b\x0c\r\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f"
    r"\u3000 ]+"
)


# UTF-8 read as cp1252 leaves these pairs: "Ã©" for "é", "â€™" for "’", "Ã¼" for "ü".
_MOJIBAKE = regex.compile(r"[ÂÃ][\u0080-\u00bf]|â€[\u0080-\u00bf™œžŸ“”˜šŠ]")
_MOJIBAKE_MIN = 3
_MOJIBAKE_SCAN = 200_000  # the characters in which marks are counted
# A page is UTF-8 with a few broken bytes (a teaser cut inside a character) when at most
# this share of its non-ASCII bytes fail to decode; cp1252 text fails on nearly all.
_UTF8_MAX_BROKEN_SHARE = 0.05
_ASCII_BYTES = bytes(range(128))


def fix_mojibake(text: str, warnings: list[str]) -> str:
    """Undo UTF-8 that was decoded as cp1252, when a cheap check finds its marks.

    The repair is kept only if it decodes cleanly and removes the marks.
    """
    if all(text.find(first, 0, _MOJIBAKE_SCAN) < 0 for first in ("Ã", "Â", "â€")):
        return text  # none of the marks' first characters where marks are counted
    marks = len(_MOJIBAKE.findall(text[:_MOJIBAKE_SCAN]))
    if marks < _MOJIBAKE_MIN:
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    if len(_MOJIBAKE.findall(repaired[:_MOJIBAKE_SCAN])) >= marks:
        return text
    warnings.append("mojibake (UTF-8 read as cp1252) was repaired")
    return repaired


def decode(raw: str | bytes, warnings: list[str]) -> str:
    """Return the input as text: BOM, then declared charset, then UTF-8 (a few broken
    sequences replaced), then cp1252."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise InputError(f"expected str or bytes, got {type(raw).__name__}")
    data = bytes(raw)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = _LEGACY_ALIASES.get(name, name)
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            warnings.append(f"declared charset {name!r} did not decode the page; guessed instead")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken <= _UTF8_MAX_BROKEN_SHARE * len(data.translate(None, _ASCII_BYTES)):
        warnings.append(f"{broken} byte sequence(s) that are not UTF-8 were replaced")
        return text
    return str(data.decode("cp1252", errors="replace"))


_ASCII_NON_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())


def count_letters(text: str) -> int:
    """How many of the text's characters are letters (``str.isalpha``); ASCII text is
    counted by deleting every other byte, in C."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return sum(map(str.isalpha, text))


def tidy_line(line: str) -> str:
    """Drop invisible characters and fold runs of spaces of any kind into one space.

    Characters are left as the page spells them (no Unicode normalisation), so that an
    already clean text comes out unchanged."""
    folded = " ".join(line.split())  # str.split() splits at exactly the _SPACES characters
    if folded.isprintable():  # every _INVISIBLE character is unprintable
        return folded
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


# Letter words: letters and the combining marks that belong to them, joined by an
# apostrophe or a hyphen. The same pattern for lower-cased ASCII text, where the standard
# engine is twice as fast, and for text of Latin, Greek and Cyrillic only (see
# ``_scripts``), two to three times as fast.
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*+(?:['’-][\p{L}\p{M}]++)*+")
_ASCII_LETTER_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
_SIMPLE_LETTER_WORD = standard_pattern(rf"{SIMPLE_LETTER}++(?:['’-]{SIMPLE_LETTER}++)*+")


def letter_words(text: str) -> tuple[str, ...]:
    """Case-folded letter tokens; digits, icons and punctuation are skipped."""
    if text.isascii():
        return tuple(_ASCII_LETTER_WORD.findall(text.lower()))
    folded = text.casefold()  # which may add marks: "İ" folds to "i" and a dot above
    if not OUTSIDE_SIMPLE_SCRIPTS.search(folded):
        return tuple(_SIMPLE_LETTER_WORD.findall(folded))
    return tuple(_LETTER_WORD.findall(folded))
