"""Promotions: subscribe, newsletter, podcasts, apps, advertisement labels."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import regex

from .._page import Block, Page
from .._rule import Category, Context, Label, Rule
from ._phrases import blocks_covered_by_phrases

# Each form of a call to action, with a piece of text it needs (case-folded): a form is
# tried only on a line that has its piece. Tried apart, the forms cost half what one
# alternation of them costs, and most are not tried at all.
_PROMO_CALLS = tuple(
    (needed, regex.compile(form, regex.IGNORECASE))
    for needed, form in (
        ("subscribe", r"\bsubscribe (?:to|now|today|for)\b"),
        ("newsletter", r"\bnewsletters?\b"),
        ("sign up", r"\bsign up (?:for|to|now|here)\b"),
        ("your", r"\b(?:delivered|straight|direct(?:ly)?) (?:to|into|through) your "
                 r"(?:inbox|letterbox|door|phone|smartphone|mobile)"),
        ("inbox", r"\b(?:your|their) inbox(?:es)?\b"),
        ("follow", r"\bfollow (?:me|us) on\b"),
        # "Follow The Daily Planet on Twitter": the site's accounts by name, as a request
        ("follow", r"(?:^|[.!?:]\s+)follow (?:the )?"
                   r"(?-i:\p{Lu})[\p{L}\p{N}.'’-]*(?: (?-i:\p{Lu})[\p{L}\p{N}.'’-]*){0,2} on "
                   r"(?:twitter|x|instagram|facebook|linkedin|tiktok|youtube|threads|mastodon|"
                   r"bluesky)\b"),
        ("click", r"\bclick here\b"),
        ("klick", r"\b(?:hier klicken|klicken sie hier|klicke hier)\b"),
        ("download", r"\bdownload (?:the app|our(?: [\p{L}\p{N}&.'-]+){0,3} apps?)\b|"
                     r"\bdownload the(?: [\p{L}\p{N}&.'-]+){1,3} apps? for "
                     r"(?:ios|android|iphone)\b"),
        ("get the", r"\bget the [\p{L} ]{1,30} app\b"),
        ("like us", r"\blike us on facebook\b"),
        ("enter your", r"\benter your e-?mail\b"),
        ("never miss", r"\bnever miss (?:a|an|our|the|any)(?: [\p{L}'’-]+){0,3} "
                       r"(?:stor(?:y|ies)|posts?|updates?|news|articles?|issues?|episodes?)\b"),
        ("abonnieren", r"\bjetzt abonnieren\b"),
        ("verpass", r"\bverpass(?:e|en sie) keine\b|\bkeine(?: [\p{L}-]+){1,5} mehr verpassen\b"),
        ("abonnez-vous", r"\babonnez-vous\b"),
        ("suscríbete", r"\bsuscríbete\b"),
        ("podpisz", r"\bpodpisz\b"),
        ("подпишитесь", r"\bподпишитесь\b"),
        ("subskrypcji", r"\bzapraszamy (?:też |również )?do subskrypcji\b"),
        ("pdf", r"\b(?:als|as) pdf (?:herunterladen|downloaden|download)\b|"
                r"\bdownload (?:as|the) pdf\b"),
        # appeals for money or subscribers
        ("support", r"\bsupport (?:our|independent) (?:journalism|work|reporting)\b"),
        ("donate", r"\bdonate (?:now|today)\b"),
        ("already a subscriber", r"\balready a subscriber\b"),
        ("unterstütze", r"\bunterstütze (?:uns|unsere (?:arbeit|berichterstattung))\b|"
                        r"\bunterstütze (?:\S+ ){1,2}(?:bereits |schon )?(?:ab|mit) \d"),
        ("spende", r"\bjede (?:kleine )?spende (?:hilft|zählt)\b|\bmit (?:deiner|ihrer) spende\b"),
        ("beitrag hilft", r"\bihr beitrag hilft\b"),
        ("bezahlschranke", r"\bkeine bezahlschranke\b"),
        ("wesprzyj", r"\bwesprzyj nas\b"),
        # paywalls and the site's shop
        ("access", r"\binstant access to\b|\bimmediate online access\b"),
        ("continue reading", r"\bto continue reading\b"),
        ("zugang", r"\bwählen sie ihren zugang\b"),
        ("weiter mit", r"\b(?:lesen sie|jetzt) weiter mit\b"),
        ("ausgaben gratis", r"\b\d+ ausgaben gratis\b"),
        ("shop", r"\b(?:visit|besuchen sie|besuche) (?:our|unseren|unser) [\p{L}-]*shop\b"),
        ("store", r"\b(?:visit|besuchen sie|besuche) (?:our|unseren|unser) [\p{L}-]*store\b"),
        # the site's channels on a messenger or video network
        ("canal de", r"\b(?:nuestro|tenemos) canal de (?:youtube|telegram|whatsapp)\b"),
        # the magazine's print and digital editions for sale
        ("paper", r"\bals e-?paper\b"),
        ("kiosk", r"\b(?:am|an jedem|im) (?:bahnhofs)?kiosk\b"),
        ("newsstands", r"\bon newsstands\b"),
        # invitations to write to the editors
        ("to hear", r"\bwe(?:'d| would)? (?:want|like|love) to hear (?:from you|what you think)\b"),
        ("letter to the editor", r"\bsubmit (?:your|a) letter to the editor\b"),
    )
)  # fmt: skip
_MAX_PROMO_WORDS = 35
# Disclosures of advertising: a paragraph of its own, often longer than a call.
_DISCLOSURE = regex.compile(
    r"\b(?:contains?|enthält|enthalten) werbung\b|\baffiliate[- ]links?\b|"
    r"\badvertising (?:disclosure|disclaimer)\b|\bcontains? references to products\b|"
    r"\bwe (?:may )?(?:receive|earn) (?:a )?(?:small )?(?:compensation|commissions?)\b",
    regex.IGNORECASE,
)
_MAX_DISCLOSURE_WORDS = 80
# What each form of _DISCLOSURE needs in a line's folded text.
_DISCLOSURE_STEMS = (
    "werbung", "affiliate", "advertising", "references to products", "compensation",
    "commission",
)  # fmt: skip
# A line can only match _PROMO_CALLS or _DISCLOSURE if it has one of these words: a
# cheap first test.
_PROMO_WORDS = frozenset(
    "subscribe newsletter newsletters sign delivered straight direct directly inbox inboxes "
    "follow click download get like enter never jetzt verpasse verpassen abonnez-vous "
    "suscríbete podpisz подпишитесь support donate subscriber unterstütze unterstützen "
    "spende beitrag bezahlschranke canal nuestro tenemos contains contain enthält enthalten "
    "affiliate affiliate-links affiliate-link want love submit e-paper epaper kiosk "
    "bahnhofskiosk newsstands advertising references receive earn instant immediate continue "
    "wählen weiter ausgaben visit besuchen besuche zapraszamy pdf klicken klicke "
    "wesprzyj".split()
)
# "Auch auf example.de", "More stories on example.com", "www.example.org": a few words at
# most, then an address.
_SITE_POINTER = regex.compile(
    r"^(?:(?:[\p{L}-]+ ){0,4}(?:auf|on|at|bei|unter|under|sur|en|su|na|op) "
    r"(?:www\.)?[\p{L}\p{N}-]+\.\p{Ll}{2,6}"
    # alone on its line, an address needs "www." or a common ending ("notes.md" is a file)
    r"|(?:www\.[\p{L}\p{N}-]+\.\p{Ll}{2,6}"
    r"|[\p{L}\p{N}-]+\.(?:com|org|net|info|de|at|ch|fr|es|it|nl|eu|co\.uk)))"
    r"\.?$",
    regex.IGNORECASE,
)
_SITE_POINTER_MAX_SPACES = 5  # four words, the preposition, the address
_APP_NAME = regex.compile(r"^(?:\p{Lu}[\p{L}\p{N}&.'-]*\s+){0,4}(?:App|app|Apps|APP)$")


class PromoPhraseLine(Rule):
    """Lines that only promote the site's own products.

    What it catches: a short line made only of promo words in any supported language
    ("Subscribe", "Newsletter", "Podcasts", "All podcasts", "Advertisement:", "Sign up"),
    unless it ends a sentence.
    Why: promo boxes and ad labels are scattered through article pages.
    Example: ``All podcasts``
    """

    code = "AC501"
    name = "promo-phrase-line"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in blocks_covered_by_phrases(page, ("promo", "share"), 8):
            if not _ends_sentence(block):
                yield self.hit(block.index, "line is only promotion words")


def _ends_sentence(block: Block) -> bool:
    """A full stop, question or exclamation ends it ("Subscribe now!"); a colon does not."""
    return block.text.rstrip().endswith((".", "!", "?", "…"))


class _WholeLinePromo(Rule):
    """A promotion recognised by the whole line matching ``pattern``."""

    category = Category.PROMO
    pattern: ClassVar[regex.Pattern[str]]
    reason: ClassVar[str]

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if self.may_match(block.text) and self.pattern.match(block.text):
                yield self.hit(block.index, self.reason)

    @staticmethod
    def may_match(text: str) -> bool:
        """A cheap test the line must pass for ``pattern`` to match it."""
        return True


class AppPromo(_WholeLinePromo):
    """The name of the site's app on a line of its own.

    What it catches: a line of at most five capitalised words ending in "App".
    Why: app download banners are rendered as their title; the article never is.
    Example: ``News App``
    """

    code = "AC502"
    name = "app-promo"
    pattern = _APP_NAME
    reason = "an app's name on its own line"

    @staticmethod
    def may_match(text: str) -> bool:
        return text.endswith(("App", "app", "Apps", "APP"))


class PromoCall(Rule):
    """Sentences that ask the reader to subscribe, sign up, follow or download.

    What it catches: a line of at most 35 words with a call to action in any supported
    language ("Subscribe to our newsletter", "delivered to your inbox", "straight to your
    phone", "Follow us on", "Follow The Daily Planet on Twitter", "Click here", "Hier
    klicken", "Download the app", "Enter your email", "Never miss a story", "Verpasse
    keine News"), asks for money ("Support our journalism", "Donate now", "Unterstütze
    uns", "Unterstütze X mit 2 Euro", "Jede Spende hilft", "Wesprzyj nas"), sells the
    print or digital edition ("am Kiosk", "als E-Paper"), sells access behind a paywall
    ("Instant access to", "Wählen Sie Ihren Zugang") or the site's shop ("Visit our
    store"), points to the site's channel on a messenger or video network ("Mira nuestro
    canal de YouTube") or discloses advertising ("This post contains affiliate links",
    "Dieser Beitrag enthält Werbung", "We may receive compensation", "Advertising
    disclosure"; a disclosure may be a paragraph of up to 80 words).
    Why: promotion boxes sit between and after the paragraphs and read like sentences, so
    only their call to action gives them away.
    Example: ``Get the magazine delivered through your letterbox every month.``
    """

    code = "AC503"
    name = "promo-call"
    category = Category.PROMO

    def label(self, page: Page, context: Context) -> Iterator[Label]:
        for block in page.blocks:
            if block.word_count > _MAX_DISCLOSURE_WORDS or not _PROMO_WORDS.intersection(
                block.letter_words
            ):
                continue
            if block.word_count <= _MAX_PROMO_WORDS and _calls_to_act(
                block.text, page.folded[block.index]
            ):
                yield self.hit(block.index, "a call to subscribe, follow or download")
            elif _may_disclose(page.folded[block.index]) and _DISCLOSURE.search(block.text):
                yield self.hit(block.index, "a disclosure of advertising")


def _may_disclose(folded: str) -> bool:
    """The line's folded text holds what some form of _DISCLOSURE needs."""
    return any(stem in folded for stem in _DISCLOSURE_STEMS)


def _calls_to_act(text: str, folded: str) -> bool:
    """The line has a form of _PROMO_CALLS (``folded`` is its case-folded text)."""
    return any(form.search(text) for needed, form in _PROMO_CALLS if needed in folded)


class SitePointer(_WholeLinePromo):
    """A short line that sends the reader to the site's address.

    What it catches: a bare web address on a line of its own, or after a few words ending
    with "on", "auf", "unter", "sur", "en"... (``Auch auf example.de``, ``More stories on
    example.com``, ``Weitere Infos unter www.example.org.``).
    Why: such lines advertise the site's other pages; an article's sentences name an
    address inside a sentence, not as a line of its own.
    Example: ``Mehr zum Thema auf example.de``
    """

    code = "AC506"
    name = "site-pointer"
    pattern = _SITE_POINTER
    reason = "a pointer to the site's address"

    @staticmethod
    def may_match(text: str) -> bool:
        return "." in text and text.count(" ") <= _SITE_POINTER_MAX_SPACES
