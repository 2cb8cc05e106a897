"""The public entry points: ``clean()`` and the reusable ``Cleaner``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from ._lexicon import quote_cues
from ._limits import DEFAULT_LIMITS, Limits
from ._models import Article, Removal
from ._page import Block, Page
from ._plugins import discover_plugins
from ._reader import read_page
from ._rule import Rule
from ._selection import resolve_rules
from ._settle import Verdict, settle
from .fields import assemble
from .fields.page_dates import page_dates
from .fields.quotes import find_quotes
from .fields.structure import body_blocks
from .rules import BUILTIN_RULES

Prefixes = Iterable[str] | str | None
BUILTIN_ORIGIN = "articlecleaner"


@dataclass(frozen=True)
class AnnotatedBlock:
    """One block of the page in reading order, with its removal (None when kept)."""

    block: Block
    removal: Removal | None


def available_rules(
    extra_rules: Sequence[type[Rule]] = (), *, plugins: bool = True
) -> dict[type[Rule], str]:
    """Every known rule class and its origin: built-in, a plugin's distribution, or in-process."""
    origins: dict[type[Rule], str] = dict.fromkeys(BUILTIN_RULES, BUILTIN_ORIGIN)
    if plugins:
        for plugin in discover_plugins():
            origins.update(dict.fromkeys(plugin.rules, plugin.distribution))
    origins.update(dict.fromkeys(extra_rules, "in-process"))
    return origins


class Cleaner:
    """A resolved rule set, reusable across pages and threads.

    ``select``/``ignore`` take rule-code prefixes ("AC3", "AC401"); the longest match wins.
    ``extra_rules`` adds Rule classes in-process, next to the built-in ones and those of
    installed plugins (``plugins=False`` leaves plugins out). ``limits`` bounds the work
    done on one page; every cut it makes is reported in ``Article.warnings``.
    """

    def __init__(
        self,
        *,
        select: Prefixes = None,
        ignore: Prefixes = None,
        extra_rules: Sequence[type[Rule]] = (),
        plugins: bool = True,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.limits = limits
        self.origins = available_rules(extra_rules, plugins=plugins)
        rule_classes = resolve_rules(tuple(self.origins), select, ignore)
        self.rules: tuple[Rule, ...] = tuple(rule() for rule in rule_classes)

    def page(self, raw: str | bytes, *, language: str | None = None) -> tuple[Page, list[str]]:
        """Decode and split the input into a Page; also return the warnings raised doing so."""
        return read_page(raw, self.limits, language)

    def _run(self, raw: str | bytes, language: str | None) -> tuple[Page, Verdict, list[str]]:
        page, warnings = self.page(raw, language=language)
        return page, settle(page, self.rules), warnings

    def clean(
        self,
        raw: str | bytes,
        *,
        explain: bool = False,
        language: str | None = None,
        reference_time: datetime | None = None,
        url: str | None = None,
    ) -> Article:
        """Clean one page (raw text or HTML source) into an Article.

        ``reference_time`` is when the page was fetched: relative dates ("2 hours ago")
        are resolved against it and no date after it is taken. ``url`` is the page's
        address, whose path may carry the publication date (``/2021/12/15/``); the
        body's links are made absolute against it.
        """
        page, verdict, warnings = self._run(raw, language)
        if not page.blocks:
            return Article(language=page.language, warnings=[*warnings, "the input is empty"])
        paragraphs = assemble.paragraphs(page, verdict)
        body, starts = assemble.body(page, verdict)
        if not paragraphs:
            warnings.append("no main content found")
        if verdict.markup_distrusted:
            warnings.append("class names and tags left no content; they were ignored")
        dates = page_dates(page, verdict, reference_time, url)
        warnings.extend(dates.warnings)
        return Article(
            headline=assemble.headline(page, verdict),
            published=dates.published,
            updated=dates.updated,
            authors=assemble.authors(page, verdict),
            body=body,
            paragraphs=paragraphs,
            blocks=body_blocks(page, verdict.kept, url),
            quotes=find_quotes(paragraphs, quote_cues(page.language), starts),
            language=page.language,
            warnings=warnings,
            removed=list(assemble.removals(page, verdict).values()) if explain else [],
        )

    def annotate(self, raw: str | bytes, *, language: str | None = None) -> list[AnnotatedBlock]:
        """Every block of the page in order, each with the Removal that dropped it, if any."""
        page, verdict, _ = self._run(raw, language)
        removals = assemble.removals(page, verdict)
        return [AnnotatedBlock(block, removals.get(block.index)) for block in page.blocks]


@cache
def _default_cleaner() -> Cleaner:
    return Cleaner()


def clean(
    raw: str | bytes,
    *,
    explain: bool = False,
    select: Prefixes = None,
    ignore: Prefixes = None,
    language: str | None = None,
    reference_time: datetime | None = None,
    url: str | None = None,
) -> Article:
    """Clean one page's raw text or HTML source into an Article.

    ``explain=True`` fills ``Article.removed`` with every dropped piece and its rule.
    ``language`` overrides the detected language; ``reference_time`` (when the page was
    fetched) resolves relative dates such as "2 hours ago" and rules out later dates;
    ``url`` (the page's address) may give the publication date in its path.
    Without ``select``/``ignore`` one default Cleaner is built on first use and reused, so
    plugins installed later in the same process need a new ``Cleaner()``.
    """
    cleaner = (
        _default_cleaner()
        if select is None and ignore is None
        else Cleaner(select=select, ignore=ignore)
    )
    return cleaner.clean(
        raw, explain=explain, language=language, reference_time=reference_time, url=url
    )
