"""people.py: owners as written resolved to the meeting's attendees, or to nobody when unsure."""

from __future__ import annotations

import pytest

from scrutiny.register.people import (
    Person,
    Post,
    Resolution,
    name_initials,
    parse_posts,
    resolve_owner,
    resolve_owners,
)

# Attendance of an invented Ashcombe Strategic Policing Board, as the extractor reads it.
ASHCOMBE = [
    Person("Roger Hurst", "Police and Crime Commissioner (Chair)", "RH", id=1),
    Person("Gwen Wardle", "Chief Executive, OPCC", "GW", id=2),
    Person("Priya Doshi", "Chief Finance Officer, OPCC", "PD", id=3),
    Person("Simon Achterberg", "Chief Constable", "SA", id=4),
    Person("Rachel Oyelaran", "Deputy Chief Constable", "RO", id=5),
    Person("Lee Brannock", "Assistant Chief Constable (Operations)", "LB", id=6),
    Person("Dawn Sellick", "Assistant Chief Constable (Crime and Public Protection)", "DS", id=7),
    Person("BJ Harrington", "Director of Finance, Ashcombe Constabulary", None, id=8),
    Person("Keith Wolstenholme", "Head of Contact Management", "KDW", id=9),
    Person("Naomi Fenn", "DCC Staff Officer", "NF", id=10),
    Person("Owain Rhys", "Policy and Scrutiny Officer, OPCC (Secretary)", "OR", id=11),
]


def who(owner: str, attendees: list[Person] = ASHCOMBE) -> tuple[object, str] | None:
    got = resolve_owner(owner, attendees)
    return (got.person.id, got.method) if got else None


@pytest.mark.parametrize(
    "owner, expected",
    [
        # initials the attendance list gives
        ("RH", (1, "initials")),
        ("KDW", (9, "initials")),
        ("R.H.", (1, "initials")),
        ("DS", (7, "initials")),  # Dawn Sellick, not a Detective Sergeant: the paper's own table wins
        # initials formed from a name
        ("BJH", (8, "name_initials")),
        ("BH", (8, "name_initials")),
        ("KW", (9, "name_initials")),
        # posts, in full or as the standard acronym
        ("PCC", (1, "post")),
        ("Commissioner", (1, "post")),
        ("Police and Crime Commissioner", (1, "post")),
        ("Chair", (1, "post")),
        ("CC", (4, "post")),
        ("Chief Constable", (4, "post")),
        ("DCC", (5, "post")),  # not the DCC's staff officer
        ("Deputy Chief Constable", (5, "post")),
        ("ACC Operations", (6, "post")),
        ("ACC (Operations)", (6, "post")),
        ("T/ACC Ops", (6, "post")),
        ("ACC (Crime)", (7, "post")),
        ("ACC Crime & Public Protection", (7, "post")),
        ("CEO", (2, "post")),
        ("Chief Executive", (2, "post")),
        ("OPCC Chief Executive", (2, "post")),
        ("Chief Executive (OPCC)", (2, "post")),
        ("CFO", (3, "post")),
        ("OPCC CFO", (3, "post")),
        ("Director of Finance", (8, "post")),
        ("Force Director of Finance", (8, "post")),
        ("Head of Contact Management", (9, "post")),
        ("DCC Staff Officer", (10, "post")),
        ("Secretary", (11, "post")),
        # names
        ("Roger Hurst", (1, "name")),
        ("Mr Hurst", (1, "name")),
        ("CC Achterberg", (4, "name")),
        ("R Hurst", (1, "name")),
    ],
)
def test_resolve_owner(owner: str, expected: tuple[object, str]) -> None:
    assert who(owner) == expected


@pytest.mark.parametrize(
    "owner",
    [
        "ACC",  # two ACCs at this meeting
        "Assistant Chief Constable",
        "Force CFO",  # the only CFO present is the OPCC's
        "ACC (Local Policing)",  # a portfolio nobody present holds
        "HMICFRS",  # an organisation, not a person
        "JT",  # nobody's initials
        "Head of People",
        "Treasurer",
        "Mrs Hurst-Lyle",
        "",
    ],
)
def test_unresolved_owners_are_none(owner: str) -> None:
    assert resolve_owner(owner, ASHCOMBE) is None


