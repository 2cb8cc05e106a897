"""Every content region is kept: the main run of prose and the regions beside it."""

from __future__ import annotations

from articlecleaner import clean
from articlecleaner._html import html_blocks, parse
from articlecleaner._limits import DEFAULT_LIMITS
from articlecleaner._page import alike_entries
from articlecleaner._reader import read_page
from articlecleaner._responsive import shown_on_wide_screens
from articlecleaner.rules.content import marked_blocks

FIRST = [
    "The city library reopened on Monday after a renovation that took almost two years "
    "and cost more than the council had planned at the start.",
    "Visitors found a larger reading room, a new children's floor and longer opening "
    "hours on weekdays, which readers had asked for in a survey.",
    "The architects kept the old facade and the wooden staircase, which date from the "
    "years when the building first opened to the public.",
    "Staff said the first week brought more visitors than any week since the library "
    "began counting them, and the cafe ran out of cake twice.",
]
SECOND = [
    "The second part of the plan concerns the branch libraries in the outer districts, "
    "three of which will be renovated in the same way over the next years.",
    "Each of them will get longer opening hours as well, and the council wants to open "
    "a fourth branch in the new housing area by the river before the end of the decade.",
    "The money for the branches comes from the regional budget, which the council "
    "expects to approve in the spring after the usual debate about its priorities.",
]
BOX = ["Subscribe to our newsletter", "Sign up", "Follow us", "Share", "Tweet", "Email"]


def _text_page(*parts: list[str]) -> str:
    return "\n\n".join("\n\n".join(part) for part in parts) + "\n"


def test_prose_after_a_box_that_cuts_the_article_is_kept() -> None:
    article = clean(_text_page(["The library reopens"], FIRST, BOX * 4, SECOND))
    assert article.paragraphs[-3:] == SECOND
    assert all(paragraph in article.paragraphs for paragraph in FIRST)
    assert "Subscribe to our newsletter" not in article.body


def test_a_thread_below_a_comment_heading_is_no_region() -> None:
    comments = ["Comments", *SECOND]
    article = clean(_text_page(["The library reopens"], FIRST, comments))
    assert article.paragraphs == FIRST


def test_an_article_left_inside_an_open_button_is_read() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    page = (
        "<html><body><header><div class='top'><div><button class='menu'><div class='inner'>"
        "<svg><use href='#menu'></use></svg><span>Menu</span><div></button></div>"
        "<div class='logo'><a href='/'>Library news</a></div></div></header>"
        f"<main><h1>The library reopens</h1>{paragraphs}</main></body></html>"
    )
    article = clean(page)
    assert article.paragraphs == FIRST
    assert "Menu" not in article.body
    assert article.warnings == []  # read as HTML, not as text after a failed parse


def test_a_button_label_is_not_text() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    page = f"<html><body><article>{paragraphs}<button>Load more</button></article></body></html>"
    assert "Load more" not in clean(page).body


def test_a_streamed_part_is_read_where_its_placeholder_stands() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    page = (
        "<html><body><main><h1>The library reopens</h1><template id='B:0'></template>"
        "<p>Loading...</p></main><footer><p>Contact us</p></footer>"
        f"<div hidden id='S:0'>{paragraphs}</div><div hidden id='menu'><p>{SECOND[0]}</p></div>"
        "</body></html>"
    )
    article = clean(page)
    assert article.paragraphs[: len(FIRST)] == FIRST
    assert SECOND[0] not in article.body  # an element hidden for good stays hidden


def test_a_streamed_part_inside_its_placeholder_stays_put() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    page = f"<html><body><div hidden id='S:1'><template id='B:1'></template>{paragraphs}</div>"
    assert clean(page + "</body></html>").paragraphs == FIRST


