"""Main-content detection: the densest run of prose on the page, and the other content
regions beside it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice, pairwise

import regex

from .._page import (
    HEADING_TAGS,
    PROSE_MIN_WORDS,
    Block,
    Page,
    alike_entries,
    is_prose,
    shape_of,
)
from .._rule import Category, Context, Label, Rule, Stage
from ._phrases import covered_by_phrases
from ._quantities import quantity_lists
from .metadata import is_byline, is_dateline, is_headline_like

_SENTENCE_MIN_WORDS = 5
_ANNOUNCING_MIN_WORDS = 3  # "How it works:", "The steps:" introduce a list; "Note:" does not
_CLOSING_MIN_WORDS = 4
_PROSE_OFFSET = 30.0
_LOOSE_LINE_FACTOR = 0.3
_MIN_PARAGRAPHED_SHARE = 0.1  # share of the prose blocks that must stand apart, too
_MIN_ISOLATED_PROSE = 3  # prose paragraphs set apart before apartness means anything
_SHORT_LINE_COST = 30.0
_SHORT_LINE_LETTER_COST = 0.3
_LABELLED_COST = 10.0
_LATE_PAGE_DISCOUNT = 0.3
_UNMARKED_FACTOR = 0.3
_AFTER_COMMENTS_FACTOR = 0.2
_PROSE_BEFORE_COMMENTS = 300.0
_MIN_MARKED_LETTERS = 200
_MARKED_PROSE_SHARE = 0.1  # of the page's prose: less is a teaser card's excerpt
CONTENT_MARKERS = frozenset(
    "articlebody article-body article-content articlecontent article-text articletext "
    "entry-content post-content post-body postbody story-body storybody story-content "
    "content-body body-text news-text main-text".split()
)
_TABLE_MIN_ROWS = 3  # text: lines of tab-separated cells in a row before they are a table
_TABLE_MIN_CELLS = 6  # HTML: <td>/<th> blocks in a row before they are a table
_LISTING_PERIOD = 6  # blocks between the date lines of a teaser or comment listing
_LISTING_MIN_ENTRIES = 3
_SENTENCE_LINE_DISCOUNT = 0.7
_LIST_ITEM_FACTOR = 0.2  # what a short line costs inside a list its sentence announces
_TOOLBAR = frozenset((Category.SHARE, Category.METADATA, Category.COMMENTS))
_AD_LABEL_MAX_WORDS = 3
_HEADER_LINES = 8  # lines of a byline, a dateline, credits, buttons below a standfirst
_HEADER_LINE_WORDS = 3  # an unlabelled line this short there is a label or a button
_TOOLBAR_LINES = 3  # labelled lines a lede may stand above the body's first paragraph
_REGION_SHARE = 0.3  # HTML: what another content region weighs against the main run at least
_TEXT_REGION_SHARE = 0.1  # text: the same (a region there must hold a paragraph set apart)
_MAIN_SHARE = 0.5  # HTML: of the page's letters, what its <main> element holds at least
_ARTICLE_MIN_WEIGHT = 150.0  # a main run weaker than this is no article
_OUTWEIGHED_FACTOR = 3.0  # unlabelled text beside a light run, to the run's: no article
_REGION_MIN_WEIGHT = 25.0  # letters of prose, less the cost of the lines around them
_LANDMARK_MAX_LINKS = 0.5  # HTML: above this, a block of the <main> element is a link
_MIN_ENTRIES = 3  # entries of one shape that hold prose: a list of them
_CONTAINER_SHARE = 0.7  # HTML: share of the run's prose the article's element holds
_CONTAINER_MIN_DEPTH = 2  # <html> and <body> hold everything: no article's element
_CONTAINER_MAX_LINK_DENSITY = 0.5  # HTML: above this, a block the run grew over is links
_LEDE_MAX_DISTANCE = 20  # HTML: blocks between the headline and its first paragraph at most
_TITLE_MIN_SHARE = 0.5  # of the page's title, what an <h1> it contains holds at least
_MENU_MAX_WORDS = 2  # words per line on average, at most, of a menu between two regions
_TITLE_KEYS = ("og_title", "title_tag", "ld_headline")
_ONLY_MENUS = "the page holds nothing but menus: links under their headings"
_LINE_MAX_LINKS = 0.5  # of a line's letters: above, the line is a link, not text
_THREAD_TRIES = 5  # elements whose paragraphs are looked for in a thread's posts


def isolated_blocks(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """Blocks set apart from their neighbours, as body paragraphs are printed.

    A block is isolated when a paragraph break or a junk line comes right before it and
    right after it (junk will be removed, so it does not join a block to its text). Empty
    when fewer than a few prose paragraphs, or under a tenth of the page's prose, stand
    apart (WET records have no breaks; sometimes only the title is set off from
    single-spaced paragraphs), so that such pages are judged by the other features alone.
    A long menu of short lines does not switch the test off. The lines of a paragraph
    printed with a line break after each sentence are set apart as a whole.
    """
    blocks = page.blocks

    def apart(index: int) -> bool:
        return index == len(blocks) or blocks[index].paragraph_start or index in junk

    isolated = frozenset(
        b.index for b in blocks if (apart(b.index) or b.index - 1 in junk) and apart(b.index + 1)
    )
    prose = [b.index for b in blocks if is_prose(b)]
    isolated_prose = sum(1 for i in prose if i in isolated)
    if isolated_prose < max(_MIN_ISOLATED_PROSE, _MIN_PARAGRAPHED_SHARE * len(prose)):
        return frozenset()
    return isolated | _sentence_groups(page, junk)


def _sentence_groups(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """The lines of paragraphs printed with a line break after each sentence: two or more
    lines between paragraph breaks (or labelled lines), every one a sentence. They are
    set apart as a whole, as a paragraph is."""
    found: list[int] = []
    group: list[Block] = []
    for block in page.blocks:
        if block.paragraph_start or block.index in junk:
            found.extend(_whole_sentences(page, group))
            group = []
        if block.index not in junk:
            group.append(block)
    found.extend(_whole_sentences(page, group))
    return frozenset(found)


def _whole_sentences(page: Page, group: list[Block]) -> list[int]:
    """The group's blocks when there are two or more and each is a sentence ending with a
    full stop (a title ending with ";" or "?" is no sentence of a paragraph)."""
    sentences = len(group) >= 2 and all(
        block.word_count >= _SENTENCE_MIN_WORDS
        and block.terminal
        and not is_headline_like(block)
        and page.reads_as_prose(block)
        for block in group
    )
    return [block.index for block in group] if sentences else []


def marked_blocks(page: Page) -> frozenset[int]:
    """HTML: blocks inside a container the markup names as the article body.

    Empty when no such container holds enough text to be the article, or holds less than
    a tenth of the page's prose (the excerpts of teaser cards named like a post's body).
    Found once per page for the rules that ask.
    """
    return page.shared("blocks of the marked article body", _marked_blocks)


def _marked_blocks(page: Page) -> frozenset[int]:
    if not page.is_html:  # text has no markup
        return frozenset()
    marked = [b for b in page.blocks if not CONTENT_MARKERS.isdisjoint(b.dom_tokens)]
    letters = sum(b.letters for b in marked)
    if letters < _MIN_MARKED_LETTERS:
        return frozenset()
    prose = sum(b.letters for b in page.blocks if is_prose(b))
    if letters < _MARKED_PROSE_SHARE * prose:
        return frozenset()
    return frozenset(b.index for b in marked)


def block_weights(
    page: Page,
    junk: Mapping[int, Category],
    isolated: frozenset[int],
    marked: frozenset[int] = frozenset(),
    repeats_discounted: bool = True,
) -> list[float]:
    """How much each block argues for being inside the article (positive) or outside it.

    One loop over the page, with what every block needs looked up once: it runs for
    every block of every page."""
    before = page.worded_blocks_before
    total = max(1, before[-1])
    unlinked = _unlinked_letters(page, junk, repeats_discounted)
    weights: list[float] = []
    for block in page.blocks:
        index = block.index
        if index in junk:
            weights.append(-_LABELLED_COST)
            continue
        letters = unlinked[index]
        if isolated and index not in isolated:
            letters *= _LOOSE_LINE_FACTOR
        letters *= 1.0 - _LATE_PAGE_DISCOUNT * (before[index] / total)
        if marked and index not in marked:
            letters *= _UNMARKED_FACTOR
        words = block.word_count
        if words >= PROSE_MIN_WORDS and (block.terminal or page.reads_as_prose(block)):
            weights.append(letters - _PROSE_OFFSET)
        elif words >= _SENTENCE_MIN_WORDS and block.terminal:
            weights.append(0.5 * letters - _PROSE_OFFSET)
        else:
            cost = _SHORT_LINE_COST + _SHORT_LINE_LETTER_COST * block.letters
            if block.terminal:
                cost *= 1.0 - _SENTENCE_LINE_DISCOUNT
            weights.append(-cost)
    return weights


def _unlinked_letters(
    page: Page, junk: Mapping[int, Category], repeats_discounted: bool = True
) -> list[float]:
    """Each unlabelled block's letters that are not link text (0 for a labelled one). A
    text printed n times (a teaser, a widget, an error message) brings 1/n² of them per
    copy: all its copies together weigh less than one paragraph printed once. The first
    copy of a passage printed again block for block (an article printed for small and
    for large screens) counts in full."""
    first_copies = page.first_copies if repeats_discounted else frozenset()
    copies = page.copies
    found: list[float] = []
    for block in page.blocks:
        index = block.index
        if index in junk:
            found.append(0.0)
            continue
        letters = block.letters * (1.0 - block.link_density)
        if repeats_discounted and copies[index] > 1 and index not in first_copies:
            letters = letters / copies[index] ** 2
        found.append(letters)
    return found


def densest_run(
    weights: Sequence[float], barriers: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The contiguous run with the largest weight sum (Kadane), as [start, end).

    A run never crosses a barrier block (such as the heading of a comment section).
    """
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for index, weight in enumerate(weights):
        if run_sum <= 0 or index in barriers:
            run_sum, run_start = 0.0, index
        run_sum += weight
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, index + 1)
    return best


