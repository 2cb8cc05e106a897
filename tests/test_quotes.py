"""Direct quotations and their speakers."""

from __future__ import annotations

import random

import pytest

from articlecleaner import clean
from articlecleaner._lexicon import quote_cues
from articlecleaner.fields.quotes import _TOKEN, _tokens, find_quotes, quoted_spans

CUES = frozenset({"said", "says", "told", "added", "according to", "sagte", "a dit", "dijo"})


def test_seed_quotes(seed_text: str) -> None:
    article = clean(seed_text)
    found = [(q.text, q.speaker, q.cue, q.partial) for q in article.quotes]
    assert found == [
        ("There is such a possibility", "Dmitry Peskov", "told", False),
        ("talks might very well take place", "Dmitry Peskov", "added", True),
        ("specific arrangements", "Dmitry Peskov", "added", True),
        ("for a long time", "Joe Biden", "added", True),
    ]
    assert article.quotes[0].speaker_mention == "spokesman Dmitry Peskov"
    assert article.quotes[3].speaker_mention == "the US president"
    for quote in article.quotes:
        start, end = quote.span
        assert article.body[start:end] == quote.text
        assert article.paragraphs[quote.paragraph] in article.body


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("„Das ist gut“, sagte Anna Schmidt.", "Das ist gut"),
        ("« C'est fini », a dit Marie Dupont.", "C'est fini"),
        ('"We will win," said John Smith.', "We will win"),
        ("「大丈夫です」と田中さんは言った。", "大丈夫です"),
        ("‹Non› répond-il.", "Non"),
    ],
)
def test_every_quotation_style(paragraph: str, text: str) -> None:
    spans = quoted_spans(paragraph)
    assert [paragraph[s.start : s.end].strip(" ,") for s in spans] == [text]


def test_nested_quotes_keep_the_outer_one() -> None:
    paragraph = "“He told me ‘never again’ and left,” said Jane Roe."
    (span,) = quoted_spans(paragraph)
    assert paragraph[span.start : span.end] == "He told me ‘never again’ and left,"


def test_an_unbalanced_mark_loses_nothing_else() -> None:
    paragraph = 'The 12" pipe burst. “We are fixing it,” said Mary Major. “Soon,” she added.'
    quotes = find_quotes([paragraph], CUES)
    assert [q.text for q in quotes] == ["We are fixing it", "Soon"]
    assert {q.speaker for q in quotes} == {"Mary Major"}