POSTS = [
    "I have used this camera for three years now and the battery still lasts a full day "
    "of shooting, which I did not expect when I bought it.",
    "Mine started to lose charge after the second winter, so I would keep a spare battery "
    "in the bag if you plan to shoot in the cold for long.",
    "The firmware update from last spring fixed the autofocus problems I had, and the menu "
    "is easier to use now that the custom buttons can be set.",
    "Has anyone tried the new lens adapter with it? I am not sure whether the autofocus "
    "works as fast as with the native lenses that the shop sells.",
]


def _thread(posts: list[str]) -> str:
    entries = "".join(
        f"<article class='message post-{n}'><div class='user'><a href='/u/{n}'>user{n}</a>"
        f"<time>2 days ago</time></div><div class='body'><p>{post}</p></div>"
        "<div class='actions'><a href='#'>Reply</a> <a href='#'>Like</a></div></article>"
        for n, post in enumerate(posts)
    )
    return (
        "<html><body><nav><a href='/'>Forums</a></nav><h1>Camera battery life</h1>"
        f"<div class='thread'>{entries}</div><footer>About us</footer></body></html>"
    )


def test_every_post_of_a_thread_is_kept() -> None:
    article = clean(_thread(POSTS))
    assert all(post in article.paragraphs for post in POSTS)
    assert "About us" not in article.body


THREAD_LD = (
    '<script type="application/ld+json">'
    '{"@type": "DiscussionForumPosting", "headline": "Camera battery life"}</script>'
)
THREAD_ITEM = " itemscope itemtype='https://schema.org/DiscussionForumPosting'"


def _thread_with_replies(head: str, item: str) -> str:
    """A question of three paragraphs and three replies the microdata names comments."""
    opening = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    replies = "".join(
        f"<article class='message' itemprop='comment'><div class='user'><a href='/u/{n}'>"
        f"user{n}</a></div><div class='body'><p>{post}</p></div></article>"
        for n, post in enumerate(POSTS[:3])
    )
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Forums</a></nav>"
        f"<h1>Camera battery life</h1><div class='thread'{item}><article class='message'>"
        f"<div class='body'>{opening}</div></article>{replies}</div></body></html>"
    )


def test_replies_named_comments_are_the_posts_of_a_thread_the_markup_names() -> None:
    for head, item, named in (
        ("", "", None),
        (THREAD_LD, "", "JSON-LD"),
        ("", THREAD_ITEM, "microdata"),
    ):
        page = _thread_with_replies(head, item)
        assert read_page(page, DEFAULT_LIMITS)[0].meta.get("thread") == named
        article = clean(page, explain=True)
        assert all(paragraph in article.paragraphs for paragraph in FIRST)
        kept = [post in article.paragraphs for post in POSTS[:3]]
        # an article's comments go; a thread's replies are its posts
        assert kept == [named is not None] * 3
        if named is None:
            assert {r.code for r in article.removed if r.text in POSTS} == {"AC150"}


def test_the_posts_of_a_thread_the_markup_names_are_kept_beside_a_longer_preview() -> None:
    preview = "".join(
        f"<p>{paragraph} It is point number {n} of the question.</p>"
        for n, paragraph in enumerate(FIRST * 3)
    )
    posts = "".join(
        f"<article class='message'><div class='user'><a href='/u/{n}'>user{n}</a> "
        f"5,0{n}0 posts · Joined 2009</div><div class='when'>#{n + 1} · Jan {n + 3}, 2024</div>"
        f"<div class='body'><p>{post}</p></div><footer class='actions'><a href='#r'>Reply</a> "
        "<a href='#q'>Quote</a> <a href='#l'>Like</a></footer></article>"
        for n, post in enumerate(POSTS)
    )
    page = (
        f"<html><head>{THREAD_LD}</head><body><div class='preview'>{preview}</div>"
        f"<h1>Camera battery life</h1><div class='thread'>{posts}</div>"
        "<footer>About us</footer></body></html>"
    )
    article = clean(page)
    assert all(post in article.paragraphs for post in POSTS)
    assert "About us" not in article.body


