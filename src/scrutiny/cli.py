"""The `scrutiny` command: a thin Typer layer over read → extract, and the edge where errors stop.

Every document is read and extracted in a forked child under a time limit (`guard.py`), so a
file that makes a reader loop or crash costs one line on stderr, never the whole run:

    scrutiny: FILE: reason

and exit status 2 (in a batch, at the end, after the other files were done).

Start-up is part of every command's cost, so the module imports only Typer and what every
command shares: the readers and extractors are imported by the command that reads documents
(in `preload`, or in the child), Rich when a table or progress bar is drawn, the store and the
web inside the commands that use them. `tests/test_cli.py` checks what `import scrutiny.cli` loads.
"""
from __future__ import annotations

import json
import os
import re
import sys
import traceback
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

import typer

from scrutiny import __version__
from scrutiny.document import Document, UnreadableDocument
from scrutiny.guard import LimitError, cores, run_limited, run_limited_each

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

KNOWN_EXTENSIONS = (".pdf", ".docx", ".html", ".htm", ".txt", ".md")
DEFAULT_TIMEOUT = 60.0
EXIT_FAILED = 2

class _App(typer.Typer):
    """The `scrutiny` command; run as a program, a plain `scrutiny extract` goes straight to its
    function (`_plain_extract`), every other command line through Typer."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        command = None if args or kwargs else _plain_extract(sys.argv[1:])
        if command is None:
            return super().__call__(*args, **kwargs)
        try:
            command()
        except typer.Exit as exc:
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            sys.exit(130)  # as Typer ends on Ctrl-C
        sys.exit(0)


# ---------------------------------------------------------------------------------------------
# Help and usage errors in scrutiny's words: plain metavars (FILE..., BODY, N, json|table, none on a
# flag), a default said once, and a command used wrongly said in one line, exit status 2.


def _plain_metavar(param: Any) -> str | None:
    """What `--help` shows after an option, or as an argument's name: its metavar if it has one,
    nothing for a flag, the choices `a|b|c`, else a word in capitals (N, FILE, DIR, BODY)."""
    if param.metavar is not None:
        return param.metavar
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    desc = param.type_descriptor
    if desc.is_choice and desc.choices:
        from typer._param_types import choice_as_str

        return "|".join(choice_as_str(c) for c in desc.choices)
    if desc.is_path:
        return {"dir": "DIR", "directory": "DIR", "file": "FILE"}.get(str(desc.path_type).lower(), "PATH")
    annotation = desc.annotation
    if annotation is int or desc.is_ranged:
        return "N"
    if annotation is float:
        return "NUMBER"
    longest = max(getattr(param, "opts", None) or [param.name or "value"], key=len)
    return longest.lstrip("-").replace("-", "_").upper()


def _default_said(param: Any) -> bool:
    """Whether the option's help says its default itself ("(default 20)"): then Typer's is not added."""
    return "(default" in (param.help or "")


class _PlainOption(typer.core.TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        shown = _plain_metavar(self)
        if shown is not None and self.nargs != 1 and not shown.endswith("..."):
            shown += "..."
        return shown

    def _extract_default_help_str(self, *, ctx: Any) -> Any:
        return None if _default_said(self) else super()._extract_default_help_str(ctx=ctx)


class _PlainArgument(typer.core.TyperArgument):
    @property
    def display_name_raw(self) -> str:  # the argument's name: `KIND`, `FILE...`
        return self.metavar if self.metavar is not None else (self.name or "ARG").upper()

    def display_type_rich(self, ctx: Any) -> str | None:  # only choices say more than the name
        desc = self.type_descriptor
        return _plain_metavar(self) if self.metavar is None and desc.is_choice else None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        if self.nargs != 1 and not name.endswith("..."):
            name += "..."
        return name if self.required else f"[{name}]"

    def _extract_default_help_str(self, *, ctx: Any) -> Any:
        return None if _default_said(self) else super()._extract_default_help_str(ctx=ctx)


def _plain(param: Any) -> Any:
    if type(param) is typer.core.TyperOption:
        param.__class__ = _PlainOption
    elif type(param) is typer.core.TyperArgument:
        param.__class__ = _PlainArgument
    return param


# `--help` itself, made when help is first asked for, is a plain flag too.


class _PlainCommand(typer.core.TyperCommand):
    def get_help_option(self, ctx: Any) -> Any:
        return _plain(super().get_help_option(ctx))


class _PlainGroup(typer.core.TyperGroup):
    def get_help_option(self, ctx: Any) -> Any:
        return _plain(super().get_help_option(ctx))


def _plain_params(command: Any) -> None:
    """Gives every parameter of `command` and of its sub-commands the plain help above."""
    for param in getattr(command, "params", ()):
        _plain(param)
    for sub in getattr(command, "commands", {}).values():
        if type(sub) is typer.core.TyperCommand:
            sub.__class__ = _PlainCommand
        elif type(sub) is typer.core.TyperGroup:
            sub.__class__ = _PlainGroup
        _plain_params(sub)


def usage_error_line(exc: Exception) -> str:
    """A command used wrongly (an unknown option, a missing one, a value not allowed), in one line:
    `scrutiny: --format: 'pdf' is not one of docx, html, md (see scrutiny report actions --help)`."""
    from typer._click import exceptions as errors

    ctx = getattr(exc, "ctx", None)
    sub = ctx.command_path.split(" ", 1)[1:] if ctx is not None else []  # the program may be run as `-c`
    path = " ".join(["scrutiny", *sub])
    param = getattr(exc, "param", None)
    name = None
    if param is not None:
        if param.param_type_name == "option":
            opts = [o for o in param.opts if o.startswith("--")] or list(param.opts)
            name = opts[0] if opts else (param.name or "").upper()
        else:
            name = getattr(param, "display_name_raw", None) or (param.name or "").upper()
    if isinstance(exc, errors.MissingParameter) and name is not None:
        shown = _plain_metavar(param) if param.param_type_name == "option" else None
        what = f"{name} {shown}" if shown else name
        reason = f"{path.removeprefix('scrutiny ')} needs {what}"
        name = None
    elif isinstance(exc, errors.BadParameter):
        reason = re.sub(r"^Value error, ", "", exc.message or "").strip()
        reason = re.sub(r"'([^']*)'(?=(?:, '[^']*')*\.?$)", r"\1", reason) if "is not one of" in reason else reason
    else:
        reason = re.sub(r"\(Possible options?: ([^)]*)\)", r"(did you mean \1?)", exc.format_message())
    reason = " ".join(str(reason).split()).rstrip(".")
    reason = reason[:1].lower() + reason[1:] if reason[:2] != reason[:2].upper() else reason
    head = f"scrutiny: {name}: " if name else "scrutiny: "
    return f"{head}{reason} (see {path} --help)"


class _Group(_PlainGroup):
    """The root command: plain help for every command under it, and usage errors in one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _plain_params(self)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        with _one_line_usage_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with _one_line_usage_errors():
            return super().invoke(ctx)