def test_ambiguous_initials_are_none() -> None:
    twins = [Person("Jane Marsh", "Head of People", "JM"), Person("John Morley", "Head of Estates", "JM")]
    assert resolve_owner("JM", twins) is None
    formed = [Person("Jane Marsh", "Head of People"), Person("John Morley", "Head of Estates")]
    assert resolve_owner("JM", formed) is None


def test_stated_initials_beat_initials_formed_from_a_name() -> None:
    people = [Person("Rachel Hughes", "Head of People"), Person("Roger Hurst", "PCC", "RH")]
    assert resolve_owner("RH", people) == Resolution(people[1], "initials")


def test_a_post_beats_initials_formed_from_a_name() -> None:
    people = [
        Person("Daniel Cyril Cole", "Head of Estates"),
        Person("Rachel Oyelaran", "Deputy Chief Constable"),
    ]
    assert resolve_owner("DCC", people) == Resolution(people[1], "post")
    # but with nobody in the post, the name's initials stand
    assert resolve_owner("DCC", people[:1]) == Resolution(people[0], "name_initials")


def test_one_person_listed_twice_is_still_one_person() -> None:
    people = [
        Person("Gwen Wardle", "Chief Executive, OPCC", "GW"),
        Person("Gwen Wardle", "Monitoring Officer", "GW"),
    ]
    assert resolve_owner("GW", people) == Resolution(people[0], "initials")


def test_posts_without_names_resolve_to_the_post() -> None:
    posts_only = [
        Person(None, "Police and Crime Commissioner"),
        Person(None, "Assistant Chief Constable (Local Policing)"),
        Person(None, "Assistant Chief Constable (Crime)"),
    ]
    assert resolve_owner("ACC (Local Policing)", posts_only) == Resolution(posts_only[1], "post")
    assert resolve_owner("ACC", posts_only) is None


def test_a_chief_executive_who_is_also_monitoring_officer() -> None:
    people = [
        Person("Victoria Lane", "Chief Executive and Monitoring Officer, OPCC", "VL"),
        Person("Martin Okoro", "Chief Finance Officer, OPCC", "MO"),
    ]
    assert resolve_owner("Monitoring Officer", people) == Resolution(people[0], "post")
    assert resolve_owner("Chief Executive", people) == Resolution(people[0], "post")
    assert resolve_owner("MO", people) == Resolution(people[1], "initials")


def test_resolve_owners_keeps_order_and_gaps() -> None:
    got = resolve_owners(["LB", "ACC", "OPCC Chief Executive"], ASHCOMBE)
    assert [r.person.id if r else None for r in got] == [6, None, 2]


def test_no_attendance_resolves_nobody() -> None:
    assert resolve_owner("RH", []) is None


@pytest.mark.parametrize(
    "text, posts",
    [
        (
            "Assistant Chief Constable (Crime and Operations)",
            [Post("ACC", frozenset({"crime", "operations"}))],
        ),
        ("ACC Crime & Ops", [Post("ACC", frozenset({"crime", "operations"}))]),
        ("Chief Executive, OPCC", [Post("CEO", org="opcc")]),
        ("OPCC Chief Executive", [Post("CEO", org="opcc")]),
        ("Police and Crime Commissioner (Chair)", [Post("PCC"), Post("CHAIR")]),
        ("Police, Fire and Crime Commissioner", [Post("PCC")]),
        ("DCC Staff Officer", [Post("dcc staff officer")]),
        ("Director of Finance, Ashcombe Constabulary", [Post("DOF", org="force")]),
        (
            "Head of Internal Audit, Moorgate Audit Services",
            [Post("head of internal audit", org="moorgate audit services")],
        ),
        (
            "Independent Member (youth representative)",
            [Post("independent member", frozenset({"youth", "representative"}))],
        ),
        ("", []),
        (None, []),
    ],
)
def test_parse_posts(text: str | None, posts: list[Post]) -> None:
    assert parse_posts(text) == posts


@pytest.mark.parametrize(
    "name, initials",
    [
        ("BJ Harrington", {"BJH", "BH"}),
        ("Keith Wolstenholme", {"KW"}),
        ("Mary Anne Sutton", {"MAS", "MS"}),
        ("Mr R Baines", {"RB"}),
        ("Cllr Sarah Lloyd-Evans", {"SLE", "SL"}),
        ("Cher", set()),
        (None, set()),
    ],
)
def test_name_initials(name: str | None, initials: set[str]) -> None:
    assert name_initials(name) == initials
