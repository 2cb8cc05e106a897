"""Choosing the headline among the titles the markup offers."""

from __future__ import annotations

from collections.abc import Sequence

import regex

_SITE_SEPARATOR = regex.compile(r"(?<!\s)(?:\s++(?:\||-|–|—|::|·|»|/)\s+|\s*+\|\s*+)")
_SITE_PART_JOINER = " – "
_MIN_CONFIRMED_SHARE = 0.6  # a heading inside a title covers at least this share of it
_MAX_HEADINGS = 4  # a page with more <h1> uses them for anything, not for its headline
_MIN_HEADING_WORDS_BESIDE_TITLE = 2  # a one-word <h1> is a section name beside a title
_MIN_HEADING_WORDS = 2  # a one-word heading by the body ("Contents") names a section
_MIN_SITE_PREFIX = 5  # letters of a site name a banner heading must open with
_QUOTES = frozenset('"“”„«»')
_MIN_HOST_PART = 6  # letters a title part and a host label must share to be one name


def strip_site_name(
    title: str, site: str | None = None, *, guess: bool = True, hosts: Sequence[str] = ()
) -> str:
    """Drop a site name joined to a title by a separator ("Title | Site" -> "Title").

    The part naming the site (``og:site_name``) goes when the page gives it; otherwise,
    with ``guess``, the parts that spell one of ``hosts`` (the letters of the host name's
    labels) go, and the longest of the rest is taken for the title.
    """
    parts = [part.strip() for part in _SITE_SEPARATOR.split(title) if part.strip()]
    if len(parts) < 2:
        return title.strip()
    if site:
        kept = [part for part in parts if not _names_site(part, site)]
        if kept and len(kept) < len(parts):
            return kept[0] if len(kept) == 1 else _SITE_PART_JOINER.join(kept)
    if not guess:
        return title.strip()
    named = [part for part in parts if not _spells_host(part, hosts)] or parts
    return max(named, key=len)


def _spells_host(part: str, hosts: Sequence[str]) -> bool:
    """A title part spells the host: "Example News" on example-news.com, "example.com",
    "Dr. Jane Roe" on jane-roe.net."""
    letters = _letters(part)
    return any(
        letters == host
        or (len(letters) >= _MIN_HOST_PART and letters in host)
        or (len(host) >= _MIN_HOST_PART and host in letters and 2 * len(host) >= len(letters))
        for host in hosts
    )


def _host_labels(meta: dict[str, str]) -> list[str]:
    """The letters of the host name's labels but the top-level domain, each and together
    ("blog.example-news.com": "blog", "examplenews", "blogexamplenews")."""
    labels = [_letters(label) for label in _host(meta).split(".")[:-1]]
    return [label for label in {*labels, "".join(labels)} if label]


def _names_site(part: str, site: str) -> bool:
    """True when a title part names the site: "Example Media" or "Example" for the site
    "Example Media"."""
    return _normal(part) in _normal(site)


def _normal(text: str) -> str:
    """For comparing titles: case, spacing and how an ellipsis is typed do not count."""
    return " ".join(text.casefold().replace("...", "…").split())


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


def _recased(heading: str, title: str) -> bool:
    """The heading is the title with a word in other case."""
    return heading != title and _normal(heading) == _normal(title)


def _glues_to(heading: str, title: str) -> bool:
    """The heading is the title with a kicker before it or a subtitle after it; a heading
    that only goes on with the title's sentence ("Title in Tennessee") is no glue, nor is
    one joined to it by a colon ("Kicker: Title" is read as one headline)."""
    heading, title = _normal(heading), _normal(title)
    before, found, after = heading.partition(title)
    if not found or not (before or after):
        return False
    if before.rstrip().endswith(":") or after.lstrip().startswith(":"):
        return False
    return not after.strip()[:1].isalnum()


def _host(meta: dict[str, str]) -> str:
    """The host name of the page's URL, without "www."."""
    return meta.get("url", "").rpartition("://")[2].split("/")[0].removeprefix("www.")


def _hosts(meta: dict[str, str]) -> list[str]:
    """The host name of the page's URL, with and without its top-level domain."""
    host = _host(meta)
    return [host, host.rpartition(".")[0]]


def _social_titles(meta: dict[str, str]) -> list[str]:
    """JSON-LD ``headline`` and ``og:title``, each without a part naming the site or
    spelling its host name; a title that is only the site's name is none."""
    hosts = [_letters(host) for host in _hosts(meta) if host]
    sites = {*hosts, _letters(meta.get("site_name", ""))}
    titles = [
        _strip_host(strip_site_name(meta[key], meta.get("site_name"), guess=False), hosts)
        for key in ("ld_headline", "og_title")
        if meta.get(key)
    ]
    return [title for title in titles if _letters(title) not in sites]


