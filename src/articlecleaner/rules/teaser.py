"""Teasers for other articles: "Read more" and the headline that follows it."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from .._page import Block, Page
from .._rule import Category, Context, Label, Rule
from .._text import letter_words
from ._phrases import (
    covered_by_phrases,
    phrase_tuples,
    starts_with_phrase,
    words_covered_by_phrases,
)
from .timestamp import MINUTE_UNITS, MINUTES

_TEASER_HEADLINE_MAX_WORDS = 25
_BRACKET_TAG = regex.compile(r"\[\p{Lu}{2,12}\]$|\((\p{Lu}{2,12})\)$")
_TAG_ENDINGS = ("]", ")", "]\n", ")\n")
# In parentheses only a media word is a tag: "(IHR)" spells out an abbreviation.
_MEDIA_TAGS = frozenset(
    "video videos vídeo vidéo pics photos photo pictures fotos foto bilder watch listen "
    "audio podcast gallery galerie live poll quiz map maps graphic graphics update".split()
)
_CAPS_LABEL = regex.compile(r"^\p{Lu}{2,12}(?: \p{Lu}{2,12})?:\s+\S")
_SHOUTING_MIN_WORDS = 4  # words with letters: a score or an amount is no title
_PREFIX_SEPARATOR = regex.compile(r"^([^:|»›>\-–—]{1,40})[:|»›>\-–—]\s*\S")
_MARKER_MAX_WORDS = 8
_MORE_ON_MAX_WORDS = 7
_READING_MINUTES = regex.compile(rf"\b{MINUTES}(?!\w)", regex.IGNORECASE)
# "More on <topic>", "Mehr zu <Thema>", "Weitere Beiträge zum <Thema>": the label over a
# list of stories on a topic, a section or a site ("Más de"/"plus de" say "more than");
# a label that lists its topics after a colon is a tag line, not a marker.
_MORE_ON = regex.compile(
    r"^(?:noch )?(?:(?:more|mehr|más)(?: (?:stories|articles|news|posts|videos|columns|"
    r"artikel|beiträge|kolumnen|nachrichten|meldungen|noticias|artículos))?|"
    r"weitere (?:artikel|beiträge|informationen|infos|nachrichten|news|texte|themen)) "
    r"(?:on|about|from|at|zu|zum|zur|über|aus|von|auf|bei|sobre)\b[^.!?…:]*:?$",
    regex.IGNORECASE,
)

# "... bei example.de/Sport", "... on example.com": a label's site, by its address.
_ON_SITE = regex.compile(
    r"^(.+?)\s+(?:bei|auf|on|at|sur|en|na|w)\s+[\p{L}\p{N}-]+\.[\p{L}]{2,6}(?:/\S*)?:?$",
    regex.IGNORECASE,
)
# A teaser's summary ends with its link: "... Hintergründe. mehr", "... [czytaj więcej]".
_LINK_TAIL = regex.compile(r"(?:[.!?…]\s*|\[)([^.!?…\[\]()]{1,40})\]?\s*[»›→>]*$")
_LINK_WORDS = frozenset("more mehr más plus więcej".split())
_TEASER_SUMMARY_MAX_WORDS = 60
_TAIL_LINK_MAX_WORDS = 4
# ">> Title of another story <<": a link set off by double angle brackets.
_ANGLED_LINK = regex.compile(r"^>>\s*\S.*<<$")


def _is_headline_like(block: Block) -> bool:
    """A one-line title: not too long and no sentence-final full stop."""
    return 0 < block.word_count <= _TEASER_HEADLINE_MAX_WORDS and not block.text.rstrip().endswith(
        (".", "。")
    )


def _is_bracket_tag(text: str) -> bool:
    """A title ending in "[NEWS]" or in a media word in parentheses ("(VIDEO)")."""
    if not text.endswith(_TAG_ENDINGS):
        return False  # the pattern's "$" takes the end, or a line break there
    tag = _BRACKET_TAG.search(text)
    return tag is not None and (tag[1] is None or tag[1].casefold() in _MEDIA_TAGS)


def split_doubled(text: str) -> str | None:
    """Return X when ``text`` is X printed twice ("X X" or "XX"), else None."""
    length = len(text)
    for middle in (length // 2, (length - 1) // 2):
        first, second = text[:middle].strip(), text[middle:].strip()
        if len(first) >= 12 and first == second:
            return first
    return None


class ReadMoreTeaser(Rule):
    """A "Read more" / "Related" / "See also" marker and the teaser headline after it.

    What it catches: a line that is only a read-more phrase in any supported language, or
    a label for more stories on a topic ("More on the election", "Mehr zu Klima und
    Konsum"), plus the next line when it looks like a headline; a line that starts
    with such a phrase and a separator, followed by the teaser title (``Also read: Title
    of other story``); a teaser's summary ending with its link (``... the harbour.
    [Read more]``, ``... Hintergründe. mehr``); a title set off as a link by double
    angle brackets (``>> Title of other story <<``).
    Why: teasers link to other articles; their headlines are not part of this one.
    Example: ``Read more`` followed by ``Putin & Biden have unfinished business – Kremlin``
    """

    code = "AC301"
    name = "read-more-teaser"
    category = Category.TEASER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        blocks = page.blocks
        for block in blocks:
            if not _may_be_teaser(block):
                continue
            if _is_read_more_marker(block):
                yield self.hit(block.index, "read-more marker")
                following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
                if following is not None and _is_headline_like(following):
                    yield self.hit(following.index, "teaser headline after a read-more marker")
            elif _is_read_more_prefix(block) and _is_headline_like(block):
                yield self.hit(block.index, "read-more phrase introducing another headline")
            elif _ends_with_read_more(block):
                yield self.hit(block.index, "teaser text ending with its read-more link")
            elif _ANGLED_LINK.match(block.text):
                yield self.hit(block.index, "a link set off by angle brackets")


def _may_be_teaser(block: Block) -> bool:
    """A cheap test that every form below needs: the first word opens a read-more phrase
    or a "More on" label (or is the unit of a reading time that comes first), the last
    word ends a read-more phrase or is a link word or a reading time's unit, or the line
    opens with ">>"."""
    words = block.letter_words
    if not words:
        return block.text.startswith(">>")
    first_words, last_words = _teaser_trigger_words()
    return words[0] in first_words or words[-1] in last_words or block.text.startswith(">>")


@cache
def _teaser_trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a teaser's line may open with, and those it may end with: a summary's
    link ends it (the link's words end the line's), and a marker's last word is its
    phrase's or a reading time's."""
    phrases = phrase_tuples(("read_more",))
    opening = {phrase[0] for phrase in phrases}
    opening |= _dotted_i({"noch", "more", "mehr", "más", "weitere", *MINUTE_UNITS})
    ending = {phrase[-1] for phrase in phrases} | _LINK_WORDS | _dotted_i(set(MINUTE_UNITS))
    return frozenset(opening), frozenset(ending)


