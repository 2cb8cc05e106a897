"""HTML source -> Blocks with DOM features, plus the page's metadata.

The only module that parses markup. Parsing uses lxml with network access, entity
resolution and huge-tree mode off; the tree is walked iteratively, so nesting depth never
exhausts the stack.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice, pairwise
from typing import NamedTuple, TypeVar

import regex
from lxml import etree

from ._page import (
    BREADCRUMB_TOKENS,
    SITE_TITLE_TOKENS,
    Block,
    Markup,
    make_block,
    split_at_spaces,
)
from ._responsive import narrow_screen_copies, shown_on_wide_screens
from ._text import count_letters, tidy_line

_HTML_SIGNS = regex.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|span|a|meta|title)[\s>/]",
    regex.IGNORECASE,
)
_XML_DECLARATION = regex.compile(r"\s*<\?xml[^>]{0,200}\?>")
_LEADING_SPACE = regex.compile(r"\s*")  # the white space the declaration's pattern skips
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main "
    "menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption br".split()
)
_SKIPPED_TAGS = frozenset(
    "script style template head iframe object embed canvas video audio svg math "
    "select option input textarea map area img source track link meta base "
    "rt rp".split()  # ruby readings are a reading aid printed above the text, not text
)
# A button prints its label, not text of the page; but a page whose markup leaves a
# button open (an unclosed <div> inside it) has its article inside it, so the structural
# elements inside a button are read again.
_CONTROL_TAGS = frozenset(("button",))
_UNMUTING_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 article main section table ul ol dl blockquote pre".split()
)
# Superscripts and subscripts belong to the word they are set against ("m2", "H2O").
_GLUED_TAGS = frozenset(("sup", "sub"))
# Scripts written without spaces between words: two of their characters meeting at an
# element's edge are glued.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_LAYOUT_QUALIFIERS = frozenset("has with w no without hide enable".split())
# "one-sidebar", "two-sidebars": a count of sidebars describes the page's layout.
_SIDEBAR_COUNTS = frozenset("one two three".split())
# Names written as one word often start with one of these: "cookiebanner", "cookieNotice",
# "consentmanager", "newsletterbox". The head is a token of its own.
_COMPOUND_PREFIXES = ("cookie", "consent", "gdpr", "newsletter")
_COMPOUND_HEADS = regex.compile(rf"({'|'.join(_COMPOUND_PREFIXES)})[a-z]")
_NO_TOKENS: frozenset[str] = frozenset()


_BREAKING_TAG = regex.compile(
    r"<(?:p|div|br|li|tr|h[1-6]|section|article|header|footer|blockquote|pre|table|ul|ol)\b"
    r"[^<>]{0,2000}+>|</(?:p|div|li|tr|h[1-6]|section|article|blockquote|pre|table|ul|ol)>",
    regex.IGNORECASE,
)
_INVISIBLE_OPEN = regex.compile(r"<(script|style|template|head)\b", regex.IGNORECASE)
_INVISIBLE_CLOSE = {
    name: regex.compile(rf"</{name}\s*>", regex.IGNORECASE)
    for name in ("script", "style", "template", "head")
}
_ANY_TAG = regex.compile(r"<[^<>]{0,10000}+>")
_SELF_CLOSED_RAW_TEXT = regex.compile(
    r"<(script|style)\b([^<>]{0,2000}?)/>(?=\s*+[^<\s])", regex.IGNORECASE
)


def shorten_long_tags(text: str, max_chars: int) -> tuple[str, int]:
    """Reduce start tags longer than ``max_chars`` to their bare name; count them.

    A tag too long is a "<", a name, then ``max_chars`` characters or more that are
    neither "<" nor ">", then its ">" (as ``<([A-Za-z][A-Za-z0-9:-]{0,30})[^<>]{N,}+>``
    reads it: the name gives back characters when the rest is short)."""
    pieces: list[str] = []
    position = count = 0
    for start, end in _long_runs(text, max_chars + 1):
        name = _TAG_NAME.match(text, start + 1)
        if name is None:
            continue
        size = min(len(name[0]), end - start - 1 - max_chars)
        pieces += (text[position:start], "<", name[0][:size], ">")
        position, count = end + 1, count + 1
    if not count:
        return text, 0
    pieces.append(text[position:])
    return "".join(pieces), count


_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9:-]{0,30}")


def _long_runs(text: str, least: int) -> Iterator[tuple[int, int]]:
    """Where a "<" is followed by ``least`` characters or more that are neither "<" nor
    ">", then by a ">": the positions of that "<" and that ">".

    Such a run covers a multiple of ``least``, so only those positions are looked at: for
    each, the nearest "<" and ">" on either side. A search starts where the one before it
    ended, so no stretch of the page is searched twice for the same character."""
    size = len(text)
    lt_before = gt_before = -1  # the last "<" and ">" before the position looked at
    lt_after = gt_after = -1  # the first "<" and ">" at or after it (-1: not searched yet)
    searched_to = 0
    for position in range(least, size, least):
        if position < searched_to:
            continue  # inside the run just looked at
        lt_before = max(lt_before, text.rfind("<", searched_to, position))
        gt_before = max(gt_before, text.rfind(">", searched_to, position))
        if lt_after < position:
            lt_after = text.find("<", position)
            lt_after = size if lt_after < 0 else lt_after
        if gt_after < position:
            gt_after = text.find(">", position)
            gt_after = size if gt_after < 0 else gt_after
        searched_to = min(lt_after, gt_after)
        if searched_to == position or gt_before > lt_before or lt_before < 0:
            continue  # a "<" or ">" here, or the run does not start with "<"
        if gt_after < lt_after and gt_after - lt_before - 1 >= least:
            yield lt_before, gt_after


_INERT_OPEN = regex.compile(
    r"<(script|style|svg|textarea|template)(?=[\s/>])[^<>]{0,10000}+>|<!--", regex.IGNORECASE
)
_INERT_CLOSE = {
    name: regex.compile(rf"</{name}\s*>", regex.IGNORECASE)
    for name in ("script", "style", "svg", "textarea", "template")
}
_COMMENT_CLOSE = regex.compile(r"-->")
_KEPT_INERT_CHARS = 100_000  # JSON-LD and small scripts still give dates and titles


def drop_inert_bulk(text: str) -> tuple[str, int]:
    """Empty the comments and the large script, style, SVG and template elements, which
    never become text; return the markup and how many characters were dropped.

    Their tags stay, so the page parses as before; a script up to 100,000 characters
    keeps its code (the page's metadata may be there). One linear pass."""
    kept: list[str] = []
    position = dropped = 0
    while (opening := _INERT_OPEN.search(text, position)) is not None:
        name = (opening.group(1) or "").lower()
        closer = _INERT_CLOSE[name] if name else _COMMENT_CLOSE
        closing = closer.search(text, opening.end())
        end = closing.start() if closing else len(text)
        if name and end - opening.end() <= _KEPT_INERT_CHARS:
            kept.append(text[position:end])
        else:
            kept.append(text[position : opening.end() if name else opening.start()])
            dropped += end - opening.end()
            if not name and closing is not None:
                end = closing.end()
        if closing is None:
            position = len(text)
            break
        position = end
    kept.append(text[position:])
    return "".join(kept), dropped


def _drop_invisible(text: str) -> str:
    """Remove script, style, template and head elements in one linear pass."""
    kept: list[str] = []
    position = 0
    while (opening := _INVISIBLE_OPEN.search(text, position)) is not None:
        kept.append(text[position : opening.start()])
        closing = _INVISIBLE_CLOSE[opening.group(1).lower()].search(text, opening.end())
        if closing is None:
            return " ".join(kept)
        position = closing.end()
    kept.append(text[position:])
    return " ".join(kept)


def strip_tags(text: str) -> str:
    """Markup -> text without a parser: block tags become line breaks, entities decoded."""
    text = _drop_invisible(text)
    text = _BREAKING_TAG.sub("\n\n", text)
    return html.unescape(_ANY_TAG.sub(" ", text))


def looks_like_html(text: str) -> bool:
    """True when the start of the input has the marks of an HTML document or fragment:
    two structural tags, or a leading tag in text where tags are as common as lines (a
    plain-text page that keeps a stray ``<img …>`` on its first line is text)."""
    head = text[:2000]
    if len(_HTML_SIGNS.findall(head)) >= 2:
        return True
    if not head.lstrip().startswith("<"):
        return False
    visible = _drop_invisible(head)  # a leading <style> block holds lines but no tags
    return 2 * len(_ANY_TAG.findall(visible)) >= visible.count("\n")


class HtmlBlock(NamedTuple):
    """A block's text with the DOM context it came from (a named tuple: the walk makes
    one per block, and a tuple is made fastest)."""

    text: str
    tag: str
    line: int
    link_letters: int
    tokens: frozenset[str]
    containers: tuple[int, ...]
    markup: Markup | None = None


class _Structure(NamedTuple):
    """The structural element a block's text lies in, inherited down the tree."""

    kind: str = "paragraph"
    number: int | None = None
    group: int = 0
    row: int = 0
    cell: int = 0
    header: bool = False
    list_element: int = 0  # the innermost list, whose items are counted
    ordered: bool = False  # the innermost list is numbered (<ol>)
    list_depth: int = 0


_PLAIN = _Structure()
# What an open element passes to its content: its tag, the nearest block tag, the element
# (its tokens are read only when a block needs them) and the structure its text lies in
# (a plain tuple: one is made per element).
_Context = tuple[str, str, "etree._Element | None", _Structure]
_BODY: _Context = ("body", "body", None, _PLAIN)  # what lies outside every element
_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}
_LIST_TAGS = frozenset(("ul", "ol", "menu", "dir"))
_STRUCTURE_TAGS = _LIST_TAGS | frozenset(
    "li table thead tr td th pre blockquote figcaption".split()
)
_MAX_PENDING_IMAGES = 20


