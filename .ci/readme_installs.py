"""Run every install command of the README as written, each in a fresh copy of the
project and a fresh ``python3 -m venv`` (with the pip that venv ships, not an upgraded
one), so that a command a reader follows cannot break unseen.

The command that installs the test tools stops before ``pytest``: CI runs the tests
itself right after this check. Exits non-zero naming every command that failed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SHELL_BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)
_TESTS = re.compile(r"\s*&&\s*\.venv/bin/pytest\b.*$")


def install_commands(readme: str) -> list[str]:
    """The README's shell lines that make a venv and install into it, comments dropped."""
    commands = []
    for block in _SHELL_BLOCK.findall(readme):
        for line in block.splitlines():
            command = line.split("  #", 1)[0].strip()
            if command.startswith("python3 -m venv") and "pip install" in command:
                commands.append(_TESTS.sub("", command))
    return commands


def _fresh_copy(into: Path) -> None:
    """The project's tracked files, as a fresh clone has them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source, target = ROOT / name, into / name
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def main() -> int:
    commands = install_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    if not commands:
        print("no install command found in README.md")
        return 1
    failed = []
    for command in commands:
        with tempfile.TemporaryDirectory() as folder:
            _fresh_copy(Path(folder))
            done = subprocess.run(["bash", "-c", command], cwd=folder, capture_output=True)
            shown = done.stdout.decode(errors="replace")[-300:].strip()
            print(f"exit {done.returncode}: {command}", flush=True)
            if done.returncode:
                print(done.stderr.decode(errors="replace")[-3000:])
                failed.append(command)
            elif "articlecleaner clean" in command:
                print(f"  ...{shown}")
    print(f"{len(commands) - len(failed)} of {len(commands)} README install commands exit 0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
