"""A request whose address holds a NUL character is refused at the door.

PostgreSQL's text cannot hold NUL (psycopg raises DataError, which would be a 500), SQLite's can,
and no filter, search or name a person types needs one; so the same request gets the same answer
on both stores: the API's usual 422 (a list of errors, as its schema says), a plain 400 elsewhere.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.responses import JSONResponse, PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

MESSAGE = "the address holds a NUL character, which no value may contain"


def holds_nul(scope: Scope) -> bool:
    """Whether the path or the query string (once its %-escapes are undone) holds a NUL."""
    return "\x00" in scope.get("path", "") or b"\x00" in unquote_to_bytes(scope.get("query_string", b""))


class RefuseNul:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not holds_nul(scope):
            await self.app(scope, receive, send)
            return
        if scope.get("path", "").startswith("/api/"):
            error = {"loc": ["query"], "msg": MESSAGE, "type": "value_error"}
            response: JSONResponse | PlainTextResponse = JSONResponse({"detail": [error]}, status_code=422)
        else:
            response = PlainTextResponse(f"Bad request: {MESSAGE}.", status_code=400)
        await response(scope, receive, send)