def _structure(
    tag: str, element: etree._Element, number: int, parent: _Structure, counters: dict[int, int]
) -> _Structure:
    """The structure an element of a structural tag gives its content (``number`` is the
    element's own number on the page; ``counters`` the items counted per list so far).
    Built positionally from the parent's fields: ``_replace`` costs several times more."""
    kind, item, group, row, cell, header, list_element, ordered, depth = parent
    if tag in _LIST_TAGS:
        start = element.get("start") if tag == "ol" else None
        counters[number] = int(start) - 1 if start and start.lstrip("-").isdigit() else 0
        return _Structure(kind, item, group, row, cell, header, number, tag == "ol", depth + 1)
    if tag == "li":
        value = element.get("value")
        count = int(value) if value and value.isdigit() else counters.get(list_element, 0) + 1
        counters[list_element] = count
        item = count if ordered else None
        return _Structure("item", item, number, row, cell, header, list_element, ordered, depth)
    if tag == "table":
        return _Structure(kind="table", group=number, list_depth=depth)
    if tag == "thead":
        return _Structure(kind, item, group, row, cell, True, list_element, ordered, depth)
    if tag == "tr":
        return _Structure(kind, item, group, number, cell, header, list_element, ordered, depth)
    if tag == "td" or tag == "th":
        header = header or tag == "th"
        return _Structure("cell", item, group, row, number, header, list_element, ordered, depth)
    if tag == "pre":
        kind = "code"
    elif tag == "blockquote":
        kind = "quote"
    else:  # figcaption
        kind = "caption"
    return _Structure(kind, item, number, row, cell, header, list_element, ordered, depth)