class _one_line_usage_errors:
    """Turns a Click usage error (not the help shown for no arguments) into `usage_error_line` on
    stderr and `typer.Exit` with its status (2)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        from typer._click import exceptions as errors

        if exc is None or not isinstance(exc, errors.ClickException) or isinstance(exc, errors.NoArgsIsHelpError):
            return False
        print(usage_error_line(exc), file=sys.stderr, flush=True)
        raise typer.Exit(exc.exit_code) from None


app = _App(
    name="scrutiny",
    help="Read police-governance papers and extract meetings, actions and decisions with their evidence.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=_Group,
)


class OutputFormat(str, Enum):
    json = "json"
    table = "table"


# ---------------------------------------------------------------------------------------------
# The edge: one document, in a child, under a limit; every failure becomes one line of reason.


class Failed(Exception):
    """A document that could not be done; `reason` is one line for a person."""

    def __init__(self, reason: str):
        self.reason = " ".join(str(reason).split()) or "failed"
        super().__init__(self.reason)


def _debug() -> bool:
    return os.environ.get("SCRUTINY_DEBUG", "") not in ("", "0")


def _in_child(fn: Callable[[str], Any], path: str) -> Any:
    """Runs in the forked child: check the file, run `fn`, turn every exception into a picklable `Failed`."""
    try:
        _check(Path(path))
        return fn(path)
    except Failed:
        raise
    except UnreadableDocument as exc:
        raise Failed(exc.reason) from None
    except OSError as exc:
        raise Failed(exc.strerror or str(exc)) from None
    except MemoryError:  # the guard says it in one line, with the limit
        raise
    except Exception as exc:
        if _debug():
            traceback.print_exc()
        raise Failed(f"internal error: {type(exc).__name__}: {exc}") from None


def read(path: str) -> Document:
    """`scrutiny.readers.read`, imported when a document is first read, not when the CLI starts."""
    from scrutiny.readers import read as read_document

    return read_document(path)


def _extract_path(path: str) -> dict:
    from scrutiny.extract import extract

    return extract(read(path)).to_dict()


def _extract_json(path: str) -> str:
    """The record as the JSON written out: encoded in the child, where a batch has cores to spare."""
    return to_json(_extract_path(path))


def _read_path(path: str) -> Document:
    return read(path)


# The reader module a file of each known extension needs (a .txt or .md may hold HTML); `preload`
# imports only these for a batch. A misnamed file still reads: its child imports its reader itself.
_READER_BY_SUFFIX = {
    ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".txt": "html", ".md": "html",
}


def preload(paths: Iterable[Path] | None = None) -> None:
    """Import the reader and extractor modules once, in the parent, before a batch.

    Readers may import their libraries lazily; in a forked child that import would be paid
    again by every child (ingest forks one per document). Done here, every child inherits the
    loaded modules. Given the batch's `paths`, the readers of formats it has no file of are left
    out (python-docx alone costs about 60 ms of a batch of PDFs); a file of an unknown extension
    loads them all.
    The modules are then frozen out of the garbage collector: else the first full collection in
    each child walks every object inherited, and copies each page it touches (about 10% of a
    batch's time). Garbage is collected first, so that nothing already unreachable is kept for good.
    """
    import gc
    import importlib
    import pkgutil

    import scrutiny.extract
    import scrutiny.readers

    skipped: set[str] = set()
    if paths is not None:
        wanted = {_READER_BY_SUFFIX.get(path.suffix.lower(), "") for path in paths}
        if "" not in wanted:
            skipped = set(_READER_BY_SUFFIX.values()) - wanted
    for package in (scrutiny.readers, scrutiny.extract):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if package is scrutiny.readers and info.name.rsplit(".", 1)[1].split("_")[0] in skipped:
                continue  # scrutiny.readers.docx and docx_numbering for a batch without a DOCX
            try:
                importlib.import_module(info.name)
            except Exception:  # a broken module fails its documents, in the child, one line each
                pass
    gc.collect()
    gc.freeze()


def max_bytes() -> float:
    """The largest file opened: $SCRUTINY_MAX_MB megabytes (2**20 bytes), else the readers' own limit."""
    from scrutiny.readers import sniff

    return sniff.max_bytes()


def _check(path: Path) -> None:
    """`Failed` for a file not worth reading (`sniff.check_file`): missing, a folder, empty, too large
    or of a format no reader takes."""
    from scrutiny.readers import sniff

    try:
        sniff.check_file(path, max_bytes())
    except UnreadableDocument as exc:
        raise Failed(exc.reason) from None


def _failure(exc: Exception) -> Failed:
    """What went wrong with a document, as the `Failed` to report."""
    if isinstance(exc, Failed):
        return exc
    if isinstance(exc, (LimitError, UnreadableDocument)):
        return Failed(exc.reason)
    if isinstance(exc, OSError):
        return Failed(exc.strerror or str(exc))
    return Failed(f"internal error: {type(exc).__name__}: {exc}")  # the edge: never a traceback


def run_one(fn: Callable[[str], Any], path: Path, timeout: float | None) -> Any:
    """`fn(path)` in a child under `timeout` seconds, or `Failed` with the reason."""
    try:
        return run_limited(_in_child, fn, str(path), seconds=timeout)
    except Exception as exc:
        raise _failure(exc) from None


def run_each(fn: Callable[[str], Any], paths: list[Path], timeout: float | None) -> Iterator[Any]:
    """`run_one(fn, path, timeout)` for each path, as many at once as there are cores, in order:
    each its value, or its `Failed`."""
    items = [str(path) for path in paths]
    for outcome in run_limited_each(partial(_in_child, fn), items, timeout, min(cores(), len(items))):
        try:
            yield outcome.get()
        except Exception as exc:
            yield _failure(exc)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str | Path) -> str:
    """`text` (a file name) safe for one line of a terminal: control characters escaped as Python
    writes them (a newline as \\n), bytes that were not UTF-8 as \\xNN."""
    return _UNPRINTABLE.sub(_escape, str(text))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(char) - 0xDC00:02x}"
    return repr(char)[1:-1]


