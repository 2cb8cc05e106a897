"""The headline of an HTML page: the title the markup and the visible heading agree on."""

from __future__ import annotations

from articlecleaner.fields.headline import headline_from_meta, strip_site_name


def test_site_name_part_is_dropped() -> None:
    assert strip_site_name("Harbour opens | Coast News", "Coast News") == "Harbour opens"
    assert strip_site_name("Coast News | Harbour opens to ferries") == "Harbour opens to ferries"


def test_a_dash_inside_a_social_title_is_kept() -> None:
    meta = {
        "og_title": "Derby: North - South live on air",
        "site_name": "sports.example",
        "h1s": "Derby: North - South live on air",
    }
    assert headline_from_meta(meta) == "Derby: North - South live on air"
    assert headline_from_meta({k: v for k, v in meta.items() if k != "h1s"}) == meta["og_title"]


def test_site_name_heading_is_not_the_headline() -> None:
    meta = {
        "title_tag": "Provence travel guide — Lavender Blog",
        "h1s": "Lavender Blog\nProvence travel guide",
    }
    assert headline_from_meta(meta) == "Provence travel guide"


def test_heading_that_opens_the_title_wins() -> None:
    meta = {
        "og_title": "Winter pike | fishing.example | Your lake fishing magazine",
        "h1s": "Winter pike",
    }
    assert headline_from_meta(meta) == "Winter pike"


def test_titles_without_a_confirming_heading_go_in_order() -> None:
    meta = {"ld_headline": "Council opens the pool", "title_tag": "Pool news - City paper"}
    assert headline_from_meta(meta) == "Council opens the pool"
    assert headline_from_meta({"h1s": "Only heading"}) == "Only heading"
    assert headline_from_meta({}) is None


def test_entities_in_json_ld_are_decoded() -> None:
    from articlecleaner import clean

    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Bridge &#8222;opens&#8220; &#038; traffic flows"}</script></head>'
        "<body><p>The bridge opened on Monday.</p></body></html>"
    )
    assert clean(page).headline == "Bridge „opens“ & traffic flows"