def test_entries_alike_share_tag_first_class_and_half_their_names() -> None:
    post = "article.message message--post js-post"
    assert alike_entries(post, "article.message message--post js-post post-12")
    assert alike_entries(post, "article.message message--post js-post message--first")
    assert not alike_entries(post, "article.comment message--post js-post")  # first class
    assert not alike_entries(post, "div.message message--post js-post")  # tag
    assert not alike_entries("div.col col-main", "div.col sidebar")  # one name of three


def test_a_first_post_marked_apart_is_still_an_entry_of_the_thread() -> None:
    opening = " ".join(POSTS)  # the question, longer than any reply
    starter = (
        "<article class='message message--post js-post message--first'><div class='user'>"
        "<a href='/u/0'>user0</a><time>3 days ago</time></div>"
        f"<div class='body'><p>{opening}</p></div></article>"
    )
    replies = _thread(POSTS).replace("'message post-", "'message message--post js-post post-")
    page = replies.replace("<div class='thread'>", f"<div class='thread'>{starter}")
    article = clean(page)
    assert opening in article.paragraphs
    assert all(post in article.paragraphs for post in POSTS)
    assert "About us" not in article.body


def test_comments_below_an_article_are_not_entries_of_it() -> None:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    comments = "".join(f"<li class='comment'><p>{post}</p></li>" for post in POSTS[:3])
    page = (
        f"<html><body><article><h1>The library reopens</h1>{paragraphs}</article>"
        f"<section><h2>Comments</h2><ol class='comments'>{comments}</ol></section></body></html>"
    )
    article = clean(page)
    assert article.paragraphs == FIRST


def _story_with_cards(story_class: str) -> str:
    story = [f"{p} The report makes this its point number {n}." for n, p in enumerate(FIRST * 4)]
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in story)
    cards = "".join(
        f"<div class='card'><h3>Other story {n}</h3><div class='post-content'><p>{post}</p>"
        "</div></div>"
        for n, post in enumerate(POSTS[:2])
    )
    return (
        f"<html><body><h1>The library reopens</h1><div class='{story_class}'>{paragraphs}"
        f"</div><h2>More stories</h2>{cards}</body></html>"
    )


def test_teaser_cards_named_as_post_bodies_are_no_article_body() -> None:
    page, _ = read_page(_story_with_cards("story"), DEFAULT_LIMITS)
    assert marked_blocks(page) == frozenset()
    page, _ = read_page(_story_with_cards("entry-content"), DEFAULT_LIMITS)
    assert len(marked_blocks(page)) == 16 + 2  # the story and the two excerpts


def test_code_printed_line_by_line_stays_with_its_text() -> None:
    code = "".join(f"<div class='line'>{line}</div>" for line in ("import os", "x = 1", "print(x)"))
    page = (
        f"<html><body><div><h1>Quickstart</h1><p>{FIRST[0]}</p><pre>{code * 20}</pre></div>"
        f"<div><p>{FIRST[1]}</p><pre>{code * 20}</pre><p>{FIRST[2]} {FIRST[3]}</p></div>"
        "</body></html>"
    )
    article = clean(page)
    assert article.paragraphs[0] == FIRST[0]
    assert article.body.count("print(x)") == 40


FEATURES = ["Unlimited projects", "Shared calendars", "Offline mode", "Priority support"]


def _service_page(head: str = "") -> str:
    features = "".join(
        f"<div class='card'><h3>{feature}</h3><span>Included in every plan</span></div>"
        for feature in FEATURES
    )
    links = "".join(f"<li><a href='/p/{n}'>Plan number {n}</a></li>" for n in range(5))
    about = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav><main>"
        "<section class='hero'><h1>Plan your team's work</h1></section>"
        f"<section class='features'><h2>What you get</h2>{features}</section>"
        f"<section class='about'>{about}</section>"
        f"<section class='more'><h3>Compare plans</h3><ul>{links}</ul></section>"
        "</main><footer>About us</footer></body></html>"
    )