def say_failed(name: str | Path, reason: str, bar: Progress | None = None) -> None:
    """One line on stderr; above the progress bar, unwrapped, while one is shown."""
    line = f"scrutiny: {printable(name)}: {printable(reason)}"
    if bar is not None and getattr(bar, "live", None) is not None and bar.live.is_started:
        bar.console.print(line, soft_wrap=True, markup=False, highlight=False, emoji=False)
    else:
        print(line, file=sys.stderr, flush=True)


def _write_stdout(text: str) -> None:
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:  # `scrutiny extract … | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(1)


def to_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _may_draw() -> bool:
    """Whether Rich might draw a progress bar on stderr: a terminal, or an environment that says to treat
    it as one (Rich's TTY_COMPATIBLE, FORCE_COLOR). Else the bar would be disabled: Rich (about 30 ms
    to import) is not loaded for it."""
    try:
        return sys.stderr.isatty() or "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ
    except (AttributeError, ValueError):  # no stderr, or a closed one
        return False


def _progress(console: Console) -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No refresh thread: documents are forked, and a fork must not copy a held lock.
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=console,
        auto_refresh=False,
        transient=True,
        disable=not console.is_terminal,
    )


# ---------------------------------------------------------------------------------------------
# Finding the documents of a batch.


@dataclass
class Job:
    path: Path
    base: Path | None = None  # the folder it was found in, when a folder was given

    @property
    def display(self) -> str:
        return str(self.path)