# The attributes ``_is_hidden`` reads (with the tag): an element with none is shown.
_HIDING_ATTRIBUTES = frozenset(("hidden", "aria-hidden", "aria-modal", "style"))


def _is_hidden(element: etree._Element, names: Sequence[str] | None = None) -> bool:
    """Hidden by an attribute or an inline style, or a dialog that a script opens on
    demand: a modal one (``aria-modal``: a cookie centre, a policy, a cart) or a
    ``<dialog>`` not marked open, which browsers do not show. ``names``: the element's
    attribute names, when the caller has them."""
    if element.tag != "dialog" and _HIDING_ATTRIBUTES.isdisjoint(
        element.keys() if names is None else names
    ):
        return False
    get = element.get
    style = get("style")
    return (
        get("hidden") is not None
        or get("aria-hidden") == "true"
        or get("aria-modal") == "true"
        or (element.tag == "dialog" and get("open") is None)
        or (style is not None and _HIDDEN_STYLE.search(style) is not None)
    )


def _tokens(element: etree._Element) -> frozenset[str]:
    """Class, id, role and itemprop names, whole and split at hyphens and underscores."""
    get = element.get
    names = (get("class"), get("id"), get("role"), get("itemprop"))
    if names == _NO_NAMES:
        return _NO_TOKENS
    return _tokens_of(" ".join(filter(None, names)))


_NO_NAMES = (None, None, None, None)


@lru_cache(maxsize=4096)
def _tokens_of(names: str) -> frozenset[str]:
    """Class or id names and their parts, without the parts after a layout qualifier:
    "page-with-sidebar", "enable-pin-share" and "one-sidebar" say what the page has or
    does, not that this element is a sidebar or a share bar."""
    whole = set(names.casefold().split())
    parts: set[str] = set()
    for name in whole:
        previous = ""
        for part in name.replace("_", "-").split("-") if "-" in name or "_" in name else (name,):
            if not part:
                continue
            if part in _LAYOUT_QUALIFIERS:
                break  # the rest of the name is what the page has or does
            if not (previous in _SIDEBAR_COUNTS and part.startswith("sidebar")):
                parts.add(part)
                if part.startswith(_COMPOUND_PREFIXES) and (head := _COMPOUND_HEADS.match(part)):
                    parts.add(head[1])
            previous = part
    return frozenset(whole | parts)


def parse(text: str) -> etree._Element:
    """Parse HTML safely: no network, no entity expansion, comments dropped.

    The plain ``etree`` parser is used, not ``lxml.html``'s: its elements need no Python
    class lookup each time the walk touches one, and nothing here uses the methods that
    lookup adds."""
    # The regex module looks for the pattern's "<?xml" in the whole page before it tries
    # a match, so the match is tried only when the page starts so.
    space = _LEADING_SPACE.match(text)
    declaration = (
        _XML_DECLARATION.match(text) if space and text.startswith("<?xml", space.end()) else None
    )
    if declaration:
        text = text[declaration.end() :]
    # "<script/>" opens a script in HTML, as browsers read it; the parser would close it
    # at once and print the code after it as text. Only when code follows is it reopened.
    text = _SELF_CLOSED_RAW_TEXT.sub(r"<\1\2>", text)
    # libxml2 reads UTF-8 bytes faster than it converts a str's code points, even with
    # the encoding counted. Lone surrogates, which no page means as text (see ``_text``),
    # are dropped: libxml2 would stop reading at the first.
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = text.encode("utf-8", errors="ignore")
    root = etree.fromstring(data, _utf8_parser())
    if root is None:
        raise etree.ParserError("Document is empty")
    if "S:" in text:
        _place_streamed_parts(root)
    return root


def _utf8_parser() -> etree.HTMLParser:
    """A safe HTML parser of UTF-8 bytes: no network, no huge trees, comments and
    processing instructions dropped, broken markup recovered."""
    return etree.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        encoding="utf-8",
    )


# React's streamed rendering sends a page's later parts at the end of the body, in hidden
# elements with ids "S:0", "S:1", ...; a script moves each to its placeholder, a
# <template> with id "B:0", "B:1", ... The reader does the same.
_STREAMED_PARTS = etree.XPath("//div[@hidden][starts-with(@id, 'S:')]")
_PLACEHOLDERS = etree.XPath("//template[starts-with(@id, 'B:')]")


def _place_streamed_parts(root: etree._Element) -> None:
    """Show the hidden parts of a streamed page, each where its placeholder stands."""
    parts = _STREAMED_PARTS(root)
    if not isinstance(parts, list) or not parts:
        return
    placeholders = _PLACEHOLDERS(root)
    where = (
        {str(p.get("id"))[2:]: p for p in placeholders if isinstance(p, etree._Element)}
        if isinstance(placeholders, list)
        else {}
    )
    for part in parts:
        if not isinstance(part, etree._Element):
            continue
        del part.attrib["hidden"]
        placeholder = where.get(str(part.get("id"))[2:])
        if placeholder is not None and part not in placeholder.iterancestors():
            placeholder.addprevious(part)


def join_inline(parts: Sequence[str]) -> str:
    """Inline pieces as a browser joins them, except that two words meeting at an
    element's edge are kept apart: menus and date widgets set their items side by
    side with CSS, while a word split by markup is rare. Chinese and Japanese characters
    meeting so are glued (those scripts put no space between words)."""
    joined = [parts[0]]
    for before, after in pairwise(parts):
        last, first = before[-1], after[0]
        if (
            last.isalnum()
            and first.isalnum()
            and not (_UNSPACED.match(last) and _UNSPACED.match(first))
        ):
            joined.append(" ")
        joined.append(after)
    return "".join(joined)


