"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from articlecleaner import Article, InputError, clean
from articlecleaner._text import tidy_line

EXAMPLES = int(os.environ.get("ARTICLECLEANER_PROPERTY_EXAMPLES", "10000"))
# Derandomized: every run (and CI) checks the same examples, so a failure reproduces.
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text with paragraph structure: lines of words, some long, separated by one or two newlines.
_WORD = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
_LINE = st.lists(_WORD, min_size=1, max_size=40).map(" ".join)
_PAGE = st.lists(st.tuples(_LINE, st.sampled_from(["\n", "\n\n"])), max_size=30).map(
    lambda lines: "".join(line + gap for line, gap in lines)
)
ANY_TEXT = st.one_of(st.text(), _PAGE)
ANY_INPUT = st.one_of(st.text(), st.binary(), _PAGE)


@PROPERTY
@given(ANY_INPUT)
def test_any_text_or_bytes_gives_an_article(raw: str | bytes) -> None:
    assert isinstance(clean(raw), Article)


@PROPERTY
@given(st.one_of(st.integers(), st.floats(), st.none(), st.lists(st.text())))
def test_anything_else_raises_input_error(raw: object) -> None:
    try:
        clean(raw)  # type: ignore[arg-type]
    except InputError:
        return
    raise AssertionError("no InputError")


@PROPERTY
@given(ANY_TEXT.filter(lambda text: "<" not in text))
def test_body_text_comes_from_the_input(raw: str) -> None:
    source = tidy_line(" ".join(raw.splitlines()))
    for paragraph in clean(raw).paragraphs:
        assert tidy_line(paragraph) in source  # a table row keeps tabs between its cells


@PROPERTY
@given(ANY_INPUT)
def test_clean_is_deterministic(raw: str | bytes) -> None:
    assert clean(raw) == clean(raw)


@pytest.mark.parametrize(
    "raw",
    [  # found by hypothesis
        # lines printed in one paragraph, then printed apart in the body
        "0\t0\r0\t0\n0\tA\nA0A0A0A0A]",
        "\x95Ê\U000f7c9a1A Î\U0004511c\U00031a20*\x8cº\x05Ó ;\n"
        "ËÕ a𠒤 AAAAA AAAA AA\xa0È AAA㐀丽 AAAAAA𰀀\n",
        "j\x0c éè\x06 «\x8am\U000a0645 AO AA AAAAAAAAA A:AAA AAAAA AAAAA :\n 0\n0\n",
        "ëÍs\x08¢\U000ef2e0È=6\\\x0bÞ A\U00091f1e䆺]\n"
        "a A A AA AAÀ AAAAÀ AAAAAA AA AAAAA AAAAAA AAA A?\n",
        # lines without letters after the body made its last line later than in the body
        'A/AAAAAA"AA A\u08caA:AAAAAAA\u00d7A AAAA AAAa\u3400 A\n'
        "A A A:AAAAAA AAAA AAAAAAA\U00012687A AAAA AAAa\u3400 A\n0\n0",
        "V\U000574a3\x1fj ºð\U000415fd@ \U0005a339\U000c3eb7i- \x9cí\U000938aa[ö\x16 æõú𖤩"
        "\U000825c9Y AAAAÀ𠀀\u0cf3A AAAA㐀𠀀\nA:AAa AAAAA AA AAAAA一 AAAAAÀ AAA A:AAA AA\n0\n",
    ],
)
def test_known_examples_clean_again_the_same(raw: str) -> None:
    body = clean(raw).body
    assert body
    assert clean(body).body == body


@pytest.mark.xfail(
    strict=True,
    reason="known gap: AC001 discounts a block by how far down the page it stands, so "
    "when the lines after the body carry words, the body's last line stands further down "
    "in the body alone and a borderline one drops out on the second pass (found by "
    "hypothesis); strict, so a fix shows up",
)
@PROPERTY
@given(ANY_TEXT.filter(lambda text: "<" not in text))
@example(raw="e:0:AAAAAA:A:AAAAAA0A:AA:A0㐀:AAAAAA㐀!B\rA")  # one-letter words set the language
@example(raw="Se:0:AAAAA:A:AAAAAA0A:AA:A0㐀:AAAAAA㐀!B\rA")  # the body alone has no language
@example(raw="0/0/0.0(0?\nAA(A(0:AAAAAAAAAA(A(A:AAAAAAAAAA(µぁ㐀!Aᄀ")  # a "sentence" of digits
def test_cleaning_the_body_again_changes_nothing(raw: str) -> None:
    body = clean(raw).body
    assert clean(body).body == body
