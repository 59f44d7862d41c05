"""attendance.py: list labels, one entry per person or post, and the lists themselves."""

from __future__ import annotations

import pytest

from scrutiny.extract.attendance import label_of, parse_entry, read_attendance

from ._build import passages


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Present:", ("present", "")),
        ("PRESENT", ("present", "")),
        ("Members Present:", ("present", "")),
        ("Present: Cllr Tom Reyes, Cllr Emma Shaw", ("present", "Cllr Tom Reyes, Cllr Emma Shaw")),
        ("In attendance", ("in_attendance", "")),
        ("Also present: Ch Supt Owen Price", ("in_attendance", "Ch Supt Owen Price")),
        ("Officers in attendance:", ("in_attendance", "")),
        ("Apologies: Cllr Mary Oduya", ("apologies", "Cllr Mary Oduya")),
        ("Apologies for absence", ("apologies", "")),
        ("Apologies received from: Supt Gareth Lyle", ("apologies", "Supt Gareth Lyle")),
        ("Absent: Cllr Paul Dwyer", ("absent", "Cllr Paul Dwyer")),
    ],
)
def test_label_of(line, expected):
    assert label_of(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Presentation on the Police and Crime Plan",
        "Apologies were noted",
        "Attendance at the Safer Streets events was good",
        "Present figures to members",
    ],
)
def test_label_of_rejects_prose(line):
    assert label_of(line) is None


@pytest.mark.parametrize(
    "entry, name, role, initials",
    [
        (
            "Roger Hirst, Police and Crime Commissioner (RH)",
            "Roger Hirst",
            "Police and Crime Commissioner",
            "RH",
        ),
        (
            "Joanne Whitfield (JW) – Police and Crime Commissioner (Chair)",
            "Joanne Whitfield",
            "Police and Crime Commissioner (Chair)",
            "JW",
        ),
        ("DCC Andrew Fenn (AF), Deputy Chief Constable", "Andrew Fenn", "Deputy Chief Constable", "AF"),
        ("Dr Helen Park (HP) - Chief Executive, OPCC", "Helen Park", "Chief Executive, OPCC", "HP"),
        ("Mrs Anita Desai – Independent Co-opted Member", "Anita Desai", "Independent Co-opted Member", None),
        ("Mr R Baines (Chair)   Independent Member", "R Baines", "Independent Member (Chair)", None),
        ("Mark Ellison Head of Estates", "Mark Ellison", "Head of Estates", None),
        ("Sarah Quinn (Vice-Chair)", "Sarah Quinn", "Vice-Chair", None),
        # honorifics and ranks are stripped from the name
        ("Cllr Mary Oduya", "Mary Oduya", None, None),
        ("Supt Gareth Lyle", "Gareth Lyle", None, None),
        ("Ch Supt Owen Price (OP)", "Owen Price", None, "OP"),
        ("T/ACC Priya Nair", "Priya Nair", None, None),
        # a post alone
        ("Chief Constable", None, "Chief Constable", None),
        ("OPCC Chief Finance Officer", None, "OPCC Chief Finance Officer", None),
    ],
)
def test_parse_entry(entry, name, role, initials):
    a = parse_entry(entry, "present")
    assert (a.name, a.role, a.initials, a.attendance) == (name, role, initials, "present")


@pytest.mark.parametrize("entry", ["", " ; ", "x" * 200])
def test_parse_entry_rejects_non_entries(entry):
    assert parse_entry(entry, "present") is None


def _rows(attendees):
    return [(a.name, a.role, a.initials, a.attendance) for a in attendees]


def test_labelled_lists_within_paragraphs():
    found = read_attendance(
        passages(
            (
                "paragraph",
                (
                    "Present:\nJoanne Whitfield (JW) – Police and Crime Commissioner (Chair)\n"
                    "DCC Andrew Fenn (AF), Deputy Chief Constable"
                ),
            ),
            ("paragraph", "In attendance:\nDr Helen Park (HP) - Chief Executive, OPCC"),
            ("paragraph", "Apologies: Cllr Mary Oduya, Supt Gareth Lyle"),
        )
    )
    assert _rows(found) == [
        ("Joanne Whitfield", "Police and Crime Commissioner (Chair)", "JW", "present"),
        ("Andrew Fenn", "Deputy Chief Constable", "AF", "present"),
        ("Helen Park", "Chief Executive, OPCC", "HP", "in_attendance"),
        ("Mary Oduya", None, None, "apologies"),
        ("Gareth Lyle", None, None, "apologies"),
    ]
    assert [a.evidence.text for a in found][:2] == [
        "Joanne Whitfield (JW) – Police and Crime Commissioner (Chair)",
        "DCC Andrew Fenn (AF), Deputy Chief Constable",
    ]


