"""Hostile pages never hang, crash or leak; every cut is reported."""

from __future__ import annotations

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
