"""Find a date (and time) printed in a short piece of text, in several languages."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import regex

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero gennaio janeiro januari января январь stycznia "
        "styczeń jän",
        "february feb februar février fevrier febrero febbraio fevereiro februari февраля февраль "
        "lutego luty",
        "march mar märz maerz mars marzo março maart марта март marca marzec",
        "april apr avril abril aprile апреля апрель kwietnia kwiecień",
        "may mai mayo maggio maio mei мая май maja",
        "june jun juni juin junio giugno junho июня июнь czerwca czerwiec",
        "july jul juli juillet julio luglio julho июля июль lipca lipiec",
        "august aug août aout agosto augustus августа август sierpnia sierpień",
        "september sep sept septembre septiembre settembre setembro сентября сентябрь "
        "września wrzesień",
        "october oct oktober octobre octubre ottobre outubro oktober октября октябрь "
        "października październik okt",
        "november nov novembre noviembre novembro ноября ноябрь listopada listopad",
        "december dec dezember décembre decembre diciembre dicembre dezembro december декабря "
        "декабрь grudnia grudzień dez déc",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_TIME = (
    r"(?:(?:,|\s|at|um|à|a las|в|-|—|\|)*\s*(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)"
    r"(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:uhr\s*)?(?P<zone>gmt|utc|z\b|[+-]\d\d:?\d\d)?)?"
)
_ISO = regex.compile(
    r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d\d:?\d\d)?)?",
    regex.IGNORECASE,
)
_TEXTUAL = (
    regex.compile(
        rf"(?<!\w){_DAY}\s*(?:de\s+)?{_MONTH},?\s*(?:de\s+)?{_YEAR}\b{_TIME}", regex.IGNORECASE
    ),
    regex.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s*{_YEAR}\b{_TIME}", regex.IGNORECASE),
    regex.compile(
        rf"(?<![\w.]){_DAY}\.\s?(?P<nmonth>[01]?\d)\.\s?{_YEAR}\b{_TIME}", regex.IGNORECASE
    ),
)


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() in ("GMT", "UTC", "Z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _build(groups: dict[str, str], month: int) -> datetime | None:
    hour = int(groups["hour"]) if groups.get("hour") else 0
    minute = int(groups["minute"]) if groups.get("minute") else 0
    ampm = (groups.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    try:
        return datetime(
            int(groups.get("year") or 0),
            month,
            int(groups.get("day") or 0),
            hour,
            minute,
            tzinfo=_zone(groups.get("zone")),
        )
    except ValueError:
        return None


def find_date(text: str) -> tuple[datetime, tuple[int, int]] | None:
    """The first date in ``text`` with its span, or None. Times and zones are kept."""
    found: list[tuple[int, datetime, tuple[int, int]]] = []
    for match in _ISO.finditer(text):
        value = _build(match.groupdict(), int(match["month"]))
        if value:
            found.append((match.start(), value, match.span()))
            break
    for pattern in _TEXTUAL:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = (
                _MONTHS[groups["month"].casefold()]
                if groups.get("month")
                else int(groups["nmonth"] or 0)
            )
            value = _build(groups, month)
            if value:
                found.append((match.start(), value, match.span()))
                break
    if not found:
        return None
    _, value, span = min(found, key=lambda item: item[0])
    return value, span