@dataclass(frozen=True)
class WalkedText:
    """The text blocks of a document, the deepest nesting, the text cut for budget, the
    shape of each classed element and the landmark elements (see ``Page``), and the
    hidden elements that were not read."""

    blocks: list[HtmlBlock]
    deepest: int
    cut_chars: int
    shapes: dict[int, str]
    landmarks: dict[int, str]
    hidden: list[etree._Element]
    thread: bool = False
    """An element's microdata names the page a discussion thread (see ``THREAD_TYPES``)."""
    checkpoints: tuple[_Checkpoint, ...] = ()
    """The walk's state at each hidden element, in order: a walk that shows some of them
    resumes at the first one shown (see ``html_blocks``)."""


class _Checkpoint(NamedTuple):
    """The walk's state where it met a hidden element, before it skipped it. Lists and
    dicts that the walk changes later are copies; those it only appends to (``blocks``,
    ``shapes``, ``landmarks``, ``hidden``, ``screens``) are shared, with their length."""

    element: etree._Element
    numbers: tuple[int, int, int, int, int, int, int]
    flags: tuple[bool, bool]
    blocks: tuple[list[HtmlBlock], int]
    shapes: tuple[dict[int, str], int]
    landmarks: tuple[dict[int, str], int]
    hidden: tuple[list[etree._Element], int]
    screens: tuple[list[tuple[int, int, bool]], int]
    parts: list[str]
    stack: list[_Context]
    top: _Context
    merged: list[frozenset[str] | None]
    containers: list[int]
    mutes: list[int]
    counters: dict[int, int]
    links: list[tuple[tuple[str, ...], str]]
    open_anchors: list[tuple[int, int, str]]
    images: list[tuple[str, str]]
    open_screens: dict[int, tuple[int, bool]]
    unions: dict[tuple[frozenset[str], frozenset[str], str], frozenset[str]]


