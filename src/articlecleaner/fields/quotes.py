"""Direct quotations in the body and who said them, by rules over sentences.

1. Quoted spans are found per paragraph for every mark style; an unmatched mark is
   skipped on its own, so one bad mark never loses the other quotes.
2. Each quote's sentence is searched for a reporting cue ("said", "according to") and the
   words naming the speaker next to it, after the quote ("…," said X / "…," X said) or
   before it (X said: "…" / X added that "…").
3. Mentions are resolved to names: a surname to the fullest form of the name used in the
   article; "he" or "she" to the named subject of its sentence or of the nearest sentence
   before that opens with a name; another pronoun or a description ("the spokesman") to
   the most recent named speaker. A full-sentence quote with no cue that follows a quote
   of a known speaker continues that speaker; a quoted fragment with no cue belongs to
   its sentence's named subject. Fragments of one sentence make one quote with pieces.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

import regex

from .._lexicon import PERSONAL_PRONOUNS
from .._models import Quote
from .._scripts import standard_pattern, word_class_is_simple

_PAIRS = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
}
_SINGLE_OPENERS = frozenset("‘‚")
_ATTACHED_NOT_OPENING = frozenset('‘‚"')  # after a letter or digit: an apostrophe or inches
_STRAY_CLOSERS = {"“": '"“', '"': "”"}  # mixed-up marks that close when they look closing
_GAP = " \u00a0\t"
_PARAGRAPH_BREAK = 2  # a blank line between paragraphs when the caller gives no layout
_QUOTE_CHARS = "".join(sorted(set("".join(_PAIRS) + "".join(_PAIRS.values()))))
_MARK = regex.compile("[" + regex.escape("".join(_PAIRS)) + "]")
# A word (letters and digits, with inner apostrophes, hyphens and dots: "U.S.", "don't")
# or a punctuation mark that bounds a mention; in ASCII text the same with the faster
# standard engine.
_TOKEN = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{N}'’-]*+(?:\.[\p{L}\p{N}][\p{L}\p{N}'’-]*+)*+|[,;:()—–]"
)
_ASCII_TOKEN = standard_pattern(
    r"[A-Za-z0-9][A-Za-z0-9'-]*+(?:\.[A-Za-z0-9][A-Za-z0-9'-]*+)*+|[,;:()]"
)
# The same in text of Latin, Greek and Cyrillic only with no "_": there the standard
# engine's \w is [\p{L}\p{N}] (see ``_scripts``), and it tokenises twice as fast.
_SIMPLE_TOKEN = standard_pattern(r"\w[\w'’-]*+(?:\.\w[\w'’-]*+)*+|[,;:()—–]")
# A full stop after an initial or a title ("J. Gerald Hebert", "Sen. Cruz") ends no sentence.
_NO_END = r"(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|Capt|Maj))"
_SENTENCE_END = regex.compile(_NO_END + r"[.!?][”\"’»)]*\s+(?=[\p{Lu}\"“„«])")
_CLOSED_SENTENCE = regex.compile(r"[.!?][”\"’»)]+\s+(\p{Lu}\p{Ll}*)\b")
_SENTENCE_BREAK = regex.compile(_NO_END + r"[.!?][”\"'’»)]*\s+[\p{Lu}\"“„«‘]")
_PERSONAL = frozenset("he she er sie il elle él ella он она".split())  # refer to one person
_LEAD_PHRASE_TOKENS = 12  # an opening phrase before the subject, up to its comma
_ANTECEDENT_PARAGRAPHS = 1  # how far back a pronoun's named subject is looked for
# A capitalised word with a lower-case letter, or an acronym ("CNN", "NATO") is a name word.
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}.'’-]*\p{Ll}[\p{L}.'’-]*|\p{Lu}{3,})$")
_NOT_NAME_STARTS = frozenset(
    "the a an this that these those his her their its but and or in on at as for if when "
    "after before while earlier later der die das ein eine le la les un une el los las "
    "however no yes one still meanwhile instead indeed also so now then there here what why "
    "how was is it’s that’s it's that's until".split()
)  # sentence openers: "So Donald Trump said" names Donald Trump
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday".split()
)
_AUXILIARIES = frozenset(
    "was were is are has have had will would also then later previously once recently "
    "reportedly has been just further again ist hat wurde a est".split()
)
_CLAUSE_WORDS = frozenset(
    "and or but that which who whom whose while though although after before when because "
    "if as than what where".split()
)  # a speaker's words never run back across these ("the hotel in Baltimore and said")
_NOT_MENTION_STARTS = _CLAUSE_WORDS | frozenset(
    "in on at to for from by with of into near about over under through during against "
    "without within yet so then also not like given even unlike despite".split()
)  # "in the streets near City Hall, described": no speaker opens with these
_ARTICLES = frozenset("the a an".split())
_LEAD_STARTS = _NOT_MENTION_STARTS | (
    _NOT_NAME_STARTS - _ARTICLES - frozenset("this that these those his her their its".split())
)  # "Here in the valley, Jane Holt …": an opening phrase, not the subject
_NOT_NAME_OPENERS = _LEAD_STARTS | _ARTICLES  # a segment opening with these describes
_DETERMINERS = _ARTICLES | frozenset(("one", "another"))  # "said one former employee"
_DESCRIPTION_TOKENS = 3  # "The council voted", "A group of": enough to say who it is
_SIGNATURE = regex.compile(  # "― Jane A. Roe": a dash and up to six capitalised words
    r"(?:[―—–]|--?)\s*+(\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,5})"
)
_POSSESSIVE = regex.compile(r"\p{L}(?:['’]s|s['’])$")
_NEW_SENTENCE_OPENERS = _LEAD_STARTS | PERSONAL_PRONOUNS
_INITIAL = regex.compile(r"\p{Lu}\.?")
_SAXON_GENITIVE = regex.compile(r"[’']s$")
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]*){1,3}")
_MAX_APPOSITIONS = 4  # "Jane Roe, 22, of Flint, Mich., said"
_PLACE_PREPOSITIONS = frozenset("of from".split())  # "of Flint, Mich.": a hometown
_DESCRIPTION_STOPS = _AUXILIARIES | _CLAUSE_WORDS
_PASSIVE = frozenset("was were been being be is are".split())
_MAX_MENTION_TOKENS = 6
_MAX_TITLE_WORDS = 6
_TITLE_SMALL_WORDS = frozenset(
    "a an the of and or in on at to for with de la le der die das".split()
)
_MIN_CONTINUATION_WORDS = 4
_MIN_FRAGMENT_WORDS = 2  # a one-word quoted fragment is a scare quote more often
_MAX_INTERRUPTION_TOKENS = 24  # “A,” said X, who runs the institute in the old town. “B.”
_APPOSITION_TOKENS = 24  # "“…,” Cruz, who has proposed repealing the mandate, said"


@dataclass(frozen=True)
class QuotedSpan:
    """The inner text of one quotation within a paragraph: [start, end)."""

    start: int
    end: int
    opener: int


def quoted_spans(paragraph: str) -> list[QuotedSpan]:
    """Every quotation in a paragraph, outermost only, in order."""
    spans: list[QuotedSpan] = []
    length = len(paragraph)
    found = _MARK.search(paragraph)
    while found is not None:
        position = found.start()
        char = paragraph[position]
        closers = _PAIRS[char]
        if char in _ATTACHED_NOT_OPENING and not _free_before(paragraph, position):
            found = _MARK.search(paragraph, position + 1)
            continue
        close = _find_closer(
            paragraph, position + 1, closers, char in _SINGLE_OPENERS, _STRAY_CLOSERS.get(char, "")
        )
        if close is None:
            if position == 0 or not paragraph[:position].strip():
                spans.append(QuotedSpan(position + 1, length, position))  # runs on
                break
            found = _MARK.search(paragraph, position + 1)  # a lone mark: skip it
            continue
        if close > position + 1:
            spans.append(QuotedSpan(position + 1, close, position))
        found = _MARK.search(paragraph, close + 1)
    return spans


def _free_before(text: str, index: int) -> bool:
    """No letter or digit right before the mark: it may open a quotation."""
    return index == 0 or not text[index - 1].isalnum()


def _find_closer(text: str, start: int, closers: str, single: bool, strays: str = "") -> int | None:
    for index in range(start, len(text)):
        char = text[index]
        if char in closers and (
            not single or index + 1 == len(text) or not text[index + 1].isalpha()
        ):
            return index
        if char in strays and _looks_closing(text, index):
            return index
    return None


def _looks_closing(text: str, index: int) -> bool:
    """A mark attached to the word before it and not to one after it closes a quote."""
    attached = not text[index - 1].isspace()
    return attached and (index + 1 == len(text) or not text[index + 1].isalnum())


def _tokens(text: str) -> list[str]:
    if text.isascii():
        return _ASCII_TOKEN.findall(text)
    if word_class_is_simple(text):
        return _SIMPLE_TOKEN.findall(text)
    return _TOKEN.findall(text)


def _cue_at(tokens: Sequence[str], cues: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges of cues, longest first at each position."""
    if not tokens:
        return
    lowered = "\n".join(tokens).casefold().split("\n")  # tokens hold no white space
    first_words = _first_words(cues)
    if first_words.isdisjoint(lowered):
        return
    for index, word in enumerate(lowered):
        if word not in first_words or (index and tokens[index][0].isupper()):
            continue  # "the United States" holds no cue
        for size in (3, 2, 1):
            if index + size <= len(lowered) and " ".join(lowered[index : index + size]) in cues:
                yield index, index + size
                break


