"""The `scrutiny` command: a thin Typer layer over the Python API (readers and extract, the store,
outputs/, the web app), one module per command group, the Rich renderings beside them.

`app` is the command (pyproject's console script); `app.py` registers every command group.
"""

from scrutiny.cli.app import app

__all__ = ["app"]
