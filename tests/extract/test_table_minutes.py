"""Whole papers whose minutes are written as a table (issue 8): an item's number and title in the first
column, the minute beside it, then what was decided and who acts; as Word, web pages and text copies.
What the Decision column says is a decision (one a paragraph), the talk beside it is no task, and the
owner of a row with no action column acts on what was agreed. The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.readers import read
from scrutiny.record import Meeting

from ._build import findable


def _meeting(path: Path) -> Meeting:
    doc = read(path)
    (meeting,) = [m for m in extract(doc).meetings if m.attendees]
    for found in [*meeting.actions, *meeting.decisions, *meeting.action_updates]:
        assert found.evidence and findable(found.evidence.text, doc.text), found
    return meeting


def _docx_table(tmp_path: Path, head: list[str], header: list[str], rows: list[list[str]], name: str) -> Path:
    """A Word paper: its heading lines, then one table of the minutes (a cell's lines are its paragraphs)."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in head:
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for texts in rows:
        for cell, text in zip(table.add_row().cells, texts):
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    d.add_paragraph("The meeting closed at 8.40pm.")
    path = tmp_path / name
    d.save(path)
    return path


def _printed_minutes(tmp_path: Path, head: list[str], rows: list[tuple[str, list[str]]], name: str) -> Path:
    """A Word paper of printed minutes laid out as a table: each row the minute's number beside its title, the
    minute's paragraphs below the title in the same cell, no header row."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in head:
        d.add_paragraph(line)
    table = d.add_table(rows=0, cols=2)
    for number, paragraphs in rows:
        left, right = table.add_row().cells
        left.text = number
        right.text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            right.add_paragraph(paragraph)
    path = tmp_path / name
    d.save(path)
    return path


TOWN_HEAD = [
    "Brackwater Town Council",
    "Minutes of the Finance and General Purposes Committee held on Tuesday 12 March 2024 at 7.00pm in the Guildhall",
    "Present: Cllr A Pennock (Chair), Cllr J Barlow, Cllr S Okafor, Cllr R Tilley",
    "In attendance: Mrs K Hollis (Town Clerk)",
]


def test_item_discussion_decision_action_table_gives_its_decisions(tmp_path):
    path = _docx_table(
        tmp_path,
        TOWN_HEAD,
        ["Item", "Discussion", "Decision", "Action"],
        [
            ["1. Apologies", "Apologies were received from Cllr M Drury.", "Apologies accepted.", ""],
            [
                "2. Minutes",
                (
                    "The minutes of the meeting held on 13 February 2024 were reviewed. Cllr Barlow noted a "
                    "typing error in item 5."
                ),
                "Approved as a correct record subject to the amendment.",
                "Clerk to amend and sign.",
            ],
            [
                "3. Grant applications",
                (
                    "Two applications were considered. The Youth Football Club asked for £500 "
                    "towards new goals. The Gardening Society asked for £150 for bulbs for the station beds."
                ),
                "£500 awarded to the Youth Football Club.\n£150 awarded to the Gardening Society.",
                "KH to write to both applicants.",
            ],
            [
                "4. Christmas lights",
                "Members discussed the quotation from Glowright Ltd for the lights contract.",
                "Deferred to the April meeting pending a second quote.",
                "RT to obtain a second quotation by 1 April.",
            ],
            [
                "5. Budget monitoring",
                "The Clerk presented the budget monitoring report to 29 February.",
                "Noted.",
                "None",
            ],
        ],
        "brackwater-fgp-2024-03-12.docx",
    )
    meeting = _meeting(path)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Grant applications"),
        ("4", "Christmas lights"),
        ("5", "Budget monitoring"),
    ]
    assert [(d.item, d.text) for d in meeting.decisions] == [
        ("1", "Apologies accepted."),
        ("2", "Approved as a correct record subject to the amendment."),
        ("3", "£500 awarded to the Youth Football Club."),
        ("3", "£150 awarded to the Gardening Society."),
        ("4", "Deferred to the April meeting pending a second quote."),
        ("5", "Budget monitoring: Noted."),
    ]
    assert [(a.item, a.text, a.owners) for a in meeting.actions] == [
        ("2", "Clerk to amend and sign", ["Clerk"]),
        ("3", "KH to write to both applicants", ["KH"]),
        ("4", "RT to obtain a second quotation", ["RT"]),
    ]


PANEL_PAGE = """<html><head><title>Kestrel Vale Police and Crime Panel</title></head><body>
<h1>Kestrel Vale Police and Crime Panel</h1>
<p>Minutes of the meeting held on Thursday 18 January 2024 at 10.00am, Council Chamber, Fordham House</p>
<p>Present: Cllr H Mistry (Chair), Cllr D Fairweather, Cllr P Quinlan, Mr T Adeyemi (Independent Member)</p>
<p>Also present: Ms L Carrow (Police and Crime Commissioner), Mr G Haig (Chief Executive, OPCC)</p>
<table>
<tr><th>Minute</th><th>Notes</th><th>Agreed</th><th>Action by</th></tr>
<tr><td>1/24</td><td>Apologies were received from Cllr B Nolan.</td><td>-</td><td></td></tr>
<tr><td>2/24</td><td>The minutes of 16 November 2023 were considered. The Chair noted that the response on the custody
inspection was still awaited.</td><td>That the minutes be approved as a correct record.</td><td></td></tr>
<tr><td>3/24</td><td><p>The Commissioner presented her proposed precept for 2024/25, an increase of £13 for a Band D
property.</p><p>Members asked about the consultation, which had 2,114 replies. Members discussed the rate.</p></td>
<td>The Panel endorsed the proposed precept without qualification.</td><td></td></tr>
<tr><td>4/24</td><td>The Panel received the complaints update. Five complaints had been received, none of which
required referral.</td><td>Noted</td><td></td></tr>
<tr><td>5/24</td><td>Members discussed the draft work programme. Cllr Fairweather suggested a session on rural crime
for the summer.</td><td>Rural crime to be added to the work programme for the June meeting.</td>
<td>Panel Support Officer</td></tr>
</table>
<p>The meeting closed at 12.15pm.</p>
</body></html>
"""


def test_minute_notes_agreed_action_by_the_owner_acts_on_what_was_agreed(tmp_path):
    path = tmp_path / "kestrel-vale-pcp-2024-01-18.html"
    path.write_text(PANEL_PAGE)
    meeting = _meeting(path)
    assert [(d.item, d.text) for d in meeting.decisions] == [
        ("2/24", "The minutes be approved as a correct record."),
        ("3/24", "The Panel endorsed the proposed precept without qualification."),
        ("4/24", "The Panel received the complaints update: Noted"),
        ("5/24", "Rural crime to be added to the work programme for the June meeting."),
    ]
    # the talk beside it ("Cllr Fairweather suggested …") is no task of the Panel Support Officer's
    assert [(a.item, a.text, a.owners, a.due) for a in meeting.actions] == [
        ("5/24", "Rural crime to be added to the work programme", ["Panel Support Officer"], "2024-06"),
    ]


JPC_HEAD = [
    "Harrowgate Joint Policing Committee",
    "Minutes of meeting held at Harrowgate Civic Offices on Wednesday 6 November 2024 at 6.30pm",
    "Present: Cllr N Brannigan (Cathaoirleach), Cllr O Feeney, Cllr S Lyle, Supt M Gorman, Insp R Dunne",
    "Apologies: Cllr P Tuohy",
]


def test_minute_column_with_an_owner_a_line_gives_a_task_a_paragraph(tmp_path):
    header = ["Item", "Minute", "Action by", "Date"]
    path = _docx_table(
        tmp_path,
        JPC_HEAD,
        header,
        [
            [
                "1. Minutes of previous meeting",
                "The minutes of the meeting of 4 September 2024 were adopted.",
                "",
                "",
            ],
            [
                "2. Policing report",
                (
                    "Supt Gorman presented the quarterly report. Members raised anti-social behaviour at "
                    "the Quay car park.\nSupt Gorman to arrange extra patrols at the Quay car park on Friday nights.\n"
                    "Insp Dunne to report back on the CCTV coverage at the Quay."
                ),
                "\nSupt Gorman\nInsp Dunne",
                "\nOngoing\nTBC",
            ],
            [
                "",
                "Cllr Lyle asked for response times in rural areas broken down by district.",
                "Supt Gorman",
                "Q3 2024/25",
            ],
            [
                "3. Road safety",
                (
                    "Members discussed speeding on the R488 at Kilbrack school. Ms Clancy to write to the roads "
                    "section requesting a speed survey."
                ),
                "EC",
                "w/c 18 Nov",
            ],
            header,  # the header printed again at the top of the next page
            [
                "4. Any other business",
                (
                    "Cllr Feeney raised illegal dumping at Moyne Road.\n• Council to place a camera at "
                    "Moyne Road\n• Insp Dunne to liaise with the environment section"
                ),
                "\nEnvironment section\nInsp Dunne",
                "\nASAP\nNext meeting",
            ],
            ["5. Date of next meeting", "The next meeting will be held on 5 February 2025.", "", ""],
        ],
        "harrowgate-jpc-2024-11-06.docx",
    )
    meeting = _meeting(path)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5"]
    assert [(a.item, a.text, a.owners, a.due_text) for a in meeting.actions] == [
        (
            "2",
            "Supt Gorman to arrange extra patrols at the Quay car park on Friday nights.",
            ["Supt Gorman"],
            "Ongoing",
        ),
        ("2", "Insp Dunne to report back on the CCTV coverage at the Quay.", ["Insp Dunne"], "TBC"),
        (
            "2",
            "Cllr Lyle asked for response times in rural areas broken down by district.",
            ["Supt Gorman"],
            "Q3 2024/25",
        ),
        ("3", "Ms Clancy to write to the roads section requesting a speed survey.", ["EC"], "w/c 18 Nov"),
        ("4", "Council to place a camera at Moyne Road", ["Environment section"], "ASAP"),
        ("4", "Insp Dunne to liaise with the environment section", ["Insp Dunne"], "Next meeting"),
    ]


def _pdf(pages: list[tuple[list[tuple[int, int, str]], list[tuple[int, int, int, int]]]]) -> bytes:
    """A PDF of pages, each its words placed at (x, y) and its ruled lines, in Helvetica 10pt."""

    def content(words: list[tuple[int, int, str]], rules: list[tuple[int, int, int, int]]) -> bytes:
        out = b"".join(b"%d %d m %d %d l S " % rule for rule in rules) + b"BT /F1 10 Tf "
        for x, y, text in words:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
            out += b"1 0 0 1 %d %d Tm (%s) Tj " % (x, y, escaped)
        return out + b"ET"

    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for k, (words, rules) in enumerate(pages):
        stream = content(words, rules)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * k)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(
        b"%010d 00000 n \n" % o for o in offsets
    )
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_COLUMNS = [50, 90, 390, 470, 545]  # the x of each ruled column border


def _ruled_table(top: int, rows: list[list[list[str]]], lead: list[tuple[int, int, str]]):
    """A page holding `lead` and a ruled table whose cells are lists of printed lines, 12pt apart."""
    words, rules, y = list(lead), [], top
    rules.append((_COLUMNS[0], y + 12, _COLUMNS[-1], y + 12))
    for row in rows:
        for k, cell in enumerate(row):
            words.extend((_COLUMNS[k] + 3, y - 12 * j, line) for j, line in enumerate(cell) if line)
        y -= 12 * max(len(cell) for cell in row) + 4
        rules.append((_COLUMNS[0], y + 12, _COLUMNS[-1], y + 12))
    rules.extend((x, top + 12, x, y + 12) for x in _COLUMNS)
    return words, rules


def test_pdf_minutes_table_over_two_pages_pairs_each_owner_with_its_paragraph(tmp_path):
    header = [["Item"], ["Minute"], ["Action by"], ["Date"]]
    lead = [
        (50, 800, "Harrowgate Joint Policing Committee"),
        (
            50,
            785,
            "Minutes of meeting held at Harrowgate Civic Offices on Wednesday 6 November 2024 at 6.30pm",
        ),
        (50, 770, "Present: Cllr N Brannigan (Cathaoirleach), Cllr O Feeney, Cllr S Lyle, Supt M Gorman"),
        (50, 755, "Apologies: Cllr P Tuohy"),
    ]
    first = [
        header,
        [
            ["1."],
            [
                "Minutes of previous meeting",
                "The minutes of the meeting of 4 September 2024 were",
                "adopted.",
            ],
            [],
            [],
        ],
        [
            ["2."],
            [
                "Road safety",
                "Members discussed speeding on the R488 at Kilbrack",
                ("school. Ms Clancy to write to the roads section"),
                "requesting a speed survey.",
            ],
            ["EC"],
            ["w/c 18 Nov"],
        ],
    ]
    second = [
        header,  # the header again on the next page, then the item's second row with no number of its own
        [
            [""],
            ["Cllr Lyle asked that the survey also cover Church Road."],
            ["Supt Gorman"],
            ["Next meeting"],
        ],
        [["3."], ["Date of next meeting", "The next meeting will be held on 5 February 2025."], [], []],
    ]
    path = tmp_path / "harrowgate-jpc-2024-11-06.pdf"
    path.write_bytes(_pdf([_ruled_table(720, first, lead), _ruled_table(780, second, [])]))
    meeting = _meeting(path)
    assert [(a.item, a.text, a.owners, a.due_text) for a in meeting.actions] == [
        ("2", "Ms Clancy to write to the roads section requesting a speed survey.", ["EC"], "w/c 18 Nov"),
        ("2", "Cllr Lyle asked that the survey also cover Church Road.", ["Supt Gorman"], "Next meeting"),
    ]


PARISH_TABLE = """# Ashby Fenwick Parish Council

Minutes of the Parish Council meeting held on Tuesday 9 July 2024 at 7.30pm in the Reading Room

Present: Cllr R Dimmock (Chair), Cllr L Faraday, Cllr G Whitlock, Cllr H Yeo; Mrs S Pocock (Clerk)

| Item | Discussion | Resolution | Action |
|------|------------|------------|--------|
| 24/41 Declarations of interest | None were declared. | | |
| 24/42 Playing field | The inspection report was received. The swing seats are worn. | RESOLVED: (a) to replace the \
swing seats at a cost of £240; (b) to buy a new bin from the usual supplier. | Clerk to order the seats and the bin. |
| 24/43 Planning | 24/0671/HH, 3 Well Lane, rear extension. | No objection. | Clerk to respond to the planning authority. |
| 24/44 Accounts | Payments totalling £1,322.40 were presented. | Approved | |
"""


def test_a_resolution_cell_of_lettered_resolutions_gives_one_decision_each(tmp_path):
    path = tmp_path / "ashby-fenwick-pc-2024-07-09.md"
    path.write_text(PARISH_TABLE)
    meeting = _meeting(path)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("24/41", "Declarations of interest"),
        ("24/42", "Playing field"),
        ("24/43", "Planning"),
        ("24/44", "Accounts"),
    ]
    assert [(d.item, d.text) for d in meeting.decisions] == [
        ("24/42", "To replace the swing seats at a cost of £240"),
        ("24/42", "To buy a new bin from the usual supplier."),
        ("24/43", "Planning: No objection."),
        ("24/44", "Accounts: Approved"),
    ]
    assert [(a.item, a.owners) for a in meeting.actions] == [("24/42", ["Clerk"]), ("24/43", ["Clerk"])]


FRIENDS_HEAD = [
    "Friends of Tolley Wood",
    "Committee meeting – 4 March 2025 – 7.30pm at the Scout hut",
    "Present: Holly Brennan (HB), Pete Lund (PL), Jen Coombes (JC), Ruth Okonedo (RO)",
]


def test_the_order_in_a_minute_beside_its_initials_is_the_task_not_a_hope_or_anothers_work(tmp_path):
    path = _docx_table(
        tmp_path,
        FRIENDS_HEAD,
        ["", "Notes", "Action"],
        [
            [
                "1",
                (
                    "Work parties. The February party cleared the willow, 14 volunteers. The borough rangers will be coppicing "
                    "the hazel in the east copse themselves in March. Book the tool trailer from the county volunteers for 22 March."
                ),
                "PL",
            ],
            [
                "2",
                (
                    "Events. The bat walk went well. Ask the library to put up posters for the spring walk. A dawn chorus "
                    "walk would be nice to do next year."
                ),
                "JC",
            ],
        ],
        "friends-2025-03-04.docx",
    )
    found = sorted((a.owners, a.text) for a in _meeting(path).actions)
    assert found == [
        (["JC"], "Ask the library to put up posters for the spring walk"),
        (["PL"], "Book the tool trailer from the county volunteers for 22 March"),
    ]


def test_a_minute_agreeing_an_event_go_ahead_sets_the_task_said_after_it(tmp_path):
    path = _docx_table(
        tmp_path,
        FRIENDS_HEAD,
        ["", "Notes", "Action"],
        [
            [
                "1",
                "Summer fete Sat 14 June – agreed to go ahead, run by Sam. Flyers to the shops and the school by the "
                "end of May.",
                "SK",
            ],
        ],
        "friends-2025-03-04.docx",
    )
    assert [(a.owners, a.text) for a in _meeting(path).actions] == [
        (["SK"], "Flyers to the shops and the school")
    ]


def test_owners_run_together_beside_a_minute_that_sets_a_task_each(tmp_path):
    """A Friends group's minutes in a table, the Action column holding "GP HW" on one line beside a minute whose
    sentences give GP one task and HW another: two actions, each its own owner's."""
    path = _docx_table(
        tmp_path,
        [
            "Friends of Holly Lodge Gardens",
            "Minutes of the Committee Meeting held on Tuesday 26th January 2016 at 7.30pm",
            "Present: Alison Moore (Chair), Graham Pike, Helen Ward",
        ],
        ["", "Minute", "Action"],
        [
            [
                "4.",
                "Spring work party\nThe spring work party will be held on Saturday 12th March. GP will "
                "organise tools and refreshments. HW to put up posters in the library and café.",
                "GP HW",
            ]
        ],
        "minutes.docx",
    )
    meeting = _meeting(path)
    assert [(a.text, a.owners) for a in meeting.actions] == [
        ("GP will organise tools and refreshments", ["GP"]),
        ("HW to put up posters in the library and café", ["HW"]),
    ]


def test_item_notes_action_minutes_with_matters_arising_in_a_cell_and_owners_with_timescales(tmp_path):
    """ "Item | Notes | Action": the item's number, then its title as the first line of the notes and its minute
    below; the entries of a "… and matters arising" item's cell report on earlier errands, one update each; an
    owner with a timescale ("JW – by 31/3") owns the task beside it, due then."""
    path = _docx_table(
        tmp_path,
        FRIENDS_HEAD,
        ["Item", "Notes", "Action"],
        [
            ["1", "Welcome and apologies\nHB welcomed everyone. Apologies from Pete Lund.", ""],
            [
                "2",
                "Minutes of the meeting on 14th January and matters arising\n"
                "The minutes were accepted as a correct record.\n"
                "Owl boxes – JC put up three of the four new boxes in February. Ongoing.\n"
                "Leaflet reprint – 300 copies delivered. Done.",
                "",
            ],
            [
                "3",
                "Treasurer's report\nRO reported £812.40 in the account. The insurance is due for renewal on 1st "
                "April; RO will renew it with the same broker.",
                "RO – by 31/3",
            ],
        ],
        "friends-2025-03-04.docx",
    )
    meeting = _meeting(path)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the meeting on 14th January and matters arising"),
        ("3", "Treasurer's report"),
    ]
    assert [(u.text.split(" –")[0], u.status) for u in meeting.action_updates] == [
        ("Owl boxes", "in_progress"),
        ("Leaflet reprint", "complete"),
    ]
    assert [(a.owners, a.due) for a in meeting.actions] == [(["RO"], "2025-03-31")]


