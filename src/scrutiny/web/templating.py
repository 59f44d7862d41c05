"""The pages' Jinja2 environment: autoescaped, with the few filters and globals every template uses.

`render(request, viewer, "page.html", {...})` fills `templates/base.html` (the GOV.UK template:
skip link, header with the service name, service navigation, phase banner, footer). Text from
the papers is always escaped; the only markup made from it is `<mark>` around a search match
or a linked passage, added after escaping (`marked`, and `doc_text` in the document page).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from scrutiny.web.access import Viewer
from scrutiny.words import STATUS_LABELS

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
SERVICE_NAME = "scrutiny"

STATUS_COLOURS = {  # govuk-tag modifiers
    "open": "govuk-tag--blue",
    "in_progress": "govuk-tag--turquoise",
    "complete": "govuk-tag--green",
    "closed": "govuk-tag--grey",
    "deferred": "govuk-tag--yellow",
    "overdue": "govuk-tag--red",
}


def govuk_installed() -> bool:
    """Whether bin/setup copied govuk-frontend's stylesheet in (the pages render without it)."""
    return (STATIC / "govuk" / "govuk-frontend.min.css").is_file()


def csrf_field(request: Request) -> Markup:
    """The hidden `csrf_token` field every form carries (`scrutiny.web.csrf` checks it on POST)."""
    from scrutiny.web.csrf import csrf_field as field

    return field(request)


def day(value: dt.date | dt.datetime | None, empty: str = "—") -> str:
    """5 March 2024: the GOV.UK style for dates."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        return f"{value.day} {value:%B %Y} {value:%H:%M}"
    return f"{value.day} {value:%B %Y}"


def due_label(due: str | None, due_text: str | None = None) -> str:
    """A due date at the precision it was written: "2024" → 2024, "2024-03" → March 2024."""
    if not due:
        return due_text or "—"
    try:
        if len(due) == 4:
            return due
        if len(due) == 7:
            return dt.date.fromisoformat(due + "-01").strftime("%B %Y")
        return day(dt.date.fromisoformat(due))
    except ValueError:
        return due


def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", (status or "—").replace("_", " ").capitalize())


def marked(fragments: list[tuple[str, bool]]) -> Markup:
    """Text pieces, each escaped, the matched ones inside <mark>."""
    out = []
    for piece, hit in fragments:
        out.append(Markup("<mark>{}</mark>").format(piece) if hit else escape(piece))
    return Markup("").join(out)


def shorten(text: str | None, width: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        day=day, due_label=due_label, status_label=status_label, marked=marked, shorten=shorten, plural=plural
    )
    env.globals.update(
        service_name=SERVICE_NAME,
        status_colours=STATUS_COLOURS,
        status_labels=STATUS_LABELS,
        csrf_field=csrf_field,
        govuk_installed=govuk_installed,
        # defaults a page may override
        title=SERVICE_NAME,
        breadcrumbs=[],
        errors=[],
    )
    return env


env = _environment()


templates = Jinja2Templates(env=env)  # also renders auth.py's sign-in page (`sign_in.html`)


def render(
    request: Request,
    viewer: Viewer,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """The page `name` for `viewer`, as an HTML response."""
    values = {"viewer": viewer, **(context or {})}
    return templates.TemplateResponse(request, name, values, status_code=status_code, headers=headers)
