"""Adapters: every extractor behind one signature, ``run(page_input) -> Extraction``.

Peers are imported lazily inside their adapter, so a missing peer only fails its own
rows. In text mode the peers get the raw text wrapped as one ``<p>`` per line.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Extraction:
    """What one system returned for one page."""

    body: str
    title: str | None = None
    date: str | None = None


def as_paragraph_html(text: str) -> str:
    """Wrap raw text one ``<p>`` per non-empty line, for the HTML-only peers."""
    lines = (html.escape(line.strip()) for line in text.splitlines() if line.strip())
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def _day(value: object) -> str | None:
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str) and len(value) >= 10:
        return value[:10]
    return None


def _html_to_text(fragment: str) -> str:
    from lxml import html as lxml_html

    if not fragment.strip():
        return ""
    tree: lxml_html.HtmlElement = lxml_html.fromstring(fragment)
    tags = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td")
    parts = [" ".join(block.text_content().split()) for block in tree.iter(*tags)]
    if not parts:
        parts = [" ".join(tree.text_content().split())]
    return "\n\n".join(part for part in parts if part)


def run_articlecleaner(page: str | bytes, mode: str) -> Extraction:
    from articlecleaner import clean

    article = clean(page)
    return Extraction(article.body, article.headline, _day(article.published or article.updated))


def run_trafilatura(page: str | bytes, mode: str) -> Extraction:
    from trafilatura import bare_extraction

    document = bare_extraction(page, with_metadata=True, include_comments=False)
    if document is None:
        return Extraction("")
    return Extraction(
        getattr(document, "text", None) or "",
        getattr(document, "title", None),
        _day(getattr(document, "date", None)),
    )


def run_readability(page: str | bytes, mode: str) -> Extraction:
    from readability import Document

    document = Document(page)
    return Extraction(_html_to_text(document.summary(html_partial=True)), document.short_title())


def run_justext(page: str | bytes, mode: str) -> Extraction:
    import justext

    paragraphs = justext.justext(page, justext.get_stoplist("English"))
    return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def run_newspaper4k(page: str | bytes, mode: str) -> Extraction:
    import newspaper

    article = newspaper.Article("http://localhost/", fetch_images=False)
    article.download(input_html=page)
    article.parse()
    return Extraction(article.text or "", article.title or None, _day(article.publish_date))


def run_goose3(page: str | bytes, mode: str) -> Extraction:
    from goose3 import Goose

    with Goose() as goose:
        article = goose.extract(raw_html=page)
    return Extraction(article.cleaned_text or "", article.title or None, _day(article.publish_date))


def run_resiliparse(page: str | bytes, mode: str) -> Extraction:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(page) if isinstance(page, str) else HTMLTree.parse_from_bytes(page)
    return Extraction(extract_plain_text(tree, main_content=True), tree.title or None)


def run_boilerpy3(page: str | bytes, mode: str) -> Extraction:
    from boilerpy3 import extractors

    return Extraction(extractors.ArticleExtractor(raise_on_failure=False).get_content(page))


def run_htmldate(page: str | bytes, mode: str) -> Extraction:
    from htmldate import find_date

    return Extraction("", None, _day(find_date(page, extensive_search=True)))


SYSTEMS: dict[str, Callable[[str | bytes, str], Extraction]] = {
    "articlecleaner": run_articlecleaner,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "justext": run_justext,
    "newspaper4k": run_newspaper4k,
    "goose3": run_goose3,
    "resiliparse": run_resiliparse,
    "boilerpy3": run_boilerpy3,
}
DATE_SYSTEMS: dict[str, Callable[[str | bytes, str], Extraction]] = {
    "articlecleaner": run_articlecleaner,
    "htmldate": run_htmldate,
    "trafilatura": run_trafilatura,
}
ALL_SYSTEMS = {**SYSTEMS, **DATE_SYSTEMS}
"""Every adapter by name, for the runner."""


BYTES_READERS = frozenset({"articlecleaner", "trafilatura", "htmldate"})
"""Systems that decode HTML bytes themselves (charset sniffing); the others get UTF-8 text."""


def prepare_input(system: str, data: bytes, mode: str) -> str | bytes:
    """What a system is fed.

    Text mode: ours takes the raw text as is, the peers take it as one ``<p>`` per line.
    HTML mode: systems that sniff encodings get the bytes, the others UTF-8-decoded text.
    """
    text = data.decode("utf-8", errors="replace")
    if mode == "text":
        return text if system == "articlecleaner" else as_paragraph_html(text)
    return data if system in BYTES_READERS else text
