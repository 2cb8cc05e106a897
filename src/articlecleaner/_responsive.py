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

from collections.abc import Sequence
from functools import lru_cache

_NARROW = frozenset("xs sm small mobile phone tablet".split())
_WIDE = frozenset("md lg xl xxl 2xl medium large desktop".split())
_SCREENS = _NARROW | _WIDE
_DEVICES = frozenset("mobile phone tablet desktop".split())
_HIDING = frozenset("hidden hide none".split())
_SHOWING = frozenset("visible show only".split())
_DISPLAYS = frozenset("hidden none block flex grid inline table contents".split())
_MODIFIER_PREFIXES = ("is-", "has-")  # "is-mobile": a layout that also holds on phones
_MIN_WORDS = 8  # a shorter text may well be printed twice on purpose (a label, a price)
_MAX_BLOCKS_COMPARED = 100_000  # per page, summed over the elements (nested ones repeat)


def narrow_screen_copies(
    elements: Sequence[tuple[int, int, bool]], texts: Sequence[str]
) -> frozenset[int]:
    """The blocks to drop as copies for narrow screens. ``elements`` are the elements
    that depend on the screen size, each as the span of block ``texts`` it holds (first,
    after the last) and whether wide screens show it. A narrow-screen element is a copy
    when a wide-screen one holds the same text, or, when none does, an earlier
    narrow-screen one; elements nested in another that holds the text are passed over."""
    if len(elements) < 2:
        return frozenset()
    spans: dict[tuple[int, int], bool] = {}  # one element may wrap another, same blocks
    budget = _MAX_BLOCKS_COMPARED
    for first, end, wide in elements:
        budget -= end - first
        if budget < 0:
            break
        if end - first and sum(texts[i].count(" ") + 1 for i in range(first, end)) >= _MIN_WORDS:
            spans[first, end] = spans.get((first, end), False) or wide
    by_text: dict[str, list[tuple[int, int, bool]]] = {}
    for (first, end), wide in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        by_text.setdefault("\n".join(texts[first:end]), []).append((first, end, wide))
    dropped: set[int] = set()
    for group in by_text.values():
        if len(group) < 2:
            continue
        outer = _outermost(group)
        if any(wide for _, _, wide in outer):
            copies = [span for span in outer if not span[2]]
        else:
            copies = outer[1:]
        for first, end, _ in copies:
            dropped.update(range(first, end))
    return frozenset(dropped)


def _outermost(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The spans not inside another one; ``spans`` are ordered by start, longest first."""
    outer: list[tuple[int, int, bool]] = []
    reach = -1
    for span in spans:
        if span[1] > reach:
            outer.append(span)
            reach = span[1]
    return outer


@lru_cache(maxsize=4096)
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
