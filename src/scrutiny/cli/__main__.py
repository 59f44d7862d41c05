"""`python -m scrutiny.cli`: the `scrutiny` command."""

from scrutiny.cli import app

app()