def test_a_page_that_is_no_dated_article_keeps_its_main_element() -> None:
    article = clean(_service_page())
    assert all(feature in article.paragraphs for feature in FEATURES)
    assert article.paragraphs[-4:] == FIRST
    assert "Compare plans" not in article.body  # the heading of a box of links
    assert "Plan number 1" not in article.body


def test_a_dated_article_keeps_its_run_not_its_whole_main_element() -> None:
    dated = "<meta property='article:published_time' content='2024-05-02T10:00:00Z'>"
    article = clean(_service_page(dated))
    assert article.paragraphs == FIRST


def test_a_grid_of_cards_in_main_is_kept_and_a_menu_is_not() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>Walnut desk model {n}</a></h3><p>${n}99</p></div>"
        for n in range(1, 5)
    )
    menu = "".join(f"<li class='item'><a href='/c/{n}'>Category {n}</a></li>" for n in range(5))
    about = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST[:2])
    page = (
        f"<html><body><main><h1>Desks</h1><ul class='menu'>{menu}</ul>{about}"
        f"<div class='grid'>{cards}</div></main></body></html>"
    )
    article = clean(page)
    assert "Walnut desk model 3" in article.paragraphs
    assert "$399" in article.paragraphs
    assert "Category 2" not in article.body


def test_an_article_printed_twice_counts_once_in_full() -> None:
    """A page that prints its article twice (for small and for large screens) keeps it:
    the first copy weighs as a text printed once, not as a repeated teaser."""
    about = (
        "Our shop has sold garden tools since the spring of 1987, first from a small barn "
        "outside the town and now from a warehouse by the river, where the same family "
        "still sharpens every spade by hand before it is packed and sent to the buyer."
    )
    steps = [
        f"Pruning roses in March, step {n}: cut each cane back to an outward bud, about a "
        "hand above the ground, and clear the dead wood first so that the plant can "
        "breathe and the new shoots get light."
        for n in range(1, 6)
    ]
    article = "\n\n".join(["How to prune roses", *steps])
    page = f"Home\nShop\n\n{about}\n\n{article}\n\nNewsletter\nContact\n\n{article}\n\nImprint\n"
    paragraphs = clean(page).paragraphs
    assert [p for p in paragraphs if p.startswith("Pruning")] == steps


def test_a_teaser_list_printed_twice_is_still_discounted() -> None:
    """Entries printed single-spaced, twice, are a list of teasers, not an article."""
    page = read_page("\n\n".join(["Top stories", *(["\n".join(FIRST)] * 2)]), DEFAULT_LIMITS)[0]
    assert not page.first_copies
    apart = read_page("\n\n".join(["Top stories", *FIRST, "Menu", *FIRST]), DEFAULT_LIMITS)[0]
    assert sorted(apart.first_copies) == [1, 2, 3, 4]


def test_html_main_element_over_a_weak_run_of_prose_outside_it() -> None:
    """A product page whose <main> holds short lines only: no sentence outside it (a
    consent line under a sign-up box) is taken for the article instead."""
    specs = "".join(
        f"<li>{name}: {value}</li>"
        for name, value in [
            ("Fabric", "100% long-staple cotton"), ("Thread count", "480"),
            ("Finish", "Sateen"), ("Sizes", "Twin, Full, Queen, King"),
            ("Care", "Machine wash cold"), ("Origin", "Made in Portugal"),
            ("Pieces", "Flat sheet, fitted sheet, two pillowcases"),
            ("Pocket depth", "Fits mattresses up to 16 inches deep"),
            ("Certification", "OEKO-TEX Standard 100"),
        ]
    )  # fmt: skip
    html = (
        "<html><body><div class='top'><a href='/'>Home</a> <a href='/shop'>Shop</a></div>"
        "<main><h1>Classic Sateen Sheet Set</h1><p>Smooth, soft, lustrous</p>"
        f"<h2>Details</h2><ul>{specs}</ul><p>Price: $189</p><p>Free returns within 30 "
        "days</p></main><div class='signup'><p>Keep me up to date with news and offers by "
        "email, and I can unsubscribe at any time.</p></div></body></html>"
    )
    body = clean(html).body
    assert "Fabric: 100% long-staple cotton" in body and "Origin: Made in Portugal" in body
    assert "Price: $189" in body
    assert "unsubscribe" not in body


