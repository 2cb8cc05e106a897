"""The public entry points: ``clean()`` and the reusable ``Cleaner``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from lxml import etree

from ._errors import InputError
from ._html import html_blocks, looks_like_html, metadata, parse, to_blocks
from ._models import Article
from ._page import Page, blocks_from_text, build_page
from ._rule import Rule
from ._selection import resolve_rules
from ._settle import settle
from ._text import decode
from .fields import assemble
from .rules import BUILTIN_RULES

Prefixes = Iterable[str] | str | None


class Cleaner:
    """A resolved rule set, reusable across pages and threads.

    ``select``/``ignore`` take rule-code prefixes ("AC3", "AC401"); the longest match wins.
    ``extra_rules`` adds Rule classes in-process, next to the built-in ones.
    """

    def __init__(
        self,
        *,
        select: Prefixes = None,
        ignore: Prefixes = None,
        extra_rules: Sequence[type[Rule]] = (),
    ) -> None:
        rule_classes = resolve_rules((*BUILTIN_RULES, *extra_rules), select, ignore)
        self.rules: tuple[Rule, ...] = tuple(rule() for rule in rule_classes)

    def page(self, raw: str | bytes, *, language: str | None = None) -> tuple[Page, list[str]]:
        """Decode and split the input into a Page; also return the warnings raised doing so."""
        if raw is None or not isinstance(raw, (str, bytes, bytearray, memoryview)):
            raise InputError(f"clean() takes str or bytes, not {type(raw).__name__}")
        warnings: list[str] = []
        text = decode(raw, warnings)
        if looks_like_html(text):
            try:
                root = parse(text)
            except (etree.ParserError, ValueError) as error:
                warnings.append(f"HTML could not be parsed ({error}); read as text instead")
            else:
                blocks = to_blocks(text, html_blocks(root))
                page = build_page(
                    text, blocks, language=language, is_html=True, meta=metadata(root)
                )
                return page, warnings
        return build_page(text, blocks_from_text(text), language=language), warnings

    def clean(
        self, raw: str | bytes, *, explain: bool = False, language: str | None = None
    ) -> Article:
        """Clean one page (raw text or HTML source) into an Article."""
        page, warnings = self.page(raw, language=language)
        if not page.blocks:
            return Article(language=page.language, warnings=[*warnings, "the input is empty"])
        verdict = settle(page, self.rules)
        paragraphs = assemble.paragraphs(page, verdict)
        if not paragraphs:
            warnings.append("no main content found")
        return Article(
            headline=assemble.headline(page, verdict),
            published=assemble.published(page, verdict),
            updated=assemble.updated(page),
            authors=assemble.authors(page, verdict),
            body="\n\n".join(paragraphs),
            paragraphs=paragraphs,
            language=page.language,
            warnings=warnings,
            removed=assemble.removals(page, verdict) if explain else [],
        )


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
) -> Article:
    """Clean one page's raw text or HTML source into an Article.

    ``explain=True`` fills ``Article.removed`` with every dropped piece and its rule.
    """
    cleaner = (
        _default_cleaner()
        if select is None and ignore is None
        else Cleaner(select=select, ignore=ignore)
    )
    return cleaner.clean(raw, explain=explain, language=language)
