"""The headline of an HTML page: the title the markup and the visible heading agree on."""

from __future__ import annotations

from articlecleaner import clean
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


def test_visible_heading_wins_over_a_title_that_says_otherwise() -> None:
    meta = {
        "og_title": "Budget vote | Riverside Daily",
        "site_name": "Riverside Daily",
        "h1s": "Council approves the new budget after a long night",
    }
    assert headline_from_meta(meta) == "Council approves the new budget after a long night"


def test_heading_that_names_the_site_is_passed_over() -> None:
    by_title_tag = {"title_tag": "Pool opens early | Riverside Daily", "h1s": "Riverside Daily"}
    assert headline_from_meta(by_title_tag) == "Pool opens early"
    by_host = {
        "url": "https://www.riverside-daily.example/pool",
        "title_tag": "Pool opens early",
        "h1s": "riverside-daily.example",
    }
    assert headline_from_meta(by_host) == "Pool opens early"
    banner = {
        "site_name": "Riverside Daily",
        "og_title": "Pool opens early",
        "h1s": "Riverside Daily, the town's first paper",
    }
    assert headline_from_meta(banner) == "Pool opens early"


def test_one_word_heading_is_a_section_name_beside_a_social_title() -> None:
    assert headline_from_meta({"og_title": "Pool opens early", "h1s": "Details"}) == (
        "Pool opens early"
    )
    assert headline_from_meta({"title_tag": "Riverside Daily", "h1s": "Welcome!"}) == "Welcome!"


def test_kicker_glued_to_the_heading_is_left_out() -> None:
    meta = {
        "ld_headline": "Bridge reopens after two years of repairs",
        "h1s": "Traffic Bridge reopens after two years of repairs",
    }
    assert headline_from_meta(meta) == "Bridge reopens after two years of repairs"


def test_headings_of_a_page_that_uses_many_are_not_trusted() -> None:
    headings = "\n".join(["Menu", "Latest news", "Most read", "Weather", "Newsletter"])
    assert headline_from_meta({"og_title": "Pool opens early", "h1s": headings}) == (
        "Pool opens early"
    )


def test_soft_hyphens_leave_the_heading() -> None:
    meta = {"title_tag": "Riverside Daily", "h1s": "Messag\xading ser\xadvices need rules"}
    assert headline_from_meta(meta) == "Messaging services need rules"


def test_title_part_spelling_the_host_is_dropped() -> None:
    meta = {
        "og_title": "Bridge reopens - Riverside Daily",
        "url": "https://riversidedaily.example/b",
    }
    assert headline_from_meta(meta) == "Bridge reopens"


def _page_headline(heading: str, og_title: str) -> str | None:
    page = (
        f'<html><head><meta property="og:title" content="{og_title}"></head><body>'
        f"{heading}<p>{'The council met on Tuesday to discuss the plan for the pool. ' * 4}</p>"
        "</body></html>"
    )
    return clean(page).headline


def test_a_kicker_printed_inside_the_h1_is_left_out() -> None:
    named_title = (
        '<h1><span class="article-heading__kicker">Climate</span>'
        '<span class="visually-hidden">: </span>'
        '<span class="article-heading__title">Drilling until it gets hot</span></h1>'
    )
    assert _page_headline(named_title, "Climate: Drilling until it gets hot") == (
        "Drilling until it gets hot"
    )
    text_after_kicker = (
        '<h1><div class="topic-label">100th birthday</div> A survivor turns one hundred</h1>'
    )
    assert _page_headline(text_after_kicker, "100th birthday: A survivor turns one hundred") == (
        "A survivor turns one hundred"
    )


def test_a_titled_first_line_of_the_h1_keeps_the_second() -> None:
    two_lines = (
        '<h1><span class="pf-title">Row before the meeting:</span> '
        '<span class="blue">Board and chief disagree</span></h1>'
    )
    assert _page_headline(two_lines, "Row before the meeting: Board and chief disagree") == (
        "Row before the meeting: Board and chief disagree"
    )


def test_a_social_title_that_only_names_the_site_is_no_title() -> None:
    meta = {
        "site_name": "Lavender.de",
        "og_title": "Lavender.de",
        "title_tag": "Provence travel guide — Lavender",
        "h1s": "Lavender\nProvence travel guide",
    }
    assert headline_from_meta(meta) == "Provence travel guide"


def test_title_tag_part_spelling_the_host_is_not_guessed_the_title() -> None:
    meta = {
        "title_tag": "harbourweekly.example // » Ferry timetable",
        "url": "https://harbourweekly.example/ferry/",
    }
    assert headline_from_meta(meta) == "Ferry timetable"
    on_a_blog_host = {
        "title_tag": "Ferry timetable | Harbour Weekly",
        "url": "https://harbourweekly.blog.example/f",
    }
    assert headline_from_meta(on_a_blog_host) == "Ferry timetable"


