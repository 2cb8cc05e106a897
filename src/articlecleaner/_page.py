"""Raw input -> an immutable Page of Blocks with features computed once.

A Block is one line of raw text (or one block element of HTML). Rules read Blocks; they
never see the raw input, so text and HTML input are served by the same rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import NamedTuple, TypeVar, cast

import regex

from ._dates import TextDates
from ._language import detect_language
from ._lexicon import Lexicon, any_stopwords, lexicon_for, stopword_sets
from ._scripts import CJK_BLOCKS, OUTSIDE_SIMPLE_SCRIPTS, word_class_is_simple
from ._text import count_letters, letter_words, tidy_line

_T = TypeVar("_T")
_LINE = re.compile(r"[^\r\n]+")
# Vowel signs and other combining marks belong to their word (Indic scripts, Thai).
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*")
_MARK = regex.compile(r"\p{M}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CHARS_PER_WORD_AT_LEAST = 25
_CJK_EXTRA = 2
_WRAPPED_LINE_MIN_WORDS = 8
_WRAPPED_MIN_LINES = 3  # this many wrapped lines are prose even without a final full stop
_PASSAGE_MIN_BLOCKS = 3  # blocks printed again in the same order: a passage, not a teaser
_PASSAGE_MAX_LINKED = 0.1  # share of a passage's letters in links: above, a teaser list
# ``_WORD`` for ASCII text, where the standard engine is twice as fast, and for text of
# Latin, Greek and Cyrillic only (see ``_scripts``), two to three times as fast.
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
_SIMPLE_WORD = re.compile(r"\w[\w'’-]*")  # ``_WORD`` in text without "_"
# Sentence ends, with the danda of Indic scripts and the Arabic, Urdu, Armenian,
# Ethiopic and Burmese stops.
# The marks that end a sentence (or a clause before a list or a quote), and the white
# space the regex module's \s matches, which may follow them.
_TERMINAL_MARKS = frozenset(""".!?…。！？:;"”»“'’)]।॥؟۔։።။""")
_TRAILING_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)


def ends_with_terminal(text: str) -> bool:
    """The text's last printed character ends a sentence."""
    return text.rstrip(_TRAILING_SPACE)[-1:] in _TERMINAL_MARKS


class Block(NamedTuple):
    """One line or block element of the page, with its features. (A named tuple: one is
    made for every block of every page, four times as fast as a frozen dataclass.)"""

    index: int  # type: ignore[assignment]  # the field hides tuple.index, never called
    text: str
    start: int
    end: int
    paragraph_start: bool
    words: tuple[str, ...]
    """Words and numbers as written (CJK characters count as half a word each)."""
    word_count: int
    """Number of words, never less than one per 25 characters, so that an unbroken run of
    symbols is not mistaken for a short line."""
    letter_words: tuple[str, ...]
    """Lower-cased words of letters only: what boilerplate phrases are matched against."""
    letters: int
    terminal: bool
    tag: str | None = None
    link_density: float = 0.0
    dom_tokens: frozenset[str] = frozenset()
    """HTML only: tag names, class, id and role tokens of the block and its ancestors."""
    containers: tuple[int, ...] = ()
    """HTML only: the elements the block lies in, outermost first, each as a number
    unique on the page: two blocks share a container when they share its number."""


