"""`/api/docs`: Swagger UI over `/api/openapi.json`, from the package, not a CDN.

Its script and stylesheet come from swagger-ui-bundle (served at `/static/swagger-ui/`, see
app.py) and its start from `static/api-docs.js`, so the page works offline, asks no other host
for anything (Swagger UI's online validator is turned off too) and needs no inline script under
the Content-Security-Policy (headers.py).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from swagger_ui_bundle import swagger_ui_path

from scrutiny.web.access import Viewer, public
from scrutiny.web.templating import templates

ASSETS = Path(swagger_ui_path)  # swagger-ui-bundle.js, swagger-ui.css
ASSETS_URL = "/static/swagger-ui"

router = APIRouter(include_in_schema=False)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request, viewer: Viewer = Depends(public)) -> HTMLResponse:
    """The API's documentation, to read and to try."""
    context = {"openapi_url": request.app.openapi_url, "assets": ASSETS_URL}
    return templates.TemplateResponse(request, "api_docs.html", context)
