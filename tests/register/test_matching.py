"""matching.py: an update linked to the action it reports on, or kept for review."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.register.matching import (
    Candidate,
    Link,
    Match,
    Update,
    for_review,
    link_updates,
    match_by_text,
    match_update,
    owners_agree,
)

SPB = "Strategic Policing Board"
ASHCOMBE = "Office of the Police and Crime Commissioner for Ashcombe"
BRINMOOR = "Office of the Police and Crime Commissioner for Brinmoor"

# Actions the Ashcombe board gave out in 2023 and early 2024, and one of Brinmoor's.
ACTIONS = [
    Candidate(
        1,
        SPB,
        "2023-11-07",
        "SPB/23/009",
        "Circulate a briefing on the use of stalking protection orders to Board members",
        ("ACC (Crime)",),
        "2023-12",
        ASHCOMBE,
    ),
    Candidate(
        2,
        SPB,
        "2023-11-07",
        "SPB/23/010",
        "Provide the number of stalking protection orders applied for and granted since April, by division",
        ("HPP",),
        "2024-01",
        ASHCOMBE,
    ),
    Candidate(
        3,
        SPB,
        "2023-11-07",
        "SPB/23/011",
        "Monitor the performance of the new custody healthcare contract and report quarterly",
        ("OPCC Chief Executive",),
        None,
        ASHCOMBE,
    ),
    Candidate(
        4,
        SPB,
        "2024-01-16",
        "SPB/24/001",
        "Bring a report on the use of Taser in the night-time economy to the Board",
        ("ACC Operations",),
        "2024-03",
        ASHCOMBE,
    ),
    Candidate(
        5,
        SPB,
        "2024-01-16",
        "SPB/24/002",
        "Publish the gifts and hospitality register on the OPCC website",
        ("GW",),
        "2024-02",
        ASHCOMBE,
    ),
    Candidate(
        6,
        SPB,
        "2024-01-16",
        "SPB/24/003",
        "Review of chief officer gifts and hospitality declarations",
        ("DCC",),
        "2024-06",
        ASHCOMBE,
    ),
    Candidate(
        7,
        SPB,
        "2024-05-14",
        "SPB/24/009",
        "Provide a trajectory for clearing the backlog of firearms certificate renewals",
        ("ACC Operations",),
        "2024-07",
        ASHCOMBE,
    ),
    Candidate(
        8,
        "Strategic Policing Board",
        "2023-12-05",
        "SPB/23/009",
        "Circulate a briefing on the use of stalking protection orders to Board members",
        ("ACC",),
        None,
        BRINMOOR,
    ),
]


def update(
    text: str | None,
    ref: str | None = None,
    *,
    when: str = "2024-03-12",
    body: str = SPB,
    org: str | None = ASHCOMBE,
    owners: tuple[str, ...] = (),
    status: str | None = None,
) -> Update:
    return Update(body, when, ref, text, status, owners, org)


# ---------------------------------------------------------------- by ref


@pytest.mark.parametrize("ref", ["SPB/23/009", "SPB 23/009", "spb/23/9", "23/009"])
def test_ref_within_the_same_body(ref: str) -> None:
    got = match_update(update("Closed", ref), ACTIONS)
    assert got == Match(1, 1.0 if ref != "23/009" else 0.95, "ref")


def test_ref_with_the_body_written_differently_and_no_organisation() -> None:
    got = match_update(
        update("Complete", "SPB/24/002", body="The Strategic Policing board", org=None), ACTIONS
    )
    # without an organisation both boards could be meant; Ashcombe's action is the one with this ref
    assert got == Match(5, 1.0, "ref")


def test_ref_never_crosses_bodies() -> None:
    # Brinmoor's board has its own SPB/23/009; from Brinmoor only Brinmoor's action is a candidate
    assert match_update(update("Closed", "SPB/23/009", org=BRINMOOR), ACTIONS) == Match(8, 1.0, "ref")
    # and a board of another name has no candidates at all
    assert match_update(update("Closed", "SPB/23/009", body="Joint Audit Committee"), ACTIONS) is None


def test_ref_never_reaches_a_later_meetings_action() -> None:
    # SPB/24/009 was given out on 14 May; an update at the March meeting cannot report on it
    assert match_update(update("Ongoing", "SPB/24/009", when="2024-03-12"), ACTIONS) is None
    assert match_update(update("Ongoing", "SPB/24/009", when="2024-05-14"), ACTIONS) == Match(7, 1.0, "ref")


def test_a_ref_several_actions_carry_prefers_the_closer_words_then_the_latest() -> None:
    restarted = [
        Candidate("a", SPB, "2022-02-01", "Action 4", "Refresh the estates strategy", ("CFO",)),
        Candidate(
            "b", SPB, "2023-02-07", "Action 4", "Report on 101 call abandonment by hour of day", ("ACC",)
        ),
    ]
    assert match_update(update("Estates strategy refresh - complete", "4"), restarted) == Match(
        "a", 0.9, "ref"
    )
    assert match_update(update("Complete", "4"), restarted) == Match("b", 0.9, "ref")


def test_an_unknown_ref_falls_back_to_words_but_never_to_an_action_with_another_ref() -> None:
    text = "Briefing on stalking protection orders circulated on 2 February – closed."
    got = match_update(update(text, "SPB/23/099"), ACTIONS)
    assert got is None  # SPB/23/009 has a ref, and not this one
    no_ref = [
        Candidate(c.id, c.body, c.meeting_date, None, c.text, c.owners, c.due, c.organisation)
        for c in ACTIONS
    ]
    assert match_update(update(text, "SPB/23/099"), no_ref).action_id == 1


# ---------------------------------------------------------------- by words


@pytest.mark.parametrize(
    "text, action",
    [
        (
            "The briefing on the use of stalking protection orders had been circulated on 2 February and the action was closed.",
            1,
        ),
        (
            "The action on monitoring of the custody healthcare contract remains in progress, as the first quarterly report from the new provider is not due until April.",
            3,
        ),
        (
            "The report on the use of Taser in the night-time economy was deferred to the April meeting at the ACC's request.",
            4,
        ),
        ("Gifts and hospitality register to be published on the website – completed.", 5),
    ],
)
def test_text_match_within_the_same_body(text: str, action: int) -> None:
    got = match_update(update(text), ACTIONS)
    assert got is not None and got.action_id == action and got.method == "text"
    assert 0.72 <= got.confidence <= 0.95


def test_text_confidence_is_kept_and_owners_raise_it() -> None:
    text = "The report on the use of Taser in the night-time economy was deferred to the April meeting."
    plain = match_update(update(text), ACTIONS)
    owned = match_update(update(text, owners=("ACC (Operations)",)), ACTIONS)
    assert plain is not None and owned is not None
    assert owned.action_id == plain.action_id == 4
    assert owned.confidence == pytest.approx(min(plain.confidence + 0.08, 0.95))


def test_an_owner_lifts_a_near_miss_over_the_threshold() -> None:
    action = Candidate(
        9,
        SPB,
        "2024-01-16",
        None,
        "Review the force's approach to children missing from care homes",
        ("DCC",),
    )
    text = "Children missing from care: review delayed by vacancies in the missing persons unit"
    assert match_by_text(update(text), [action]) is None
    got = match_by_text(update(text, owners=("DCC",)), [action])
    assert got is not None and got.action_id == 9


def test_text_never_crosses_bodies() -> None:
    text = (
        "The briefing on the use of stalking protection orders had been circulated and the action was closed."
    )
    assert match_update(update(text, body="Joint Audit Committee"), ACTIONS) is None
    got = match_update(update(text, org=BRINMOOR, when="2024-01-09"), ACTIONS)
    assert got is not None and got.action_id == 8


def test_text_never_reaches_a_later_meetings_action() -> None:
    text = "Trajectory for clearing the firearms certificate renewals backlog – in progress."
    assert match_update(update(text, when="2024-03-12"), ACTIONS) is None
    got = match_update(update(text, when="2024-07-09"), ACTIONS)
    assert got is not None and got.action_id == 7


def test_same_day_actions_are_candidates() -> None:
    got = match_update(
        update("Firearms certificate renewals backlog trajectory: in progress", when="2024-05-14"), ACTIONS
    )
    assert got is not None and got.action_id == 7


def test_ties_go_to_the_most_recent_action() -> None:
    twice = [
        Candidate("old", SPB, "2023-06-06", None, "Circulate the draft Estates Strategy to members"),
        Candidate("new", SPB, "2024-01-16", None, "Circulate the draft Estates Strategy to members"),
        Candidate("later", SPB, "2024-04-02", None, "Circulate the draft Estates Strategy to members"),
    ]
    got = match_update(update("Draft Estates Strategy circulated to members – complete"), twice)
    assert got is not None and got.action_id == "new"


@pytest.mark.parametrize(
    "text",
    [
        "Closed",
        "Budget report – complete",  # one word in common is no evidence
        "Domestic abuse arrest rate by division – complete; the figures were circulated on 20 November.",
        None,
    ],
)
def test_an_update_that_matches_nothing_is_none(text: str | None) -> None:
    assert match_update(update(text), ACTIONS) is None


def test_owners_agree_as_written_or_as_the_same_post() -> None:
    assert owners_agree(("ACC Operations",), ("ACC (Operations)",))
    assert owners_agree(("bjh",), ("BJH", "CFO"))
    assert owners_agree(("Chief Executive, OPCC",), ("OPCC Chief Executive",))
    assert not owners_agree(("ACC (Crime)",), ("ACC (Operations)",))
    assert not owners_agree((), ("DCC",))


def test_link_updates_keeps_every_update_and_lists_the_unmatched() -> None:
    updates = [
        update("Closed", "SPB/23/009"),
        update("Domestic abuse arrest rate by division – complete."),
        update("Gifts and hospitality register to be published on the website – completed."),
    ]
    links = link_updates(updates, ACTIONS)
    assert [link.update for link in links] == updates
    assert [link.match.action_id if link.match else None for link in links] == [1, None, 5]
    assert for_review(links) == [updates[1]]
    assert isinstance(links[0], Link)


def test_dates_as_date_objects_or_iso_strings() -> None:
    action = Candidate(1, SPB, date(2024, 1, 16), "12/24", "Report on the use of Taser")
    assert match_update(Update(SPB, date(2024, 3, 12), "12/24", None), [action]) == Match(1, 1.0, "ref")
    assert match_update(Update(SPB, date(2024, 1, 15), "12/24", None), [action]) is None
