"""Reminders to action owners: one e-mail digest per person with an address, of their public
actions due within a week, due that day, and overdue, sent over SMTP.

Owners are people (`people.email`) that `action_owners.person_id` resolves them to; Part II
(restricted) actions are never sent (`store.queries.people.addressed_owners`). Addresses come
from `scrutiny people-import FILE.csv` or `scrutiny people-set NAME --email ADDRESS`
(`store.edits.import_people`, `set_email`).
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage

from sqlalchemy.orm import Session

from scrutiny.store import models as m
from scrutiny.store.queries.people import addressed_owners
from scrutiny.words import DONE, is_overdue

WEEK = 7
SECTIONS = ("Overdue", "Due today", "Due in the next 7 days")


@dataclass
class Digest:
    name: str
    email: str
    overdue: list[m.Action] = field(default_factory=list)
    today: list[m.Action] = field(default_factory=list)
    week: list[m.Action] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.overdue or self.today or self.week)


def digests(session: Session, as_of: dt.date) -> list[Digest]:
    """A digest per person with an e-mail address and at least one public action to remind of."""
    out: dict[str, Digest] = {}
    seen: set[tuple[str, int]] = set()
    for person, action in addressed_owners(session):
        assert person.email is not None  # addressed_owners: only people with an address
        email = person.email.strip()
        if (email.lower(), action.id) in seen or action.status in DONE:
            continue
        seen.add((email.lower(), action.id))
        d = out.setdefault(email.lower(), Digest(person.name or person.initials or email, email))
        due = action.due_date
        if is_overdue(due, action.status, as_of):
            d.overdue.append(action)
        elif due == as_of:
            d.today.append(action)
        elif due is not None and as_of < due <= as_of + dt.timedelta(days=WEEK):
            d.week.append(action)
    return [d for d in out.values() if not d.empty()]


def _line(a: m.Action) -> str:
    ref = f"[{a.ref}] " if a.ref else ""
    due = a.due_date.isoformat() if a.due_date else (a.due_text or "no date")
    return f"- {ref}{' '.join(a.text.split())} (due {due}; {a.status.replace('_', ' ')})"


def message(d: Digest, as_of: dt.date, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = d.email
    counts = f"{len(d.overdue)} overdue, {len(d.today)} due today, {len(d.week)} due this week"
    msg["Subject"] = f"Your actions as of {as_of.isoformat()}: {counts}"
    parts = [f"Dear {d.name},", "", f"Your actions as of {as_of.isoformat()}:"]
    for title, actions in zip(SECTIONS, (d.overdue, d.today, d.week)):
        parts += ["", f"{title} ({len(actions)})"]
        parts += [_line(a) for a in actions] or ["- none"]
    parts += ["", "-- ", "scrutiny"]
    msg.set_content("\n".join(parts) + "\n")
    return msg


def readable(msg: EmailMessage) -> str:
    """A message as a person reads it (for `--dry-run`): its headers decoded, its text unwrapped,
    not the MIME that goes over the wire (quoted-printable, folded headers)."""
    head = [f"{name}: {msg[name]}" for name in ("From", "To", "Subject") if msg[name]]
    return "\n".join(head) + "\n\n" + msg.get_content().rstrip("\n") + "\n"


@dataclass
class SmtpSettings:
    host: str = "localhost"
    port: int | None = None
    tls: str = "none"  # starttls | ssl | none
    user: str | None = None
    password: str | None = None
    sender: str = "scrutiny@localhost"

    @property
    def effective_port(self) -> int:
        """The port connected to: the one set, else 465 for ssl, 587 for starttls, 25 for none."""
        return self.port or {"ssl": 465, "starttls": 587}.get(self.tls, 25)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.effective_port}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SmtpSettings:
        env = os.environ if env is None else env
        tls = (env.get("SCRUTINY_SMTP_TLS") or "none").strip().lower()
        if tls not in ("starttls", "ssl", "none"):
            raise ValueError(f"SCRUTINY_SMTP_TLS: {tls!r} is not starttls, ssl or none")
        port = env.get("SCRUTINY_SMTP_PORT")
        try:
            port_n = int(port) if port else None
        except ValueError:
            raise ValueError(f"SCRUTINY_SMTP_PORT: not a port number: {port!r}") from None
        return cls(
            host=env.get("SCRUTINY_SMTP_HOST") or "localhost",
            port=port_n,
            tls=tls,
            user=env.get("SCRUTINY_SMTP_USER") or None,
            password=env.get("SCRUTINY_SMTP_PASSWORD") or None,
            sender=env.get("SCRUTINY_MAIL_FROM") or "scrutiny@localhost",
        )


def send(messages: list[EmailMessage], s: SmtpSettings) -> None:
    """Send every message over one SMTP connection."""
    conn: smtplib.SMTP
    if s.tls == "ssl":
        conn = smtplib.SMTP_SSL(s.host, s.effective_port, context=ssl.create_default_context(), timeout=30)
    else:
        conn = smtplib.SMTP(s.host, s.effective_port, timeout=30)
    with conn:
        if s.tls == "starttls":
            conn.starttls(context=ssl.create_default_context())
        if s.user:
            conn.login(s.user, s.password or "")
        for msg in messages:
            conn.send_message(msg)


def send_failure(exc: BaseException) -> str:
    """Why sending failed, in a few words for one line."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "the server refused the user name or password (SCRUTINY_SMTP_USER, SCRUTINY_SMTP_PASSWORD)"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"the server does not offer that ({' '.join(str(exc).split())}); see SCRUTINY_SMTP_TLS"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused: no mail server is listening there"
    if isinstance(exc, TimeoutError):
        return "no answer within 30 s"
    if isinstance(exc, OSError) and exc.strerror and not isinstance(exc, smtplib.SMTPException):
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return " ".join(str(exc).split()) or type(exc).__name__