def test_role_only_lists_under_headings():
    found = read_attendance(
        passages(
            ("heading", "Present"),
            ("list_item", "Chief Constable"),
            ("list_item", "Deputy Chief Constable"),
            ("list_item", "OPCC Chief Executive"),
            ("heading", "Apologies"),
            ("list_item", "Chief Finance Officer"),
        )
    )
    assert _rows(found) == [
        (None, "Chief Constable", None, "present"),
        (None, "Deputy Chief Constable", None, "present"),
        (None, "OPCC Chief Executive", None, "present"),
        (None, "Chief Finance Officer", None, "apologies"),
    ]


def test_inline_comma_list_of_posts():
    found = read_attendance(
        passages(
            (
                "paragraph",
                "Present: Chief Constable, Deputy Chief Constable, OPCC Chief Executive, OPCC Chief Finance Officer",
            )
        )
    )
    assert [a.role for a in found] == [
        "Chief Constable",
        "Deputy Chief Constable",
        "OPCC Chief Executive",
        "OPCC Chief Finance Officer",
    ]
    assert {a.attendance for a in found} == {"present"}


def test_inline_list_with_chair_in_brackets():
    found = read_attendance(
        passages(("paragraph", "Members present: Cllr Tom Reyes (Chair), Cllr Emma Shaw, Mr Kofi Mensah"))
    )
    assert _rows(found) == [
        ("Tom Reyes", "Chair", None, "present"),
        ("Emma Shaw", None, None, "present"),
        ("Kofi Mensah", None, None, "present"),
    ]


def test_one_person_with_a_comma_is_not_split():
    found = read_attendance(passages(("paragraph", "Present: DCC Andrew Fenn (AF), Deputy Chief Constable")))
    assert _rows(found) == [("Andrew Fenn", "Deputy Chief Constable", "AF", "present")]


def test_entries_one_per_paragraph_after_a_label_paragraph_end_at_the_first_item():
    found = read_attendance(
        passages(
            ("paragraph", "Present"),
            ("paragraph", "Peter Lund, Police and Crime Commissioner (PL)"),
            ("paragraph", "Ruth Okafor, Chief Executive (RO)"),
            ("paragraph", "1. Welcome and introductions"),
            ("paragraph", "Cllr Shaw welcomed the new members"),
        )
    )
    assert _rows(found) == [
        ("Peter Lund", "Police and Crime Commissioner", "PL", "present"),
        ("Ruth Okafor", "Chief Executive", "RO", "present"),
    ]


def test_inline_label_inside_running_text():
    found = read_attendance(
        passages(
            (
                "paragraph",
                "The meeting was held at Shire Hall. Apologies: Cllr Paul Dwyer, Ms Lisa Hart. The Chair welcomed members.",
            )
        )
    )
    assert _rows(found) == [("Paul Dwyer", None, None, "apologies"), ("Lisa Hart", None, None, "apologies")]


def test_prose_after_the_lists_is_not_attendance():
    found = read_attendance(
        passages(
            ("paragraph", "Apologies: Cllr Mary Oduya"),
            (
                "paragraph",
                "The Chair opened the meeting and thanked officers for the papers, which had been circulated late.",
            ),
        )
    )
    assert _rows(found) == [("Mary Oduya", None, None, "apologies")]


def test_duplicates_are_dropped():
    found = read_attendance(
        passages(
            ("paragraph", "Present: Cllr Tom Reyes, Cllr Emma Shaw"), ("paragraph", "Present: Cllr Tom Reyes")
        )
    )
    assert [a.name for a in found] == ["Tom Reyes", "Emma Shaw"]


def test_apologies_were_received_from():
    found = read_attendance(
        passages(("paragraph", "Apologies were received from Cllr Paul Dwyer, Ms Lisa Hart."))
    )
    assert _rows(found) == [("Paul Dwyer", None, None, "apologies"), ("Lisa Hart", None, None, "apologies")]


def test_two_names_joined_by_and():
    found = read_attendance(passages(("paragraph", "Apologies: Cllr Paul Dwyer and Ms Lisa Hart")))
    assert _rows(found) == [("Paul Dwyer", None, None, "apologies"), ("Lisa Hart", None, None, "apologies")]


