"""The quick start as a new user meets it on a fresh clone: `bin/demo` installs what scrutiny needs
to run and `bin/test` what the tests need too, each saying what it does; `bin/test` says why tests
were skipped; the README says what the two commands need (npm too) and never sends a reader to a
folder a clone has not got without saying so."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text(encoding="utf-8")
    return {m[0].lower(): m[1] for m in re.findall(r"^([A-Za-z0-9][\w.-]*)==(\S+)", text, re.M)}


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[<>=\[ ;]", name, maxsplit=1)[0]).lower()


def test_the_demo_installs_what_scrutiny_needs_and_no_more():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {normal(d) for d in project["dependencies"]} <= set(runtime)
    for extra in project["optional-dependencies"]["dev"]:
        assert normal(extra) not in runtime, f"{extra} is the tests', not scrutiny's"
    assert {normal(d) for d in project["optional-dependencies"]["dev"]} <= set(dev)
    different = {name: (v, dev.get(name)) for name, v in runtime.items() if dev.get(name) != v}
    assert not different, f"requirements.lock and requirements-dev.lock pin these differently: {different}"


def test_demo_and_test_set_up_what_each_needs():
    demo = (ROOT / "bin" / "demo").read_text(encoding="utf-8")
    test = (ROOT / "bin" / "test").read_text(encoding="utf-8")
    setup = (ROOT / "bin" / "setup").read_text(encoding="utf-8")
    assert re.search(r"^bin/setup$", demo, re.M)
    assert re.search(r"^bin/setup --dev$", test, re.M)
    assert re.search(r"^exec \.venv/bin/python -m pytest -rs \"\$@\"$", test, re.M)  # skips with reasons
    assert "lock=requirements.lock" in setup and "lock=requirements-dev.lock" in setup
    assert re.search(r'^say "installing ', setup, re.M) and re.search(r'^\s*say "making \.venv', setup, re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == "bin/test"  # CI runs the README's command


def test_the_readme_says_what_the_quick_start_needs():
    start = README.split("## Quick start", 1)[1].split("## A tour", 1)[0]
    assert "npm" in start and "unstyled" in start
    for need in ("SCRUTINY_TEST_POSTGRES_URL", "Chromium", "../shared", "soffice", "-rs"):
        assert need in start, need


def test_shared_is_never_named_as_if_a_clone_had_it():
    """Each section naming ../shared says it is not part of the repository, a clone has not got it."""
    for name, text in (("README.md", README), ("docs/cli.md", CLI_MD)):
        for section in re.split(r"^#+ ", text, flags=re.M):
            if "../shared" in section:
                assert re.search(r"not part of this\s+repository|a clone has not got it", section), (
                    f"{name}: names ../shared without saying a clone has not got it:\n{section[:400]}"
                )