@cache
def _first_words(cues: frozenset[str]) -> frozenset[str]:
    return frozenset(cue.split()[0] for cue in cues if cue)


def _mention_before(tokens: Sequence[str], end: int) -> str | None:
    """The words naming the speaker right before a cue; an apposition is looked across
    ("Mary Major, the mayor, said" -> "Mary Major, the mayor")."""
    while end > 0 and tokens[end - 1].casefold() in _AUXILIARIES:
        end -= 1
    apposition = end > 0 and tokens[end - 1] == ","
    if apposition:
        end -= 1  # "the mayor, said"
    end = _before_parenthesis(tokens, end)
    words = _words_before(tokens, end)
    if words and words[-1].casefold() in PERSONAL_PRONOUNS:
        words = words[-1:]  # "... best recruiter she said": the pronoun alone
    if words and _POSSESSIVE.search(words[-1]):
        return None  # "Bill Clinton’s comments": the cue is a noun here
    head = _apposition_head(tokens, end) if apposition else None
    if head:
        words = head
    return " ".join(words).replace(" ,", ",") if words and _is_mention(words) else None


def _apposition_head(tokens: Sequence[str], end: int) -> list[str] | None:
    """The name heading a chain of appositions that ends at ``end``, with the first of
    them unless it names someone else: "Jane Roe, 22, of Flint, Mich., said" -> "Jane
    Roe, 22"; "Jean Roe, the minister, a member of the Security Council, said" -> "Jean
    Roe, the minister"; "Jean Roe, who says the United States …, said" -> "Jean Roe"."""
    segments: list[Sequence[str]] = []
    stop = end
    while len(segments) < _MAX_APPOSITIONS:
        start = stop
        while start > 0 and tokens[start - 1] != "," and stop - start < _APPOSITION_TOKENS:
            start -= 1
        segments.append(tokens[start:stop])
        if start < 2 or tokens[start - 1] != ",":
            break
        stop = start - 1
    for index, segment in enumerate(segments):
        left = segments[index + 1] if index + 1 < len(segments) else ()
        after_place = bool(left) and left[0].casefold() in _PLACE_PREPOSITIONS
        if _opens_with_name(segment) and not after_place:
            if index == 0:
                return None  # no apposition: "Jane Roe, said"
            name = _words_before(segment, _before_parenthesis(segment, len(segment)))
            if not name or name_in(" ".join(name)) is None:
                return None
            apposition = segments[index - 1]
            return name if name_in(" ".join(apposition)) else [*name, ",", *apposition]
    return None