def test_printed_minutes_with_each_minute_below_its_title_beside_its_number(tmp_path):
    """ModernGov's printed minutes: the minute's number in a narrow column, its title in capitals and its minute
    below it in the wide one, no header row. The titles are the items; the minutes are read, for what is resolved
    and promised, under their items."""
    rows = [
        ("61", ["APOLOGIES FOR ABSENCE", "Apologies for absence were received from Councillor Julia Marsh."]),
        (
            "62",
            [
                "WINTER SERVICE PLAN 2024/25",
                "The Head of Highways presented the annual report. Councillor Khan asked for maps of the gritting "
                "routes; the Head of Highways said he would circulate the route maps to all members of the Committee.",
                "RESOLVED that the report be noted.",
            ],
        ),
    ]
    path = _printed_minutes(
        tmp_path,
        [
            "NORTH LEAMING COUNCIL",
            "PLACE SCRUTINY COMMITTEE",
            "Minutes of the meeting held on Thursday, 30th January, 2025 at 6.00 pm",
            "Present: Councillor Dawn Ives (Chair), Councillors Rob Tait and Saira Khan",
        ],
        rows,
        "place-scrutiny-2025-01-30.docx",
    )
    meeting = _meeting(path)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("61", "APOLOGIES FOR ABSENCE"),
        ("62", "WINTER SERVICE PLAN 2024/25"),
    ]
    assert [(a.item, a.owners, a.text) for a in meeting.actions] == [
        ("62", ["Head of Highways"], "circulate the route maps to all members of the Committee")
    ]
    assert [(d.item, d.text) for d in meeting.decisions] == [("62", "The report be noted.")]


