"""Photo and image credits and captions' source lines."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .._page import Block, Page
from .._rule import Category, Context, Label, Rule
from ._phrases import covered_by_phrases, phrase_vocabulary, starts_with_phrase

_MAX_CREDIT_WORDS = 14
_MAX_BARE_LABEL_WORDS = 3
_MAX_CAPTION_WORDS = 60
_TAIL_CHARS = 160  # credits end a line; the patterns only need its end
_COPYRIGHT_SIGN_CREDIT = regex.compile(r"^(?:©|\(c\)|&copy;)\s*[^\n©]{1,80}/\s*\S", regex.I)
_AGENCIES = (
    r"getty(?: images)?|reuters|afp|ap|epa|dpa|efe|ansa|shutterstock|istock(?:photo)?|alamy|"
    r"imago|keystone|picture[- ]alliance|sputnik|tass|ria novosti|xinhua|anadolu|bloomberg"
)
_AGENCY_TAIL = regex.compile(
    rf"(?:/|\||\bvia\b|\bby\b|:)\s*(?:{_AGENCIES})\b[^.\n]{{0,40}}\)?$", regex.I
)
# How a caption's credit ends it, one pattern per form: the forms share no prefix, and
# tried apart they cost half what one alternation of them costs. Only whether one
# matches counts, so a sentence end before a credit is matched, not looked behind at.
_TRAILING_CREDITS = tuple(
    regex.compile(f"(?:{form})$", regex.IGNORECASE)
    for form in (
        r"\((?:image|photo|picture|foto|bild|credit|source|quelle|bildquelle|fotoquelle)s?\s*:"
        r"[^()]{1,60}\)",
        r"\b(?:photo(?:graph|graphy)?|image|picture|illustration|foto|bild)\s+"
        r"(?:credit|courtesy|by|von|de|par)\b[^.]{0,60}",
        r"\((?:ap|afp|epa|dpa|reuters|getty)\s+photo\b[^()]{0,80}\)",
        # "... in the hall / (C) Jane Roe": a copyright sign and a name after a separator
        r"[/|]\s*(?:©|\(c\))\s*\p{L}[\p{L}.' -]{1,40}",
        # "(NASA via AP, File)": a picture's source handed on by an agency
        rf"\([^()]{{1,60}}\bvia (?:{_AGENCIES})\b[^()]{{0,20}}\)",
        # "(REUTERS/Jane Roe)", "(jroe / iStock.com)": a person and an agency in parentheses
        rf"\((?=[^()]{{0,80}}/)(?=[^()]{{0,80}}\b(?:{_AGENCIES})\b)[^()]{{1,80}}\)",
        r"\bsubmitted photo",
        r"\bcredit\s*(?::|\.{2,}|…)\s*[^.]{1,60}",
        r"\[\+\][^.]{0,80}",
        r"[.!?,]\s{0,3}(?:(?:photo|foto|bild|image|imagen|fotografía|photograph)s?\s*:\s*"
        r"(?:[^.:]|\.(?=\w)){1,60}|efe|ap|afp|reuters|dpa|epa|ansa|getty images)",
        # "... last year. Jane Roe/Reuters files"
        rf"[.!?]\s{{1,3}}\p{{Lu}}[\p{{L}}.' -]{{1,40}}/(?:{_AGENCIES})(?: files?)?",
    )
)
# Every form of _TRAILING_CREDITS ends with ")", has "/", "|" or "[+]" in its tail or
# has one of these words: lines with none of them are passed over without trying them.
_CREDIT_WORDS = frozenset(
    "photo photos photograph photographs photography image images imagen imagens picture "
    "pictures illustration foto fotos bild bilds fotografía fotografías credit submitted "
    "efe ap afp reuters dpa epa ansa getty".split()
)
_CAPTION_PREFIX = regex.compile(
    r"^(?:image caption|media caption|caption|bildunterschrift)\b|"
    # the zoom button printed before a caption: "Vergrößern The harbour at dawn"
    # ("Vergrößern Sie die Schrift ..." is an instruction)
    r"^(?:vergrößern|enlarge(?: this image)?|agrandir)\s+(?!(?-i:Sie|Ihre?)\b)(?-i:\p{Lu})|"
    # a figure's label: "Figure 2:", "Abbildung 4:", "Abb.:", "Beitragsbild:"
    r"^(?:figure|fig\.|abbildung|abb\.|beitragsbild|titelbild|grafik|gráfico|graphique)"
    r"\s*\d*[a-z]?\s*:",
    regex.IGNORECASE,
)
# What the text of each form of _CAPTION_PREFIX, _COPYRIGHT_SIGN_CREDIT and
# _GALLERY_COUNTER opens with, case-folded ("ß" folds to "ss").
_CAPTION_OPENERS = (
    "image caption", "media caption", "caption", "bildunterschrift", "vergrössern", "enlarge",
    "agrandir", "figure", "fig.", "abbildung", "abb.", "beitragsbild", "titelbild", "grafik",
    "gráfico", "graphique",
)  # fmt: skip
_COPYRIGHT_OPENERS = ("©", "(c)", "&copy;")
_GALLERY_OPENERS = ("image", "photo", "picture", "slide", "bild", "foto", "imagen", "фото")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_LABEL_SEPARATOR = regex.compile(r"^\(?[\p{L} .]{1,25}[:/|]\s*\S")
_GALLERY_COUNTER = regex.compile(
    r"^(?:image|photo|picture|slide|bild|foto|imagen|фото)\s+\d+\s*(?:of|/|von|de|sur|di|из)"
    r"\s*/?\s*\d*$",
    regex.IGNORECASE,
)


class PhotoCredit(Rule):
    """Credits of photos and images.

    What it catches: short lines that start with a credit word and a colon in any supported
    language (``Photo: Jane Doe``, ``Foto: dpa``), bare labels (``Photo``, ``Quelle``),
    ``© Agency / Photographer`` lines, short lines ending with a picture agency
    (``(Photo by X/Getty Images)``), "Photograph by" or "Illustration by" lines and gallery
    counters (``Image 3 of 13``); captions that start with "Image caption", a figure's
    label (``Figure 2:``, ``Abb.:``) or the zoom button's word (``Vergrößern``,
    ``Enlarge this image``) or end with their credit (``The harbour at dawn.
    (Photo: X)``, ``… in Ohio. (AP Photo/X)``, ``…Credit...X/The Daily Planet``, ``… am
    Montag. Foto: X``, ``… el martes. EFE``, ``… (REUTERS/X)``, ``… (NASA via AP)``,
    ``… im Saal / (C) X``, ``… last year. X/Reuters files``).
    Why: credits sit under pictures in the middle of the article and are not its text.
    Example: ``©  Sputnik / Sergey Guneev``
    """

    code = "AC401"
    name = "photo-credit"
    category = Category.CREDIT

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        folded = page.folded
        for block in page.blocks:
            if block.word_count <= _MAX_CAPTION_WORDS:
                reason = _reason(block, folded[block.index])
                if reason:
                    yield self.hit(block.index, reason)


def _reason(block: Block, folded: str) -> str | None:
    """Why the block is a credit or a caption, if it is; ``folded`` is its case-folded
    text."""
    text = block.text
    if folded.startswith(_CAPTION_OPENERS) and _CAPTION_PREFIX.match(text):
        return "a picture caption"
    tail = text[-_TAIL_CHARS:]
    if _may_end_with_credit(block, tail) and any(
        credit.search(tail) for credit in _TRAILING_CREDITS
    ):
        return "a picture caption ending with its credit"
    if block.word_count > _MAX_CREDIT_WORDS:
        return None
    if (
        folded.startswith(_COPYRIGHT_OPENERS)
        and _COPYRIGHT_SIGN_CREDIT.match(text)
        and not _YEAR.search(text)
    ):
        return "copyright sign with agency / photographer"
    if not phrase_vocabulary(("credit",)).isdisjoint(block.letter_words):
        if not block.terminal and covered_by_phrases(block, ("credit",), _MAX_BARE_LABEL_WORDS):
            return "a bare picture label"
        if _LABEL_SEPARATOR.match(text) and starts_with_phrase(block, ("credit",)):
            return "credit label followed by a name"
    if (
        not text.endswith(".")
        and _may_name_agency(text, folded)
        and _AGENCY_TAIL.search(text[-_TAIL_CHARS:])
    ):
        return "short line ending with a picture agency"
    if folded.startswith(_GALLERY_OPENERS) and _GALLERY_COUNTER.match(text):
        return "picture gallery counter"
    return None


def _may_end_with_credit(block: Block, tail: str) -> bool:
    """The line has what some form of trailing credit needs: a closing parenthesis at its
    end, a separator or a "[+]" in its tail, or a credit word."""
    return (
        tail.endswith(")")
        or "/" in tail
        or "|" in tail
        or "[+]" in tail
        or not _CREDIT_WORDS.isdisjoint(block.letter_words)
    )


def _may_name_agency(text: str, folded: str) -> bool:
    """The line has a separator that _AGENCY_TAIL needs before the agency: "/", "|", ":",
    or "via" or "by" in its case-folded text."""
    return "/" in text or "|" in text or ":" in text or "by" in folded or "via" in folded
