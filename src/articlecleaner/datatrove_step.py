"""A datatrove pipeline step that replaces each document's text with its clean body.

Install with ``pip install 'articlecleaner[datatrove]'``::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from articlecleaner.datatrove_step import ArticleCleanerStep

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/", glob_pattern="*.warc.wet.gz"),
        ArticleCleanerStep(timeout=10),
        JsonlWriter("clean/"),
    ], tasks=4).run()

The step never raises inside a worker: a document that fails or overruns its budget is
counted in the step's stats and dropped (or kept untouched with ``keep_failed=True``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from datatrove.data import Document as DatatroveDocument
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from ._batch import Document, clean_many
from ._models import Article


def article_metadata(article: Article) -> dict[str, Any]:
    """The Article's fields as flat, JSON-friendly metadata."""
    return {
        "headline": article.headline,
        "published": article.published.isoformat() if article.published else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "authors": list(article.authors),
        "language": article.language,
        "quotes": [quote.model_dump(mode="json") for quote in article.quotes],
        "warnings": list(article.warnings),
    }


class ArticleCleanerStep(PipelineStep):  # type: ignore[misc]
    """Clean each document (raw text or HTML) into its article body and metadata."""

    name = "🧹 articlecleaner"
    type = "🛢 - EXTRAC"

    def __init__(self, timeout: float = 10.0, keep_failed: bool = False, **options: Any) -> None:
        super().__init__()
        self.timeout = timeout
        self.keep_failed = keep_failed
        self.options = options

    def run(
        self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
    ) -> Iterator[DatatroveDocument]:
        """Yield the documents with clean text; failures are counted, never raised."""
        if data is None:
            return
        waiting: deque[DatatroveDocument] = deque()

        def inputs() -> Iterator[Document]:
            for doc in data:
                waiting.append(doc)
                yield Document(doc.text or "", str(doc.id), doc.metadata.get("url"))

        for result in clean_many(inputs(), workers=1, timeout=self.timeout, **self.options):
            doc = waiting.popleft()
            self.stat_update("total")
            if result.article is None:
                self.stat_update("failed")
                if self.keep_failed:
                    yield doc
                continue
            if not result.article.body:
                self.stat_update("empty")
                continue
            doc.text = result.article.body
            doc.metadata.update(article_metadata(result.article))
            self.stat_update("cleaned")
            self.update_doc_stats(doc)
            yield doc
