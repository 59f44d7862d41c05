"""Cutting a document into the meetings it records: packs holding earlier minutes, two meetings of
one sitting, and minutes items that are no record of their own. The papers are invented."""

from __future__ import annotations

from scrutiny.extract import extract
from scrutiny.extract.segments import segments

from ._build import build
from .test_extract import check_contract

COVER = [
    ("heading", "Brackwater Police and Crime Panel", 1),
    ("paragraph", "Date: Thursday, 9 October 2025", 1),
    ("paragraph", "Venue: Council Chamber, Brackwater Guildhall", 1),
    ("heading", "Membership:", 1),
    ("paragraph", "Councillor Ines Harrow (Chair), Councillor Tobias Whent, Mr Colm Ardagh", 1),
    ("heading", "AGENDA", 1),
    ("paragraph", "1. Apologies for absence", 1),
    ("paragraph", "2. Declarations of interest", 1),
    ("paragraph", "3. Minutes of 17 July 2025 and notes of the joint workshop", 1),
    ("paragraph", "4. Precept monitoring report", 1),
    ("paragraph", "5. Work programme", 1),
]
# the enclosed minutes print no date of their own: the agenda dates them
EARLIER = [
    ("paragraph", "BRACKWATER POLICE AND CRIME PANEL", 2),
    ("paragraph", "(10.00 am to 11.40 am)", 2),
    ("paragraph", "PRESENT: Councillor Ines Harrow (Chair), Councillor Tobias Whent", 2),
    ("paragraph", "ALSO PRESENT: Nadia Quarrie (Police and Crime Commissioner)", 2),
    ("paragraph", "1 APOLOGIES FOR ABSENCE", 2),
    ("paragraph", "There were none.", 2),
    ("paragraph", "2 CONFIRMATION HEARING", 2),
    ("paragraph", "RESOLVED: That the Panel endorses the appointment of the Chief Executive.", 2),
    ("paragraph", "3 WORK PROGRAMME", 2),
    ("paragraph", "RESOLVED: That the work programme be agreed.", 2),
]
WORKSHOP = [
    ("paragraph", "BRACKWATER POLICE AND CRIME PANEL AND AUDIT COMMITTEE WORKSHOP", 3),
    ("paragraph", "PRESENT: Councillor Ines Harrow, Councillor Tobias Whent, Mr Colm Ardagh", 3),
    ("heading", "STATEMENT OF ACCOUNTS", 3),
    ("paragraph", "This note forms part of the minutes of the meetings held on 17 July 2025.", 3),
    ("paragraph", "Members discussed the draft statement of accounts with the auditors.", 3),
    ("paragraph", "The Treasurer would circulate the audit timetable to members.", 3),
]


def _meetings(doc):
    return check_contract(extract(doc), doc)["meetings"]


def test_a_pack_records_the_earlier_meeting_its_agenda_dates():
    doc = build(COVER + EARLIER, name="pack.pdf", fmt="pdf", pages=2)
    agenda, earlier = _meetings(doc)
    assert (agenda["date"], agenda["attendees"], agenda["decisions"]) == ("2025-10-09", [], [])
    assert [i["number"] for i in agenda["items"]] == ["1", "2", "3", "4", "5"]
    assert (earlier["date"], earlier["body"]) == ("2025-07-17", "Brackwater Police and Crime Panel")
    assert [a["name"] for a in earlier["attendees"]] == ["Ines Harrow", "Tobias Whent", "Nadia Quarrie"]
    assert [i["number"] for i in earlier["items"]] == ["1", "2", "3"]
    assert len(earlier["decisions"]) == 2


def test_a_second_enclosed_record_on_a_page_of_its_own_is_a_meeting_too():
    doc = build(COVER + EARLIER + WORKSHOP, name="pack.pdf", fmt="pdf", pages=3)
    _agenda, earlier, workshop = _meetings(doc)
    assert (earlier["date"], workshop["date"]) == ("2025-07-17", "2025-07-17")
    assert len(earlier["decisions"]) == 2 and workshop["decisions"] == []
    assert [a["name"] for a in workshop["attendees"]] == ["Ines Harrow", "Tobias Whent", "Colm Ardagh"]


def test_a_page_header_repeating_the_body_opens_no_record():
    running = [
        ("paragraph", "BRACKWATER POLICE AND CRIME PANEL", 3),
        ("paragraph", "4 ANY OTHER BUSINESS", 3),
        ("paragraph", "There was none.", 3),
    ]
    doc = build(COVER + EARLIER + running, name="pack.pdf", fmt="pdf", pages=3)
    assert len(_meetings(doc)) == 2


def test_attendance_carried_over_a_page_before_business_opens_no_record():
    blocks = [
        ("heading", "Brackwater Police and Crime Panel", 1),
        ("paragraph", "Minutes of the meeting held on 17 July 2025", 1),
        ("paragraph", "Present:", 1),
    ]
    names = "Abel Bruce Cato Dale Eade Ford".split()
    blocks += [("paragraph", f"Councillor Member {name}", 1) for name in names]
    blocks += [
        ("paragraph", "BRACKWATER POLICE AND CRIME PANEL", 2),
        ("paragraph", "Also present: Nadia Quarrie (Police and Crime Commissioner)", 2),
        ("paragraph", "1 APOLOGIES FOR ABSENCE", 2),
        ("paragraph", "There were none.", 2),
    ]
    doc = build(blocks, name="minutes.pdf", fmt="pdf", pages=2)
    assert [s.start for s in segments(doc.blocks)] == [0]


