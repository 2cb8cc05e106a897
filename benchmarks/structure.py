"""``python -m benchmarks structure``: are headings, list items, table cells and code
lines typed as the page types them?

The gold: each gold body line (or, on traf-eval pages without a body, each ``with``
snippet) of a page with HTML is labelled by the innermost element whose text it equals
in the page, and the heading (``<h1>``-``<h6>``), list item (``<li>``) or table cell
(``<td>``/``<th>``) that element lies in; a line of a ``<pre>`` is code; a line in none
of them is "other" (a paragraph). Lines equal to elements of two kinds, or to none, are
left out.

The score, per kind K, over the lines a system outputs at all (what it cuts is the
quality benchmark's subject, not this one's):
- recall: of the gold K lines the system outputs, the share it types K;
- precision: of the blocks the system types K whose text is a gold line, the share
  labelled K;
- found: of the gold K lines, the share the system outputs (typed any way).

articlecleaner is read from ``Article.blocks``; trafilatura from its Markdown
(``output_format="markdown"``), parsed with markdown-it-py (CommonMark and GFM tables).
The command also counts the pages whose articlecleaner Markdown parses back to the same
blocks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from lxml import etree

from articlecleaner import Article, clean

from .corpus import Page
from .systems import prepare_input

KINDS = ("heading", "list_item", "table_cell", "code")
_GOLD_TAGS = {f"h{n}": "heading" for n in range(1, 7)} | {
    "li": "list_item",
    "td": "table_cell",
    "th": "table_cell",
}
STRUCTURE_SOURCES = ("scrapinghub_aeb", "trafilatura_eval", "wcxb_dev")
STRUCTURE_SYSTEMS = ("articlecleaner", "trafilatura")


def normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def markdown_blocks(markdown: str) -> list[tuple[str, str]]:
    """(kind, text) for each block of a Markdown document: "heading", "list_item",
    "table_cell", "code" (one per line), "quote" or "paragraph"."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    found: list[tuple[str, str]] = []
    context: list[str] = []
    for token in parser.parse(markdown):
        if token.type.endswith("_open"):
            context.append(token.type[: -len("_open")])
        elif token.type.endswith("_close"):
            context.pop()
        elif token.type in ("fence", "code_block"):
            found.extend(("code", line) for line in token.content.rstrip("\n").split("\n"))
        elif token.type == "inline":
            found.append((_kind_of(context), _inline_text(token.children or [])))
    return found


def _kind_of(context: Sequence[str]) -> str:
    if "heading" in context:
        return "heading"
    if "th" in context or "td" in context:
        return "table_cell"
    if "list_item" in context:
        return "list_item"
    if "blockquote" in context:
        return "quote"
    return "paragraph"


def _inline_text(children: Sequence[object]) -> str:
    pieces = []
    for child in children:
        kind, content = getattr(child, "type", ""), getattr(child, "content", "")
        if kind in ("text", "code_inline", "html_inline"):
            pieces.append(content)
        elif kind in ("softbreak", "hardbreak"):
            pieces.append(" ")
        elif kind == "image":
            pieces.append(_inline_text(getattr(child, "children", None) or []))
    return " ".join("".join(pieces).split())


