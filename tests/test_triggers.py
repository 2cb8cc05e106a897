"""The cheap first tests that let rules pass over most blocks (speed, #33) must never
pass over a line a rule's patterns catch: lines at the edges of those tests."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest

from articlecleaner import Category, Context, Label, Rule
from articlecleaner._html import shorten_long_tags
from articlecleaner._lexicon import all_phrases
from articlecleaner._page import Page, blocks_from_text, build_page
from articlecleaner._text import letter_words
from articlecleaner.rules._phrases import blocks_covered_by_phrases, covered_by_phrases
from articlecleaner.rules.comments import CommentAuthorLine, CommentSection
from articlecleaner.rules.cookie import CookieBanner
from articlecleaner.rules.credit import PhotoCredit
from articlecleaner.rules.footer import CopyrightLine
from articlecleaner.rules.forms import FormText
from articlecleaner.rules.navigation import Breadcrumb
from articlecleaner.rules.notices import ScriptNotice
from articlecleaner.rules.promo import AppPromo, PromoCall, SitePointer
from articlecleaner.rules.switcher import LanguageSwitcher
from articlecleaner.rules.teaser import MarkedTeaser, ReadMoreTeaser
from tests.test_rules import labelled


def _page(lines: list[str]) -> Page:
    text = "\n\n".join(lines)
    return build_page(text, blocks_from_text(text)[0])


def test_folded_text_drops_the_dot_a_capital_dotted_i_leaves() -> None:
    page = _page(["WEİTERE Straße", "Plain"])
    assert page.folded == ("weitere strasse", "plain")


def test_copies_count_each_text_case_folded() -> None:
    page = _page(["Read more", "Body text here.", "READ MORE", "Straße", "STRASSE", "Once"])
    assert page.copies == (2, 1, 2, 2, 2, 1)


def test_blocks_containing_finds_every_block_once() -> None:
    page = _page(["cookie and cookie", "nothing here", "Cookies", "last COOKIE"])
    assert page.blocks_containing(["cookie"]) == {0, 2, 3}
    assert page.blocks_containing(["here", "last"]) == {1, 3}
    assert page.blocks_containing(["absent"]) == set()


def test_shared_work_is_done_once_per_page() -> None:
    page = _page(["One line"])
    calls: list[int] = []

    def count(_: object) -> int:
        calls.append(1)
        return len(calls)

    assert page.shared("count", count) == 1
    assert page.shared("count", count) == 1
    assert calls == [1]


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        # a reading time first: its unit is the first word, and none of the last is
        # a read-more word
        (ReadMoreTeaser, "5 min Read more 1 min 2 min 3 min 4 min"),
        # a capital dotted I: the pattern matches it as "i", the words keep a dot
        (ReadMoreTeaser, "WEİTERE BEİTRÄGE ÜBER KLIMA ENERGIE POLITIK WETTER"),
        # the link word is the line's last
        (ReadMoreTeaser, "The minister said on Tuesday. [Read more]"),
        (ReadMoreTeaser, ">> Another story here <<"),
        (PhotoCredit, "Figure 2: The harbour at dawn in March"),
        (PhotoCredit, "The harbour at dawn (REUTERS/Jane Roe)"),
        (PhotoCredit, "(c) Jane Roe / dpa"),
        # an agency after "via", with a capital dotted I, or after a bar
        (PhotoCredit, "The harbour at dawn VİA Reuters"),
        (PhotoCredit, "The harbour at dawn | AFP"),
        (PhotoCredit, "Image 3 of 13"),
        (CookieBanner, "Click to load the content"),
        (ScriptNotice, "Bitte JAVASCRIPT aktivieren"),
        (MarkedTeaser, "Plane passengers quarantined after the outbreak (VIDEO)"),
        (CopyrightLine, "Content under CC BY-SA 4.0"),
        (PromoCall, "Visit our Webshop"),
        (PromoCall, "Follow The Daily Planet on Twitter"),
        # a disclosure: too long for a call, its words in capitals
        (
            PromoCall,
            "Please note that this post about the new cameras and lenses of the season "
            "CONTAINS AFFILIATE LINKS to the shops that sell them.",
        ),
        (PromoCall, "Dieser Beitrag über die neuen Kameras und Objektive enthält Werbung"),
        (AppPromo, "News App"),
        (SitePointer, "Mehr zum Thema auf example.de"),
        (Breadcrumb, "Home > World > Europe"),
        (FormText, "• I agree to the terms and the privacy policy"),
        (LanguageSwitcher, "EN | DE | FR"),
        (LanguageSwitcher, "العربيةespрусdefr"),
    ],
)
def test_a_line_at_the_edge_of_a_first_test_is_still_caught(rule: type[Rule], line: str) -> None:
    assert labelled(rule, [line]) == [line]


def _summary_links() -> list[str]:
    """Every read-more phrase short enough to be a teaser summary's link."""
    return sorted(
        phrase
        for phrase in all_phrases()["read_more"]
        if len(letter_words(phrase)) <= 4
        and len(phrase) <= 40
        and not set(phrase) & set(".!?…[]()")
    )