class OutsideMainContent(Rule):
    """Everything outside the page's main run of prose.

    What it catches: blocks before and after the contiguous run of blocks that holds the
    most prose, where prose blocks count for their letters and short or labelled blocks
    count against. Short lines *inside* the run (subheadings, one-line paragraphs) stay;
    the items of a list that a line announces ("How it works:", "... the following
    steps:") or that are numbered one after another (the number may stand alone on the
    line above its item) cost little, and numbered items printed single-spaced count as
    set apart, as paragraphs are; an announced list closing the article joins it; a
    listing after the article whose entries each carry a date line (teasers, comments)
    weighs little; the cells of a table (HTML cells, or
    tab-separated cells in text) and the lines of a list of quantities (a recipe's
    ingredients) weigh their letters as prose does; a sentence printed in one paragraph
    with the run's first or last line joins it, as does a line ending with a colon right
    above the run (it introduces the text); and so does one short sentence ending in a
    full stop right after the last paragraph (or after the list the run's last sentence
    announces). A standfirst (a paragraph right below a title-like line, set off from the
    body only by a byline, a dateline, credits or buttons) opens the article, the header
    lines below it do not.
    In HTML, the run grows over the rest of the element that holds most of its prose (but
    its mostly linked blocks) up to a labelled block, and ends where that element ends;
    when the run lies in a container the markup names as the article body
    (``itemprop=articleBody``, ``entry-content``, ...), that whole container is kept.
    Other content regions are kept too: each run of prose before or after the main run
    that weighs at least 0.3 of it in HTML, 0.1 in text (and 25 at least), between the
    comment headings around the main run and labelled lines (a forum's other posts, the
    part of an article after a box); in text it holds a paragraph set apart when the page
    sets paragraphs apart. In HTML the text right below the headline (the first ``<h1>``
    printing the page's title) is kept as far as it weighs most, up to a labelled block,
    when the main run lies elsewhere.
    In HTML, when the run's longest paragraph lies in one of three or more entries of one
    shape (one tag and class under one parent, give or take a modifier class: the posts of
    a thread, the items of a listing), every entry that holds prose is kept (on a page the
    markup names a discussion thread, so are the entries around one of the page's longest
    paragraphs, its posts, wherever the run lies); on a page
    the markup does not date as an article (a service page, a listing, documentation),
    so is the rest of the ``<main>`` element around the run, but its labelled blocks and
    its mostly linked ones outside card grids. Lines of code (``<pre>``) weigh their
    letters, as table cells do.
    The blocks between two parts of the content found so far are kept when no labelled
    block lies among them (a checklist, a table, code that cuts the article in two), unless
    their lines hold two words or fewer on average (a menu) or are all printed elsewhere on
    the page too (a box printed twice).
    When the run is too light to be an article (under 150): in HTML, if it lies outside
    the ``<main>`` element that holds half the page's letters or more (a consent line
    beside a product page's specifications), ``<main>`` is the content, as on an
    undated page above, if it holds 200 letters or more; else, if the page's other
    unlabelled text weighs three times the run's or more (a listing, a product page),
    the page has no article and every unlabelled block is kept.
    A page with no prose at all (a poem, song lyrics) keeps its longest run of unlabelled
    lines, each weighing the letters of its text that are not links; when that run holds
    nothing but links under unlinked headings (the footer of a page a script fills in),
    the page has nothing to extract and every block goes.
    Why: menus, teaser lists, comment forms and footers surround the article; their lines
    are short, so they pull the run's edges in, while a short line between two body
    paragraphs costs less than the paragraphs bring and is kept.
    Example: ``Most popular`` and the ten teaser titles below the last paragraph.
    """

    code = "AC001"
    name = "outside-main-content"
    category = Category.BOILERPLATE
    stage = Stage.CONTEXT

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        numbered = _numbered_items(page, context.junk)
        # A list's items are printed single-spaced: numbered ones count as set apart.
        isolated = isolated_blocks(page, context.junk)
        isolated = isolated | numbered if isolated else isolated
        marked = marked_blocks(page)
        barriers = context.boundaries
        run = None
        table = _table_blocks(page, context.junk) | quantity_lists(page, context.junk)
        table |= _code_blocks(page, context.junk)
        # A page of nothing but repeated paragraphs still has a body: weigh them in full.
        for repeats_discounted in (True, False):
            weights = block_weights(page, context.junk, isolated, marked, repeats_discounted)
            weights = _discount_lists(page, weights, context.junk)
            weights = _discount_numbered(weights, numbered)
            weights = _discount_listings(weights, context.junk)
            weights = _count_tables(page, weights, table)
            weights = _discount_comments(weights, barriers)
            run = densest_run(weights, barriers)
            if run:
                break
        if run is None or sum(weights[run[0] : run[1]]) < _ARTICLE_MIN_WEIGHT:
            main_blocks = _light_run_main(page, run, context.junk)
            if main_blocks is not None:
                for block in page.blocks:
                    if block.index not in main_blocks:
                        yield self.hit(block.index, "outside the <main> element")
                return
            if run is not None and _outweighed(page, run, context.junk):
                return  # no article (a listing, a product page): every unlabelled block stays
        where = "main run of prose"
        if not run:  # a page of short lines only: a poem, lyrics, a photo series
            run = densest_run(_line_weights(page, context.junk), barriers)
            where = "longest run of unlabelled lines (the page has no prose)"
            if run is not None and not _holds_text(page, context.junk):
                yield from (self.hit(b.index, _ONLY_MENUS) for b in page.blocks)
                return  # menus and their headings: nothing to extract
        if not run:  # nothing at all: every block goes
            yield from (self.hit(block.index, f"before the {where}") for block in page.blocks)
            return
        links: frozenset[int] = frozenset()
        start, end = _attached_sentences(page, *run, context.junk)
        start = _lede_across_toolbar(page, start, context.junk)
        start = _intro_line(page, start, context.junk)
        standfirst = _standfirst_under_headline(page, start, context.junk)
        header = frozenset(range(standfirst + 1, start))
        start = standfirst
        if start - 1 in numbered:  # the number printed above the run's first item
            start -= 1
        listed = _announced_list_end(page, end, context.junk)
        end = _closing_sentence(page, start, listed, context.junk, after_list=listed > end)
        if not page.is_html:  # so that the body, cleaned again, still holds the table
            start, end = _whole_tables(start, end, table, len(page.blocks))
        else:
            start, end, links = _run_container(page, start, end, context.junk, barriers)
        # HTML: when the run lies in the container marked as the article body, the whole
        # container is the article, short lines and lists included.
        keep_marked = bool(marked) and any(start <= index < end for index in marked)
        regions = _other_regions(page, weights, (start, end), barriers, context.junk, isolated)
        longest = _longest_paragraph(page, start, end, context.junk)
        if page.is_html:
            regions |= _headline_lede(page, weights, (start, end), barriers, context.junk)
        if page.is_html and "thread" in page.meta:
            regions |= _thread_posts(page, context.junk)
        if longest is not None and page.is_html:
            regions |= _repeated_entries(page, longest, context.junk)
            if not is_dated_article(page):
                main = _main_around(longest, page)
                regions |= _main_element(page, main, start, end, context.junk, barriers)
        regions |= _gaps_between(page, regions | frozenset(range(start, end)), context.junk)
        for block in page.blocks:
            if (keep_marked and block.index in marked) or block.index in regions:
                continue
            if block.index in header:
                yield self.hit(block.index, "between the standfirst and the body")
            elif block.index in links:
                yield self.hit(block.index, "links inside the article's element")
            elif block.index < start:
                yield self.hit(block.index, f"before the {where}")
            elif block.index >= end:
                yield self.hit(block.index, f"after the {where}")