def html_blocks(
    root: etree._Element,
    max_blocks: int | None = None,
    max_chars: int | None = None,
    shown: frozenset[etree._Element] = frozenset(),
    resume: _Checkpoint | None = None,
) -> WalkedText:
    """The text blocks of the document body, in reading order.

    Stops after ``max_blocks + 1`` blocks, so that a caller can tell the page was longer,
    and reads at most ``max_chars`` characters of text (the rest is counted as cut).
    Hidden elements are skipped but for those in ``shown``, and so are the copies of a
    part the page prints once more for other screen sizes (see ``_responsive``).
    ``resume``: a checkpoint of an earlier walk of ``root`` with the same limits, at the
    first element of ``shown``; everything before it is taken from that walk.

    One pass over the tree, in one function: per element it reads the tag and the few
    attributes the rules use, and derives the element's context (block tag, structure)
    from its parent's, kept on a stack. Inline text is collected into ``parts`` until a
    block element starts or ends.
    """
    most_blocks = max_blocks if max_blocks is not None else sys.maxsize
    checkpoints: list[_Checkpoint] = []
    if resume is None:
        budget = max_chars if max_chars is not None else sys.maxsize
        cut_chars = deepest = elements = flushes = link_letters = open_links = 0
        muted = thread = False  # muted: inside a button, whose text is not the page's
        blocks: list[HtmlBlock] = []
        parts: list[str] = []
        stack: list[_Context] = []
        top = _BODY  # the innermost open element's context
        merged: list[frozenset[str] | None] = []  # per open element: its and ancestors' tokens
        containers: list[int] = []  # the open elements' numbers
        mutes: list[int] = []  # the depths at which muting changes
        shapes: dict[int, str] = {}
        landmarks: dict[int, str] = {}
        counters: dict[int, int] = {}
        links: list[tuple[tuple[str, ...], str]] = []
        open_anchors: list[tuple[int, int, str]] = []  # parts, flushes, address
        images: list[tuple[str, str]] = []
        unions: dict[tuple[frozenset[str], frozenset[str], str], frozenset[str]] = {}
        hidden: list[etree._Element] = []
        # elements shown by screen size: open ones by number (first block, wide screens
        # show it), then closed ones (first block, block after the last, wide screens show it)
        open_screens: dict[int, tuple[int, bool]] = {}
        screens: list[tuple[int, int, bool]] = []
        events = etree.iterwalk(root, events=("start", "end"))
    else:
        budget, cut_chars, deepest, elements, flushes, link_letters, open_links = resume.numbers
        muted, thread = resume.flags
        blocks = _prefix(resume.blocks)
        shapes = dict(islice(resume.shapes[0].items(), resume.shapes[1]))
        landmarks = dict(islice(resume.landmarks[0].items(), resume.landmarks[1]))
        hidden, screens = _prefix(resume.hidden), _prefix(resume.screens)
        parts, stack, top = list(resume.parts), list(resume.stack), resume.top
        merged, containers = list(resume.merged), list(resume.containers)
        mutes, counters = list(resume.mutes), dict(resume.counters)
        links, open_anchors = list(resume.links), list(resume.open_anchors)
        images, open_screens = list(resume.images), dict(resume.open_screens)
        unions = resume.unions
        events = _ResumedEvents(resume.element, root)

    def add(text: str, glued: bool) -> None:
        nonlocal budget, cut_chars, link_letters
        if len(text) > budget:
            cut_chars += len(text) - budget
            text = text[:budget]
        budget -= len(text)
        if text:
            if glued and parts:
                parts[-1] += text
            else:
                parts.append(text)
            if open_links:
                link_letters += count_letters(text)

    def merged_tokens() -> frozenset[str]:
        """The tokens of the innermost open element and all its ancestors. They are merged
        only for elements that hold a block, and kept for the elements inside them."""
        depth = known = len(stack)
        while known and merged[known - 1] is None:
            known -= 1
        tokens = (merged[known - 1] or _NO_TOKENS) if known else _NO_TOKENS
        for level in range(known, depth):
            tag, _, element, _ = stack[level]
            own = _tokens(element) if element is not None else _NO_TOKENS
            if own or tag not in tokens:
                key = (tokens, own, tag)
                found = unions.get(key)
                if found is None:
                    found = unions[key] = tokens.union(own, (tag,))
                tokens = found
            merged[level] = tokens
        return tokens

    def flush(line: int) -> None:
        """End the current block: the inline text collected so far becomes a block."""
        nonlocal parts, link_letters, links, images
        # most blocks that end hold only the white space between tags
        text = "" if "".join(parts).isspace() else tidy_line(join_inline(parts))
        if text:
            _, block_tag, _, structure = top
            tokens = merged_tokens()
            markup = None
            if structure is not _PLAIN or links or images or block_tag in _HEADING_LEVELS:
                markup = _markup(block_tag, structure, parts, links, images)
            blocks.append(
                HtmlBlock(text, block_tag, line, link_letters, tokens, tuple(containers), markup)
            )
            links, images = [], []
        parts, link_letters = [], 0

    skipping = False
    for event, element in events:
        if skipping:  # skip_subtree: the skipped element's own end comes next
            skipping = False
            if element.tail and not muted:
                add(element.tail, False)
            continue
        tag = element.tag
        if not isinstance(tag, str):
            tag = ""
        starts = event == "start"
        names = element.keys() if starts else ()  # one call instead of one per attribute
        if starts and (
            tag in _SKIPPED_TAGS
            or (
                (tag == "dialog" or not _HIDING_ATTRIBUTES.isdisjoint(names))  # else shown
                and _is_hidden(element, names)
                and element not in shown
            )
        ):
            if tag not in _SKIPPED_TAGS:
                checkpoints.append(
                    _Checkpoint(
                        element,
                        (budget, cut_chars, deepest, elements, flushes, link_letters, open_links),
                        (muted, thread),
                        (blocks, len(blocks)),
                        (shapes, len(shapes)),
                        (landmarks, len(landmarks)),
                        (hidden, len(hidden)),
                        (screens, len(screens)),
                        parts[:],
                        stack[:],
                        top,
                        merged[:],
                        containers[:],
                        mutes[:],
                        counters.copy(),
                        links[:],
                        open_anchors[:],
                        images[:],
                        open_screens.copy(),
                        unions,
                    )
                )
                hidden.append(element)
            elif tag == "img" and not muted:
                _add_image(element, images)
            skipping = True
            events.skip_subtree()
            continue
        if tag in _BLOCK_TAGS:  # a block element's start or end ends the block before it
            if parts:
                flush(element.sourceline or 0)
            flushes += 1
        if starts:
            # the element's context, from its parent's
            _, block_tag, _, structure = top
            elements += 1
            if tag in _BLOCK_TAGS:
                if block_tag != "pre":
                    block_tag = tag  # inside <pre> every line is code, whatever prints it
                if tag in _STRUCTURE_TAGS:
                    structure = _structure(tag, element, elements, structure, counters)
            top = (tag, block_tag, element, structure)
            stack.append(top)
            merged.append(None)
            if len(stack) > deepest:
                deepest = len(stack)
            if (tag in _UNMUTING_TAGS) if muted else (tag in _CONTROL_TAGS):
                mutes.append(len(stack))
                muted = not muted
            if tag == "a":
                open_links += 1
                open_anchors.append((len(parts), flushes, element.get("href") or ""))
            containers.append(elements)
            classes = element.get("class") if "class" in names else None
            if classes and (not classes.isspace() or _tokens(element)):
                shapes[elements] = f"{tag}.{classes}"
                wide = shown_on_wide_screens(classes)
                if wide is not None:
                    open_screens[elements] = (len(blocks), wide)
            if "role" in names and element.get("role") == "main":
                landmarks[elements] = "main"
            if tag == "main" or tag == "article":
                landmarks[elements] = tag
            if not thread and "itemtype" in names and (item_type := element.get("itemtype")):
                thread = item_type.rstrip("/").rpartition("/")[2] in THREAD_TYPES
            text = element.text
        else:
            if mutes and mutes[-1] == len(stack):
                mutes.pop()
                muted = not muted
            stack.pop()
            merged.pop()
            top = stack[-1] if stack else _BODY
            number = containers.pop()
            if number in open_screens:
                first, wide = open_screens.pop(number)
                screens.append((first, len(blocks), wide))
            if tag == "a":
                open_links -= 1
                _close_anchor(open_anchors.pop(), flushes, parts, links)
            text = element.tail
        if text and not muted:
            add(text, tag in _GLUED_TAGS)
        if len(blocks) > most_blocks:  # cut: the caller tells, copies and all
            return WalkedText(
                blocks, deepest, cut_chars, shapes, landmarks, hidden, thread, tuple(checkpoints)
            )
    if parts:
        flush(0)
    copies = narrow_screen_copies(screens, [b.text for b in blocks]) if screens else frozenset()
    if copies:
        blocks = [block for index, block in enumerate(blocks) if index not in copies]
    return WalkedText(
        blocks, deepest, cut_chars, shapes, landmarks, hidden, thread, tuple(checkpoints)
    )


_T = TypeVar("_T")


def _prefix(shared: tuple[list[_T], int]) -> list[_T]:
    """A copy of the first items of a list the walk only appended to."""
    items, length = shared
    return items[:length]


class _ResumedEvents:
    """The events ``etree.iterwalk(root)`` gives from the start of ``element`` on: the
    element's own walk, then each following sibling's, then the end of its parent, and
    so on up to ``root``. ``skip_subtree`` skips the children of the element just started,
    as iterwalk's does."""

    def __init__(self, element: etree._Element, root: etree._Element) -> None:
        self._walk = etree.iterwalk(element, events=("start", "end"))
        self._events = self._all(element, root)

    def _all(
        self, element: etree._Element, root: etree._Element
    ) -> Iterator[tuple[str, etree._Element]]:
        yield from self._walk
        node = element
        while node is not root:
            for sibling in node.itersiblings():
                self._walk = etree.iterwalk(sibling, events=("start", "end"))
                yield from self._walk
            parent = node.getparent()
            if parent is None:
                return
            node = parent
            yield "end", node

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]:
        return self._events

    def skip_subtree(self) -> None:
        self._walk.skip_subtree()