def _mended(titles: list[str]) -> list[str]:
    """Titles cut at a quotation mark the markup left unescaped (``content="Says "no""``
    keeps "Says "), each replaced by the title that goes on from it with that mark."""
    mended = []
    for title in titles:
        longer = (
            other
            for other in titles
            if other.startswith(title) and other[len(title) :].lstrip()[:1] in _QUOTES
        )
        mended.append(next(longer, title))
    return mended


_TITLE_JOINERS = " :|-–—·»/"


def _names_beside(title_tag: str, social: list[str]) -> set[str]:
    """What ``<title>`` prints beside a social title: the blog's or site's name ("Site
    Name: Post Title" where ``og:title`` is "Post Title"), as compared by ``_normal``."""
    title = _normal(title_tag)
    names = set()
    for other in map(_normal, social):
        if title.endswith(other):
            rest = title[: -len(other)]
        elif title.startswith(other):
            rest = title[len(other) :]
        else:
            continue
        name = rest.strip(_TITLE_JOINERS)
        if name:
            names.add(name)
    return names


def _strip_host(title: str, hosts: list[str]) -> str:
    """Drop a first or last title part that spells the host name ("Title - Example News"
    on example-news.com)."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if separators and _letters(title[separators[-1].end() :]) in hosts:
        return title[: separators[-1].start()].strip()
    if separators and _letters(title[: separators[0].start()]) in hosts:
        return title[separators[0].end() :].strip()
    return title


def _site_names(meta: dict[str, str]) -> list[str]:
    """What the page calls its site, as letters: ``og:site_name``, the last part of
    ``<title>`` and all parts after the first together (a middle part may be the title,
    "Kicker - Title - Site"), and the host name of the page's URL (with and without its
    top-level domain)."""
    rest = _SITE_SEPARATOR.split(meta.get("title_tag", ""))[1:]
    names = [meta.get("site_name", ""), *rest[-1:], "".join(rest), *_hosts(meta)]
    return [letters for letters in map(_letters, names) if letters]


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _names_a_site(heading: str, sites: list[str]) -> bool:
    """The heading is the site's name, or opens with it (a banner with a slogan)."""
    letters = _letters(heading)
    return any(
        letters == site or (len(site) >= _MIN_SITE_PREFIX and letters.startswith(site))
        for site in sites
    )


def _names_a_section(heading: str) -> bool:
    """A one-word ``<h1>`` ("Literatur"): a section's name, not an article's title."""
    return len(heading.split()) < _MIN_HEADING_WORDS_BESIDE_TITLE


def _is_banner(heading: str, sites: list[str]) -> bool:
    """An ``<h1>`` that names the site or a section."""
    return _names_a_site(heading, sites) or _names_a_section(heading)


def _confirmed_near_body(
    titles: list[str],
    above: Sequence[str],
    near: Sequence[str],
    sites: list[str],
    agreed: bool = False,
) -> str | None:
    """A heading near the body's start (``<h2>``... included) that a title field confirms,
    or the first of two such headings a title joins, unless an ``<h1>`` other than the
    site's or a section's name stands right above the body: readers take that one for
    the headline. When the social titles ``agreed`` (JSON-LD and ``og:title`` give one
    text), they outweigh that ``<h1>``, and a heading that glues a date or kicker to
    their title gives the title."""
    if not agreed and not all(_is_banner(heading, sites) for heading in above):
        return None
    for confirmed in (_confirms, _opens):
        for title in titles:
            for heading in near:
                if confirmed(heading, title) and not _names_a_site(heading, sites):
                    return title if agreed and _glues_to(heading, title) else heading
    for title in titles:
        for heading in near:
            if _joined_to_other(heading, title, near):
                return heading
    return None


def _joined_to_other(heading: str, title: str, near: Sequence[str]) -> bool:
    """The title is this heading and another heading by the body joined by a separator
    ("Headline - Subtitle", both printed)."""
    heading, title = _normal(heading), _normal(title)
    if not title.startswith(heading) or title == heading:
        return False
    joiner = _SITE_SEPARATOR.match(title, len(heading))
    rest = title[joiner.end() :] if joiner else ""
    return bool(rest) and any(_normal(other) == rest for other in near)


