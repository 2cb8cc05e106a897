"""The speed benchmark's identity check lists every page whose Article differs."""

from __future__ import annotations

from benchmarks.identity import differences


def test_identical_articles_have_no_differences() -> None:
    articles = {"a": {"body": "x", "headline": "h"}}
    assert differences(articles, {"a": {"body": "x", "headline": "h"}}) == {}


def test_each_differing_field_and_missing_page_is_listed() -> None:
    current = {"a": {"body": "x", "headline": "h"}, "b": {"body": "y"}}
    expected = {"a": {"body": "z", "headline": "h"}, "c": {"body": "w"}}
    assert differences(current, expected) == {
        "a": ["body"],
        "b": ["missing in the reference"],
        "c": ["missing here"],
    }
