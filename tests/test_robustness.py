"""Hostile pages never hang, crash or leak; every cut is reported."""

from __future__ import annotations

import unicodedata

import pytest

from articlecleaner import Article, clean
from articlecleaner._html import drop_inert_bulk
from tests.pathological import ARTICLE_PARAGRAPHS, CASES, PROSE

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
        ("huge-paragraph", "text cut"),
        ("huge-preformatted", "text cut"),
        ("huge-attribute-around-article", "attribute flood"),
        ("huge-script-before-article", "left out before parsing"),
    ],
)
def test_every_cut_is_reported(name: str, warning: str) -> None:
    assert any(warning in w for w in clean(CASES[name]()).warnings)


@pytest.mark.parametrize("name", ["nested-divs", "attribute-flood", "lone-surrogates"])
def test_prose_survives_hostile_markup(name: str) -> None:
    assert PROSE in clean(CASES[name]()).paragraphs


@pytest.mark.parametrize("name", ["huge-attribute-around-article", "huge-script-before-article"])
def test_article_beside_megabytes_of_markup_survives(name: str) -> None:
    article = clean(CASES[name]())
    assert article.paragraphs == list(ARTICLE_PARAGRAPHS)
    assert article.headline == "Council approves the new water plan"


@pytest.mark.parametrize("name", ["huge-paragraph", "huge-preformatted"])
def test_huge_text_node_keeps_the_text_the_limits_allow(name: str) -> None:
    article = clean(CASES[name]())
    assert len(article.body) > 1_900_000
    assert set(article.body.split()) == {"word"}
    # The typed blocks hold the text once too: a code block split for length is one code.
    assert len(article.body) - 1_000 < sum(len(b.text) for b in article.blocks) < 2_100_000


def test_inert_bulk_is_emptied_but_small_scripts_and_tags_stay() -> None:
    big = "x" * 200_000
    markup = (
        '<script type="application/ld+json">{"a": 1}</script><!-- note -->'
        f"<style>{big}</style><svg viewBox='0 0 1 1'>{big}</svg><p>Kept</p>"
    )
    emptied, dropped = drop_inert_bulk(markup)
    assert emptied == (
        '<script type="application/ld+json">{"a": 1}</script>'
        "<style></style><svg viewBox='0 0 1 1'></svg><p>Kept</p>"
    )
    assert dropped == 2 * len(big) + len(" note ")


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


def test_mojibake_is_counted_in_the_first_200_000_characters() -> None:
    text = "Le conseil a adopté mercredi un budget pour les écoles, après un long débat."
    broken = text.encode().decode("cp1252")
    line = "A plain sentence of the page, with nothing to repair in it.\n"
    before = line * (200_000 // len(line) - 2)  # the marks end within the first 200,000
    assert "mojibake" in " ".join(clean(before + broken).warnings)
    assert "mojibake" not in " ".join(clean(before + line * 3 + broken).warnings)


def test_an_xml_declaration_before_the_markup_is_skipped() -> None:
    paragraph = "The council met on Tuesday and voted to keep the library open all summer."
    markup = f"<html><body><article><p>{paragraph}</p></article></body></html>"
    xml = '<?xml version="1.0" encoding="utf-8"?>'
    for declaration in ("", xml, " \n " + xml):
        article = clean(declaration + markup)
        assert article.paragraphs == [paragraph]
        assert article.warnings == []  # read as HTML


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


def test_json_ld_types_that_are_not_strings_are_passed_over() -> None:
    for kind in ('[["Product"]]', '[{"name": "Product"}]', "{}", "7", "null"):
        script = f'<script type="application/ld+json">{{"@type": {kind}}}</script>'
        article = clean(f"<html><head>{script}</head><body><p>{PROSE}</p></body></html>")
        assert PROSE in article.paragraphs, kind


def test_lone_surrogates_in_html_lose_no_text() -> None:
    """A str of HTML with lone surrogates (no page means them as text) keeps all its
    text: the parser would stop reading at the first one."""
    html = "".join(f"<p>{PROSE} \ud800 broken \udfff text, paragraph {n}.</p>" for n in range(1, 6))
    article = clean(f"<html><body><article>{html}</article></body></html>")
    assert len(article.paragraphs) == 5
    assert article.paragraphs[-1].endswith("paragraph 5.")
    assert not any("\ud800" in p or "\udfff" in p for p in article.paragraphs)
