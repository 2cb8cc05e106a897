"""Scale-out on existing engines: the datatrove step and the Dask recipe."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PARAGRAPH = (
    "The harbour authority said on Monday that the new ferry terminal would open in the "
    "spring, two years later than planned, after a dispute over the cost of the pier."
)


def _page(number: int) -> str:
    return (
        f"Home\nNews\n\nFerry terminal delayed {number}\n\n{PARAGRAPH}\n\n{PARAGRAPH} {number}.\n"
        "\nShare\nTweet\n"
    )


def _wet(records: list[tuple[str, str]]) -> bytes:
    out = b""
    for number, (uri, text) in enumerate(records):
        payload = text.encode()
        out += (
            (
                f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
                f"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: text/plain\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n"
            ).encode()
            + payload
            + b"\r\n\r\n"
        )
    return gzip.compress(out)


def test_datatrove_step_on_a_wet_file(tmp_path: Path) -> None:
    pytest.importorskip("datatrove", reason="needs the [datatrove] extra")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    from articlecleaner.datatrove_step import ArticleCleanerStep

    (tmp_path / "in").mkdir()
    pages = [(f"http://example.org/{i}", _page(i)) for i in range(5)] + [("http://e/x", " ")]
    (tmp_path / "in" / "crawl.warc.wet.gz").write_bytes(_wet(pages))
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(tmp_path / "in"), glob_pattern="*.wet.gz"),
            ArticleCleanerStep(timeout=10),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    lines = []
    for path in sorted((tmp_path / "out").glob("*.jsonl.gz")):
        with gzip.open(path, "rt") as handle:
            lines.extend(json.loads(line) for line in handle)
    assert len(lines) == 5
    for i, line in enumerate(lines):
        assert line["text"] == f"{PARAGRAPH}\n\n{PARAGRAPH} {i}."
        assert line["metadata"]["headline"] == f"Ferry terminal delayed {i}"


def test_dask_recipe_cleans_a_bag() -> None:
    bag_module = pytest.importorskip("dask.bag", reason="needs the [dask] extra")
    spec = importlib.util.spec_from_file_location("dask_recipe", EXAMPLES / "dask_recipe.py")
    assert spec and spec.loader
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    records = [{"id": f"p{i}", "text": _page(i)} for i in range(12)] + [{"id": "bad"}]
    bag = bag_module.from_sequence(records, npartitions=3)
    cleaned = recipe.clean_bag(bag, timeout=10).compute(scheduler="synchronous")
    assert [r["id"] for r in cleaned] == [r["id"] for r in records]
    assert all(r["ok"] for r in cleaned)
    assert cleaned[3]["text"] == f"{PARAGRAPH}\n\n{PARAGRAPH} 3."
    assert cleaned[-1]["text"] == ""