def test_a_listing_without_an_article_keeps_its_entries() -> None:
    """A page whose only prose is one sentence, beside entries that hold several times its
    text (a shop's listing), has no article: its entries stay, not just the sentence."""
    items = [
        ("Oak desk", "$320", "Solid oak, two drawers"),
        ("Pine shelf", "$85", "Five shelves, wall mounted"),
        ("Walnut chair", "$140", "Curved back, oiled finish"),
        ("Birch table", "$410", "Seats six, extendable"),
        ("Ash stool", "$60", "Stackable, three legs"),
        ("Maple bed", "$690", "Queen size, slatted base"),
        ("Cherry cabinet", "$530", "Glass doors, two shelves"),
        ("Elm bench", "$210", "Fits three, rustic finish"),
    ]
    entries = ["\n".join(item) for item in items]
    closing = "Every piece is made to order in our workshop and ships within three weeks."
    body = clean("\n\n".join(["Living room furniture", *entries, closing])).body
    assert all(name in body and text in body for name, _, text in items)
    assert closing in body


def _page_with_hidden(hidden: str) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST)
    return (
        f"<html><body><main><h1>The library reopens</h1>{paragraphs}{hidden}</main></body></html>"
    )


def test_a_collapsed_panel_of_prose_is_read() -> None:
    panel = "".join(f"<p>{paragraph}</p>" for paragraph in SECOND)
    page = _page_with_hidden(
        f"<h2>The branch libraries</h2><div class='panel' style='display: none'>{panel}</div>"
    )
    article = clean(page)
    assert article.paragraphs[-3:] == SECOND  # an accordion's panel, shown by a click


def test_a_walk_resumed_at_a_shown_panel_is_the_walk_from_the_start() -> None:
    """Showing hidden panels walks the page again from the first panel shown, starting
    from the state the first walk had there: the blocks and all else must be those of a
    walk from the start, wherever the panel lies (in a sentence, a numbered list, a link,
    a table, a button, a panel inside another) and whichever panels are shown."""
    hide = "style='display:none'"
    page = (
        "<html><body><div class='top'><a href='/'>Home</a></div><main><article>"
        f"<p>Opening words <span {hide}>said twice</span> and the rest.</p>"
        f"<ol start='3'><li>Third</li><li hidden>Fourth, hidden</li><li>Fifth</li></ol>"
        f"<p><a href='/more'>A link <b hidden>with a hidden part</b> ends</a> here.</p>"
        f"<table><tr><td>cell</td><td {hide}>hidden cell</td></tr></table>"
        f"<button>Label <div hidden><p>Inside a button</p></div></button>"
        f"<div {hide}><p>Outer panel</p><div hidden><p>Inner panel</p></div></div>"
        f"<div class='tabs'><p>Tab one</p><div role='tabpanel' hidden><p>Tab two</p></div></div>"
        f"</article></main><footer><p hidden>Last</p></footer></body></html>"
    )
    root = parse(page)
    first = html_blocks(root)
    assert len(first.checkpoints) == len(first.hidden) >= 8
    for index, checkpoint in enumerate(first.checkpoints):
        for shown in (first.hidden[index : index + 1], first.hidden[index:]):
            whole = html_blocks(root, shown=frozenset(shown))
            resumed = html_blocks(root, shown=frozenset(shown), resume=checkpoint)
            for field in ("blocks", "deepest", "shapes", "landmarks", "hidden", "thread"):
                assert getattr(resumed, field) == getattr(whole, field), (index, field)


def test_a_hidden_copy_of_the_article_is_not_read_twice() -> None:
    copy = "".join(f"<span>{paragraph}</span> " for paragraph in FIRST)
    article = clean(_page_with_hidden(f"<div style='display:none'>{copy}</div>"))
    assert article.paragraphs == FIRST


