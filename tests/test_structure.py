"""Article.blocks, to_markdown() and to_html(): the body's structure kept and shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from pydantic import BaseModel, ValidationError

from articlecleaner import clean
from articlecleaner._models import BodyBlock, Image, Link, construct
from articlecleaner.cli import main
from benchmarks.structure import (
    gold_labels,
    markdown_blocks,
    round_trips,
    score_page,
    typed_lines,
)

BLOG = (Path(__file__).parent / "pages" / "structured_blog.html").read_text()


def test_html_blocks_are_typed_by_their_tags() -> None:
    article = clean(BLOG)
    kinds = [block.kind for block in article.blocks]
    assert kinds == [
        "paragraph", "heading", "paragraph",
        "list_item", "list_item", "list_item", "list_item", "list_item",
        "table", "quote", "code", "paragraph",
    ]  # fmt: skip
    heading = article.blocks[1]
    assert (heading.text, heading.level) == ("What to pack", 2)
    numbered = [b.number for b in article.blocks if b.kind == "list_item"]
    assert numbered == [None, None, None, 1, 2]
    table = article.blocks[8]
    assert table.header
    assert table.rows == [
        ["Route", "Time"],
        ["River path", "1:16"],
        ["Main road | bus lane", "0:58"],
    ]
    code = article.blocks[10].text
    assert code == "tyre_pressure = 4.5  # bar\nif rain:\n    tyre_pressure -= 0.5"


def test_links_are_absolute_against_base() -> None:
    article = clean(BLOG)
    links = [link for block in article.blocks for link in block.links]
    assert [(link.text, link.url) for link in links] == [
        ("my guide to lights", "https://ridenotes.example/posts/lights.html")
    ]


def test_links_resolve_against_the_given_url_without_base() -> None:
    page = BLOG.replace('<base href="https://ridenotes.example/posts/">', "")
    article = clean(page, url="https://other.example/blog/post-1")
    (link,) = [link for block in article.blocks for link in block.links]
    assert link.url == "https://other.example/blog/lights.html"


def test_markdown_parses_back_to_the_same_blocks() -> None:
    article = clean(BLOG)
    parsed = markdown_blocks(article.to_markdown())
    assert parsed[0] == ("heading", "Five tips for a faster bike commute")
    assert parsed[1:] == typed_lines(article)
    assert [kind for kind, _ in parsed[1:3]] == ["paragraph", "heading"]
    assert round_trips(article)


def test_markdown_escapes_what_would_be_markup() -> None:
    markdown = clean(BLOG).to_markdown()
    assert "whatever the \\*weather\\*." in markdown
    assert "| Main road \\| bus lane | 0:58 |" in markdown
    assert "## What to pack" in markdown
    assert "- A spare inner tube" in markdown
    assert "1. Check the tyres" in markdown
    assert "[my guide to lights](https://ridenotes.example/posts/lights.html)" in markdown


def test_markdown_without_links_keeps_their_text() -> None:
    markdown = clean(BLOG).to_markdown(links=False)
    assert "](" not in markdown
    assert "as described in my guide to lights" in markdown


def test_nested_and_numbered_lists() -> None:
    page = (
        "<html><body><article><h1>Steps</h1><p>" + "Words of the article run on here. " * 8
        + "</p><ol start='3'><li>Third step of the method</li><li>Fourth step<ul>"
        "<li>a detail of the fourth step</li></ul></li></ol><p>"
        + "The article goes on after the list with more words. " * 6
        + "</p></article></body></html>"
    )  # fmt: skip
    article = clean(page)
    items = [(b.text, b.depth, b.number) for b in article.blocks if b.kind == "list_item"]
    assert items == [
        ("Third step of the method", 1, 3),
        ("Fourth step", 1, 4),
        ("a detail of the fourth step", 2, None),
    ]
    parsed = markdown_blocks(article.to_markdown())
    assert [text for kind, text in parsed if kind == "list_item"] == [t for t, _, _ in items]
    assert "3. Third step" in article.to_markdown()
    # The bullet list stays nested under the numbered item that holds it.
    assert "4. Fourth step\n   - a detail of the fourth step" in article.to_markdown()
    assert (
        "<ol><li>Third step of the method</li><li>Fourth step<ul>"
        "<li>a detail of the fourth step</li></ul></li></ol>"
    ) in article.to_html()


def test_text_layout_gives_lists_headings_and_tables() -> None:
    prose = [
        f"Paragraph {n} of the article is a sentence that goes on for a while, and then "
        f"another sentence follows it so that the paragraph {n} reads as prose. The writer "
        "adds a third sentence here, as the paragraphs of real articles hold three or four."
        for n in range(4)
    ]
    page = (
        f"A headline for the article\n\n{prose[0]}\n\nWhat you need\n\n{prose[1]}\n\n"
        f"• flour\n• two eggs\n• milk\n\n{prose[2]}\n\n1. Mix it\n2. Bake it\n\n"
        f"Team\tPoints\nRed\t12\nBlue\t9\n\n{prose[3]}\n"
    )
    article = clean(page)
    kinds = [(block.kind, block.text) for block in article.blocks]
    assert ("heading", "What you need") in kinds
    assert [t for k, t in kinds if k == "list_item"] == [
        "flour", "two eggs", "milk", "Mix it", "Bake it",
    ]  # fmt: skip
    assert [b.number for b in article.blocks if b.kind == "list_item"][3:] == [1, 2]
    (table,) = [b for b in article.blocks if b.kind == "table"]
    assert table.rows == [["Team", "Points"], ["Red", "12"], ["Blue", "9"]]
    assert article.paragraphs[2].startswith("• flour") or "• flour" in article.paragraphs


def test_seed_markdown_is_headline_date_and_six_paragraphs(seed_text: str) -> None:
    article = clean(seed_text)
    parsed = markdown_blocks(article.to_markdown())
    assert parsed[0] == ("heading", "Kremlin reveals when Putin and Biden might meet again")
    assert parsed[1] == ("paragraph", "2021-12-15T21:32:00")
    assert parsed[2:] == [("paragraph", text) for text in article.paragraphs]
    assert len(parsed) == 8


def test_html_output_is_structural_and_safe() -> None:
    page = BLOG.replace(
        "my guide to lights</a>", 'my guide to lights</a> and <a href="javascript:alert(1)">x</a>'
    ).replace("That is all", "<script>alert(2)</script>That <b onclick='x()'>is</b> all")
    output = clean(page).to_html()
    tree = lxml_html.fromstring(output)
    assert tree.tag == "article"
    assert {e.tag for e in tree.iter()} <= {
        "article", "h1", "h2", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
        "td", "pre", "code", "blockquote", "a", "em",
    }  # fmt: skip
    assert all(set(e.attrib) <= {"href"} for e in tree.iter())
    assert [a.get("href") for a in tree.iter("a")] == [
        "https://ridenotes.example/posts/lights.html"
    ]
    assert "alert" not in output
    assert tree.find(".//pre/code").text.startswith("tyre_pressure = 4.5  # bar\nif rain:")


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_cli_formats(form: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "page.html"
    source.write_text(BLOG)
    assert main(["clean", str(source), "--format", form]) == 0
    output = capsys.readouterr().out
    marker = "## What to pack" if form == "markdown" else "<h2>What to pack</h2>"
    assert marker in output


def test_structure_benchmark_labels_and_scores() -> None:
    gold = gold_labels(
        "<html><body><h2>Title here</h2><ul><li><p>An item</p></li></ul>"
        "<table><tr><td>cell</td></tr></table><pre>x = 1\ny = 2</pre><p>Plain</p></body></html>",
        ["Title here", "An item", "cell", "y = 2", "Plain", "Nowhere"],
    )
    assert gold == [
        ("heading", "title here"), ("list_item", "an item"), ("table_cell", "cell"),
        ("code", "y = 2"), ("other", "plain"),
    ]  # fmt: skip
    score = score_page(
        gold, [("heading", "Title here"), ("paragraph", "An item"), ("code", "Plain")]
    )
    assert (score.kinds["heading"].found, score.kinds["heading"].typed_right) == (1, 1)
    assert (score.kinds["list_item"].found, score.kinds["list_item"].typed_right) == (1, 0)
    assert (score.kinds["code"].predicted, score.kinds["code"].predicted_right) == (1, 0)


def test_text_short_lines_set_apart_in_a_row_are_a_list() -> None:
    prose = (
        "The guide explains what a cyclist should carry on a long ride through the hills, "
        "and why each thing earns its place in a small saddle bag. It was written after a "
        "season of rides in rain and sun, and it keeps to what was used on every one."
    )
    closing = (
        "With these four things in the bag, most of what goes wrong on a ride can be put "
        "right at the side of the road, and the rest can wait for the next town and its shop. "
        "The pump matters most of all: a tube is no use without air, and a cape keeps the "
        "rider warm while the repair is made, which on a cold day in the hills is no small "
        "thing at all."
    )
    page = f"{prose}\n\nA spare tube\n\nTyre levers\n\nA small pump\n\nA rain cape\n\n{closing}\n"
    article = clean(page)
    items = [b.text for b in article.blocks if b.kind == "list_item"]
    assert items == ["A spare tube", "Tyre levers", "A small pump", "A rain cape"]


def test_mixed_lists_parse_back_nested_and_apart() -> None:
    page = (
        "<html><body><article><h1>Lists</h1><p>" + "Words of the article run on here. " * 8
        + "</p><ul><li>first bullet<ol start='5'><li>fifth point</li></ol></li>"
        "<li>second bullet</li></ul><ol start='7'><li>seventh point</li></ol><p>"
        + "The article goes on after the lists with more words. " * 6
        + "</p></article></body></html>"
    )  # fmt: skip
    article = clean(page)
    expected = ["first bullet", "fifth point", "second bullet", "seventh point"]
    assert [b.text for b in article.blocks if b.kind == "list_item"] == expected
    parsed = markdown_blocks(article.to_markdown())
    assert [text for kind, text in parsed if kind == "list_item"] == expected
    assert (
        "<ul><li>first bullet<ol><li>fifth point</li></ol></li><li>second bullet</li></ul>"
        "<ol><li>seventh point</li></ol>"
    ) in article.to_html()


def test_markdown_keeps_text_that_looks_like_markup_as_text() -> None:
    from articlecleaner._models import Article, BodyBlock, Link

    texts = ["2018.04.05 is the date of the run", "1) the first reason", "Keep C# and F# ##"]
    article = Article(
        headline="Title",
        authors=["Ann Writer"],
        blocks=[
            BodyBlock(kind="paragraph", text=texts[0], paragraph=0),
            BodyBlock(kind="paragraph", text=texts[1], paragraph=1),
            BodyBlock(kind="heading", text=texts[2], level=2, paragraph=2),
            BodyBlock(
                kind="paragraph",
                text="a local file",
                links=[Link(text="local file", url="file:///home/user/notes.txt")],
                paragraph=3,
            ),
        ],
    )
    parsed = markdown_blocks(article.to_markdown())
    assert parsed[2:] == [
        ("paragraph", texts[0]),
        ("paragraph", texts[1]),
        ("heading", texts[2]),
        ("paragraph", "a local file"),
    ]
    assert "file:" not in article.to_markdown() and "file:" not in article.to_html()


def test_authors_from_markup_are_one_line() -> None:
    page = (
        "<html><head><meta name='author' content='Mark Writer\n\t\t and Jo Editor'></head>"
        "<body><article><h1>A title</h1><p>" + "Words of the article run on here. " * 10
        + "</p></article></body></html>"
    )  # fmt: skip
    article = clean(page)
    assert article.authors == ["Mark Writer and Jo Editor"]
    assert markdown_blocks(article.to_markdown())[1][0] == "paragraph"


def test_text_structure_reads_the_body_as_printed() -> None:
    opening = (
        "The recipe needs only what most kitchens hold already, and it takes about half an "
        "hour from the first step to the table, with the oven doing most of the work. Start "
        "by setting out the three things it asks for on the counter, before the oven is on."
    )
    closing = (
        "Whisk them together until the batter is smooth and pale, then pour it into a warm "
        "tin and bake it until it rises well above the rim. It is best eaten at once, while "
        "it is still hot and crisp at the edges, with a little jam or fruit on the side."
    )
    page = f"{opening}\n\nFlour\nEggs\nShare on Facebook\nMilk\n\n{closing}\n"
    article = clean(page)
    assert "Flour\nEggs\nMilk" in article.body
    assert [b.text for b in article.blocks if b.kind == "list_item"] == ["Flour", "Eggs", "Milk"]


def test_text_numbered_headings_and_a_heading_pair_above_paragraphs() -> None:
    prose = [
        f"Paragraph {n} tells why this tip saves time in the kitchen, and how to make it "
        f"part of the week without a new tool. Cooks who tried tip {n} say it pays back "
        "within a month, and that it is easy to keep up once the habit is there."
        for n in range(5)
    ]
    page = (
        f"Ten minutes saved a day\n\n{prose[0]}\n\nPlanning the week\nWhy a plan helps\n\n"
        f"{prose[1]}\n\n1. Cook grains in bulk\n\n{prose[2]}\n\n1. Buy rice\n2. Buy oats\n\n"
        f"2. Keep a clean fridge\n\n{prose[3]}\n\n{prose[4]}\n"
    )
    article = clean(page)
    kinds = [(block.kind, block.text) for block in article.blocks]
    headings = [text for kind, text in kinds if kind == "heading"]
    assert headings == [
        "Planning the week", "Why a plan helps", "1. Cook grains in bulk",
        "2. Keep a clean fridge",
    ]  # fmt: skip
    assert [t for k, t in kinds if k == "list_item"] == ["Buy rice", "Buy oats"]


def test_text_indented_lines_are_code_with_their_blank_lines() -> None:
    intro = (
        "The function below reads one line of the settings file and returns the name and "
        "the value on either side of the equals sign, or nothing when the line has none."
    )
    outro = (
        "Each call handles one line, so the caller loops over the file and keeps the pairs "
        "it gets back in a dictionary, skipping the lines for which nothing came back."
    )
    page = (
        f"Reading a settings file\n\n{intro}\n\n"
        "def parse(line):\n    name, _, value = line.partition('=')\n\n"
        "    return name.strip(), value.strip()\n\n"
        f"{outro}\n"
    )
    article = clean(page)
    (code,) = [block for block in article.blocks if block.kind == "code"]
    assert code.text == (
        "def parse(line):\n    name, _, value = line.partition('=')\n\n"
        "    return name.strip(), value.strip()"
    )
    assert [b.kind for b in article.blocks] == ["paragraph", "code", "paragraph"]
    assert "```\ndef parse(line):\n    name" in article.to_markdown()


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Link, {"text": "the report", "url": "https://example.org/report"}),
        (Image, {"alt": "", "url": "https://example.org/a.png"}),
        (
            BodyBlock,
            {
                "kind": "list_item",
                "text": "Second step",
                "level": None,
                "depth": 2,
                "number": 2,
                "rows": [],
                "header": False,
                "links": [Link(text="step", url="https://example.org/s")],
                "images": [],
                "paragraph": 4,
            },
        ),
        (BodyBlock, {"text": "Fields out of order", "kind": "paragraph", "paragraph": 0}),
    ],
)
def test_a_model_constructed_fast_is_the_one_pydantic_constructs(
    model: type[BaseModel], fields: dict[str, Any]
) -> None:
    fast, slow = construct(model, dict(fields)), model.model_construct(**fields)
    assert fast == slow
    assert repr(fast) == repr(slow)
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_copy(update={"text": "x"} if "text" in fields else {}) is not fast
    with pytest.raises(ValidationError):
        fast.__setattr__(next(iter(fields)), "changed")
