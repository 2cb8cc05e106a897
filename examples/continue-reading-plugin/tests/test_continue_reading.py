"""The plugin's own tests: its rules act through clean() once the plugin is installed."""

from __future__ import annotations

from articlecleaner import Cleaner, clean

PARAGRAPH = (
    "The harbour authority said on Monday that the new ferry terminal would open in the "
    "spring, two years later than planned, after a dispute over the cost of the pier."
)
SECOND = (
    "Passengers will keep using the old quay until then, and the council promised to add "
    "two more crossings a day during the summer months to shorten the queues at the gate."
)
THIRD = (
    "The operator said the delay would not change the fares, which were agreed with the "
    "regional government last year and stay frozen until the end of the next season."
)
PAGE = (
    f"{PARAGRAPH}\n\nStory continues below advertisement\n\n{SECOND}\n\n"
    f"Sponsored: Book your ferry tickets online and save ten percent today.\n\n{THIRD}\n"
)


def test_marker_is_removed_by_the_plugin_rule() -> None:
    article = clean(PAGE, explain=True)
    codes = {removal.text: removal.code for removal in article.removed}
    assert codes["Story continues below advertisement"] == "CR001"


def test_advertorial_rule_is_off_until_selected() -> None:
    assert any(p.startswith("Sponsored:") for p in clean(PAGE).paragraphs)
    article = Cleaner(select=["AC", "CR"]).clean(PAGE, explain=True)
    assert any(removal.code == "CR002" for removal in article.removed)
