"""Generators of hostile pages: each returns the input and what a correct result keeps."""

from __future__ import annotations

import random
from collections.abc import Callable

PROSE = (
    "The regional council approved the new water plan on Thursday after a long debate, "
    "and the works are expected to start in the autumn."
)


ARTICLE_PARAGRAPHS = (
    PROSE,
    "Residents had asked for the plan for years, since the old pipes burst twice last "
    "winter and left several streets without water for days.",
    "The mayor said the first districts would be connected before the end of next year, "
    "and that the cost would be shared with the regional government.",
)
ARTICLE = (
    "<article><h1>Council approves the new water plan</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in ARTICLE_PARAGRAPHS)
    + "</article>"
)
"""A normal article, printed beside the huge parts of the pages below."""
HUGE = 10_000_000


def empty() -> str:
    return ""


def ten_megabyte_line() -> str:
    return "word " * 2_000_000


def nested_divs() -> str:
    depth = 100_000
    return f"<html><body>{'<div>' * depth}<p>{PROSE}</p>{'</div>' * depth}</body></html>"


def sibling_paragraphs() -> str:
    return "<html><body>" + f"<p>{PROSE}</p>" * 100_000 + "</body></html>"


def attribute_flood() -> str:
    attributes = " ".join(f'data-a{i}="v"' for i in range(200_000))
    return f"<html><body><div {attributes}>x</div><p>{PROSE}</p></body></html>"


def random_bytes() -> bytes:
    return random.Random(7).randbytes(1_000_000)


def lone_surrogates() -> str:
    return f"{PROSE} \ud800 broken \udfff text\n\n{PROSE}\n" * 200


def binary_garbage() -> bytes:
    return bytes(range(256)) * 4000 + PROSE.encode()


def only_links() -> str:
    links = "".join(f'<li><a href="/p/{i}">Story number {i}</a></li>' for i in range(20_000))
    return f"<html><body><ul>{links}</ul></body></html>"


def only_read_more() -> str:
    return "Read more\n" * 100_000


def many_line_breaks() -> str:
    return "<html><body>" + "word<br>" * 200_000 + "</body></html>"


def billion_laughs() -> str:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]><html><body><p>&lol9;</p>'
        f"<p>{PROSE}</p></body></html>"
    )


def external_entity() -> str:
    return (
        '<?xml version="1.0"?><!DOCTYPE page [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<html><body><p>&xxe;</p><p>{PROSE}</p></body></html>"
    )


def huge_paragraph() -> str:
    return f"<html><body><p>{'word ' * (HUGE // 5)}</p></body></html>"


def huge_preformatted() -> str:
    return f"<html><body><pre>{'word ' * (HUGE // 5)}</pre></body></html>"


def huge_attribute_around_article() -> str:
    return f'<html><body><div data-state="{"a" * HUGE}">{ARTICLE}</div></body></html>'


def huge_script_before_article() -> str:
    script = '{"key": "value"}, ' * (HUGE // 18)
    return f"<html><body><script>var state = [{script}];</script>{ARTICLE}</body></html>"


CASES: dict[str, Callable[[], str | bytes]] = {
    "empty": empty,
    "ten-megabyte-line": ten_megabyte_line,
    "nested-divs": nested_divs,
    "sibling-paragraphs": sibling_paragraphs,
    "attribute-flood": attribute_flood,
    "random-bytes": random_bytes,
    "lone-surrogates": lone_surrogates,
    "binary-garbage": binary_garbage,
    "only-links": only_links,
    "only-read-more": only_read_more,
    "many-line-breaks": many_line_breaks,
    "billion-laughs": billion_laughs,
    "external-entity": external_entity,
    "huge-paragraph": huge_paragraph,
    "huge-preformatted": huge_preformatted,
    "huge-attribute-around-article": huge_attribute_around_article,
    "huge-script-before-article": huge_script_before_article,
}
"""Every hostile page, by name."""
WITH_ARTICLE = frozenset(("huge-attribute-around-article", "huge-script-before-article"))
"""The pages that print ``ARTICLE`` beside their hostile part: its paragraphs must come out."""