def test_organisation_in_brackets_is_not_initials():
    a = parse_entry("Chief Finance Officer (OPCC)", "present")
    assert (a.name, a.role, a.initials) == (None, "Chief Finance Officer (OPCC)", None)


# ---------------------------------------------------------------------------------------
# issue 8: attendance written as running text, by post, or under sub-headings
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Apologies for their absence had been received from Cllr Ann Dale", ("apologies", "Cllr Ann Dale")),
        ("Apologies: were received from Mr J Dee and PC Rowe", ("apologies", "Mr J Dee and PC Rowe")),
        ("Those Attending: Mr P Lane (Chairman)", ("present", "Mr P Lane (Chairman)")),
        ("MEMBERS :", ("present", "")),
        ("OFFICIALS :", ("in_attendance", "")),
    ],
)
def test_label_of_more_ways_of_writing_it(line, expected):
    assert label_of(line) == expected


def test_parse_entry_post_then_person_in_brackets():
    a = parse_entry("Superintendent (Mr. K. Doyle)", "present")
    assert (a.name, a.role) == ("K. Doyle", "Superintendent")


def test_list_as_running_text_under_a_label_of_its_own_wrapped_over_paragraphs():
    found = read_attendance(
        passages(
            ("heading", "PRESENT"),
            ("paragraph", "Councillors Aske, Brophy, Cullen, M. Duffy,"),
            ("paragraph", "and Egan"),
            ("paragraph", "Tom Hale, Head of Housing, Una Rice, Clerk"),
            ("paragraph", "Inspector Neil Roche and Sergeant Ruth Kane"),
            ("heading", "OFFICIALS :"),
            ("paragraph", "Director of Services (Ms. P."),
            ("paragraph", "Quinn), Meetings Officer (Mr. D. Lacey)"),
            ("paragraph", "1.Minutes of the last meeting"),
            ("paragraph", "Circulated, copy of the minutes of the meeting, proposed by Cllr Aske."),
        )
    )
    assert [(a.name, a.role, a.attendance) for a in found] == [
        ("Aske", None, "present"),
        ("Brophy", None, "present"),
        ("Cullen", None, "present"),
        ("M. Duffy", None, "present"),
        ("Egan", None, "present"),
        ("Tom Hale", "Head of Housing", "present"),
        ("Una Rice", "Clerk", "present"),
        ("Neil Roche", "Inspector", "present"),  # ranks go in the role
        ("Ruth Kane", "Sergeant", "present"),
        ("P. Quinn", "Director of Services", "in_attendance"),
        ("D. Lacey", "Meetings Officer", "in_attendance"),
    ]


def test_name_role_and_organisation_is_one_person():
    found = read_attendance(passages(("paragraph", "Apologies:"), ("paragraph", "Nia Shaw, Lead, Cole & Co")))
    assert [(a.name, a.role) for a in found] == [("Nia Shaw", "Lead, Cole & Co")]


def test_a_post_and_its_qualifier_is_not_split_at_and():
    found = read_attendance(passages(("paragraph", "Present: Head of Assurance and Statutory Duties, Clerk")))
    assert [a.role for a in found] == ["Head of Assurance and Statutory Duties", "Clerk"]


def test_the_public_who_came_are_no_one_named_and_a_county_councillor_is_named():
    from scrutiny.extract.attendance import parse_entry

    found = parse_entry(
        "Mrs J Kay (Clerk), County Councillor L Emm and 3 members of the public", "in_attendance"
    )
    assert found is not None and "public" not in f"{found.name} {found.role}"
    assert parse_entry("County Councillor L Emm and 3 members of the public", "in_attendance").name == "L Emm"
    assert parse_entry("Two members of the public", "in_attendance") is None


def test_officials_present_is_one_label_of_those_in_attendance():
    found = read_attendance(
        passages(
            ("paragraph", "Members Present:"),
            ("paragraph", "Cllr Fergal Tierney, Cllr Aoife Brannigan"),
            ("paragraph", "Officials Present:"),
            ("paragraph", "Chief Superintendent Declan Furey, An Garda Síochána"),
            ("paragraph", "Apologies: Cllr Martin Geoghegan"),
        )
    )
    assert [(a.name, a.attendance) for a in found] == [
        ("Fergal Tierney", "present"),
        ("Aoife Brannigan", "present"),
        ("Declan Furey", "in_attendance"),
        ("Martin Geoghegan", "apologies"),
    ]