def test_printed_minutes_under_an_action_tracker_item_report_on_each_numbered_action(tmp_path):
    """In ModernGov's printed minutes as a table, the minute under "ACTION TRACKER" reviews earlier actions: each
    code it names is an update, two in one run-on line each with its own status; a question put is none."""
    rows = [
        ("4", ["APOLOGIES", "Apologies were received from Councillor Julia Marsh."]),
        (
            "5",
            [
                "ACTION TRACKER",
                "The Panel Support Officer introduced the tracker. Members were told that:",
                "NL/25/03: the reserves note had been circulated on 4 April, and the action could be closed; "
                "NL/25/05: the members' briefing on rural crime had been arranged for 17 July;",
                "Councillor Tait asked why the stop and search figures had taken three months.",
            ],
        ),
    ]
    path = _printed_minutes(
        tmp_path,
        [
            "NORTH LEAMING POLICE AND CRIME PANEL",
            "Minutes of the meeting held on Thursday, 26th June, 2025 at 10.00 am",
            "Present: Councillor Dawn Ives (Chair), Councillors Rob Tait and Saira Khan",
        ],
        rows,
        "panel-2025-06-26.docx",
    )
    meeting = _meeting(path)
    assert [(u.ref, u.status) for u in meeting.action_updates] == [
        ("NL/25/03", "closed"),
        ("NL/25/05", "in_progress"),
    ]


