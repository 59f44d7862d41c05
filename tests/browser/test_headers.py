"""In a real browser, under the Content-Security-Policy every answer carries: no page reports a
violation or a script error, the pages' own scripts still run, and /api/docs draws Swagger UI
from the dashboard alone (every request to another host is refused here, as offline)."""

from __future__ import annotations

import pytest

from .support import sign_in, skip_without_browser

skip_without_browser()

PAGES = ["/", "/actions", "/meetings", "/search?q=police", "/sign-in"]


@pytest.fixture
def watched(context, site):
    """A tab whose CSP reports, script errors and requests to other hosts are all kept."""
    seen: dict[str, list[str]] = {"problems": [], "elsewhere": []}

    def route(r) -> None:
        if r.request.url.startswith(site.url):
            r.continue_()
        else:
            seen["elsewhere"].append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on(
        "console",
        lambda m: (
            seen["problems"].append(m.text) if m.type == "error" or "Security Policy" in m.text else None
        ),
    )
    page.on("pageerror", lambda exc: seen["problems"].append(str(exc)))
    return page, seen


def test_the_pages_break_no_rule_of_the_policy(watched, site):
    page, seen = watched
    paths = [*PAGES, f"/actions/{site.ids['public_action']}", f"/documents/{site.ids['paper']}"]
    for signed_in in (False, True):
        if signed_in:
            sign_in(page)
        for path in paths:
            response = page.goto(path)
            assert response is not None and response.status == 200, path
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            assert "js-enabled" in (page.locator("body").get_attribute("class") or ""), path  # our script ran
    assert seen["problems"] == [] and seen["elsewhere"] == []


def test_the_api_docs_draw_from_the_dashboard_alone(watched):
    page, seen = watched
    page.goto("/api/docs")
    title = page.locator(".swagger-ui .info .title")
    title.wait_for()
    assert "scrutiny" in title.inner_text()
    page.locator(".opblock-tag", has_text="actions").first.wait_for()
    assert seen["problems"] == [] and seen["elsewhere"] == []
