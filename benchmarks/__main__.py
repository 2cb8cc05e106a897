"""Command line: ``python -m benchmarks quality|speed|dates ...``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .corpus import DEFAULT_CORPUS, SOURCES, Page, load_pages
from .systems import DATE_SYSTEMS, SYSTEMS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("hostile", help="time and memory of each hostile page")
    quotes = commands.add_parser("quotes", help="direct quotes and speakers on PolNeAR")
    quotes.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    quotes.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    quotes.add_argument("--systems", nargs="+", default=["articlecleaner", "textacy"])
    quotes.add_argument("--limit", type=int, default=None)
    structure = commands.add_parser(
        "structure", help="headings, list items, table cells and code typed as the page types them"
    )
    structure.add_argument("--mode", choices=("text", "html"), default="html")
    structure.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    structure.add_argument("--limit", type=int, default=None, help="pages per source")
    structure.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    structure.add_argument("--systems", nargs="+", default=None)
    for name in ("quality", "speed", "dates", "scaling"):
        command = commands.add_parser(name)
        command.add_argument("--mode", choices=("text", "html"), default="text")
        command.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
        command.add_argument("--sources", nargs="+", default=None, choices=SOURCES)
        command.add_argument("--systems", nargs="+", default=None)
        command.add_argument("--limit", type=int, default=None, help="pages per source")
        command.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
        command.add_argument("--timeout", type=float, default=30.0, help="seconds per page")
        command.add_argument("--out", type=Path, default=Path("bench-out"))
        if name == "quality":
            command.add_argument("--bootstrap", type=int, default=1000)
            command.add_argument(
                "--by-language", action="store_true", help="also traf-eval F1 per page language"
            )
        if name == "speed":
            command.add_argument("--passes", type=int, default=3, help="0: no timing")
            command.add_argument(
                "--breakdown", action="store_true", help="also ms per page by phase (ours)"
            )
            command.add_argument(
                "--skeleton",
                action="store_true",
                help="text mode: also the #33 skeleton with the rules' own line patterns",
            )
            command.add_argument(
                "--check-identical",
                metavar="REF",
                help="compare every page's Article with a commit's or a --record file's",
            )
            command.add_argument(
                "--record", type=Path, metavar="FILE", help="write every page's Article to FILE"
            )
    return parser


def _table(
    args: argparse.Namespace,
    pages: Sequence[Page],
    systems: Sequence[str],
    name: str,
    bootstrap: int,
    by_language: bool = False,
) -> str:
    """Run the quality harness; per-page outputs go to ``<out>/<name>-<mode>``."""
    from .quality import run_quality

    return run_quality(
        pages,
        systems,
        args.mode,
        args.jobs,
        args.timeout,
        args.out / f"{name}-{args.mode}",
        bootstrap,
        by_language,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "quality":
        sources = args.sources or list(SOURCES)
        systems = args.systems or list(SYSTEMS)
        pages = load_pages(args.corpus, sources, args.mode, args.limit)
        print(f"{len(pages)} pages from {', '.join(sources)}", file=sys.stderr)
        print(_table(args, pages, systems, "quality", args.bootstrap, args.by_language))
    elif args.command == "scaling":
        from .scaling import run_scaling

        sources = args.sources or ["scrapinghub_aeb", "trafilatura_eval"]
        print(run_scaling(load_pages(args.corpus, sources, args.mode, args.limit), args.mode))
    elif args.command == "quotes":
        from .quotes import run_quotes

        pages = [
            p
            for p in load_pages(args.corpus, ["polnear"], "text")
            if args.split == "all" or p.record["extra"].get("split") == args.split
        ]
        print(run_quotes(pages[: args.limit] if args.limit else pages, args.systems))
    elif args.command == "structure":
        from .structure import STRUCTURE_SOURCES, STRUCTURE_SYSTEMS, run_structure

        pages = load_pages(args.corpus, list(STRUCTURE_SOURCES), "html", args.limit)
        systems = args.systems or list(STRUCTURE_SYSTEMS)
        print(run_structure(pages, systems, args.mode, args.jobs))
    elif args.command == "hostile":
        from .hostile import run_hostile

        print(run_hostile())
    elif args.command == "dates":
        systems = args.systems or list(DATE_SYSTEMS)
        pages = [
            p
            for p in load_pages(args.corpus, ["trafilatura_eval"], args.mode, args.limit)
            if p.record.get("gold_date")
        ]
        print(_table(args, pages, systems, "dates", 0))
    else:
        sources = args.sources or ["scrapinghub_aeb"]
        systems = args.systems or list(SYSTEMS)
        pages = load_pages(args.corpus, sources, args.mode, args.limit)
        return _speed(args, pages, systems)
    return 0


def _speed(args: argparse.Namespace, pages: Sequence[Page], systems: Sequence[str]) -> int:
    """Timing, and on request the phase breakdown, a record and the identity check;
    exits 1 when a page's Article differs from the reference's."""
    from .speed import run_speed

    if args.passes > 0:
        print(run_speed(pages, systems, args.mode, args.passes))
    if args.breakdown:
        from .phases import breakdown_table
        from .systems import prepare_input

        inputs = [
            prepare_input("articlecleaner", p.read_bytes(args.mode), args.mode) for p in pages
        ]
        print("\n" + breakdown_table(args.mode, inputs))
    if args.skeleton:
        from .skeleton import skeleton_table

        if args.mode != "text":
            print("--skeleton times the text skeleton: add --mode text", file=sys.stderr)
            return 2
        texts = [p.read_bytes("text").decode("utf-8", errors="replace") for p in pages]
        print("\n" + skeleton_table(texts))
    if args.record:
        from .identity import record

        record(pages, args.mode, args.record)
        print(f"\n{len(pages)} Articles written to {args.record}")
    if args.check_identical:
        from .identity import check_identical

        report, identical = check_identical(pages, args.mode, args.check_identical)
        print("\n" + report)
        return 0 if identical else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