_COLLAPSED_MIN_WORDS = 20
_COLLAPSED_MAX_LINKS = 0.3  # of its letters: more is a hidden menu
_COLLAPSED_MIN_NEW = 0.5  # of its runs of words that the page prints nowhere else
_SHINGLE_WORDS = 4
_NOVELTY_SAMPLE_CHARS = 20_000  # of a hidden element's text, compared with the page's
_SENTENCE_BREAK = regex.compile(r"\w\w[.!?\u3002]\s+\p{Lu}")
_WORD = regex.compile(r"\w+")
_FORM_CONTROLS = etree.XPath(".//input | .//select | .//textarea")
_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
_WORDS_PER_FIELD = 50


def collapsed_content(
    hidden: Sequence[etree._Element], blocks: Sequence[HtmlBlock]
) -> frozenset[etree._Element]:
    """The hidden elements to read after all: those holding sentences of prose (twenty
    words or more, few of them links) that the page prints nowhere else. They are the
    panels of accordions and tabs, and parts a script shows once the page has loaded.
    A copy of the article kept for search engines or scripts, data for scripts, hidden
    menus, dialogs and forms (a newsletter sign-up that pops up) stay hidden."""
    found: list[etree._Element] = []
    printed: set[tuple[str, ...]] | None = None
    for element in hidden:
        text = _all_text(element)
        words = len(text.split())
        if words < _COLLAPSED_MIN_WORDS or not _SENTENCE_BREAK.search(text):
            continue
        linked = sum(len(_all_text(anchor)) for anchor in element.iter("a"))
        if linked > _COLLAPSED_MAX_LINKS * len(text) or _is_dialog_or_form(element, words):
            continue
        if printed is None:
            printed = _shingles(" ".join(block.text for block in blocks))
        own = _shingles(text[:_NOVELTY_SAMPLE_CHARS])
        if own and len(own - printed) >= _COLLAPSED_MIN_NEW * len(own):
            found.append(element)
    return frozenset(found)


def _all_text(element: etree._Element) -> str:
    """The text of the element and everything inside it, pieces joined by spaces (scripts
    and nested hidden parts included, unlike ``_text_of``: the hidden element is judged
    as a whole)."""
    return " ".join(map(str, element.itertext()))


def _is_dialog_or_form(element: etree._Element, words: int) -> bool:
    """A dialog (by its tag or ARIA role) or a form: an element with a form field for every
    fifty of its ``words`` or fewer (a sign-up box; a page part may hold a search field)."""
    if (
        element.tag == "dialog"
        or element.get("role") in _DIALOG_ROLES
        or element.get("aria-modal") == "true"
    ):
        return True
    fields = _FORM_CONTROLS(element)
    return isinstance(fields, list) and _WORDS_PER_FIELD * len(fields) >= words


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The text's runs of four words, lower-cased."""
    words = _WORD.findall(text.casefold())
    # each run starts at a word; the shifted lists stop the runs at the last full one
    return set(zip(*(words[offset:] for offset in range(_SHINGLE_WORDS)), strict=False))


def _close_anchor(
    anchor: tuple[int, int, str],
    flushes: int,
    parts: list[str],
    links: list[tuple[tuple[str, ...], str]],
) -> None:
    """Record the link that ends here, when its text lies in the current block: the
    pieces of its text (see ``join_inline``) and its address."""
    first, opened_at, address = anchor
    if opened_at != flushes or not address or address.startswith(("#", "javascript:")):
        return
    if first < len(parts):  # its text is joined only if the block is kept
        links.append((tuple(parts[first:]), address))


def _add_image(element: etree._Element, images: list[tuple[str, str]]) -> None:
    """An image: printed with the next block that has text."""
    address = element.get("src") or element.get("data-src") or ""
    if address and not address.startswith("data:") and len(images) < _MAX_PENDING_IMAGES:
        images.append((tidy_line(element.get("alt") or ""), address))


def _markup(
    block_tag: str,
    structure: _Structure,
    parts: list[str],
    links: list[tuple[tuple[str, ...], str]],
    images: list[tuple[str, str]],
) -> Markup:
    level = _HEADING_LEVELS.get(block_tag)
    kind = "heading" if level else structure.kind
    if kind == "table":  # text of a table outside its cells (a caption)
        kind = "caption"
    code = None
    if kind == "code":
        code = "\n".join(line.rstrip() for line in "".join(parts).split("\n"))
        code = code.strip("\n")
    item = kind == "item"
    return Markup(
        kind,
        level or (structure.list_depth if item else 0),
        structure.number if item else None,
        structure.group,
        structure.row,
        structure.cell,
        structure.header,
        code,
        tuple(links),
        tuple(images),
    )


