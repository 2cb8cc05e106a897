"""Input limits, checked before and right after parsing; each one cut is reported."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one page fast and small. Every cut adds a warning to the Article."""

    max_chars: int = 2_000_000
    """Characters of text read, from raw text or from the elements of HTML; the rest is
    dropped with a warning."""
    max_html_chars: int = 10_000_000
    """Characters of HTML parsed. Comments and large scripts, styles and SVG (which never
    become text) are emptied, and attribute floods reduced, before this is counted; the
    markup over it is dropped with a warning."""
    max_line_chars: int = 10_000
    """A longer line is split into pieces at spaces (nothing is dropped)."""
    max_blocks: int = 10_000
    """Blocks (lines or elements) judged; the rest of the page is dropped with a warning."""
    max_tag_chars: int = 10_000
    """HTML: a longer start tag (attribute floods) is reduced to its name before parsing."""
    min_parsed_share: float = 0.5
    """HTML: when the parsed tree holds less of the page's text than this share (nesting
    past the parser's depth limit, broken markup), the page is read as text instead."""


DEFAULT_LIMITS = Limits()
