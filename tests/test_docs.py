"""Every `scrutiny` command and option is documented: a test fails when one is not.

Walks the command tree Typer builds. A command is documented when docs/cli.md has a section
headed with it (`## scrutiny extract`) and the README names it; each of its options (long and
short names) must appear in that section; the top-level options appear before the first command.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from scrutiny.cli import app

ROOT = Path(__file__).resolve().parents[1]
CLI_MD = ROOT / "docs" / "cli.md"
README = ROOT / "README.md"


def walk(command, path=("scrutiny",)):
    """(command path, command) for the root and every sub-command, depth first."""
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if not getattr(sub, "hidden", False):
            yield from walk(sub, (*path, name))


def option_names(command) -> list[str]:
    names = []
    for param in command.params:
        if getattr(param, "param_type_name", "") != "option" or getattr(param, "hidden", False):
            continue
        names.extend(n for n in (*param.opts, *param.secondary_opts) if n != "--help")
    return names


def sections(text: str) -> dict[str, str]:
    """docs/cli.md cut at its `## ` headings; the text before the first is under ''."""
    out, current = {"": []}, ""
    for line in text.splitlines():
        m = re.match(r"^##\s+`?(scrutiny[\w -]*?)`?\s*$", line)
        if m:
            current = m.group(1).strip()
            out[current] = []
        else:
            out[current].append(line)
    return {k: "\n".join(v) for k, v in out.items()}


COMMANDS = list(walk(typer.main.get_command(app)))


def test_the_tree_is_walked():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"scrutiny", "scrutiny extract", "scrutiny read", "scrutiny demo"} <= names


@pytest.mark.parametrize("path,command", COMMANDS[1:], ids=[" ".join(p) for p, _ in COMMANDS[1:]])
def test_command_is_documented(path, command):
    name = " ".join(path)
    assert name in sections(CLI_MD.read_text(encoding="utf-8")), f"docs/cli.md has no '## {name}' section"
    assert name in README.read_text(encoding="utf-8"), f"README.md never mentions '{name}'"


@pytest.mark.parametrize("path,command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_options_are_documented(path, command):
    name = " ".join(path)
    section = sections(CLI_MD.read_text(encoding="utf-8")).get("" if len(path) == 1 else name, "")
    missing = [
        opt
        for opt in option_names(command)
        if not re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", section)
    ]
    assert not missing, f"{name}: options not documented in its section of docs/cli.md: {missing}"


def test_environment_variables_are_documented():
    text = CLI_MD.read_text(encoding="utf-8")
    source = "".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "src" / "scrutiny" / "cli").glob("*.py"))
    )
    for var in sorted(set(re.findall(r"SCRUTINY_[A-Z_]+", source))):
        assert var in text, f"{var} is read by cli/ but not documented in docs/cli.md"