@pytest.mark.parametrize("link", _summary_links())
def test_a_summary_ending_with_any_read_more_phrase_is_caught(link: str) -> None:
    """The first test passes a line whose last word ends a read-more phrase: every
    phrase's last word must be among the words it looks for."""
    line = f"The minister said on Tuesday that the harbour opens again. {link}"
    assert labelled(ReadMoreTeaser, [line]) == [line]


def test_a_hyphenated_copyright_word_is_no_notice() -> None:
    line = "Animals: 1,419 Copyright-Free Illustrations by Jim Harter"
    assert labelled(CopyrightLine, [line]) == []


def test_comment_headings_serve_both_comment_rules() -> None:
    lines = ["34 Comments", "jane says:", "A reply of a reader."]
    assert labelled(CommentSection, lines) == ["34 Comments"]
    assert labelled(CommentAuthorLine, lines) == ["jane says:"]


def test_a_plugin_rule_can_use_the_page_level_tests() -> None:
    """The fast form of a rule that "Writing a rule" shows."""

    class ContinuesBelow(Rule):
        """Markers left where an advertisement was.

        What it catches: "Story continues below advertisement".
        Why: they are not part of the article.
        Example: ``Story continues below advertisement``
        """

        code = "CR001"
        name = "continues-below-marker"
        category = Category.PROMO

        def label(self, page: Page, context: Context) -> Iterator[Label]:
            for index in sorted(page.blocks_containing(("continues below",))):
                if page.folded[index].startswith("story continues below"):
                    yield self.hit(index, "marker left where an advertisement was")

    lines = ["STORY CONTINUES BELOW ADVERTISEMENT", "The story continues below the bridge."]
    assert labelled(ContinuesBelow, lines) == ["STORY CONTINUES BELOW ADVERTISEMENT"]


@pytest.mark.parametrize(
    ("markup", "shortened"),
    [
        ('<div class="' + "x" * 40 + '">text</div>', 1),  # over the limit: cut to its name
        ('<div class="' + "x" * 10 + '">text</div>', 0),  # under it
        ("<p>" + "y" * 60 + "</p>", 0),  # long text between tags is no tag
        ('<div data="' + "z" * 40 + "<b>text</b>", 0),  # a tag never closed is left alone
    ],
)
def test_only_a_start_tag_longer_than_the_limit_is_shortened(markup: str, shortened: int) -> None:
    text, count = shorten_long_tags(markup, 30)
    assert count == shortened
    assert (text == markup) is (shortened == 0)


def test_long_tags_are_found_where_the_pattern_finds_them() -> None:
    """The scan looks only at every ``limit + 1``-th character; it must shorten exactly
    the tags the pattern that defines a tag too long matches, and give the same names."""
    import random

    import regex

    rng = random.Random(33)
    for _ in range(20_000):
        limit = rng.randint(1, 12)
        markup = "".join(
            rng.choice("<>a-:1 é\n") if rng.random() < 0.3 else rng.choice("abc")
            for _ in range(rng.randint(0, 80))
        )
        pattern = regex.compile(rf"<([A-Za-z][A-Za-z0-9:-]{{0,30}})[^<>]{{{limit},}}+>")
        expected = pattern.subn(lambda match: f"<{match.group(1)}>", markup)
        assert shorten_long_tags(markup, limit) == expected, (markup, limit)


def test_the_page_loop_finds_the_blocks_each_line_test_finds() -> None:
    """``blocks_covered_by_phrases`` passes over blocks by cheap tests first; it must keep
    every block that ``covered_by_phrases`` accepts, of every kind and length bound."""
    phrases = all_phrases()
    lines = [phrase[:1].upper() + phrase[1:] for kind in phrases for phrase in phrases[kind]]
    lines += [f"{first} {second}" for first, second in pairwise(lines)]
    lines += ["Share this story, and read on.", "", "12 34", "Home Home Home Home Home Home"]
    page = _page(lines)
    for kind in phrases:
        for kinds in ((kind,), (kind, "share"), (kind, "cookie")):
            for max_words in (1, 2, 6, 12):
                expected = [b for b in page.blocks if covered_by_phrases(b, kinds, max_words)]
                assert list(blocks_covered_by_phrases(page, kinds, max_words)) == expected
                assert expected or max_words < 2, kinds
