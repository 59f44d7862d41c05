"""axe-core on every page of the dashboard: no violation of impact serious or critical.

axe runs in Chromium on each page as an anonymous visitor sees it, and on the pages that change
for a signed-in editor (the action page with its form, the register with restricted rows).
axe.min.js comes from the axe-playwright-python package (installed by bin/setup, nothing is
fetched at test time). Every violation found, whatever its impact, is written beside the
screenshot in build/screenshots/page-NAME.axe.json; the test fails on the serious and critical ones,
listing them.
"""

from __future__ import annotations

import json

import pytest

from .support import (
    BLOCKING,
    SCREENSHOTS,
    axe_violations,
    describe,
    screenshot,
    sign_in,
    skip_without_browser,
)

skip_without_browser()

try:  # the browser tests skip (or, under CI, fail) in skip_without_browser when Playwright is missing
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover
    expect = None

# (name, path with {id} placeholders filled from site.ids, signed in?)
PAGES = [
    ("overview", "/", False),
    ("register", "/actions", False),
    ("register-filtered", "/actions?body=Panel&status=open&overdue=1", False),
    ("register-bad-filter", "/actions?due_before=31/02/2024", False),
    ("action", "/actions/{public_action}", False),
    ("meetings", "/meetings", False),
    ("documents", "/documents", False),
    ("bodies", "/bodies", False),
    ("people", "/people", False),
    ("meeting", "/meetings/{meeting}", False),
    ("document", "/documents/{document}", False),
    ("document-with-passage", None, False),  # the source link of an action, followed
    ("body", "/bodies/{body}", False),
    ("person", "/people/{person}", False),
    ("search", "/search?q=report", False),  # the form, and results with highlighted snippets
    ("sign-in", "/sign-in", False),
    ("not-found", "/actions/{restricted_action}", False),
    ("register-editor", "/actions?body=Quarrington", True),
    ("action-editor", "/actions/{restricted_action}", True),
    ("document-editor", "/documents/{paper}", True),
]


def _context(browser, site, signed_in: bool):
    ctx = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
    ctx.set_default_timeout(10_000)
    page = ctx.new_page()
    page.broken = []  # stylesheets, scripts and images that did not load: axe would judge a bare page
    page.on(
        "response",
        lambda r: r.status >= 400 and r.request.resource_type != "document" and page.broken.append(r.url),
    )
    page.on("requestfailed", lambda r: page.broken.append(r.url))
    if signed_in:
        sign_in(page)
    return ctx, page


@pytest.fixture(scope="module")
def tabs(site, browser):
    """An anonymous visitor's tab and a signed-in editor's, shared by this module's pages."""
    anonymous, anonymous_page = _context(browser, site, signed_in=False)
    editor, editor_page = _context(browser, site, signed_in=True)
    try:
        yield {False: anonymous_page, True: editor_page}
    finally:
        anonymous.close()
        editor.close()


@pytest.mark.parametrize(("name", "path", "signed_in"), PAGES, ids=[p[0] for p in PAGES])
def test_no_serious_or_critical_violations(tabs, site, name, path, signed_in):
    page = tabs[signed_in]
    page.broken.clear()
    if path is None:  # follow an action's source link, as a reader does
        page.goto(f"/actions/{site.ids['public_action']}")
        page.get_by_role("link", name="Show the passage in the document").first.click()
        page.wait_for_load_state()
        assert page.locator("mark").count() >= 1, "the source link's passage is not highlighted"
    else:
        response = page.goto(path.format(**site.ids))
        expected = 404 if name == "not-found" else 400 if name.endswith("bad-filter") else 200
        assert response is not None and response.status == expected, (path, response and response.status)
    check(page, name)


def check(page, name: str) -> None:
    """Screenshot the page, keep all of axe's findings, fail on the serious and critical ones."""
    page.wait_for_load_state("load")
    assert not page.broken, f"{page.url}: these did not load: {page.broken}"
    screenshot(page, f"page-{name}")
    violations = axe_violations(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / f"page-{name}.axe.json").write_text(json.dumps(violations, indent=1), encoding="utf-8")
    blocking = [v for v in violations if v.get("impact") in BLOCKING]
    assert not blocking, f"axe-core on {page.url}:\n{describe(blocking)}"


def test_the_change_form_with_an_error(tabs, site):
    """The editor's form sent back with an error: the GOV.UK error summary and the field's message."""
    page = tabs[True]
    page.broken.clear()
    page.goto(f"/actions/{site.ids['restricted_action']}")
    page.get_by_label("Due date").fill("31/02/2025")
    with page.expect_response(lambda r: r.request.method == "POST") as sent:
        page.get_by_role("button", name="Record change").click()
    assert sent.value.status == 400
    # the response is in before the page shows it: wait for the page, as a person would
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect(page.locator("#due-error")).to_be_visible()
    check(page, "action-editor-form-error")


def test_axe_reports_a_planted_violation(tabs):
    """The control: the same harness finds what it should, so a clean result means something."""
    page = tabs[False]
    page.set_content(
        '<html lang="en"><head><title>t</title></head><body><main><img src="data:,">'
        '<input type="text"></main></body></html>'
    )
    found = {v["id"]: v["impact"] for v in axe_violations(page)}
    assert found.get("image-alt") == "critical" and found.get("label") == "critical", found
