"""Hostile pages never hang, crash or leak; every cut is reported."""

from __future__ import annotations

import unicodedata

import pytest

from articlecleaner import Article, clean
from tests.pathological import CASES, PROSE

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_page_gives_an_article(name: str) -> None:
    article = clean(CASES[name]())
    assert isinstance(article, Article)


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        ("empty", "empty"),
        ("ten-megabyte-line", "split"),
        ("nested-divs", "read as text"),
        ("sibling-paragraphs", "page cut"),
        ("attribute-flood", "attribute flood"),
        ("only-read-more", "page cut"),
        ("many-line-breaks", "page cut"),
    ],
)
def test_every_cut_is_reported(name: str, warning: str) -> None:
    assert any(warning in w for w in clean(CASES[name]()).warnings)


@pytest.mark.parametrize("name", ["nested-divs", "attribute-flood", "lone-surrogates"])
def test_prose_survives_hostile_markup(name: str) -> None:
    assert PROSE in clean(CASES[name]()).paragraphs


def test_no_external_entity_is_read() -> None:
    article = clean(CASES["external-entity"]())
    assert "root:" not in article.body
    assert PROSE in article.paragraphs


def test_no_entity_is_expanded() -> None:
    article = clean(CASES["billion-laughs"]())
    assert "lollol" not in article.body
    assert PROSE in article.paragraphs


def test_only_boilerplate_gives_an_empty_body_with_warning() -> None:
    for name in ("only-links", "only-read-more"):
        article = clean(CASES[name]())
        assert article.body == ""
        assert "no main content found" in article.warnings


def test_mojibake_is_repaired_with_a_warning() -> None:
    text = (
        "Le conseil municipal a adopté mercredi un budget en hausse pour les écoles, "
        "après un débat qui a duré près de quatre heures à l’hôtel de ville.\n"
    )
    broken = text.encode("utf-8").decode("cp1252")
    assert "Ã©" in broken
    article = clean(broken)
    assert article.paragraphs == [text.strip()]
    assert any("mojibake" in warning for warning in article.warnings)


def test_correct_text_is_left_alone() -> None:
    text = "Ã la carte and Â are rare, but this sentence is already correct as it stands here."
    assert clean(text).warnings == []


def test_invisible_hyphenation_hints_are_dropped() -> None:
    hinted = (
        "Der Ge\xadmein\xadde\xadrat hat am Dienstag be\xadschlos\xadsen, das Hallenbad "
        "auch im Winter offen zu halten, nach einer langen De\xadbat\xadte im Rathaus."
    )
    for raw in (hinted, f"<html><body><p>{hinted.replace(chr(0xAD), '&shy;')}</p></body></html>"):
        assert clean(raw).paragraphs == [hinted.replace("\xad", "")]


def test_characters_are_left_as_the_page_spells_them() -> None:
    composed = (
        "Le café du théâtre rouvre mercredi après deux années de travaux, "
        "annonce la mairie dans un communiqué publié ce matin."
    )
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert clean(decomposed).paragraphs == [decomposed]
    assert clean(composed).paragraphs == [composed]
