"""The FastAPI application: one factory, so tests and `scrutiny serve` build the same app."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount, Router
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from scrutiny import __version__
from scrutiny.store.db import connect
from scrutiny.store.users import SESSION_DAYS
from scrutiny.web.api_docs import ASSETS, ASSETS_URL
from scrutiny.web.headers import SecurityHeaders
from scrutiny.web.nul import RefuseNul

STATIC = Path(__file__).parent / "static"
FORWARDED_ENV = "SCRUTINY_FORWARDED_ALLOW_IPS"
DEFAULT_FORWARDED = "127.0.0.1,::1"  # a TLS proxy on this machine


def create_app(
    database_url: str | None = None,
    secret: str | None = None,
    https_only: bool | None = None,
    forwarded_allow_ips: str | None = None,
) -> FastAPI:
    """The dashboard and API over the store at `database_url` (default SCRUTINY_DATABASE_URL).

    Sessions are signed cookies (HttpOnly, SameSite=Lax) naming a session kept in the store
    (store/users.py); the signing key comes from SCRUTINY_SECRET_KEY or is made per process. The cookie
    is Secure always when `https_only` (by default, unless SCRUTINY_INSECURE_COOKIES is set for
    local http), and otherwise whenever the request came over https (headers.py).

    A proxy at one of `forwarded_allow_ips` (default SCRUTINY_FORWARDED_ALLOW_IPS, else this
    machine's loopback; "*" any, "" none; addresses or networks, comma-separated) is believed
    when its X-Forwarded-Proto says the visitor used https and its X-Forwarded-For names the
    visitor (whose address the sign-in throttle counts); anyone else's such headers are ignored.
    """
    app = FastAPI(
        title="scrutiny",
        version=__version__,
        openapi_url="/api/openapi.json",
        docs_url=None,  # api_docs.py serves it from the package
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
    )
    app.state.engine = connect(database_url)
    secure = https_only if https_only is not None else not os.environ.get("SCRUTINY_INSECURE_COOKIES")
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret or os.environ.get("SCRUTINY_SECRET_KEY") or secrets.token_hex(32),
        https_only=secure,
        same_site="lax",
        session_cookie="scrutiny_session",
        max_age=SESSION_DAYS * 24 * 60 * 60,
    )
    app.add_middleware(RefuseNul)
    app.add_middleware(SecurityHeaders)
    if forwarded_allow_ips is None:
        forwarded_allow_ips = os.environ.get(FORWARDED_ENV, DEFAULT_FORWARDED)
    app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=forwarded_allow_ips)
    static = Router(
        routes=[
            Mount(ASSETS_URL.removeprefix("/static"), app=StaticFiles(directory=ASSETS)),
            Mount("", app=StaticFiles(directory=STATIC)),
        ]
    )
    app.mount("/static", static, name="static")
    from scrutiny.web import routes

    routes.include(app)
    return app