def _light_run_main(
    page: Page, run: tuple[int, int] | None, junk: Mapping[int, Category]
) -> frozenset[int] | None:
    """HTML: the blocks kept of the ``<main>`` element that holds half the page's letters,
    when the light run lies mostly outside it and it keeps 200 letters of text or more."""
    main = _page_main(page) if page.is_html else None
    if main is None or not _mostly_outside(page, run, main):
        return None
    kept = _main_element(page, main, 0, len(page.blocks), junk, frozenset())
    texts = {page.blocks[index].text: page.blocks[index].letters for index in kept}
    return kept if sum(texts.values()) >= _MIN_MARKED_LETTERS else None


def _outweighed(page: Page, run: tuple[int, int], junk: Mapping[int, Category]) -> bool:
    """The unlabelled text outside the run outweighs the run's several times over: the
    page's content is not the run (a listing, a product page), not a brief among menus."""
    unlabelled = sum(b.letters for b in page.blocks if b.index not in junk)
    inside = sum(b.letters for b in page.blocks[run[0] : run[1]] if b.index not in junk)
    return unlabelled - inside >= _OUTWEIGHED_FACTOR * inside


def _other_regions(
    page: Page,
    weights: Sequence[float],
    main_run: tuple[int, int],
    barriers: frozenset[int],
    junk: Mapping[int, Category],
    isolated: frozenset[int],
) -> frozenset[int]:
    """The other content regions beside the main run: runs of prose before or after it
    that weigh at least a share of it (a forum's other posts, the part of an article
    after a box that cuts it, the sections of a service page, an article's introduction
    above a ranking). They are looked for only between the comment headings around the
    main run (a thread below the article stays out), and none runs across a labelled
    line (teasers each under a "More" button are no region, however many).
    In text the share is lower than in HTML, where the article's element and the
    entries of one shape find most other regions before this does; on a text page whose
    paragraphs are set apart, a region holds one such paragraph at least (a run of
    single-spaced lines there is a list of teasers, whatever it weighs)."""
    start, end = main_run
    share = _REGION_SHARE if page.is_html else _TEXT_REGION_SHARE
    floor = max(_REGION_MIN_WEIGHT, share * sum(weights[start:end]))
    low, high = _between_barriers(barriers, start, end, len(weights))
    found: set[int] = set()
    pending = [(low, start), (end, high)]
    while pending:
        first, last = pending.pop()
        labelled = frozenset(index - first for index in junk if first <= index < last)
        run = densest_run(weights[first:last], labelled) if last > first else None
        if run is None or sum(weights[first + run[0] : first + run[1]]) < floor:
            continue
        region = range(first + run[0], first + run[1])
        pending += [(first, region.start), (region.stop, last)]
        if page.is_html or not isolated or _holds_apart_prose(page, region, isolated):
            found.update(region)
    return frozenset(found)


