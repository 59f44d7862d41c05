"""A time limit for one piece of work: run it in a forked child and kill the child at the limit.

A malformed file can make a reader loop or crash deep in native code; neither may take the
whole command down. `run_limited(fn, *args, seconds=60)` forks (cheap: no new interpreter,
the modules already imported are shared), runs `fn` in the child, sends the result back
pickled through a pipe and returns it. It raises:

- `TimedOut` when the child has not answered after `seconds` (the child is killed);
- `ChildCrashed` when the child died without answering (a signal, `os._exit`, out of memory);
- whatever `fn` raised, when that exception survives pickling; otherwise `ChildError`
  carrying its type name and message.

With `seconds` of None or 0, or where `os.fork` does not exist, `fn` simply runs in-process.
The caller must not be running other threads when it calls this (fork copies only the
calling thread, and a lock held by another thread would stay held in the child).
"""
from __future__ import annotations

import faulthandler
import os
import pickle
import select
import signal
import sys
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")

__all__ = ["LimitError", "TimedOut", "ChildCrashed", "ChildError", "run_limited"]


class LimitError(Exception):
    """The work could not be finished in the child; `reason` is one line for a person."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)

    def __reduce__(self):
        return (type(self), (self.reason,))


class TimedOut(LimitError):
    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"timed out after {_fmt_seconds(seconds)} s")

    def __reduce__(self):
        return (type(self), (self.seconds,))


class ChildCrashed(LimitError):
    """The child ended without sending a result."""


class ChildError(LimitError):
    """The child raised an exception that could not be sent back as itself."""

    def __init__(self, reason: str, type_name: str = "Exception"):
        self.type_name = type_name
        super().__init__(reason)

    def __reduce__(self):
        return (type(self), (self.reason, self.type_name))


def _fmt_seconds(seconds: float) -> str:
    return f"{seconds:g}"


def _describe_status(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"crashed (killed by {name})"
    if os.WIFEXITED(status):
        return f"crashed (exited with status {os.WEXITSTATUS(status)} without a result)"
    return "crashed"


def _child_payload(fn: Callable[..., Any], args: tuple, kwargs: dict) -> bytes:
    try:
        return pickle.dumps((True, fn(*args, **kwargs)), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        try:
            data = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(data)  # an exception that cannot be rebuilt is sent as ChildError
            return data
        except Exception:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            err = ChildError(f"{type(exc).__name__}: {message}", type(exc).__name__)
            return pickle.dumps((False, err), protocol=pickle.HIGHEST_PROTOCOL)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_limited(fn: Callable[..., T], *args: Any, seconds: float | None = 60, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` run in a forked child, killed after `seconds`; see the module doc."""
    if not seconds or seconds <= 0 or not hasattr(os, "fork"):
        return fn(*args, **kwargs)

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()  # or the child would inherit and later write the parent's buffer
        except Exception:
            pass

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, send, and leave without running the parent's cleanup
        status = 0
        try:
            os.close(read_fd)
            faulthandler.disable()  # a crash is reported by the parent, in one line, not dumped here
            payload = _child_payload(fn, args, kwargs)
            view = memoryview(payload)
            while view:
                written = os.write(write_fd, view)
                view = view[written:]
            os.close(write_fd)
        except BaseException:
            status = 70
        finally:
            os._exit(status)

    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    reaped = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                _kill(pid)
                os.waitpid(pid, 0)
                reaped = True
                raise TimedOut(seconds)
            try:
                ready, _, _ = select.select([read_fd], [], [], remaining)
            except InterruptedError:  # pragma: no cover - retried by Python since 3.5
                continue
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        reaped = True
    finally:
        os.close(read_fd)
        if not reaped:  # interrupted (Ctrl-C) or failed while waiting: do not leave the child
            _kill(pid)
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:  # pragma: no cover
                pass

    if not chunks:
        raise ChildCrashed(_describe_status(status))
    try:
        ok, value = pickle.loads(b"".join(chunks))
    except Exception as exc:
        raise ChildCrashed(f"crashed (sent an unreadable result: {type(exc).__name__})") from None
    if ok:
        return value
    raise value