def to_blocks(
    text: str, html_blocks_: list[HtmlBlock], max_block_chars: int = 10_000
) -> tuple[list[Block], dict[int, Markup], int]:
    """Blocks with features and the markup of those that have more than plain text, by
    block index; a block's span is the source line its element starts on. A block longer
    than ``max_block_chars`` is split at spaces; also return how many were."""
    line_ends = accumulate(map((1).__add__, map(len, text.split("\n"))))  # after each "\n"
    line_starts = [0, *line_ends][:-1]
    blocks: list[Block] = []
    markup: dict[int, Markup] = {}
    split = 0
    for item in html_blocks_:
        line = min(max(item.line, 1), len(line_starts))
        start = line_starts[line - 1]
        end = line_starts[line] - 1 if line < len(line_starts) else len(text)
        counted = count_letters(item.text)
        size = len(item.text)
        pieces = (
            list(split_at_spaces(0, size, item.text, max_block_chars))
            if size > max_block_chars
            else [(0, size)]
        )
        split += len(pieces) > 1
        for first, last in pieces:
            if item.markup is not None:
                markup[len(blocks)] = item.markup
            blocks.append(
                make_block(
                    len(blocks),
                    item.text if len(pieces) == 1 else item.text[first:last].strip(),
                    start,
                    end,
                    first == 0,  # each element is a paragraph; its pieces continue it
                    item.tag,
                    min(1.0, item.link_letters / (counted or 1)),
                    item.tokens,
                    item.containers,
                    counted if len(pieces) == 1 else None,
                )
            )
    return blocks, markup, split


def metadata(root: etree._Element) -> dict[str, str]:
    """Title, dates, author and URL from JSON-LD, meta tags, <link rel=canonical>,
    <title>, <h1> and <time>; the address links are resolved against (<base>);
    ``product`` when the markup names the page, or an item on it, a product (JSON-LD
    ``Product``, ``og:type`` product); and ``thread`` when JSON-LD names it a discussion
    thread (the walk reads the same from microdata, see ``WalkedText.thread``)."""
    meta: dict[str, str] = {}
    json_ld, other_scripts = _script_texts(root)
    for key, value in _json_ld_fields(json_ld):
        meta.setdefault(key, value)
    for element in root.iter("meta"):
        name = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = element.get("content")
        if not content:
            continue
        name = name.casefold()
        field = _META_KEYS.get(name)
        if field:
            meta.setdefault(field, html.unescape(content).strip())
        if name == "og:type" and content.casefold().startswith(_PRODUCT_OG_TYPES):
            meta.setdefault("product", "og:type")
    for link in root.iter("link"):
        if (link.get("rel") or "").casefold() == "canonical" and link.get("href"):
            meta.setdefault("url", (link.get("href") or "").strip())
    for base in root.iter("base"):
        if base.get("href"):
            meta.setdefault("base", (base.get("href") or "").strip())
    title = root.find(".//title")
    if title is not None and _text_of(title):
        meta.setdefault("title_tag", _text_of(title))
    printed = (
        h1
        for h1 in root.iter("h1")
        if not _is_screen_reader_only(h1) and not _names_site(h1) and not _is_breadcrumb(h1)
    )
    headings = [text for text in map(_heading_text, printed) if text]
    if headings:
        meta["h1s"] = "\n".join(headings)
    for time in root.iter("time"):
        stamp = time.get("datetime") or ""
        if stamp:
            meta.setdefault("time", stamp)
            break
    scripted = _script_date(other_scripts)
    if scripted:
        meta["script_published"] = scripted
    return meta


def _script_texts(root: etree._Element) -> tuple[list[str], list[str]]:
    """The texts of the page's JSON-LD scripts and of its other scripts, read in one pass
    (a script's text is copied out of the tree each time it is read)."""
    json_ld: list[str] = []
    others: list[str] = []
    for script in root.iter("script"):
        text = script.text
        if text:
            is_json_ld = (script.get("type") or "").casefold() == "application/ld+json"
            (json_ld if is_json_ld else others).append(text)
    return json_ld, others


def _script_date(scripts: list[str]) -> str | None:
    """A publication timestamp from a page's own script data ("publishedAt": "2022-...")."""
    for text in scripts:
        found = _SCRIPT_DATE.search(text, 0, _SCRIPT_SCAN_CHARS)
        if found:
            return found[1]
    return None


_SCRIPT_SCAN_CHARS = 500_000
# The standard engine: it finds the pattern's opening quote and name in the page's
# script code several times as fast as the regex module.
_SCRIPT_DATE = re.compile(
    r'"(?:datePublished|publishedDate|publishDate|publishedAt|published_at|pubDate'
    r'|date_published|publication_date|dateCreated|createdAt|created_at)"\s*:\s*'
    r'"(\d{4}-\d\d-\d\d(?:[T ][\d:.]{5,12}(?:Z|[+-]\d\d:?\d\d)?)?)"'
)


