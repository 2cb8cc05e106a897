"""Find dates (and times) printed in short pieces of text, in the shipped languages.

Formats: ISO 8601 (``2021-12-15T21:32:00+03:00``, ``2021/12/15``), day-month-year and
month-day-year with month names (``15 Dec, 2021 21:32``, ``Dec. 15, 2021 9:32 p.m. ET``,
``15. Dezember 2021``, ``15 de diciembre de 2021``), numeric ``15.12.2021, 21:32 Uhr``,
``15.12.21`` and ``12/15/2021``, CJK ``2021年12月15日``, and relative dates (``2 hours
ago``, ``vor 2 Stunden``) when a reference time is given. Times and zones are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache

import regex

from ._lexicon import date_words
from ._scripts import case_folded_words

_ZONE_HOURS = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "mez": 1, "cest": 2, "mesz": 2,
    "eet": 2, "eest": 3, "msk": 3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
    "mdt": -6, "pst": -8, "pdt": -7,
}  # fmt: skip
_US_ZONES = {"et": -5, "ct": -6, "mt": -7, "pt": -8}  # one hour later in summer time
_UNIT_DELTAS = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
    "month": timedelta(days=30),
    "year": timedelta(days=365),
}
_COUNT = r"(?P<n>\d{1,3}|an?|one|eine?[mr]?|une?)"
_ONE = {"a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "un": 1, "une": 1}


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text and where it is printed there."""

    value: datetime
    start: int
    end: int


@cache
def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for words in date_words():
        for number, names in enumerate(words.months, start=1):
            for name in names:
                numbers.setdefault(name, number)
    return numbers


_ZONE = (
    r"(?P<zone>[+-]\d\d:?\d\d|z\b|(?:"
    + "|".join(sorted([*_ZONE_HOURS, *_US_ZONES], key=len, reverse=True))
    + r")\b)"
)
_TIME = (
    r"(?:(?:,|\s|t|at|um|à|a las|alle|às|om|o|в|-|—|–|\||/)*\s*"
    r"(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?!\d)\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:uhr\s*|h\b\s*)?(?:\(?\s*" + _ZONE + r"\)?)?)?"
)
_TWO_DIGITS = regex.compile(r"\d\d")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d{3})"  # "201914." is a year glued to the next day


_FOUR_DIGIT_YEAR = regex.compile(r"(?:19|20)\d\d")


def _has_year(text: str) -> bool:
    """A four-digit year from 1900 to 2099 is printed somewhere in the text."""
    return _FOUR_DIGIT_YEAR.search(text) is not None


def _has_dot(text: str) -> bool:
    return "." in text


def _has_slash(text: str) -> bool:
    return "/" in text


@cache
def _patterns() -> tuple[tuple[regex.Pattern[str], Callable[[str], bool]], ...]:
    """Each date format with a cheap test that a text it matches must pass (a four-digit
    year, a dot, a slash): most lines pass none, and the month-name formats are costly."""
    month = (
        "(?P<month>"
        + "|".join(sorted(map(regex.escape, _month_numbers()), key=len, reverse=True))
        + r")\.?"
    )
    flags = regex.IGNORECASE
    return (
        (
            regex.compile(
                r"(?<![\d/])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<nmonth>[01]?\d)(?P=sep)"
                r"(?P<day>[0-3]?\d)(?!\d)" + _TIME,
                flags,
            ),
            _has_year,
        ),
        (
            regex.compile(
                rf"(?<!\d){_DAY}\s*(?:de\s+|of\s+)?{month},?\s*(?:de\s+|del\s+)?{_YEAR}{_TIME}",
                flags,
            ),
            _has_year,
        ),
        (
            regex.compile(rf"(?<!\w){month}\s+{_DAY}(?:,\s*|\s+){_YEAR}{_TIME}", flags),
            _has_year,
        ),
        (
            regex.compile(
                r"(?<![\w.,/])(?P<day>[0-3]?\d)\.\s?(?P<nmonth>[01]?\d)\.\s?"
                r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d.]\d)" + _TIME,
                flags,
            ),
            _has_dot,
        ),
        (
            regex.compile(
                r"(?<![\w.,/])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/"
                r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d/])" + _TIME,
                flags,
            ),
            _has_slash,
        ),
        (
            regex.compile(
                r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<nmonth>[01]?\d)\s*[月월]\s*"
                r"(?P<day>[0-3]?\d)\s*[日일]?(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）))?"
                r"(?:\s*(?P<hour>[0-2]?\d)\s*[:時시]\s*(?P<minute>[0-5]\d))?"
            ),
            _has_year,
        ),
    )


def _zone(text: str | None, month: int) -> timezone | None:
    if not text:
        return None
    key = text.casefold()
    if key in _ZONE_HOURS:
        return timezone(timedelta(hours=_ZONE_HOURS[key]))
    if key in _US_ZONES:
        summer = 4 <= month <= 10
        return timezone(timedelta(hours=_US_ZONES[key] + summer))
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _month_and_day(groups: dict[str, str | None]) -> tuple[int, int]:
    if groups.get("first"):
        first, second = int(groups["first"] or 0), int(groups["second"] or 0)
        return (first, second) if second > 12 else (second, first)
    name = groups.get("month")
    month = _month_numbers()[name.casefold()] if name else int(groups.get("nmonth") or 0)
    return month, int(groups.get("day") or 0)


