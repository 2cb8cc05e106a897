"""Reading batch inputs: files, folders, stdin, JSONL, WARC (HTML responses) and WET (text)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from ._batch import Document
from ._errors import ConfigError, InputError

INPUT_FORMATS = ("auto", "html", "text", "jsonl", "warc", "wet")


def format_of(path: Path) -> str:
    """The input format ``auto`` picks for a file, from its name."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".wet") or ".warc.wet" in name:
        return "wet"
    if name.endswith((".warc", ".arc")):
        return "warc"
    return "html" if name.endswith((".html", ".htm", ".xhtml")) else "text"


def _open(path: Path) -> BinaryIO:
    handle = path.open("rb")
    return gzip.GzipFile(fileobj=handle) if path.suffix == ".gz" else handle  # type: ignore[return-value]


def _jsonl(stream: BinaryIO, source: str, field: str) -> Iterator[Document]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Document(b"", where, error=f"not a JSON line ({error})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get(field), str):
            yield Document(b"", where, error=f"no text field {field!r} (choose one with --field)")
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        record_id = record.get("id")
        yield Document(record[field], f"{where}" if record_id is None else str(record_id), url)


def _warc(stream: BinaryIO, source: str, wanted: str) -> Iterator[Document]:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as error:
        raise ConfigError(
            "reading WARC/WET needs fastwarc: pip install 'articlecleaner[warc]'"
        ) from error
    kind = WarcRecordType.response if wanted == "warc" else WarcRecordType.conversion
    for record in ArchiveIterator(stream, record_types=kind, parse_http=wanted == "warc"):
        if wanted == "warc":
            content_type = (
                (record.http_headers.get("Content-Type") or "") if record.http_headers else ""
            )
            if "html" not in content_type.lower():
                continue
        yield Document(
            record.reader.read(),
            f"{source}#{record.record_id}",
            record.headers.get("WARC-Target-URI"),
            fetched=_warc_date(record.headers.get("WARC-Date")),
        )


def _warc_date(stamp: str | None) -> datetime | None:
    """A WARC-Date header (``2021-12-15T21:32:00Z``) as an aware datetime, or None."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None
    except ValueError:
        return None


def _files(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        elif path.exists():
            yield path
        else:
            raise InputError(f"{name}: no such file or directory")


def read_documents(
    paths: Sequence[str], input_format: str = "auto", field: str = "text"
) -> Iterator[Document]:
    """Every document in the given paths ("-" for stdin), read lazily in order."""
    if input_format not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {input_format!r}; one of {INPUT_FORMATS}")
    for name in paths:
        if name == "-":
            stream: BinaryIO = sys.stdin.buffer
            kind = "text" if input_format == "auto" else input_format
            yield from _stream(stream, "<stdin>", kind, field)
            continue
        for path in _files([name]):
            kind = format_of(path) if input_format == "auto" else input_format
            with _open(path) as stream:
                yield from _stream(stream, str(path), kind, field)


def _stream(stream: BinaryIO, source: str, kind: str, field: str) -> Iterator[Document]:
    if kind == "jsonl":
        yield from _jsonl(stream, source, field)
    elif kind in ("warc", "wet"):
        yield from _warc(stream, source, kind)
    else:
        yield Document(stream.read(), source)