def test_a_section_heading_gives_way_to_the_title_a_later_heading_confirms() -> None:
    meta = {
        "title_tag": "News - Harbour Institute",
        "url": "https://harbourinstitute.example/news/first-ferry",
        "og_title": "The first ferry of the season leaves at dawn",
        "h1s": "News\nThe first ferry of the season leaves at dawn",
    }
    assert headline_from_meta(meta) == "The first ferry of the season leaves at dawn"


def test_a_heading_that_prints_a_title_after_a_kicker_gives_that_title() -> None:
    meta = {
        "title_tag": "The ferry timetable changes on Monday",
        "og_title": "Press releases",
        "h1s": "Press release of the harbour office: The ferry timetable changes on Monday",
    }
    assert headline_from_meta(meta) == "The ferry timetable changes on Monday"


def test_styles_inside_the_heading_are_not_its_text() -> None:
    page = (
        "<html><body>"
        "<h1><style>.k{font-size:12px}</style>Ferries run again</h1>"
        "<p>The ferries to the islands run again from Monday, the harbour office said, "
        "after two weeks of storms kept every boat in port.</p></body></html>"
    )
    assert clean(page).headline == "Ferries run again"


def test_the_middle_part_of_a_three_part_title_may_be_the_heading() -> None:
    meta = {
        "title_tag": "Harbour festival in the old town - Ferries carry the stalls to the quay"
        " - Coast News",
        "ld_headline": "Harbour festival in the old town - Ferries carry the stalls to the quay",
        "site_name": "Coast News",
        "h1s": "Ferries carry the stalls to the quay",
    }
    assert headline_from_meta(meta) == "Ferries carry the stalls to the quay"


def test_a_heading_that_goes_on_with_the_title_or_after_a_colon_is_the_headline() -> None:
    meta = {
        "ld_headline": "Harbour office opens a ferry terminal",
        "h1s": "Harbour office opens a ferry terminal in the old town",
    }
    assert headline_from_meta(meta) == meta["h1s"]
    with_colon = {**meta, "h1s": "Transport: Harbour office opens a ferry terminal"}
    assert headline_from_meta(with_colon) == with_colon["h1s"]


def test_a_social_title_cut_at_an_unescaped_quote_is_mended() -> None:
    page = (
        '<html><head><meta property="og:title" content="Mayor calls the plan "reckless"">'
        '<title>Mayor calls the plan "reckless"</title></head><body><p>The mayor said on '
        "Monday that the harbour plan was reckless and asked the council to vote again.</p>"
        "</body></html>"
    )
    assert clean(page).headline == 'Mayor calls the plan "reckless"'


def test_a_heading_that_holds_a_short_title_and_more_is_the_headline() -> None:
    meta = {
        "title_tag": "Ferry timetable | Harbour Office",
        "h1s": "Is the new ferry timetable better for commuters?",
    }
    assert headline_from_meta(meta) == meta["h1s"]


def test_in_text_the_line_whose_words_the_body_tells_and_no_tag_list_is_the_headline() -> None:
    page = "\n".join(
        [
            "Home",
            "Harbour office opens a new ferry terminal",
            "Photo archive of the town museum",
            "Harbour, Ferries, Terminal, Islands",
            "",
            "The harbour office opened the new ferry terminal on Monday, two years after the "
            "old building was closed.",
            "",
            "Ferries to the islands now leave from the terminal every hour, and the office "
            "plans a second quay for next summer.",
        ]
    )
    assert clean(page).headline == "Harbour office opens a new ferry terminal"


def test_a_heading_line_the_title_confirms_beats_a_section_heading() -> None:
    meta = {
        "og_title": "Harbour office opens a ferry terminal | Coast News",
        "site_name": "Coast News",
        "h1s": "Opinion",
    }
    line = "Harbour office opens a ferry terminal"
    assert headline_from_meta(meta, line) == line
    # A line that adds a marker to the title it confirms gives way to that title.
    assert headline_from_meta(meta, "[> " + line) == line


def test_a_title_field_typed_with_three_dots_confirms_a_heading_with_an_ellipsis() -> None:
    meta = {
        "og_title": "Everything has its time...",
        "title_tag": "Everything has its time… | Harbour Blog for a good life",
        "h1s": "Harbour Blog for a good life\nEverything has its time…",
    }
    assert headline_from_meta(meta) == "Everything has its time…"


