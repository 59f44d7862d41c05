"""Where the routers are gathered: each module adds its own router here."""
from __future__ import annotations

from fastapi import FastAPI


def include(app: FastAPI) -> None:
    """Add every router of the web package to `app`."""
    for module in _modules():
        app.include_router(module.router)


def _modules() -> list:
    import importlib

    names = ["scrutiny.web.api", "scrutiny.web.auth", "scrutiny.web.pages"]
    out = []
    for name in names:
        try:
            out.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return out
