"""Choosing the headline among the titles the markup offers."""

from __future__ import annotations

import regex

_SITE_SEPARATOR = regex.compile(r"(?<!\s)(?:\s++(?:\||-|–|—|::|·|»|/)\s+|\s*+\|\s*+)")
_SITE_PART_JOINER = " – "
_MIN_CONFIRMED_SHARE = 0.6  # a heading inside a title covers at least this share of it


def strip_site_name(title: str, site: str | None = None, *, guess: bool = True) -> str:
    """Drop a site name joined to a title by a separator ("Title | Site" -> "Title").

    The part naming the site (``og:site_name``) goes when the page gives it; otherwise,
    with ``guess``, the longest part is taken for the title.
    """
    parts = [part.strip() for part in _SITE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title.strip()
    if site:
        kept = [part for part in parts if not _names_site(part, site)]
        if kept and len(kept) < len(parts):
            return kept[0] if len(kept) == 1 else _SITE_PART_JOINER.join(kept)
    return max(parts, key=len) if guess else title.strip()


def _names_site(part: str, site: str) -> bool:
    """True when a title part names the site: "Example Media" or "Example" for the site
    "Example Media"."""
    return _normal(part) in _normal(site)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _opens(heading: str, title: str) -> bool:
    """A heading is the first part of a title ("Heading | Site | Slogan")."""
    return _normal(heading) == _normal(_SITE_SEPARATOR.split(title)[0])


def _confirms(heading: str, title: str) -> bool:
    """A heading is the title, or most of it (a title may add a kicker or a site name)."""
    heading, title = _normal(heading), _normal(title)
    if heading == title:
        return True
    shorter, longer = sorted((heading, title), key=len)
    return shorter in longer and len(shorter) >= _MIN_CONFIRMED_SHARE * len(longer)


def _titles(meta: dict[str, str]) -> list[str]:
    """The title fields, best first, each without a site name: JSON-LD ``headline`` and
    ``og:title`` lose only a part naming the site, ``<title>`` its site part in any case."""
    site = meta.get("site_name")
    titles = []
    for key in ("ld_headline", "og_title"):
        if meta.get(key):
            titles.append(strip_site_name(meta[key], site, guess=False))
    if meta.get("title_tag"):
        titles.append(strip_site_name(meta["title_tag"], site))
    return titles


def headline_from_meta(meta: dict[str, str]) -> str | None:
    """The headline the markup gives.

    A visible ``<h1>`` that a title field confirms (the same text or most of it, else its
    first part) wins;
    then the title fields in order (JSON-LD ``headline``, ``og:title``, ``<title>``);
    then the first ``<h1>``.
    """
    headings = [h for h in meta.get("h1s", "").split("\n") if h]
    titles = _titles(meta)
    for confirmed in (_confirms, _opens):
        for heading in headings:
            if any(confirmed(heading, title) for title in titles):
                return heading
    if titles:
        return titles[0]
    return headings[0] if headings else None
