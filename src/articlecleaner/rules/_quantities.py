"""Lists of quantities: a recipe's ingredients, a kit's parts, a plan's portions."""

from __future__ import annotations

from collections.abc import Mapping

import regex

from .._page import Block, Page
from .._rule import Category

_UNITS = (
    # metric and imperial measures, then kitchen measures in the supported languages
    r"g|gr|grams?|gramm|gramos|grammes?|dag|kg|mg|ml|cl|dl|l|liters?|litres?|oz|ounces?|"
    r"lbs?|pounds?|tbsp|tsp|tablespoons?|teaspoons?|cups?|pinch|cloves?|cans?|slices?|"
    r"sticks?|packets?|el|tl|msp|prisen?|pck|päckchen|stk|stück|bund|becher|dosen?|"
    r"zehen?|scheiben?|cucharadas?|cucharaditas?|tazas?|cuillères?|szklank[ai]|"
    r"łyżk[ia]|łyżeczk[ia]"
)
_AMOUNT = (
    r"(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?|[½¼¾⅓⅔⅛])"
    r"(?:\s+\d/\d|\s*[½¼¾⅓⅔⅛])?"
)
# An amount opening a line: "200 g sugar", "1 1/2 cups milk", "2 eggs".
_QUANTITY_LINE = regex.compile(
    rf"^(?:ca\.?\s*|about\s+|etwa\s+)?{_AMOUNT}\s*(?:(?P<unit>{_UNITS})\.?(?=\s|$))?(?:\s+\S|$)",
    regex.IGNORECASE,
)
# The characters a line that _QUANTITY_LINE matches can open with, but for digits: a
# fraction, or "ca.", "about" or "etwa" in either case.
_AMOUNT_OPENERS = frozenset("½¼¾⅓⅔⅛cCaAeE")
_MAX_WORDS = 12
_MIN_LINES = 3


def _short_kept_line(block: Block, junk: Mapping[int, Category]) -> bool:
    """A line that may belong to a list: not labelled by a rule, at most a few words."""
    return block.index not in junk and block.word_count <= _MAX_WORDS


def _quantity_line(block: Block) -> regex.Match[str] | None:
    """The amount (and unit) a block opens with, if it opens with one."""
    opener = block.text[:1]
    if opener.isdecimal() or opener in _AMOUNT_OPENERS:
        return _QUANTITY_LINE.match(block.text)
    return None


def quantity_lists(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """The blocks of lists of quantities: three or more short lines that open with an
    amount, at least one of them with a unit ("135 g", "2 tbsp"), each at most one line
    apart (an ingredient may be printed on the line after its amount). A list number
    ("2.", "3)") is no amount, and a run of bare dates or counts has no unit."""
    found: set[int] = set()
    blocks = page.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        match = _quantity_line(block) if _short_kept_line(block, junk) else None
        if not match:
            index += 1
            continue
        members, units = [index], bool(match["unit"])
        following = index + 1
        while following < len(blocks) and following - members[-1] <= 2:
            block = blocks[following]
            if not _short_kept_line(block, junk):
                break
            match = _quantity_line(block)
            if match:
                members.append(following)
                units = units or bool(match["unit"])
            following += 1
        if len(members) >= _MIN_LINES and units:
            found.update(range(members[0], members[-1] + 1))
        index = members[-1] + 1
    return frozenset(found)
