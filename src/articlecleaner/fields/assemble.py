"""Turn a settled page into the Article's fields."""

from __future__ import annotations

from .._models import Removal
from .._page import HEADING_TAGS, Block, Page
from .._settle import Verdict
from .._text import tidy_line
from ..rules.content import OutsideMainContent
from ..rules.metadata import Byline, Dateline, HeadlineLine, byline_names
from .headline import headline_from_meta


def _blocks_of(verdict: Verdict, code: str) -> list[int]:
    """The blocks the rule ``code`` labelled, in page order."""
    return sorted(
        {index for index, found in verdict.labels.items() for rule, _ in found if rule.code == code}
    )


def headline(page: Page, verdict: Verdict) -> str | None:
    """The headline: from the markup when the page has it, else the labelled headline line
    (without the marks of a Markdown heading)."""
    found = _blocks_of(verdict, HeadlineLine.code)
    line = page.blocks[found[0]] if found else None
    from_text = _without_heading_marks(line.text) if line else None
    is_heading = line is not None and line.tag in HEADING_TAGS
    above, near = _headings_by_body(page, verdict)
    return (
        headline_from_meta(
            page.meta,
            from_text,
            line_is_heading=is_heading,
            headings_above=above,
            headings_near=near,
        )
        or from_text
    )


_MAX_HEADING_MARKS = 6  # "#" to "######"


def _without_heading_marks(text: str) -> str:
    """The text of a Markdown heading line ("# Title", "## Title ##"), which a scraper's
    rendering may print, without its marks; any other line as it is."""
    opened = text.lstrip("#")
    marks = len(text) - len(opened)
    if not 1 <= marks <= _MAX_HEADING_MARKS or not opened[:1].isspace():
        return text
    closed = opened.rstrip().rstrip("#")
    return (closed if closed[-1:].isspace() else opened).strip() or text


def _headings_by_body(page: Page, verdict: Verdict) -> tuple[list[str], list[str]]:
    """The ``<h1>`` printed right above the body, with only metadata or unlabelled lines
    between; and the headings of any level near the body's start that no rule took for
    junk (lying outside the main run does not count) nor for a dateline or byline."""
    start = verdict.kept[0] if verdict.kept else len(page.blocks)

    def plain(index: int) -> bool:
        return all(type(rule) in _NOT_JUNK for rule, _ in verdict.labels.get(index, ()))

    top = start
    while top > 0 and plain(top - 1):
        top -= 1
    above = [block.text for block in page.blocks[top:start] if block.tag == "h1"]
    near = [
        block.text
        for block in page.blocks[max(0, start - _NEAR_BEFORE) : start + _NEAR_AFTER]
        if _is_heading(block)
        and plain(block.index)
        and not any(type(rule) in _BYLINES for rule, _ in verdict.labels.get(block.index, ()))
    ]
    return above, near


def _is_heading(block: Block) -> bool:
    """A heading element, or a short ``<div>`` or ``<p>`` its class names a headline
    (``<div class="headline">``: a heading styled without a heading tag)."""
    if block.tag in HEADING_TAGS:
        return True
    return (
        block.tag in _STYLED_HEADING_TAGS
        and "headline" in block.dom_tokens
        and block.word_count <= _MAX_STYLED_HEADING_WORDS
    )


_STYLED_HEADING_TAGS = frozenset(("div", "p"))
_MAX_STYLED_HEADING_WORDS = 20
_NEAR_BEFORE = 15  # blocks above the body's start where its headline may stand
_NEAR_AFTER = 8  # blocks from the body's start that may still be its header
_NOT_JUNK = frozenset((OutsideMainContent, HeadlineLine, Dateline, Byline))
_BYLINES = frozenset((Dateline, Byline))


def authors(page: Page, verdict: Verdict) -> list[str]:
    """Names from the byline lines, in order, without repeats; else from the markup."""
    names: list[str] = []
    for index in _blocks_of(verdict, Byline.code):
        names.extend(n for n in byline_names(page.blocks[index].text) if n not in names)
    if not names and page.meta.get("author"):
        names = [tidy_line(page.meta["author"])]  # markup may break a name over lines
    return names


def paragraphs(page: Page, verdict: Verdict) -> list[str]:
    """The kept blocks' texts, in page order."""
    return [page.blocks[index].text for index in verdict.kept]


def body(page: Page, verdict: Verdict) -> tuple[str, list[int]]:
    """The body text and where each kept block starts in it.

    Blocks the page printed as lines of one paragraph (no paragraph break before either,
    nor among the lines removed between them) stay on consecutive lines; the others are
    set apart by a blank line. The body keeps the page's layout, so cleaning it again
    reads the same paragraphs.
    """
    parts: list[str] = []
    starts: list[int] = []
    size = 0
    previous: int | None = None
    for index in verdict.kept:
        if previous is not None:
            parts.append("\n" if page.printed_together(previous, index) else "\n\n")
            size += len(parts[-1])
        text = page.blocks[index].text
        starts.append(size)
        parts.append(text)
        size += len(text)
        previous = index
    return "".join(parts), starts


def removals(page: Page, verdict: Verdict) -> dict[int, Removal]:
    """One Removal per removed block, keyed by block index, in page order."""
    result = {}
    for index in sorted(verdict.removed):
        rule, label = verdict.removed[index]
        block = page.blocks[index]
        result[index] = Removal(
            code=rule.code,
            rule=rule.name,
            category=rule.category_of(label).value,
            reason=label.reason,
            text=block.text,
            span=(block.start, block.end),
        )
    return result