def test_hidden_dialogs_forms_and_menus_stay_hidden() -> None:
    invitation = " ".join(SECOND[:2])
    dialog = f"<div hidden role='dialog'><p>{invitation}</p></div>"
    form = f"<div hidden><p>{invitation}</p><input name='email'><input name='name'></div>"
    menu = (
        "<div hidden><ul>"
        + "".join(f"<li><a href='/{n}'>{SECOND[n]}</a></li>" for n in range(3))
        + "</ul><p>Browse. All of it.</p></div>"
    )
    for hidden in (dialog, form, menu):
        article = clean(_page_with_hidden(hidden))
        assert article.paragraphs == FIRST, hidden


def test_a_dialog_a_script_opens_is_not_read() -> None:
    """A modal dialog (a cookie centre, a policy) and a ``<dialog>`` not marked open are
    hidden until a script opens them, however much prose they hold."""
    policy = "".join(f"<p>{paragraph}</p>" for paragraph in SECOND * 4)
    for dialog in (
        f"<div role='dialog' aria-modal='true' class='fixed inset-0'>{policy}</div>",
        f"<dialog>{policy}</dialog>",
    ):
        article = clean(_page_with_hidden(dialog))
        assert article.paragraphs == FIRST, dialog


def test_a_dialog_marked_open_is_read() -> None:
    panel = "".join(f"<p>{paragraph}</p>" for paragraph in SECOND)
    article = clean(_page_with_hidden(f"<dialog open>{panel}</dialog>"))
    assert article.paragraphs == FIRST + SECOND


def test_a_part_printed_for_each_screen_size_is_read_once() -> None:
    """A description printed twice, for phones and for wide screens, is read once: as the
    wide-screen copy, where a desktop browser shows it."""
    description = "".join(f"<p>{paragraph}</p>" for paragraph in SECOND)
    for narrow, wide in (
        ("hidden-up-md", "hidden-down-md"),
        ("d-md-none", "d-none d-md-block"),
        ("md:hidden", "hidden md:block"),
        ("mobile-only", "desktop-only"),
    ):
        page = _page_with_hidden(
            f"<div class='{narrow}'>{description}</div>"
            f"<div class='{wide} wide-copy'>{description}</div>"
        )
        assert clean(page).paragraphs == FIRST + SECOND, narrow
        read, _ = read_page(page, DEFAULT_LIMITS)
        kept = [block for block in read.blocks if block.text == SECOND[0]]
        assert len(kept) == 1 and "wide-copy" in kept[0].dom_tokens, narrow


def test_class_names_tell_which_screens_show_an_element() -> None:
    wide = ["hidden-xs", "hidden-md-down", "d-none d-lg-flex", "hidden md:block", "desktop"]
    narrow = ["visible-xs", "hidden-lg-up", "d-md-none", "md:hidden", "mobile-only", "tablet"]
    neither = ["col-md-6", "btn-sm", "text-lg", "is-mobile", "is-size-7-mobile", "hidden"]
    assert [shown_on_wide_screens(names) for names in wide] == [True] * len(wide)
    assert [shown_on_wide_screens(names) for names in narrow] == [False] * len(narrow)
    assert [shown_on_wide_screens(names) for names in neither] == [None] * len(neither)


def _read_texts(page: str) -> list[str]:
    read, _ = read_page(page, DEFAULT_LIMITS)
    return [block.text for block in read.blocks]


