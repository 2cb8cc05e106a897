"""Per-language word lists, loaded from the JSON data files in ``lexicons/``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

PHRASE_FAMILIES: dict[str, tuple[str, ...]] = {
    "read_more": ("read_more", "related", "most_read"),
    "share": ("share", "tweet", "email", "print", "comments", "follow_us", "save"),
    "promo": ("subscribe", "newsletter", "download_app", "listen", "advertisement"),
    "cookie": ("cookie", "privacy_policy"),
    "footer": ("terms", "all_rights_reserved", "contact"),
    "navigation": ("sign_in", "skip_to_content", "back_to_top", "site_menu", "tags", "sections"),
    "credit": ("photo_credit",),
}
"""The phrase types of the data files, grouped by the rule family that matches them."""

PHRASE_TYPES = tuple(kind for kinds in PHRASE_FAMILIES.values() for kind in kinds)
"""Every phrase type a lexicon file may list ("read_more", "tweet", "cookie", ...)."""

PERSONAL_PRONOUNS = frozenset(
    "he she they i we it him her them er sie ils elle elles il él ella ellos он она они".split()
)
"""Pronouns: a line or a speaker mention that opens with one names nobody by itself."""


@dataclass(frozen=True)
class DateWords:
    """How one language prints dates: month names, the labels before a publication or an
    update date, and relative dates ("vor {n} {u}" with the words of each unit)."""

    months: tuple[tuple[str, ...], ...] = ()
    published_cues: frozenset[str] = frozenset()
    updated_cues: frozenset[str] = frozenset()
    relative_forms: tuple[str, ...] = ()
    relative_units: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    """Stopwords and boilerplate phrases (by type) of one language."""

    language: str | None
    stopwords: frozenset[str]
    phrases: dict[str, frozenset[str]]
    cues: frozenset[str] = frozenset()
    """Reporting verbs and phrases that attribute a quotation ("said", "according to")."""
    dates: DateWords = DateWords()


@cache
def available_languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the shipped lexicons, sorted."""
    folder = resources.files(__package__).joinpath("lexicons")
    return tuple(
        sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))
    )


@cache
def _load(language: str) -> Lexicon:
    path = resources.files(__package__).joinpath("lexicons", f"{language}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        language=language,
        stopwords=frozenset(w.casefold() for w in data["stopwords"]),
        phrases={
            kind: frozenset(p.casefold() for p in data["phrases"].get(kind, ()))
            for kind in PHRASE_TYPES
        },
        cues=frozenset(c.casefold().rstrip(":") for c in data.get("cues", ())),
        dates=_date_words(data.get("dates", {})),
    )


def _date_words(data: dict[str, Any]) -> DateWords:
    return DateWords(
        months=tuple(tuple(n.casefold() for n in names) for names in data.get("months", ())),
        published_cues=frozenset(c.casefold() for c in data.get("published_cues", ())),
        updated_cues=frozenset(c.casefold() for c in data.get("updated_cues", ())),
        relative_forms=tuple(data.get("relative_forms", ())),
        relative_units={
            unit: tuple(w.casefold() for w in words)
            for unit, words in data.get("relative_units", {}).items()
        },
    )


def date_words() -> tuple[DateWords, ...]:
    """The date words of every shipped language, in the order of their codes."""
    return tuple(_load(language).dates for language in available_languages())


@cache
def all_phrases() -> dict[str, frozenset[str]]:
    """Boilerplate phrases of every shipped language merged by rule family, and by phrase
    type for the types that do not share a family's name ("advertisement").

    Pages mix languages ("Read more" on a German page), so phrase rules use all of them.
    """
    merged: dict[str, set[str]] = {family: set() for family in PHRASE_FAMILIES}
    merged.update({kind: set() for kind in PHRASE_TYPES if kind not in PHRASE_FAMILIES})
    for language in available_languages():
        phrases = _load(language).phrases
        for family, kinds in PHRASE_FAMILIES.items():
            for kind in kinds:
                merged[family] |= phrases[kind]
                if kind not in PHRASE_FAMILIES:
                    merged[kind] |= phrases[kind]
    return {family: frozenset(phrases) for family, phrases in merged.items()}


def lexicon_for(language: str | None) -> Lexicon:
    """The lexicon of a language; English when the language is unknown or unsupported."""
    if language is not None and language in available_languages():
        return _load(language)
    return _load("en")


@cache
def any_stopwords() -> frozenset[str]:
    """The stopwords of every shipped language together: what counts as one on a page
    whose language is unknown."""
    return frozenset().union(*stopword_sets().values())


def stopword_sets() -> dict[str, frozenset[str]]:
    """Stopwords of every shipped language, by code."""
    return {language: _load(language).stopwords for language in available_languages()}


@cache
def quote_cues(language: str | None) -> frozenset[str]:
    """Reporting cues for quotes on a page: its language's and English ones (pages quote
    in English cues often enough, and the union is built once per language)."""
    return lexicon_for(language).cues | _load("en").cues