def _gaps_between(
    page: Page, parts: frozenset[int], junk: Mapping[int, Category]
) -> frozenset[int]:
    """The blocks between two parts of the content (the main run, the other regions)
    when no labelled block lies between them and they are no menu or repeated box: the
    list, the table, the code or the short lines that cut the article in two belong to
    it."""
    found: set[int] = set()
    for before, after in pairwise(sorted(parts)):
        gap = range(before + 1, after)
        if gap and not any(index in junk for index in gap) and not _is_widget(page, gap):
            found.update(gap)
    return frozenset(found)


def _is_widget(page: Page, gap: range) -> bool:
    """Lines of two words or fewer on average (the items of a menu, not of a list), or
    lines all printed elsewhere on the page too (a box printed twice, a teaser list)."""
    blocks = page.blocks[gap.start : gap.stop]
    if sum(block.word_count for block in blocks) <= _MENU_MAX_WORDS * len(blocks):
        return True
    return all(page.copies[block.index] > 1 for block in blocks)


def _holds_apart_prose(page: Page, region: range, isolated: frozenset[int]) -> bool:
    """Some block of the region is a paragraph of prose set apart from its neighbours."""
    return any(index in isolated and is_prose(page.blocks[index]) for index in region)


def _headline_lede(
    page: Page,
    weights: Sequence[float],
    main_run: tuple[int, int],
    barriers: frozenset[int],
    junk: Mapping[int, Category],
) -> frozenset[int]:
    """HTML: the text right below the headline, when the main run lies elsewhere.

    The headline is the first ``<h1>`` that prints the page's title as the metadata give
    it (og:title, ``<title>``, JSON-LD). From the first paragraph of prose within a few
    blocks below it (unlabelled, printed once), the text runs down as far as it weighs
    most, to the first labelled block at most: an article's introduction above a box
    that cut it off from the main run, a product's description above its specifications.
    """
    blocks = page.blocks
    headline = _titled_headline(page)
    if headline is None:
        return frozenset()
    nearby = blocks[headline + 1 : headline + 1 + _LEDE_MAX_DISTANCE]
    first = next((block.index for block in nearby if is_prose(block)), None)
    if (
        first is None
        or first in junk
        or main_run[0] <= first < main_run[1]
        or page.copies[first] > 1
    ):
        return frozenset()
    _, high = _between_barriers(barriers, first, first + 1, len(blocks))
    best, total, stop = 0.0, 0.0, first
    for index in range(first, high):
        if index in junk:
            break
        total += weights[index]
        if total > best:
            best, stop = total, index + 1
    return frozenset(range(first, stop))