@dataclass
class Batch:
    jobs: list[Job] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    skipped: list[Path] = field(default_factory=list)  # found in a folder, not papers (README.md)


def _is_document(path: Path, base: Path) -> bool:
    rel = path.relative_to(base)
    if any(part.startswith(".") for part in rel.parts) or path.name.startswith("~$"):
        return False
    return path.suffix.lower() in KNOWN_EXTENSIONS and path.is_file()


def find_documents(folder: Path) -> list[Path]:
    """The documents under `folder`, recursively, with a known extension, in a stable order."""
    return sorted((p for p in folder.rglob("*") if _is_document(p, folder)), key=lambda p: str(p.relative_to(folder)))


# What a folder of papers holds beside them: read me, licence, change log… (any case, any of the
# extensions above). A folder ingest leaves them out and says so; named one by one, they are read.
# Only a name that is the word alone (README, Changes) or README / LICENSE with more after it
# (README.en, LICENSE-MIT): "changes-to-the-precept-2024.pdf" is a paper.
_NOT_PAPERS = re.compile(
    r"(?:readme|licen[cs]e)(?:[._ -].*)?"
    r"|copying|notice|changelog|changes|history|contributing|authors|code[_-]of[_-]conduct|security|todo",
    re.IGNORECASE,
)


def is_not_a_paper(path: Path) -> bool:
    """Whether a file found in a folder is the folder's own paperwork (README.md, LICENSE.txt), not a paper."""
    return _NOT_PAPERS.fullmatch(path.stem) is not None


def collect(paths: list[Path], skip_non_papers: bool = False) -> Batch:
    """The documents `paths` name: files as given, folders searched (with `skip_non_papers`, their
    README, LICENSE and the like are left out, into `batch.skipped`)."""
    batch = Batch()
    for path in paths:
        if path.is_dir():
            found = find_documents(path)
            if skip_non_papers:
                batch.skipped += [p for p in found if is_not_a_paper(p)]
                found = [p for p in found if not is_not_a_paper(p)]
            if not found:
                batch.missing.append((str(path), f"no documents ({' '.join(KNOWN_EXTENSIONS)}) in this folder"))
            batch.jobs.extend(Job(p, path) for p in found)
        else:
            try:
                path.stat()
            except OSError as exc:
                from scrutiny.readers import os_reason

                batch.missing.append((str(path), os_reason(path, exc)))
                continue
            batch.jobs.append(Job(path))
    return batch


