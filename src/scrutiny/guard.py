"""The one child-process runner: a piece of work (reading one document) in a child, under a time
and a memory limit, killed at either.

A malformed file can make a reader loop, crash deep in native code or swell past any memory
(a zip bomb); none may take the whole command down. Every runner here shares one code path for
what is the same: the child caps its memory (`limit_memory`) and answers with `child_result`, the
pickled (ok, value or exception); the parent reads that with `read_result`, or, when the child
died without answering, `no_result` says how (out of memory when a crash came near the limit);
`TimedOut` when it passed `seconds`; and `reason_of` turns any failure into one line for a person.
They raise, or report:

- `TimedOut` when the child has not answered after `seconds` (the child is killed);
- `OutOfMemory` when `fn` ran out of the memory it may use (a `MemoryError`, or a crash of
  native code that had grown to the limit);
- `ChildCrashed` when the child died without answering (a signal, `os._exit`);
- whatever `fn` raised, when that exception survives pickling; otherwise `ChildError`
  carrying its type name and message.

How the child is started differs, for reasons of the caller, not of the work:

- `run_limited(fn, *args, seconds=60)` and `run_limited_each(fn, items, seconds, workers)` fork
  (cheap: no new interpreter, the modules already imported are shared). For many items, known
  up front (`scrutiny extract` of a folder), a forked worker does one item after another, up to
  `workers` of them at once, and the outcomes come in the order of the items.
- `ForkPool` forks one child per document submitted, and gives results as they finish: the
  batch ingest decides what to submit while it runs (a second copy of a file waits for the
  first; one already stored is never read), so its items are not known when a worker is forked.
- `run_forkserver` is for a multi-threaded caller (the web server): fork copies only the calling
  thread, and a lock held by another thread would stay held in the child, so the child comes from
  a `forkserver`, a small single-threaded process started once with the given modules imported.

With `seconds` of None or 0, or where `os.fork` does not exist, `fn` simply runs in-process.
The forking runners' caller must not be running other threads when it calls them.
"""

from __future__ import annotations

import contextlib
import faulthandler
import math
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

try:
    import resource
except ImportError:  # pragma: no cover - not Unix: no memory limit
    resource = None  # type: ignore[assignment]

T = TypeVar("T")
K = TypeVar("K")

__all__ = [
    "ChildCrashed",
    "ChildError",
    "Done",
    "ForkPool",
    "LimitError",
    "OutOfMemory",
    "Outcome",
    "TimedOut",
    "child_result",
    "child_start",
    "cores",
    "exit_reason",
    "limit_memory",
    "max_memory_mb",
    "memory_reason",
    "no_result",
    "read_result",
    "reason_of",
    "run_forkserver",
    "run_limited",
    "run_limited_each",
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

    def __reduce__(self) -> tuple[type[LimitError], tuple[object, ...]]:
        return (type(self), (self.reason,))


class TimedOut(LimitError):
    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"timed out after {_fmt_seconds(seconds)} s")

    def __reduce__(self) -> tuple[type[LimitError], tuple[object, ...]]:
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

    def __reduce__(self) -> tuple[type[LimitError], tuple[object, ...]]:
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
    with contextlib.suppress(ValueError, OSError):  # a platform that refuses: the time limit still holds
        resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))


def _grown(rusage: Any, start: int) -> float:
    """The share of its memory limit that a child forked at `start` bytes resident (its floor) grew by."""
    limit = max_memory_mb()
    if not limit or rusage is None:
        return 0.0
    return (rusage.ru_maxrss * 1024 - start) / (limit * 2**20)  # ru_maxrss is in KiB on Linux


def _grew_to_limit(rusage: Any, start: int) -> bool:
    """Whether a child forked at `start` bytes resident had grown near its limit."""
    return _grown(rusage, start) >= _NEAR_LIMIT


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


# --- the protocol every runner shares -------------------------------------------------------


