"""Several documents read at once, each in a forked child under a time limit.

`guard.run_limited` does one document at a time; an ingest wants `--workers` of them in flight
while the parent, single-threaded (so forking stays safe), writes finished ones to the database.
Each child sends back one pickled value through a pipe, as `run_limited`'s do, and a child that
times out or dies is reported as a reason, never an exception.
"""

from __future__ import annotations

import faulthandler
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from scrutiny.guard import _fmt_seconds, child_start, exit_reason, limit_memory, memory_reason

K = TypeVar("K")


@dataclass
class Done(Generic[K]):
    """A finished child: `value` when `ok`, else `reason` (one line for a person)."""

    key: K
    ok: bool
    value: Any = None
    reason: str = ""


@dataclass
class _Child(Generic[K]):
    key: K
    pid: int
    fd: int
    deadline: float | None
    start: int  # resident bytes at the fork, to tell a child killed for its memory
    chunks: list[bytes] = field(default_factory=list)


class ForkPool(Generic[K]):
    """Up to `size` children at once; `seconds` (None or 0: no limit) for each."""

    def __init__(self, size: int, seconds: float | None):
        self.size = max(1, size)
        self.seconds = seconds if seconds and seconds > 0 else None
        self._children: dict[int, _Child[K]] = {}  # by pipe fd

    def __enter__(self) -> ForkPool[K]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def running(self) -> int:
        return len(self._children)

    def has_room(self) -> bool:
        return len(self._children) < self.size

    def submit(self, key: K, fn: Callable[..., Any], *args: Any) -> None:
        """Start `fn(*args)` in a child; its result comes back from `wait`."""
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()  # or the child would inherit the buffer and write it again
            except Exception:
                pass
        read_fd, write_fd = os.pipe()
        start = child_start()
        pid = os.fork()
        if pid == 0:
            _child(fn, args, read_fd, write_fd, list(self._children))
        os.close(write_fd)
        deadline = time.monotonic() + self.seconds if self.seconds else None
        self._children[read_fd] = _Child(key, pid, read_fd, deadline, start)

    def wait(self) -> list[Done[K]]:
        """Block until at least one child has finished (or timed out); return those that have."""
        finished: list[Done[K]] = []
        while self._children and not finished:
            now = time.monotonic()
            for child in [c for c in self._children.values() if c.deadline is not None and c.deadline <= now]:
                self._end(child, kill=True)
                finished.append(
                    Done(child.key, False, reason=f"timed out after {_fmt_seconds(self.seconds or 0)} s")
                )
            if finished:
                break
            deadlines = [c.deadline for c in self._children.values() if c.deadline is not None]
            timeout = max(0.0, min(deadlines) - now) if deadlines else None
            try:
                ready, _, _ = select.select(list(self._children), [], [], timeout)
            except InterruptedError:  # pragma: no cover
                continue
            for fd in ready:
                child = self._children[fd]
                chunk = os.read(fd, 1 << 20)
                if chunk:
                    child.chunks.append(chunk)
                    continue
                status, rusage = self._end(child, kill=False)
                finished.append(_result(child, exit_reason(status, rusage, child.start)))
        return finished

    def _end(self, child: _Child[K], kill: bool) -> tuple[int, Any]:
        del self._children[child.fd]
        os.close(child.fd)
        if kill:
            try:
                os.kill(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status, rusage = os.wait4(child.pid, 0)
        return status, rusage

    def close(self) -> None:
        """Kill and reap every child still running (after Ctrl-C, or an error in the parent)."""
        for child in list(self._children.values()):
            self._end(child, kill=True)


def _child(fn: Callable[..., Any], args: tuple, read_fd: int, write_fd: int, others: list[int]) -> None:
    """The forked child: run, send the pickled (ok, value), leave without the parent's cleanup."""
    status = 0
    try:
        os.close(read_fd)
        for fd in others:
            os.close(fd)
        faulthandler.disable()
        limit_memory()
        try:
            payload = pickle.dumps((True, fn(*args)), protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = pickle.dumps((False, memory_reason()))
        except BaseException as exc:  # noqa: BLE001 - everything goes back as one line
            message = " ".join(str(exc).split()) or type(exc).__name__
            payload = pickle.dumps((False, f"internal error: {type(exc).__name__}: {message}"))
        view = memoryview(payload)
        while view:
            view = view[os.write(write_fd, view) :]
        os.close(write_fd)
    except BaseException:
        status = 70
    finally:
        os._exit(status)


def _result(child: _Child[K], ended: str) -> Done[K]:
    """What the child sent, or `ended` (how it ended) when it sent nothing."""
    if not child.chunks:
        return Done(child.key, False, reason=ended)
    try:
        ok, value = pickle.loads(b"".join(child.chunks))
    except Exception as exc:
        return Done(child.key, False, reason=f"crashed (sent an unreadable result: {type(exc).__name__})")
    return Done(child.key, True, value) if ok else Done(child.key, False, reason=str(value))
