"""Signing in and out; sessions that end; the sign-in throttle; users, roles and argon2 hashes;
`scrutiny user ...` and `scrutiny serve`."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

import pytest
from itsdangerous import TimestampSigner
from typer.testing import CliRunner

from scrutiny import cli
from scrutiny.store import models as m
from scrutiny.store import throttle, users
from scrutiny.store.db import connect, session_scope
from scrutiny.store.users import (
    UserError,
    add_user,
    authenticate,
    get_user,
    remove_user,
    set_password,
    set_role,
)
from scrutiny.web.auth import WRONG, safe_next

from .helpers import BASE, PASSWORD, build_store, client, sign_in, token

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
        assert WRONG in r.text and "govuk-error-summary" in r.text
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


# --- sessions end ----------------------------------------------------------------------------------

COOKIE = "scrutiny_session"


def replayed(url: str, cookie: str) -> dict | None:
    """Who a fresh client sending a copy of `cookie` is, by the API; and whether it sees Part II."""
    with client(url) as c:
        c.headers["Cookie"] = f"{COOKIE}={cookie}"
        user = c.get("/api/session").json()["user"]
        assert (c.get("/api/actions/3").status_code == 200) == (user is not None)  # a Part II action
        return user


def signed_in_cookie(url: str, name: str, password: str = PASSWORD) -> str:
    with client(url) as c:
        sign_in(c, name, password)
        return c.cookies[COOKIE]


@pytest.fixture()
def restore_vera(url):
    """Tests that change vera put her back as she was: a viewer whose password is PASSWORD."""
    yield
    engine = connect(url)
    with session_scope(engine, write=True) as s:
        for user in [u for u in users.list_users(s) if u.name.lower() == "vera"]:
            s.delete(user)
        s.flush()
        add_user(s, "vera", PASSWORD, "viewer")
    engine.dispose()


def change_users(url: str, change) -> None:
    engine = connect(url)
    with session_scope(engine, write=True) as s:
        change(s)
    engine.dispose()


def test_a_cookie_copied_before_signing_out_is_anonymous_after(url):
    with client(url) as c:
        csrf = sign_in(c, "eddie")
        copy = c.cookies[COOKIE]
        assert replayed(url, copy) == {"name": "eddie", "role": "editor"}
        assert c.post("/sign-out", data={"csrf_token": csrf}).status_code == 303
    assert replayed(url, copy) is None


def test_signing_out_ends_that_session_only(url):
    other = signed_in_cookie(url, "eddie")  # the same user in another browser
    with client(url) as c:
        csrf = sign_in(c, "eddie")
        c.post("/sign-out", data={"csrf_token": csrf})
    assert replayed(url, other) == {"name": "eddie", "role": "editor"}


def test_signing_in_again_ends_the_session_before(url):
    with client(url) as c:
        sign_in(c, "eddie")
        before = c.cookies[COOKIE]
        sign_in(c, "ada")
    assert replayed(url, before) is None


def test_a_new_password_ends_every_session(url, restore_vera):
    first, second = signed_in_cookie(url, "vera"), signed_in_cookie(url, "vera")
    change_users(url, lambda s: set_password(s, "vera", "a brand new password"))
    assert replayed(url, first) is None and replayed(url, second) is None
    with client(url) as c:
        sign_in(c, "vera", "a brand new password")


def test_a_user_removed_and_added_again_is_not_revived(url, restore_vera):
    """The same name in another case, now an admin: the old cookie must not come back as them."""
    old = signed_in_cookie(url, "vera")
    change_users(url, lambda s: remove_user(s, "vera"))
    assert replayed(url, old) is None
    change_users(url, lambda s: add_user(s, "VERA", "another password", "admin"))
    assert replayed(url, old) is None
    new = signed_in_cookie(url, "VERA", "another password")
    assert replayed(url, new) == {"name": "VERA", "role": "admin"}


def test_a_cookie_of_the_old_kind_naming_a_user_is_anonymous(url):
    """Before sessions were kept in the store, a cookie named its user: signed with the same key,
    such a cookie (say, one kept from before an upgrade) is not believed."""
    data = base64.b64encode(json.dumps({"user": {"name": "ada", "role": "admin"}}).encode())
    assert replayed(url, TimestampSigner("test-secret-key").sign(data).decode()) is None


def test_a_session_ends_after_its_days(url, monkeypatch):
    cookie = signed_in_cookie(url, "eddie")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=users.SESSION_DAYS, seconds=1)
    monkeypatch.setattr(users, "_now", lambda: later)
    assert replayed(url, cookie) is None


# --- the sign-in throttle ----------------------------------------------------------------------------


@pytest.fixture()
def small(tmp_path) -> str:
    """A store of its own (the throttle's counts live in the store): one user, eddie."""
    url = f"sqlite:///{tmp_path / 'throttle.db'}"
    change_users(url, lambda s: add_user(s, "eddie", PASSWORD, "editor"))
    return url


def visitor(url: str, address: str = "192.0.2.1", **options):
    """A client coming from `address`, on an app of its own (as another server process would be)."""
    import warnings

    from fastapi.testclient import TestClient

    from scrutiny.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        app = create_app(url, secret="test-secret-key", https_only=True, **options)
        return TestClient(app, base_url=BASE, follow_redirects=False, client=(address, 50000))


def attempt(c, name: str, password: str = "not the password"):
    return c.post("/sign-in", data={"name": name, "password": password, "csrf_token": token(c)})


def error_of(r) -> str:
    found = re.search(r'class="govuk-error-message">.*?</span>\s*(.*?)</p>', r.text, re.S)
    assert found, r.text[:2000]
    return found.group(1).strip()


def test_too_many_wrong_passwords_for_an_account_are_refused(small):
    with visitor(small) as c:
        for _ in range(throttle.ACCOUNT_LIMIT):
            assert attempt(c, "eddie").status_code == 401
        r = attempt(c, "Eddie", PASSWORD)  # even the right one: else the lock would tell it
        assert r.status_code == 429 and error_of(r) == "Too many sign-in attempts; try again in 1 minute"
        assert 0 < int(r.headers["retry-after"]) <= 60
        assert c.get("/api/session").json()["user"] is None
    with visitor(small, "198.51.100.9") as other:  # the account, from anywhere (and any process)
        assert attempt(other, "eddie", PASSWORD).status_code == 429


def test_an_unknown_name_is_throttled_just_the_same(small):
    answers = []
    for address, name in (("192.0.2.1", "eddie"), ("192.0.2.2", "nobody")):
        with visitor(small, address) as c:
            for _ in range(throttle.ACCOUNT_LIMIT):
                r = attempt(c, name)
                assert r.status_code == 401 and error_of(r) == WRONG
            r = attempt(c, name)
            page = r.text.replace(name, "NAME").replace(token(c), "TOKEN")
            answers.append((r.status_code, r.headers["retry-after"], page))
    assert answers[0] == answers[1] and answers[0][0] == 429


def test_the_wait_grows_after_each_failure_and_a_sign_in_forgives(small, monkeypatch):
    start = dt.datetime.now(dt.UTC)
    clock = [start]
    monkeypatch.setattr(throttle, "now", lambda: clock[0])
    with visitor(small) as c:
        for _ in range(throttle.ACCOUNT_LIMIT):
            attempt(c, "eddie")
        clock[0] = start + dt.timedelta(seconds=61)
        assert attempt(c, "eddie").status_code == 401  # admitted after a minute: and wrong again
        r = attempt(c, "eddie")
        assert r.status_code == 429 and error_of(r) == "Too many sign-in attempts; try again in 2 minutes"
        clock[0] += dt.timedelta(minutes=2, seconds=1)
        assert attempt(c, "eddie", PASSWORD).status_code == 303  # signed in: the account starts afresh
    with visitor(small) as c:
        for _ in range(throttle.ACCOUNT_LIMIT):
            assert attempt(c, "eddie").status_code == 401


def test_attempts_sent_at_once_cannot_slip_in_before_the_first_is_counted(small):
    """Each attempt is counted, in a transaction holding the write lock, before its password is
    checked: of many at once, exactly the limit get through."""
    import threading

    engine, admitted = connect(small), []

    def one() -> None:
        with session_scope(engine, write=True) as s:
            admitted.append(throttle.attempt(s, "eddie", "192.0.2.1") is None)

    threads = [threading.Thread(target=one) for _ in range(3 * throttle.ACCOUNT_LIMIT)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    engine.dispose()
    assert sum(admitted) == throttle.ACCOUNT_LIMIT


def test_the_wait_never_passes_its_cap():
    limit = throttle.ACCOUNT_LIMIT
    waits = [throttle.delay(limit + n, limit).total_seconds() for n in range(-1, 6)]
    assert waits == [0, 60, 120, 240, 480, 900, 900]
    assert throttle.delay(10**6, limit) == throttle.MAX_DELAY


def test_too_many_attempts_from_one_address_are_refused(small):
    with visitor(small) as c:
        for n in range(throttle.ADDRESS_LIMIT):
            assert attempt(c, f"someone-{n}").status_code == 401
        assert attempt(c, "eddie", PASSWORD).status_code == 429
    with visitor(small, "192.0.2.77") as other:  # another address is not held back
        assert attempt(other, "eddie", PASSWORD).status_code == 303


def test_signing_in_is_not_charged_to_the_address(small):
    with visitor(small) as c:
        for _ in range(throttle.ADDRESS_LIMIT + 2):
            assert attempt(c, "eddie", PASSWORD).status_code == 303


def test_behind_a_trusted_proxy_the_visitor_is_counted_not_the_proxy(small):
    proxy = "10.0.0.1"
    with visitor(small, proxy, forwarded_allow_ips=proxy) as c:
        c.headers["X-Forwarded-For"] = "203.0.113.5"
        for n in range(throttle.ADDRESS_LIMIT):
            attempt(c, f"someone-{n}")
        assert attempt(c, "eddie", PASSWORD).status_code == 429
        c.headers["X-Forwarded-For"] = "203.0.113.6"
        assert attempt(c, "eddie", PASSWORD).status_code == 303


def test_the_store_keeps_no_name_typed(small):
    with visitor(small) as c:
        attempt(c, "my secret password in the name field")
    engine = connect(small)
    with session_scope(engine) as s:
        keys = [row.key for row in s.query(m.SignInThrottle)]
    engine.dispose()
    assert len(keys) == 2 and all(re.fullmatch(r"[0-9a-f]{64}", k) for k in keys)


def test_an_unknown_name_costs_a_password_check_too(engine, monkeypatch):
    """A wrong name is checked against a dummy hash, as long as a wrong password: timing tells nothing."""
    with session_scope(engine, write=True) as s:
        add_user(s, "j.smith", "a long password")
    real, checked = users._hasher(), []

    class Counting:
        def __getattr__(self, name: str):
            return getattr(real, name)

        def verify(self, hash: str, password: str) -> bool:
            checked.append(hash)
            return real.verify(hash, password)

    monkeypatch.setattr(users, "_hasher", Counting)
    with session_scope(engine) as s:
        assert authenticate(s, "j.smith", "wrong") is None and authenticate(s, "nobody", "wrong") is None
    assert len(checked) == 2 and all(h.startswith("$argon2id$") for h in checked)


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
    with pytest.raises(UserError, match=word.replace(".", r"\.")), session_scope(engine, write=True) as s:
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

            def change():
                return c.post("/api/actions/1/status", json={"note": "x"}, headers={"X-CSRF-Token": token})

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


def test_user_sign_out_ends_every_session_of_the_user(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    run("user", "add", "j.smith", "--password", "a long password", "--database", db)
    run("user", "add", "k.jones", "--password", "a long password", "--database", db)
    engine = connect(db)
    with session_scope(engine, write=True) as s:
        tokens = [users.start_session(s, get_user(s, name)) for name in ("j.smith", "j.smith", "k.jones")]
    r = run("user", "sign-out", "J.Smith", "--database", db)
    assert r.exit_code == 0 and r.stdout.strip() == "j.smith: 2 sessions ended", r.output
    with session_scope(engine) as s:
        assert [users.session_user(s, t) is not None for t in tokens] == [False, False, True]
    engine.dispose()
    r = run("user", "sign-out", "nobody", "--database", db)
    assert r.exit_code == 2 and "no user called 'nobody'" in r.output


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
    assert seen["proxy_headers"] is False  # the app reads them itself, from trusted proxies only
    r = run("serve", "--host", "0.0.0.0", "--database", db)
    assert "open http://localhost:8000/" in r.stdout and "SCRUTINY_INSECURE_COOKIES" in r.output


def test_insecure_cookies_for_local_http(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from scrutiny.web.app import create_app

    monkeypatch.setenv("SCRUTINY_INSECURE_COOKIES", "1")
    with TestClient(create_app(f"sqlite:///{tmp_path / 'http.db'}")) as c:  # plain http
        cookie = c.get("/api/session").headers["set-cookie"].lower()
        assert "secure" not in cookie and "httponly" in cookie and "samesite=lax" in cookie
