"""The leak meta-test (issue 10): every way data leaves the store, asked for a planted Part II codeword.

A store is built from three short papers written here, ingested through the real pipeline:

- panel minutes (public) whose Part II section holds an action, a decision and the words
  around them, each with the codeword `ZEBRACODE-4471`;
- the panel's next minutes (public), whose Part II section reports progress on the first
  meeting's *public* action in words that hold the codeword (an update reported in private);
- a tasking group's minutes marked OFFICIAL-SENSITIVE as a whole (restricted at ingest): the
  codeword is in its venue, item, action and decision, and its body ("Covert Tasking") and
  people ("Fitzwarren") are known from nowhere else.

Then every output is run and read:

- every command of the `scrutiny` Typer app, enumerated from the app (a command with no case
  below fails `test_every_cli_command_has_a_case`); those that print records are run with
  every format, public by default and with `--include-restricted`;
- every export kind and format, every report format (enumerated from the command's choices);
- the reminder digests (`remind --dry-run`, and the messages' decoded text);
- every route of the web app, enumerated from the app (a route with no case fails
  `test_every_web_route_has_a_case`), with the ids of the planted records, without a session
  and signed in; the feeds among them.

The public outputs must hold none of `SECRETS`; an output for a caller who asked for restricted
material with the right to see it (`--include-restricted`, a signed-in user) must hold them.
"""

from __future__ import annotations

import email
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from scrutiny import cli
from scrutiny.outputs import export
from scrutiny.store import models as m
from scrutiny.store.batch import write
from scrutiny.store.db import connect, session_scope
from scrutiny.store.ingest import Outcome
from scrutiny.store.prepare import prepare
from scrutiny.store.users import add_user

from .helpers import PASSWORD, client, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CODE = "ZEBRACODE-4471"
SECRETS = (CODE, "Fitzwarren", "Covert Tasking")  # each only in restricted material
AS_OF = "2024-06-25"  # 01/24 and 02/24 overdue, 03/24 due within the week

FIRST = f"""\
HOLLOWMERE POLICE AND CRIME PANEL

Minutes of the meeting held on 12 March 2024 at 10:00, Council Chamber, Hollowmere

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Apologies

Apologies were received from Cllr Pat Green.

2. Knife crime report

The Panel noted the report on knife crime.

Action 01/24: JB to circulate the knife crime report to all members by 31 March 2024.

RESOLVED: That the knife crime report be noted.

3. PART II – EXEMPT ITEM

The Panel discussed the {CODE} property sale in private session.

Action 02/24: MC to brief members on the {CODE} property sale by 15 April 2024.

RESOLVED: That the {CODE} settlement be approved.
"""

SECOND = f"""\
HOLLOWMERE POLICE AND CRIME PANEL

Minutes of the meeting held on 10 May 2024 at 10:00, Council Chamber, Hollowmere

Present: Cllr Jane Brown (Chair) (JB), Margaret Coyle, Police and Crime Commissioner (MC)

1. Action Log

The Panel reviewed its action log.

2. Estates

Action 03/24: MC to review the estates strategy by 30 June 2024.

3. PART II – EXEMPT ITEM

The Panel heard about the {CODE} inquiry.

- 01/24: Ongoing, awaiting the {CODE} valuation
"""

SENSITIVE = f"""\
OFFICIAL-SENSITIVE

HOLLOWMERE COVERT TASKING GROUP

Minutes of the meeting held on 5 February 2024 at 09:00, Briefing Room {CODE}

Present: Orla Fitzwarren (OF), Dermot Ashcombe (DA)

1. Operation {CODE}

ACTION: OF to review the {CODE} informant handling by 31 March 2024

RESOLVED: That Operation {CODE} continue.
"""

PAPERS = {"panel-2024-03-12.txt": FIRST, "panel-2024-05-10.txt": SECOND, "tasking-2024-02-05.txt": SENSITIVE}
# searched for in every search output: words of the restricted records, never the codeword itself
# (a search echoes its query)
QUERIES = ("Hollowmere", "Operation", "valuation", "property", "informant", "knife", "Briefing")