SITTING = [
    ("paragraph", "KELLINGTON COMMUNITY COUNCIL"),
    ("paragraph", "MINUTES OF THE ANNUAL GENERAL MEETING"),
    ("paragraph", "MONDAY 2 MARCH 2026, held in the Old Library at 7 pm"),
    ("paragraph", "Present: Aled Brunt, Siobhan Okri, Pavel Lind"),
    ("paragraph", "1. Apologies"),
    ("paragraph", "None."),
    ("paragraph", "2. Report of the Chair"),
    ("paragraph", "The report was approved."),
    ("paragraph", "3. Election of office bearers"),
    ("paragraph", "It was agreed that Siobhan Okri be Chair for the coming year."),
    ("paragraph", "Minutes of the March General Meeting"),
    ("paragraph", "The general meeting followed directly on the annual meeting."),
    ("paragraph", "1. Library opening hours"),
    ("paragraph", "It was agreed to write to the council about the Saturday closures."),
    ("paragraph", "2. Bus shelters"),
    ("paragraph", "Two shelters were still damaged."),
]


def test_two_meetings_of_one_sitting_each_with_its_items_and_decisions():
    doc = build(SITTING, name="kellington-cc-2026-03.md", fmt="md")
    annual, general = _meetings(doc)
    assert (annual["date"], general["date"]) == ("2026-03-02", "2026-03-02")
    assert annual["body"] == "Kellington Community Council – Annual General Meeting"
    assert general["body"] == "Kellington Community Council – General Meeting"
    assert [i["number"] for i in annual["items"]] == ["1", "2", "3"]
    assert [i["title"] for i in general["items"]] == ["Library opening hours", "Bus shelters"]
    assert (
        len(annual["decisions"]) == 2 and len(general["decisions"]) == 1
    )  # the report approved, the Chair elected
    # the general meeting lists no attendance of its own: the sitting's is its
    assert [a["name"] for a in general["attendees"]] == ["Aled Brunt", "Siobhan Okri", "Pavel Lind"]


def test_an_item_approving_earlier_minutes_stays_an_item_of_this_meeting():
    doc = build(
        [
            ("heading", "Wendlebury Police and Crime Panel"),
            ("paragraph", "Minutes of the meeting held on 4 September 2025"),
            ("paragraph", "Present: Councillor Rhona Fitch (Chair), Councillor Ewan Sadler"),
            ("heading", "1 Apologies for absence"),
            ("paragraph", "There were none."),
            ("heading", "2 Declarations of interest"),
            ("paragraph", "None were made."),
            ("heading", "3 Public questions"),
            ("paragraph", "No questions had been received."),
            ("heading", "Minutes of the meeting held on 12 June 2025"),
            ("paragraph", "RESOLVED: That the minutes be agreed as a correct record."),
            ("heading", "4 Police and Crime Plan update"),
            ("paragraph", "RESOLVED: That the update be noted."),
        ]
    )
    (m,) = _meetings(doc)
    assert m["date"] == "2025-09-04"
    assert len(m["decisions"]) == 2


def test_a_record_replaces_the_earlier_papers_announcement_of_it():
    first = [
        ("paragraph", "Tarnley Accountability Board"),
        ("paragraph", "Notes of the meeting held on 3 February 2026"),
        ("paragraph", "Present: Dana Colquhoun (Commissioner), Ravi Menon (Chief Constable)"),
        ("paragraph", "1. Budget"),
        ("paragraph", "The Board noted the budget position."),
        ("paragraph", "2. Estates"),
        ("paragraph", "The Board noted the estates programme."),
        ("paragraph", "Date of next meeting: 3 March 2026"),
    ]
    second = [
        ("paragraph", "Notes of the meeting held on 3 March 2026"),
        ("paragraph", "Present: Dana Colquhoun (Commissioner), Ravi Menon (Chief Constable)"),
        ("paragraph", "1. Custody"),
        ("paragraph", "The Board noted the custody inspection."),
    ]
    doc = build(first + second)
    february, march = _meetings(doc)
    assert (february["date"], march["date"]) == ("2026-02-03", "2026-03-03")
    assert [a["name"] for a in march["attendees"]] == ["Dana Colquhoun", "Ravi Menon"]
    assert [i["title"] for i in march["items"]] == ["Custody"]


