"""bodies.py: one body whatever case, "the" or acronym, never two places' boards joined."""

from __future__ import annotations

import pytest

from scrutiny.register.bodies import places, same_body

OPCC_ASHCOMBE = "Office of the Police and Crime Commissioner for Ashcombe"


@pytest.mark.parametrize(
    "a, b, org_a, org_b",
    [
        ("Performance and Resources Board", "The Performance and Resources board", None, None),
        ("Performance & Resources Board", "performance and resources board", OPCC_ASHCOMBE, None),
        ("P&R", "Performance and Resources Board", None, OPCC_ASHCOMBE),
        ("JIAC", "Joint Independent Audit Committee", None, None),
        ("Strategic Policing Board meeting", "Strategic Policing Board", None, None),
        (
            "Strategic Policing Board",
            "Strategic Policing Board",
            OPCC_ASHCOMBE,
            "Police and Crime Commissioner for Ashcombe",
        ),
        ("Strategic Policing Board", "Strategic Policing Board", OPCC_ASHCOMBE, "OPCC"),
        # the place written into the body's name instead of an organisation
        ("Ashcombe Police and Crime Panel", "Police and Crime Panel", None, "Ashcombe County Council"),
        ("Ashcombe Police and Crime Panel", "Police and Crime Panel", None, None),
    ],
)
def test_same_body(a: str, b: str, org_a: str | None, org_b: str | None) -> None:
    assert same_body(a, b, org_a, org_b)
    assert same_body(b, a, org_b, org_a)


@pytest.mark.parametrize(
    "a, b, org_a, org_b",
    [
        ("Strategic Policing Board", "Strategic Policing Board", OPCC_ASHCOMBE, "OPCC for Brinmoor"),
        (
            "Strategic Policing Board",
            "Strategic Policing Board",
            "OPCC for North Wendale",
            "OPCC for South Wendale",
        ),
        ("Joint Performance Board", "Performance Board", None, None),  # "Joint" names no place
        ("Ashcombe Police and Crime Panel", "Brinmoor Police and Crime Panel", None, None),
        ("Ashcombe Police and Crime Panel", "Police and Crime Panel", None, "Brinmoor County Council"),
        ("Performance and Resources Board", "Audit Committee", None, None),
        ("Accountability and Scrutiny Meeting", "Accountability and Scrutiny Board", None, None),
        (None, "Audit Committee", None, None),
        (None, None, OPCC_ASHCOMBE, OPCC_ASHCOMBE),  # an unknown body is no body
    ],
)
def test_different_bodies(a: str | None, b: str | None, org_a: str | None, org_b: str | None) -> None:
    assert not same_body(a, b, org_a, org_b)
    assert not same_body(b, a, org_b, org_a)


def test_places_keep_only_the_words_that_say_which() -> None:
    assert places("Office of the Police, Fire and Crime Commissioner for North Wendale") == {
        "north",
        "wendale",
    }
    assert places("Office of the Police and Crime Commissioner for Kelby and Kelby Constabulary") == {"kelby"}
    assert places(None) == frozenset()
