"""The one child-process runner (`scrutiny.guard`): its three ways of starting a child (forked
workers, a fork per document, the forkserver for the threaded web server) share one protocol, so
a child that times out, raises or dies is said the same way by each. Running out of memory is
tested on each in tests/test_bad_input.py."""

from __future__ import annotations

import os
import time

import pytest

from scrutiny.document import UnreadableDocument
from scrutiny.guard import (
    ChildCrashed,
    ChildError,
    ForkPool,
    LimitError,
    OutOfMemory,
    TimedOut,
    child_result,
    read_result,
    reason_of,
    run_forkserver,
    run_limited,
)


def _children() -> set[str]:
    return set(open(f"/proc/self/task/{os.getpid()}/children").read().split())


def _one(pool_fn, *args, seconds: float = 30):
    with ForkPool[str](1, seconds) as pool:
        pool.submit("key", pool_fn, *args)
        (done,) = pool.wait()
    assert done.key == "key"
    return done


# --- the protocol -----------------------------------------------------------------------------


def test_a_result_goes_through_the_protocol_whole():
    ok, data = child_result(pow, (2, 10))
    assert ok and read_result(data).get() == 1024


def test_an_exception_goes_through_the_protocol_as_itself():
    ok, data = child_result(int, ("bad",))
    assert not ok
    with pytest.raises(ValueError, match="bad"):
        read_result(data).get()


def test_an_exception_that_does_not_pickle_comes_back_as_a_child_error():
    def refuse():
        raise UnreadableDocument("x.pdf", "no text found")  # its constructor takes two arguments

    ok, data = child_result(refuse, ())
    error = read_result(data).error
    assert not ok and isinstance(error, ChildError) and "UnreadableDocument" in error.reason


def test_a_memory_error_comes_back_as_out_of_memory(monkeypatch):
    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")

    def swell():
        raise MemoryError

    ok, data = child_result(swell, ())
    assert not ok and isinstance(read_result(data).error, OutOfMemory)


def test_unreadable_bytes_are_a_crash():
    assert isinstance(read_result(b"not a pickle").error, ChildCrashed)


def test_every_failure_is_one_line_for_a_person(monkeypatch):
    monkeypatch.setenv("SCRUTINY_MAX_MEMORY_MB", "100")
    assert reason_of(TimedOut(2)) == "timed out after 2 s"
    assert reason_of(UnreadableDocument("x.pdf", "no text found")) == "no text found"
    assert reason_of(ChildError("KeyError: 'x'", "KeyError")) == "internal error: KeyError: 'x'"
    assert reason_of(MemoryError()) == "needs more than 100 MB of memory to read (see SCRUTINY_MAX_MEMORY_MB)"
    assert reason_of(PermissionError(13, "Permission denied")) == "Permission denied"
    assert reason_of(ValueError("two\nlines")) == "internal error: ValueError: two lines"


# --- a fork per document (the batch ingest) -----------------------------------------------------


def test_fork_pool_gives_the_value():
    done = _one(pow, 2, 10)
    assert done.ok and done.value == 1024


def test_fork_pool_kills_a_child_at_the_time_limit():
    before, start = _children(), time.monotonic()
    done = _one(time.sleep, 30, seconds=0.3)
    assert not done.ok and done.reason == "timed out after 0.3 s"
    assert time.monotonic() - start < 10 and _children() == before


def test_fork_pool_says_what_a_child_raised():
    done = _one(int, "bad")
    assert (
        not done.ok
        and done.reason == "internal error: ValueError: invalid literal for int() with base 10: 'bad'"
    )


def test_fork_pool_gives_a_failures_own_reason():
    def refuse():
        raise LimitError("no text found")

    done = _one(refuse)
    assert not done.ok and done.reason == "no text found"


def test_fork_pool_says_how_a_child_died():
    done = _one(os._exit, 3)
    assert not done.ok and done.reason == "crashed (exited with status 3 without a result)"


def test_fork_pool_and_run_limited_say_a_time_out_alike():
    with pytest.raises(TimedOut) as caught:
        run_limited(time.sleep, 30, seconds=0.3)
    assert _one(time.sleep, 30, seconds=0.3).reason == caught.value.reason


# --- the forkserver (the threaded web server) ---------------------------------------------------


def test_forkserver_gives_the_value_from_another_process():
    assert run_forkserver(pow, 2, 10, seconds=30) == 1024
    assert run_forkserver(os.getpid, seconds=30) != os.getpid()


def test_forkserver_without_a_limit_runs_in_process():
    assert run_forkserver(os.getpid, seconds=0) == os.getpid()


def test_forkserver_kills_a_child_at_the_time_limit():
    start = time.monotonic()
    with pytest.raises(TimedOut) as caught:
        run_forkserver(time.sleep, 30, seconds=0.5)
    assert caught.value.reason == "timed out after 0.5 s" and time.monotonic() - start < 10


def test_forkserver_passes_exceptions_back():
    with pytest.raises(ValueError, match="bad"):
        run_forkserver(int, "bad", seconds=30)


def test_forkserver_says_how_a_child_died():
    with pytest.raises(ChildCrashed, match="status 3"):
        run_forkserver(os._exit, 3, seconds=30)
