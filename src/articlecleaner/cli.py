"""The ``articlecleaner`` command: ``clean``, ``explain`` and ``rules``."""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Sequence
from pathlib import Path

from ._api import Cleaner
from ._errors import ArticleCleanerError
from ._models import Article
from ._selection import resolve_rules
from .rules import BUILTIN_RULES


def _read(source: str) -> bytes:
    return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()


def _as_text(article: Article) -> str:
    head = [
        line
        for line in (article.headline, article.published and article.published.isoformat())
        if line
    ]
    return "\n\n".join([*head, article.body]) + "\n"


def _explain(article: Article) -> str:
    lines = [f"[{r.code} {r.rule}: {r.reason}] {r.text}" for r in article.removed]
    return "\n".join([*lines, "", "--- kept ---", article.body]) + "\n"


def _rules_table(select: str | None, ignore: str | None) -> str:
    active = set(resolve_rules(BUILTIN_RULES, select, ignore))
    rows = [f"{'code':<6} {'name':<24} {'category':<18} {'on':<4} origin"]
    for rule in sorted(BUILTIN_RULES, key=lambda r: r.code):
        rows.append(
            f"{rule.code:<6} {rule.name:<24} {rule.category.value:<18} "
            f"{'on' if rule in active else 'off':<4} {rule.__module__}"
        )
    return "\n".join(rows) + "\n"


def _rule_doc(code: str) -> str:
    for rule in BUILTIN_RULES:
        if rule.code == code.upper():
            return f"{rule.code} {rule.name} ({rule.category.value})\n\n{inspect.getdoc(rule)}\n"
    raise ArticleCleanerError(f"no rule with code {code!r}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="articlecleaner", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("clean", "explain"):
        command = commands.add_parser(name, help=f"{name} one page (a file, or - for stdin)")
        command.add_argument("source")
        command.add_argument("--format", choices=("json", "text"), default="json")
    rules = commands.add_parser("rules", help="list the rules, or show one rule's documentation")
    rules.add_argument("code", nargs="?")
    for command in (*commands.choices.values(),):
        command.add_argument("--select", default=None, help="comma-separated code prefixes")
        command.add_argument("--ignore", default=None, help="comma-separated code prefixes")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "rules":
            output = _rule_doc(args.code) if args.code else _rules_table(args.select, args.ignore)
        else:
            cleaner = Cleaner(select=args.select, ignore=args.ignore)
            article = cleaner.clean(_read(args.source), explain=args.command == "explain")
            if args.command == "explain":
                output = _explain(article)
            elif args.format == "text":
                output = _as_text(article)
            else:
                output = article.model_dump_json(indent=2) + "\n"
    except (ArticleCleanerError, OSError) as error:
        print(f"articlecleaner: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(output)
    return 0
