"""The command line: clean, explain (text and HTML) and rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlecleaner.cli import main

SEED = Path(__file__).resolve().parents[1] / "examples" / "rt_kremlin_putin_biden.txt"


def test_clean_prints_the_article_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(SEED)]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["headline"] == "Kremlin reveals when Putin and Biden might meet again"
    assert len(article["paragraphs"]) == 6


def test_clean_as_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--format", "markdown", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Kremlin reveals when Putin and Biden might meet again\n")
    assert "Get short URL" not in out


def test_explain_marks_every_removed_line_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "- [AC301 read-more-teaser: read-more marker] Read more" in out
    assert "\x1b[" not in out  # plain when not a terminal


def test_explain_html_is_a_standalone_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--format", "html", str(SEED)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!doctype html>")
    assert "<del>Get short URL</del>" in page
    assert 'title="AC201 share-phrase-line: line is only share or social words"' in page
    assert "AC301 read-more-teaser (teaser): 2" in page


def test_rules_table_and_one_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--ignore", "AC3"]) == 0
    table = capsys.readouterr().out
    assert "AC301    read-more-teaser" in table and "off" in table.split("AC301")[1][:60]
    assert main(["rules", "AC401"]) == 0
    assert "Example:" in capsys.readouterr().out


def test_unknown_rule_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "AC999"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
