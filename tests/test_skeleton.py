"""The #33 text skeleton maps each whole-page match to its line and times the rules' own
patterns."""

from __future__ import annotations

import re

import regex

from benchmarks.skeleton import line_starts, matched_lines, rule_patterns, skeleton, skeleton_table


def test_each_match_is_mapped_to_the_line_it_starts_on() -> None:
    text = "Tags: a, b\nA long line of the article's text.\n\nTags: c"
    patterns = [re.compile(r"^Tags:", re.MULTILINE)]
    starts = line_starts(text.split("\n"))
    assert starts == [0, 11, 46, 47]
    assert matched_lines(text, starts, patterns) == {0, 3}


def test_the_rules_patterns_are_found_and_read_lines() -> None:
    patterns = rule_patterns()
    assert len(patterns) >= 30
    assert all(
        p.flags & (regex.MULTILINE if isinstance(p, regex.Pattern) else re.MULTILINE)
        for p in patterns
    )
    # the filing line of a blog post, matched on its own line of a page
    page = "A sentence of the article, long enough to count.\nFiled under: Travel, Trains"
    assert 1 in matched_lines(page, line_starts(page.split("\n")), patterns)


def test_a_matched_line_breaks_the_run() -> None:
    long_line = " ".join(["word"] * 30)  # weighs 20
    text = f"{long_line}\nTags: x\n{long_line}"
    assert skeleton(text, []) == 20 + (2 - 10) + 20
    assert skeleton(text, [re.compile(r"^Tags:", re.MULTILINE)]) == 20


def test_the_table_lists_the_three_skeletons_and_the_costliest_passes() -> None:
    table = skeleton_table(["Filed under: Travel\nSome text of the page.\n© 2024 Example"])
    assert "| split, word counts and Kadane only |" in table
    assert "with the first 30 rule patterns" in table
    assert table.count("\n| `") == 10
