"""The original example page must come out perfect."""

from __future__ import annotations

from datetime import datetime

from articlecleaner import clean

EXPECTED_STARTS = (
    "Russian President Vladimir Putin could hold a new round of talks",
    "“There is such a possibility,” spokesman Dmitry Peskov told journalists",
    "Peskov added that there have been no “specific arrangements” made, however.",
    "Earlier on Wednesday, Biden said more personal talks with Putin",
    "The two leaders held a discussion, via video link, on December 7",
    "Putin and Biden discussed the Ukrainian conflict, NATO’s expansion",
)


def test_headline_and_date(seed_text: str) -> None:
    article = clean(seed_text)
    assert article.headline == "Kremlin reveals when Putin and Biden might meet again"
    assert article.published == datetime(2021, 12, 15, 21, 32)
    assert article.updated is None
    assert article.authors == []
    assert article.language == "en"


def test_body_is_exactly_the_lede_and_five_paragraphs(seed_text: str) -> None:
    article = clean(seed_text)
    assert len(article.paragraphs) == len(EXPECTED_STARTS)
    for paragraph, start in zip(article.paragraphs, EXPECTED_STARTS, strict=True):
        assert paragraph.startswith(start)
        assert paragraph in " ".join(seed_text.split())
    assert article.body == "\n\n".join(article.paragraphs)
    assert article.warnings == []


def test_explain_accounts_for_every_other_line(seed_text: str) -> None:
    article = clean(seed_text, explain=True)
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    removed_texts = [removal.text for removal in article.removed]
    assert len(removed_texts) + len(article.paragraphs) == len(lines)
    assert set(removed_texts).isdisjoint(article.paragraphs)
    codes = {removal.text: removal.code for removal in article.removed}
    assert codes["Get short URL"] == "AC201"
    assert codes["Read more"] == "AC301"
    assert codes["©  Sputnik / Sergey Guneev".replace("  ", " ")] == "AC401"
    assert codes["العربيةespрусdefr"] == "AC601"
    assert codes["Accept cookies"] == "AC701"
    assert codes["HomeRussia & Former Soviet Union"] == "AC102"
    for removal in article.removed:
        start, end = removal.span
        assert removal.text in " ".join(seed_text[start:end].split())
        assert removal.reason and removal.rule and removal.category


def test_without_explain_nothing_is_listed(seed_text: str) -> None:
    assert clean(seed_text).removed == []
