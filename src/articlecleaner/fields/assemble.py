"""Turn a settled page into the Article's fields."""

from __future__ import annotations

from datetime import datetime

from .._models import Removal
from .._page import Page
from .._settle import Verdict
from ..rules.metadata import Byline, Dateline, HeadlineLine, byline_names
from .dates import find_date


def _blocks_of(verdict: Verdict, code: str) -> list[int]:
    return sorted(
        index
        for index, found in verdict.labels.items()
        if any(rule.code == code for rule, _ in found)
    )


def headline(page: Page, verdict: Verdict) -> str | None:
    """The text of the first block labelled as the headline."""
    found = _blocks_of(verdict, HeadlineLine.code)
    return page.blocks[found[0]].text if found else None


def published(page: Page, verdict: Verdict) -> datetime | None:
    """The date of the first dateline."""
    for index in _blocks_of(verdict, Dateline.code):
        found = find_date(page.blocks[index].text)
        if found:
            return found[0]
    return None


def authors(page: Page, verdict: Verdict) -> list[str]:
    """Names from the byline lines, in order, without repeats."""
    names: list[str] = []
    for index in _blocks_of(verdict, Byline.code):
        names.extend(n for n in byline_names(page.blocks[index].text) if n not in names)
    return names


def paragraphs(page: Page, verdict: Verdict) -> list[str]:
    """The kept blocks' texts, in page order."""
    return [page.blocks[index].text for index in verdict.kept]


def removals(page: Page, verdict: Verdict) -> list[Removal]:
    """One Removal per removed block, in page order."""
    result = []
    for index in sorted(verdict.removed):
        rule, label = verdict.removed[index]
        block = page.blocks[index]
        result.append(
            Removal(
                code=rule.code,
                rule=rule.name,
                category=rule.category.value,
                reason=label.reason,
                text=block.text,
                span=(block.start, block.end),
            )
        )
    return result