def _opens_with_name(segment: Sequence[str]) -> bool:
    """A segment that names someone rather than describing them ("the mayor", "22")."""
    first = segment[0] if segment else ""
    return bool(_NAME_WORD.match(first)) and first.casefold() not in _NOT_NAME_OPENERS


def _before_parenthesis(tokens: Sequence[str], end: int) -> int:
    """Where a name ends before a short parenthesis ("Rep. Jane Roe (D-Ohio) said")."""
    if end == 0 or tokens[end - 1] != ")":
        return end
    for index in range(end - 2, max(-1, end - 2 - _MAX_MENTION_TOKENS), -1):
        if tokens[index] == "(":
            return index
    return end


def _words_before(tokens: Sequence[str], end: int) -> list[str]:
    words: list[str] = []
    for token in reversed(tokens[max(0, end - _MAX_MENTION_TOKENS) : end]):
        if not token[0].isalnum() or token.casefold() in _CLAUSE_WORDS:
            break
        words.insert(0, token)
    return words


def _subject(tokens: Sequence[str], surnames: Mapping[str, str]) -> str | None:
    """Who a sentence is about: its leading pronoun or name ("Sen. Bernie Sanders", or a
    surname the article gives in full elsewhere), after an opening phrase ("In the call,"),
    for a participle clause later in it. A lone capitalised first word ("Speaking",
    "WASHINGTON") is no name."""
    if tokens and tokens[0].casefold() in _LEAD_STARTS:
        lead = tokens[:_LEAD_PHRASE_TOKENS]  # "In the call, Jane Roe …": skip the opening phrase
        tokens = tokens[lead.index(",") + 1 :] if "," in lead else tokens
    if tokens and tokens[0].casefold() in PERSONAL_PRONOUNS:
        return tokens[0]
    words: list[str] = []
    for token in tokens[:_MAX_MENTION_TOKENS]:
        if not _NAME_WORD.match(token) and not token.endswith("."):
            break
        words.append(token)
    name = name_in(" ".join(words)) if words else None
    if name is None or name.isupper() or (" " not in name and name.casefold() not in surnames):
        return None
    return " ".join(words)