def _titled_headline(page: Page) -> int | None:
    """The index of the first ``<h1>`` that prints the page's title: it holds a title
    the metadata give, or a title holds it and it is half that title at least (a title
    adds the site's name; an ``<h1>`` of the site's name alone is no headline)."""
    titles = [page.meta[key].casefold() for key in _TITLE_KEYS if page.meta.get(key)]
    for block in page.blocks:
        if block.tag != "h1":
            continue
        text = block.text.strip().casefold()
        if text and any(
            title in text or (text in title and len(text) >= _TITLE_MIN_SHARE * len(title))
            for title in titles
        ):
            return block.index
    return None


def _between_barriers(barriers: frozenset[int], start: int, end: int, size: int) -> tuple[int, int]:
    """The span [low, high) between the comment headings around the run [start, end)."""
    low = max((b for b in barriers if b <= start), default=0)
    high = min((b for b in barriers if b >= end), default=size)
    return low, high


def _longest_paragraph(
    page: Page, start: int, end: int, junk: Mapping[int, Category]
) -> Block | None:
    """The run's longest unlabelled paragraph of prose: where its structure is read."""
    prose = [b for b in page.blocks[start:end] if b.index not in junk and is_prose(b)]
    return max(prose, key=lambda block: block.letters) if prose else None


def _repeated_entries(page: Page, longest: Block, junk: Mapping[int, Category]) -> frozenset[int]:
    """HTML: when the run's longest paragraph lies in one of several entries of the same
    shape (elements of one tag and class under one parent: the posts of a thread, the
    items of a listing, the sections of a page; see ``alike_entries``), every entry that
    holds prose is content: the unlabelled blocks of all the entries. The innermost such
    list counts."""
    blocks = page.blocks
    first = last = longest.index  # the blocks of the parent, which grows as depth falls
    for depth in range(len(longest.containers) - 1, _CONTAINER_MIN_DEPTH, -1):
        entry, parent = longest.containers[depth], longest.containers[depth - 1]
        while first > 0 and _inside(blocks[first - 1], depth - 1, parent):
            first -= 1
        while last + 1 < len(blocks) and _inside(blocks[last + 1], depth - 1, parent):
            last += 1
        classed = page.shapes.get(entry)
        if classed is None:
            continue
        members: dict[int, list[Block]] = {}
        for block in blocks[first : last + 1]:
            if len(block.containers) > depth:
                members.setdefault(block.containers[depth], []).append(block)
        entries = [
            found
            for element, found in members.items()
            if element in page.shapes
            and alike_entries(page.shapes[element], classed)
            and any(is_prose(b) for b in found)
        ]
        if len(entries) >= _MIN_ENTRIES:
            return frozenset(b.index for found in entries for b in found if b.index not in junk)
    return frozenset()