class Markup(NamedTuple):
    """What the page's markup says a block is: the structure ``Article.blocks`` shows.

    HTML gives it from the tags; in raw text it is read from the layout. (A named tuple:
    the walk makes one for each block of a list or a table, and a tuple is made fastest.)"""

    kind: str = "paragraph"
    """"heading", "paragraph", "item" (of a list), "cell" (of a table), "code",
    "quote" or "caption"."""
    level: int = 0
    """A heading's level (1 to 6); a list item's depth (1 for a top-level list)."""
    number: int | None = None
    """The number of an item of an ordered list."""
    group: int = 0
    """The element the block belongs to (the list item, the table, the ``<pre>``, the
    quote): blocks of one group are one item, one table, one code block."""
    row: int = 0
    """A table cell's row element."""
    cell: int = 0
    """A table cell's element: blocks of one cell are one cell."""
    header: bool = False
    """A table cell of a header row (``<th>``, ``<thead>``)."""
    code: str | None = None
    """Preformatted text with its line breaks and indentation."""
    links: tuple[tuple[tuple[str, ...], str], ...] = ()
    """HTML: the block's links, each as the inline pieces of its text (``join_inline``
    joins them) and its address as the page wrote it."""
    images: tuple[tuple[str, str], ...] = ()
    """Images printed with the block: (alternative text, address)."""


@dataclass(frozen=True)
class Page:
    """The parsed page: its decoded text, its blocks and its language."""

    text: str
    blocks: tuple[Block, ...]
    language: str | None
    lexicon: Lexicon
    is_html: bool = False
    meta: dict[str, str] = field(default_factory=dict)
    landmarks: dict[int, str] = field(default_factory=dict)
    """HTML only: the elements that mark the page's main content (``<main>``, an element
    with ``role=main``: "main") or an article (``<article>``: "article"), by container
    number."""
    shapes: dict[int, str] = field(default_factory=dict)
    """HTML only: each classed element's tag and class attribute, by its container
    number ("article.message post-12"); see ``shape_of``."""
    markup: dict[int, Markup] = field(default_factory=dict)
    """HTML only: the structure of each block that is more than a plain paragraph, by
    block index."""
    _shared: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def shared(self, key: str, compute: Callable[[Page], _T]) -> _T:
        """Work on the page that several rules need (the comment headings, say), done
        by the first rule that asks for it under ``key``."""
        if key not in self._shared:
            self._shared[key] = compute(self)
        return cast(_T, self._shared[key])

    @cached_property
    def _case_keys(self) -> list[str]:
        """Each block's text case-folded, as repeats are told."""
        return [block.text.casefold() for block in self.blocks]

    @cached_property
    def copies(self) -> tuple[int, ...]:
        """How often each block's text occurs on the page (case-folded), by block index:
        1 for a text printed once."""
        counts = Counter(self._case_keys)
        return tuple(counts[key] for key in self._case_keys)

    @cached_property
    def first_copies(self) -> frozenset[int]:
        """The blocks of the first copy of a passage the page prints again later, block
        for block (three blocks or more, each printed there for the first time, see
        ``_reads_as_text``): an article printed twice, once for small screens and once
        for large ones."""
        keys = self._case_keys
        first: dict[str, int] = {}
        second: dict[int, int] = {}
        for index, key in enumerate(keys):
            if key in first:
                second.setdefault(first[key], index)
            else:
                first[key] = index
        found: set[int] = set()
        index = 0
        while index < len(keys):
            again = second.get(index)
            length = 0
            while (
                again is not None
                and index + length < again
                and again + length < len(keys)
                and keys[index + length] == keys[again + length]
                and first[keys[index + length]] == index + length
            ):
                length += 1
            if length >= _PASSAGE_MIN_BLOCKS and _reads_as_text(
                self.blocks[index : index + length]
            ):
                found.update(range(index, index + length))
            index += max(1, length)
        return frozenset(found)

    @cached_property
    def folded(self) -> tuple[str, ...]:
        """Each block's text case-folded, without the dot above that a capital "İ" leaves:
        a block whose folded text lacks a word cannot match a pattern of that word,
        ignoring case. Rules test these first, to skip the blocks their patterns need
        not try. Made from the case-folded texts that repeats are told by."""
        return tuple(key.replace("\u0307", "") for key in self._case_keys)

    @cached_property
    def _folded_page(self) -> tuple[str, list[int]]:
        """The folded texts joined by line breaks, and where each block's starts."""
        starts = list(accumulate((len(text) + 1 for text in self.folded), initial=0))
        return "\n".join(self.folded), starts

    def blocks_containing(self, stems: Iterable[str]) -> set[int]:
        """The blocks whose folded text contains one of ``stems`` (each lower-case and
        without a line break), found by one scan of the page per stem."""
        text, starts = self._folded_page
        found: set[int] = set()
        for stem in stems:
            at = text.find(stem)
            while at >= 0:
                index = bisect_right(starts, at) - 1
                found.add(index)
                at = text.find(stem, starts[index + 1])
        return found

    @cached_property
    def text_dates(self) -> TextDates:
        """The dates printed in the page's texts, each text read once for every rule and
        field that asks (see ``TextDates``)."""
        return TextDates()

    @cached_property
    def worded_blocks_before(self) -> list[int]:
        """For each block, how many blocks with letters come before it; one more item,
        the page's count. Lines without letters (numbers, rules) leave positions as they
        are, so that a line is as far into the body as it was into the page."""
        return list(accumulate((block.letters > 0 for block in self.blocks), initial=0))

    def printed_together(self, earlier: int, later: int) -> bool:
        """Blocks ``earlier`` and ``later`` are lines of one paragraph: no paragraph break
        before ``later`` nor before any block between them (the body prints such kept
        blocks on consecutive lines)."""
        return not any(block.paragraph_start for block in self.blocks[earlier + 1 : later + 1])

    def reads_as_prose(self, block: Block) -> bool:
        """True when stopwords make up a fifth or more of the block's words: those of the
        page language (of any language when it is unknown: the body alone, cleaned again,
        may be too short to tell its language, and must weigh as it did on the page), or,
        in a block of ten words or more, those of another shipped language (a passage the
        page quotes in another language)."""
        if not block.words:
            return False
        stops = self.lexicon.stopwords if self.language else any_stopwords()
        if _stopword_share(block.words, stops) >= PROSE_MIN_STOPWORDS:
            return True
        return (
            self.language is not None
            and len(block.words) >= _FOREIGN_PASSAGE_MIN_WORDS
            and any(
                _stopword_share(block.words, other) >= PROSE_MIN_STOPWORDS
                for other in stopword_sets().values()
            )
        )