def _mention_after(tokens: Sequence[str], start: int) -> str | None:
    words: list[str] = []
    for token in tokens[start : start + _MAX_MENTION_TOKENS]:
        if not token[0].isalnum():
            break
        words.append(token)
    return " ".join(words) if words and _is_mention(words) else None


def _is_mention(words: Sequence[str]) -> bool:
    if words[0].casefold() in _NOT_MENTION_STARTS:
        return False
    return (
        any(_NAME_WORD.match(w) for w in words)
        or any(w.casefold() in PERSONAL_PRONOUNS for w in words)
        or words[0].casefold() in _DETERMINERS
    )


def name_in(mention: str) -> str | None:
    """The longest run of capitalised words in a mention ("spokesman Dmitry Peskov")."""
    best: list[str] = []
    run: list[str] = []
    for word in [*(w.strip(",;:()") for w in mention.split()), ""]:
        folded = word.casefold()
        if run and _INITIAL.fullmatch(word):
            run.append(word)  # "John F. Kerry"
        elif (
            word
            and _NAME_WORD.match(word)
            and folded not in _NOT_NAMES
            and not (not run and folded in _NOT_NAME_STARTS)
        ):
            run.append(_SAXON_GENITIVE.sub("", word.rstrip(".,")))
        else:
            if len(run) > len(best):
                best = run
            run = []
    return " ".join(best) if best else None