def test_quote_running_over_paragraphs() -> None:
    paragraphs = [
        "Mary Major, the mayor, said the plan was ready.",
        "“The first part of the works starts in May and the streets will stay open.",
        "“The second part follows in the autumn,” she said.",
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert quote.speaker == "Mary Major"
    assert quote.text.startswith("The first part") and quote.text.endswith("in the autumn")
    assert [quote.paragraph, len(quote.pieces)] == [1, 2]


def test_quote_interrupted_by_its_attribution_is_one_quote() -> None:
    paragraphs = [
        "“We will open the bridge in May,” the mayor, Mary Major, said on Monday. “The "
        "tram follows in the autumn.”",
        "“Nobody will have to wait longer than that,” she added.",
    ]
    first, second = find_quotes(paragraphs, CUES)
    assert first.text == "We will open the bridge in May The tram follows in the autumn."
    assert len(first.pieces) == 2 and first.speaker == "Mary Major"
    body = "\n\n".join(paragraphs)
    assert [body[a:b] for a, b in first.pieces] == [
        "We will open the bridge in May",
        "The tram follows in the autumn.",
    ]
    assert second.cue == "added" and len(second.pieces) == 1


def test_participle_clause_quotes_the_sentence_subject() -> None:
    paragraphs = [
        "Mary Major defended the plan on Monday, calling the critics “badly informed.”",
        "The United States “will watch closely,” the embassy said.",
    ]
    first, second = find_quotes(paragraphs, CUES | {"calling", "states"})
    assert (first.speaker, first.cue) == ("Mary Major", "calling")
    assert (second.speaker_mention, second.cue) == ("the embassy", "said")


def test_according_to_and_surname_resolution() -> None:
    paragraphs = [
        "Finance minister Paul Example presented the budget on Monday.",
        "The plan is “balanced and fair,” according to Example.",
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert quote.speaker == "Paul Example"
    assert quote.cue == "according to"
    assert quote.partial


def test_titles_of_shows_are_not_quotes() -> None:
    assert find_quotes(["She told “Good Morning America” she would run."], CUES) == []


def test_fragments_of_one_sentence_are_one_quote() -> None:
    paragraphs = [
        "Jane Holt said the plan was a “costly mistake” that would leave small "
        "towns “without a single bus.” The vote is on Friday, and “nobody knows the "
        "outcome,” she said.",
    ]
    first, second = find_quotes(paragraphs, CUES)
    assert first.text == "costly mistake without a single bus."
    assert (first.speaker, len(first.pieces), first.partial) == ("Jane Holt", 2, True)
    assert (second.text, second.speaker) == ("nobody knows the outcome", "Jane Holt")


def test_fragment_without_a_cue_belongs_to_the_sentence_subject() -> None:
    paragraphs = [
        "Tom Reyes, the mayor, met the council on Monday.",
        "Reyes wants a budget that is “fair to every district” before the summer.",
        "The plan is “bold” and the river is “rising,” a report found.",
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.text, quote.speaker, quote.cue) == ("fair to every district", "Tom Reyes", None)
    assert quote.speaker_mention == "Reyes" and quote.partial


def test_he_refers_to_the_named_subject_after_the_last_speaker() -> None:
    paragraphs = [
        "“The roads are ready,” Jane Holt said on Monday.",
        "Tom Reyes, the mayor, disagreed. He said the bridge was “far from safe.”",
        "Reyes criticised the plan, and he told reporters it was “a waste of money.”",
    ]
    first, second, third = find_quotes(paragraphs, CUES)
    assert first.speaker == "Jane Holt"
    assert (second.speaker_mention, second.speaker) == ("He", "Tom Reyes")
    assert (third.speaker_mention, third.speaker) == ("he", "Tom Reyes")


def test_a_phrase_opening_with_a_preposition_is_no_speaker() -> None:
    paragraphs = [
        "Anna Berg, who spent the morning in the streets near City Hall, told reporters the "
        "march was “very calm.”"
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert quote.speaker == "Anna Berg"


def test_speaker_with_a_long_description_after_the_quote() -> None:
    paragraphs = [
        "“Nobody expected the vote to be this close,” Doug Miller, director of research at "
        "a polling institute in Ohio, said on Tuesday."
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker, quote.cue) == ("Doug Miller", "said")


def test_a_colon_introduces_the_sentence_subject_as_speaker() -> None:
    paragraphs = ["Jane Holt had a clear message for the council: “Build the bridge this year.”"]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker, quote.cue) == ("Jane Holt", None)


def test_subject_after_an_opening_phrase() -> None:
    paragraphs = ["In a radio interview on Monday, Jane Holt called the plan a “costly mistake.”"]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker, quote.partial) == ("Jane Holt", True)


def test_a_sentence_opener_is_not_part_of_the_speaker_name() -> None:
    paragraphs = ["So Jane Holt said at the meeting: “The bridge will open in May.”"]
    paragraphs += ["Then Tom Reyes told reporters: “We are ready.”"]
    first, second = find_quotes(paragraphs, CUES)
    assert (first.speaker, second.speaker) == ("Jane Holt", "Tom Reyes")


def test_an_initial_or_a_title_does_not_end_the_sentence() -> None:
    paragraphs = [
        "“The plan works,” J. Gerald Hebert, director of the institute, said on Monday.",
        "“It will pass,” Sen. Jane Holt told reporters.",
    ]
    first, second = find_quotes(paragraphs, CUES)
    assert (first.speaker, first.cue) == ("Gerald Hebert", "said")
    assert (second.speaker, second.cue) == ("Sen Jane Holt", "told")


def test_mixed_up_closing_marks_still_close_the_quote() -> None:
    paragraphs = [
        "“The bridge opens in May,“ said Jane Holt, the mayor.",
        '“We are ready," Tom Reyes added.',
    ]
    first, second = find_quotes(paragraphs, CUES)
    assert (first.text, first.speaker) == ("The bridge opens in May", "Jane Holt")
    assert (second.text, second.speaker) == ("We are ready", "Tom Reyes")


def test_an_acronym_names_a_speaker() -> None:
    paragraphs = ["“The vote will be close,” according to CNN."]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker, quote.cue) == ("CNN", "according to")


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below_it() -> None:
    paragraphs = [
        "Jane Holt, the mayor, issued the following statement:",
        "“Our thoughts are with the families. We will rebuild the bridge this year.”",
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker, quote.paragraph) == ("Jane Holt", 1)