_DIGITS = regex.compile(r"\d")
_ENTRY_MIN_SHARED_NAMES = 0.5  # of two entries' class names, the share they have in common


@lru_cache(maxsize=4096)
def shape_of(tag_and_classes: str) -> str:
    """An element's shape: its tag and class names less those with digits (ids,
    counters). Entries of one list, such as the posts of a thread, share a shape."""
    tag, names = _tag_and_names(tag_and_classes)
    return f"{tag}.{' '.join(sorted(set(names)))}"


def alike_entries(first: str, second: str) -> bool:
    """Two elements are entries of one list: they share a shape, or their tag and their
    first class name, with at least half of their class names in common (a thread's
    first post, or a post by the thread's starter, adds a class or two to the rest)."""
    if shape_of(first) == shape_of(second):
        return True
    (tag, names), (other_tag, other_names) = _tag_and_names(first), _tag_and_names(second)
    if tag != other_tag or not names or not other_names or names[0] != other_names[0]:
        return False
    ours, theirs = set(names), set(other_names)
    return len(ours & theirs) >= _ENTRY_MIN_SHARED_NAMES * len(ours | theirs)


def _tag_and_names(tag_and_classes: str) -> tuple[str, list[str]]:
    """The tag and the class names without digits, in the order the markup gives."""
    tag, _, classes = tag_and_classes.partition(".")
    return tag, [name for name in classes.split() if not _DIGITS.search(name)]


HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
"""The tags of HTML headings (a block's ``tag``)."""
SITE_TITLE_TOKENS = frozenset(
    ("logo", "branding", "site-title", "site-name", "sitetitle", "sitename")
)
"""Class or id names of the element that prints the site's name, not an article's."""
BREADCRUMB_TOKENS = frozenset(("breadcrumb", "breadcrumbs"))
"""Class or id names of a breadcrumb trail (some print it in an ``<h1>``)."""
PROSE_MIN_STOPWORDS = 0.2  # share of a block's words: prose, not a list of names or items
PROSE_MIN_WORDS = 10


def is_prose(block: Block) -> bool:
    """A paragraph of prose: ten words or more, ending a sentence."""
    return block.word_count >= PROSE_MIN_WORDS and block.terminal


_FOREIGN_PASSAGE_MIN_WORDS = 10


def _stopword_share(words: Sequence[str], stops: frozenset[str]) -> float:
    return sum(1 for word in words if word.casefold() in stops) / len(words)


def letter_weight(text: str, letters: int | None = None) -> int:
    """Letters in the text, a CJK character counting as three: it carries about as much
    as three letters of an alphabet, so paragraphs in any script weigh alike. Combining
    marks (the vowel signs of Indic scripts) count as letters. ``letters``: the text's
    ``count_letters``, when the caller has it."""
    if letters is None:
        letters = count_letters(text)
    if text.isascii() or not OUTSIDE_SIMPLE_SCRIPTS.search(text):
        return letters
    return letters + _CJK_EXTRA * _cjk_count(text) + len(_MARK.findall(text))


def _cjk_count(text: str) -> int:
    """How many Han, kana and Hangul characters the text holds (none, at a glance, in
    text with no character in their Unicode blocks)."""
    return len(_CJK.findall(text)) if CJK_BLOCKS.search(text) else 0