def child_result(fn: Callable[..., Any], args: tuple, kwargs: dict | None = None) -> tuple[bool, bytes]:
    """In the child: (whether `fn` returned, the pickled (ok, value or exception)) for the parent."""
    try:
        return True, pickle.dumps((True, fn(*args, **(kwargs or {}))), protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        pass  # answered below: the error holds the frames of `fn`, and their memory, until then
    except BaseException as exc:  # everything goes back to the parent
        try:
            data = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(data)  # an exception that cannot be rebuilt is sent as ChildError
            return False, data
        except Exception:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            err = ChildError(f"{type(exc).__name__}: {message}", type(exc).__name__)
            return False, pickle.dumps((False, err), protocol=pickle.HIGHEST_PROTOCOL)
    return False, pickle.dumps((False, OutOfMemory()), protocol=pickle.HIGHEST_PROTOCOL)


def read_result(data: bytes) -> Outcome[Any]:
    """In the parent: the `Outcome` a child sent with `child_result`."""
    try:
        ok, value = pickle.loads(data)
    except Exception as exc:
        return Outcome(error=ChildCrashed(f"crashed (sent an unreadable result: {type(exc).__name__})"))
    return Outcome(value) if ok else Outcome(error=value)


def no_result(status: int, rusage: Any, start: int) -> Outcome[Any]:
    """In the parent: the `Outcome` of a child that ended (wait `status`, `rusage`) without answering;
    `start` is its `child_start()`."""
    if os.WIFSIGNALED(status) and _grew_to_limit(rusage, start):
        return Outcome(error=OutOfMemory())
    return Outcome(error=ChildCrashed(exit_reason(status, rusage, start)))


def reason_of(exc: BaseException) -> str:
    """One line for a person for any failure of the work: its own `reason` (a `LimitError`, a
    reader's `UnreadableDocument`), an OS error's message, or "internal error: …"."""
    if isinstance(exc, ChildError):
        return f"internal error: {exc.reason}"
    if isinstance(getattr(exc, "reason", None), str):
        return exc.reason  # type: ignore[attr-defined]
    if isinstance(exc, MemoryError):
        return memory_reason()
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    message = " ".join(str(exc).split()) or type(exc).__name__
    return f"internal error: {type(exc).__name__}: {message}"


def _fork(body: Callable[[], None], close: Iterable[int]) -> int:
    """Fork a child that closes the parent's descriptors `close`, runs `body` and leaves without the
    parent's cleanup (status 70 if `body` raised); returns its pid, in the parent."""
    _flush()
    pid = os.fork()
    if pid == 0:
        status = 0
        try:
            for fd in close:
                os.close(fd)
            faulthandler.disable()  # a crash is reported by the parent, in one line, not dumped here
            body()
        except BaseException:
            status = 70
        finally:
            os._exit(status)
    return pid


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


_HEADER = 9  # a result's size (8 bytes) and whether the worker leaves after it (1 byte)
_RECYCLE = 0.5  # a worker that grew by this share of its memory limit leaves: see `_serve`


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()  # or the child would inherit and later write the parent's buffer


def _serve(fn: Callable[[Any], Any], items: Sequence[Any], jobs: int, results: int, start: int) -> None:
    """A worker's loop: for each index the parent sends, `fn` of that item under the memory limit,
    and its outcome sent back. It leaves after a failure (whatever state it left is not reused), or
    once grown by half its limit: so a crash after growing near the limit (`exit_reason`) is put
    down to the memory of the item being done, not to what an earlier one left."""
    while len(asked := os.read(jobs, 4)) == 4:
        limit_memory()
        ok, payload = child_result(fn, (items[int.from_bytes(asked, "little")],))
        usage = resource.getrusage(resource.RUSAGE_SELF) if resource is not None else None
        leaving = not ok or _grown(usage, start) >= _RECYCLE
        _write_all(results, len(payload).to_bytes(8, "little") + bytes([leaving]) + payload)
        if leaving:
            return


class _Worker:
    """A forked child that does items of `items` one after the other, as the parent gives them.

    `others` are the pipes of the workers already running: the new one closes its copies.
    """

    def __init__(self, fn: Callable[[Any], Any], items: Sequence[Any], others: list[int]):
        self.start = child_start()
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        pid = _fork(
            lambda: _serve(fn, items, jobs_read, results_write, self.start),
            close=(jobs_write, results_read, *others),
        )
        os.close(jobs_read)
        os.close(results_write)
        self.pid, self.jobs, self.fd = pid, jobs_write, results_read
        self.index: int | None = None  # the item being done
        self.seconds, self.deadline = 0.0, math.inf
        self.received = bytearray()
        self.leaving = self.reaped = False

    def give(self, index: int, seconds: float) -> None:
        os.write(self.jobs, index.to_bytes(4, "little"))
        self.index, self.seconds, self.deadline = index, seconds, time.monotonic() + seconds

    def read(self) -> Outcome | None:
        """Take what the worker has sent: the outcome of its item once all of it has come, or once
        the worker has died."""
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            _, status, rusage = os.wait4(self.pid, 0)
            self.reaped = True
            return no_result(status, rusage, self.start)
        self.received += chunk
        size = int.from_bytes(self.received[:8], "little")
        if len(self.received) < _HEADER or len(self.received) < _HEADER + size:
            return None
        self.leaving = bool(self.received[8])
        payload, self.received = bytes(self.received[_HEADER:]), bytearray()
        self.index, self.deadline = None, math.inf
        return read_result(payload)

    def stop(self) -> TimedOut:
        """Kill and reap the worker (unless it is reaped already); returns its item's time-out, to raise."""
        os.close(self.jobs)
        os.close(self.fd)
        if not self.reaped:
            _kill(self.pid)
            os.waitpid(self.pid, 0)
            self.reaped = True
        return TimedOut(self.seconds)


class Outcome(Generic[T]):
    """One result of `run_limited_each`: `get()` returns the value, or raises what `run_limited` would."""

    def __init__(self, value: T | None = None, error: BaseException | None = None):
        self.value, self.error = value, error

    def get(self) -> T:
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def run_limited(fn: Callable[..., T], *args: Any, seconds: float | None = 60, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` run in a forked child, killed after `seconds`; see the module doc."""
    if not seconds or seconds <= 0 or not hasattr(os, "fork"):
        return fn(*args, **kwargs)
    (outcome,) = run_limited_each(lambda _: fn(*args, **kwargs), [None], seconds)
    return outcome.get()


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_limited_each(
    fn: Callable[[Any], T], items: Sequence[Any], seconds: float | None = 60, workers: int = 1
) -> Iterator[Outcome[T]]:
    """`run_limited(fn, item, seconds=seconds)` for each item, by up to `workers` forked children.

    A child does one item after another (forking and warming up once, not once an item), each
    item under the time limit (a child past it is killed, and another takes the next item) and
    the memory limit. The outcomes come in the order of the items; children run at most
    `2 * workers` items ahead of the one awaited, so a slow item holds back only a few finished ones.
    """
    if not seconds or seconds <= 0 or not hasattr(os, "fork"):
        for item in items:
            try:
                yield Outcome(fn(item))
            except Exception as exc:
                yield Outcome(error=exc)
        return
    pool: list[_Worker] = []
    done: dict[int, Outcome[T]] = {}
    given = 0
    try:
        for index in range(len(items)):
            while index not in done:
                while given < len(items) and given < index + 2 * max(1, workers):
                    worker = next((w for w in pool if w.index is None), None)
                    if worker is None and len(pool) < max(1, workers):
                        try:
                            worker = _Worker(fn, items, [fd for w in pool for fd in (w.jobs, w.fd)])
                        except OSError as exc:  # no fork to be had: this item fails, the next may not
                            done[given] = Outcome(error=exc)
                            given += 1
                            continue
                        pool.append(worker)
                    if worker is None:
                        break
                    try:
                        worker.give(given, seconds)
                    except BrokenPipeError:  # it died waiting (killed from outside): another takes the item
                        worker.stop()
                        pool.remove(worker)
                        continue
                    given += 1
                now = time.monotonic()
                for worker in [w for w in pool if w.deadline <= now]:
                    done[worker.index] = Outcome(error=worker.stop())  # type: ignore[index]
                    pool.remove(worker)
                busy = {w.fd: w for w in pool if w.index is not None}
                if index in done or not busy:
                    continue
                wait = min(w.deadline for w in busy.values()) - now
                ready, _, _ = select.select(list(busy), [], [], max(0.0, wait))
                for fd in ready:
                    worker = busy[fd]
                    at = worker.index
                    outcome = worker.read()
                    if outcome is not None:
                        done[at] = outcome  # type: ignore[index]
                        if worker.leaving or worker.reaped:
                            worker.stop()
                            pool.remove(worker)
            yield done.pop(index)
    finally:  # done, interrupted, or the caller stopped early: no child is left behind
        for worker in pool:
            worker.stop()


# --- one child per document, results as they finish: the batch ingest ------------------------


@dataclass
class Done(Generic[K]):
    """A finished child of a `ForkPool`: `value` when `ok`, else `reason` (one line for a person)."""

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
    start: int  # `child_start()` at the fork, to tell a child killed for its memory
    chunks: list[bytes] = field(default_factory=list)


class ForkPool(Generic[K]):
    """Up to `size` forked children at once, one per `submit`; `seconds` (None or 0: no limit) for
    each. The parent, single-threaded (so forking stays safe), takes finished ones from `wait`; a
    child that failed, timed out or died is a `Done` with its reason, never an exception."""

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
        read_fd, write_fd = os.pipe()
        start = child_start()
        pid = _fork(lambda: _answer_once(fn, args, write_fd), close=(read_fd, *self._children))
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
                finished.append(Done(child.key, False, reason=TimedOut(self.seconds or 0).reason))
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
                if child.chunks:
                    outcome = read_result(b"".join(child.chunks))
                else:
                    outcome = no_result(status, rusage, child.start)
                if outcome.error is None:
                    finished.append(Done(child.key, True, outcome.value))
                else:
                    finished.append(Done(child.key, False, reason=reason_of(outcome.error)))
        return finished

    def _end(self, child: _Child[K], kill: bool) -> tuple[int, Any]:
        del self._children[child.fd]
        os.close(child.fd)
        if kill:
            _kill(child.pid)
        _, status, rusage = os.wait4(child.pid, 0)
        return status, rusage

    def close(self) -> None:
        """Kill and reap every child still running (after Ctrl-C, or an error in the parent)."""
        for child in list(self._children.values()):
            self._end(child, kill=True)


def _answer_once(fn: Callable[..., Any], args: tuple, write_fd: int) -> None:
    """A `ForkPool` child: `fn(*args)` under the memory limit, its `child_result` sent, the pipe closed."""
    limit_memory()
    _, payload = child_result(fn, args)
    _write_all(write_fd, payload)
    os.close(write_fd)


# --- a child for a multi-threaded caller: the web server -------------------------------------

_forkserver: Any = None


def _forkserver_context(preload: Sequence[str]) -> Any:
    """The forkserver context; there is one forkserver a process, started at its first use with the
    modules `preload` of that first caller imported."""
    global _forkserver
    if _forkserver is None:
        import multiprocessing

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(preload))
        _forkserver = context
    return _forkserver


def _forkserver_child(
    fn: Callable[..., Any], args: tuple, conn: Any
) -> None:  # pragma: no cover - in the child
    limit_memory()
    _, payload = child_result(fn, args)
    conn.send_bytes(payload)
    conn.close()


def run_forkserver(
    fn: Callable[..., T], *args: Any, seconds: float | None = 60, preload: Sequence[str] = ()
) -> T:
    """`fn(*args)` in a child started by a forkserver that has the modules `preload` imported, killed
    after `seconds`; raises as `run_limited` does. For a caller running threads, which may not fork
    (see the module doc); `fn` and `args` must pickle (a module's function, plain values)."""
    if not seconds or seconds <= 0:
        return fn(*args)
    context = _forkserver_context(preload)
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_forkserver_child, args=(fn, args, send), daemon=True)
    child.start()
    send.close()
    data: bytes | None = None
    try:
        if not receive.poll(seconds):
            child.kill()
            raise TimedOut(seconds)
        with contextlib.suppress(EOFError, OSError):
            data = receive.recv_bytes()
    finally:
        receive.close()
        child.join(5)
        if child.is_alive():  # pragma: no cover
            child.kill()
            child.join()
    if data is None:
        code = child.exitcode
        status = (-code if code < 0 else code << 8) if code is not None else 0
        raise ChildCrashed(_describe_status(status))  # no rusage from multiprocessing: no memory verdict
    return read_result(data).get()