@dataclass
class _Speakers:
    """Names seen so far, to resolve surnames, pronouns and descriptions."""

    full_names: dict[str, str]
    recent: str | None = None
    recent_at: tuple[int, int] = (-1, -1)  # (paragraph, character) where it was named
    paragraph: int = 0
    position: int = 0  # character in the paragraph being read

    def resolve(self, mention: str | None) -> str | None:
        if mention is None:
            return None
        name = name_in(mention)
        if name is None or name.casefold() in PERSONAL_PRONOUNS:
            return self.recent
        resolved = self.full_names.get(name.split()[-1].casefold(), name)
        resolved = resolved if len(resolved) > len(name) else name
        self.recent, self.recent_at = resolved, (self.paragraph, self.position)
        return resolved


def _full_names(paragraphs: Sequence[str]) -> dict[str, str]:
    """Surname -> the longest multi-word name ending in it anywhere in the article."""
    names: dict[str, str] = {}
    for paragraph in paragraphs:
        for match in _CAPITALISED_RUN.finditer(paragraph):
            parts = match.group().split()
            while parts and parts[0].casefold() in _NOT_NAME_STARTS:
                parts = parts[1:]
            if len(parts) >= 2:
                key = parts[-1].casefold()
                if len(" ".join(parts)) > len(names.get(key, "")):
                    names[key] = " ".join(parts)
    return names


def _sentence_bounds(paragraph: str, start: int, end: int) -> tuple[int, int]:
    begin = 0
    for match in _SENTENCE_END.finditer(paragraph, 0, start + 1):
        begin = match.end()
    finish = len(paragraph)
    closed = _CLOSED_SENTENCE.match(paragraph, max(end - 1, 0))
    if closed and closed[1].casefold() in _NEW_SENTENCE_OPENERS:
        finish = end  # “… dangerous.” She praised …: the quote ended its sentence
    else:  # “… such fun!” Trump tweeted.: the attribution follows in the same sentence
        after = _SENTENCE_END.search(paragraph, end)
        finish = after.start() + 1 if after else finish
    return begin, finish


def _attribution(
    paragraph: str, span: QuotedSpan, cues: frozenset[str], surnames: Mapping[str, str]
) -> tuple[str | None, str | None]:
    """(speaker mention, cue) for a quote, from the words around it in its sentence: the
    attribution after it first, unless a cue opens it ("… but said “…”")."""
    signer = _signer(paragraph, span)
    if signer:
        return signer, None
    begin, finish = _sentence_bounds(paragraph, span.opener, span.end)
    after = _tokens(paragraph[min(span.end + 1, finish) : finish])
    before = _tokens(paragraph[begin : span.opener])
    tail = before[-3:]  # "… but said “…”", "… said: “…”"
    cue_opens = any(stop >= len(tail) - 1 for _, stop in _cue_at(tail, cues))
    if cue_opens:
        found = _attribution_before(before, cues, surnames) or _attribution_after(after, cues)
    else:
        found = _attribution_after(after, cues) or _attribution_before(before, cues, surnames)
    if found:
        return found
    if before and paragraph[begin : span.opener].rstrip().endswith(":"):
        mention = _subject(before, surnames)  # "Jane Roe had a message for them: “…”"
        if mention:
            return mention, None
    return None, None


def _attribution_after(after: Sequence[str], cues: frozenset[str]) -> tuple[str, str] | None:
    """(mention, cue) from the words after the quote: "“…,” said Jane Roe."""
    for start, stop in _cue_at(after[:8], cues):
        if start and after[start - 1].casefold() in _PASSIVE:
            continue
        mention = _mention_before(after, start) if start else None
        if not after[stop - 1].casefold().endswith("ing"):  # "calling X …": X is its object
            mention = mention or _mention_after(after, stop)
        if mention:
            return mention, " ".join(after[start:stop])
    return _apposed_speaker(after, cues)


