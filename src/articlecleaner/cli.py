"""The ``articlecleaner`` command: ``clean``, ``explain`` and ``rules``."""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Sequence
from pathlib import Path

from ._api import Cleaner, available_rules
from ._batch_cli import run_batch
from ._errors import ArticleCleanerError
from ._report import article_text, explain_html, explain_text
from ._selection import resolve_rules
from ._sources import INPUT_FORMATS, format_of


def _read(source: str) -> bytes:
    return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()


def _rules_table(select: str | None, ignore: str | None) -> str:
    origins = available_rules()
    active = set(resolve_rules(tuple(origins), select, ignore))
    rows = [f"{'code':<8} {'name':<26} {'category':<18} {'on':<4} origin"]
    for rule in sorted(origins, key=lambda r: r.code):
        rows.append(
            f"{rule.code:<8} {rule.name:<26} {rule.category.value:<18} "
            f"{'on' if rule in active else 'off':<4} {origins[rule]}"
        )
    return "\n".join(rows) + "\n"


def _rule_doc(code: str) -> str:
    for rule, origin in available_rules().items():
        if rule.code == code.upper():
            return (
                f"{rule.code} {rule.name} ({rule.category.value}, from {origin})\n\n"
                f"{inspect.getdoc(rule)}\n"
            )
    raise ArticleCleanerError(f"no rule with code {code!r}; see `articlecleaner rules`")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="articlecleaner", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser(
        "clean",
        help="clean pages: files, folders, - for stdin, JSONL, WARC, WET",
        description="One plain file: its Article (JSON, text, Markdown or HTML). Several inputs, a "
        "folder, JSONL/WARC/WET, -o or --workers: one JSON line per document.",
    )
    clean.add_argument("sources", nargs="+", metavar="PATH")
    clean.add_argument(
        "--format",
        choices=("json", "text", "markdown", "html"),
        default="json",
        help="markdown: CommonMark with GFM tables; html: a minimal, safe <article>",
    )
    clean.add_argument("--input-format", choices=INPUT_FORMATS, default="auto")
    clean.add_argument("--field", default="text", help="JSONL: the field holding the page")
    clean.add_argument("-o", "--output", default=None, help="JSONL output file (default: stdout)")
    clean.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    clean.add_argument("--timeout", type=float, default=30.0, help="seconds per document")
    clean.add_argument(
        "--on-error",
        choices=("skip", "fail"),
        default="skip",
        help="skip: record the failure and go on; fail: stop at the first",
    )
    explain = commands.add_parser("explain", help="show what was removed from a page and why")
    explain.add_argument("source")
    explain.add_argument("--format", choices=("text", "html"), default="text")
    rules = commands.add_parser("rules", help="list the rules, or show one rule's documentation")
    rules.add_argument("code", nargs="?")
    for command in (clean, explain, rules):
        command.add_argument("--select", default=None, help="comma-separated code prefixes")
        command.add_argument("--ignore", default=None, help="comma-separated code prefixes")
    return parser


def _is_batch(args: argparse.Namespace) -> bool:
    single = (
        len(args.sources) == 1
        and args.input_format in ("auto", "html", "text")
        and args.output is None
        and args.workers is None
    )
    if single and args.sources[0] != "-":
        path = Path(args.sources[0])
        single = not path.is_dir() and format_of(path) in ("html", "text")
    return not single


def _run(args: argparse.Namespace) -> str:
    if args.command == "rules":
        return _rule_doc(args.code) if args.code else _rules_table(args.select, args.ignore)
    cleaner = Cleaner(select=args.select, ignore=args.ignore)
    raw = _read(args.sources[0] if args.command == "clean" else args.source)
    if args.command == "explain":
        blocks = cleaner.annotate(raw)
        if args.format == "html":
            return explain_html(blocks, f"articlecleaner explain: {args.source}")
        return explain_text(blocks, colour=sys.stdout.isatty())
    article = cleaner.clean(raw)
    if args.format == "text":
        return article_text(article)
    if args.format == "markdown":
        return article.to_markdown()
    if args.format == "html":
        return article.to_html()
    return article.model_dump_json(indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 on a usage or input error)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "clean" and _is_batch(args):
            return run_batch(args)
        output = _run(args)
    except (ArticleCleanerError, OSError) as error:
        print(f"articlecleaner: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(output)
    return 0