def secrets_in(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


@dataclass
class Store:
    url: str
    folder: Path
    ids: dict[str, list[int]]  # kind → the planted records' ids, public and restricted


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    folder = tmp_path_factory.mktemp("leaks")
    url = f"sqlite:///{folder / 'leaks.db'}"
    engine = connect(url)
    for name, text in PAPERS.items():
        (folder / name).write_text(text, encoding="utf-8")
        outcome = write(engine, prepare(folder / name), source=str(folder / name))
        assert isinstance(outcome, Outcome), outcome
    with session_scope(engine, write=True) as session:
        for person in session.scalars(select(m.Person).where(m.Person.initials.in_(["JB", "MC", "OF"]))):
            person.email = f"{person.initials.lower()}@example.org"
        add_user(session, "vera", PASSWORD, "viewer")
        ids = {
            kind: sorted(session.scalars(select(model.id)))
            for kind, model in (
                ("action", m.Action),
                ("meeting", m.Meeting),
                ("document", m.Document),
                ("body", m.Body),
                ("person", m.Person),
            )
        }
        # the planting worked: each kind of restricted material is there to leak
        restricted = {a.ref or a.text: a.restricted for a in session.scalars(select(m.Action))}
        assert restricted["01/24"] is False and restricted["02/24"] is True and len(restricted) == 4
        [update] = session.scalars(select(m.ActionUpdate)).all()
        assert CODE in update.text and update.action_id is not None
        assert [d.restricted for d in session.scalars(select(m.Document).order_by(m.Document.name))] == [
            False,
            False,
            True,
        ]
    engine.dispose()
    return Store(url, folder, ids)


# --- the command line ------------------------------------------------------------------------------

runner = CliRunner()


def run(*args) -> str:
    result = runner.invoke(cli.app, [str(a) for a in args], env={"COLUMNS": "400"})
    out = result.stdout + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code in (0, 2), (args, result.exit_code, out, result.exception)
    return out


def read_output(path: Path) -> str:
    """The text of a file a command wrote (a Word file's paragraphs and table cells)."""
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return path.read_text(encoding="utf-8")


def decoded_messages(text: str) -> str:
    """The bodies and headers of the e-mails a dry run printed, decoded (quoted-printable, base64)."""
    out = [text]
    for chunk in re.split(r"(?m)^(?=From: |Content-Type: )", text):
        msg = email.message_from_string(chunk)
        for part in msg.walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                out.append(payload.decode("utf-8", "replace"))
    return "\n".join(out)


@dataclass
class Output:
    label: str
    public: str  # what the public gets
    restricted: str | None  # what a caller with the right gets when asking for restricted material


Case = Callable[[Store], Iterator[Output]]


def _listing(command: str, formats: tuple[str, ...], *extra: str) -> Case:
    def case(s: Store) -> Iterator[Output]:
        for fmt in formats:
            args = (command, *extra, "--format", fmt, "--limit", "0", "--database", s.url)
            yield Output(
                f"{command} {' '.join(extra)} -f {fmt}", run(*args), run(*args, "--include-restricted")
            )

    return case


def _actions(s: Store) -> Iterator[Output]:
    yield from _listing("actions", ("table", "csv", "json"), "--as-of", AS_OF)(s)
    yield from _listing("actions", ("table", "json"), "--overdue", "--as-of", AS_OF)(s)


def _search(s: Store) -> Iterator[Output]:
    for q in QUERIES:
        for fmt in ("table", "json"):
            args = ("search", q, "--format", fmt, "--database", s.url)
            yield Output(f"search {q} -f {fmt}", run(*args), run(*args, "--include-restricted"))


def _action(s: Store) -> Iterator[Output]:
    for action_id in s.ids["action"]:
        for fmt in ("table", "json"):
            args = ("action", action_id, "--format", fmt, "--as-of", AS_OF, "--database", s.url)
            yield Output(f"action {action_id} -f {fmt}", run(*args), run(*args, "--include-restricted"))


def _export(s: Store) -> Iterator[Output]:
    from scrutiny.cli.export import ExportFormat, ExportKind

    assert {k.value for k in ExportKind} == set(export.KINDS)
    assert {f.value for f in ExportFormat} == set(export.FORMATS)
    for kind in export.KINDS:
        for fmt in export.FORMATS:
            if fmt == "ics" and kind != "actions":
                continue
            outputs = []
            for extra in ((), ("--include-restricted",)):
                path = s.folder / f"export-{kind}-{len(extra)}.{fmt}"
                run(
                    "export",
                    kind,
                    "--format",
                    fmt,
                    "--as-of",
                    AS_OF,
                    "--output",
                    path,
                    *extra,
                    "--database",
                    s.url,
                )
                stdout = run("export", kind, "--format", fmt, "--as-of", AS_OF, *extra, "--database", s.url)
                outputs.append(read_output(path) + stdout)
            yield Output(f"export {kind} -f {fmt}", *outputs)


def _report(s: Store) -> Iterator[Output]:
    from scrutiny.cli.report import ReportFormat

    for fmt in ReportFormat:
        outputs = []
        for extra in ((), ("--include-restricted",)):
            path = s.folder / f"report-{len(extra)}.{fmt.value}"
            said = run(
                "report",
                "actions",
                "--format",
                fmt.value,
                "--output",
                path,
                "--as-of",
                AS_OF,
                *extra,
                "--database",
                s.url,
            )
            outputs.append(read_output(path) + said)
        yield Output(f"report actions -f {fmt.value}", *outputs)


def _remind(s: Store) -> Iterator[Output]:
    out = run("remind", "--dry-run", "--as-of", AS_OF, "--database", s.url)
    assert "@example.org" in out  # digests were made: the planted owners have addresses
    yield Output("remind --dry-run", decoded_messages(out), None)  # restricted actions are never sent


def _people_set(s: Store) -> Iterator[Output]:
    # changes the person the caller names, and says only that: naming a public person shows nothing more
    yield Output(
        "people-set", run("people-set", "Jane Brown", "--email", "jb@example.org", "--database", s.url), None
    )


# Every command of the app: a case that runs it, or why it has none (it prints no records of the store).
CLI_CASES: dict[str, Case | str] = {
    "actions": _actions,
    "search": _search,
    "meetings": _listing("meetings", ("table", "json")),
    "people": _listing("people", ("table", "json")),
    "action": _action,
    "export": _export,
    "report actions": _report,
    "remind": _remind,
    "people-set": _people_set,
    "extract": "reads the files it is given, not the store",
    "read": "reads the files it is given, not the store",
    "ingest": "stores the files it is given and prints counts of what it read from them",
    "demo": "builds its own store from the bundled samples (no restricted material) and shows that",
    "serve": "starts the web app, whose every route is run below",
    "people-import": "updates people from the caller's CSV and prints two counts",
    "user add": "manages sign-in users only (names and roles), never records",
    "user set-role": "manages sign-in users only",
    "user set-password": "manages sign-in users only",
    "user sign-out": "manages sign-in users only",
    "user remove": "manages sign-in users only",
    "user list": "lists sign-in users only (names and roles)",
}


def cli_commands() -> list[str]:
    """Every command of the `scrutiny` app, sub-commands as 'group command'."""

    def walk(typer_app, prefix: str) -> Iterator[str]:
        for c in typer_app.registered_commands:
            yield prefix + (c.name or c.callback.__name__.replace("_", "-"))
        for g in typer_app.registered_groups:
            yield from walk(g.typer_instance, prefix + (g.name or g.typer_instance.info.name) + " ")

    return list(walk(cli.app, ""))


def test_every_cli_command_has_a_case():
    commands = cli_commands()
    assert "actions" in commands and "report actions" in commands
    missing = [c for c in commands if c not in CLI_CASES]
    assert not missing, f"commands with no case in CLI_CASES (add one: does it print records?): {missing}"
    assert not set(CLI_CASES) - set(commands), "cases for commands that are gone"


@pytest.mark.parametrize("command", [c for c, case in CLI_CASES.items() if not isinstance(case, str)])
def test_no_cli_output_leaks(store, command):
    case = CLI_CASES[command]
    assert callable(case)
    outputs = list(case(store))
    assert outputs
    leaks = [f"{o.label}: {secrets_in(o.public)}" for o in outputs if secrets_in(o.public)]
    assert not leaks, "restricted material in public output:\n" + "\n".join(leaks)
    asked = [o for o in outputs if o.restricted is not None]
    if asked:  # --include-restricted shows it: the command reads the planted material at all
        assert any(secrets_in(o.restricted) for o in asked), (
            f"{command}: --include-restricted shows nothing planted"
        )


def test_each_listing_and_export_shows_the_codeword_when_asked(store):
    """Not only some: every record-printing output that can carry the codeword carries it when asked."""
    for case in (_actions, _export, _report, _listing("meetings", ("json",))):
        for o in case(store):
            assert o.restricted is not None and CODE in o.restricted, o.label


def test_the_reminders_leave_out_restricted_actions_in_the_messages_themselves(store):
    import datetime as dt

    from scrutiny.outputs.remind import digests, message

    engine = connect(store.url)
    with session_scope(engine) as session:
        found = digests(session, dt.date.fromisoformat(AS_OF))
        texts = [message(d, dt.date.fromisoformat(AS_OF), "x@example.org").get_content() for d in found]
    engine.dispose()
    assert texts and any("knife crime" in t for t in texts)
    assert not [t for t in texts if secrets_in(t)]


# --- the web ------------------------------------------------------------------------------------------


def web_routes(app) -> list[tuple[str, str]]:
    """(method, path) of every route the app serves, the mounted static files as ('*', '/static')."""
    try:
        from fastapi.routing import iter_route_contexts

        routes = list(iter_route_contexts(app.routes))
    except ImportError:  # pragma: no cover - an older FastAPI
        routes = list(app.routes)
    out = []
    for r in routes:
        methods = sorted((getattr(r, "methods", None) or {"*"}) - {"HEAD"})
        out += [(method, r.path) for method in methods]
    return out


@dataclass
class Web:
    """How a route is asked: with these queries (GET), the viewer's answer expected to hold the
    planted material (True), never to (False: a feed is public whoever asks), or no claim (None)."""

    viewer: bool | None
    queries: tuple[dict, ...] = ({},)


LISTING = ({}, {"per_page": "200"}, {"as_of": AS_OF, "overdue": "true"}, {"body": "Hollowmere"})
SEARCHES = tuple({"q": q} for q in QUERIES)
CHANGES = "changes the store: refused without a session (checked: the refusal holds nothing planted)"

WEB_CASES: dict[tuple[str, str], Web | str] = {
    ("GET", "/api/openapi.json"): Web(None),
    ("GET", "/api/docs"): Web(None),
    ("GET", "/api/session"): Web(None),
    ("GET", "/api/actions"): Web(True, LISTING),
    ("GET", "/api/actions/{action_id}"): Web(True, ({}, {"as_of": AS_OF})),
    ("GET", "/api/meetings"): Web(True, LISTING),
    ("GET", "/api/meetings/{meeting_id}"): Web(True),
    ("GET", "/api/documents"): Web(None, LISTING),  # names only: none holds a secret
    ("GET", "/api/documents/{document_id}"): Web(True),
    ("GET", "/api/bodies"): Web(True),
    ("GET", "/api/bodies/{body_id}"): Web(True),
    ("GET", "/api/people"): Web(True, ({}, {"name": "Orla"})),
    ("GET", "/api/people/{person_id}"): Web(True),
    ("GET", "/api/search"): Web(True, SEARCHES),
    ("GET", "/sign-in"): Web(None),
    ("GET", "/bodies/{body_id}/feed.atom"): Web(False),
    ("GET", "/"): Web(True),
    ("GET", "/actions"): Web(True, LISTING),
    ("GET", "/actions.csv"): Web(True, LISTING),
    ("GET", "/actions/{action_id}"): Web(True),
    ("GET", "/meetings"): Web(True, LISTING),
    ("GET", "/meetings/{meeting_id}"): Web(True),
    ("GET", "/documents"): Web(None, LISTING),  # names only, as the API's: none holds a secret
    ("GET", "/documents/{document_id}"): Web(True),
    ("GET", "/documents/{document_id}/original"): Web(True),  # the files the papers were read from
    ("GET", "/bodies"): Web(True, LISTING),
    ("GET", "/bodies/{body_id}"): Web(True),
    ("GET", "/people"): Web(True, ({}, {"name": "Orla"}, {"body": "Hollowmere"}, {"page": "2"})),
    ("GET", "/people/{person_id}"): Web(True),
    ("GET", "/search"): Web(True, SEARCHES),
    ("POST", "/api/actions/{action_id}/status"): CHANGES,
    ("POST", "/api/actions/{action_id}/restricted"): CHANGES,
    ("POST", "/api/documents"): CHANGES,
    ("POST", "/api/documents/{document_id}/restricted"): CHANGES,
    ("POST", "/actions/{action_id}"): CHANGES,
    ("POST", "/sign-in"): CHANGES,
    ("POST", "/sign-out"): CHANGES,
    ("*", "/static"): "the package's CSS, fonts and scripts: no data",
}


def urls(path: str, ids: dict[str, list[int]]) -> list[str]:
    """The route's path with its id filled by each planted record of its kind."""
    params = re.findall(r"{(\w+)}", path)
    if not params:
        return [path]
    [param] = params
    kind = param.removesuffix("_id")
    return [path.replace("{" + param + "}", str(i)) for i in ids[kind]]


@pytest.fixture(scope="module")
def anonymous(store):
    with client(store.url) as c:
        yield c


@pytest.fixture(scope="module")
def viewer(store):
    with client(store.url) as c:
        sign_in(c, "vera")
        yield c


def test_every_web_route_has_a_case(anonymous):
    served = web_routes(anonymous.app)
    assert ("GET", "/api/actions") in served and ("GET", "/bodies/{body_id}/feed.atom") in served
    missing = [r for r in served if r not in WEB_CASES]
    assert not missing, f"routes with no case in WEB_CASES (add one): {missing}"
    assert not set(WEB_CASES) - set(served), "cases for routes that are gone"


@pytest.mark.parametrize("route", [r for r, case in WEB_CASES.items() if isinstance(case, Web)], ids=" ".join)
def test_no_web_answer_leaks(store, anonymous, viewer, route):
    case = WEB_CASES[route]
    assert isinstance(case, Web)
    leaks, seen_by_viewer = [], []
    for url in urls(route[1], store.ids):
        for query in case.queries:
            r = anonymous.get(url, params=query)
            assert r.status_code < 500, (url, query, r.status_code)
            if secrets_in(r.text):
                leaks.append(f"{url} {query}: {secrets_in(r.text)}")
            signed_in = viewer.get(url, params=query)
            assert signed_in.status_code < 500, (url, query, signed_in.status_code)
            seen_by_viewer += secrets_in(signed_in.text)
    assert not leaks, "restricted material reached a visitor without a session:\n" + "\n".join(leaks)
    if case.viewer is True:
        assert seen_by_viewer, f"{route}: a signed-in user is shown nothing planted"
    elif case.viewer is False:
        assert not seen_by_viewer, f"{route}: public whoever asks, but showed {set(seen_by_viewer)}"


@pytest.mark.parametrize("route", [r for r, case in WEB_CASES.items() if case == CHANGES], ids=" ".join)
def test_changing_routes_refuse_without_leaking(store, anonymous, route):
    for url in urls(route[1], store.ids):
        r = anonymous.post(url, data={}, files=None)
        assert r.status_code in (303, 400, 401, 403, 404, 422), (url, r.status_code)
        assert not secrets_in(r.text), url
        assert not secrets_in(str(r.headers))


def test_the_feeds_of_every_body(store, anonymous):
    """The feed is for anyone: of the panel, it lists public material only; of the tasking group
    (known only from restricted papers) there is none."""
    panel, tasking = store.ids["body"]
    feed = anonymous.get(f"/bodies/{panel}/feed.atom")
    assert feed.status_code == 200 and "knife crime" in feed.text and not secrets_in(feed.text)
    assert anonymous.get(f"/bodies/{tasking}/feed.atom").status_code == 404
