"""Raw text: the structure of the body read from its layout (as the body prints it), as
HTML gives it by tags.

A bullet or a number opens a list item; a run of two or more lines printed without a
blank line between them (as a browser prints a list) is a list; a short line without a
final full stop, set apart above a paragraph or printed right above a line of prose,
is a heading, and so is such a line printed on a list's first line (unless the line
above announces the list with a colon) or on its last line right above a paragraph; two
such lines printed together and set apart above a paragraph are headings (a heading and
its subheading); a numbered short line ("3. Tips for beginners") above a paragraph that
is not itself numbered is a heading (a listicle's entries), not a list item; lines set
apart that open in lower case, two or more in a row, are a list's items, and so are
heading-like lines set apart, three or more in a row (a heading stands above text, not
above another heading); lines of tab-separated cells printed together are the
rows of a table; indented lines are code, with the lines of code-like symbols around
them.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .._page import Block, Markup, Page, is_prose

# Dashes are left out: in many languages a dash opens a line of dialogue.
_BULLETS = "•●○◦▪▫■□‣∙·*+-"
_BULLET = regex.compile(rf"[{regex.escape(_BULLETS)}]\s+(?=\S)")
_NUMBER = regex.compile(r"(?:(\d{1,3})[.)]|\(?([a-z])\))\s+(?=\S)")
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 120
_HEADING = Markup(kind="heading", level=2)
_ITEM = Markup(kind="item", level=1)
_LIST_OF_SHORT_LINES = 3  # heading-like lines set apart in a row: a list's items
_NOT_A_HEADING_END = tuple(".,;:!…")
_INDENT = ("  ", "\t")
_CODE_SYMBOLS = regex.compile(r"[{}()\[\];=<>$#/\\|&*+]")
_CODE_SYMBOL_SHARE = 0.05
_CODE_LINE_ENDS = tuple("{};")


def item_marker(text: str) -> tuple[int, int | None] | None:
    """The length of a list item's marker at the start of the line ("• ", "3. ", "b) ")
    and its number (None for a bullet or a letter), or None when the line has none."""
    first = text[:1]
    if not (first in _BULLETS or first.isdecimal() or first == "(" or text[1:2] == ")"):
        return None  # what every marker opens with: a bullet, a digit, "(" or "a)"
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
    code = _code_groups(page, groups)
    markup.update(_code_markup(page, groups, code))
    lone_headings = [
        len(group) == 1 and _is_heading(blocks[group[0]]) and not is_code
        for group, is_code in zip(groups, code, strict=True)
    ]
    listed = _in_runs(lone_headings, _LIST_OF_SHORT_LINES)
    for position, group in enumerate(groups):
        if code[position]:
            continue
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
        next_text = following is not None and _is_text(blocks[following[0]])
        if next_text and len(group) <= 2 and all(_titles(blocks[index]) for index in group):
            markup.update(dict.fromkeys(group, _HEADING))
            continue
        headings: set[int] = set()
        if len(group) > 1:  # a line alone is no heading among lines printed together
            announced = position > 0 and blocks[groups[position - 1][-1]].text.endswith(":")
            next_prose = following is not None and is_prose(blocks[following[0]])
            places = _headings_in(
                [blocks[index] for index in group], announced, next_prose, next_text
            )
            headings = {group[place] for place in places}
            markup.update(dict.fromkeys(headings, _HEADING))
        for items in _runs_without(group, headings):
            marked = [item_marker(blocks[index].text) for index in items]
            for index, marker in zip(items, marked, strict=True):
                if marker is not None or len(items) >= 2:
                    number = marker[1] if marker else None
                    markup[index] = _ITEM if number is None else _ITEM._replace(number=number)
    prose_groups = [group for group, is_code in zip(groups, code, strict=True) if not is_code]
    markup.update(dict.fromkeys(_lower_case_runs(page, prose_groups), _ITEM))
    return markup


def _code_groups(page: Page, groups: Sequence[Sequence[int]]) -> list[bool]:
    """Which groups of lines are code: those with an indented line (a browser prints a
    ``<pre>`` with its indentation, and nothing else indented), and the groups next to
    them, across blank lines, whose every line looks like code and none reads as prose."""
    code = [any(_indented(page, page.blocks[index]) for index in group) for group in groups]
    seeds = [position for position, is_code in enumerate(code) if is_code]
    for seed in seeds:
        for step in (-1, 1):
            position = seed + step
            while 0 <= position < len(groups) and not code[position]:
                if not all(_code_like(page.blocks[index]) for index in groups[position]):
                    break
                code[position] = True
                position += step
    return code


def _code_markup(
    page: Page, groups: Sequence[Sequence[int]], code: Sequence[bool]
) -> dict[int, Markup]:
    """Code markup for the lines of code groups: groups next to each other make one code
    block (its group is its first line), with the blank lines between them kept."""
    markup: dict[int, Markup] = {}
    block_start: int | None = None
    for group, is_code in zip(groups, code, strict=True):
        if not is_code:
            block_start = None
            continue
        opens = block_start is None
        block_start = group[0] if block_start is None else block_start
        for place, index in enumerate(group):
            block = page.blocks[index]
            raw = "\n".join(
                line.rstrip() for line in page.text[block.start : block.end].split("\n")
            )
            blank = "\n" if place == 0 and not opens else ""
            markup[index] = Markup(kind="code", group=block_start, code=blank + raw)
    return markup


def _indented(page: Page, block: Block) -> bool:
    """The line opens with spaces or a tab (a table's row, with tabs between its cells,
    is no code)."""
    return page.text.startswith(_INDENT, block.start) and "\t" not in block.text


def _code_like(block: Block) -> bool:
    """A line of symbols more than of words, or one closing with a brace or a semicolon."""
    text = block.text
    symbols = len(_CODE_SYMBOLS.findall(text))
    return not is_prose(block) and (
        symbols > _CODE_SYMBOL_SHARE * len(text) or text.endswith(_CODE_LINE_ENDS)
    )


def _headings_in(
    lines: Sequence[Block], announced: bool, next_prose: bool, next_text: bool
) -> set[int]:
    """The places of the headings among two lines or more printed together (one line
    alone is none of these): a heading-like line (numbered or not) right above a line of
    prose; a numbered one last, after an unnumbered line and above a paragraph; an
    unnumbered one first, above a list of two or more lines, unless the line above
    announces the list; or last, after three or more lines, right above a paragraph."""
    found = set()
    last = len(lines) - 1
    for place, line in enumerate(lines):
        if place == 0 and announced:
            continue
        above_prose = place < last and is_prose(lines[place + 1])
        numbered_above_text = (
            0 < place == last
            and next_text
            and _numbered_heading(line)
            and item_marker(lines[place - 1].text) is None
        )
        opens_list = place == 0 and last >= 2 and not _is_heading(lines[1])
        closes_list = place == last >= 2 and next_prose and not _is_heading(lines[place - 1])
        if (_titles(line) and (above_prose or numbered_above_text)) or (
            _is_heading(line) and (opens_list or closes_list)
        ):
            found.add(place)
    return found


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
    return item_marker(block.text) is None and _reads_as_title(block.text, len(block.words))


def _numbered_heading(block: Block) -> bool:
    """A number ("3.", "12)") before a short line that reads as a heading."""
    number = _NUMBER.match(block.text)
    if number is None or number[1] is None:
        return False
    title = block.text[number.end() :]
    return _reads_as_title(title, len(title.split()))


def _titles(block: Block) -> bool:
    """A heading-like line, numbered or not."""
    return _is_heading(block) or _numbered_heading(block)


def _is_text(block: Block) -> bool:
    """A line of prose that is not a list item."""
    return is_prose(block) and item_marker(block.text) is None


def _reads_as_title(text: str, words: int) -> bool:
    """Short, without a sentence's closing mark, not opening in lower case, no tab."""
    return (
        0 < words <= _HEADING_MAX_WORDS
        and len(text) <= _HEADING_MAX_CHARS
        and not text.endswith(_NOT_A_HEADING_END)
        and not text[0].islower()
        and "\t" not in text
    )
