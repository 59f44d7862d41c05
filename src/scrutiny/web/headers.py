"""The headers every response carries, pages, API, static files, errors alike (an ASGI middleware,
so nothing the routes do can forget them):

- a Content-Security-Policy that allows scripts, styles, fonts and images from this site only:
  no inline script or style anywhere (the templates load `static/*.js`), no plugin, no `<base>`,
  forms posting here only, and no framing (`frame-ancestors 'none'`, and X-Frame-Options for
  older browsers);
- X-Content-Type-Options nosniff and Referrer-Policy same-origin (addresses hold search words);
- `Cache-Control: no-store` on every answer that may hold restricted material or depends on who
  asks: every response to a signed-in session, every response that sets a cookie, and the
  sign-in page;
- the Secure flag on every cookie of a request that came over https, directly or through a proxy
  trusted to say so (app.py), whatever `https_only` says.
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from scrutiny.web.access import SESSION_ID

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",  # Swagger UI's stylesheet draws its icons as data: SVG
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
FIXED = {
    b"content-security-policy": CSP.encode(),
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
}
NO_STORE_PATHS = frozenset({"/sign-in"})


def _signed_in(scope: Scope) -> bool:
    session = scope.get("session")
    return isinstance(session, dict) and bool(session.get(SESSION_ID))


def _secure(cookie: bytes) -> bytes:
    attributes = [part.strip().lower() for part in cookie.split(b";")[1:]]
    return cookie if b"secure" in attributes else cookie + b"; secure"


class SecurityHeaders:
    """Add the headers above to every HTTP response of `app`; an unhandled error is answered
    here (500, with them) before it goes on to be logged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = self._headers(scope, list(message.get("headers", [])))
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if not started:
                failed = PlainTextResponse("Internal Server Error", status_code=500)
                await failed(scope, receive, send_with_headers)
            raise

    @staticmethod
    def _headers(scope: Scope, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        https = scope.get("scheme") == "https"
        out = [(k, v) for k, v in headers if k.lower() not in FIXED]
        out = [(k, _secure(v) if https and k.lower() == b"set-cookie" else v) for k, v in out]
        out.extend(FIXED.items())
        sets_cookie = any(k.lower() == b"set-cookie" for k, _ in out)
        if sets_cookie or _signed_in(scope) or scope.get("path") in NO_STORE_PATHS:
            out = [(k, v) for k, v in out if k.lower() != b"cache-control"]
            out.append((b"cache-control", b"no-store"))
        return out
