"""Batch cleaning: all documents, in order, with failures reported and nothing lost."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from articlecleaner import Document, clean_many
from tests.batch_rules import Misbehave

pytestmark = pytest.mark.timeout(300)

PARAGRAPH = (
    "The city library extended its opening hours on Saturday after readers asked for more "
    "evening visits, and the council agreed to pay for two extra staff members."
)


def _page(number: int) -> str:
    return f"Menu\n\nStory {number}\n\n{PARAGRAPH} Number {number}.\n\n{PARAGRAPH}\n"


def test_results_come_in_input_order() -> None:
    results = list(clean_many((_page(i) for i in range(40)), workers=2))
    assert [r.index for r in results] == list(range(40))
    assert all(r.ok and r.article is not None for r in results)
    assert all(f"Number {i}." in r.article.body for i, r in enumerate(results) if r.article)


def test_fetch_time_and_url_of_a_document_date_the_article() -> None:
    fetched = datetime(2024, 1, 1, tzinfo=timezone.utc)
    documents = [
        Document(f"Menu\n\nStory\n\n3 hours ago\n\n{PARAGRAPH}\n", fetched=fetched),
        Document(_page(1), url="https://news.example/2022/03/03/story/"),
    ]
    aged, addressed = (r.article for r in clean_many(documents, workers=1))
    assert aged is not None and aged.published == fetched - timedelta(hours=3)
    assert addressed is not None and addressed.published == datetime(2022, 3, 3)


def test_hang_raise_crash_and_huge_page_do_not_stop_the_batch() -> None:
    bad = {
        100: ("HANG-MARKER", "timeout"),
        400: ("RAISE-MARKER", "RuntimeError"),
        700: ("CRASH-MARKER", "worker crashed"),
    }
    documents: list[Document] = []
    for i in range(1003):
        marker = bad.get(i, ("",))[0]
        documents.append(Document(_page(i) + (f"\n{marker}\n" if marker else ""), f"doc-{i}"))
    documents.insert(900, Document("x" * 50_000_000, "huge"))
    results = list(clean_many(documents, workers=2, timeout=3, extra_rules=[Misbehave]))
    assert [r.source for r in results] == [d.source for d in documents]
    failed = {r.source: r.error for r in results if not r.ok}
    assert set(failed) == {f"doc-{i}" for i in bad}
    for i, (_, reason) in bad.items():
        assert reason in (failed[f"doc-{i}"] or "")
    huge = next(r for r in results if r.source == "huge")
    assert huge.ok and huge.article is not None and huge.article.warnings
    normal = [r for r in results if r.source.startswith("doc-") and r.source not in failed]
    assert len(normal) == 1000
    assert all(r.article is not None and PARAGRAPH in r.article.body for r in normal)


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articlecleaner", *args],
        input=stdin,
        capture_output=True,
        check=False,
    )


def _records(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode().splitlines()]


def _warc_record(kind: str, uri: str, payload: bytes, content_type: str) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload + b"\r\n\r\n"


def test_cli_reads_every_input_format(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text(_page(1))
    (tmp_path / "folder" / "b.html").write_text(f"<html><body><p>{PARAGRAPH}</p></body></html>")
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text("\n".join(json.dumps({"id": f"j{i}", "body": _page(i)}) for i in range(3)))
    html = f"<html><body><p>{PARAGRAPH}</p></body></html>".encode()
    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(
        gzip.compress(
            _warc_record("response", "http://example.org/a", response, "application/http")
        )
    )
    wet = tmp_path / "crawl.warc.wet"
    wet.write_bytes(
        _warc_record("conversion", "http://example.org/b", _page(2).encode(), "text/plain")
    )

    folder = _cli("clean", str(tmp_path / "folder"))
    assert folder.returncode == 0
    assert [r["source"] for r in _records(folder.stdout)] == [
        str(tmp_path / "folder" / "a.txt"),
        str(tmp_path / "folder" / "b.html"),
    ]
    lines = _cli("clean", str(jsonl), "--field", "body", "--workers", "1")
    assert [r["source"] for r in _records(lines.stdout)] == ["j0", "j1", "j2"]
    for path, url in ((warc, "http://example.org/a"), (wet, "http://example.org/b")):
        done = _cli("clean", str(path))
        (record,) = _records(done.stdout)
        assert record["url"] == url and record["ok"] is True
        assert PARAGRAPH in json.dumps(record["article"])
    dated = _warc_record(
        "conversion", "http://example.org/c", f"1 hour ago\n\n{PARAGRAPH}".encode(), "text/plain"
    )
    wet.write_bytes(dated)
    (record,) = _records(_cli("clean", str(wet)).stdout)
    assert record["article"]["published"] == "2023-12-31T23:00:00Z"
    piped = _cli(
        "clean",
        "-",
        "--input-format",
        "text",
        "-o",
        str(tmp_path / "out.jsonl"),
        stdin=_page(5).encode(),
    )
    assert piped.returncode == 0
    assert "Number 5." in (tmp_path / "out.jsonl").read_text()


def test_cli_exit_code_and_summary_when_documents_fail(tmp_path: Path) -> None:
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text(json.dumps({"text": _page(1)}) + "\n" + json.dumps({"other": 1}) + "\n")
    done = _cli("clean", str(jsonl))
    assert done.returncode == 1
    first, second = _records(done.stdout)
    assert first["ok"] is True
    assert second["ok"] is False and "no text field" in str(second["error"])
    assert b"2 documents, 1 failed" in done.stderr
    stopped = _cli("clean", str(jsonl), str(jsonl), "--on-error", "fail")
    assert stopped.returncode == 1
    assert len(_records(stopped.stdout)) == 2