def _thread_posts(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """HTML, on a page the markup names a discussion thread: its posts, wherever the main
    run lies (a preview of the first post above the thread, say). They are the entries
    around the longest paragraph of the first of the page's elements, in the order of
    their longest paragraphs, that lies in a list of entries (see ``_repeated_entries``);
    five elements are tried at most."""
    tried: set[tuple[int, ...]] = set()
    prose = [b for b in page.blocks if b.index not in junk and is_prose(b)]
    for block in sorted(prose, key=lambda b: -b.letters):
        element = block.containers[:-1]  # the paragraphs of one element are one try
        if element in tried:
            continue
        if len(tried) == _THREAD_TRIES:
            break
        tried.add(element)
        found = _repeated_entries(page, block, junk)
        if found:
            return found
    return frozenset()


def is_dated_article(page: Page) -> bool:
    """The markup dates the page or names it an article (JSON-LD, meta tags): its content
    is the article, not everything its ``<main>`` element holds."""
    return "published" in page.meta or "ld_headline" in page.meta


def _main_around(block: Block, page: Page) -> tuple[int, int] | None:
    """HTML: the depth and number of the ``<main>`` element (or ``role=main``) the block
    lies in, or None."""
    for depth in range(len(block.containers) - 1, _CONTAINER_MIN_DEPTH - 1, -1):
        if page.landmarks.get(block.containers[depth]) == "main":
            return depth, block.containers[depth]
    return None


def _mostly_outside(page: Page, run: tuple[int, int] | None, main: tuple[int, int]) -> bool:
    """No run, or one that lies mostly outside the ``<main>`` element."""
    if run is None:
        return True
    start, end = run
    inside = sum(1 for block in page.blocks[start:end] if _inside(block, *main))
    return 2 * inside < end - start


def _page_main(page: Page) -> tuple[int, int] | None:
    """HTML: the ``<main>`` element that holds half or more of the page's letters (its
    depth and number), or None."""
    letters: dict[tuple[int, int], int] = {}
    for block in page.blocks:
        found = _main_around(block, page)
        if found is not None:
            letters[found] = letters.get(found, 0) + block.letters
    total = sum(block.letters for block in page.blocks)
    best = max(letters, key=letters.__getitem__, default=None)
    return best if best is not None and letters[best] >= _MAIN_SHARE * total else None


def _main_element(
    page: Page,
    main: tuple[int, int] | None,
    start: int,
    end: int,
    junk: Mapping[int, Category],
    barriers: frozenset[int],
) -> frozenset[int]:
    """HTML: the blocks of the ``<main>`` element (or ``role=main``) ``main``, up to the
    comment headings around the run [start, end); without labelled blocks, mostly
    linked blocks but those of card grids (see ``_card_blocks``), the ``<h1>`` above
    the run (the headline, a field) and short lines right above what is left out (the
    heading of a box of links)."""
    if main is None:
        return frozenset()
    depth, element = main
    blocks = page.blocks
    low, high = _between_barriers(barriers, start, end, len(blocks))
    inside = [b for b in blocks[low:high] if _inside(b, depth, element)]
    cards = _card_blocks(page, inside, depth)
    kept = {
        b.index
        for b in inside
        if b.index not in junk
        and (b.link_density <= _LANDMARK_MAX_LINKS or b.index in cards)
        and not (b.tag == "h1" and b.index < start)
    }
    for block, after in zip(inside, [*inside[1:], None], strict=True):
        if (
            block.index in kept
            and not is_prose(block)
            and (after is None or after.index not in kept)
        ):
            kept.discard(block.index)
    return frozenset(kept)


def _card_blocks(page: Page, inside: Sequence[Block], depth: int) -> frozenset[int]:
    """The blocks of card grids inside the element at ``depth``: three or more entries of
    one shape under one parent, most of them holding two blocks or more (a title and a
    price, a name and a summary). A menu's items hold one link each.

    An element's number is unique on the page and its depth fixed, so each element below
    ``depth`` is looked at once, with the count of blocks it holds and its parent."""
    held: Counter[int] = Counter()
    parents: dict[int, int] = {}
    for block in inside:
        below = block.containers[depth + 1 :]
        held.update(below)
        parents.update(zip(below, block.containers[depth:], strict=False))
    entries: dict[tuple[int, str], list[int]] = {}
    for element in held:
        classed = page.shapes.get(element)
        if classed is not None:
            entries.setdefault((parents[element], shape_of(classed)), []).append(element)
    cards: set[int] = set()
    for members in entries.values():
        full = sum(1 for element in members if held[element] >= 2)
        if len(members) >= _MIN_ENTRIES and 2 * full >= len(members):
            cards.update(members)
    if not cards:
        return frozenset()
    return frozenset(b.index for b in inside if not cards.isdisjoint(b.containers))


def _holds_text(page: Page, junk: Mapping[int, Category]) -> bool:
    """The page holds an unlabelled line of text (not a heading, mostly not links) or the
    linked title of an entry (a heading that is a link): more than a menu's link lists
    under their section headings."""
    return any(
        block.index not in junk
        and (block.link_density < _LINE_MAX_LINKS) != (block.tag in HEADING_TAGS)
        for block in page.blocks
    )


def _line_weights(page: Page, junk: Mapping[int, Category]) -> list[float]:
    """Weights for a page without prose: every unlabelled line brings its letters that are
    not links (a line printed n times 1/n² of them), every labelled line costs."""
    unlinked = _unlinked_letters(page, junk)
    return [
        -_LABELLED_COST if block.index in junk else unlinked[block.index] for block in page.blocks
    ]


def _attached_sentences(
    page: Page, start: int, end: int, junk: Mapping[int, Category]
) -> tuple[int, int]:
    """Widen the run over sentences printed in one paragraph with its first or last line
    (no break between them): a short lede sentence glued to the prose below it is body."""
    blocks = page.blocks

    def sentence(index: int) -> bool:
        block = blocks[index]
        return (
            index not in junk and block.terminal and len(block.letter_words) >= _SENTENCE_MIN_WORDS
        )

    while start > 0 and not blocks[start].paragraph_start and sentence(start - 1):
        start -= 1
    while end < len(blocks) and not blocks[end].paragraph_start and sentence(end):
        end += 1
    return start, end


def _closing_sentence(
    page: Page, start: int, end: int, junk: Mapping[int, Category], after_list: bool
) -> int:
    """Widen the run's end over one short sentence printed right after its last paragraph
    ("I hope you like it.", "We will report again next week."), or ``after_list`` the
    list the run's last sentence announces: an article's closing line. A question, an
    exclamation or a colon there is more often a promo's or a list's."""
    blocks = page.blocks
    if end >= len(blocks) or end in junk or end - start < 2:
        return end
    last, block = blocks[end - 1], blocks[end]
    closing = (
        block.text.rstrip().endswith((".", "…"))
        and len(block.letter_words) >= _CLOSING_MIN_WORDS
        and page.reads_as_prose(block)
        and page.copies[block.index] == 1
        and (is_prose(last) or after_list)
    )
    return end + 1 if closing else end


def _lede_across_toolbar(page: Page, start: int, junk: Mapping[int, Category]) -> int:
    """Widen the run's start over a lede printed above a share bar, a dateline, a comment
    count or a credited caption: a sentence set off from the body only by such lines
    opens the article. A sentence above a bare photo credit is a caption, one above a
    promo button is the promo's."""
    blocks = page.blocks
    while True:
        index = start - 1
        while (
            index >= 0 and start - index <= _TOOLBAR_LINES and _toolbar(page, blocks[index], junk)
        ):
            index -= 1
        if index == start - 1 or index < 0 or index in junk:
            return start
        block = blocks[index]
        lede = is_prose(block) and page.reads_as_prose(block) and page.copies[block.index] == 1
        if not lede:
            return start
        start = index


def _standfirst_under_headline(page: Page, start: int, junk: Mapping[int, Category]) -> int:
    """Widen the run's start over a standfirst: a paragraph printed once, right below a
    title-like line, and set off from the body only by header lines (a byline, a
    dateline, a share bar, a photo credit, words on a button). A title-like line itself
    (a headline ending with a question mark) is no standfirst, nor is a sentence above a
    bare photo credit (a caption) or above a promo's button."""
    blocks = page.blocks
    index = start - 1
    while (
        index >= 0
        and start - index <= _HEADER_LINES
        and not is_prose(blocks[index])
        and _header_line(page, blocks[index], junk)
    ):
        index -= 1
    if index < 0 or index == start - 1 or index in junk or _bare_credit(page, index + 1, junk):
        return start
    standfirst = blocks[index]
    if (
        is_headline_like(standfirst)
        or not is_prose(standfirst)
        or not page.reads_as_prose(standfirst)
        or page.copies[standfirst.index] > 1
    ):
        return start
    above = index - 1
    while above >= 0 and index - above <= _TOOLBAR_LINES and above in junk:
        above -= 1
    titled = above >= 0 and above not in junk and is_headline_like(blocks[above])
    return index if titled else start


def _header_line(page: Page, block: Block, junk: Mapping[int, Category]) -> bool:
    """A line of an article's header: a byline, a dateline, a few words (a button), or a
    labelled line that may stand between a lede and the body (see ``_toolbar``) or a
    photo credit."""
    if block.index in junk:
        return _toolbar(page, block, junk) or junk[block.index] is Category.CREDIT
    return block.word_count <= _HEADER_LINE_WORDS or is_dateline(page, block) or is_byline(block)


def _bare_credit(page: Page, index: int, junk: Mapping[int, Category]) -> bool:
    """A photo credit alone on its line: the sentence above it is the photo's caption."""
    return junk.get(index) is Category.CREDIT and not page.reads_as_prose(page.blocks[index])


def _intro_line(page: Page, start: int, junk: Mapping[int, Category]) -> int:
    """Widen the run's start over the line right above it when that line ends with a colon
    and is printed once ("Das Wichtigste vorab:", "The court's guiding principles:"): it
    introduces the text below it. A label repeated on the page is the page's own."""
    index = start - 1
    if index < 0 or index in junk:
        return start
    block = page.blocks[index]
    introduces = block.text.rstrip().endswith(":") and page.copies[block.index] == 1
    return index if introduces else start


def _toolbar(page: Page, block: Block, junk: Mapping[int, Category]) -> bool:
    """A labelled line that may stand between a lede and the body: a share bar, a
    dateline, a comment count, an advertisement label, or a caption sentence printed with
    its credit (a bare credit follows the caption it credits, so the sentence above it is
    no lede). Other promos are no toolbar: the sentence above "Subscribe" is the promo's."""
    category = junk.get(block.index)
    if category is Category.CREDIT:
        return page.reads_as_prose(block)
    if category is Category.PROMO:
        return covered_by_phrases(block, ("advertisement",), _AD_LABEL_MAX_WORDS)
    return category in _TOOLBAR


def _announces_list(block: Block) -> bool:
    """A line of a few words that announces a list below it ("How it works:", "... the
    following steps:")."""
    return block.text.rstrip().endswith(":") and block.word_count >= _ANNOUNCING_MIN_WORDS


def _announced_list_end(page: Page, end: int, junk: Mapping[int, Category]) -> int:
    """Widen the run's end over the list that its last sentence, or the sentence right
    after it, announces ("The band will play these dates:" and the dates), up to the next
    labelled line or the list's end."""
    blocks = page.blocks
    if end < len(blocks) and end not in junk and _announces_list(blocks[end]):
        end += 1
    elif not (end > 0 and _announces_list(blocks[end - 1])):
        return end
    first = end
    while end < len(blocks) and end not in junk:
        if end > first and not _same_list(page, first, end):
            break
        end += 1
    return end


def _same_list(page: Page, first: int, index: int) -> bool:
    """In text, a list's items follow without a paragraph break; in HTML they sit in the
    same container as its first item."""
    blocks = page.blocks
    if page.is_html:
        return blocks[index].dom_tokens == blocks[first].dom_tokens
    return not blocks[index].paragraph_start


def _discount_lists(page: Page, weights: list[float], junk: Mapping[int, Category]) -> list[float]:
    """Short lines after a sentence that announces them ("... the following:") are the
    items of its list: they cost a fraction of what loose short lines cost."""
    result = list(weights)
    in_list = False
    for block in page.blocks:
        index = block.index
        if index in junk:
            in_list = False
            continue
        if in_list and result[index] < 0:
            result[index] *= _LIST_ITEM_FACTOR
            continue
        in_list = _announces_list(block)
    return result


_NUMBERED = regex.compile(r"(\d{1,3})[.)]\s")
_NUMBER_ALONE = regex.compile(r"(\d{1,3})[.)]\s*+")
_NUMBERED_MIN_ITEMS = 3


def _discount_numbered(weights: list[float], numbered: frozenset[int]) -> list[float]:
    """Lines numbered one after another ("1. ...", "2. ...", "3. ...") are the items of a
    list the author wrote (a ranking, the steps of a method, a table of contents): their
    short lines cost a fraction of what loose short lines cost."""
    return [w * _LIST_ITEM_FACTOR if i in numbered and w < 0 else w for i, w in enumerate(weights)]


def _numbered_items(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """The unlabelled blocks in runs of three or more that open with the numbers n, n+1,
    n+2, ...; a number printed alone on its line ("1.") numbers the block below it, which
    belongs to its item."""
    found: set[int] = set()
    run: list[int] = []
    previous = None
    numbers_next = False  # the block before was a number alone on its line
    for block in page.blocks:
        if numbers_next and block.index not in junk:
            run.append(block.index)
            numbers_next = False
            continue
        match = alone = None
        if block.text[:1].isdecimal() and block.index not in junk:  # both open with a digit
            match = _NUMBERED.match(block.text)
            alone = None if match else _NUMBER_ALONE.fullmatch(block.text)
        match = match or alone
        number = int(match[1]) if match else None
        if number is None or previous is None or number != previous + 1:
            if len(run) >= _NUMBERED_MIN_ITEMS:
                found.update(run)
            run = []
        if number is not None:
            run.append(block.index)
        previous = number
        numbers_next = alone is not None
    if len(run) >= _NUMBERED_MIN_ITEMS:
        found.update(run)
    return frozenset(found)


def _discount_comments(weights: list[float], barriers: frozenset[int]) -> list[float]:
    """Shrink the prose after the first comment heading that follows real prose.

    Comments can hold more text than the article they follow; they must not outweigh it.
    """
    prose = 0.0
    for index, weight in enumerate(weights):
        if index in barriers and prose >= _PROSE_BEFORE_COMMENTS:
            tail = [w * _AFTER_COMMENTS_FACTOR if w > 0 else w for w in weights[index:]]
            return weights[:index] + tail
        prose += max(weight, 0.0)
    return weights


def _discount_listings(weights: list[float], junk: Mapping[int, Category]) -> list[float]:
    """Shrink the prose of a listing that follows real prose: teasers or comments each
    printed with their own date line (a metadata line), recurring every few blocks."""
    dates = sorted(index for index, category in junk.items() if category is Category.METADATA)
    chains: list[list[int]] = []
    for index in dates:
        if chains and index - chains[-1][-1] <= _LISTING_PERIOD:
            chains[-1].append(index)
        else:
            chains.append([index])
    result = list(weights)
    for chain in chains:
        if len(chain) < _LISTING_MIN_ENTRIES:
            continue
        period = chain[1] - chain[0]
        start, end = chain[0], min(len(weights), chain[-1] + period)
        if sum(max(w, 0.0) for w in weights[:start]) < _PROSE_BEFORE_COMMENTS:
            continue
        for index in range(start, end):
            if result[index] > 0:
                result[index] *= _AFTER_COMMENTS_FACTOR
    return result


def _table_blocks(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """The blocks of tables: in text, lines of two or more tab-separated cells, a few of
    them in a row (a table the rendering kept); in HTML, runs of table cells."""
    found: set[int] = set()
    run: list[int] = []
    minimum = _TABLE_MIN_CELLS if page.is_html else _TABLE_MIN_ROWS
    for block in (*page.blocks, None):
        if block is not None and block.index not in junk and _is_table_part(page, block):
            run.append(block.index)
            continue
        if len(run) >= minimum:
            found.update(run)
        run = []
    return frozenset(found)


def _code_blocks(page: Page, junk: Mapping[int, Category]) -> frozenset[int]:
    """HTML: the lines of preformatted code (``<pre>``), which are content however short."""
    if not page.is_html:
        return frozenset()
    return frozenset(b.index for b in page.blocks if b.tag == "pre" and b.index not in junk)


def _is_table_part(page: Page, block: Block) -> bool:
    if page.is_html:
        return block.tag in ("td", "th")
    return "\t" in block.text  # the page builder keeps a tab between a row's cells


def _count_tables(page: Page, weights: list[float], table: frozenset[int]) -> list[float]:
    """A table's rows or cells weigh their letters, as prose does, without the cost of
    short lines: a results table or a price list is content, though its lines are short."""
    return [max(w, page.blocks[i].letters) if i in table else w for i, w in enumerate(weights)]


def _whole_tables(start: int, end: int, table: frozenset[int], size: int) -> tuple[int, int]:
    """Widen the run over the rest of any table it cuts: a table is kept whole or not."""
    while start > 0 and start in table and start - 1 in table:
        start -= 1
    while end < size and end in table and end - 1 in table:
        end += 1
    return start, end


def _run_container(
    page: Page,
    start: int,
    end: int,
    junk: Mapping[int, Category],
    barriers: frozenset[int] = frozenset(),
) -> tuple[int, int, frozenset[int]]:
    """HTML: fit the run to the element that holds its prose; also return the mostly
    linked blocks the run grew over, which are not body (a list of links, a tag line).

    The element is the innermost one around the run's longest paragraph that holds most
    of the run's prose; the run grows inside it, up and down, to the first labelled
    block (a caption or a photo credit with more prose after it in the element does not
    stop it), and ends where the element ends. A lede, an intro line or a last list that
    weighed too little to join the run is kept when the markup puts it in the article's
    element; a box of prose printed after the element (an author's note, the summaries of
    other stories) is not. The head is not cut: a headline or a standfirst often stands
    outside the element that holds the paragraphs."""
    blocks = page.blocks
    prose = [
        block
        for block in blocks[start:end]
        if block.index not in junk and block.word_count >= PROSE_MIN_WORDS
    ]
    if not prose:
        return start, end, frozenset()
    longest = max(prose, key=lambda block: block.letters)
    needed = _CONTAINER_SHARE * sum(block.letters for block in prose)
    for depth in range(len(longest.containers) - 1, _CONTAINER_MIN_DEPTH - 1, -1):
        element = longest.containers[depth]
        held = sum(block.letters for block in prose if _inside(block, depth, element))
        if held >= needed and _holds_a_neighbour(page, longest, depth, element):
            break
    else:
        return start, end, frozenset()

    def prose_after(index: int) -> bool:
        """A paragraph of prose follows the block in the element (a caption or a photo
        credit between two parts of the article does not end it)."""
        for block in islice(blocks, index + 1, None):
            if not _inside(block, depth, element):
                return False
            if block.index not in junk and is_prose(block):
                return True
        return False

    def joins(index: int) -> bool:
        if not _inside(blocks[index], depth, element) or index in barriers:
            return False
        return index not in junk or (junk[index] is Category.CREDIT and prose_after(index))

    run = range(start, end)
    while start > 0 and joins(start - 1):
        start -= 1
    while end < len(blocks) and joins(end):
        end += 1
    while not _inside(blocks[end - 1], depth, element):
        end -= 1
    links = frozenset(
        index
        for index in range(start, end)
        if index not in run and blocks[index].link_density > _CONTAINER_MAX_LINK_DENSITY
    )
    return start, end, links


def _holds_a_neighbour(page: Page, block: Block, depth: int, element: int) -> bool:
    """The element holds a block beside ``block``: it is a container, not the paragraph."""
    neighbours = page.blocks[max(0, block.index - 1) : block.index + 2]
    return any(other is not block and _inside(other, depth, element) for other in neighbours)


def _inside(block: Block, depth: int, element: int) -> bool:
    """The block lies in the element numbered ``element`` at nesting depth ``depth``."""
    return len(block.containers) > depth and block.containers[depth] == element
