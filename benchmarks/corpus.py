"""Reading the dev corpus manifests and their pages."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SOURCES = ("scrapinghub_aeb", "trafilatura_eval", "polnear", "wcxb_dev")


@dataclass(frozen=True)
class Page:
    """One manifest entry; the input is read on demand."""

    corpus: Path
    record: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def source(self) -> str:
        return str(self.record["source"])

    def read_bytes(self, mode: str) -> bytes:
        """The page's bytes: its HTML (mode "html") or its raw-text rendering (mode "text")."""
        relative = self.record.get("html_path" if mode == "html" else "text_path")
        if relative is None:
            return b""
        path = self.corpus / relative
        data = path.read_bytes()
        return gzip.decompress(data) if path.suffix == ".gz" else data

    def read(self, mode: str) -> str:
        """The page as text; HTML bytes that are not UTF-8 get replacement characters."""
        return self.read_bytes(mode).decode("utf-8", errors="replace")


def load_pages(
    corpus: Path, sources: Sequence[str], mode: str, limit: int | None = None
) -> list[Page]:
    """The pages of the chosen sources that have an input in ``mode``."""
    pages: list[Page] = []
    for source in sources:
        manifest = corpus / source / "manifest.jsonl"
        chosen = [Page(corpus, json.loads(line)) for line in _lines(manifest)]
        key = "html_path" if mode == "html" else "text_path"
        chosen = [page for page in chosen if page.record.get(key)]
        pages.extend(chosen[:limit] if limit else chosen)
    return pages


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        yield from (line for line in handle if line.strip())