def _attribution_before(
    before: Sequence[str], cues: frozenset[str], surnames: Mapping[str, str]
) -> tuple[str, str] | None:
    """(mention, cue) from the words before the quote: "Jane Roe said: “…”"."""
    for start, stop in reversed(list(_cue_at(before, cues))):
        if start and before[start - 1].casefold() in _PASSIVE:
            continue
        if " ".join(before[start:stop]).casefold() == "according to":
            mention = _mention_after(before, stop)
        elif start and before[start - 1] == "," and before[start].casefold().endswith("ing"):
            # "Trump hit back, saying “”"; "…, Jane Roe added, saying “”"
            mention = _cue_speaker_before(before, start - 1, cues) or _subject(
                before[: start - 1], surnames
            )
        else:  # "Biden told reporters: “...”": the words after the cue are not its speaker
            mention = _mention_before(before, start)
            if mention and next(_cue_at(mention.split()[:1], cues), None):
                continue  # "X says Y’s late-night tweets were “…”": that cue is a noun
            mention = mention or _subject(before[:start], surnames)
        if mention:
            return mention, " ".join(before[start:stop])
    return None


def _cue_speaker_before(tokens: Sequence[str], end: int, cues: frozenset[str]) -> str | None:
    """The speaker of a cue that ends right at ``end`` ("Jane Roe added" before ", saying")."""
    for start, stop in _cue_at(tokens[:end], cues):
        if stop == end and start:
            return _mention_before(tokens, start)
    return None


def _signer(paragraph: str, span: QuotedSpan) -> str | None:
    """The name signing a quotation that fills its paragraph: "“…” ― Jane Roe"."""
    if paragraph[: span.opener].strip():
        return None
    signature = _SIGNATURE.fullmatch(paragraph[span.end + 1 :].strip())
    return signature[1].rstrip(". ") if signature else None


def _apposed_speaker(after: Sequence[str], cues: frozenset[str]) -> tuple[str, str] | None:
    """(mention, cue) when a name right after the quote carries a relative clause or a
    description before its cue: "“…,” Jane Roe, director of the institute, said."""
    comma = next((i for i, token in enumerate(after[:_MAX_MENTION_TOKENS]) if token == ","), None)
    if not comma or name_in(" ".join(after[:comma])) is None:
        return None
    if not _is_mention(after[:comma]):
        return None
    for start, stop in _cue_at(after[comma:_APPOSITION_TOKENS], cues):
        if after[comma + start - 1] == ",":
            return " ".join(after[:comma]), " ".join(after[comma + start : comma + stop])
    return None


def _remember_indirect_speakers(paragraph: str, cues: frozenset[str], speakers: _Speakers) -> None:
    """Track who speaks in sentences without quotes ("Biden said ..."), for later "he"."""
    tokens = _tokens(paragraph)
    for start, _ in _cue_at(tokens, cues):
        mention = _mention_before(tokens, start)
        if mention and name_in(mention):
            speakers.resolve(mention)


def is_title(text: str) -> bool:
    """A quoted name of a show, book or song: a few words, each capitalised, no sentence."""
    words = text.rstrip(".,!?").split()
    return (
        0 < len(words) <= _MAX_TITLE_WORDS
        and all(w[:1].isupper() or w.casefold() in _TITLE_SMALL_WORDS for w in words)
        and words[0][:1].isupper()
    )


def _quote(
    paragraph: str,
    span: QuotedSpan,
    number: int,
    offset: int,
    speaker: str | None,
    mention: str | None,
    cue: str | None,
) -> Quote | None:
    inner = paragraph[span.start : span.end]
    text = inner.strip().strip(",").strip()
    if not text or (is_title(text) and not inner.rstrip().endswith(",")):
        return None
    start = span.start + inner.index(text)
    return Quote(
        text=text,
        speaker=speaker,
        speaker_mention=mention,
        cue=cue,
        paragraph=number,
        span=(offset + start, offset + start + len(text)),
        pieces=[(offset + start, offset + start + len(text))],
        partial=not text[0].isupper(),
    )


