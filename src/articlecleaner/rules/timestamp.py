"""Lines that only give a date, a time or an age ("2 hours ago")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._dates import TextDates
from .._page import Page
from .._rule import Category, Context, Label, Rule
from .._scripts import case_folded_words

_DAY_NAMES = (
    "just now",
    "yesterday",
    "today",
    "gestern",
    "heute",
    "hier",
    "aujourd'hui",
    "ayer",
    "hoy",
)
_DAY_WORDS = regex.compile(
    rf"\b(?:{'|'.join(_DAY_NAMES)})\b"
    r"|\b\d+\s*[smhdw]\b",  # "2h", "5 m": the short ages of teaser lists
    regex.IGNORECASE,
)
_DAY_NAME = case_folded_words(_DAY_NAMES)  # before _DAY_WORDS, in text without digits
# How long the article takes to read: "5 min read", "Lesezeit: 4 Minuten", "3 Minuten
# Lesezeit", "Tempo di lettura: 3 minuti". A bare "4 minutes" is no reading time.
MINUTES = r"\d{1,3}\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti|minut)"
MINUTE_UNITS = ("min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minut")
"""The words for minutes that ``MINUTES`` matches."""
_READING = (
    r"read|reading time|read time|lesezeit|lesedauer|temps de lecture|de lecture|"
    r"tiempo de lectura|de lectura|tempo di lettura|di lettura|czas czytania|leestijd"
)
_READING_TIME = regex.compile(
    rf"(?:\b(?:{_READING})\s*:?\s*(?:ca\.\s*)?{MINUTES}|{MINUTES}\s+(?:{_READING}))\b\.?",
    regex.IGNORECASE,
)
_CLOCK = regex.compile(r"\b[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?|uhr|gmt|utc|[A-Z]{2,4})?", regex.I)
_FILLER = regex.compile(
    r"\b(?:at|on|um|am|à|le|el|a las|updated|published|posted|last|modified|"
    r"aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|"
    r"pubblicato|aggiornato|ultima modifica|il|alle|"
    r"utc|gmt|cet|cest|mez|mesz|est|edt|cst|cdt|pst|pdt|bst|ist|aest|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
    regex.IGNORECASE,
)
_LETTER = regex.compile(r"\p{L}")
_MAX_WORDS = 14
_MAX_DATES = 2
_TABLE_CELLS = frozenset(("td", "th"))  # a time in a table is data: a result, a schedule


def is_timestamp_only(text: str, dates: TextDates) -> bool:
    """True when nothing but dates (a publication and an update date, say), a time, an
    age, a reading time and filler words is on the line."""
    rest, dated = text, False
    for _ in range(_MAX_DATES):
        found = dates.first(rest) or dates.relative(rest)
        if not found:
            break
        start, end = found[1]
        rest, dated = rest[:start] + " " + rest[end:], True
    timed = _CLOCK.sub(" ", _DAY_WORDS.sub(" ", _READING_TIME.sub(" ", rest)))
    return (dated or timed != rest) and not _LETTER.search(_FILLER.sub(" ", timed))


class TimestampLine(Rule):
    """Lines that only carry a date, a time, an age or a reading time.

    What it catches: short lines such as ``2 hours ago``, ``Updated: 10:04 am``,
    ``Wednesday November 20, 2019``, ``November 19, 2019 at 10:04 am`` or a publication
    and an update date on one line (``Published: 28 Apr, 2020 CET. Updated: 29 Apr 2020``),
    and the reading time printed with them (``5 min read``, ``Lesezeit: 4 Minuten``).
    Why: teaser lists and comments stamp every item; a line of only a date is never a
    sentence of the article. The cells of an HTML table are left alone: a time there is
    data (a race result, a timetable). The dateline of the article is read from these labels too.
    Example: ``2 days ago at 07:52 am``
    """

    code = "AC110"
    name = "timestamp-line"
    category = Category.METADATA

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        dates, folded = page.text_dates, page.folded
        for block in page.blocks:
            if (
                block.tag not in _TABLE_CELLS
                and block.word_count <= _MAX_WORDS
                and (
                    any(map(str.isdigit, block.text))
                    or (_DAY_NAME.search(folded[block.index]) and _DAY_WORDS.search(block.text))
                )
                and is_timestamp_only(block.text, dates)
            ):
                yield self.hit(block.index, "only a date, time or age")
