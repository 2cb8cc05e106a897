"""The public API: input types, errors, encodings, selection, the Article model."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pydantic
import pytest

from articlecleaner import (
    Article,
    Category,
    Cleaner,
    ConfigError,
    Context,
    InputError,
    Label,
    Page,
    Rule,
    clean,
)

ARTICLE = (
    "Home\nNews\nSport\n\n"
    "Village opens its first library in a century\n\n"
    "The small village of Eastwick opened a public library on Saturday, the first one it "
    "has had since the old reading room closed in the nineteen-twenties.\n\n"
    "Volunteers collected more than four thousand books over the past two years, and the "
    "council agreed to pay for the heating and the lights of the building.\n\n"
    "Share\nTweet\nEmail\n\n"
    "© 2024 Example Media. All rights reserved.\n"
)


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], {"a": 1}, object()])
def test_non_text_input_raises_input_error(bad: object) -> None:
    with pytest.raises(InputError):
        clean(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   \n\t\n", b"", b"\n\n"])
def test_empty_input_gives_empty_article_with_warning(empty: str | bytes) -> None:
    article = clean(empty)
    assert article.body == ""
    assert article.paragraphs == []
    assert article.warnings


def test_bytes_utf8_russian() -> None:
    text = (
        "Новости\n\nПравительство объявило о новых мерах поддержки для малого бизнеса в "
        "регионах, сообщает пресс-служба министерства экономики.\n\n"
        "По словам министра, программа начнёт работать уже в следующем месяце и охватит "
        "более десяти тысяч предприятий по всей стране.\n"
    )
    article = clean(text.encode("utf-8"))
    assert article.language == "ru"
    assert "малого бизнеса" in article.body


def test_bytes_cp1252_french_with_declared_charset() -> None:
    page = (
        '<meta charset="windows-1252">\n\n'
        "Le conseil municipal a adopté mercredi un budget en hausse pour les écoles de la "
        "ville, après un débat qui a duré près de quatre heures.\n\n"
        "Les élus de l'opposition ont voté contre, estimant que les dépenses prévues pour "
        "la rénovation des bâtiments étaient trop élevées.\n"
    )
    article = clean(page.encode("cp1252"))
    assert "adopté mercredi" in article.body
    assert "élus de l'opposition" in article.body


@pytest.mark.parametrize("declared", ['<meta charset="utf-8">\n\n', ""])
def test_utf8_page_with_one_character_cut_in_half_stays_utf8(declared: str) -> None:
    page = (
        declared + "Rada miasta przyjęła w środę budżet, który zwiększa wydatki na szkoły "
        "i żłobki, po debacie trwającej prawie cztery godziny.\n\n"
        "Radni opozycji głosowali przeciw, uznając koszty remontów za zbyt wysokie.\n\n"
    ).encode("utf-8")
    teaser = "Zobacz także: przemyt papierosó".encode()[:-1] + b"...\n"
    article = clean(page + teaser)
    assert "przyjęła w środę budżet" in article.body
    assert "Radni opozycji głosowali przeciw" in article.body
    assert any("not UTF-8" in warning for warning in article.warnings)


def test_article_is_frozen_typed_and_serialisable() -> None:
    article = clean(ARTICLE)
    assert isinstance(article, Article)
    with pytest.raises(pydantic.ValidationError):
        article.headline = "changed"  # type: ignore[misc]
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert pickle.loads(pickle.dumps(article)) == article
    assert "properties" in Article.model_json_schema()


def test_small_article() -> None:
    article = clean(ARTICLE, explain=True)
    assert article.headline == "Village opens its first library in a century"
    assert len(article.paragraphs) == 2
    assert "Share" not in article.body
    assert "rights reserved" not in article.body
    assert {r.category for r in article.removed} >= {"share", "footer"}


def test_body_keeps_the_lines_of_a_paragraph_together() -> None:
    lines = [
        "The ferry now leaves the harbour at seven, an hour earlier than it did last year.",
        "“We wanted the first crossing to meet the morning train,” the harbour master said.",
    ]
    text = ARTICLE.replace("Share\n", "\n".join(lines) + "\n\nShare\n")
    article = clean(text)
    assert article.paragraphs[-2:] == lines
    assert article.body.endswith("building.\n\n" + "\n".join(lines))
    (quote,) = article.quotes
    start, end = quote.span
    assert article.body[start:end] == quote.text
    assert clean(article.body).body == article.body


def test_text_with_a_stray_tag_on_its_first_line_is_still_text() -> None:
    article = clean('<img height="1" width="1" src="https://example.com/p.gif">\n' + ARTICLE)
    assert len(article.paragraphs) == 2
    assert article.headline == "Village opens its first library in a century"


@pytest.mark.parametrize(
    "markup",
    [
        "<p>The village opened a public library on Saturday, its first in a century.</p>",
        "<style>\nbody {}\np {}\nh1 {}\n</style>\n<p>The village opened a public library "
        "on Saturday, its first in a century.</p>",
    ],
)
def test_html_fragments_are_read_as_markup(markup: str) -> None:
    assert clean(markup).body == (
        "The village opened a public library on Saturday, its first in a century."
    )


def test_inline_markup_joins_as_a_browser_prints_it() -> None:
    markup = (
        '<p>The village opened a library in <a href="/x">Eastwick</a>, its first in a '
        "<b>century</b>. The <i>mayor</i> spoke for 10<abbr>min</abbr>.</p>"
    )
    assert clean(markup).body == (
        "The village opened a library in Eastwick, its first in a century. The mayor spoke "
        "for 10 min."
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            "<p>The new hall has 5000 m<sup>2</sup> of floor and its H<sub>2</sub>O "
            "pipes are new.</p>",
            "The new hall has 5000 m2 of floor and its H2O pipes are new.",
        ),
        (
            "<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもが<a href='/a'>公園</a>で"
            "遊んでいます。新しい<b>図書館</b>も来月開きます。</p>",
            "子どもが公園で遊んでいます。新しい図書館も来月開きます。",
        ),
        (
            "<p>設定は<a href='/k'>KeePass</a>で管理します。</p>",
            "設定は KeePass で管理します。",
        ),
    ],
)
def test_scripts_and_annotations_join_as_read(markup: str, text: str) -> None:
    assert clean(f"<html><body>{markup}</body></html>").body == text


def test_ignore_switches_a_rule_off() -> None:
    kept = clean(ARTICLE, ignore=["AC2"], explain=True)
    assert all(not removal.code.startswith("AC2") for removal in kept.removed)


def test_longest_prefix_wins() -> None:
    cleaner = Cleaner(ignore=["AC2"], select=["AC201", "AC0", "AC9"])
    codes = {rule.code for rule in cleaner.rules}
    assert "AC201" in codes
    assert "AC202" not in codes
    assert "AC101" not in codes


def test_unknown_prefix_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="AC999"):
        Cleaner(select=["AC999"])


class _Advertisement(Rule):
    """A site's partner-box marker.

    What it catches: the marker. Why: it is not text. Example: ``*** partner box ***``
    """

    code = "XAD1"
    name = "advertisement-label"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.text == "*** partner box ***":
                yield self.hit(block.index, "partner box marker")


def test_extra_rules_extend_in_process() -> None:
    marker = "\n\n*** partner box ***"
    text = ARTICLE.replace("\n\nVolunteers", marker + "\n\nVolunteers")
    assert "*** partner box ***" in clean(text).paragraphs
    article = Cleaner(extra_rules=[_Advertisement]).clean(text, explain=True)
    assert any(r.code == "XAD1" for r in article.removed)
    assert "partner box" not in article.body


def test_duplicate_codes_are_a_config_error() -> None:
    class Twin(_Advertisement):
        """Twin. What it catches: x. Why: y. Example: z"""

    with pytest.raises(ConfigError, match="XAD1"):
        Cleaner(extra_rules=[_Advertisement, Twin])


def test_clean_is_deterministic() -> None:
    assert clean(ARTICLE) == clean(ARTICLE)


def test_code_after_a_self_closed_script_tag_is_not_text() -> None:
    page = (
        "<html><body><p>The harbour office opened the new ferry terminal on Monday, two "
        "years after the old one closed.</p><script type='text/javascript'/>"
        "(function() { var opened = true; })();</script><p>Ferries now leave every hour "
        "from the terminal, the office said on Tuesday evening.</p><script src='a.js'/>"
        "<p>Boats wait in the harbour for the storm to pass, the skippers said.</p>"
        "</body></html>"
    )
    body = clean(page).body
    assert "function" not in body
    assert "every hour" in body and "storm to pass" in body
