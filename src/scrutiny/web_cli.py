"""`scrutiny serve` (the web dashboard and JSON API) and `scrutiny user ...` (who may sign in).

Thin Typer functions over `web/app.py` and `web/users.py`; `register(app)` adds them to the
`scrutiny` command (cli.py). FastAPI and uvicorn are imported only when serving. Whatever stops
a command (no database, an unknown user or role, a short password) is one line on stderr and
exit status 2:

    scrutiny: user j.smith: there is already a user called 'j.smith'
"""

from __future__ import annotations

import os
from enum import Enum
from typing import Optional

import typer

EXIT_FAILED = 2
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = ("127.0.0.1", "localhost", "::1")  # plain http is safe only on this machine

user_app = typer.Typer(
    name="user",
    help="Who may sign in to the dashboard, and with what role: viewer, editor or admin.",
    no_args_is_help=True,
    add_completion=False,
)


class Role(str, Enum):
    viewer = "viewer"
    editor = "editor"
    admin = "admin"


def _database_option():
    return typer.Option(
        None,
        "--database",
        metavar="URL",
        help="Database URL (default $SCRUTINY_DATABASE_URL, else sqlite:///scrutiny.db).",
    )


def _fail(name: str, reason: str) -> typer.Exit:
    from scrutiny.cli import say_failed

    say_failed(name, reason)
    return typer.Exit(EXIT_FAILED)


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
    database: Optional[str] = _database_option(),
) -> None:
    """Serve the dashboard and the JSON API (/api/, documented at /api/docs) over the store."""
    from scrutiny.store.db import database_url

    run_server(database_url(database), host, port)


def run_server(url: str, host: str, port: int) -> None:
    """Serve `url` until Ctrl+C, saying the address to open; plain-http cookies on this machine only."""
    from scrutiny.register_cli import shown_url

    try:
        import uvicorn

        from scrutiny.web.app import create_app

        app = create_app(url, https_only=False if host in LOOPBACK else None)
    except Exception as exc:  # the edge: a bad URL, a server that is down, a file we cannot write
        raise _fail(shown_url(url), f"cannot open the database: {' '.join(str(exc).split())[:300]}") from None
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


# --- users ----------------------------------------------------------------------------------------


def _open_existing(database: str | None):
    from scrutiny.register_cli import Stop, open_store

    try:
        return open_store(database)
    except Stop as exc:
        raise _fail(exc.name, exc.reason) from None


def _open_or_make(database: str | None):
    from scrutiny.register_cli import shown_url
    from scrutiny.store.db import connect, database_url

    url = database_url(database)
    try:
        return connect(url)
    except Exception as exc:
        raise _fail(shown_url(url), f"cannot open the database: {' '.join(str(exc).split())[:300]}") from None


def _password(given: str | None) -> str:
    if given is not None:
        return given
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., metavar="NAME", help="The name to sign in with (unique, any case)."),
    role: Role = typer.Option(
        Role.viewer,
        "--role",
        "-r",
        case_sensitive=False,
        help="viewer: reads restricted material; editor: also changes actions and uploads papers; admin: all of it.",
    ),
    password: Optional[str] = typer.Option(
        None,
        "--password",
        metavar="PASSWORD",
        help="The password (at least 8 characters); asked for, unseen, when not given.",
    ),
    database: Optional[str] = _database_option(),
) -> None:
    """Add a user who may sign in; the password is kept only as an argon2 hash."""
    from scrutiny.web.users import UserError, add_user, check_name, check_password, check_role

    try:
        check_name(name)
        check_role(role.value)
        secret = _password(password)
        check_password(secret)
    except UserError as exc:
        raise _fail(f"user {name}", exc.reason) from None
    _change_user(_open_or_make(database), name, lambda session: "added {0.name} ({0.role})".format(
        add_user(session, name, secret, role.value)))


def _change_user(engine, name: str, change) -> None:
    """Run one change to the users table in a write transaction and say what it did; a refused
    change (`UserError`) is one line and exit status 2."""
    from scrutiny.store.db import session_scope
    from scrutiny.web.users import UserError

    try:
        with session_scope(engine, write=True) as session:
            line = change(session)
    except UserError as exc:
        raise _fail(f"user {name}", exc.reason) from None
    finally:
        engine.dispose()
    typer.echo(line)


@user_app.command("set-role")
def user_set_role(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    role: Role = typer.Argument(..., metavar="ROLE", case_sensitive=False, help="viewer, editor or admin."),
    database: Optional[str] = _database_option(),
) -> None:
    """Give a user another role (it applies at once, open sessions included)."""
    from scrutiny.web.users import set_role

    def change(session) -> str:
        user, before = set_role(session, name, role.value)
        return f"{user.name}: {before} → {user.role}"

    _change_user(_open_existing(database), name, change)


@user_app.command("set-password")
def user_set_password(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    password: Optional[str] = typer.Option(
        None,
        "--password",
        metavar="PASSWORD",
        help="The new password (at least 8 characters); asked for, unseen, when not given.",
    ),
    database: Optional[str] = _database_option(),
) -> None:
    """Give a user a new password; every session they have ends."""
    from scrutiny.web.users import UserError, check_password, set_password

    engine = _open_existing(database)
    try:
        secret = _password(password)
        check_password(secret)
    except UserError as exc:
        engine.dispose()
        raise _fail(f"user {name}", exc.reason) from None
    _change_user(engine, name, lambda session: f"{set_password(session, name, secret).name}: new password set")


@user_app.command("sign-out")
def user_sign_out(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    database: Optional[str] = _database_option(),
) -> None:
    """End every session of a user at once (a lost laptop, a copied cookie); they may sign in again."""
    from scrutiny.web.users import sign_out_user

    def change(session) -> str:
        user, ended = sign_out_user(session, name)
        return f"{user.name}: {ended} session{'' if ended == 1 else 's'} ended"

    _change_user(_open_existing(database), name, change)


@user_app.command("remove")
def user_remove(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    database: Optional[str] = _database_option(),
) -> None:
    """Remove a user and end their sessions; the changes they recorded keep their name in the history."""
    from scrutiny.web.users import remove_user

    _change_user(_open_existing(database), name, lambda session: "removed {0.name} ({0.role})".format(
        remove_user(session, name)))


@user_app.command("list")
def user_list(database: Optional[str] = _database_option()) -> None:
    """The users, by name, with their roles."""
    from scrutiny.store.db import session_scope
    from scrutiny.web.users import list_users

    engine = _open_existing(database)
    try:
        with session_scope(engine) as session:
            rows = [(u.name, u.role, u.created_at) for u in list_users(session)]
    finally:
        engine.dispose()
    if not rows:
        typer.echo("No users yet: scrutiny user add NAME --role editor")
    for name, role, created in rows:
        typer.echo(f"{name}\t{role}\tadded {created:%Y-%m-%d}")


def register(app: typer.Typer) -> None:
    """Add `scrutiny serve` and `scrutiny user ...` to the `scrutiny` app."""
    app.command("serve")(serve_command)
    app.add_typer(user_app, name="user")
