"""Atom feeds, for people who follow a board: GET /bodies/{id}/feed.atom.

The feed itself is built by `outputs.feeds`. A feed reader signs in to nothing, so the route's
guard is `public` and restricted material is never included, whoever asks; a body known only
from restricted papers is not found.
"""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import Response
from sqlalchemy.orm import Session

from scrutiny.outputs.feeds import body_atom
from scrutiny.store.db import session_scope
from scrutiny.store.queries import bodies as body_q
from scrutiny.web.access import Viewer, public

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

MEDIA_TYPE = "application/atom+xml; charset=utf-8"


def db(request: Request) -> Iterator[Session]:
    with session_scope(request.app.state.engine) as session:
        yield session


@router.get("/bodies/{body_id}/feed.atom")
def body_feed(
    request: Request, body_id: int, viewer: Viewer = Depends(public), session: Session = Depends(db)
) -> Response:
    """The body's new actions and decisions; restricted material never, whoever asks."""
    found = body_q.body_of(session, body_id)
    if found is None or body_q.body(session, body_id, False) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such body")
    body, organisation = found
    name = body.name + (f" ({organisation})" if organisation else "")
    data = body_atom(session, body.id, name, str(request.base_url).rstrip("/"))
    return Response(data, media_type=MEDIA_TYPE)
