"""Rules that only markup makes possible: boilerplate containers and captions by tag,
class and id."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from .._page import Block, Page, is_prose
from .._rule import Category, Context, Label, Rule
from .content import is_dated_article, marked_blocks

BOILERPLATE_TOKENS = frozenset(
    "nav navbar navigation menu submenu footer breadcrumb breadcrumbs share sharing "
    "sharebar social related recommended recommendations comments comment cookie cookies "
    "consent gdpr newsletter promo advert advertisement advertising ads ad sponsored sidebar "
    "widget widgets subscribe subscription popup modal masthead toolbar pagination pager "
    "tagcloud outbrain taboola disqus sr-only screen-reader-text visually-hidden skip "
    "aside login signup teaser teasers trending popular form contentinfo complementary".split()
)
# ARIA's roles for the page's footer and for a part beside the main content: they never
# wrap the article, however much of the page's prose they hold (a shop's fine print under
# a product with a few lines of description).
_LANDMARK_ROLES = frozenset(("contentinfo", "complementary"))
_COMMENT_TOKENS = frozenset(("comment", "comments"))
# What a box's name says it holds; a box named by none of these is navigation.
_BOX_CATEGORIES = (
    (frozenset("share sharing sharebar social".split()), Category.SHARE),
    (_COMMENT_TOKENS | {"disqus"}, Category.COMMENTS),
    (frozenset("cookie cookies consent gdpr".split()), Category.COOKIE),
    (
        frozenset(
            "newsletter promo advert advertisement advertising ads ad sponsored subscribe "
            "subscription outbrain taboola".split()
        ),
        Category.PROMO,
    ),
    (
        frozenset("related recommended recommendations teaser teasers trending popular".split()),
        Category.TEASER,
    ),
    (frozenset(("footer", "contentinfo")), Category.FOOTER),
)
_CAPTION_TOKENS = frozenset("caption figcaption bio author".split())
_REVIEW_TOKENS = frozenset(("review", "reviews"))
_EMBED_TOKENS = frozenset("embed twitter-tweet instagram-media tiktok-embed".split())
_PAGE_WIDE_SHARE = 0.5
_PROSE_WIDE_SHARE = 0.7  # of the page's prose paragraphs a box may hold
# "teaser" also names an article's own standfirst (German and other CMSs say so): a
# paragraph of prose, not a list of links, marked only so is left to the content rule.
_STANDFIRST_TOKENS = frozenset(("teaser",))
_STANDFIRST_MAX_LINK_DENSITY = 0.5
_STANDFIRST_MIN_WORDS = 10


class BoilerplateContainer(Rule):
    """Blocks inside containers whose tag, class or id names them as boilerplate.

    What it catches: text inside ``<nav>``, ``<footer>``, ``<aside>``, ``<form>`` (a
    sign-up, search or comment form with the sentences that invite one to fill it) or an
    element whose class, id or role says navigation, menu, share, related, comments,
    cookie, newsletter, promo, ad or sidebar, or whose ARIA role says it is the page's
    footer (``contentinfo``) or a part beside the main content (``complementary``). Tokens
    that cover more than half of the page's text, more than half of the container the
    markup names as the article body, or most of the page's prose paragraphs are ignored,
    since they name a wrapper ("page-with-sidebar", "pagination-first", a ``<form>``
    around the whole page), not a box; the two ARIA roles never name a wrapper. A post
    embedded from a social network (``class="twitter-tweet"``, ``social-media-embed``) is
    quoted by the article and stays (an embed marker on a wrapper, "wp-embed-responsive"
    on ``<body>``, shields nothing), and so does a sentence of prose marked only "teaser"
    (many sites call the article's own standfirst so).
    Each removal reports what the box's name says it holds (share, comments, cookie,
    promo, teaser, footer), else navigation. On a page the markup names a discussion
    thread (schema.org ``DiscussionForumPosting``, in JSON-LD or microdata) the elements
    named comment are the thread's replies, its content, and stay.
    Why: authors of the markup already said what these boxes are.
    Example: ``<div class="related-stories"><a>Other headline</a></div>``
    """

    code = "AC150"
    name = "boilerplate-container"
    category = Category.NAVIGATION
    trusts_markup = True

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        verdicts: dict[frozenset[str], tuple[frozenset[str], str, Category] | None] = {}
        tokens = BOILERPLATE_TOKENS | _EMBED_TOKENS
        if "thread" in page.meta:  # the replies of a thread are its posts
            tokens -= _COMMENT_TOKENS
        for block, found in _marked_containers(page, tokens):
            if found not in verdicts:
                verdicts[found] = _box_verdict(found)
            verdict = verdicts[found]
            if verdict is not None and not _standfirst(block, verdict[0]):
                yield self.hit(block.index, verdict[1], verdict[2])


def _box_verdict(found: frozenset[str]) -> tuple[frozenset[str], str, Category] | None:
    """The boxes among the names around a block, the reason and the category of its
    removal; None when no box is named or an embedded post is."""
    boxes = found & BOILERPLATE_TOKENS
    if not boxes or found & _EMBED_TOKENS:
        return None
    return boxes, f"inside a container marked {', '.join(sorted(boxes))}", _box_category(boxes)


def _box_category(boxes: frozenset[str]) -> Category:
    """What the names of the boxes around a block say it is; navigation when unsure."""
    return next(
        (category for names, category in _BOX_CATEGORIES if boxes & names), Category.NAVIGATION
    )


def _standfirst(block: Block, found: frozenset[str]) -> bool:
    """A sentence of prose marked only "teaser": the article's standfirst, not a link."""
    return (
        found <= _STANDFIRST_TOKENS
        and block.link_density < _STANDFIRST_MAX_LINK_DENSITY
        and block.word_count >= _STANDFIRST_MIN_WORDS
        and block.terminal
    )


