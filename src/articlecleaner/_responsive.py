"""Copies of one part of a page printed for different screen sizes.

A page may print its product description, a summary or a menu twice: once in an element
shown only on phones, once in one shown only on wide screens. The stylesheet shows one of
them; a reader without the stylesheet sees both. Class names of the common layout
frameworks say which elements depend on the screen size ("hidden-xs", "d-md-block",
"md:hidden", "show-for-small-only", "mobile-only", ...). Of two or more such elements
that print the same text, the reader keeps the one a wide screen shows, as a desktop
browser does.
"""

from __future__ import annotations

from lxml import etree

from ._html import is_hidden

_NARROW = frozenset("xs sm small mobile phone tablet".split())
_WIDE = frozenset("md lg xl xxl 2xl medium large desktop".split())
_SCREENS = _NARROW | _WIDE
_DEVICES = frozenset("mobile phone tablet desktop".split())
_HIDING = frozenset("hidden hide none".split())
_SHOWING = frozenset("visible show only".split())
_DISPLAYS = frozenset("hidden none block flex grid inline table contents".split())
_MODIFIER_PREFIXES = ("is-", "has-")  # "is-mobile": a layout that also holds on phones

# A cheap first filter, run by lxml: the class holds one of these strings.
_CANDIDATES = etree.XPath(
    "//*[@class][contains(@class, 'xs') or contains(@class, 'sm') or contains(@class, 'md')"
    " or contains(@class, 'lg') or contains(@class, 'xl') or contains(@class, 'small')"
    " or contains(@class, 'medium') or contains(@class, 'large') or contains(@class, 'mobile')"
    " or contains(@class, 'phone') or contains(@class, 'tablet') or contains(@class, 'desktop')]"
)
_MIN_WORDS = 8  # a shorter text may well be printed twice on purpose (a label, a price)
# Work per page: the first screen-size elements and characters of their text (nested
# ones repeat their children's).
_MAX_ELEMENTS = 1_000
_MAX_CHARS = 2_000_000


def hide_screen_copies(root: etree._Element) -> int:
    """Mark as hidden the copies that a wide screen does not show of a text that two or
    more screen-size elements print word for word (elements hidden on every screen
    aside); return how many were hidden."""
    found = _CANDIDATES(root)
    if not isinstance(found, list):
        return 0
    copies: dict[str, list[tuple[etree._Element, bool | None]]] = {}
    elements = chars = 0
    for element in found:
        if not isinstance(element, etree._Element):
            continue
        wide = shown_on_wide_screens(str(element.get("class")))
        if wide is None:
            continue
        elements += 1
        if elements > _MAX_ELEMENTS or chars > _MAX_CHARS:
            break
        if any(is_hidden(e) for e in (element, *element.iterancestors())):
            continue
        text = etree.tostring(element, method="text", encoding=str, with_tail=False)
        chars += len(text)
        words = " ".join(text.split())
        if words.count(" ") + 1 >= _MIN_WORDS:
            copies.setdefault(words, []).append((element, wide))
    hidden = 0
    for group in copies.values():
        outer = [(e, wide) for e, wide in group if not any(_inside(e, o) for o, _ in group)]
        if len(outer) < 2:
            continue
        keep = next((e for e, wide in outer if wide), outer[0][0])
        for element, _ in outer:
            if element is not keep:
                element.set("hidden", "")
                hidden += 1
    return hidden


def shown_on_wide_screens(classes: str) -> bool | None:
    """Whether class names show their element on wide screens (True), only on narrow ones
    (False), or do not depend on the screen size (None). The first name that shows or
    hides by screen size decides: "hidden-xs", "hidden-md-down", "d-md-block", "md:flex"
    and "desktop" say True; "visible-xs", "hidden-lg-up", "md:hidden" and "mobile-only"
    False. Sizes alone ("col-md-6", "btn-sm") say nothing."""
    for name in classes.casefold().split():
        parts = name.replace("_", "-").replace(":", "-").split("-")
        if _SCREENS.isdisjoint(parts):
            continue
        if name.startswith("d-") or ":" in name:  # "d-md-none", "md:block": from a size up
            if parts[-1] in _DISPLAYS:
                return name.startswith("max-") == (parts[-1] in _HIDING)
            continue
        hides = not _HIDING.isdisjoint(parts)
        shows = not _SHOWING.isdisjoint(parts)
        device = not _DEVICES.isdisjoint(parts) and not name.startswith(_MODIFIER_PREFIXES)
        if not (hides or shows or device):
            continue
        if "up" in parts or "down" in parts:  # "hidden-md-up": hidden from medium screens up
            return ("up" in parts) != hides
        return _WIDE.isdisjoint(parts) == hides
    return None


def _inside(element: etree._Element, other: etree._Element) -> bool:
    return element is not other and any(a is other for a in element.iterancestors())
