"""Choosing the headline among the titles the markup offers."""

from __future__ import annotations

import regex

_SITE_SEPARATOR = regex.compile(r"(?<!\s)\s++(?:\||-|–|—|::|·|»|/)\s+")


def strip_site_name(title: str) -> str:
    """Drop a site name joined to a title by a separator ("Title | Site" -> "Title")."""
    parts = _SITE_SEPARATOR.split(title)
    return max(parts, key=len).strip() if len(parts) > 1 else title.strip()


def _overlaps(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return a == b or a in b or b in a


def headline_from_meta(meta: dict[str, str]) -> str | None:
    """The headline the markup gives.

    A visible ``<h1>`` that a title field confirms (equal, or one contains the other) wins;
    then the only ``<h1>`` of the page; then JSON-LD ``headline``, ``og:title`` and
    ``<title>``, without a site name joined by a separator.
    """
    headings = [h for h in meta.get("h1s", "").split("\n") if h]
    titles = [meta[key] for key in ("ld_headline", "og_title", "title_tag") if meta.get(key)]
    for heading in headings:
        if any(_overlaps(heading, title) for title in titles):
            return heading
    if len(headings) == 1:
        return headings[0]
    if titles:
        return strip_site_name(titles[0])
    return headings[0] if headings else None
