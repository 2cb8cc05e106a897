"""What a rule is: the Rule base class, the Label it yields, the Category it reports."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import ClassVar, NamedTuple

from ._page import Page


class Category(str, Enum):
    """The kind of text a rule removes; reported on every Removal."""

    NAVIGATION = "navigation"
    SHARE = "share"
    TEASER = "teaser"
    CREDIT = "credit"
    PROMO = "promo"
    LANGUAGE_SWITCHER = "language-switcher"
    COOKIE = "cookie"
    FOOTER = "footer"
    COMMENTS = "comments"
    METADATA = "metadata"
    BOILERPLATE = "boilerplate"


class Stage(IntEnum):
    """When a rule runs. Later stages see the blocks labelled by earlier ones."""

    LINE = 1
    """Judges blocks by their own text and their immediate neighbours."""
    CONTEXT = 2
    """Judges regions of the page, knowing which blocks line rules labelled."""
    FIELDS = 3
    """Finds metadata lines (headline, dateline, byline) around the settled body, and
    judges the body as a whole (a run it prints twice)."""


@dataclass(frozen=True)
class Context:
    """What earlier stages decided, as later-stage rules see it."""

    junk: Mapping[int, Category] = field(default_factory=dict)
    """Blocks labelled by line rules, with the category of their first label."""
    body: tuple[int, ...] = ()
    """Blocks still kept after the context stage (empty before it)."""
    boundaries: frozenset[int] = frozenset()
    """Blocks labelled by rules that mark where an article ends (``marks_boundary``)."""


class Label(NamedTuple):
    """A rule's verdict on one block: remove it, for this reason. (A named tuple: rules
    make one for most blocks of every page, three times as fast as a frozen dataclass.)"""

    block: int
    code: str
    reason: str
    category: Category | None = None
    """The kind of text, when the rule tells it per block (else the rule's category)."""


class Rule(ABC):
    """A rule labels blocks of a Page; it never deletes anything itself.

    Subclasses set the class attributes and implement :meth:`label`. The class docstring
    is the rule's documentation and must say *What it catches*, *Why* and give an
    *Example*.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    stage: ClassVar[Stage] = Stage.LINE
    enabled_by_default: ClassVar[bool] = True
    marks_boundary: ClassVar[bool] = False
    """True when the blocks this rule labels end the article: main-content detection
    never joins text across them (a comment section heading, for one)."""
    trusts_markup: ClassVar[bool] = False
    """True when the rule believes what class names and tags say; a page on which the
    rules keep nothing is settled again without such rules (markup can mislabel the
    article's own container as a menu or a popup)."""

    @abstractmethod
    def label(self, page: Page, context: Context) -> Iterator[Label]:
        """Yield a Label for each block this rule removes, given earlier stages' verdicts."""

    def hit(self, block: int, reason: str, category: Category | None = None) -> Label:
        """A Label of this rule for ``block``; ``category`` when it differs from the rule's."""
        return Label(block, self.code, reason, category)

    def category_of(self, label: Label) -> Category:
        """The kind of text one of this rule's labels removes."""
        return label.category or self.category
