"""What the browser tests share: the planted Part II paper, the editor, finding Debian's Chromium,
skipping (or failing under CI) without it, screenshots, signing in, and axe-core."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SCREENSHOTS = ROOT / "build" / "screenshots"
CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

EDITOR, EDITOR_PASSWORD = "erin.editor", "correct horse battery staple 42"

# A paper of our own: one public action and one under a Part II (exempt) heading, whose wording
# appears nowhere else, so that finding "Quillfeather" anywhere is a leak.
RESTRICTED_WORD = "Quillfeather"
RESTRICTED_ACTION = "brief members on the Quillfeather depot disposal"
PUBLIC_ACTION = "publish the rural crime response times"
BODY = "Quarrington Police and Crime Panel"
PAPER_NAME = "quarrington-police-and-crime-panel-minutes-2025-01-16.txt"
PAPER = """\
QUARRINGTON POLICE AND CRIME PANEL

Minutes of the meeting held on 16 January 2025 at 10:00, Council Chamber, Quarrington

Present: Cllr Alice Thorne (Chair) (AT), Robert Vance, Police and Crime Commissioner (RV)

1. Apologies

Apologies were received from Cllr Sam Hale.

2. Neighbourhood policing

The Panel noted the report on neighbourhood policing in rural wards.

ACTION: RV to publish the rural crime response times by 31 March 2025

RESOLVED: That the neighbourhood policing report be noted.

3. PART II – EXEMPT ITEM

The Panel resolved to exclude the press and public under paragraph 3 of Schedule 12A.

ACTION: AT to brief members on the Quillfeather depot disposal by 15 April 2025
"""


def chromium_path() -> str | None:
    """Debian's Chromium: SCRUTINY_CHROMIUM when set (.ci/run sets it), else `chromium` on PATH."""
    named = os.environ.get("SCRUTINY_CHROMIUM")
    candidates = [named] if named else [shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (bin/test, or bin/setup --dev, installs the dev dependencies)"
    try:
        from axe_playwright_python.base import AXE_FILE_PATH
    except ImportError:
        return "axe-playwright-python (axe-core's axe.min.js) is not installed (bin/test, or bin/setup --dev, installs it)"
    if not AXE_FILE_PATH.is_file():
        return f"axe-core is missing from {AXE_FILE_PATH}"
    if chromium_path() is None:
        if os.environ.get("SCRUTINY_CHROMIUM"):
            return f"SCRUTINY_CHROMIUM={os.environ['SCRUTINY_CHROMIUM']} is not an executable file"
        return "Chromium is not installed (apt-get install chromium, or .ci/chromium)"
    return None


def skip_without_browser() -> None:
    """Called at the top of each browser test module: skip it whole, with the reason, when the
    browser cannot run here; except under CI, where the `browser` fixture then fails each test."""
    reason = missing()
    if reason is not None and not CI:
        pytest.skip(reason, allow_module_level=True)


def fail_without_browser() -> None:
    """Called by the `browser` fixture: under CI a missing browser fails the test, never skips it."""
    reason = missing()
    if reason is None:
        return
    if CI:
        pytest.fail(f"browser tests cannot run under CI (CI=true): {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass
class Site:
    """The running dashboard and what the tests know of its store."""

    url: str
    database_url: str
    ids: dict[str, int] = field(default_factory=dict)

    def at(self, path: str) -> str:
        return self.url + path


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot to build/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def sign_in(page, name: str = EDITOR, password: str = EDITOR_PASSWORD) -> None:
    """Sign in through the form at /sign-in, as a person would."""
    page.goto("/sign-in")
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


# --- axe-core --------------------------------------------------------------------------------

BLOCKING = ("serious", "critical")


def axe_violations(page) -> list[dict]:
    """axe-core's violations on the page as it stands (axe.min.js as shipped by
    axe-playwright-python; nothing is fetched), every rule axe runs by default."""
    from axe_playwright_python.base import AXE_FILE_PATH

    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_FILE_PATH.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} node(s)] {v['helpUrl']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


def today_forms() -> list[str]:
    """How a page may write today's date (here or in UTC, which the history records near midnight):
    GOV.UK style ('5 March 2026'), ISO, abbreviated or day/month/year."""
    days = {dt.date.today(), dt.datetime.now(dt.UTC).date()}
    return [
        f
        for d in sorted(days)
        for f in (f"{d.day} {d:%B %Y}", d.isoformat(), f"{d.day} {d:%b %Y}", f"{d:%d/%m/%Y}")
    ]
