"""Clean a folder of JSONL page dumps with Dask, on one machine or a cluster.

    python examples/dask_recipe.py 'pages/*.jsonl' clean/

Each partition is cleaned by ``clean_many`` with one worker process, so a page that hangs
or crashes costs its own time budget and is recorded as failed; the other pages and
partitions go on. Dask spreads the partitions over cores or machines.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

import dask.bag as db

from articlecleaner import Document, clean_many


def clean_partition(
    records: Iterable[dict[str, Any]], timeout: float = 30.0
) -> list[dict[str, Any]]:
    """Clean one partition of ``{"id", "text", "url"}`` records into result records."""
    documents = (Document(r.get("text", ""), str(r.get("id", "")), r.get("url")) for r in records)
    cleaned = []
    for result in clean_many(documents, workers=1, timeout=timeout):
        record: dict[str, Any] = {"id": result.source, "url": result.url, "ok": result.ok}
        if result.article is not None:
            record.update(
                headline=result.article.headline,
                text=result.article.body,
                published=result.article.published and result.article.published.isoformat(),
            )
        else:
            record["error"] = result.error
        cleaned.append(record)
    return cleaned


def clean_bag(bag: db.Bag, timeout: float = 30.0) -> db.Bag:
    """A bag of page records -> a bag of cleaned records, partition by partition."""
    return bag.map_partitions(clean_partition, timeout=timeout)


def main(pattern: str, output: str) -> None:
    pages = db.read_text(pattern).map(json.loads)
    clean_bag(pages).map(json.dumps).to_textfiles(f"{output.rstrip('/')}/*.jsonl")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