def test_text_repeated_outside_screen_size_elements_is_read() -> None:
    """Only copies made for narrow screens are left unread: a paragraph the page repeats
    on purpose, two screen-size parts with different texts, a text two wide-screen parts
    both print, are all read."""
    repeated = _page_with_hidden(f"<p>{SECOND[0]}</p><p>{SECOND[1]}</p><p>{SECOND[0]}</p>")
    assert _read_texts(repeated).count(SECOND[0]) == 2
    different = _page_with_hidden(
        f"<div class='hidden-xs'><p>{SECOND[0]}</p></div>"
        f"<div class='visible-xs'><p>{SECOND[1]}</p></div>"
    )
    assert clean(different).paragraphs == FIRST + SECOND[:2]
    wide_twice = _page_with_hidden(
        f"<div class='hidden-xs'><p>{SECOND[0]}</p></div>" * 2
        + f"<div class='visible-xs'><p>{SECOND[0]}</p></div>"
    )
    assert _read_texts(wide_twice).count(SECOND[0]) == 2


INTRO = (
    "Choosing where to study is a decision that shapes the years after it, so we asked "
    "teachers, students and parents what mattered most to them."
)
TEASERS = [
    f"{title}The council said on Tuesday that the {topic} would be discussed again at the "
    "next meeting, after residents had sent more than a hundred letters about the plans "
    "and the costs that they expect for the coming years"
    for title, topic in [
        ("New bus line opens next month", "timetable"),
        ("Swimming pool to close for repairs", "pool"),
        ("Market square gets more trees", "square"),
        ("Parking fees rise in the centre", "fee"),
        ("School roof repaired after storm", "roof"),
        ("Bridge works delayed until spring", "bridge"),
        ("Town hall extends opening hours", "town hall"),
        ("Cycle lanes planned for the ring road", "lane"),
    ]
]


def test_a_text_intro_set_apart_above_a_longer_body_is_kept() -> None:
    page = _text_page(["Where to study"], [INTRO], BOX * 4, FIRST, SECOND)
    article = clean(page)
    assert INTRO in article.paragraphs
    assert article.paragraphs[-len(FIRST + SECOND) :] == FIRST + SECOND
    assert "Subscribe to our newsletter" not in article.body


def test_single_spaced_teasers_below_a_paragraphed_article_are_no_region() -> None:
    page = _text_page(["The library reopens"], FIRST, SECOND, BOX * 2) + "\n".join(TEASERS)
    article = clean(page)
    assert article.paragraphs == FIRST + SECOND


LEDE = (
    "Rents in the old town rose faster than anywhere else in the region last year, and the "
    "council now wants to know why before it decides on new rules for landlords."
)


def _lede_page(h1: str, title: str) -> str:
    links = "".join(f"<div><span>Topic {n}</span></div>" for n in range(30))
    body = "".join(f"<p>{paragraph}</p>" for paragraph in FIRST + SECOND)
    return (
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>{LEDE}</p>"
        f"{links}<div class='text'>{body}</div></body></html>"
    )


def test_the_paragraph_below_the_headline_is_kept_beside_a_longer_run() -> None:
    article = clean(_lede_page("Why rents rose", "Why rents rose | City Times"))
    assert article.paragraphs[0] == LEDE
    assert FIRST[0] in article.paragraphs
    assert "Topic 3" not in article.body


def test_an_h1_that_is_only_the_site_name_anchors_nothing() -> None:
    article = clean(_lede_page("City Times", "Why rents rose in the old town | City Times"))
    assert LEDE not in article.paragraphs
    assert FIRST[0] in article.paragraphs


STEPS = [
    f"Step {n}: check the {part}"
    for n, part in enumerate(("roof", "doors", "windows", "pipes", "heating", "wiring"), 1)
]
OFFERS = [f"Moving box set {n}, {n * 9} euros" for n in range(1, 7)]


def _captioned_article(heading: str, items: list[str], closing: str) -> str:
    listed = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Moving house</h1>"
        f"<p>{FIRST[0]}</p><p>{FIRST[1]}</p>"
        "<figure><img src='a.jpg'><figcaption>Photo: Jane Roe</figcaption></figure>"
        f"<h3>{heading}</h3><ul>{listed}</ul>{closing}</article>"
        "<footer><p>Contact the newsroom</p></footer></body></html>"
    )


