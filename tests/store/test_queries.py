"""The listings: actions by body, owner, status, overdue, due before and meeting dates; meetings; people."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from scrutiny.store import models as m
from scrutiny.store.db import session_scope
from scrutiny.store.detail import action_detail
from scrutiny.store.queries import ActionFilter, count_actions, list_actions, list_meetings, list_people
from scrutiny.words import DONE

from .helpers import store_all


def test_the_listing_and_the_action_page_agree_on_overdue(samples_engine):
    """One rule (`scrutiny.words.is_overdue`): the listing's flag, its SQL filter and the action's
    own page (the register's `state`) say the same of every action on every day tried. The
    listing once called its own copy with the arguments the other way round."""
    with session_scope(samples_engine) as s:
        for day in (dt.date(2023, 6, 1), dt.date(2024, 3, 31), dt.date(2024, 6, 1), dt.date(2030, 1, 1)):
            rows = list_actions(s, limit=None, as_of=day)
            flagged = {a.id for a in rows if a.overdue}
            assert {a.id for a in list_actions(s, ActionFilter(overdue_on=day), limit=None)} == flagged
            assert {a.id for a in rows if action_detail(s, a.id, day).overdue} == flagged
        assert flagged  # by 2030 something is late


def test_action_filters(samples_engine, prepared_samples):
    engine = samples_engine
    with session_scope(engine) as s:
        total = count_actions(s)
        assert total == sum(len(x.actions) for p in prepared_samples for x in p.record.meetings)
        assert len(list_actions(s, limit=None)) == total

        stourland = list_actions(s, ActionFilter(body="performance and resources"), limit=None)
        assert stourland and {a.body for a in stourland} == {"Performance and Resources Board"}

        im = list_actions(s, ActionFilter(owner="im"), limit=None)
        assert im and all("IM" in a.owners for a in im)
        both = list_actions(
            s, ActionFilter(body="Performance and Resources", owner="IM", status=["open"]), limit=None
        )
        assert both and all(a.status == "open" and "IM" in a.owners for a in both)

        as_of = dt.date(2024, 6, 1)
        overdue = list_actions(s, ActionFilter(overdue_on=as_of), limit=None)
        assert overdue and all(a.overdue and a.due_date < as_of and a.status not in DONE for a in overdue)
        assert [a.due_date for a in overdue] == sorted(a.due_date for a in overdue)
        assert list_actions(s, ActionFilter(overdue_on=as_of), limit=3) == overdue[:3]
        assert list_actions(s, ActionFilter(overdue_on=as_of), limit=3, offset=3) == overdue[3:6]

        before = list_actions(s, ActionFilter(due_before=dt.date(2024, 3, 31)), limit=None)
        assert before and all(a.due_date <= dt.date(2024, 3, 31) for a in before)

        window = ActionFilter(meeting_from=dt.date(2024, 3, 1), meeting_to=dt.date(2024, 3, 31))
        march = list_actions(s, window, limit=None)
        assert march and all(dt.date(2024, 3, 1) <= a.meeting_date <= dt.date(2024, 3, 31) for a in march)

        public = count_actions(s, ActionFilter(restricted=False))
        assert public == total - s.query(m.Action).filter(m.Action.restricted).count()

        everything = list_actions(s, limit=None)  # earliest due first, the undated last
        dated = [a.due_date for a in everything if a.due_date]
        assert dated == sorted(dated) and all(a.due_date is None for a in everything[len(dated) :])
        pages = [list_actions(s, limit=7, offset=k) for k in range(0, total + 7, 7)]
        assert [a.id for page in pages for a in page] == [a.id for a in everything]

        by_meeting = list_actions(s, order="meeting", limit=None)
        dates = [a.meeting_date for a in by_meeting if a.meeting_date]
        assert dates == sorted(dates, reverse=True)


def test_owner_filter_finds_a_person_by_name(engine, prepared_samples):
    store_all(engine, prepared_samples)
    with session_scope(engine, write=True) as s:
        owner = s.scalars(select(m.ActionOwner).order_by(m.ActionOwner.id)).first()
        person = m.Person(name="Imogen Example", initials=owner.owner)
        s.add(person)
        s.flush()
        owner.person_id = person.id
        action_id = owner.action_id
    with session_scope(engine) as s:
        assert action_id in {a.id for a in list_actions(s, ActionFilter(owner="imogen example"), limit=None)}


def test_meetings_and_people(samples_engine, prepared_samples):
    engine = samples_engine
    with session_scope(engine) as s:
        meetings = list_meetings(s, limit=None)
        dated = [x.date for x in meetings if x.date]
        assert dated == sorted(dated, reverse=True)
        kingsmere = list_meetings(s, body="kingsmere")
        assert len(kingsmere) == 1 and kingsmere[0].actions > 0 and kingsmere[0].decisions > 0
        assert list_meetings(s, date_from=dt.date(2024, 12, 1), date_to=dt.date(2024, 12, 31))
        people = list_people(s, limit=None)
        assert people and any(p.meetings > 0 for p in people)
        coyle = list_people(s, name="coyle")
        assert coyle and all("Coyle" in (p.name or "") for p in coyle)