def gold_labels(html: bytes | str, lines: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, normalised text) for each gold line that equals an element's text.

    The element is the innermost one with that text; its kind is that of the nearest
    heading, list item or table cell it lies in (a ``<p>`` inside an ``<li>`` is a list
    item's text), "other" outside them. A line of a ``<pre>`` is code. Lines equal to
    elements of two kinds, or to no element, are left out."""
    from lxml import html as lxml_html

    try:
        root: etree._Element = lxml_html.fromstring(html)
    except Exception:  # an unparsable page has no labels
        return []
    kinds: dict[str, set[str]] = {}
    texts: dict[etree._Element, str] = {}
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style", "head"):
            texts[element] = normal(_text(element))
    for element, text in texts.items():
        if not text or any(texts.get(child) == text for child in element):
            continue
        tag = str(element.tag)
        kind = _GOLD_TAGS.get(tag) or next(
            (_GOLD_TAGS[str(e.tag)] for e in element.iterancestors(*_GOLD_TAGS)), "other"
        )
        kinds.setdefault(text, set()).add(kind)
    for element in root.iter("pre"):
        for line in _text(element).split("\n"):
            if line.strip():
                kinds[normal(line)] = {"code"}
    labelled = []
    for line in lines:
        text = normal(line)
        found = kinds.get(text)
        if text and found is not None and len(found) == 1:
            labelled.append((next(iter(found)), text))
    return labelled


def _text(element: etree._Element) -> str:
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def typed_lines(article: Article) -> list[tuple[str, str]]:
    """(kind, text) for each line of ``Article.blocks``, in the kinds ``markdown_blocks``
    gives: a table's cells, a code block's lines and a quote's paragraphs one by one."""
    typed: list[tuple[str, str]] = []
    for block in article.blocks:
        if block.kind == "table":
            typed.extend(("table_cell", cell) for row in block.rows for cell in row)
        elif block.kind == "code":
            typed.extend(("code", line) for line in block.text.split("\n"))
        elif block.kind in ("heading", "list_item", "quote"):
            typed.extend((block.kind, text) for text in block.text.split("\n\n"))
        else:
            typed.append(("paragraph", block.text))
    return typed


def round_trips(article: Article) -> bool:
    """The article's Markdown, parsed with markdown-it-py, gives back its blocks (after the
    headline and the date and byline line; the empty header row of a table without one
    and white space do not count)."""
    parsed = markdown_blocks(article.to_markdown())
    head = (article.headline is not None) + bool(article.published or article.authors)
    return _comparable(parsed[head:]) == _comparable(typed_lines(article))


def _comparable(lines: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(kind, " ".join(text.split())) for kind, text in lines if kind != "table_cell" or text]


def trafilatura_blocks(page: str | bytes) -> list[tuple[str, str]]:
    from trafilatura import extract

    markdown = extract(page, output_format="markdown", include_tables=True) or ""
    return markdown_blocks(markdown)


@dataclass
class KindScore:
    gold: int = 0
    found: int = 0
    typed_right: int = 0
    predicted: int = 0
    predicted_right: int = 0

    def add(self, other: KindScore) -> None:
        for name in ("gold", "found", "typed_right", "predicted", "predicted_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class PageScore:
    kinds: dict[str, KindScore] = field(default_factory=dict)
    round_trips: bool | None = None
    """articlecleaner: whether the page's Markdown parses back to its blocks."""


def score_page(gold: Sequence[tuple[str, str]], output: Sequence[tuple[str, str]]) -> PageScore:
    """Per kind: gold lines, those output, those output with their kind; blocks output
    with the kind whose text is a gold line, and those whose gold label is the kind."""
    out_kinds: dict[str, Counter[str]] = {}
    for kind, text in output:
        out_kinds.setdefault(normal(text), Counter())[kind] += 1
    gold_kinds = {text: kind for kind, text in gold}
    result = PageScore({kind: KindScore() for kind in KINDS})
    for kind, text in gold:
        if kind not in result.kinds:
            continue
        score = result.kinds[kind]
        score.gold += 1
        if text in out_kinds:
            score.found += 1
            score.typed_right += out_kinds[text][kind] > 0
    for kind, text in output:
        label = gold_kinds.get(normal(text))
        if kind in result.kinds and label is not None:
            result.kinds[kind].predicted += 1
            result.kinds[kind].predicted_right += label == kind
    return result


def _gold_lines(page: Page) -> list[str]:
    record = page.record
    if record.get("gold_body"):
        return str(record["gold_body"]).split("\n")
    return [str(snippet) for snippet in record.get("gold_with") or []]


def _score_one(job: tuple[Page, str, Sequence[str]]) -> dict[str, PageScore]:
    page, mode, systems = job
    gold = gold_labels(page.read_bytes("html"), _gold_lines(page))
    scores = {}
    for system in systems:
        fed = prepare_input(system, page.read_bytes(mode), mode)
        article = None
        try:
            if system == "articlecleaner":
                article = clean(fed)
                output = typed_lines(article)
            else:
                output = trafilatura_blocks(fed)
        except Exception:  # a crash is an empty output
            output = []
        scores[system] = score_page(gold, output)
        if article is not None:
            scores[system].round_trips = round_trips(article)
    return scores


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "–"


def run_structure(pages: Sequence[Page], systems: Sequence[str], mode: str, jobs: int) -> str:
    """The table: per system and kind, recall, precision and found, with counts."""
    totals = {system: {kind: KindScore() for kind in KINDS} for system in systems}
    round_trips: list[bool] = []
    work = [(page, mode, tuple(systems)) for page in pages]
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for scores in pool.map(_score_one, work, chunksize=8):
            for system, page_score in scores.items():
                for kind, score in page_score.kinds.items():
                    totals[system][kind].add(score)
                if page_score.round_trips is not None:
                    round_trips.append(page_score.round_trips)
    lines = [
        f"mode: {mode}; {len(pages)} pages",
        "",
        "| system | kind | gold lines | found | recall | precision |",
        "|---|---|---|---|---|---|",
    ]
    for system in systems:
        for kind in KINDS:
            score = totals[system][kind]
            lines.append(
                f"| {system} | {kind} | {score.gold} | {_rate(score.found, score.gold)} "
                f"| {_rate(score.typed_right, score.found)} "
                f"| {_rate(score.predicted_right, score.predicted)} |"
            )
    if round_trips:
        lines += [
            "",
            f"articlecleaner Markdown parsed back to the same blocks (markdown-it-py): "
            f"{sum(round_trips)} of {len(round_trips)} pages",
        ]
    return "\n".join(lines)
