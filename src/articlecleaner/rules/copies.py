"""A part of the page printed again right after itself."""

from __future__ import annotations

from collections.abc import Iterator

from .._page import Page
from .._rule import Category, Context, Label, Rule, Stage

_MIN_COPY_WORDS = 20  # shorter runs repeat on purpose: a label, a price, a step of a list
_MAX_GAP = 3  # kept blocks between the end of a run and its copy


class RepeatedCopy(Rule):
    """A run of kept blocks printed again, word for word, right after the same run.

    What it catches: one block or more of the body, twenty words at least together, that
    repeat the body's blocks just above them (at most three blocks between the two), as
    pages print a product description, a summary or a whole article once for phones and
    once for wide screens, and a text rendering of the page shows both.
    Why: a reader reads the text once; the copy only doubles its words. A text repeated
    further away (a recipe's step for every day, a quotation) stays.
    Example: a product description, "Sold out", then the same description again.
    """

    code = "AC002"
    name = "repeated-copy"
    category = Category.BOILERPLATE
    stage = Stage.FIELDS  # on the body: what other rules remove may repeat as it likes

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        blocks = [page.blocks[index] for index in context.body]
        keys = [page.folded[index] for index in context.body]
        last_seen: dict[str, int] = {}
        index = 0
        while index < len(blocks):
            earlier = last_seen.get(keys[index])
            length = 0
            if earlier is not None:
                while (
                    index + length < len(blocks)
                    and earlier + length < index
                    and keys[index + length] == keys[earlier + length]
                ):
                    length += 1
            gap = index - (earlier or 0) - length
            if (
                length
                and gap <= _MAX_GAP
                and (gap or blocks[index].paragraph_start)  # not a piece of one paragraph
                and sum(block.word_count for block in blocks[index : index + length])
                >= _MIN_COPY_WORDS
            ):
                reason = (
                    f"a copy of the {length} block(s) from block {blocks[earlier or 0].index} on"
                )
                for copy in blocks[index : index + length]:
                    yield self.hit(copy.index, reason)
                index += length
                continue
            # A run too far from its original: its later blocks are as far from theirs,
            # so they are passed over (no page takes quadratic time).
            step = length if length and gap > _MAX_GAP else 1
            for later in range(index, index + step):
                last_seen[keys[later]] = later
            index += step
