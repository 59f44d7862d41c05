"""glossary.py: one key for a post however it is written."""

from __future__ import annotations

import pytest

from scrutiny.register.glossary import (
    expand_body,
    leading_post,
    normalise,
    organisation_key,
    post_key,
    strip_temporary,
    title_of,
)


@pytest.mark.parametrize(
    "text, key",
    [
        ("PCC", "PCC"),
        ("Police and Crime Commissioner", "PCC"),
        ("police & crime commissioner", "PCC"),
        ("The Commissioner", "PCC"),
        ("Police, Fire and Crime Commissioner", "PCC"),
        ("PFCC", "PCC"),
        ("DPCC", "DPCC"),
        ("Deputy Police and Crime Commissioner", "DPCC"),
        ("CC", "CC"),
        ("Chief Constable", "CC"),
        ("Acting Chief Constable", "CC"),
        ("DCC", "DCC"),
        ("T/DCC", "DCC"),
        ("Assistant Chief Constable", "ACC"),
        ("T/ACC", "ACC"),
        ("ACO", "ACO"),
        ("Assistant Chief Officer", "ACO"),
        ("CFO", "CFO"),
        ("Chief Financial Officer", "CFO"),
        ("CEO", "CEO"),
        ("Chief Executive", "CEO"),
        ("Chief Executive Officer", "CEO"),
        ("Vice Chair", "VICE-CHAIR"),
        ("Ch Supt", "CH SUPT"),
        ("Chief Superintendent", "CH SUPT"),
        ("Head of People", None),
        ("OPCC", None),  # an organisation, not a post
        ("HMICFRS", None),
        ("", None),
    ],
)
def test_post_key(text: str, key: str | None) -> None:
    assert post_key(text) == key


def test_leading_post_takes_the_longest_title() -> None:
    assert leading_post("deputy chief constable staff officer".split()) == ("DCC", 3)
    assert leading_post("acc crime and operations".split()) == ("ACC", 1)
    assert leading_post("head of people".split()) is None


@pytest.mark.parametrize(
    "text, key",
    [
        ("OPCC", "opcc"),
        ("Office of the Police and Crime Commissioner for Ashcombe", "opcc"),
        ("Ashcombe Constabulary", "force"),
        ("Force", "force"),
        ("Moorgate Audit Services", None),
    ],
)
def test_organisation_key(text: str, key: str | None) -> None:
    assert organisation_key(text) == key


def test_small_helpers() -> None:
    assert normalise("The  Performance & Resources Board.") == "performance and resources board"
    assert normalise("ACC Crime & Ops") == "acc crime and operations"
    assert strip_temporary("T/ACC") == "ACC"
    assert title_of("DCC") == "Deputy Chief Constable"
    assert title_of("head of people") == "head of people"
    assert expand_body("JIAC") == "Joint Independent Audit Committee"
    assert expand_body("Audit Committee") == "Audit Committee"
