"""Raw text: the structure of the body read from its layout (as the body prints it), as
HTML gives it by tags.

A bullet or a number opens a list item; a run of two or more lines printed without a
blank line between them (as a browser prints a list) is a list; a short line without a
final full stop, set apart above a paragraph or printed right above a line of prose,
is a heading, and so is such a line printed on a list's first line (unless the line
above announces the list with a colon) or on its last line right above a paragraph;
lines set apart that open in lower case, two or more in a row, are a list's items, and
so are heading-like lines set apart, three or more in a row (a heading stands above
text, not above another heading); lines of tab-separated cells printed together are the
rows of a table.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._page import Block, Markup, Page, is_prose

# Dashes are left out: in many languages a dash opens a line of dialogue.
_BULLET = regex.compile(r"[•●○◦▪▫■□‣∙·*+-]\s+(?=\S)")
_NUMBER = regex.compile(r"(?:(\d{1,3})[.)]|\(?([a-z])\))\s+(?=\S)")
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 120
_HEADING = Markup(kind="heading", level=2)
_ITEM = Markup(kind="item", level=1)
_LIST_OF_SHORT_LINES = 3  # heading-like lines set apart in a row: a list's items
_NOT_A_HEADING_END = tuple(".,;:!…")


def item_marker(text: str) -> tuple[int, int | None] | None:
    """The length of a list item's marker at the start of the line ("• ", "3. ", "b) ")
    and its number (None for a bullet or a letter), or None when the line has none."""
    bullet = _BULLET.match(text)
    if bullet:
        return bullet.end(), None
    number = _NUMBER.match(text)
    if number:
        return number.end(), int(number[1]) if number[1] else None
    return None


def text_markup(page: Page, kept: Sequence[int]) -> dict[int, Markup]:
    """The markup of the kept blocks of a raw-text page, by block index."""
    blocks = page.blocks
    markup: dict[int, Markup] = {}
    groups = _glued_groups(page, kept)
    lone_headings = [len(group) == 1 and _is_heading(blocks[group[0]]) for group in groups]
    listed = _in_runs(lone_headings, _LIST_OF_SHORT_LINES)
    for position, group in enumerate(groups):
        first = blocks[group[0]]
        if all("\t" in blocks[index].text for index in group):
            markup.update(dict.fromkeys(group, Markup(kind="row", group=group[0])))
            continue
        following = groups[position + 1] if position + 1 < len(groups) else None
        if listed[position]:
            markup[group[0]] = _ITEM
            continue
        if len(group) == 1 and following is not None and _is_heading(first):
            markup[group[0]] = _HEADING
            continue
        announced = position > 0 and blocks[groups[position - 1][-1]].text.endswith(":")
        next_prose = following is not None and is_prose(blocks[following[0]])
        headings = {
            index
            for place, index in enumerate(group)
            if _is_heading(blocks[index])
            and (place > 0 or not announced)
            and (
                (place + 1 < len(group) and is_prose(blocks[group[place + 1]]))
                or (place == 0 and len(group) >= 3 and not _is_heading(blocks[group[1]]))
                or (
                    place == len(group) - 1
                    and place >= 2
                    and next_prose
                    and not _is_heading(blocks[group[place - 1]])
                )
            )
        }
        markup.update(dict.fromkeys(headings, _HEADING))
        for items in _runs_without(group, headings):
            marked = [item_marker(blocks[index].text) for index in items]
            for index, marker in zip(items, marked, strict=True):
                if marker is not None or len(items) >= 2:
                    number = marker[1] if marker else None
                    markup[index] = Markup(kind="item", level=1, number=number)
    markup.update(dict.fromkeys(_lower_case_runs(page, groups), _ITEM))
    return markup


def _lower_case_runs(page: Page, groups: Sequence[Sequence[int]]) -> list[int]:
    """Lines set apart that open in lower case, two or more in a row: the items of a list
    that goes on a sentence above it (a paragraph never opens in lower case)."""
    lower = [len(group) == 1 and page.blocks[group[0]].text[0].islower() for group in groups]
    return [group[0] for group, listed in zip(groups, _in_runs(lower, 2), strict=True) if listed]


def _in_runs(flags: Sequence[bool], minimum: int) -> list[bool]:
    """Which flags are set and stand in a run of at least ``minimum`` set flags."""
    result = [False] * len(flags)
    start = 0
    for position in range(len(flags) + 1):
        if position == len(flags) or not flags[position]:
            if position - start >= minimum:
                result[start:position] = [True] * (position - start)
            start = position + 1
    return result


def _runs_without(group: Sequence[int], left_out: set[int]) -> list[list[int]]:
    """The runs of the group's blocks between those left out."""
    runs: list[list[int]] = [[]]
    for index in group:
        if index in left_out:
            runs.append([])
        else:
            runs[-1].append(index)
    return [run for run in runs if run]


def _glued_groups(page: Page, kept: Sequence[int]) -> list[list[int]]:
    """The kept blocks in groups the body prints on consecutive lines (see
    ``Page.printed_together``); a table's rows (lines with tabs) are a group of their own."""
    groups: list[list[int]] = []
    previous: int | None = None
    blocks = page.blocks
    for index in kept:
        if (
            previous is None
            or not page.printed_together(previous, index)
            or ("\t" in blocks[index].text) != ("\t" in blocks[previous].text)
        ):
            groups.append([index])
        else:
            groups[-1].append(index)
        previous = index
    return groups


def _is_heading(block: Block) -> bool:
    """A short line that does not end a sentence and opens with a capital or a digit."""
    text = block.text
    return (
        0 < len(block.words) <= _HEADING_MAX_WORDS
        and len(text) <= _HEADING_MAX_CHARS
        and not text.endswith(_NOT_A_HEADING_END)
        and not text[0].islower()
        and item_marker(text) is None
        and "\t" not in text
    )
