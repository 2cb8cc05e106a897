"""Per-language word lists, loaded from the JSON data files in ``lexicons/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

PHRASE_TYPES = ("read_more", "share", "promo", "cookie", "footer", "navigation", "credit")


@dataclass(frozen=True)
class Lexicon:
    """Stopwords and boilerplate phrases of one language (or of all, merged)."""

    language: str | None
    stopwords: frozenset[str]
    phrases: dict[str, frozenset[str]]
    cues: frozenset[str] = frozenset()
    """Reporting verbs and phrases that attribute a quotation ("said", "according to")."""


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
    )


@cache
def all_phrases() -> dict[str, frozenset[str]]:
    """Boilerplate phrases of every shipped language merged by type.

    Pages mix languages ("Read more" on a German page), so phrase rules use all of them.
    """
    merged: dict[str, set[str]] = {kind: set() for kind in PHRASE_TYPES}
    for language in available_languages():
        for kind, phrases in _load(language).phrases.items():
            merged[kind] |= phrases
    return {kind: frozenset(phrases) for kind, phrases in merged.items()}


def lexicon_for(language: str | None) -> Lexicon:
    """The lexicon of a language; English when the language is unknown or unsupported."""
    if language is not None and language in available_languages():
        return _load(language)
    return _load("en")


def stopword_sets() -> dict[str, frozenset[str]]:
    """Stopwords of every shipped language, by code."""
    return {language: _load(language).stopwords for language in available_languages()}


@cache
def quote_cues(language: str | None) -> frozenset[str]:
    """Reporting cues for quotes on a page: its language's and English ones (pages quote
    in English cues often enough, and the union is built once per language)."""
    return lexicon_for(language).cues | _load("en").cues
