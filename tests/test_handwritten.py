"""Small pages of the kinds users feed, written by hand: the same short article as HTML,
as a raw-text rendering with its menus, and as Markdown; a docs page; a forum thread; a
product page. Each keeps its whole content and drops its page furniture."""

from __future__ import annotations

import pytest

from articlecleaner import clean

OPENING = (
    "The city council voted on Tuesday to extend the opening hours of the public library, "
    "after months of debate about the cost of staff and heating."
)
MIDDLE = (
    "Residents had asked for longer hours since the winter, when the reading room was often "
    "full by the middle of the afternoon."
)
CLOSING = (
    "The new hours start next month and will be reviewed after a year, the council said in "
    "a statement."
)
HOURS = ["Monday to Friday: 8am to 9pm", "Saturday: 9am to 6pm"]


_HTML_ITEMS = "".join(f"<li>{item}</li>" for item in HOURS)
_AS_HTML = (
    "<html><head><title>Library hours extended | Town News</title></head><body>"
    "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
    "<main><article><h1>Library hours extended</h1>"
    "<p class='byline'>By Jane Roe, 3 March 2024</p>"
    f"<p>{OPENING}</p><h2>What changes</h2><p>{MIDDLE}</p><ul>{_HTML_ITEMS}</ul><p>{CLOSING}</p>"
    "</article><aside><h3>Most read</h3><ul><li><a href='/a'>Storm closes the harbour</a>"
    "</li><li><a href='/b'>New bakery opens</a></li></ul></aside></main>"
    "<footer><p>© 2024 Town News. All rights reserved.</p></footer></body></html>"
)
_TEXT_HOURS = "\n".join(HOURS)
_AS_TEXT = (  # a raw-text rendering, with the page's menus, share line and footer
    "Home | News | Sport | Weather\nLibrary hours extended\nBy Jane Roe\n3 March 2024\n\n"
    f"{OPENING}\n\nWhat changes\n\n{MIDDLE}\n\n{_TEXT_HOURS}\n\n{CLOSING}\n\n"
    "Share this article\nFacebook Twitter Email\nMost read\nStorm closes the harbour\n"
    "New bakery opens\n© 2024 Town News. All rights reserved."
)
_MARKDOWN_HOURS = "\n".join(f"- {item}" for item in HOURS)
_AS_MARKDOWN = (
    f"# Library hours extended\n\n{OPENING}\n\n## What changes\n\n{MIDDLE}\n\n"
    f"{_MARKDOWN_HOURS}\n\n{CLOSING}"
)


@pytest.mark.parametrize("page", [_AS_HTML, _AS_TEXT, _AS_MARKDOWN], ids=["html", "text", "md"])
def test_one_article_in_three_forms_keeps_its_whole_content(page: str) -> None:
    article = clean(page)
    assert article.headline == "Library hours extended"
    for text in (OPENING, "What changes", MIDDLE, *HOURS, CLOSING):
        assert text in article.body
    for furniture in ("Most read", "Storm closes the harbour", "All rights reserved", "Share"):
        assert furniture not in article.body


def test_a_docs_page_keeps_its_code() -> None:
    page = (
        "<html><body><nav><a href='/'>Docs</a> <a href='/api'>API</a></nav><main>"
        "<h1>Installing</h1><p>Install the package with pip. It needs Python 3.9 or later "
        "and no compiler.</p><pre><code>pip install example</code></pre>"
        "<h2>Checking the install</h2><p>Run the command below; it prints the version.</p>"
        "<pre><code>example --version</code></pre></main>"
        "<footer>Edit this page on GitHub</footer></body></html>"
    )
    body = clean(page).body
    for text in ("pip install example", "Checking the install", "example --version"):
        assert text in body
    assert "Edit this page" not in body


def test_a_forum_thread_keeps_every_post() -> None:
    posts = [
        "I have used this camera for three years now and the battery still lasts a full "
        "day of shooting, which I did not expect.",
        "Mine started to lose charge after the second winter, so I would keep a spare "
        "battery in the bag if you shoot in the cold.",
        "Thanks, both of you. I will buy a spare before the trip.",
    ]
    entries = "".join(
        f"<div class='post'><div class='author'><a href='/u/{n}'>user{n}</a></div>"
        f"<div class='date'>2 days ago</div><div class='content'><p>{post}</p></div></div>"
        for n, post in enumerate(posts)
    )
    page = (
        "<html><body><nav><a href='/'>Forums</a> › <a href='/cameras'>Cameras</a></nav>"
        f"<h1>Battery life after three years?</h1><div class='thread'>{entries}</div>"
        "<footer>© 2024 Camera Forum</footer></body></html>"
    )
    article = clean(page)
    assert article.headline == "Battery life after three years?"
    assert all(post in article.paragraphs for post in posts)
    assert "Camera Forum" not in article.body


def test_a_product_page_keeps_its_description_and_details() -> None:
    details = ["Weight: 180 g", "Sole: 4 mm rubber", "Straps: recycled polyester"]
    description = (
        "A light sandal with a thin, flexible sole that lets your feet move as they would "
        "barefoot. The straps adjust in three places."
    )
    items = "".join(f"<li>{item}</li>" for item in details)
    page = (
        "<html><head><meta property='og:type' content='product'></head><body><nav>"
        "<a href='/'>Shop</a> <a href='/cart'>Cart</a></nav><main><h1>Walking sandal</h1>"
        f"<p class='price'>$49.00</p><p>{description}</p><h2>Details</h2><ul>{items}</ul>"
        "<button>Add to cart</button></main><section class='related'><h2>You may also like"
        "</h2><div class='card'><a href='/x'>Trail sandal</a> $59.00</div></section>"
        "<footer>Free shipping over $50</footer></body></html>"
    )
    article = clean(page)
    assert article.headline == "Walking sandal"
    for text in (description, "$49.00", *details):
        assert text in article.body
    for furniture in ("You may also like", "Trail sandal", "Add to cart", "Free shipping"):
        assert furniture not in article.body
