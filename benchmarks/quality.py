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
    bow_f1,
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
    page_f1: dict[str, float] = field(default_factory=dict)
    """Per page: WCXB's bag-of-words F1 where there is a gold body, else the snippet F1."""
    wcxb_by_type: dict[str, list[float]] = field(default_factory=dict)


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
    if record.get("gold_body") is not None:
        tally.page_f1[page.id] = bow_f1(record["gold_body"], body)
        if page.source == "wcxb_dev":
            kind = str(record["extra"].get("page_type") or "?")
            tally.wcxb_by_type.setdefault(kind, []).append(tally.page_f1[page.id])
    if record.get("gold_with") is not None and page.source == "trafilatura_eval":
        score = snippet_score(
            body if extraction else None, record["gold_with"], record["gold_without"] or []
        )
        tally.snippets += score
        if record.get("gold_body") is None:
            tally.page_f1[page.id] = score.f1 if score.tp + score.fp + score.fn else 1.0
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


LOST_BELOW = 0.3
PEER_GOOD = 0.8
LOST_REFERENCES = ("trafilatura", "readability-lxml")


def lost_pages(tallies: dict[str, _Tally], system: str) -> list[str] | None:
    """Pages whose body is wrong as a whole: the system's page F1 under 0.3 while
    trafilatura or readability reach 0.8 on it. None when neither peer ran."""
    references = [tallies[name] for name in LOST_REFERENCES if name in tallies]
    if not references:
        return None
    return sorted(
        page_id
        for page_id, f1 in tallies[system].page_f1.items()
        if f1 < LOST_BELOW and any(r.page_f1.get(page_id, 0.0) >= PEER_GOOD for r in references)
    )


def _source_of(page_id: str) -> str:
    return page_id.split("/", 1)[0]


def render_lost(tallies: dict[str, _Tally]) -> str:
    """Lost pages per source, as a count and a share of the source's scored pages."""
    sources = sorted({_source_of(i) for tally in tallies.values() for i in tally.page_f1})
    lines = [
        f"lost pages (page F1 < {LOST_BELOW} while {' or '.join(LOST_REFERENCES)} "
        f"reach {PEER_GOOD}), by source",
        "",
        "| system | " + " | ".join(sources) + " |",
        "|---|" + "---|" * len(sources),
    ]
    for system, tally in tallies.items():
        lost = lost_pages(tallies, system)
        if lost is None:
            return ""
        cells = []
        for source in sources:
            scored = sum(1 for i in tally.page_f1 if _source_of(i) == source)
            count = sum(1 for i in lost if _source_of(i) == source)
            cells.append(f"{count} ({100 * count / scored:.1f}%)" if scored else "–")
        lines.append(f"| {system} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


_TYPE_ORDER = ("article", "forum", "product", "collection", "listing", "documentation", "service")


def render_page_types(tallies: dict[str, _Tally]) -> str:
    """wcxb_dev bag-of-words F1 by page type (mean of the page F1s)."""
    kinds = [k for k in _TYPE_ORDER if any(k in t.wcxb_by_type for t in tallies.values())]
    kinds += sorted({k for t in tallies.values() for k in t.wcxb_by_type} - set(kinds))
    if not kinds:
        return ""
    sizes = {k: max(len(t.wcxb_by_type.get(k, [])) for t in tallies.values()) for k in kinds}
    header = ["system", "all", *(f"{k} ({sizes[k]})" for k in kinds)]
    lines = [
        "wcxb_dev bag-of-words F1 by page type",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for system, tally in tallies.items():
        every = [f1 for scores in tally.wcxb_by_type.values() for f1 in scores]
        cells = [system, _cell(_mean(every))]
        cells += [_cell(_mean(tally.wcxb_by_type.get(k, []))) for k in kinds]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _save(out: Path, page: Page, outcome: Outcome, page_f1: float | None) -> None:
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
                "page_f1": page_f1,
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
    PolNeAR F1: the AEB metric on already-clean articles (should stay near 1). WCXB F1:
    bag-of-words F1 on wcxb_dev, mean of the pages. Lost: pages whose body is wrong as a
    whole (see ``lost_pages``), of all pages with a page score.
    """
    lines = [
        f"mode: {mode}",
        "",
        "| system | AEB P | AEB R | AEB F1 (±) | traf-eval P | traf-eval R | traf-eval F1 "
        "| headline acc | date acc | PolNeAR F1 | WCXB F1 | lost | errors |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for system, tally in tallies.items():
        aeb = aeb_score(tally.aeb, bootstrap) if tally.aeb else None
        clean = aeb_score(tally.clean_text, 0) if tally.clean_text else None
        snippets = tally.snippets if tally.snippets.tp + tally.snippets.fn else None
        wcxb = [f1 for scores in tally.wcxb_by_type.values() for f1 in scores]
        lost = lost_pages(tallies, system)
        lost_cell = (
            f"{len(lost)} ({100 * len(lost) / len(tally.page_f1):.1f}%)"
            if lost is not None and tally.page_f1
            else "–"
        )
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
                    _cell(_mean(wcxb)),
                    lost_cell,
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
        _save(out, page, outcome, tallies[outcome.system].page_f1.get(page.id))
    for system in tallies:
        lost = lost_pages(tallies, system)
        if lost is not None:
            (out / f"lost-{system}.txt").write_text("".join(f"{i}\n" for i in lost))
    parts = [render_table(tallies, mode, bootstrap), render_page_types(tallies)]
    parts.append(render_lost(tallies))
    if by_language:
        parts.append(render_languages(tallies))
    return "\n\n".join(part for part in parts if part)
