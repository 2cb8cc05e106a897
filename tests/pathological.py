"""Generators of hostile pages: each returns the input and what a correct result keeps."""

from __future__ import annotations

import random
from collections.abc import Callable

PROSE = (
    "The regional council approved the new water plan on Thursday after a long debate, "
    "and the works are expected to start in the autumn."
)


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
}
"""Every hostile page, by name."""
