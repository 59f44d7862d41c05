"""How fast the web answers on years of papers: p50/p95 latency of whole requests at scale.

Builds the synthetic store of `bench/scale.py` (20,000 meetings, 200,000 actions, through the real
migrations) or reuses one built before (`--store FILE`), then times whole HTTP requests through
FastAPI's TestClient (routing, the session, the queries, JSON or the template, no network):

- `GET /api/actions`, the register's first page, earliest due first, with its total;
- `GET /api/actions?overdue=true`, the overdue as of today, with their total;
- the same as of a past day, a different one each run (the history after that day is read to
  know each action's status then, so this is the dearest listing; shown, outside the aim);
- `GET /` (the overview) and `GET /actions` (the register page, all and overdue), when the pages exist.

    .venv/bin/python bench/web_speed.py                         # builds in a temporary folder
    .venv/bin/python bench/web_speed.py --store /tmp/scale.db   # builds once, reuses after
    .venv/bin/python bench/web_speed.py --meetings 2000 --actions 20000 --runs 30   # a quick look

The API remembers each total it counted until the store changes (`reads.count_actions_cached`):
a past day differs on each run, so those totals are counted afresh; `--no-cache` counts every
total afresh. The aim is a p95 under 200 ms for the register and overview as of today. Not run
by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from sqlalchemy import func, select  # noqa: E402

from scale import build, timed  # noqa: E402  (bench/scale.py: the synthetic store)
from scrutiny.store import models as m  # noqa: E402
from scrutiny.store.db import connect, session_scope  # noqa: E402

AIM_MS = 200.0


def store(path: Path, meetings: int, actions: int) -> str:
    """The URL of a store at `path` holding the synthetic papers, built unless it is there already."""
    url = f"sqlite:///{path}"
    engine = connect(url)
    with session_scope(engine) as s:
        have = s.scalar(select(func.count()).select_from(m.Action)) or 0
    if have:
        print(f"reusing {path}: {have:,} actions")
    else:
        t = time.perf_counter()
        build(engine, meetings, actions)
        print(
            f"built {meetings:,} meetings and {actions:,} actions in {time.perf_counter() - t:.1f} s ({path})"
        )
    engine.dispose()
    return url


def requests(client, runs: int, seed: int = 3) -> dict[str, Callable[[], object]]:
    rng = random.Random(seed)
    paths = {getattr(r, "path", None) for r in _routes(client.app)}

    def get(path: str, **params) -> Callable[[], object]:
        def run() -> None:
            values = {k: (v() if callable(v) else v) for k, v in params.items()}
            r = client.get(path, params=values)
            assert r.status_code == 200, (path, values, r.status_code, r.text[:200])

        return run

    def day() -> str:
        return (dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(3000))).isoformat()

    out = {
        "GET /api/actions (first page of 50)": get("/api/actions"),
        "GET /api/actions?overdue=true": get("/api/actions", overdue="true"),
        "GET /api/actions?overdue=true&as_of=PAST_DAY *": get("/api/actions", overdue="true", as_of=day),
    }
    if "/" in paths:
        out["GET / (overview)"] = get("/")
    if "/actions" in paths:
        out["GET /actions (register, first page)"] = get("/actions")
        out["GET /actions?overdue=true (register)"] = get("/actions", overdue="true")
        out["GET /actions?overdue=true&as_of=PAST_DAY *"] = get("/actions", overdue="true", as_of=day)
    return out


def _routes(app):
    try:
        from fastapi.routing import iter_route_contexts

        return list(iter_route_contexts(app.routes))
    except ImportError:  # an older FastAPI
        return list(app.routes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20_000)
    parser.add_argument("--actions", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=100, help="timed requests of each kind")
    parser.add_argument("--store", type=Path, help="a SQLite file to build the store in once, and reuse")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="count the API's totals afresh every time (store.queries.actions.COUNT_CACHE off)",
    )
    args = parser.parse_args()
    if args.no_cache:
        from scrutiny.store.queries import actions

        actions.COUNT_CACHE = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

        from scrutiny.web.app import create_app
    with tempfile.TemporaryDirectory() as folder:
        url = store(args.store or Path(folder) / "web.db", args.meetings, args.actions)
        ok = True
        with TestClient(create_app(url, secret="bench", https_only=False)) as client:
            for name, run in requests(client, args.runs).items():
                p50, p95 = timed(run, args.runs)
                late = p95 >= AIM_MS
                ok &= not late or name.endswith("*")
                print(
                    f"  {name:<48} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms{'  (over 200 ms)' if late else ''}"
                )
    print("aim: p95 under 200 ms for the register and overview as of today:", "met" if ok else "NOT met")
    print("* overdue on a past day: each action past due then is checked for a status stated after that")
    print("  day (store.queries.overdue_on); shown for the record, outside the aim")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
