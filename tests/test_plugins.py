"""Plugins: discovered through entry points, acting in clean(), failing loudly when broken."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from articlecleaner import Cleaner, PluginLoadError, clean
from articlecleaner.cli import main

PLUGIN = Path(__file__).resolve().parents[1] / "examples" / "continue-reading-plugin"
PARAGRAPH = (
    "The harbour authority said on Monday that the new ferry terminal would open in the "
    "spring, two years later than planned, after a dispute over the cost of the pier."
)
SECOND = (
    "Passengers will keep using the old quay until then, and the council promised to add "
    "two more crossings a day during the summer months to shorten the queues at the gate."
)
PAGE = f"{PARAGRAPH}\n\nStory continues below advertisement\n\n{SECOND}\n"


def _codes(cleaner: Cleaner) -> set[str]:
    return {rule.code for rule in cleaner.rules}


def test_installed_plugin_is_discovered_and_acts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "CR001" not in _codes(Cleaner()), "the example plugin must not be installed already"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(tmp_path),
            str(PLUGIN),
        ],
        check=True,
    )
    with monkeypatch.context() as patch:
        patch.syspath_prepend(str(tmp_path))
        cleaner = Cleaner()
        assert "CR001" in _codes(cleaner)
        assert "CR002" not in _codes(cleaner)  # off by default
        assert (
            cleaner.origins[next(r.__class__ for r in cleaner.rules if r.code == "CR001")]
            == "articlecleaner-continue-reading"
        )
        article = cleaner.clean(PAGE, explain=True)
        assert [r.code for r in article.removed] == ["CR001"]
        assert article.paragraphs == [PARAGRAPH, SECOND]
    # "uninstalled": off the path, the rule is gone again
    assert "CR001" not in _codes(Cleaner())
    assert "Story continues below advertisement" in clean(PAGE).paragraphs


def _broken_distribution(folder: Path) -> None:
    info = folder / "broken_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[articlecleaner.rules]\nbroken = module_that_does_not_exist_xyz:RULES\n"
    )


def test_broken_plugin_raises_plugin_load_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_distribution(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginLoadError, match=r"broken-plugin.*ModuleNotFoundError"):
        Cleaner()
    assert main(["rules"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "broken-plugin" in error
    assert "Traceback" not in error


def test_plugins_can_be_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _broken_distribution(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "AC001" in _codes(Cleaner(plugins=False))