def _dotted_i(words: set[str]) -> set[str]:
    """The words, and each as a capital "İ" for "I" case-folds ("i" and a dot above):
    the patterns, ignoring case, match it as "i"."""
    return words | {word.replace("i", "i\u0307") for word in words}


def _is_read_more_marker(block: Block) -> bool:
    """The line is only a read-more phrase, maybe with the linked story's reading time
    ("Read more", "weiterlesen 5 Minuten") or the site's address ("Die meistgelesenen
    Artikel bei example.de/Sport")."""
    if covered_by_phrases(block, ("read_more",), _MARKER_MAX_WORDS):
        return True
    on_site = _ON_SITE.match(block.text)
    if on_site and words_covered_by_phrases(
        letter_words(on_site[1]), ("read_more",), _MARKER_MAX_WORDS
    ):
        return True
    if block.word_count <= _MORE_ON_MAX_WORDS and _MORE_ON.match(block.text):
        return True
    lowered = block.text.lower()  # "İ" lowers to "i" and a dot, and matches "i" ignoring case
    if "min" not in lowered and "mi\u0307n" not in lowered:
        return False  # no reading time ("5 min", "3 Minuten") to take out
    timeless = _READING_MINUTES.sub(" ", block.text)
    return timeless != block.text and words_covered_by_phrases(
        letter_words(timeless), ("read_more",), _MARKER_MAX_WORDS
    )


def _ends_with_read_more(block: Block) -> bool:
    """A teaser's summary: sentences, then its link ("... erläutert Hintergründe. mehr",
    "... w Polsce. [czytaj więcej]")."""
    if block.word_count > _TEASER_SUMMARY_MAX_WORDS:
        return False
    tail = _LINK_TAIL.search(block.text)
    if tail is None or tail.start() == 0:
        return False
    words = letter_words(tail[1])
    return (len(words) == 1 and words[0] in _LINK_WORDS) or words_covered_by_phrases(
        words, ("read_more",), _TAIL_LINK_MAX_WORDS
    )


def _is_read_more_prefix(block: Block) -> bool:
    """The line opens with a read-more phrase and a separator, at most one word between
    them ("Read: Title", "Mehr zum Thema – Title", "More news on: Title"; not
    "Read my lips – ...")."""
    prefix = _PREFIX_SEPARATOR.match(block.text)
    if prefix is None:
        return False
    length = starts_with_phrase(block, ("read_more",))
    return length > 0 and len(letter_words(prefix[1])) <= length + 1


class DoubledLine(Rule):
    """A line that is one text printed twice in a row.

    What it catches: ``X X`` where X is at least 12 characters, as produced when a teaser's
    image alt text or a hidden label repeats its visible title.
    Why: a sentence of an article is never written twice on one line; teaser cards are.
    Example: ``Putin & Biden have unfinished business – Kremlin Putin & Biden have ...``
    """

    code = "AC302"
    name = "doubled-line"
    category = Category.TEASER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.word_count >= 4 and split_doubled(block.text):
                yield self.hit(block.index, "the same text printed twice on one line")


def _is_shouting(block: Block) -> bool:
    return len(block.letter_words) >= _SHOUTING_MIN_WORDS and block.text.isupper()


class MarkedTeaser(Rule):
    """Teaser headlines marked as such: a bracketed media tag, a capitals label, or capitals.

    What it catches: a one-line title (no final full stop) ending in a tag in capitals in
    square brackets (``[NEWS]``) or a media word in parentheses (``(PICS)``), starting
    with a label in capitals and a colon (``SEE MORE: ...``, ``WATCH: ...``), or written
    all in capitals (four words with letters at least: a score or an amount is no title).
    An HTML ``<h1>`` is the page's own title, never a teaser.
    Why: sites print links to other stories between the paragraphs in these styles; the
    article's own sentences are not written that way.
    Example: ``Plane passengers quarantined after outbreak [NEWS]``
    """

    code = "AC303"
    name = "marked-teaser"
    category = Category.TEASER

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.tag == "h1" or not _is_headline_like(block):
                continue  # the page's own title may be marked too ("BREAKING: ...")
            if _is_bracket_tag(block.text):
                yield self.hit(block.index, "title ending in a bracketed media tag")
            elif _CAPS_LABEL.match(block.text):
                yield self.hit(block.index, "title after a label in capitals")
            elif _is_shouting(block):
                yield self.hit(block.index, "title written in capitals")
