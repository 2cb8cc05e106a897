"""``python -m benchmarks quality``: every system's scores on the same pages, one table."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Page
from .metrics import (
    DateScore,
    SnippetScore,
    aeb_score,
    date_score,
    headline_match,
    snippet_score,
)
from .runner import Outcome, run_all

_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass
class _Tally:
    aeb: list[tuple[str, str]] = field(default_factory=list)
    clean_text: list[tuple[str, str]] = field(default_factory=list)
    snippets: SnippetScore = field(default_factory=SnippetScore)
    titles: list[bool] = field(default_factory=list)
    dates: DateScore = field(default_factory=DateScore)
    errors: int = 0
    seconds: float = 0.0
    snippets_by_language: dict[str, SnippetScore] = field(default_factory=dict)


def _add(tally: _Tally, page: Page, outcome: Outcome) -> None:
    record = page.record
    extraction = outcome.extraction
    body = extraction.body if extraction else ""
    tally.errors += outcome.error is not None
    tally.seconds += outcome.seconds
    if page.source == "scrapinghub_aeb":
        tally.aeb.append((record["gold_body"] or "", body))
    elif page.source == "polnear":
        tally.clean_text.append((record["gold_body"] or "", body))
    if record.get("gold_with") is not None:
        score = snippet_score(
            body if extraction else None, record["gold_with"], record["gold_without"] or []
        )
        tally.snippets += score
        group = page_language(page)
        tally.snippets_by_language[group] = (
            tally.snippets_by_language.get(group, SnippetScore()) + score
        )
    if record.get("gold_title") and page.source == "trafilatura_eval":
        tally.titles.append(
            headline_match(extraction.title if extraction else None, record["gold_title"])
        )
    if record.get("gold_date") and page.source == "trafilatura_eval":
        tally.dates += date_score(extraction.date if extraction else None, record["gold_date"])


_LANGUAGES: dict[str, str] = {}


def page_language(page: Page) -> str:
    """The page's language as articlecleaner detects it on the text rendering ("?" if none);
    the same for every system, so the per-language rows compare like with like."""
    if page.id not in _LANGUAGES:
        from articlecleaner._language import detect_language

        text = page.read("text")
        _LANGUAGES[page.id] = detect_language(text.splitlines()) or "?"
    return _LANGUAGES[page.id]


def render_languages(tallies: dict[str, _Tally]) -> str:
    """traf-eval snippet F1 per page language: English, all others, and each language."""
    sizes: dict[str, int] = {}
    for tally in tallies.values():
        for lang, score in tally.snippets_by_language.items():
            sizes[lang] = max(sizes.get(lang, 0), score.tp + score.fn)
    languages = sorted(sizes, key=lambda lang: (-sizes[lang], lang))
    header = ["system", "en", "non-en", *languages]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for system, tally in tallies.items():
        by = tally.snippets_by_language
        others = SnippetScore()
        for lang, score in by.items():
            if lang != "en":
                others += score
        cells = [system, _cell(by.get("en", SnippetScore()).f1), _cell(others.f1)]
        cells += [_cell(by[lang].f1) if lang in by else "–" for lang in languages]
        lines.append("| " + " | ".join(cells) + " |")
    counts = ", ".join(f"{lang} {sizes[lang]}" for lang in languages)
    return "\n".join(
        [f"traf-eval snippet F1 by page language (`with` snippets: {counts})", "", *lines]
    )


def _save(out: Path, page: Page, outcome: Outcome) -> None:
    folder = out / outcome.system
    folder.mkdir(parents=True, exist_ok=True)
    extraction = outcome.extraction
    (folder / f"{_UNSAFE.sub('_', page.id)}.json").write_text(
        json.dumps(
            {
                "id": page.id,
                "error": outcome.error,
                "title": extraction.title if extraction else None,
                "date": extraction.date if extraction else None,
                "body": extraction.body if extraction else None,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def render_table(tallies: dict[str, _Tally], mode: str, bootstrap: int) -> str:
    """The markdown table: one row per system.

    AEB: ScrapingHub shingle metric. traf-eval: trafilatura snippet metric. Headline and
    date accuracy: trafilatura-eval pages with that gold field (exact headline, same day).
    PolNeAR F1: the AEB metric on already-clean articles (should stay near 1).
    """
    lines = [
        f"mode: {mode}",
        "",
        "| system | AEB P | AEB R | AEB F1 (±) | traf-eval P | traf-eval R | traf-eval F1 "
        "| headline acc | date acc | PolNeAR F1 | errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for system, tally in tallies.items():
        aeb = aeb_score(tally.aeb, bootstrap) if tally.aeb else None
        clean = aeb_score(tally.clean_text, 0) if tally.clean_text else None
        snippets = tally.snippets if tally.snippets.tp + tally.snippets.fn else None
        lines.append(
            "| "
            + " | ".join(
                [
                    system,
                    _cell(aeb.precision if aeb else None),
                    _cell(aeb.recall if aeb else None),
                    f"{aeb.f1:.3f} ± {aeb.f1_spread:.3f}" if aeb else "–",
                    _cell(snippets.precision if snippets else None),
                    _cell(snippets.recall if snippets else None),
                    _cell(snippets.f1 if snippets else None),
                    _cell(sum(tally.titles) / len(tally.titles) if tally.titles else None),
                    _cell(
                        tally.dates.accuracy
                        if tally.dates.tp + tally.dates.fp + tally.dates.fn
                        else None
                    ),
                    _cell(clean.f1 if clean else None),
                    str(tally.errors),
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def run_quality(
    pages: Sequence[Page],
    systems: Sequence[str],
    mode: str,
    jobs: int,
    timeout: float,
    out: Path,
    bootstrap: int,
    by_language: bool = False,
) -> str:
    """Run every system on every page, save per-page outputs, return the table (and the
    per-language traf-eval table when ``by_language``)."""
    by_id = {page.id: page for page in pages}
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for system in systems:
        tallies[system] = _Tally()
    for outcome in run_all(systems, pages, mode, jobs, timeout):
        page = by_id[outcome.page_id]
        _add(tallies[outcome.system], page, outcome)
        _save(out, page, outcome)
    table = render_table(tallies, mode, bootstrap)
    return f"{table}\n\n{render_languages(tallies)}" if by_language else table
