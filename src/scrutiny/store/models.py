"""The store's tables as typed SQLAlchemy 2 models; the migrations in `migrations/` build the same.

Every row read from a document keeps the passage it came from (`evidence_text`, and
`evidence_page` where the format has pages) and the document it came from. Dates are DATE
columns; an action's `due` stays at the precision written ("2024-03") beside `due_date`, the
last day of that period, for sorting and for overdue.

Hooks for the register (`scrutiny.register`): `action_updates.action_id` is left empty by the
ingest, with `match_confidence`, for the matcher to fill; `action_events` is the status history
(source `extracted` at the meeting that gave the action out, `update` from a later paper,
`person` when someone recorded a change, with `actor`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

EVENT_SOURCES = ("extracted", "update", "person")
SEARCH_KINDS = ("meeting", "action", "decision", "passage")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:  # declarative types it as any FromClause; every model here is mapped to a table
        __table__: ClassVar[Table]


class Evidenced:
    """The passage a row was read from: verbatim text and 1-based page (None where no pages)."""

    evidence_text: Mapped[str | None] = mapped_column(Text)
    evidence_page: Mapped[int | None] = mapped_column(Integer)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(8))
    pages: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # the path or URL it was ingested from
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text, default="")  # the full text: evidence is shown from it
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    meetings: Mapped[list[Meeting]] = relationship(back_populates="document")


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class Body(Base):
    """A board, panel or committee, as named in the papers."""

    __tablename__ = "bodies"
    __table_args__ = (UniqueConstraint("name", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))

    organisation: Mapped[Organisation | None] = relationship()


class Meeting(Base, Evidenced):
    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("body_id", "date", "document_id"),
        Index(None, "date"),
        Index(None, "document_id"),
        Index(None, "body_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"))
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(Text)
    venue: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within the document

    body: Mapped[Body | None] = relationship()
    document: Mapped[Document] = relationship(back_populates="meetings")
    actions: Mapped[list[Action]] = relationship(back_populates="meeting", order_by="Action.position")


class Person(Base):
    """Someone named in attendance; `body_id` scopes initials, which mean different people elsewhere."""

    __tablename__ = "people"
    __table_args__ = (Index(None, "body_id", "initials"), Index(None, "name"))

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    initials: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("bodies.id"))


class Attendance(Base, Evidenced):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    initials: Mapped[str | None] = mapped_column(Text)
    attendance: Mapped[str] = mapped_column(String(16))


class Item(Base, Evidenced):
    """An agenda item; `restricted` for a Part II (exempt) item."""

    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Action(Base, Evidenced):
    __tablename__ = "actions"
    __table_args__ = (
        Index(None, "status", "due_date"),
        Index(None, "due_date"),
        Index(None, "meeting_id"),
        Index(None, "ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    ref: Mapped[str | None] = mapped_column(Text)
    item: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(Text)  # "2024", "2024-03" or "2024-03-22"
    due_date: Mapped[dt.date | None] = mapped_column(Date)  # the last day of `due`
    due_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")  # the current status
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    meeting: Mapped[Meeting] = relationship(back_populates="actions")
    owners: Mapped[list[ActionOwner]] = relationship(
        back_populates="action", order_by="ActionOwner.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[ActionEvent]] = relationship(
        back_populates="action", order_by="ActionEvent.id", cascade="all, delete-orphan"
    )


class ActionOwner(Base):
    __tablename__ = "action_owners"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    owner: Mapped[str] = mapped_column(Text)  # as written: "BJH", "ACC (Crime and Operations)"
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)

    action: Mapped[Action] = relationship(back_populates="owners")


Index("ix_action_owners_owner_lower", func.lower(ActionOwner.owner))  # the owner filter ignores case


class Decision(Base, Evidenced):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ActionUpdate(Base, Evidenced):
    """Progress reported at a meeting on an earlier action; `action_id` is the register's to fill."""

    __tablename__ = "action_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    ref: Mapped[str | None] = mapped_column(Text, index=True)
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="SET NULL"), index=True)
    match_confidence: Mapped[float | None] = mapped_column(Float)


class ActionEvent(Base, Evidenced):
    """One change of an action's status, with its evidence and, when a person made it, who."""

    __tablename__ = "action_events"
    __table_args__ = (Index(None, "action_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.date | None] = mapped_column(Date)  # the day it took effect
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    update_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_updates.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str | None] = mapped_column(Text)  # a user name, when a person made it
    source: Mapped[str] = mapped_column(String(16))  # one of EVENT_SOURCES
    confidence: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    action: Mapped[Action] = relationship(back_populates="events")


class ForwardPlanEntry(Base, Evidenced):
    __tablename__ = "forward_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[dt.date | None] = mapped_column(Date)
    body: Mapped[str | None] = mapped_column(Text)  # as written
    title: Mapped[str] = mapped_column(Text)


class SearchEntry(Base):
    """One searchable text: a meeting, action or decision (`ref_id` is its id) or a passage of a
    document. SQLite indexes it in the FTS5 table `search_fts`; PostgreSQL in the generated
    column `tsv` (both made by the migration, not declared here)."""

    __tablename__ = "search_entries"
    __table_args__ = (Index(None, "kind", "ref_id"), Index(None, "restricted"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # one of SEARCH_KINDS
    ref_id: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    page: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


USER_ROLES = ("viewer", "editor", "admin")  # each may do what the ones before it may


class User(Base):
    """Someone who signs in to the web dashboard: `role` is one of USER_ROLES; the password is
    kept only as an argon2 hash (`scrutiny.store.users`)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    sessions: Mapped[list[UserSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class UserSession(Base):
    """A signed-in session (`scrutiny.store.users`): the cookie carries a random token, the store its
    sha256, so that signing out, a new password or the user's removal ends the session at once."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)

    user: Mapped[User] = relationship(back_populates="sessions")


class SignInThrottle(Base):
    """Recent sign-in attempts of one account or one client address (`scrutiny.web.throttle`);
    `key` is a sha256, so the table never holds what was typed in the name field."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


# The register's totals (all actions, or the overdue, for the public too) are counted from this
# index alone, without reading the table: 200,000 actions counted in tens of milliseconds.
Index("ix_actions_due_date_status_restricted", Action.due_date, Action.status, Action.restricted)
