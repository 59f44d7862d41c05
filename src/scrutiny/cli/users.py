"""`scrutiny user add|set-role|set-password|sign-out|remove|list`: who may sign in to the dashboard,
and with what role, over `store/users.py`. A refused change (an unknown user or role, a short
password) is one line on stderr and exit status 2:

    scrutiny: user j.smith: there is already a user called 'j.smith'
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

import typer

from scrutiny.cli.common import Stop, database_option, fail, one_line, open_store, shown_url, store_session

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

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


def _open_existing(database: str | None) -> Engine:
    try:
        return open_store(database)
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None


def _open_or_make(database: str | None) -> Engine:
    from scrutiny.store.db import connect, database_url

    url = database_url(database)
    try:
        return connect(url)
    except Exception as exc:
        raise fail(shown_url(url), f"cannot open the database: {one_line(exc)}") from None


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
    password: str | None = typer.Option(
        None,
        "--password",
        metavar="PASSWORD",
        help="The password (at least 8 characters); asked for, unseen, when not given.",
    ),
    database: str | None = database_option(),
) -> None:
    """Add a user who may sign in; the password is kept only as an argon2 hash."""
    from scrutiny.store.users import UserError, add_user, check_name, check_password, check_role

    try:
        check_name(name)
        check_role(role.value)
        secret = _password(password)
        check_password(secret)
    except UserError as exc:
        raise fail(f"user {name}", exc.reason) from None
    _change_user(
        _open_or_make(database),
        name,
        lambda session: "added {0.name} ({0.role})".format(add_user(session, name, secret, role.value)),
    )


def _change_user(engine: Engine, name: str, change: Callable[[Session], str]) -> None:
    """Run one change to the users table in a write transaction and say what it did; a refused
    change (`UserError`) is one line and exit status 2."""
    from scrutiny.store.db import session_scope
    from scrutiny.store.users import UserError

    try:
        with session_scope(engine, write=True) as session:
            line = change(session)
    except UserError as exc:
        raise fail(f"user {name}", exc.reason) from None
    finally:
        engine.dispose()
    typer.echo(line)


@user_app.command("set-role")
def user_set_role(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    role: Role = typer.Argument(..., metavar="ROLE", case_sensitive=False, help="viewer, editor or admin."),
    database: str | None = database_option(),
) -> None:
    """Give a user another role (it applies at once, open sessions included)."""
    from scrutiny.store.users import set_role

    def change(session: Session) -> str:
        user, before = set_role(session, name, role.value)
        return f"{user.name}: {before} → {user.role}"

    _change_user(_open_existing(database), name, change)


@user_app.command("set-password")
def user_set_password(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    password: str | None = typer.Option(
        None,
        "--password",
        metavar="PASSWORD",
        help="The new password (at least 8 characters); asked for, unseen, when not given.",
    ),
    database: str | None = database_option(),
) -> None:
    """Give a user a new password; every session they have ends."""
    from scrutiny.store.users import UserError, check_password, set_password

    engine = _open_existing(database)
    try:
        secret = _password(password)
        check_password(secret)
    except UserError as exc:
        engine.dispose()
        raise fail(f"user {name}", exc.reason) from None
    _change_user(
        engine, name, lambda session: f"{set_password(session, name, secret).name}: new password set"
    )


@user_app.command("sign-out")
def user_sign_out(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    database: str | None = database_option(),
) -> None:
    """End every session of a user at once (a lost laptop, a copied cookie); they may sign in again."""
    from scrutiny.store.users import sign_out_user

    def change(session: Session) -> str:
        user, ended = sign_out_user(session, name)
        return f"{user.name}: {ended} session{'' if ended == 1 else 's'} ended"

    _change_user(_open_existing(database), name, change)


@user_app.command("remove")
def user_remove(
    name: str = typer.Argument(..., metavar="NAME", help="The user."),
    database: str | None = database_option(),
) -> None:
    """Remove a user and end their sessions; the changes they recorded keep their name in the history."""
    from scrutiny.store.users import remove_user

    _change_user(
        _open_existing(database),
        name,
        lambda session: "removed {0.name} ({0.role})".format(remove_user(session, name)),
    )


@user_app.command("list")
def user_list(database: str | None = database_option()) -> None:
    """The users, by name, with their roles."""
    from scrutiny.store.users import list_users

    try:
        with store_session(database) as session:
            rows = [(u.name, u.role, u.created_at) for u in list_users(session)]
    except Stop as exc:
        raise fail(exc.name, exc.reason) from None
    if not rows:
        typer.echo("No users yet: scrutiny user add NAME --role editor")
    for name, role, created in rows:
        typer.echo(f"{name}\t{role}\tadded {created:%Y-%m-%d}")