def headline_from_meta(
    meta: dict[str, str],
    line: str | None = None,
    *,
    line_is_heading: bool = False,
    headings_above: Sequence[str] = (),
    headings_near: Sequence[str] = (),
) -> str | None:
    """The headline the markup gives, with the help of the headline line the text found.

    Tried in order:

    1. A visible ``<h1>``, then ``line`` (the headline the text rules found above the
       body, often an ``<h2>`` or a styled ``<div>``), that a title field confirms: the
       same text or most of it, else its first part; title fields in order (JSON-LD
       ``headline``, ``og:title``, ``<meta name="title">`` and ``<title>`` without
       their site part). The ``<h1>`` is taken, or the social title it confirms when
       it glues a kicker or subtitle to it, or the title when the ``<h1>`` prints it in
       other case and a heading by the body prints it as the field spells it;
       the line is taken when it is no longer than that title.
    2. A heading of any level near the body's start (``headings_near``) that a title
       field confirms, or that a title joins to another such heading ("Headline -
       Subtitle"), unless an ``<h1>`` printed right above the body, with nothing but
       metadata between (``headings_above``), is more than the site's name or a one-word
       section name.
    3. On a page without ``<h1>`` or social title, ``line`` if it is a heading, else
       the first heading near the body's start of two words or more that does not name
       the site: ``<title>`` often gives a section or the site, the page's own heading
       the article.
    4. On a page with few ``<h1>``, the first that does not name the site: readers see
       it as the headline when the title fields say otherwise. But the title it ends
       with when it prints a kicker before one; beside a social title a one-word
       heading (a section name) is passed over.
    5. The text two title fields share after different kickers ("Preview: X" and
       "Teaser?: X" give X), else the title fields in order; then the first ``<h1>``.

    A title field cut at a quotation mark the markup left unescaped is first mended
    from the field that goes on from it.
    """
    # Soft hyphens are hints for breaking a long word, not part of the headline.
    headings = [h.replace("\xad", "") for h in meta.get("h1s", "").split("\n") if h]
    social = _social_titles(meta)
    banners = _names_beside(meta.get("title_tag", ""), social)
    headings = [heading for heading in headings if _normal(heading) not in banners]
    headings_near = [heading for heading in headings_near if _normal(heading) not in banners]
    if line and _normal(line) in banners:
        line = None
    titles = list(social)
    for key in ("meta_title", "title_tag"):  # <meta name="title">, then <title>
        if meta.get(key):
            site, hosts = meta.get("site_name"), _host_labels(meta)
            titles.append(strip_site_name(meta[key], site, hosts=hosts))
    titles = _mended(titles)
    confirmers = [*headings, line] if line else headings
    for confirmed in (_confirms, _opens):
        for title in titles:
            for position, heading in enumerate(confirmers):
                if not confirmed(heading, title):
                    continue
                if position == len(headings):  # the text's line, not an <h1>
                    return heading if len(_normal(heading)) <= len(_normal(title)) else title
                if title in social and _glues_to(heading, title):
                    return title
                # Another heading by the body prints the title as the field spells it.
                return title if _recased(heading, title) and title in headings_near else heading
    sites = _site_names(meta)
    agreed = len({_normal(title) for title in social}) == 1 < len(social)
    near = _confirmed_near_body(titles, headings_above, headings_near, sites, agreed)
    if near:
        return near
    if line and line_is_heading and not headings and not social:
        return line  # a heading above the body, where only <title> would say otherwise
    if not headings and not social:
        for heading in headings_near:
            if len(heading.split()) >= _MIN_HEADING_WORDS and not _names_a_site(heading, sites):
                return heading
    for heading in headings if len(headings) <= _MAX_HEADINGS else ():
        inside = [title for title in titles if _normal(heading).endswith(_normal(title))]
        if inside:  # the heading prints a kicker before a title: that title
            return inside[0]
        if not _letters(heading) or _names_a_site(heading, sites):
            continue
        if social and _names_a_section(heading):
            continue
        return heading
    if titles:
        return _shared_after_kickers(titles) or titles[0]
    return headings[0] if headings else None


def _shared_after_kickers(titles: list[str]) -> str | None:
    """The text two title fields share after different kickers ("Preview: Anno 1800" and
    "Industry revolutionised?: Anno 1800" give "Anno 1800")."""
    tails: dict[str, list[tuple[str, str]]] = {}
    for title in titles:
        kicker, colon, tail = title.rpartition(": ")
        if colon and kicker.strip() and tail.strip():
            tails.setdefault(_normal(tail), []).append((_normal(kicker), tail.strip()))
    for found in tails.values():
        if len({kicker for kicker, _ in found}) > 1:
            return found[0][1]
    return None
