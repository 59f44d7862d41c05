"""Where the routers are gathered, and what a person sees for an address that leads nowhere."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import http_exception_handler
from starlette.exceptions import HTTPException

from scrutiny.web import api, api_docs, auth, feeds, pages
from scrutiny.web.access import current_viewer


def include(app: FastAPI) -> None:
    """Add every router of the web package to `app`, and the page-shaped 404."""
    for module in (api, api_docs, auth, feeds, pages):
        app.include_router(module.router)
    # Starlette types every handler as taking any Exception; this one is registered for HTTPException only.
    app.add_exception_handler(HTTPException, _not_found_page)  # type: ignore[arg-type]


async def _not_found_page(request: Request, exc: HTTPException) -> Response:
    """Pages answer an unknown address with a page (title, language, landmarks); the API with JSON."""
    if exc.status_code == 404 and not request.url.path.startswith(("/api/", "/static/")):
        return pages.not_found(request, current_viewer(request))
    return await http_exception_handler(request, exc)