def test_a_caption_inside_the_article_does_not_end_it() -> None:
    article = clean(_captioned_article("Before you move", STEPS, f"<p>{SECOND[0]}</p>"))
    assert all(step in article.body for step in STEPS)
    assert SECOND[0] in article.paragraphs
    assert "Photo: Jane Roe" not in article.body


def test_a_credit_after_the_last_paragraph_still_ends_the_article() -> None:
    article = clean(_captioned_article("From our shop", OFFERS, ""))
    assert article.paragraphs == FIRST[:2]
    assert OFFERS[0] not in article.body


CHECKLIST = [
    ["Three months before the move"],
    [
        "Book the removal van for a weekday morning",
        "Ask the landlord when the keys can be handed over",
        "Sort out the cellar and give away what you do not need",
        "Tell the school about the new address",
    ],
    ["The week of the move"],
    [
        "Pack the kitchen last and label every box by room",
        "Keep the documents and chargers in one bag with you",
        "Reserve the parking space in front of the house",
        "Read the meters and take a photo of each",
    ],
]


def _checklist_page(items: list[list[str]]) -> str:
    sections = "\n\n".join("\n".join(lines) for lines in items)
    return _text_page(["Moving house"], FIRST, [sections], SECOND, ["Imprint"])


def test_a_list_between_two_parts_of_the_article_is_kept() -> None:
    article = clean(_checklist_page(CHECKLIST))
    for lines in CHECKLIST:
        assert all(line in article.body for line in lines)
    assert article.paragraphs[:4] == FIRST
    assert article.paragraphs[-3:] == SECOND
    assert "Imprint" not in article.body


def test_a_menu_between_two_parts_of_the_article_is_not_kept() -> None:
    menu = [["News", "Local sport", "Weather", "Culture", "Jobs", "Events", "Shop", "Radio"]]
    article = clean(_checklist_page(menu * 2))
    assert all(paragraph in article.paragraphs for paragraph in FIRST + SECOND)
    assert "Local sport" not in article.body


def test_a_labelled_line_keeps_a_list_out_of_the_article() -> None:
    promoted = [*CHECKLIST, ["Subscribe to our newsletter"]]
    article = clean(_checklist_page(promoted))
    assert all(paragraph in article.paragraphs for paragraph in FIRST + SECOND)
    assert "Subscribe to our newsletter" not in article.body
    assert "Book the removal van" not in article.body


def test_a_page_of_nothing_but_menus_has_an_empty_body_with_a_warning() -> None:
    # The footer of a page whose content a script fills in: link lists under headings.
    columns = {
        "Shop by category": ["Phones", "Laptops", "Cameras", "Watches"],
        "Help": ["Orders", "Returns", "Shipping", "Contact"],
        "Our sites": ["France", "Germany", "Spain", "Italy"],
    }
    footer = "".join(
        f"<h5>{heading}</h5><dl><dd>"
        + ", ".join(f"<a href='/{name}'>{name}</a>" for name in names)
        + "</dd></dl>"
        for heading, names in columns.items()
    )
    article = clean(f"<html><body><div id='app'></div><div>{footer}</div></body></html>")
    assert article.body == ""
    assert "no main content found" in article.warnings


def test_a_grid_of_linked_titles_is_content() -> None:
    tiles = "".join(
        f"<div class='tile'><h2><a href='/c/{n}'>{name} ({n + 3})</a></h2></div>"
        for n, name in enumerate(["Radios", "Power banks", "Speakers", "Cameras"])
    )
    page = f"<html><body><h1>Electronics</h1>{tiles}<h4>Product categories</h4></body></html>"
    assert "Power banks (4)" in clean(page).body


def test_a_closing_sentence_after_the_list_the_article_announces_is_kept() -> None:
    opening = (
        "The council met on Monday to discuss the budget for next year. It agreed on two things:"
    )
    closing = "The next meeting is in two weeks, on a Tuesday."
    text = f"Weekly notes\n\n{opening}\n\n- keep the pool open\n- fix the roads\n\n{closing}"
    assert clean(text).body.endswith(f"- fix the roads\n\n{closing}")
