"""extract(): whole small documents, checked against the contract and for findable evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrutiny.extract import extract

from ._build import build, findable

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT.parent / "shared" / "schema" / "extraction.schema.json"


def check_contract(record, doc):
    """The record validates against the shared schema (when present) and its evidence is findable."""
    data = record.to_dict()
    if SCHEMA_FILE.exists():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text())).validate(data)
    for meeting in data["meetings"]:
        for kind in ("actions", "decisions"):
            for entry in meeting[kind]:
                assert entry.get("evidence"), f"{kind[:-1]} without evidence: {entry}"
        for kind in ("attendees", "items", "actions", "decisions", "action_updates"):
            for entry in meeting[kind]:
                if entry.get("evidence"):
                    assert findable(entry["evidence"]["text"], doc.text), (
                        f"evidence not in the document: {entry}"
                    )
    for entry in data.get("forward_plan", []):
        if entry.get("evidence"):
            assert findable(entry["evidence"]["text"], doc.text), entry
    return data


@pytest.mark.skipif(not SCHEMA_FILE.exists(), reason="the shared schema is not beside the repository")
def test_schema_check_rejects_a_bad_record():
    """The validation above can fail: a due date in the wrong form is caught."""
    jsonschema = pytest.importorskip("jsonschema")
    doc = build(
        [("paragraph", "Performance Board"), ("paragraph", "Minutes of the meeting held on 6 March 2024")]
    )
    data = extract(doc).to_dict()
    data["meetings"][0]["date"] = "06/03/2024"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text())).validate(data)


def test_findable_compares_lower_case_words_in_order():
    assert findable("ACTION: SC to circulate", "Item 2.\n\naction:  sc TO circulate the plan")
    assert not findable("SC to circulate the budget", "SC to circulate the plan")
    assert not findable("", "anything")


# ---------------------------------------------------------------------------------------
# Minutes with narrative, markers, resolutions and a next meeting
# ---------------------------------------------------------------------------------------

MINUTES = [
    ("heading", "Office of the Police and Crime Commissioner for Wexford", 1),
    ("heading", "Performance and Resources Board", 1),
    (
        "paragraph",
        (
            "Minutes of the meeting held on Tuesday 13th February 2024 at 10.00 am, Conference Room 2, "
            "Wexford Police HQ"
        ),
        1,
    ),
    ("paragraph", "Present:", 1),
    ("paragraph", "Joanne Whitfield (JW) – Police and Crime Commissioner (Chair)", 1),
    ("paragraph", "DCC Andrew Fenn (AF), Deputy Chief Constable", 1),
    ("paragraph", "Apologies: Cllr Mary Oduya, Supt Gareth Lyle", 1),
    ("heading", "1. Minutes of the previous meeting", 1),
    (
        "paragraph",
        "The minutes of the meeting held on 12 December 2023 were approved as a correct record.",
        1,
    ),
    (
        "paragraph",
        "Actions 41 and 43 (the custody audit and the estates review) were confirmed as complete.",
        1,
    ),
    ("heading", "2. Estates Strategy", 1),
    (
        "paragraph",
        "The Board discussed the disposal of Kestrel House and the timetable for the new custody suite.",
        2,
    ),
    (
        "paragraph",
        "ACTION: SC to circulate the revised HMICFRS action plan to Board members by 1 March 2024",
        2,
    ),
    ("heading", "3. Budget Monitoring – Quarter 3", 2),
    ("paragraph", "RESOLVED:", 2),
    ("list_item", "That the revenue budget monitoring position be noted.", 2),
    ("list_item", "That the virement of £250,000 to the custody budget be approved.", 2),
    (
        "paragraph",
        (
            "JW said that she would raise the overtime position with the Chief Constable at the next "
            "accountability meeting."
        ),
        2,
    ),
    ("heading", "4. Date of next meeting", 2),
    ("paragraph", "Tuesday 12 March 2024 at 10.00 am, Conference Room 2", 2),
]


@pytest.fixture(scope="module")
def minutes():
    doc = build(MINUTES, name="pr-board-minutes-2024-02-13.docx", fmt="docx")
    record = extract(doc)
    return doc, record, check_contract(record, doc)


def test_minutes_header(minutes):
    _, _, data = minutes
    m = data["meetings"][0]
    assert (m["body"], m["organisation"], m["date"], m["start_time"], m["venue"]) == (
        "Performance and Resources Board",
        "Office of the Police and Crime Commissioner for Wexford",
        "2024-02-13",
        "10:00",
        "Conference Room 2, Wexford Police HQ",
    )
    assert data["source"] == {
        "name": "pr-board-minutes-2024-02-13.docx",
        "sha256": "0123456789abcdef" * 4,
        "format": "docx",
    }
    assert data["schema"] == "scrutiny.extraction/1"


def test_minutes_attendees(minutes):
    _, _, data = minutes
    assert [
        (a["name"], a["role"], a["initials"], a["attendance"]) for a in data["meetings"][0]["attendees"]
    ] == [
        ("Joanne Whitfield", "Police and Crime Commissioner (Chair)", "JW", "present"),
        ("Andrew Fenn", "Deputy Chief Constable", "AF", "present"),
        ("Mary Oduya", None, None, "apologies"),
        ("Gareth Lyle", None, None, "apologies"),
    ]


def test_minutes_items(minutes):
    _, _, data = minutes
    assert [(i["number"], i["title"]) for i in data["meetings"][0]["items"]] == [
        ("1", "Minutes of the previous meeting"),
        ("2", "Estates Strategy"),
        ("3", "Budget Monitoring – Quarter 3"),
        ("4", "Date of next meeting"),
    ]


def test_minutes_actions(minutes):
    _, _, data = minutes
    got = [
        (a["item"], a["owners"], a["text"], a["due"], a["due_text"]) for a in data["meetings"][0]["actions"]
    ]
    assert got == [
        (
            "2",
            ["SC"],
            "circulate the revised HMICFRS action plan to Board members",
            "2024-03-01",
            "1 March 2024",
        ),
        (
            "3",
            ["JW"],
            "raise the overtime position with the Chief Constable at the next accountability meeting",
            None,
            None,
        ),
    ]
    assert data["meetings"][0]["actions"][0]["evidence"] == {
        "text": "ACTION: SC to circulate the revised HMICFRS action plan to Board members by 1 March 2024",
        "page": 2,
    }


def test_minutes_decisions(minutes):
    _, _, data = minutes
    assert [(x["item"], x["text"]) for x in data["meetings"][0]["decisions"]] == [
        ("1", "The minutes of the meeting held on 12 December 2023 were approved as a correct record."),
        ("3", "The revenue budget monitoring position be noted."),
        ("3", "The virement of £250,000 to the custody budget be approved."),
    ]


def test_minutes_updates(minutes):
    _, _, data = minutes
    assert [(u["ref"], u["text"], u["status"]) for u in data["meetings"][0]["action_updates"]] == [
        ("41", "the custody audit", "complete"),
        ("43", "the estates review", "complete"),
    ]


def test_minutes_announce_the_next_meeting(minutes):
    _, _, data = minutes
    assert len(data["meetings"]) == 2
    nxt = data["meetings"][1]
    assert (nxt["body"], nxt["date"], nxt["start_time"], nxt["venue"]) == (
        "Performance and Resources Board",
        "2024-03-12",
        "10:00",
        "Conference Room 2",
    )
    assert (nxt["attendees"], nxt["actions"], nxt["decisions"]) == ([], [], [])


# ---------------------------------------------------------------------------------------
# A committee paper with labelled header, an action-log table and a forward plan (PDF pages)
# ---------------------------------------------------------------------------------------

COMMITTEE = [
    ("paragraph", "JOINT AUDIT COMMITTEE", 1),
    ("paragraph", "Date: 14.06.2023", 1),
    ("paragraph", "Time: 2pm", 1),
    ("paragraph", "Venue: Committee Room 1, County Hall, Ashby", 1),
    ("paragraph", "Present: Cllr Tom Reyes (Chair), Cllr Emma Shaw, Mr Kofi Mensah", 1),
    ("heading", "5. Action Log", 1),
    (
        "table",
        [
            [["Ref"], ["Date raised"], ["Action"], ["Owner"], ["Due"], ["Status"]],
            [
                ["JAC/23/02"],
                ["08/03/2023"],
                ["Report on fraud risk assessment"],
                ["CFO"],
                ["June 23"],
                ["Complete"],
            ],
            [
                ["JAC/23/07"],
                ["14/06/2023"],
                ["Circulate the internal audit plan to members"],
                ["TA"],
                ["30/06/23"],
                ["Open"],
            ],
        ],
        1,
    ),
    ("heading", "6. Forward Work Programme", 2),
    (
        "table",
        [
            [["Meeting date"], ["Agenda item"]],
            [["20 September 2023"], ["Statement of Accounts 2022/23", "External audit plan"]],
        ],
        2,
    ),
    (
        "paragraph",
        "ADDED TO JAC FORWARD PLAN: Cyber security assurance report to the 13 December 2023 meeting.",
        2,
    ),
]


@pytest.fixture(scope="module")
def committee():
    doc = build(COMMITTEE, name="jac-2023-06-14.pdf", fmt="pdf", pages=2)
    record = extract(doc)
    return doc, record, check_contract(record, doc)


def test_committee_header_and_attendees(committee):
    _, _, data = committee
    (m,) = data["meetings"]
    assert (m["body"], m["date"], m["start_time"], m["venue"]) == (
        "Joint Audit Committee",
        "2023-06-14",
        "14:00",
        "Committee Room 1, County Hall, Ashby",
    )
    assert [(a["name"], a["role"], a["attendance"]) for a in m["attendees"]] == [
        ("Tom Reyes", "Chair", "present"),
        ("Emma Shaw", None, "present"),
        ("Kofi Mensah", None, "present"),
    ]


def test_committee_action_log_table(committee):
    _, _, data = committee
    (m,) = data["meetings"]
    assert [
        (a["ref"], a["item"], a["owners"], a["text"], a["due"], a["due_text"], a["status"])
        for a in m["actions"]
    ] == [
        (
            "JAC/23/07",
            "5",
            ["TA"],
            "Circulate the internal audit plan to members",
            "2023-06-30",
            "30/06/23",
            "open",
        )
    ]
    assert m["actions"][0]["evidence"]["page"] == 1
    assert [(u["ref"], u["status"]) for u in m["action_updates"]] == [("JAC/23/02", "complete")]


def test_committee_forward_plan(committee):
    _, _, data = committee
    assert [(e["title"], e["date"], e["body"]) for e in data["forward_plan"]] == [
        ("Statement of Accounts 2022/23", "2023-09-20", "Joint Audit Committee"),
        ("External audit plan", "2023-09-20", "Joint Audit Committee"),
        ("Cyber security assurance report", "2023-12-13", "JAC"),
    ]
    assert {e["evidence"]["page"] for e in data["forward_plan"]} == {2}


# ---------------------------------------------------------------------------------------
# Notes with an "actions arising" list and a list of progress on earlier actions
# ---------------------------------------------------------------------------------------

NOTES = [
    ("paragraph", "Strategic Policing Board"),
    ("paragraph", "Notes of the meeting held on 6 March 2024"),
    ("heading", "Actions arising from the February meeting"),
    ("list_item", "Financial update report to be added to the April agenda – completed"),
    ("list_item", "Stop and search scrutiny panel terms of reference – ongoing"),
    ("heading", "Actions arising"),
    ("list_item", "KL to bring the revised stop and search report to the May Board"),
    ("list_item", "Head of Estates to circulate the disposal schedule – 22/03/24"),
    ("list_item", "The Board noted the update on the estates programme"),
]


def test_actions_arising_lists():
    doc = build(NOTES)
    data = check_contract(extract(doc), doc)
    (m,) = data["meetings"]
    assert (m["body"], m["date"]) == ("Strategic Policing Board", "2024-03-06")
    assert [(a["owners"], a["text"], a["due"], a["due_text"]) for a in m["actions"]] == [
        (["KL"], "bring the revised stop and search report", "2024-05", "May Board"),
        (["Head of Estates"], "circulate the disposal schedule", "2024-03-22", "22/03/24"),
    ]
    assert [(u["text"], u["status"]) for u in m["action_updates"]] == [
        ("Financial update report to be added to the April agenda – completed", "complete"),
        ("Stop and search scrutiny panel terms of reference – ongoing", "in_progress"),
    ]


# ---------------------------------------------------------------------------------------
# Minutes laid out as one table: items, narrative resolutions and actions from its cells
# ---------------------------------------------------------------------------------------


def test_minutes_table_with_resolution_in_a_cell():
    doc = build(
        [
            ("paragraph", "Accountability Board"),
            ("paragraph", "Minutes of the meeting held on 11/09/23 at 09:30"),
            (
                "table",
                [
                    [["Item"], ["Discussion"], ["Action"], ["Owner"], ["Timescale"]],
                    [
                        ["1"],
                        ["Body Worn Video: The Board noted the roll-out was complete."],
                        [""],
                        [""],
                        [""],
                    ],
                    [
                        ["2"],
                        [
                            "Rural Crime – Members discussed the rise in farm thefts.",
                            "RESOLVED that the rural crime plan be approved.",
                        ],
                        ["Circulate the rural crime plan to partners"],
                        ["ACC Crime & Ops"],
                        ["end of Q3"],
                    ],
                ],
            ),
        ]
    )
    data = check_contract(extract(doc), doc)
    (m,) = data["meetings"]
    assert (m["body"], m["date"], m["start_time"]) == ("Accountability Board", "2023-09-11", "09:30")
    assert [(i["number"], i["title"]) for i in m["items"]] == [("1", "Body Worn Video"), ("2", "Rural Crime")]
    assert [(a["item"], a["owners"], a["text"], a["due"]) for a in m["actions"]] == [
        ("2", ["ACC Crime & Ops"], "Circulate the rural crime plan to partners", "2023-12")
    ]
    assert [(x["item"], x["text"]) for x in m["decisions"]] == [("2", "The rural crime plan be approved.")]


def test_empty_document_gives_a_valid_record_with_nothing_in_it():
    doc = build([])
    data = check_contract(extract(doc), doc)
    for m in data["meetings"]:
        assert (m["date"], m["attendees"], m["items"], m["actions"], m["decisions"], m["action_updates"]) == (
            None,
            [],
            [],
            [],
            [],
            [],
        )
    assert data["forward_plan"] == []


# ---------------------------------------------------------------------------------------
# Contract gaps
# ---------------------------------------------------------------------------------------


def test_agenda_membership_is_not_attendance():
    doc = build(
        [
            ("paragraph", "AGENDA", 1),
            ("paragraph", "Hollinshire Police and Crime Panel", 1),
            ("paragraph", "Thursday 7 March 2024 at 10.00am, Council Chamber, Ashby Town Hall", 1),
            ("paragraph", "Panel Members:", 1),
            ("paragraph", "Cllr Tom Reyes (Chair)", 1),
            ("paragraph", "Cllr Emma Shaw", 1),
            ("paragraph", "Mr Kofi Mensah – Independent Co-opted Member", 1),
            ("paragraph", "1. Apologies for absence", 1),
            ("paragraph", "2. Declarations of interest", 1),
            ("paragraph", "3. Proposed Precept 2024/25", 1),
        ],
        name="agenda.pdf",
        fmt="pdf",
        pages=1,
    )
    data = check_contract(extract(doc), doc)
    (m,) = data["meetings"]
    assert (m["body"], m["date"], m["start_time"]) == (
        "Hollinshire Police and Crime Panel",
        "2024-03-07",
        "10:00",
    )
    assert [i["number"] for i in m["items"]] == ["1", "2", "3"]
    assert m["attendees"] == []


def test_a_sentence_the_pdf_layout_broke_into_two_paragraphs_is_read_whole():
    doc = build(
        [
            ("paragraph", "Minutes of the Audit Committee held on 22 October 2009", 1),
            ("paragraph", "Members noted these comments and asked that the Committee be kept advised of", 5),
            ("paragraph", "progress on the issues raised by the Pension Fund Panel.", 5),
            ("paragraph", "The Chair closed the item", 6),
            ("paragraph", "members thanked the auditors.", 7),  # across a page: left as the reader gave it
        ],
        name="audit.pdf",
        fmt="pdf",
    )
    (meeting,) = extract(doc).meetings
    assert [a.text for a in meeting.actions] == [
        "Members noted these comments and asked that the Committee be kept advised of progress on the issues raised "
        "by the Pension Fund Panel"
    ]
    assert findable(meeting.actions[0].evidence.text, doc.text)


def test_a_matters_arising_entry_reports_progress_and_may_set_a_new_errand(tmp_path):
    from scrutiny.readers import read

    path = tmp_path / "eastbrook-cc-2023-11-06.md"
    path.write_text(
        "# Minutes of the Eastbrook Community Council meeting held on 6 November 2023\n\n"
        "## 3. Matters arising\n\n"
        "- Bus shelter – repaired by the council, complete.\n"
        "- Fly-tipping in the park – no further tipping seen, ongoing. We should monitor the park in the spring.\n\n"
        "## 4. Planning\n\nNo applications were received.\n",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert [u.status for u in meeting.action_updates] == ["complete", "in_progress"]  # each once
    assert [(a.text, a.item) for a in meeting.actions] == [("monitor the park in the spring", "3")]
