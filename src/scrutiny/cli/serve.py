"""`scrutiny serve`: the web dashboard and the JSON API over the store (`web.app`), until Ctrl+C.
FastAPI and uvicorn are imported only when serving."""

from __future__ import annotations

import os

import typer

from scrutiny.cli.common import database_option, fail, one_line, shown_url

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = ("127.0.0.1", "localhost", "::1")  # plain http is safe only on this machine


def address(host: str, port: int) -> str:
    """The address a person opens in a browser for a server listening on `host`."""
    shown = "localhost" if host in ("0.0.0.0", "::", "") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def serve_command(
    host: str = typer.Option(
        DEFAULT_HOST, "--host", metavar="HOST", help="The address to listen on (0.0.0.0: every interface)."
    ),
    port: int = typer.Option(
        DEFAULT_PORT, "--port", "-p", min=1, max=65535, metavar="PORT", help="The port to listen on."
    ),
    database: str | None = database_option(),
) -> None:
    """Serve the dashboard and the JSON API (/api/, documented at /api/docs) over the store."""
    from scrutiny.store.db import database_url

    run_server(database_url(database), host, port)


def run_server(url: str, host: str, port: int) -> None:
    """Serve `url` until Ctrl+C, saying the address to open; plain-http cookies on this machine only."""
    import uvicorn

    from scrutiny.web.app import create_app

    try:
        app = create_app(url, https_only=False if host in LOOPBACK else None)
    except Exception as exc:  # the edge: a bad URL, a server that is down, a file we cannot write
        raise fail(shown_url(url), f"cannot open the database: {one_line(exc)}") from None
    where = address(host, port)
    typer.echo(f"scrutiny: serving {shown_url(url)}: open {where} (the API: {where}api/docs); Ctrl+C stops")
    if not os.environ.get("SCRUTINY_INSECURE_COOKIES") and host not in LOOPBACK:
        typer.echo(
            "scrutiny: session cookies are Secure: sign-in needs https here "
            "(or SCRUTINY_INSECURE_COOKIES=1 for plain http)",
            err=True,
        )
    # the app believes a trusted proxy's X-Forwarded-* itself (SCRUTINY_FORWARDED_ALLOW_IPS): not twice
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