def test_a_heading_above_the_article_beats_a_bare_page_title() -> None:
    paragraph = (
        "<p>The ferries to the islands run again from Monday, the harbour office said, "
        "after two weeks of storms kept every boat in port.</p>"
    )
    page = (
        "<html><head><title>Ferry timetables for the islands | Harbour Office</title></head><body>"
        f"<h2>Ferries run again after the storms</h2>{paragraph * 3}</body></html>"
    )
    assert clean(page).headline == "Ferries run again after the storms"
    as_paragraph = page.replace("h2>", "p>")  # a first line that is no heading: the title
    assert clean(as_paragraph).headline == "Ferry timetables for the islands"


_PARAGRAPH = (
    "<p>The ferries to the islands run again from Monday, the harbour office said, "
    "after two weeks of storms kept every boat in port.</p>"
)
_MENU = '<ul class="main-menu"><li>Home</li><li>Ferries</li><li>Islands</li><li>Contact</li></ul>'


def _page(head: str, body: str) -> str:
    """A page with ``head`` in its head and ``body`` above three paragraphs."""
    return f"<html><head>{head}</head><body>{body}{_PARAGRAPH * 3}</body></html>"


def _titled_page(title: str, headings: str) -> str:
    return _page(f"<title>{title}</title>", headings)


def test_a_heading_at_the_body_that_the_title_confirms_beats_a_banner_h1() -> None:
    headings = f"<h1>Harbour Courier</h1>{_MENU}<h2>Island boats sail once more</h2>"
    page = _titled_page("Island boats sail once more", headings)
    assert clean(page).headline == "Island boats sail once more"


def test_an_h1_right_above_the_body_stays_the_headline() -> None:
    headings = f"{_MENU}<h1>Boats leave port again</h1><h2>Ferries are back</h2>"
    page = _titled_page("Ferries are back - Harbour Courier", headings)
    assert clean(page).headline == "Boats leave port again"


def test_text_kept_for_screen_readers_is_not_part_of_a_heading() -> None:
    page = (
        "<html><body>"
        '<h1 class="aural" aria-hidden="true">Navigation and service</h1>'
        '<h1><span class="visuallyhidden">Headline:</span> Ferries run again</h1>'
        f"{_PARAGRAPH * 3}</body></html>"
    )
    assert clean(page).headline == "Ferries run again"


def test_without_h1_or_social_title_the_heading_at_the_body_beats_a_section_title() -> None:
    meta = {"title_tag": "News | Harbour Office", "site_name": "Harbour Office"}
    near = ["Contents", "Harbour Office", "Island boats sail once more"]
    assert headline_from_meta(meta, headings_near=near) == "Island boats sail once more"
    # With a social title or an <h1>, the title fields decide as before.
    assert headline_from_meta({**meta, "og_title": "News"}, headings_near=near) == "News"


def test_an_h1_marked_as_the_site_logo_is_not_the_headline() -> None:
    for banner in (
        '<h1 class="site-title"><a href="/">The Weekly Harbour Courier</a></h1>',
        '<div class="logo"><h1>The Weekly Harbour Courier</h1></div>',
    ):
        page = (
            f"<html><body>{banner}{_MENU}<h2>Island boats sail once more</h2>"
            f"{_PARAGRAPH * 3}</body></html>"
        )
        assert clean(page).headline == "Island boats sail once more"


def test_a_label_before_the_h1s_own_text_or_a_subtitle_after_a_break_is_left_out() -> None:
    label = (
        '<h1><a href="/threads/9"><span class="badge">Release notes</span>'
        "<span>&nbsp;</span>Version 2.4 fixes the harbour map</a></h1>"
    )
    assert _page_headline(label, "Harbour app forum") == "Version 2.4 fixes the harbour map"
    styled_kicker = '<h1><span class="small">City council</span> The pool opens in May</h1>'
    assert _page_headline(styled_kicker, "Local news") == "The pool opens in May"
    subtitle = '<h1>Jane Roe<br><span style="font-size:19px">Songs of the Harbour</span></h1>'
    assert _page_headline(subtitle, "Music magazine") == "Jane Roe"


def test_a_first_word_styled_apart_stays_in_the_h1() -> None:
    drop_cap = '<h1><span class="initial">Flood</span> waters reach the old harbour</h1>'
    assert _page_headline(drop_cap, "Local news") == "Flood waters reach the old harbour"
    emphasis = "<h1>Why the <em>harbour</em> pool closed</h1>"
    assert _page_headline(emphasis, "Local news") == "Why the harbour pool closed"


def test_a_div_its_class_names_the_headline_is_a_heading_by_the_body() -> None:
    headings = f'{_MENU}<div class="article-headline"><b>Island boats sail once more</b></div>'
    page = _titled_page("Ferries | Harbour Courier", headings)
    assert clean(page).headline == "Island boats sail once more"