def test_reacted_is_a_reporting_verb() -> None:
    article = clean(
        "Council keeps the pool open\n\n"
        "The council met on Tuesday and agreed to keep the public pool open all winter.\n\n"
        "“Finally some good news for the swimmers of this town,” reacted Jane Holt.\n"
    )
    assert [(q.speaker, q.cue) for q in article.quotes] == [("Jane Holt", "reacted")]


def test_a_quote_interrupted_by_a_long_attribution_is_one_quote() -> None:
    paragraphs = [
        "“The bridge is safe,” said Jane Holt, one of several engineers who have come to "
        "work with the city since the flood. “We checked every cable twice.”",
        "“It opens on Monday,” Tom Reyes said. He added: “Bring a bicycle.”",
    ]
    first, second, third = find_quotes(paragraphs, CUES)
    assert len(first.pieces) == 2 and first.speaker == "Jane Holt"
    assert (second.text, third.text) == ("It opens on Monday", "Bring a bicycle.")


def test_subject_after_an_opening_adverb_phrase() -> None:
    paragraphs = [
        "Here in the valley, Jane Holt spoke about the harvest, saying, “The rain came "
        "just in time for the farmers.”"
    ]
    (quote,) = find_quotes(paragraphs, quote_cues("en"))
    assert (quote.speaker, quote.cue) == ("Jane Holt", "saying")


def test_a_description_after_the_cue_names_the_speaker() -> None:
    paragraphs = ["“I do not want to lose my job,” said one former employee of the plant."]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker_mention, quote.cue) == ("one former employee of the plant", "said")


def test_a_fragment_after_a_full_quote_and_its_attribution_is_its_own_quote() -> None:
    paragraphs = [
        "“We wrote twenty songs this winter,” Jane Holt said, adding that the new album "
        "is “almost finished.”"
    ]
    first, second = find_quotes(paragraphs, CUES)
    assert (first.text, second.text) == ("We wrote twenty songs this winter", "almost finished.")
    assert second.speaker == "Jane Holt" and second.partial


def test_a_fragment_whose_subject_is_a_description() -> None:
    paragraphs = [
        "Mayor Jane Holt said the vote would decide the future of the old bridge.",
        "The city council passed a motion that calls the bridge “a danger to every driver.”",
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.text, quote.speaker_mention) == ("a danger to every driver.", "The city council")
    assert quote.speaker == "Mayor Jane Holt"  # a description refers to the last named speaker


def test_a_quotation_signed_after_a_dash() -> None:
    paragraphs = [
        "“The new bridge changed my commute. I save an hour every day.” ― Jane Holt",
        "“Best decision the council ever made.” — Tom A. Reyes.",
        "He called it “a fine bridge” — Jane Holt disagreed.",
    ]
    first, second, third = find_quotes(paragraphs, CUES)
    assert (first.speaker, first.speaker_mention, first.cue) == ("Jane Holt", "Jane Holt", None)
    assert second.speaker_mention == "Tom A. Reyes"
    assert third.speaker_mention == "He"  # a dash inside a sentence signs nothing


def test_a_parenthesis_after_the_name_is_passed_over() -> None:
    paragraphs = [
        "“We cannot wait another year,” Rep. Jane Holt (D-Ohio) said.",
        "“The bridge is safe,” Tom Reyes (R-Utah), a member of the panel, said.",
    ]
    first, second = find_quotes(paragraphs, CUES)
    assert (first.speaker, second.speaker) == ("Rep Jane Holt", "Tom Reyes")


def test_a_possessive_before_a_cue_names_no_speaker() -> None:
    paragraphs = [
        "Jane Holt said on Monday that the old bridge would open in May.",
        "“The bridge is safe.” Tom Reyes’s comments came a day later.",
    ]
    (quote,) = find_quotes(paragraphs, frozenset({"comments", "said"}))
    assert quote.speaker_mention is None and quote.speaker == "Jane Holt"


def test_the_words_after_a_participle_cue_are_its_object() -> None:
    paragraphs = ["“It is a disgrace,” calling Jane Holt a liar."]
    assert find_quotes(paragraphs, quote_cues("en")) == []