def output_names(jobs: list[Job]) -> list[Path]:
    """NAME.json for each job (relative to --out), mirroring sub-folders, unique."""
    used: set[Path] = set()
    names = []
    for job in jobs:
        sub = job.path.parent.relative_to(job.base) if job.base is not None else Path()
        candidates = [sub / f"{job.path.stem}.json", sub / f"{job.path.name}.json"]
        n = 2
        while all(c in used for c in candidates):
            candidates.append(sub / f"{job.path.name}.{n}.json")
            n += 1
        name = next(c for c in candidates if c not in used)
        used.add(name)
        names.append(name)
    return names


def _write_json(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------------
# Commands.


def _version(value: bool) -> None:
    if value:
        typer.echo(f"scrutiny {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Optional[bool] = typer.Option(
        None, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Read police-governance papers and extract meetings, actions and decisions with their evidence."""


TimeoutOption = typer.Option(
    DEFAULT_TIMEOUT,
    "--timeout",
    envvar="SCRUTINY_TIMEOUT",
    min=0,
    metavar="SECONDS",
    help="Time limit for reading and extracting one document; 0 for none.",
)


@app.command("extract")
def extract_command(
    files: list[Path] = typer.Argument(..., metavar="FILE...", help="Documents, or folders searched recursively."),
    fmt: OutputFormat = typer.Option(
        OutputFormat.json, "--format", "-f", case_sensitive=False, help="json: the extraction record; table: for a person."
    ),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", file_okay=False, help="Write one NAME.json per document into this folder."
    ),
    timeout: float = TimeoutOption,
) -> None:
    """Extract the record of each document: JSON on stdout, a table, or NAME.json files in --out."""
    batch = collect(files)
    several = len(files) > 1 or any(f.is_dir() for f in files)
    if out is None:
        if several:
            print("scrutiny: several documents: use --out DIR to write one NAME.json each", file=sys.stderr)
            raise typer.Exit(EXIT_FAILED)
        _extract_single(files[0], fmt, timeout)
        return
    _extract_batch(batch, out, fmt, timeout, progress=several)


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_EXTRACT_OPTIONS = {"--out": "out", "-o": "out", "--format": "fmt", "-f": "fmt", "--timeout": "timeout"}


def _plain_extract(argv: list[str]) -> Callable[[], None] | None:
    """`extract_command` with its arguments, for an `extract` command line of files and options spelt
    plainly (`--out DIR` or `-o DIR`, `--format json|table` or `-f …`, `--timeout 30`, each once),
    read here because Typer would import pydantic and build a validator per parameter: 80 ms of
    every run, more than pdfium takes over thirty pages. None for anything else (help, `--out=DIR`,
    a value to check or refuse), which Typer reads and answers as ever."""
    if not argv or argv[0] != "extract":
        return None
    files: list[Path] = []
    options: dict[str, str] = {}
    args = iter(argv[1:])
    for arg in args:
        if arg and not arg.startswith("-"):
            files.append(Path(arg))
            continue
        name, value = _EXTRACT_OPTIONS.get(arg), next(args, "")
        if name is None or name in options or not value or value.startswith("-"):
            return None
        options[name] = value
    fmt = options.get("fmt", "json").lower()
    timeout = options.get("timeout", os.environ.get("SCRUTINY_TIMEOUT", str(DEFAULT_TIMEOUT)))
    out = Path(options["out"]) if "out" in options else None
    if not files or fmt not in ("json", "table") or not _PLAIN_NUMBER.fullmatch(timeout):
        return None
    if out is not None and out.exists() and not out.is_dir():
        return None  # Typer says why
    return partial(extract_command, files, OutputFormat(fmt), out, float(timeout))


def _extract_single(path: Path, fmt: OutputFormat, timeout: float) -> None:
    try:
        record = run_one(_extract_path, path, timeout)
        if fmt is OutputFormat.json:
            text = to_json(record)
        else:
            console = _stdout_console()
            from scrutiny.show import record_renderable

            with console.capture() as capture:
                console.print(record_renderable(record))
            text = capture.get()
    except Failed as exc:
        say_failed(path, exc.reason)
        raise typer.Exit(EXIT_FAILED)
    except Exception as exc:  # the edge: rendering went wrong
        say_failed(path, f"internal error: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_FAILED)
    _write_stdout(text)


def _extract_batch(batch: Batch, out: Path, fmt: OutputFormat, timeout: float, progress: bool) -> None:
    failed: list[tuple[str, str]] = list(batch.missing)
    for name, reason in batch.missing:
        say_failed(name, reason)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        say_failed(out, f"cannot create the output folder: {exc.strerror or exc}")
        raise typer.Exit(EXIT_FAILED)
    names = output_names(batch.jobs)
    if len(batch.jobs) > 1:
        preload(job.path for job in batch.jobs)
    written = 0
    show = None
    if fmt is OutputFormat.table:
        from scrutiny.show import record_renderable as show
    with _progress(_stderr_console()) if progress and _may_draw() else _NoProgress() as bar:
        task = bar.add_task("extracting", total=len(batch.jobs), name="")
        bar.update(task, name=batch.jobs[0].path.name if batch.jobs else "")
        bar.refresh()
        for k, result in enumerate(run_each(_extract_json, [job.path for job in batch.jobs], timeout)):
            job, name = batch.jobs[k], names[k]
            try:
                if isinstance(result, Failed):
                    raise result
                _write_json(out / name, result)
                if show is not None:
                    _stdout_console().print(show(json.loads(result)))
                written += 1
            except Failed as exc:
                failed.append((job.display, exc.reason))
                say_failed(job.display, exc.reason, bar)
            except Exception as exc:  # the edge: writing or rendering went wrong
                reason = f"{exc.strerror}" if isinstance(exc, OSError) and exc.strerror else f"internal error: {exc}"
                failed.append((job.display, reason))
                say_failed(job.display, reason, bar)
            bar.advance(task)
            if k + 1 < len(batch.jobs):
                bar.update(task, name=batch.jobs[k + 1].path.name)
            bar.refresh()
    total = len(batch.jobs) + len(batch.missing)
    if progress or failed:
        summary = f"scrutiny: {total} document{'s' if total != 1 else ''}: {written} written to {out}"
        print(summary + (f", {len(failed)} failed" if failed else ""), file=sys.stderr)
    if failed:
        raise typer.Exit(EXIT_FAILED)


class _NoProgress:
    """Stands in for a Progress when there is no batch."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def add_task(self, *args, **kwargs):
        return 0

    def update(self, *args, **kwargs):
        pass

    def advance(self, *args, **kwargs):
        pass

    def refresh(self):
        pass


@app.command("read")
def read_command(
    file: Path = typer.Argument(..., metavar="FILE", help="One document."),
    timeout: float = TimeoutOption,
) -> None:
    """Show a document as the reader sees it: every block with its kind and page, tables cell by cell."""
    try:
        doc = run_one(_read_path, file, timeout)
        from scrutiny.show import document_renderables

        console = _stdout_console()
        with console.capture() as capture:
            for renderable in document_renderables(doc):
                console.print(renderable)
        text = capture.get()
    except Failed as exc:
        say_failed(file, exc.reason)
        raise typer.Exit(EXIT_FAILED)
    except Exception as exc:  # the edge
        say_failed(file, f"internal error: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_FAILED)
    _write_stdout(text)


def _shown(path: Path) -> str:
    """`path` relative to the working folder when it is under it, for shorter messages."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def command_name() -> str:
    """How to run this command again from here, for a hint to copy: `scrutiny` when that is what the
    shell finds, else the program as it was run (`.venv/bin/scrutiny`, as `bin/demo` runs it)."""
    import shlex
    import shutil

    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if program is None or program.name != "scrutiny":  # python -m, or a test: the usual name
        return "scrutiny"
    found = shutil.which("scrutiny")
    if found is not None and Path(found).resolve() == program.resolve():
        return "scrutiny"
    return shlex.quote(_shown(program))


def samples_dir() -> Path:
    """The bundled sample corpus: $SCRUTINY_SAMPLES, or `samples/` at the root of the repository."""
    env = os.environ.get("SCRUTINY_SAMPLES")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "samples"


# ---------------------------------------------------------------------------------------------
# The store.

_GLOB = set("*?[")


def expand(args: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """PATH arguments as paths: a glob the shell left alone (`'papers/**/*.pdf'`) is expanded here."""
    import glob

    paths: list[Path] = []
    missing: list[tuple[str, str]] = []
    for arg in args:
        if Path(arg).exists() or not _GLOB & set(arg):
            paths.append(Path(arg))
            continue
        found = sorted(glob.glob(arg, recursive=True))
        if found:
            paths.extend(Path(f) for f in found)
        else:
            missing.append((arg, "no file matches this pattern"))
    return paths, missing


def _unique(jobs: list[Job]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for job in jobs:
        key = job.path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(job.path)
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="Files, folders (searched recursively) or globs."),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-w", min=1, help="Documents read at once; default the number of cores."
    ),
    database: Optional[str] = typer.Option(
        None, "--database", metavar="URL", help="Database URL (default $SCRUTINY_DATABASE_URL, else sqlite:///scrutiny.db)."
    ),
    timeout: float = TimeoutOption,
) -> None:
    """Read, extract and store documents: each once (by sha256), one transaction per document."""
    from sqlalchemy.engine import make_url

    from scrutiny.store.batch import Failure, default_workers, ingest_paths
    from scrutiny.store.db import connect, database_url

    expanded, missing = expand(paths)
    batch = collect(expanded, skip_non_papers=True)
    missing += batch.missing
    files = _unique(batch.jobs)
    url = database_url(database)
    try:
        engine = connect(url)
    except Exception as exc:  # the edge: a bad URL, a server that is down, a file we cannot write
        shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
        say_failed(shown, f"cannot open the database: {' '.join(str(exc).split())[:300]}")
        raise typer.Exit(EXIT_FAILED)
    for name, reason in missing:
        say_failed(name, reason)
    if len(files) > 1:
        preload()
    err = _stderr_console()
    with _progress(err) as bar:
        task = bar.add_task("ingesting", total=len(files), name="")

        def on_result(path: Path, result) -> None:
            if isinstance(result, Failure):
                say_failed(path, result.reason, bar)
            bar.update(task, advance=1, name=path.name)
            bar.refresh()

        summary = ingest_paths(
            engine,
            files,
            workers=workers or default_workers(),
            timeout=timeout,
            max_bytes=max_bytes(),
            on_result=on_result,
        )
    engine.dispose()
    failures = [(name, reason) for name, reason in missing] + [(f.path, f.reason) for f in summary.failures]
    done = summary.added + summary.unchanged
    line = (
        f"{_plural(done, 'document')} ({summary.added} added, {summary.unchanged} already stored): "
        f"{_plural(summary.meetings, 'meeting')}, {_plural(summary.actions, 'action')}, "
        f"{_plural(summary.decisions, 'decision')}"
    )
    if summary.replaced:
        line += f"; {_plural(summary.replaced, 'meeting')} replaced by a corrected version"
    if failures:
        line += f"; {len(failures)} failed"
    console = _stdout_console()
    console.print(line, markup=False, soft_wrap=True)
    if batch.skipped:
        shown = ", ".join(printable(path) for path in batch.skipped)
        console.print(f"  skipped, not papers: {shown}", markup=False, soft_wrap=True)
    for name, reason in failures:
        console.print(f"  failed: {printable(name)}: {printable(reason)}", markup=False, soft_wrap=True)
    if failures:
        raise typer.Exit(EXIT_FAILED)


# The register's read-side commands (actions, search, meetings, people) and the demo.
from scrutiny import register_cli  # noqa: E402

register_cli.register(app)

# One action with its history and sources, and a change a person records (`scrutiny action ID`).
from scrutiny import action_cli  # noqa: E402

action_cli.register(app)

# The web dashboard and API (`scrutiny serve`), and who may sign in (`scrutiny user ...`).
from scrutiny import web_cli  # noqa: E402

web_cli.register(app)

# Data others can reuse: actions, meetings and decisions as CSV, JSON or iCalendar (`scrutiny export`).
from scrutiny import export_cli  # noqa: E402

export_cli.register(app)

# Reports to send out (`scrutiny report actions`).
from scrutiny import report_cli  # noqa: E402

report_cli.register(app)

# Reminders to action owners by e-mail (`scrutiny remind`) and their addresses (`scrutiny people-import`, `people-set`).
from scrutiny import remind_cli  # noqa: E402

remind_cli.register(app)


if __name__ == "__main__":  # pragma: no cover
    app()