def test_meta_name_title_confirms_the_heading_that_prints_a_kicker_before_it() -> None:
    page = """<html><head>
    <title>Road trips - Lakes by camper van | Camping Monthly</title>
    <meta name="title" content="Crossing the lakes by camper van">
    <meta property="og:title" content="Road trips: Crossing the lakes by camper van">
    </head><body>
    <nav class="breadcrumb"><a href="/">Home</a> <a href="/travel/">Travel</a>
    <a href="/travel/road-trips/">Road trips</a> <h1>Road trips - Lakes by camper van</h1></nav>
    <h2><span class="kicker">Road trips</span>
    <span class="headline">Crossing the lakes by camper van</span></h2>
    <p>Three weeks on the road, from the northern lakes down to the coast, sleeping in
    the van every night and cooking on a small stove by the water.</p>
    <p>The route follows quiet roads that few coaches take, which keeps the lake shores
    calm even in the middle of the summer holidays.</p>
    </body></html>"""
    assert clean(page).headline == "Crossing the lakes by camper van"


def test_an_h1_marked_as_a_breadcrumb_is_not_the_headline() -> None:
    for marked in ("page-breadcrumb-link", "breadcrumbs"):
        page = _page(
            "<title>Ferries: Boats sail again | Harbour Courier</title>"
            '<meta property="og:title" content="Island boats sail once more">',
            f'<h1 class="{marked}">Ferries: Boats sail again</h1>{_MENU}'
            '<h2 class="article-title">Island boats sail once more</h2>',
        )
        assert clean(page).headline == "Island boats sail once more"


def test_the_blog_name_that_the_title_prints_beside_the_post_title_is_no_headline() -> None:
    # The blog's name is most of the post's title, so it would confirm that title.
    page = _page(
        "<title>harbour ferry news: Island harbour ferry news</title>"
        '<meta property="og:title" content="Island harbour ferry news">',
        f'<h1 class="title">harbour ferry news</h1>{_MENU}<h3>Island harbour ferry news</h3>',
    )
    assert clean(page).headline == "Island harbour ferry news"


def test_agreeing_social_titles_outweigh_a_slogan_h1_and_drop_a_date_before_the_title() -> None:
    title = "Island boats sail once more"
    head = (
        '<script type="application/ld+json">{"@type": "BlogPosting", '
        f'"headline": "{title}"}}</script><meta property="og:title" content="{title}">'
    )
    body = f"<h1>Why not now, if not today</h1><h2><span>Jun 17</span> {title}</h2>"
    page = _page(head, body)
    assert clean(page).headline == title
    # One social title alone does not outweigh the <h1> above the body.
    alone = page.replace('"headline"', '"name"')
    assert clean(alone).headline == "Why not now, if not today"


def test_title_fields_with_different_kickers_give_the_title_they_share() -> None:
    page = _page(
        "<title>Harbour Games | Previews: Ferry Tycoon 2</title>"
        '<meta property="og:title" content="Back on the water?: Ferry Tycoon 2">',
        _MENU,
    )
    assert clean(page).headline == "Ferry Tycoon 2"
    same = page.replace("Back on the water?", "Previews")  # one kicker: kept as printed
    assert clean(same).headline == "Previews: Ferry Tycoon 2"


def test_a_heading_that_spells_the_title_as_its_field_does_beats_a_recased_h1() -> None:
    spelled = "Island Boats Sail Once More"
    recased = "<h1>Island boats sail once more</h1>"
    heading = f"{_MENU}<h3>{spelled}</h3>{recased}"
    assert _page_headline(heading, spelled) == spelled
    # Without a heading that spells it so, the printed <h1> stays the headline.
    assert _page_headline(f"{_MENU}{recased}", spelled) == "Island boats sail once more"


def test_a_title_that_joins_two_headings_by_the_body_gives_the_first() -> None:
    meta = {"og_title": "Week 48 | Book of the week - Jane Roe: Harbour Songs", "h1s": "Books"}
    near = ["Books", "Week 48 | Book of the week", "Jane Roe: Harbour Songs"]
    # A one-word <h1> right above the body names a section; it does not hide the others.
    assert headline_from_meta(meta, headings_above=["Books"], headings_near=near) == (
        "Week 48 | Book of the week"
    )
    assert headline_from_meta(meta, headings_near=near[:2]) == meta["og_title"]


def test_a_markdown_heading_gives_the_headline_without_its_marks() -> None:
    paragraph = (
        "The city council voted on Tuesday to extend the opening hours of the public "
        "library, after months of debate about the cost of staff and heating."
    )
    for line in ("# Library hours extended", "## Library hours extended ##"):
        assert clean(f"{line}\n\n{paragraph}").headline == "Library hours extended"
    assert clean(f"#1 priority for the library\n\n{paragraph}").headline == (
        "#1 priority for the library"
    )
