"""Signing in and out; users, roles and argon2 hashes; `scrutiny user ...` and `scrutiny serve`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from scrutiny import cli
from scrutiny.store.db import connect, session_scope
from scrutiny.web.auth import WRONG, safe_next
from scrutiny.web.users import UserError, add_user, authenticate, get_user, remove_user, set_role

from .helpers import PASSWORD, build_store, client, sign_in, token

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
runner = CliRunner()


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("auth"))[0]


# --- the sign-in form ------------------------------------------------------------------------------


def test_the_form_carries_the_token(url):
    with client(url) as c:
        r = c.get("/sign-in")
        assert r.status_code == 200 and "text/html" in r.headers["content-type"]
        assert f'value="{token(c)}"' in r.text and 'name="csrf_token"' in r.text
        assert 'type="password"' in r.text and r.headers["cache-control"] == "no-store"


def test_sign_in_and_out(url):
    with client(url) as c:
        r = c.post(
            "/sign-in",
            data={"name": "Eddie", "password": PASSWORD, "csrf_token": token(c), "next": "/actions?page=2"},
        )
        assert r.status_code == 303 and r.headers["location"] == "/actions?page=2"
        info = c.get("/api/session").json()
        assert info["user"] == {"name": "eddie", "role": "editor"}
        r = c.post("/sign-out", data={"csrf_token": info["csrf_token"]})
        assert r.status_code == 303 and r.headers["location"] == "/"
        assert c.get("/api/session").json()["user"] is None
        assert c.get("/api/actions/3").status_code == 404  # signed out: restricted again


@pytest.mark.parametrize(
    "name,password", [("eddie", "not the password"), ("nobody", PASSWORD), ("eddie", ""), ("", "")]
)
def test_a_wrong_name_or_password_gets_one_generic_error(url, name, password):
    with client(url) as c:
        r = c.post("/sign-in", data={"name": name, "password": password, "csrf_token": token(c)})
        assert r.status_code == 401
        assert WRONG in r.text and "govuk-error-summary" in r.text or WRONG in r.text
        assert "nobody" not in r.text.replace('value="nobody"', "")  # not "no user called nobody"
        assert c.get("/api/session").json()["user"] is None


def test_the_name_typed_is_kept_in_the_form(url):
    with client(url) as c:
        r = c.post("/sign-in", data={"name": "eddie", "password": "wrong", "csrf_token": token(c)})
        assert 'value="eddie"' in r.text and PASSWORD not in r.text


@pytest.mark.parametrize(
    "target,expected",
    [
        ("/actions", "/actions"),
        ("/actions/3?x=1", "/actions/3?x=1"),
        ("https://evil.example/", "/"),
        ("//evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
        ("", "/"),
    ],
)
def test_next_stays_on_this_site(target, expected):
    assert safe_next(target) == expected


def test_a_removed_users_cookie_from_before_still_reads_only(url):
    """A session holds the name and role it was given; nothing else in it is trusted."""
    with client(url) as c:
        c.cookies.set("scrutiny_session", "forged", domain="testserver")
        assert c.get("/api/session").json()["user"] is None


# --- users ------------------------------------------------------------------------------------------


@pytest.fixture()
def engine(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'users.db'}")
    yield engine
    engine.dispose()


def test_passwords_are_argon2_hashes(engine):
    with session_scope(engine, write=True) as s:
        user = add_user(s, "j.smith", "a long password", "editor")
        assert user.password_hash.startswith("$argon2id$") and "a long password" not in user.password_hash
        assert authenticate(s, "J.Smith", "a long password").name == "j.smith"
        assert authenticate(s, "j.smith", "a long passwore") is None
        assert authenticate(s, "someone", "a long password") is None


@pytest.mark.parametrize(
    "name,password,role,word",
    [
        ("J.SMITH", "a long password", "viewer", "already a user called 'j.smith'"),
        ("", "a long password", "viewer", "needs a name"),
        ("tab\there", "a long password", "viewer", "control characters"),
        ("k.jones", "short", "viewer", "too short"),
        ("k.jones", "a long password", "owner", "unknown role"),
    ],
)
def test_users_refused(engine, name, password, role, word):
    with session_scope(engine, write=True) as s:
        add_user(s, "j.smith", "a long password", "editor")
    with pytest.raises(UserError, match=word.replace(".", r"\.")):
        with session_scope(engine, write=True) as s:
            add_user(s, name, password, role)


def test_roles_change_and_users_go(engine):
    with session_scope(engine, write=True) as s:
        add_user(s, "j.smith", "a long password")
        user, before = set_role(s, "j.smith", "ADMIN")
        assert (before, user.role) == ("viewer", "admin")
        remove_user(s, "j.smith")
        assert get_user(s, "j.smith") is None
        with pytest.raises(UserError, match="no user called"):
            set_role(s, "j.smith", "viewer")


def test_a_role_change_or_removal_applies_at_once(url):
    """The session names the user; their role is read from the users table on every request."""
    engine = connect(url)
    try:
        with client(url) as c:
            token = sign_in(c, "vera")
            change = lambda: c.post("/api/actions/1/status", json={"note": "x"}, headers={"X-CSRF-Token": token})  # noqa: E731
            assert change().status_code == 403  # a viewer
            with session_scope(engine, write=True) as s:
                set_role(s, "vera", "editor")
            assert change().status_code == 200  # the same session, now an editor
            with session_scope(engine, write=True) as s:
                remove_user(s, "vera")
            assert c.get("/api/session").json()["user"] is None and change().status_code == 401
    finally:
        with session_scope(engine, write=True) as s:
            if get_user(s, "vera") is None:
                add_user(s, "vera", PASSWORD, "viewer")
            else:
                set_role(s, "vera", "viewer")
        engine.dispose()


# --- the commands ----------------------------------------------------------------------------------------


def run(*args, input: str | None = None):
    return runner.invoke(cli.app, [str(a) for a in args], input=input)


def test_user_commands(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    r = run("user", "add", "j.smith", "--role", "editor", "--password", "a long password", "--database", db)
    assert r.exit_code == 0 and r.stdout.strip() == "added j.smith (editor)", r.output
    r = run("user", "add", "k.jones", "--database", db, input="another password\nanother password\n")
    assert r.exit_code == 0 and "added k.jones (viewer)" in r.stdout, r.output
    r = run("user", "set-role", "K.Jones", "admin", "--database", db)
    assert r.exit_code == 0 and "k.jones: viewer → admin" in r.stdout
    r = run("user", "set-password", "k.jones", "--password", "a third password", "--database", db)
    assert r.exit_code == 0 and "new password set" in r.stdout
    r = run("user", "list", "--database", db)
    assert r.exit_code == 0 and [line.split("\t")[:2] for line in r.stdout.splitlines()] == [
        ["j.smith", "editor"],
        ["k.jones", "admin"],
    ]
    r = run("user", "remove", "j.smith", "--database", db)
    assert r.exit_code == 0 and "removed j.smith (editor)" in r.stdout
    engine = connect(db)
    with session_scope(engine) as s:
        assert authenticate(s, "k.jones", "a third password") is not None
        assert get_user(s, "j.smith") is None
    engine.dispose()


@pytest.mark.parametrize(
    "args,word",
    [
        (["user", "add", "a.b", "--password", "short"], "user a.b: the password is too short"),
        (["user", "add", "a.b", "--role", "owner", "--password", "a long password"], "owner"),
        (["user", "set-role", "nobody", "editor"], "user nobody: no user called 'nobody'"),
        (["user", "remove", "nobody"], "no user called 'nobody'"),
    ],
)
def test_user_command_errors(tmp_path, args, word):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    run("user", "add", "someone", "--password", "a long password", "--database", db)
    r = run(*args, "--database", db)
    assert r.exit_code == 2 and word in r.output


def test_user_commands_need_an_existing_database(tmp_path):
    r = run("user", "list", "--database", f"sqlite:///{tmp_path / 'none.db'}")
    assert r.exit_code == 2 and "no database here yet" in r.output
    assert not (tmp_path / "none.db").exists()


def test_serve_says_the_address_to_open(tmp_path, monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    r = run("serve", "--port", "8123", "--database", db)
    assert r.exit_code == 0, r.output
    assert "open http://127.0.0.1:8123/" in r.stdout and "http://127.0.0.1:8123/api/docs" in r.stdout
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123 and seen["app"].title == "scrutiny"
    r = run("serve", "--host", "0.0.0.0", "--database", db)
    assert "open http://localhost:8000/" in r.stdout and "SCRUTINY_INSECURE_COOKIES" in r.output


def test_insecure_cookies_for_local_http(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from scrutiny.web.app import create_app

    monkeypatch.setenv("SCRUTINY_INSECURE_COOKIES", "1")
    with TestClient(create_app(f"sqlite:///{tmp_path / 'http.db'}")) as c:  # plain http
        cookie = c.get("/api/session").headers["set-cookie"].lower()
        assert "secure" not in cookie and "httponly" in cookie and "samesite=lax" in cookie
