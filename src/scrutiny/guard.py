"""A time and memory limit for one piece of work: run it in a forked child, kill it at the limit.

A malformed file can make a reader loop, crash deep in native code or swell past any memory
(a zip bomb); none may take the whole command down. `run_limited(fn, *args, seconds=60)` forks
(cheap: no new interpreter, the modules already imported are shared), caps the child's memory
(`limit_memory`), runs `fn` in the child, sends the result back pickled through a pipe and
returns it. It raises:

- `TimedOut` when the child has not answered after `seconds` (the child is killed);
- `OutOfMemory` when `fn` ran out of the memory it may use (a `MemoryError`, or a crash of
  native code that had grown to the limit);
- `ChildCrashed` when the child died without answering (a signal, `os._exit`);
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

try:
    import resource
except ImportError:  # pragma: no cover - not Unix: no memory limit
    resource = None  # type: ignore[assignment]

T = TypeVar("T")

__all__ = [
    "LimitError", "TimedOut", "OutOfMemory", "ChildCrashed", "ChildError",
    "run_limited", "limit_memory", "memory_reason", "max_memory_mb", "child_start", "exit_reason",
]

DEFAULT_MAX_MEMORY_MB = 1024.0
# Native code (pdfium, lexbor) cannot raise MemoryError: it aborts or faults when an allocation
# fails. Such a crash of a child that had grown this close to its limit is put down to memory.
_NEAR_LIMIT = 0.8


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


class OutOfMemory(LimitError):
    """The work needed more memory than the child may use."""

    def __init__(self, reason: str | None = None):
        super().__init__(reason or memory_reason())


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


def max_memory_mb() -> float:
    """The memory one child may use on top of what it starts with: $SCRUTINY_MAX_MEMORY_MB (0: no limit)."""
    try:
        return max(0.0, float(os.environ.get("SCRUTINY_MAX_MEMORY_MB", DEFAULT_MAX_MEMORY_MB)))
    except ValueError:
        return DEFAULT_MAX_MEMORY_MB


def memory_reason() -> str:
    """The one line for work that ran out of memory."""
    limit = max_memory_mb()
    if not limit:
        return "not enough memory to read it"
    return f"needs more than {limit:g} MB of memory to read (see SCRUTINY_MAX_MEMORY_MB)"


def _status_bytes(field: bytes) -> int:
    """A size this process has now, from /proc/self/status (`VmData:`, `RssAnon:`), 0 where unknown."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def limit_memory() -> None:
    """Called first thing in a child: cap its heap at what it has plus $SCRUTINY_MAX_MEMORY_MB.

    RLIMIT_DATA, not RLIMIT_AS: it counts the memory a reader allocates (heap and anonymous
    maps) but not shared libraries or address space merely reserved, so the cap is the memory a
    file may cost. Counting from the child's own start keeps a large parent (a test run, a long
    ingest) from leaving its children no room. Python then raises MemoryError; native code aborts.
    """
    limit = max_memory_mb()
    if not limit or resource is None or not hasattr(resource, "RLIMIT_DATA"):
        return
    cap = _status_bytes(b"VmData:") + int(limit * 2**20)
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    except (ValueError, OSError):  # pragma: no cover - a platform that refuses: the time limit still holds
        pass


def _grew_to_limit(rusage: Any, start: int) -> bool:
    """Whether a child forked at `start` bytes resident (its peak's floor) had grown near its limit."""
    limit = max_memory_mb()
    if not limit or rusage is None:
        return False
    grown = rusage.ru_maxrss * 1024 - start  # ru_maxrss is in KiB on Linux
    return grown >= _NEAR_LIMIT * limit * 2**20


def child_start() -> int:
    """Resident bytes a child forked now starts from (the floor of its peak), for `exit_reason`."""
    return _status_bytes(b"RssAnon:")


def exit_reason(status: int, rusage: Any, start: int) -> str:
    """The one line for a child that ended without a result: out of memory when it was killed
    after growing near its limit (native code aborts rather than raise), else how it ended."""
    if os.WIFSIGNALED(status) and _grew_to_limit(rusage, start):
        return memory_reason()
    return _describe_status(status)


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
    except MemoryError:
        pass  # answered below: the error holds the frames of `fn`, and their memory, until then
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        try:
            data = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(data)  # an exception that cannot be rebuilt is sent as ChildError
            return data
        except Exception:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            err = ChildError(f"{type(exc).__name__}: {message}", type(exc).__name__)
            return pickle.dumps((False, err), protocol=pickle.HIGHEST_PROTOCOL)
    return pickle.dumps((False, OutOfMemory()), protocol=pickle.HIGHEST_PROTOCOL)


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

    start = child_start()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, send, and leave without running the parent's cleanup
        status = 0
        try:
            os.close(read_fd)
            faulthandler.disable()  # a crash is reported by the parent, in one line, not dumped here
            limit_memory()
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
    rusage = None
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
        _, status, rusage = os.wait4(pid, 0)
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
        if os.WIFSIGNALED(status) and _grew_to_limit(rusage, start):
            raise OutOfMemory()
        raise ChildCrashed(exit_reason(status, rusage, start))
    try:
        ok, value = pickle.loads(b"".join(chunks))
    except Exception as exc:
        raise ChildCrashed(f"crashed (sent an unreadable result: {type(exc).__name__})") from None
    if ok:
        return value
    raise value
