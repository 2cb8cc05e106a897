"""Rendering what ``explain`` found: for a terminal, for a pipe, and as a standalone web page."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from ._api import AnnotatedBlock
from ._models import Article

_ANSI = {
    "navigation": "34",
    "share": "36",
    "teaser": "35",
    "credit": "33",
    "promo": "33",
    "language-switcher": "34",
    "cookie": "31",
    "footer": "31",
    "comments": "35",
    "metadata": "32",
    "boilerplate": "90",
}
_HTML_COLOURS = {
    "navigation": "#1f77b4",
    "share": "#17becf",
    "teaser": "#9467bd",
    "credit": "#bcbd22",
    "promo": "#ff7f0e",
    "language-switcher": "#8c564b",
    "cookie": "#d62728",
    "footer": "#e377c2",
    "comments": "#7f7f7f",
    "metadata": "#2ca02c",
    "boilerplate": "#aaaaaa",
}


def explain_text(blocks: Sequence[AnnotatedBlock], colour: bool) -> str:
    """One line per block: kept text as is, removed text behind its rule and reason."""
    lines = []
    for item in blocks:
        removal = item.removal
        if removal is None:
            lines.append(f"  {item.block.text}")
            continue
        tag = f"- [{removal.code} {removal.rule}: {removal.reason}]"
        if colour:
            code = _ANSI.get(removal.category, "90")
            lines.append(f"\x1b[{code}m{tag}\x1b[0m \x1b[9m{item.block.text}\x1b[0m")
        else:
            lines.append(f"{tag} {item.block.text}")
    return "\n".join(lines) + "\n"


def explain_html(blocks: Sequence[AnnotatedBlock], title: str) -> str:
    """A standalone page: kept text as is, removed text struck through and coloured by
    category, its rule and reason on hover, and a legend with counts per rule."""
    counts: Counter[tuple[str, str, str]] = Counter()
    body = []
    for item in blocks:
        text = html.escape(item.block.text)
        removal = item.removal
        if removal is None:
            body.append(f"<p>{text}</p>")
            continue
        counts[(removal.code, removal.rule, removal.category)] += 1
        colour = _HTML_COLOURS.get(removal.category, "#aaaaaa")
        hint = html.escape(f"{removal.code} {removal.rule}: {removal.reason}", quote=True)
        body.append(
            f'<p class="removed" style="color:{colour}" title="{hint}"><del>{text}</del>'
            f" <small>{html.escape(removal.code)}</small></p>"
        )
    legend = "".join(
        f'<li><span style="color:{_HTML_COLOURS.get(category, "#aaa")}">■</span> '
        f"{html.escape(code)} {html.escape(rule)} ({html.escape(category)}): {count}</li>"
        for (code, rule, category), count in sorted(counts.items())
    )
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;"
        "max-width:50em;margin:2em auto}} .removed small{{color:#666}}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><h2>Removed, by rule</h2><ul>{legend}</ul>"
        f"<h2>Page</h2>{''.join(body)}</body></html>\n"
    )


def article_text(article: Article) -> str:
    """The Article as plain text: headline, date, then the body."""
    head = [article.headline] if article.headline else []
    head += [article.published.isoformat()] if article.published else []
    return "\n\n".join([*head, article.body]) + "\n"