_KICKER_TOKENS = frozenset(
    "kicker dachzeile spitzmarke overline eyebrow roofline topline subtitle titleheader "
    "topic".split()
)
_TITLE_TOKENS = frozenset(("headline", "title"))
_SCREEN_READER_TOKENS = frozenset(
    ("visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "invisible", "aural")
)
_LEADING_SEPARATORS = ":|-–—· "


def _heading_text(heading: etree._Element) -> str:
    """The text of an ``<h1>`` without a kicker printed inside it: its own text beside a
    label or subtitle set in a ``<span>`` (see ``_own_text``), else the child the markup
    names the title ("headline", "...__title") when something precedes it, else the text
    less the children named as kickers ("kicker", "dachzeile", "topic-label") and the
    separators hidden from view or kept for screen readers."""
    own = _own_text(heading)
    if own:
        return own
    children = [child for child in heading if isinstance(child.tag, str)]
    if len(children) < 2 and not any(_tokens(child) & _KICKER_TOKENS for child in children):
        return _text_of(heading)
    texts = [child for child in children if _text_of(child)]
    titled = [child for child in texts if _tokens(child) & _TITLE_TOKENS]
    if len(titled) == 1 and titled[0] is not texts[0]:
        return _text_of(titled[0])
    kickers = [child for child in children if _tokens(child) & _KICKER_TOKENS]
    if not kickers:
        return _text_of(heading)
    pieces = [heading.text or ""]
    for child in children:
        if child not in kickers and not _is_screen_reader_only(child):
            pieces.append(_text_of(child))
        pieces.append(child.tail or "")
    text = " ".join(" ".join(pieces).split()).lstrip(_LEADING_SEPARATORS)
    return text or _text_of(heading)


_PIECE_TAGS = frozenset(("span", "small"))
_MIN_OWN_WORDS = 2


def _own_text(heading: etree._Element) -> str | None:
    """The text an ``<h1>`` holds itself, when its other text is a ``<span>`` or
    ``<small>`` set before all of it (a label, a kicker: ``<span class="label">News
    </span>Title``) or after a line break at its end (a subtitle: ``Title<br><span>
    Subtitle</span>``); a heading wrapped whole in a link is read inside the link. Own
    text that goes on in lower case after a piece continues its sentence (a first word
    styled apart): then there is no own headline."""
    children = [child for child in heading if isinstance(child.tag, str)]
    if len(children) == 1 and children[0].tag == "a" and not (heading.text or "").strip():
        heading, children = children[0], [c for c in children[0] if isinstance(c.tag, str)]
    if not children or not all(child.tag in _PIECE_TAGS or child.tag == "br" for child in children):
        return None
    own = [(heading.text or "").strip(), *((child.tail or "").strip() for child in children)]
    printed = [bool(_text_of(child)) for child in children]
    if not any(printed):
        return None
    # Own text may stand only before every printed child (a subtitle after a <br>) or
    # only after every printed child (a label before it).
    first_printed = printed.index(True)
    last_printed = len(printed) - 1 - printed[::-1].index(True)
    before = [text for text in own[: first_printed + 1] if text]
    after = [text for text in own[last_printed + 1 :] if text]
    inside = [text for text in own[first_printed + 1 : last_printed + 1] if text]
    if inside or (before and after):
        return None
    if before and not any(child.tag == "br" for child in children[:first_printed]):
        return None
    if after and after[0][0].islower():
        return None  # the piece before is the sentence's first word, styled apart
    text = " ".join(" ".join(before or after).split())
    if len(text.split()) < _MIN_OWN_WORDS or text.endswith(":"):
        return None
    return text


def _names_site(heading: etree._Element) -> bool:
    """An ``<h1>`` that its class or id, or its parent's, names the site's logo or title."""
    parent = heading.getparent()
    tokens = _tokens(heading) | (_tokens(parent) if parent is not None else _NO_TOKENS)
    return bool(tokens & SITE_TITLE_TOKENS)


def _is_breadcrumb(heading: etree._Element) -> bool:
    """An ``<h1>`` whose own class or id names it a breadcrumb trail's link."""
    return bool(_tokens(heading) & BREADCRUMB_TOKENS)


def _is_screen_reader_only(element: etree._Element) -> bool:
    return _is_hidden(element) or bool(_tokens(element) & _SCREEN_READER_TOKENS)


def _text_of(element: etree._Element) -> str:
    """The element's text as printed: without scripts, styles and other elements that
    are not printed (the walker skips the same ones), nor the text inside it kept for
    screen readers."""
    pieces: list[str] = []
    events = etree.iterwalk(element, events=("start", "end"))
    for event, node in events:
        printed = (
            isinstance(node.tag, str)
            and node.tag not in _SKIPPED_TAGS
            and node.tag not in _CONTROL_TAGS
            and (node is element or not _is_screen_reader_only(node))
        )
        if event == "start":
            if node is not element and not printed:
                events.skip_subtree()
            elif printed and node.text:
                pieces.append(node.text)
        elif node is not element and node.tail:
            pieces.append(node.tail)
    return " ".join("".join(pieces).split())


_META_KEYS = {
    "og:title": "og_title",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "twitter:title": "og_title",
    "title": "meta_title",
    "article:published_time": "published",
    "og:article:published_time": "published",
    "datepublished": "published",
    "pubdate": "published",
    "publishdate": "published",
    "date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "sailthru.date": "published",
    "og:published_time": "published",
    "published_time": "published",
    "publication_date": "published",
    "dcterms.date": "published",
    "dcterms.created": "published",
    "citation_publication_date": "published",
    "og:url": "url",
    "parsely-pub-date": "published",
    "article:modified_time": "updated",
    "og:updated_time": "updated",
    "datemodified": "updated",
    "author": "author",
    "article:author": "author",
    "dc.creator": "author",
    "parsely-author": "author",
}


_PRODUCT_OG_TYPES = ("product", "og:product")  # "product", "product.item", "og:product"
_PRODUCT_LD_TYPES = frozenset(("Product", "ProductGroup"))
THREAD_TYPES = frozenset(("DiscussionForumPosting",))
"""The schema.org types of a discussion thread: a forum's posts, whose replies are the
page's content, not comments on it."""


def _json_ld_fields(scripts: list[str]) -> Iterator[tuple[str, str]]:
    for text in scripts:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        yield from _walk_json_ld(data, depth=0)


def _walk_json_ld(data: object, depth: int) -> Iterator[tuple[str, str]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k in _PRODUCT_LD_TYPES for k in kinds):
            yield "product", "JSON-LD"
        if any(isinstance(k, str) and k in THREAD_TYPES for k in kinds):
            yield "thread", "JSON-LD"
        if any(
            isinstance(k, str)
            and ("Article" in k or k in ("NewsArticle", "BlogPosting", "WebPage", "Report"))
            for k in kinds
        ):
            for source, key in (
                ("headline", "ld_headline"),
                ("datePublished", "published"),
                ("dateModified", "updated"),
            ):
                value = data.get(source)
                if isinstance(value, str) and value.strip():
                    yield key, html.unescape(value).strip()
            author = data.get("author")
            for person in author if isinstance(author, list) else [author]:
                name = person.get("name") if isinstance(person, dict) else person
                if isinstance(name, str) and name.strip():
                    yield "author", name.strip()
        if "@graph" in data:
            yield from _walk_json_ld(data["@graph"], depth + 1)
