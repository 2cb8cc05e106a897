"""``python -m benchmarks quotes``: direct quotes and speakers on PolNeAR, beside textacy.

Gold: the PolNeAR attributions whose content is in quotation marks (the corpus field
``derived_has_quote_marks``). A prediction matches a gold quote when at least half of the
shorter one's words are shared; matching is one-to-one, best overlap first. Speaker
accuracy is over matched quotes whose gold source names someone (has a capitalised word
other than a pronoun): right when the surname of one appears in the other.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .corpus import Page

_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset("he she they i we it you".split())

Prediction = tuple[str, str | None]  # (quote text, speaker)


@dataclass
class QuoteTally:
    """Counts over pages for one system."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speakers_checked: int = 0
    speakers_right: int = 0
    articles: int = 0
    abandoned: int = 0
    seconds: float = 0.0


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    shorter = min(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / shorter if shorter else 0.0


def _surname(text: str) -> str | None:
    names = [
        w
        for w in re.findall(r"[^\W\d_][\w'’.-]*", text)
        if w[0].isupper() and w.casefold() not in _PRONOUNS and w.casefold() != "the"
    ]
    return names[-1].casefold().rstrip(".") if names else None


def _speaker_right(predicted: str | None, gold_source: str) -> bool:
    gold = _surname(gold_source)
    ours = _surname(predicted or "")
    if gold is None or ours is None:
        return False
    return gold in (predicted or "").casefold() or ours in gold_source.casefold()


def gold_quotes(page: Page, text: str) -> list[tuple[str, str | None]]:
    """(content, source) of the page's direct-quote attributions."""
    found = []
    for item in page.record.get("gold_quotes") or []:
        if not item.get("derived_has_quote_marks") or not item.get("content"):
            continue
        content = " ".join(text[a:b] for a, b in item["content"]["spans"])
        source = (
            " ".join(text[a:b] for a, b in item["source"]["spans"]) if item.get("source") else None
        )
        found.append((content, source))
    return found


def score_page(
    tally: QuoteTally, predicted: Sequence[Prediction], gold: Sequence[tuple[str, str | None]]
) -> None:
    """Add one article's matches to the tally."""
    tally.predicted += len(predicted)
    tally.gold += len(gold)
    pairs = sorted(
        ((_overlap(p[0], g[0]), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for overlap, i, j in pairs:
        if overlap < 0.5:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        tally.matched += 1
        source = gold[j][1]
        if source and _surname(source):
            tally.speakers_checked += 1
            tally.speakers_right += _speaker_right(predicted[i][1], source)


def run_articlecleaner(text: str) -> list[Prediction]:
    from articlecleaner import clean

    return [(q.text, q.speaker) for q in clean(text).quotes]


def run_textacy(text: str) -> list[Prediction]:
    from textacy.extract.triples import direct_quotations

    nlp = _spacy_model()
    found: list[Prediction] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        doc = nlp(paragraph)
        try:
            for triple in direct_quotations(doc):
                speaker = " ".join(token.text for token in triple.speaker)
                found.append((" ".join(token.text for token in triple.content), speaker))
        except ValueError:
            continue  # textacy gives up on a paragraph with unbalanced marks
    return found


_MODEL: list[Any] = []


def _spacy_model() -> Any:
    """The first installed English spaCy pipeline (en_core_web_*), loaded once."""
    if not _MODEL:
        import spacy
        import spacy.util

        names = sorted(n for n in spacy.util.get_installed_models() if n.startswith("en_core_web"))
        if not names:
            raise RuntimeError("textacy needs an English spaCy model (en_core_web_*)")
        _MODEL.append(spacy.load(names[0]))
    return _MODEL[0]


QUOTE_SYSTEMS: dict[str, Callable[[str], list[Prediction]]] = {
    "articlecleaner": run_articlecleaner,
    "textacy": run_textacy,
}


def quote_step_rate(pages: Sequence[Page]) -> float:
    """Articles per second of articlecleaner's quote step alone, on already cleaned bodies."""
    from articlecleaner import clean
    from articlecleaner._lexicon import quote_cues
    from articlecleaner.fields.quotes import find_quotes

    articles = [clean(page.read("text")) for page in pages]
    started = time.perf_counter()
    for article in articles:
        find_quotes(article.paragraphs, quote_cues(article.language))
    seconds = time.perf_counter() - started
    return len(articles) / seconds if seconds else 0.0


def run_quotes(pages: Sequence[Page], systems: Sequence[str]) -> str:
    """Score each system on every page; the markdown table."""
    rows = []
    for system in systems:
        tally = QuoteTally()
        run = QUOTE_SYSTEMS[system]
        for page in pages:
            text = page.read("text")
            tally.articles += 1
            started = time.perf_counter()
            try:
                predicted = run(text)
            except Exception:  # a crash abandons the article: nothing predicted
                predicted = []
                tally.abandoned += 1
            tally.seconds += time.perf_counter() - started
            score_page(tally, predicted, gold_quotes(page, text))
        precision = tally.matched / tally.predicted if tally.predicted else 0.0
        recall = tally.matched / tally.gold if tally.gold else 0.0
        speaker = tally.speakers_right / tally.speakers_checked if tally.speakers_checked else 0.0
        rows.append(
            f"| {system} | {precision:.3f} | {recall:.3f} | {speaker:.3f} "
            f"({tally.speakers_checked}) | {tally.predicted} / {tally.gold} | {tally.abandoned} "
            f"| {tally.articles / tally.seconds if tally.seconds else 0:.1f} |"
        )
    step = (
        [
            "",
            "articlecleaner's quote step alone, on the bodies clean() returned: "
            f"{quote_step_rate(pages):.0f} articles/s",
        ]
        if "articlecleaner" in systems
        else []
    )
    return "\n".join(
        [
            f"{len(pages)} articles",
            "",
            "| system | precision | recall | speaker acc (n) | predicted / gold | abandoned "
            "| articles/s |",
            "|---|---|---|---|---|---|---|",
            *rows,
            *step,
        ]
    )