def _build(groups: dict[str, str | None]) -> datetime | None:
    month, day = _month_and_day(groups)
    hour = int(groups.get("hour") or 0)
    minute = int(groups.get("minute") or 0)
    ampm = (groups.get("ampm") or "").casefold()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    try:
        return datetime(
            _year(groups.get("year") or "0"), month, day, hour, minute,
            tzinfo=_zone(groups.get("zone"), month),
        )  # fmt: skip
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order, without overlaps.

    An ambiguous ``05/06/2021`` is read day first (5 June), as most of the world prints
    it; ``05/13/2021`` can only be May 13.
    """
    if not may_hold_date(text):
        return []
    found: list[FoundDate] = []
    for pattern, could_match in _patterns():
        if not could_match(text):
            continue
        for match in pattern.finditer(text):
            value = _build(match.groupdict())
            if value:
                found.append(FoundDate(value, match.start(), match.end()))
    found.sort(key=lambda f: (f.start, -f.end))
    result: list[FoundDate] = []
    for item in found:
        if not result or item.start >= result[-1].end:
            result.append(item)
    return result


def may_hold_date(text: str) -> bool:
    """False when ``find_dates`` can find nothing in the text: every format has a year of
    two digits at least."""
    return _TWO_DIGITS.search(text) is not None


def find_date(text: str) -> tuple[datetime, tuple[int, int]] | None:
    """The first date in ``text`` with its span, or None."""
    return _first(find_dates(text))


def _first(found: list[FoundDate]) -> tuple[datetime, tuple[int, int]] | None:
    return (found[0].value, (found[0].start, found[0].end)) if found else None


class TextDates:
    """``find_dates``, ``find_date`` and ``find_relative`` for the texts of one page, each
    text read once: the timestamp rule, the dateline rule and the page's date ask about
    the same short lines. (One per page, as ``Page.text_dates``: texts are not kept from
    one page to the next.)"""

    def __init__(self) -> None:
        self._dates: dict[str, list[FoundDate]] = {}
        self._relative: dict[str, tuple[timedelta, tuple[int, int]] | None] = {}

    def dates(self, text: str) -> list[FoundDate]:
        """``find_dates(text)``; the list is shared, not to be changed."""
        found = self._dates.get(text)
        if found is None:
            found = self._dates[text] = find_dates(text)
        return found

    def first(self, text: str) -> tuple[datetime, tuple[int, int]] | None:
        """``find_date(text)``."""
        return _first(self.dates(text))

    def relative(self, text: str) -> tuple[timedelta, tuple[int, int]] | None:
        """``find_relative(text)``."""
        if text not in self._relative:
            self._relative[text] = find_relative(text)
        return self._relative[text]


@cache
def _relative_patterns() -> tuple[tuple[regex.Pattern[str], dict[str, str]], ...]:
    patterns = []
    for words in date_words():
        unit_of = {word: unit for unit, names in words.relative_units.items() for word in names}
        if not unit_of:
            continue
        units = "|".join(sorted(map(regex.escape, unit_of), key=len, reverse=True))
        for form in words.relative_forms:
            body = regex.escape(form).replace(regex.escape("{n}"), _COUNT)
            body = body.replace(regex.escape("{u}"), rf"(?P<unit>{units})")
            body = body.replace(r"\ ", r"\s*")
            patterns.append((regex.compile(rf"(?<!\w){body}(?!\w)", regex.IGNORECASE), unit_of))
    return tuple(patterns)


def anchor_words() -> set[str]:
    """The fixed words of every relative form (``ago``, ``il y a``, ``前``)."""
    return {
        piece.strip()
        for words in date_words()
        for form in words.relative_forms
        for piece in regex.split(r"\{[nu]\}", form)
        if piece.strip()
    }


@cache
def _anchor_words() -> re.Pattern[str]:
    """Any anchor word of a relative date, in case-folded text: a text without one holds
    no relative date."""
    return case_folded_words(anchor_words())


def may_be_relative(folded: str) -> bool:
    """False when ``find_relative`` can find nothing in the text whose case-folded form
    (with or without the dot above that "İ" leaves) is ``folded``: it holds no anchor
    word of a relative date."""
    return _anchor_words().search(folded) is not None


def find_relative(text: str) -> tuple[timedelta, tuple[int, int]] | None:
    """How long ago a relative date (``3 hours ago``, ``il y a 3 heures``) lies, and its span."""
    if not may_be_relative(text.casefold()):
        return None
    for pattern, unit_of in _relative_patterns():
        match = pattern.search(text)
        if match:
            count = match["n"].casefold()
            amount = _ONE.get(count) or int(count)
            return amount * _UNIT_DELTAS[unit_of[match["unit"].casefold()]], match.span()
    return None