def _continues(
    previous: Quote, quote: Quote, paragraphs: Sequence[str], starts: Sequence[int]
) -> bool:
    """True when ``quote`` goes on with ``previous``, interrupted only by the attribution
    of ``previous``: "“A,” she said. “B.”" or "“A,” she said, “and b.”" in one
    paragraph, or "“A,” she said." closing one paragraph and "“B.”" opening the next;
    quoted fragments of one sentence too ("a “loser,” a “liar” and a “whiner”").
    "“A,” she said. He added: “B.”" is two quotations."""
    if previous.speaker != quote.speaker:
        return False
    text = paragraphs[quote.paragraph]
    offset = starts[quote.paragraph]
    if previous.paragraph == quote.paragraph and previous.partial:
        # Fragments of one sentence: "a “loser,” a “liar” and a “whiner.”"
        between = text[previous.span[1] - offset - 1 : quote.span[0] - offset + 1]
        return not _SENTENCE_BREAK.search(between) and quote.cue in (None, previous.cue)
    if previous.partial:
        return False
    lead = text[: quote.span[0] - offset]
    if previous.paragraph == quote.paragraph:
        between = text[previous.span[1] - offset : quote.span[0] - offset]
        if quote.partial and not between.rstrip(_QUOTE_CHARS + _GAP).endswith(","):
            return False
    elif previous.paragraph == quote.paragraph - 1 and not lead.strip(_QUOTE_CHARS + _GAP):
        before = paragraphs[previous.paragraph]
        between = before[previous.span[1] - starts[previous.paragraph] :]
        if not any(char in _QUOTE_CHARS for char in between):
            return True  # no closing mark: the quotation runs on into this paragraph
    else:
        return False
    inner = between.strip(_QUOTE_CHARS + _GAP + ",.;:!?")
    if any(char in _QUOTE_CHARS for char in inner):
        return False
    if quote.cue not in (None, previous.cue):
        return False  # "“B,” she added." is a quotation of its own
    if not inner:
        return True  # "“A.” “B.”"
    return previous.cue is not None and (
        previous.cue.casefold() in inner.casefold()
        and len(_tokens(inner)) <= _MAX_INTERRUPTION_TOKENS
        and not _SENTENCE_END.search(inner)  # one attribution sentence, nothing more
    )


def _joined(previous: Quote, quote: Quote) -> Quote:
    """One quotation from two pieces around its attribution."""
    return previous.model_copy(
        update={
            "text": f"{previous.text} {quote.text}",
            "span": (previous.span[0], quote.span[1]),
            "pieces": [*previous.pieces, *quote.pieces],
        }
    )


def _unattributed(
    paragraphs: Sequence[str], span: QuotedSpan, number: int, speakers: _Speakers
) -> tuple[str | None, str | None]:
    """(mention, speaker) of a quotation without a reporting cue: one that opens its
    paragraph after a paragraph ending in a colon ("X issued the following statement:")
    is that sentence's subject's; a full sentence goes on with the speaker of this or
    the previous paragraph; a fragment inside a sentence ("Trump called it a “total
    disaster”") is its subject's, and a subject that only describes ("The council
    called it …") refers to the last named speaker. (None, None) drops it."""
    paragraph = paragraphs[number]
    inner = paragraph[span.start : span.end].strip()
    words = len(inner.split())
    introduced = _introducing_subject(paragraphs, number, span, speakers.full_names)
    if introduced:
        return introduced, speakers.resolve(introduced)
    if inner[:1].isupper():
        if words >= _MIN_CONTINUATION_WORDS and speakers.recent_at[0] >= number - 1:
            return None, speakers.recent
        return None, None
    if words < _MIN_FRAGMENT_WORDS or is_title(inner):
        return None, None
    begin, _ = _sentence_bounds(paragraph, span.opener, span.end)
    tokens = _tokens(paragraph[begin : span.opener])
    subject = _subject(tokens, speakers.full_names) or _description(tokens)
    return (subject, speakers.resolve(subject)) if subject else (None, None)


