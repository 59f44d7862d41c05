"""The web dashboard and JSON API: server-rendered pages in the GOV.UK Design System's look,
and `/api/` documented by OpenAPI, over the same store and register as the CLI."""