class ProductReviews(Rule):
    """Customer reviews on a product page.

    What it catches: on a page whose markup names a product (JSON-LD ``Product``,
    ``og:type`` product) and does not date it as an article, the text inside an element
    whose class or id says review or reviews, however much of the page's text it holds
    (unless it wraps most of the article body the markup names).
    Why: the reviews below a product are what its buyers wrote, the comments of a shop.
    On an article "review" names the article itself (a product review, a book review),
    so the name is evidence only where the markup says the page sells something.
    Example: ``<div class="product-reviews">Great sound, five stars.</div>`` below a
    microphone's description.
    """

    code = "AC152"
    name = "product-reviews"
    category = Category.COMMENTS
    trusts_markup = True

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        if "product" not in page.meta or is_dated_article(page):
            return
        for block, _ in _marked_containers(page, _REVIEW_TOKENS, long_boxes=True):
            yield self.hit(block.index, "a customer review of the product")


class CaptionContainer(Rule):
    """Picture captions and author boxes the markup names as such.

    What it catches: text inside ``<figcaption>`` or an element whose class or id says
    caption, bio or author (``<div class="caption">``, ``<p class="author-bio">``), with
    the same wrapper exceptions as boilerplate containers (WordPress marks the whole post
    ``author-jane-roe``).
    Why: captions describe a picture and bios the author; neither is the article's text.
    Example: ``<figcaption>The harbour at dawn on Monday.</figcaption>``
    """

    code = "AC151"
    name = "caption-container"
    category = Category.CREDIT
    trusts_markup = True

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block, _ in _marked_containers(page, _CAPTION_TOKENS):
            yield self.hit(block.index, "inside a picture caption or an author box")


def _marked_containers(
    page: Page, tokens: frozenset[str], long_boxes: bool = False
) -> Iterator[tuple[Block, frozenset[str]]]:
    """HTML blocks inside an element named by one of ``tokens``, with the tokens found;
    tokens that name a wrapper are ignored (see ``_local_tokens``)."""
    if not page.is_html:
        return
    local = _local_tokens(page, tokens, long_boxes)
    found_in: dict[frozenset[str], frozenset[str]] = {}  # blocks of one element share tokens
    for block in page.blocks:
        found = found_in.get(block.dom_tokens)
        if found is None:
            found = found_in[block.dom_tokens] = block.dom_tokens & local
        if found:
            yield block, found


def _local_tokens(page: Page, tokens: frozenset[str], long_boxes: bool) -> frozenset[str]:
    """Those of ``tokens`` on the page that name a box: a token that covers more than half
    of the page's text, or of the container the markup names as the article body, names
    a wrapper ("wp-embed-responsive" on ``<body>``); so does one around most of the
    page's prose (``<div class="article-and-aside">`` holding the article's paragraphs
    beside a column of links). With ``long_boxes``, only the article body's share counts:
    the boxes may hold most of the page (the reviews under a short product description).
    The ARIA roles of the page's footer and of a part beside the main content always
    name a box."""
    letters_in = page.shared("letters by class names", _letters_by_tokens)
    coverage: Counter[str] = Counter()
    article_coverage: Counter[str] = Counter()
    prose_coverage: Counter[str] = Counter()
    for dom_tokens, (letters, in_article, in_prose) in letters_in.items():
        for token in dom_tokens & tokens:
            coverage[token] += letters
            article_coverage[token] += in_article
            prose_coverage[token] += in_prose
    total, article_total, prose_total = (
        sum(sums[kind] for sums in letters_in.values()) or 1 for kind in range(3)
    )
    return frozenset(
        token
        for token, letters in coverage.items()
        if token in _LANDMARK_ROLES
        or (
            article_coverage[token] <= _PAGE_WIDE_SHARE * article_total
            and (
                long_boxes
                or (
                    letters <= _PAGE_WIDE_SHARE * total
                    and prose_coverage[token] <= _PROSE_WIDE_SHARE * prose_total
                )
            )
        )
    )


def _letters_by_tokens(page: Page) -> dict[frozenset[str], list[int]]:
    """The letters of all blocks, of the article's and of prose paragraphs, by the class
    names the blocks lie in (read once for the rules that judge boxes by their names)."""
    article = marked_blocks(page)
    letters_in: dict[frozenset[str], list[int]] = {}
    for block in page.blocks:
        sums = letters_in.get(block.dom_tokens)
        if sums is None:
            sums = letters_in[block.dom_tokens] = [0, 0, 0]
        sums[0] += block.letters
        sums[1] += block.letters if block.index in article else 0
        sums[2] += block.letters if is_prose(block) else 0
    return letters_in