def test_a_pack_s_own_item_after_the_enclosed_minutes_reports_to_the_pack_s_meeting():
    """ "Item 4 - Actions report" after the minutes a pack encloses is the pack's own item: its table's rows, raised
    at earlier meetings (the enclosed one's among them), are progress reported to the pack's meeting, each named by
    the minute in its "Min." column and with the status its last word states."""
    actions_report = [
        ("heading", "Item 4 - Actions report", 3),
        ("paragraph", "Progress on the actions agreed at earlier meetings of the Panel.", 3),
        (
            "table",
            [
                [["Meeting"], ["Min."], ["Action"], ["Responsible"], ["Response / status"]],
                [
                    ["12.06.25"],
                    ["31"],
                    ["Circulate the custody inspection report"],
                    ["OPCC"],
                    ["Sent 20 June. COMPLETED"],
                ],
                [
                    ["17.07.25"],
                    ["3"],
                    ["Workforce figures by rank"],
                    ["Chief Executive"],
                    ["Due in November. OPEN"],
                ],
            ],
            3,
        ),
    ]
    cover = [
        ("paragraph", "4. Actions report", 1) if text.startswith("4.") else (kind, text, page)
        for kind, text, page in COVER
    ]
    doc = build(cover + EARLIER + actions_report, name="pack.pdf", fmt="pdf", pages=3)
    agenda, earlier = _meetings(doc)
    assert [(u["ref"], u["status"]) for u in agenda["action_updates"]] == [("31", "complete"), ("3", "open")]
    assert earlier["action_updates"] == [] and earlier["actions"] == []


def test_enclosed_minutes_headed_by_the_body_s_name_then_minutes_of_are_a_meeting_of_their_own():
    """ "Joint Audit Committee - minutes of the meeting held on Tuesday 22 April 2025 …" on a pack's third page opens
    the earlier meeting's record, though the heading names the body before "minutes"."""
    enclosed = [
        ("paragraph", "Item 3", 2),
        (
            "heading",
            "Brackwater Police and Crime Panel - minutes of the meeting held on Thursday 17 July 2025 at 2.00pm, "
            "Council Chamber",
            2,
        ),
        ("paragraph", "Present: Councillor Ines Harrow (Chair), Councillor Tobias Whent", 2),
        ("heading", "1. Apologies", 2),
        ("paragraph", "There were none.", 2),
        ("heading", "2. Work programme", 2),
        ("paragraph", "RESOLVED: That the work programme be agreed.", 2),
    ]
    doc = build(COVER + enclosed, name="pack.pdf", fmt="pdf", pages=2)
    agenda, earlier = _meetings(doc)
    assert (agenda["date"], earlier["date"]) == ("2025-10-09", "2025-07-17")
    assert [a["name"] for a in earlier["attendees"]] == ["Ines Harrow", "Tobias Whent"]


def test_a_pack_s_agenda_item_sheet_after_the_enclosed_minutes_is_the_pack_s_and_a_pfcc_board_is_the_board():
    """ "Agenda item 3 – Actions arising" is a pack's report sheet: what follows is read with the pack's meeting,
    though the sheet's title is not the front sheet's; "Westrigg Police, Fire and Crime Commissioner Performance and
    Assurance Board" is the board."""
    cover = [
        ("heading", "WESTRIGG POLICE, FIRE AND CRIME COMMISSIONER PERFORMANCE AND ASSURANCE BOARD", 1),
        ("paragraph", "Tuesday 16 September 2025 at 10:00, Committee Room 1", 1),
        ("paragraph", "1. Welcome and apologies", 1),
        ("paragraph", "2. Minutes of the meeting held on 15 July 2025", 1),
        ("paragraph", "3. Progress on actions", 1),
        ("paragraph", "Enquiries: Will Garside, Business Manager", 1),
        ("paragraph", "Papers for item 1 will be presented at the meeting.", 1),
    ]
    minutes = [
        ("paragraph", "WESTRIGG POLICE, FIRE AND CRIME COMMISSIONER PERFORMANCE AND ASSURANCE BOARD", 2),
        ("paragraph", "Minutes of the meeting held on Tuesday 15 July 2025 at 10:00 in Committee Room 1", 2),
        ("paragraph", "Present: Alison Verey (Commissioner, Chair); Graham Tolley (Chief Constable)", 2),
        ("heading", "1. Welcome and apologies", 2),
        ("paragraph", "The Commissioner welcomed members.", 2),
        (
            "paragraph",
            "ACTION – Chief Fire Officer to report on-call availability by station to the September meeting.",
            2,
        ),
    ]
    report = [
        ("heading", "Agenda item 3 – Actions arising", 3),
        (
            "table",
            [
                [["No."], ["Raised"], ["Action"], ["Lead"], ["Progress"]],
                [
                    ["PAB/23"],
                    ["15/07/25"],
                    ["On-call availability by station"],
                    ["CFO"],
                    ["On this agenda. Complete."],
                ],
            ],
            3,
        ),
    ]
    doc = build(cover + minutes + report, name="pack.pdf", fmt="pdf", pages=3)
    pack, earlier = _meetings(doc)[:2]
    assert pack["body"] == earlier["body"] == "Performance and Assurance Board"
    assert [(u["ref"], u["status"]) for u in pack["action_updates"]] == [("PAB/23", "complete")]
    assert [a["text"] for a in earlier["actions"]] == ["report on-call availability by station"]
