"""Choosing the headline among the titles the markup offers."""

from __future__ import annotations

import regex

_SITE_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+")


def strip_site_name(title: str) -> str:
    """Drop a site name joined to a title by a separator ("Title | Site" -> "Title")."""
    parts = _SITE_SEPARATOR.split(title)
    return max(parts, key=len).strip() if len(parts) > 1 else title.strip()


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def headline_from_meta(meta: dict[str, str]) -> str | None:
    """The headline the markup gives.

    The visible ``<h1>`` wins when a title field confirms it (equal, or contained in the
    ``<title>``); otherwise JSON-LD ``headline``, then ``og:title``, then ``<title>``
    without its site name.
    """
    h1 = meta.get("h1")
    titles = [meta[key] for key in ("ld_headline", "og_title", "title_tag") if meta.get(key)]
    if h1 and any(_same(h1, t) or h1.casefold() in t.casefold() for t in titles):
        return h1
    for key in ("ld_headline", "og_title"):
        if meta.get(key):
            return strip_site_name(meta[key]) if key == "og_title" else meta[key]
    if meta.get("title_tag"):
        return strip_site_name(meta["title_tag"])
    return h1
