"""Rules that misbehave on purpose, to test that one bad document never stops a batch."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

from articlecleaner import Category, Context, Label, Page, Rule


class Misbehave(Rule):
    """Hangs, raises or kills its process on marker lines.

    What it catches: nothing. Why: batch tests. Example: ``HANG-MARKER``
    """

    code = "TEST1"
    name = "misbehave"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.text == "HANG-MARKER":
                time.sleep(3600)
            if block.text == "RAISE-MARKER":
                raise RuntimeError("rule failed on purpose")
            if block.text == "CRASH-MARKER":
                os._exit(3)
        yield from ()