def _description(tokens: Sequence[str]) -> str | None:
    """A sentence's subject that describes rather than names ("The council voted"): its
    determiner ("the", "a") and the next words, up to an auxiliary verb or a clause word."""
    if not tokens or tokens[0].casefold() not in _ARTICLES:
        return None
    words = [tokens[0]]
    for token in tokens[1:_DESCRIPTION_TOKENS]:
        if not token[0].isalnum() or token.casefold() in _DESCRIPTION_STOPS:
            break
        words.append(token)
    return " ".join(words)


def _introducing_subject(
    paragraphs: Sequence[str], number: int, span: QuotedSpan, surnames: Mapping[str, str]
) -> str | None:
    """The subject of the sentence that ends the previous paragraph with a colon, when the
    quotation opens this paragraph."""
    if number == 0 or paragraphs[number][: span.opener].strip():
        return None
    previous = paragraphs[number - 1].rstrip()
    if not previous.endswith(":"):
        return None
    begin, _ = _sentence_bounds(previous, len(previous) - 1, len(previous))
    return _subject(_tokens(previous[begin:]), surnames)


def _antecedent(
    paragraphs: Sequence[str], number: int, position: int, surnames: Mapping[str, str]
) -> tuple[str, tuple[int, int]] | None:
    """The name a "he" or "she" at ``position`` may refer to, and where its sentence
    starts: the named subject of its own sentence, else of the nearest sentence before
    it that opens with a name."""
    for index in range(number, max(-1, number - _ANTECEDENT_PARAGRAPHS - 1), -1):
        text = paragraphs[index][:position] if index == number else paragraphs[index]
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
        for begin in reversed(starts):
            subject = _subject(_tokens(text[begin:]), surnames)
            if subject is not None and subject.casefold() not in PERSONAL_PRONOUNS:
                return subject, (index, begin)
    return None


def find_quotes(
    paragraphs: Sequence[str], cues: frozenset[str], starts: Sequence[int] | None = None
) -> list[Quote]:
    """Every attributed direct quotation of the body, in order, given the reporting cues.

    ``starts`` are where the paragraphs begin in the body (the spans count from there);
    without them the body is taken as the paragraphs joined by blank lines.
    """
    if starts is None:
        starts = list(accumulate((len(p) + _PARAGRAPH_BREAK for p in paragraphs), initial=0))
    spans = [quoted_spans(paragraph) for paragraph in paragraphs]
    # Speakers are tracked only for the quotes after them: none after the last quote.
    last = max((number for number, found in enumerate(spans) if found), default=-1)
    if last < 0:
        return []
    speakers = _Speakers(_full_names(paragraphs))
    quotes: list[Quote] = []
    for number, paragraph in enumerate(paragraphs[: last + 1]):
        offset = starts[number]
        speakers.paragraph = number
        cursor = 0
        for span in spans[number]:
            sentence_start, _ = _sentence_bounds(paragraph, span.opener, span.end)
            if sentence_start > cursor:
                speakers.position = cursor
                _remember_indirect_speakers(paragraph[cursor:sentence_start], cues, speakers)
            cursor = max(cursor, span.end)
            mention, cue = _attribution(paragraph, span, cues, speakers.full_names)
            speakers.position = span.opener
            speaker = speakers.resolve(mention) if mention else None
            if mention and mention.split()[0].casefold() in _PERSONAL:
                subject = _antecedent(paragraphs, number, span.opener, speakers.full_names)
                if subject is not None and subject[1] > speakers.recent_at:
                    speaker = speakers.resolve(subject[0])  # named after the last speaker
            if quotes:
                previous = quotes[-1]
                piece = _quote(
                    paragraph, span, number, offset, speaker or previous.speaker, mention, cue
                )
                if piece is not None and _continues(previous, piece, paragraphs, starts):
                    quotes[-1] = _joined(previous, piece)
                    continue
            if mention is None:
                mention, speaker = _unattributed(paragraphs, span, number, speakers)
                if speaker is None:
                    continue
            quote = _quote(paragraph, span, number, offset, speaker, mention, cue)
            if quote is not None:
                quotes.append(quote)
        speakers.position = cursor
        _remember_indirect_speakers(paragraph[cursor:], cues, speakers)
    return quotes
