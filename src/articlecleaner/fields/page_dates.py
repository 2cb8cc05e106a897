"""The page's publication and update dates, from the markup and from the printed text.

Order (the first that gives a date wins):
1. HTML metadata: JSON-LD ``datePublished``/``dateModified``, ``article:published_time``
   and the other meta tags, ``<time datetime>``, a timestamp in the page's script data
   (``"publishedAt": "..."``), then a date in the page's URL. A markup
   time yields to the page's own printing of the same instant in its readers' zone, and
   the publication date yields to a date the page clearly prints as its own when the
   markup backs it (the modified or ``<time>`` date, or a day between publication and
   modification) or gives only a day: content wins when the text is clear.
2. The text: every date printed on a line of the page is a candidate. A label before it
   ("Published", "Veröffentlicht am", "Mis à jour") or closing the clause after it
   ("... erschienen.") says which date it is; otherwise the candidates nearest the body
   win, datelines and date-only lines first, and a date far from the body only when
   nothing better is printed. Dates printed in one form on many lines with different
   days (comments, archives) count less. Unlabelled dates inside sentences or on
   copyright lines, dates in comment sections and anything after the reference time are
   never taken.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache

import regex

from .._dates import FoundDate, find_date, may_be_relative, may_hold_date
from .._lexicon import date_words
from .._page import Page
from .._settle import Verdict

_MAX_DATES_PER_BLOCK = 4
_LEAD_WORDS = 2  # a date after at most this many words of a long block is its dateline
_LONG_BLOCK_WORDS = 25
_LONG_BLOCK_SCAN_CHARS = 120  # two words and a date with its time fit in this
_CUE_CHARS = 40  # how far before a date its label may start
_CUE_GAP_WORDS = 3  # "Veröffentlicht von Jane am 3. Mai": words between label and date
_REACH = 30  # blocks from the body within which unlabelled dates count
_NEARNESS_WEIGHT = 2.0
_HEADER_WEIGHT = 2.0  # a dateline, or a line that holds nothing but a date
_LABEL_WEIGHT = 3.0  # "Published", "Veröffentlicht am", ...
_IN_BODY_COST = 1.0  # a date opening a body paragraph is more often an event's date
_AFTER_BODY_COST = 1.0  # below the article: teasers, comments, archives
_PRINTED_MIN_SCORE = 3.0  # a printed date clear enough to outweigh the markup's
_SERIES_COST = 1.0  # one form of date on many lines: comments, archives, teasers
_SERIES_DAYS = 3  # different days in one form make a series
_URL_DATE = regex.compile(
    r"/(?:(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]\d)[/-](?P<day>[0-3]\d)"
    r"|(?P<day>[0-3]\d)-(?P<month>[01]\d)-(?P<year>(?:19|20)\d\d))(?:/|-|$)"
)  # /2021/10/29/, /2021-10-29-title, /29-10-2021
_AMBIGUOUS_SLASH = regex.compile(r"\s*\d\d?/\d\d?/\d{4}")  # 11/01/2023: which is the month?
_MAX_ZONE_SHIFT = timedelta(hours=14)  # the widest gap between UTC and a local time
_EMBEDDING_WORDS = (4, 3)  # a date with more words before *and* after is in a sentence
_WORD = regex.compile(r"\w+")
_DIGITS = regex.compile(r"\d")
_SHAPE_TAIL = 12  # characters after a date that belong to its form (" at 4:34 pm")
_SEPARATORS = frozenset("-–—|•·/")  # "Radio - 3.5.2022 - Autor: X" sets a date apart
_COPYRIGHT = regex.compile(r"©|\(c\)|\bcopyright\b", regex.IGNORECASE)
_COMMENT_CODES = frozenset({"AC120", "AC121"})
_HEADER_CODES = frozenset({"AC902", "AC110"})  # datelines and lines of only a date


@dataclass(frozen=True)
class PageDates:
    """What the page says of its dates, and why a date was left out."""

    published: datetime | None
    updated: datetime | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Candidate:
    value: datetime
    kind: str  # "published", "updated" or "plain"
    score: float
    shape: str = ""  # how the line prints it, digits and words left out


@cache
def _cues() -> dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]]:
    """Per kind of date: a label ending just before a date, and one closing the clause
    just after it ("Veröffentlicht am 3. Mai" and "wurde am 3. Mai veröffentlicht.")."""
    words = date_words()
    gap = (
        rf"(?:\W+(?:[^\W\d]+|\d\d?[:.]\d\d)){{0,{_CUE_GAP_WORDS}}}?\W*"  # "vom 5. bis" is no label
    )

    def patterns(cues: set[str]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
        labels = "(?:" + "|".join(sorted(map(regex.escape, cues), key=len, reverse=True)) + ")"
        return (
            regex.compile(rf"(?<!\w){labels}(?!\w){gap}$", regex.IGNORECASE),
            regex.compile(rf"^{gap}(?<!\w){labels}\s*(?:[.,;)]|$)", regex.IGNORECASE),
        )

    return {
        "published": patterns({c for w in words for c in w.published_cues}),
        "updated": patterns({c for w in words for c in w.updated_cues}),
    }


def _kind(before: str, after: str) -> str:
    """Which date a label makes of it: the nearest label before it wins ("Updated 3 May,
    first published 1 May" has two); else a label right after it."""
    tail = before[-_CUE_CHARS:]
    best, kind = -1, "plain"
    for name, (ending, _) in _cues().items():
        for match in ending.finditer(tail):
            if match.start() > best:
                best, kind = match.start(), name
    if kind == "plain":
        head = after[:_CUE_CHARS]
        for name, (_, opening) in _cues().items():
            if opening.search(head):
                return name
    return kind


def _markup_published(page: Page) -> tuple[str, datetime] | None:
    """The markup's publication timestamp as written, and as read."""
    for key in ("published", "time", "script_published"):
        text = page.meta.get(key, "")
        found = find_date(text)
        if found:
            return text, found[0]
    return None


def _url_date(page: Page, url: str | None) -> datetime | None:
    """A date in the page's URL path (``url`` given, or the canonical or og:url)."""
    match = _URL_DATE.search(url or page.meta.get("url", ""))
    return _parsed(f"{match['year']}-{match['month']}-{match['day']}") if match else None


def _parsed(text: str) -> datetime | None:
    found = find_date(text)
    return found[0] if found else None


def _best(candidates: list[_Candidate], *, updated: bool) -> _Candidate | None:
    """The highest-scoring candidate labelled as an update, or of the other kinds."""
    fitting = (c for c in candidates if (c.kind == "updated") == updated)
    return max(fitting, key=lambda c: c.score, default=None)


def _comments_start(page: Page, verdict: Verdict) -> int:
    """Index of the first block of the comment section below the body's start (the
    number of blocks when there is none): no date from there on is the article's."""
    body_start = verdict.kept[0] if verdict.kept else 0
    return min(
        (
            index
            for index, found in verdict.labels.items()
            if index > body_start and any(rule.code in _COMMENT_CODES for rule, _ in found)
        ),
        default=len(page.blocks),
    )


def _block_dates(page: Page, text: str, long: bool) -> list[FoundDate]:
    """The dates of a line; of a long block, only one that opens it ("Berlin, 3 May 2022.")."""
    if long:  # only its opening can hold a dateline
        text = text[:_LONG_BLOCK_SCAN_CHARS]
    found = page.text_dates.dates(text)[:_MAX_DATES_PER_BLOCK]
    return [f for f in found if not long or len(_WORD.findall(text[: f.start])) <= _LEAD_WORDS]


def _candidates(
    page: Page, verdict: Verdict, reference: datetime | None
) -> tuple[list[_Candidate], bool]:
    """Every dated line's candidates, and whether a relative date had to be left out."""
    comments_start = _comments_start(page, verdict)
    kept = frozenset(verdict.kept)
    start = verdict.kept[0] if verdict.kept else len(page.blocks)
    end = verdict.kept[-1] + 1 if verdict.kept else len(page.blocks)
    result: list[_Candidate] = []
    skipped_relative = False
    folded = page.folded
    for block in page.blocks[:comments_start]:
        long = block.word_count > _LONG_BLOCK_WORDS
        # most lines hold no date: the tests that find_dates and find_relative open with
        found = _block_dates(page, block.text, long) if may_hold_date(block.text) else []
        if not found and not long and may_be_relative(folded[block.index]):
            relative = page.text_dates.relative(block.text)
            if relative and reference is None:
                skipped_relative = True
            elif relative and reference is not None:
                age, (start_at, end_at) = relative
                found = [FoundDate(reference - age, start_at, end_at)]
        if not found:
            continue
        copyright_line = bool(_COPYRIGHT.search(block.text))
        header = any(r.code in _HEADER_CODES for r, _ in verdict.labels.get(block.index, ()))
        # A dateline rule may take a short sentence; its inner dates are still an event's.
        sentence_check = not header or block.text.rstrip().endswith((".", "!", "?"))
        nearness = max(0.0, 1.0 - _distance(block.index, start, end) / _REACH)
        previous_end = 0
        for number, item in enumerate(found):
            # A label between two dates belongs to the second one.
            after = block.text[item.end :] if number + 1 == len(found) else ""
            kind = _kind(block.text[previous_end : item.start], after)
            previous_end = item.end
            if kind == "plain" and (
                copyright_line or (sentence_check and _in_a_sentence(block.text, item))
            ):
                continue
            if reference is not None and _later(item.value, reference):
                continue
            score = _NEARNESS_WEIGHT * nearness + (_HEADER_WEIGHT if header else 0.0)
            score += _LABEL_WEIGHT if kind != "plain" else 0.0
            if block.index in kept and long:
                score -= _IN_BODY_COST
            if block.index >= end:
                score -= _AFTER_BODY_COST
            if score >= 0.0:  # zero: a bare date far from the body, taken when alone
                result.append(_Candidate(item.value, kind, score, _shape(block.text, item)))
    return _discount_series(result), skipped_relative


def _shape(text: str, found: FoundDate) -> str:
    """The line's form around its date: "Jane July 3, 2015 at 4:34 pm" and "Paco July 31,
    2015 at 9:02 am" share one."""
    return (
        _DIGITS.sub("0", text[found.start : found.end])
        + "|"
        + _DIGITS.sub("0", text[found.end :][:_SHAPE_TAIL]).lower()
    )


def _discount_series(candidates: list[_Candidate]) -> list[_Candidate]:
    """Dates printed in one form on many lines, each a different day, list comments,
    archives or teasers; they yield to a date the page prints once."""
    days: dict[str, set[date]] = {}
    for candidate in candidates:
        days.setdefault(candidate.shape, set()).add(candidate.value.date())
    return [
        replace(c, score=c.score - _SERIES_COST)
        if len(days[c.shape]) >= _SERIES_DAYS and c.kind == "plain"
        else c
        for c in candidates
    ]


def _distance(index: int, start: int, end: int) -> int:
    """Blocks between a line and the body: above its start, or below its end."""
    if index < start:
        return start - index
    return index - end + 1 if index >= end else index - start


def _in_a_sentence(text: str, found: FoundDate) -> bool:
    """True when words surround the date on both sides ("seit dem 1. Oktober 2022 gilt"),
    not when a separator sets it apart ("Radio - 3.5.2022 10:00 Uhr - Autor: X")."""
    before, after = _EMBEDDING_WORDS
    head, tail = text[: found.start], text[found.end :]
    if _separator_at(head.rstrip()[::-1]) or _separator_at(tail.lstrip()):
        return False
    return len(_WORD.findall(head)) > before and len(_WORD.findall(tail)) > after


def _separator_at(text: str) -> bool:
    """True when the text opens with a separator standing alone (" - ", " | ")."""
    return text[:1] in _SEPARATORS and text[1:2] in ("", " ")


def _other_reading(
    marked: str, published: datetime, candidates: list[_Candidate]
) -> datetime | None:
    """The month-first reading of a markup date like 11/01/2023 (``marked``, as written)
    when the page prints that day and not the day-first one."""
    if not _AMBIGUOUS_SLASH.match(marked) or published.day > 12:
        return None
    if published.day == published.month:
        return None
    other = published.replace(day=published.month, month=published.day)
    printed = {c.value.date() for c in candidates}
    return other if other.date() in printed and published.date() not in printed else None


def _printed_local_time(published: datetime, candidates: list[_Candidate]) -> datetime | None:
    """The page's own printing of the markup's instant, in the local time of its readers,
    whose calendar day is the one that counts.

    Markup often gives publication time in UTC or in the server's zone, while the page
    prints the same instant (same minutes, at most 14 hours apart) in another. A UTC
    time a few hours before or after midnight also yields to a date-only line, the best
    candidate, that prints the neighbouring day.
    """
    offset = published.utcoffset()
    if offset is None:
        return None
    markup = published.replace(tzinfo=None)
    for candidate in candidates:
        value = candidate.value
        if candidate.kind == "updated" or value.tzinfo is not None:
            continue
        if (value.hour, value.minute) == (0, 0) or not _same_minutes(value, markup):
            continue
        if abs(value - markup) <= _MAX_ZONE_SHIFT:
            return value
    best = _best(candidates, updated=False)
    if offset != timedelta(0) or best is None or best.value.tzinfo is not None:
        return None
    day = best.value.date()
    date_only = (best.value.hour, best.value.minute) == (0, 0)
    reachable = (markup - _MAX_ZONE_SHIFT).date() <= day <= (markup + _MAX_ZONE_SHIFT).date()
    return best.value if date_only and reachable and day != markup.date() else None


def _same_minutes(printed: datetime, markup: datetime) -> bool:
    """Whole-hour zones keep the minutes; half-hour zones shift them by 30."""
    return printed.minute in (markup.minute, (markup.minute + 30) % 60)


def _printed_markup_date(
    page: Page, published: datetime, modified: datetime | None, candidates: list[_Candidate]
) -> datetime | None:
    """The page's clearly printed date when it outweighs the markup's publication date:
    the markup's modified or ``<time>`` date printed as the page's own (a republished
    article shows its revision day), a printed day between the markup's publication and
    modification, or any printed day when the markup gives only a day, no time."""
    best = _best(candidates, updated=False)
    if best is None or best.score < _PRINTED_MIN_SCORE or best.value.date() == published.date():
        return None
    for markup in (modified, _parsed(page.meta.get("time", ""))):
        if markup is not None and markup.date() == best.value.date():
            return markup
    if modified and published.date() < best.value.date() < modified.date():
        return best.value
    day_only = published.tzinfo is None and published.time() == time(0, 0)
    return best.value if day_only else None


def _later(value: datetime, reference: datetime) -> bool:
    if (value.tzinfo is None) != (reference.tzinfo is None):
        return value.date() > reference.date()
    return value > reference


def page_dates(
    page: Page, verdict: Verdict, reference: datetime | None = None, url: str | None = None
) -> PageDates:
    """The page's publication and update dates: markup and URL first, then the text."""
    marked = _markup_published(page)
    published = marked[1] if marked else _url_date(page, url)
    modified = _parsed(page.meta.get("updated", ""))
    if published is not None and reference is not None and _later(published, reference):
        published = None
    candidates, skipped_relative = _candidates(page, verdict, reference)
    if published is not None:
        if marked:
            published = _other_reading(marked[0], published, candidates) or published
        published = _printed_local_time(published, candidates) or published
        published = _printed_markup_date(page, published, modified, candidates) or published
    else:
        best = _best(candidates, updated=False)
        published = best.value if best else None
    labelled = _best(candidates, updated=True)
    updated = modified or (labelled.value if labelled else None)
    if updated is not None and published is not None and not _later(updated, published):
        updated = None
    warnings: tuple[str, ...] = ()
    if skipped_relative and published is None:
        warnings = ("a relative date (like '2 hours ago') was left out: pass reference_time",)
    return PageDates(published, updated, warnings)