def words_of(text: str) -> tuple[str, ...]:
    """Tokenise text into words; each CJK character stands for half a word."""
    if text.isascii():
        return tuple(_ASCII_WORD.findall(text))
    if word_class_is_simple(text):
        return tuple(_SIMPLE_WORD.findall(text))
    words = _WORD.findall(text)
    cjk = _cjk_count(text)
    if cjk:
        words = [w for w in words if not _CJK.match(w)] + ["\u4e00"] * (cjk // 2)
    return tuple(words)


def make_block(
    index: int,
    text: str,
    start: int,
    end: int,
    paragraph_start: bool,
    tag: str | None = None,
    link_density: float = 0.0,
    dom_tokens: frozenset[str] = frozenset(),
    containers: tuple[int, ...] = (),
    letters: int | None = None,
) -> Block:
    """Build a Block and compute its text features; ``letters`` is the text's
    ``count_letters``, when the caller has it."""
    words = words_of(text)
    return Block(  # positional: faster, once per block
        index,
        text,
        start,
        end,
        paragraph_start,
        words,
        max(len(words), len(text) // _CHARS_PER_WORD_AT_LEAST),
        letter_words(text),
        letter_weight(text, letters),
        ends_with_terminal(text),
        tag,
        link_density,
        dom_tokens,
        containers,
    )


def split_at_spaces(start: int, end: int, text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Cut [start, end) of text into pieces of at most ``limit`` characters, at spaces."""
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        yield start, cut
        start = cut
    yield start, end


def _reads_as_text(passage: Sequence[Block]) -> bool:
    """A passage of text, not a list of teasers: its letters are mostly not links, and
    half or more of its paragraphs of prose are set apart (a list prints its entries
    single-spaced)."""
    letters = sum(block.letters for block in passage)
    linked = sum(block.letters * block.link_density for block in passage)
    prose = [block for block in passage if is_prose(block)]
    apart = sum(1 for block in prose if block.paragraph_start)
    return linked <= _PASSAGE_MAX_LINKED * letters and 2 * apart >= len(prose)


def blocks_from_text(
    text: str, max_line_chars: int = 10_000, max_blocks: int | None = None
) -> tuple[list[Block], int]:
    """Split raw page text into line blocks; a blank line marks a paragraph start.

    Hard-wrapped prose is joined back into one block per paragraph. Lines longer than
    ``max_line_chars`` are split at spaces; also returns how many were. Stops after
    ``max_blocks + 1`` blocks, so that a caller can tell the page was longer.
    """
    lines: list[_Line] = []
    previous_end = 0
    split_lines = 0
    for match in _LINE.finditer(text):
        first, last = match.span()
        # A blank line before: two line breaks of one kind since the last line kept.
        paragraph_start = (
            not lines
            or text.count("\n", previous_end, first) > 1
            or text.count("\r", previous_end, first) > 1
        )
        if last - first > max_line_chars:
            pieces = list(split_at_spaces(first, last, text, max_line_chars))
            split_lines += 1
        else:
            pieces = [(first, last)]
        for start, end in pieces:
            line = _tidy_row(text[start:end])
            if line:
                lines.append(_Line(line, start, end, paragraph_start))
                paragraph_start = False
                previous_end = last
        if max_blocks is not None and len(lines) > max_blocks:
            break
    blocks: list[Block] = []
    for group in _unwrap(lines, max_line_chars):
        head = group[0]
        joined = head.text if len(group) == 1 else " ".join(line.text for line in group)
        blocks.append(
            make_block(len(blocks), joined, head.start, group[-1].end, head.paragraph_start)
        )
    return blocks, split_lines


def _tidy_row(line: str) -> str:
    """A tidied line; a table row keeps one tab between its cells ("Team\tPoints"), so
    that the table can still be told in the cleaned body."""
    if "\t" not in line:
        return tidy_line(line)
    cells = [cell for cell in (tidy_line(part) for part in line.split("\t")) if cell]
    return "\t".join(cells)


@dataclass(slots=True)
class _Line:
    text: str
    start: int
    end: int
    paragraph_start: bool


def _unwrap(lines: Sequence[_Line], max_chars: int) -> Iterator[list[_Line]]:
    """Group the lines of hard-wrapped paragraphs; every other line is a group of its own.

    A paragraph is hard-wrapped when each of its lines but the last is long, is cut
    mid-sentence and is followed by a line that starts in lower case, and it has three
    lines or more, or its last line ends a sentence (so that a headline above a "by ..."
    line stays apart).
    """
    index = 0
    while index < len(lines):
        end = index + 1
        size = len(lines[index].text)
        while end < len(lines) and _continues(lines[end - 1], lines[end]):
            size += len(lines[end].text) + 1
            if size >= max_chars:
                break
            end += 1
        if end == index + 1:
            yield [lines[index]]
        elif end - index >= _WRAPPED_MIN_LINES or ends_with_terminal(lines[end - 1].text):
            yield list(lines[index:end])
        else:  # a later start would end on the same unfinished line: no group here
            yield from ([line] for line in lines[index:end])
        index = end


def _continues(previous: _Line, line: _Line) -> bool:
    return (
        not line.paragraph_start
        and "\t" not in previous.text  # table rows are never wrapped prose
        and "\t" not in line.text
        and line.text[0].islower()
        and len(previous.text.split()) >= _WRAPPED_LINE_MIN_WORDS
        and not ends_with_terminal(previous.text)
    )


def build_page(
    text: str,
    blocks: Sequence[Block],
    *,
    language: str | None = None,
    is_html: bool = False,
    meta: dict[str, str] | None = None,
    shapes: dict[int, str] | None = None,
    landmarks: dict[int, str] | None = None,
    markup: dict[int, Markup] | None = None,
) -> Page:
    """Assemble a Page, detecting the language from the blocks unless one is given."""
    lang = language or detect_language(
        [block.text for block in blocks], [block.letter_words for block in blocks]
    )
    return Page(
        text=text,
        blocks=tuple(blocks),
        language=lang,
        lexicon=lexicon_for(lang),
        is_html=is_html,
        meta=dict(meta or {}),
        shapes=shapes or {},
        landmarks=landmarks or {},
        markup=markup or {},
    )
