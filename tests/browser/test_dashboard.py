"""The dashboard in a real browser (Debian's Chromium driven by Playwright), as people use it.

An editor signs in, narrows the register with its filters, opens an action, follows its source
link to the highlighted passage of the paper, changes the status with a note and finds the
change in the history with their name and the day; signed out, the planted Part II action is
nowhere to be seen (the register, its own page, search, its paper, meeting, body and owner, the
CSV). Each page visited is saved to build/screenshots/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .support import (
    BODY,
    EDITOR,
    PUBLIC_ACTION,
    RESTRICTED_ACTION,
    RESTRICTED_WORD,
    screenshot,
    sign_in,
    skip_without_browser,
    today_forms,
)

skip_without_browser()

try:  # after the check: under CI a missing Playwright fails in the `browser` fixture instead
    from playwright.sync_api import expect
except ImportError:
    expect = None

NOTE = "Chased at the Panel's briefing – browser test"


@pytest.fixture(scope="module")
def editor(site, browser):
    """One signed-in editor's tab, shared by the steps of the editor's flow, in order."""
    ctx = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
    ctx.set_default_timeout(10_000)
    page = ctx.new_page()
    sign_in(page)
    try:
        yield page
    finally:
        ctx.close()


def register_rows(page):
    return page.locator("table.app-actions-table tbody tr")


def results_total(page) -> int:
    """The N of 'Showing 1 to 20 of N actions' above the register (0 for 'No actions match')."""
    text = page.locator("#results-count").inner_text()
    found = re.search(r"of ([\d,]+) actions?", text)
    return int(found.group(1).replace(",", "")) if found else 0


# --- the editor's flow -------------------------------------------------------------------------


def test_sign_in(editor):
    expect(editor.get_by_text(f"Signed in as {EDITOR}")).to_be_visible()
    expect(editor.get_by_role("button", name="Sign out")).to_be_visible()
    screenshot(editor, "editor-01-overview-signed-in")


def test_wrong_password_is_refused(page):
    sign_in(page, password="not the password")
    expect(page.locator(".govuk-error-summary")).to_contain_text("not right")
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    screenshot(page, "sign-in-wrong-password")


def test_filter_the_register(editor):
    editor.goto("/actions")
    expect(register_rows(editor).first).to_be_visible()
    everything = results_total(editor)
    screenshot(editor, "editor-02-register")

    editor.get_by_label("Body").fill("Quarrington")
    editor.get_by_role("button", name="Apply filters").click()
    expect(editor).to_have_url(re.compile(r"/actions\?.*body=Quarrington"))
    narrowed = results_total(editor)
    assert 0 < narrowed < everything
    rows = register_rows(editor)
    expect(rows).to_have_count(narrowed)
    for i in range(narrowed):
        expect(rows.nth(i)).to_contain_text(BODY)
    # signed in, the editor sees the Part II action, marked restricted
    expect(editor.get_by_role("link", name=re.compile(RESTRICTED_WORD))).to_be_visible()
    expect(rows.filter(has_text=RESTRICTED_WORD).locator(".app-restricted")).to_be_visible()
    screenshot(editor, "editor-03-register-filtered-by-body")

    # a status filter narrows again: complete ones only, none of which is this body's
    editor.goto("/actions")
    editor.get_by_label("Complete", exact=True).check()
    editor.get_by_role("button", name="Apply filters").click()
    expect(editor).to_have_url(re.compile(r"status=complete"))
    complete = results_total(editor)
    assert complete < everything
    tags = register_rows(editor).locator("td:last-child .govuk-tag").first
    if complete:
        expect(tags).to_have_text("Complete")
    screenshot(editor, "editor-04-register-filtered-by-status")


def test_open_an_action_and_follow_its_source(editor, site):
    editor.goto("/actions?body=Quarrington")
    editor.get_by_role("link", name=re.compile(PUBLIC_ACTION)).click()
    expect(editor).to_have_url(re.compile(rf"/actions/{site.ids['public_action']}$"))
    expect(editor.get_by_role("heading", level=1)).to_have_text(PUBLIC_ACTION)
    screenshot(editor, "editor-05-action")

    editor.get_by_role("link", name=re.compile("Show the passage in the document")).click()
    expect(editor).to_have_url(re.compile(rf"/documents/{site.ids['paper']}\b.*#"))
    mark = editor.locator("mark.app-passage")
    expect(mark).to_have_count(1)
    expect(mark).to_contain_text("publish the rural crime response times")
    expect(mark).to_be_in_viewport()
    # the fragment names the highlighted passage's anchor
    fragment = editor.url.split("#", 1)[1]
    target = editor.locator(f"[id='{fragment}']")
    expect(target).to_have_count(1)
    screenshot(editor, "editor-06-document-highlighted-passage")


def test_change_the_status_with_a_note(editor, site):
    editor.goto(f"/actions/{site.ids['public_action']}")
    expect(editor.get_by_role("heading", name="Change this action")).to_be_visible()
    editor.get_by_label("Status", exact=True).select_option(label="In progress")
    editor.get_by_label("Note").fill(NOTE)
    editor.get_by_role("button", name="Record change").click()

    expect(editor.locator(".govuk-notification-banner--success")).to_be_visible()
    status = editor.locator(".govuk-summary-list__row", has_text="Status").locator("dd")
    expect(status).to_contain_text("In progress")
    # the history holds the change: its status, who made it, when, and the note
    entry = editor.locator("table.app-history tbody tr", has_text=NOTE)
    expect(entry).to_have_count(1)
    expect(entry).to_contain_text("In progress")
    expect(entry).to_contain_text(EDITOR)
    expect(entry).to_contain_text(re.compile("|".join(re.escape(d) for d in today_forms())))
    screenshot(editor, "editor-07-action-after-change")

    # and the register shows the new status
    editor.goto("/actions?body=Quarrington&status=in_progress")
    expect(editor.get_by_role("link", name=re.compile(PUBLIC_ACTION))).to_be_visible()


def test_editor_sees_the_restricted_action(editor, site):
    """The control for the anonymous test below: signed in, the Part II action is there."""
    editor.goto(f"/actions/{site.ids['restricted_action']}")
    expect(editor.get_by_role("heading", level=1)).to_have_text(RESTRICTED_ACTION)
    expect(editor.locator(".app-restricted").first).to_be_visible()
    screenshot(editor, "editor-08-action-restricted-signed-in")
    editor.goto(f"/search?q={RESTRICTED_WORD}")
    expect(editor.locator(".app-result").first).to_be_visible()
    screenshot(editor, "editor-09-search-restricted-signed-in")
    for path in (
        f"/documents/{site.ids['paper']}",
        f"/meetings/{site.ids['paper_meeting']}",
        f"/bodies/{site.ids['paper_body']}",
        f"/people/{site.ids['restricted_owner']}",
    ):
        editor.goto(path)
        expect(editor.locator("main")).to_contain_text(RESTRICTED_WORD)


def test_sign_out(editor, site):
    editor.goto("/")
    editor.get_by_role("button", name="Sign out").click()
    expect(editor.get_by_role("link", name="Sign in")).to_be_visible()
    expect(editor.get_by_text(f"Signed in as {EDITOR}")).to_have_count(0)
    screenshot(editor, "editor-10-overview-signed-out")
    # the same tab, signed out, no longer reaches the Part II action
    response = editor.goto(f"/actions/{site.ids['restricted_action']}")
    assert response.status == 404


# --- the anonymous visitor ---------------------------------------------------------------------


def test_anonymous_visitor_cannot_see_the_restricted_action(page, site):
    # the register, all of it and filtered to the body
    for path in ("/actions?body=Quarrington", "/actions?body=Quarrington&status=open&status=in_progress"):
        response = page.goto(path)
        assert response.status == 200
        expect(page.get_by_role("link", name=re.compile(PUBLIC_ACTION))).to_be_visible()
        expect(page.locator("main")).not_to_contain_text(RESTRICTED_WORD)
    screenshot(page, "anonymous-01-register")

    # its own page
    response = page.goto(f"/actions/{site.ids['restricted_action']}")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.locator("body")).not_to_contain_text(RESTRICTED_WORD)
    screenshot(page, "anonymous-02-action-restricted")

    # search
    page.goto("/search")
    page.get_by_label("Words to find").fill(RESTRICTED_WORD)
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#results-count")).to_contain_text("No results")
    expect(page.locator(".app-result")).to_have_count(0)
    screenshot(page, "anonymous-03-search-restricted")

    # its paper and its meeting show the public part only
    for name, path in (
        ("anonymous-04-document", f"/documents/{site.ids['paper']}"),
        ("anonymous-05-meeting", f"/meetings/{site.ids['paper_meeting']}"),
        ("anonymous-06-body", f"/bodies/{site.ids['paper_body']}"),
    ):
        response = page.goto(path)
        assert response.status == 200
        expect(page.locator("main")).to_contain_text(PUBLIC_ACTION)
        expect(page.locator("body")).not_to_contain_text(RESTRICTED_WORD)
        screenshot(page, name)
    # the page of the person whose only action it is
    page.goto(f"/people/{site.ids['restricted_owner']}")
    expect(page.locator("body")).not_to_contain_text(RESTRICTED_WORD)
    screenshot(page, "anonymous-07-person")

    # nor the CSV of the register
    with page.expect_download() as download:
        page.goto("/actions?body=Quarrington")
        page.get_by_role("link", name=re.compile("Download CSV")).click()
    csv_text = Path(download.value.path()).read_text(encoding="utf-8")
    assert PUBLIC_ACTION in csv_text and RESTRICTED_WORD not in csv_text
