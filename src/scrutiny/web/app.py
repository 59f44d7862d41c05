"""The FastAPI application: one factory, so tests and `scrutiny serve` build the same app."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from scrutiny import __version__
from scrutiny.store.db import connect

STATIC = Path(__file__).parent / "static"


def create_app(database_url: str | None = None, secret: str | None = None, https_only: bool | None = None) -> FastAPI:
    """The dashboard and API over the store at `database_url` (default SCRUTINY_DATABASE_URL).

    Sessions are signed cookies (HttpOnly, SameSite=Lax, Secure unless SCRUTINY_INSECURE_COOKIES
    is set for local http); the signing key comes from SCRUTINY_SECRET_KEY or is made per process.
    """
    app = FastAPI(title="scrutiny", version=__version__, docs_url="/api/docs", openapi_url="/api/openapi.json",
                  redoc_url=None)
    app.state.engine = connect(database_url)
    secure = https_only if https_only is not None else not os.environ.get("SCRUTINY_INSECURE_COOKIES")
    app.add_middleware(SessionMiddleware, secret_key=secret or os.environ.get("SCRUTINY_SECRET_KEY") or secrets.token_hex(32),
                       https_only=secure, same_site="lax", session_cookie="scrutiny_session")
    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    from scrutiny.web import routes

    routes.include(app)
    return app