def test_a_participle_after_an_attribution_belongs_to_its_speaker() -> None:
    paragraphs = [
        "The mayor cannot decide alone, Jane Holt added, saying it should be “up to the "
        "voters to choose.”"
    ]
    (quote,) = find_quotes(paragraphs, quote_cues("en"))
    assert (quote.speaker, quote.cue) == ("Jane Holt", "saying")


def test_a_quote_ending_its_sentence_takes_no_attribution_from_the_next() -> None:
    paragraphs = [
        "Tom Reyes spoke first.",
        "Jane Holt, also in town, said the plan “would ruin the old town.” She praised the "
        "council for its patience.",
        "“Will it be ready by May?” Tom Reyes asked.",
    ]
    first, second = find_quotes(paragraphs, quote_cues("en"))
    assert (first.speaker, first.cue) == ("Jane Holt", "said")
    assert (second.speaker, second.cue) == ("Tom Reyes", "asked")


def test_a_middle_initial_stays_in_the_name() -> None:
    (quote,) = find_quotes(["“The case is closed,” said James B. Comey, the director."], CUES)
    assert quote.speaker == "James B. Comey"


def test_a_long_opening_phrase_before_the_subject() -> None:
    paragraphs = [
        "During a long speech on public safety earlier in the day, Jane Holt attacked "
        "the plan, saying, “It will fail within a year.”"
    ]
    (quote,) = find_quotes(paragraphs, quote_cues("en"))
    assert quote.speaker == "Jane Holt"


def test_a_cue_word_used_as_a_noun_is_passed_over() -> None:
    paragraphs = [
        "Jane Holt says Tom Reyes’s flurry of late-night tweets was “unhinged, even for him.”"
    ]
    (quote,) = find_quotes(paragraphs, frozenset({"says", "tweets"}))
    assert (quote.speaker, quote.cue) == ("Jane Holt", "says")


def test_a_cue_right_before_the_quote_wins_over_one_after_it() -> None:
    paragraphs = [
        "Jane Holt said on Friday that the plan works but said “the timing is wrong.” "
        "Gov. Tom Reyes said it was too early to decide."
    ]
    (quote,) = find_quotes(paragraphs, CUES)
    assert (quote.speaker, quote.cue) == ("Jane Holt", "said")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Tom Reyes, 22, of Springfield, Ill., said he would vote “for the first time.”",
            "Tom Reyes",
        ),
        (
            "Jane Holt, the minister of transport, a member of the Harbour Board, said the "
            "ferry is “a disgrace.”",
            "Jane Holt",
        ),
        (
            "Jane Holt, president of the Teachers Union, which represents Springfield "
            "City teachers, said schools are “falling apart.”",
            "Jane Holt",
        ),
        (
            "Tom Reyes, who says the United States Navy needs more ships, said the plan "
            "“will not work.”",
            "Tom Reyes",
        ),
    ],
)
def test_the_name_heading_a_chain_of_appositions_is_the_speaker(
    paragraph: str, speaker: str
) -> None:
    (quote,) = find_quotes([paragraph], CUES)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'U.S. officials said: "We don\'t know." (Reuters) -- a well-known, 3.5-point gap; e.g.',
        "Jane O'Neil-Smith, 42, told A.P. that... it's over.",
    ],
)
def test_ascii_text_is_tokenised_as_the_unicode_pattern_tokenises_it(text: str) -> None:
    from articlecleaner.fields import quotes

    assert quotes._ASCII_TOKEN.findall(text) == quotes._TOKEN.findall(text)
    assert quotes._tokens(text) == quotes._TOKEN.findall(text)


def test_the_fast_tokenisers_split_as_the_unicode_pattern_does() -> None:
    """ASCII text and text of Latin, Greek and Cyrillic only are tokenised by the standard
    engine; every such text must give the tokens the regex module's pattern gives."""
    alphabet = "aZ09éßÄñøΩжЖ²½_'’-.,;:()—– \u00a0İ\u0307"
    shuffle = random.Random(5)
    for _ in range(5000):
        text = "".join(shuffle.choice(alphabet) for _ in range(shuffle.randint(1, 30)))
        assert _tokens(text) == _TOKEN.findall(text), text
        ascii_text = text.encode("ascii", "ignore").decode()
        assert _tokens(ascii_text) == _TOKEN.findall(ascii_text), ascii_text
