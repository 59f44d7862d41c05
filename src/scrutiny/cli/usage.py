"""Help and usage errors in scrutiny's words: plain metavars (FILE..., BODY, N, json|table, none on a
flag), a default said once, and a command used wrongly said in one line, exit status 2."""

from __future__ import annotations

import re
import sys
from typing import Any

import typer
from typer._click import exceptions as errors
from typer._param_types import choice_as_str


def _plain_metavar(param: Any) -> str | None:
    """What `--help` shows after an option, or as an argument's name: its metavar if it has one,
    nothing for a flag, the choices `a|b|c`, else a word in capitals (N, FILE, DIR, BODY)."""
    if param.metavar is not None:
        return param.metavar
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    desc = param.type_descriptor
    if desc.is_choice and desc.choices:
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


def usage_error_line(exc: errors.ClickException) -> str:
    """A command used wrongly (an unknown option, a missing one, a value not allowed), in one line:
    `scrutiny: --format: 'pdf' is not one of docx, html, md (see scrutiny report actions --help)`."""
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
    if isinstance(exc, errors.MissingParameter) and param is not None:
        shown = _plain_metavar(param) if param.param_type_name == "option" else None
        what = f"{name} {shown}" if shown else name
        reason = f"{path.removeprefix('scrutiny ')} needs {what}"
        name = None
    elif isinstance(exc, errors.BadParameter):
        reason = re.sub(r"^Value error, ", "", exc.message or "").strip()
        reason = (
            re.sub(r"'([^']*)'(?=(?:, '[^']*')*\.?$)", r"\1", reason) if "is not one of" in reason else reason
        )
    else:
        reason = re.sub(r"\(Possible options?: ([^)]*)\)", r"(did you mean \1?)", exc.format_message())
    reason = " ".join(str(reason).split()).rstrip(".")
    reason = reason[:1].lower() + reason[1:] if reason[:2] != reason[:2].upper() else reason
    head = f"scrutiny: {name}: " if name else "scrutiny: "
    return f"{head}{reason} (see {path} --help)"


class Group(_PlainGroup):
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

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        if (
            exc is None
            or not isinstance(exc, errors.ClickException)
            or isinstance(exc, errors.NoArgsIsHelpError)
        ):
            return
        print(usage_error_line(exc), file=sys.stderr, flush=True)
        raise typer.Exit(exc.exit_code) from None