def test_printed_minutes_numbered_by_a_running_minute_number_are_items(tmp_path):
    """A parish's printed minutes as a table: "35/25 | APOLOGIES FOR ABSENCE / Apologies were …". The running
    minute numbers number its items, and the matters arising under one report on earlier minutes by number."""
    rows = [
        ("35/25", ["APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Tom Birch."]),
        (
            "36/25",
            [
                "MATTERS ARISING",
                "Min 22/25 – Bus shelter, Church Road: roof repaired on 24 February. Complete.",
            ],
        ),
        ("37/25", ["DATE OF NEXT MEETING", "Monday 14 April 2025 at 7.30 pm."]),
    ]
    path = _printed_minutes(
        tmp_path,
        [
            "HESKETH PARISH COUNCIL",
            "Minutes of the meeting of the Parish Council held on Monday 10 March 2025 at 7.30 pm in the Village Hall",
            "Present: Cllrs Angela Bright (Chairman), Philip Dacre, Moira Sutcliffe",
        ],
        rows,
        "hesketh-2025-03-10.docx",
    )
    meeting = _meeting(path)
    assert [i.number for i in meeting.items] == ["35/25", "36/25", "37/25"]
    assert [(u.ref, u.status) for u in meeting.action_updates] == [("22/25", "complete")]
