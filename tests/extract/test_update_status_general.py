"""The status of an update is what the update says happened to the action (issue 8): done is complete,
a step still awaited or still to come is in progress, a letter sent is an errand done whether or not the
reply has come, an answer received closes the asking. Whole invented papers in the layouts of a residents'
group, a parish council and a police and crime panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Word

from scrutiny.extract import extract
from scrutiny.extract.status import opening_status, read_status
from scrutiny.readers import read

from ._build import findable

GROUP_HEAD = """Wrenfield Allotment Association
Minutes of the committee meeting held on Tuesday 8 October 2024 at the Pavilion

Present: Ada Pollard (Chair), Sunil Mehta (Treasurer), Gwen Tate (Secretary)

1. Minutes of the last meeting
The minutes of the meeting held on 10 September 2024 were agreed as a true record.

"""

PANEL_HEAD = """# Ravensholt Police and Crime Panel

Minutes of the meeting held on 14 November 2024 at County Hall, Ravensholt

**Present:** Cllr Mary Quill (Chair), Cllr Owen Fitch, Cllr Tara Lund

"""


def _updates(tmp_path: Path, text: str, name: str = "minutes.txt") -> list[tuple[str, str | None]]:
    path = tmp_path / name
    path.write_text(text)
    doc = read(path)
    found = [u for m in extract(doc).meetings for u in m.action_updates]
    for update in found:
        assert update.evidence and findable(update.evidence.text, doc.text)
    return [(u.text or "", u.status) for u in found]


def _status_of(found: list[tuple[str, str | None]], start: str) -> str | None:
    hits = [status for text, status in found if text.lower().startswith(start.lower())]
    assert len(hits) == 1, (start, found)
    return hits[0]


def test_a_step_awaited_or_to_come_is_in_progress_and_a_thing_now_in_use_is_complete(tmp_path):
    body = """2. Matters arising
- Water trough (GT): the order has gone to the supplier and we are waiting for a delivery date.
- Shed roof (SM): half the felt has been laid; the roofer returns in November to finish it.
- Compost bays (AP): the new bays are now in use at the north gate.
- Gate lock (GT): the code has been changed and the new code issued to members.

3. Treasurer's report
The balance stands at £1,204.
"""
    found = _updates(tmp_path, GROUP_HEAD + body)
    assert _status_of(found, "Water trough") == "in_progress"
    assert _status_of(found, "Gate lock") == "complete"
    assert _status_of(found, "Compost bays") == "complete"


def test_a_planned_start_after_work_done_is_in_progress(tmp_path):
    body = """2. Actions from the last meeting
- Plot waiting list (SM): Sunil has written to the 9 people on the list; the new lettings start in January.
- Notice board (AP): the board is now held at the main gate.

3. Any other business
None.
"""
    found = _updates(tmp_path, GROUP_HEAD + body)
    assert _status_of(found, "Plot waiting list") == "in_progress"
    assert _status_of(found, "Notice board") == "complete"


def test_a_letter_sent_is_done_though_unanswered_and_an_answer_closes_the_asking(tmp_path):
    body = """## 3. Matters arising

Arising from minute 28, the Panel's Scrutiny Officer reported that the letter to the Home Office about the
precept cap had been sent on 2 October; no response had yet been received.

Cllr Fitch had written to the fire authority about the shared control room, and a reply said the review would
report in the spring.

## 4. Police and Crime Plan
The Panel noted the report.
"""
    found = _updates(tmp_path, PANEL_HEAD + body, "minutes.md")
    assert _status_of(found, "Arising from minute 28") == "complete"
    assert _status_of(found, "Cllr Fitch had written") == "complete"


def test_a_reply_still_awaited_with_nothing_sent_stays_undone(tmp_path):
    body = """## 3. Matters arising

Cllr Lund said no reply had been received from the Chief Constable about the rural crime team since the last
meeting.

## 4. Police and Crime Plan
The Panel noted the report.
"""
    found = _updates(tmp_path, PANEL_HEAD + body, "minutes.md")
    assert [status for _, status in found] == ["open"]


COUNCIL_HEAD = """# Minutes of Ashby Wold Parish Council

Meeting held on Tuesday 3 December 2024 at 7.30pm in the Reading Room, Ashby Wold

**Present:** Cllr Jean Roper (Chairman), Cllr Idris Vaughan, Cllr Femi Cole; Mrs Nell Parry (Clerk)

"""


def test_entries_run_together_each_opening_with_its_minute_are_read_one_by_one(tmp_path):
    body = """**24/131 Matters arising**
Minute 24/117: the Clerk reported that the fallen tree on the green had been removed by the landowner. Minute 24/120:
the salt bin at School Lane has still not been refilled; the Clerk had chased the County Council twice.

**24/132 Planning**
No applications had been received.
"""
    found = _updates(tmp_path, COUNCIL_HEAD + body, "minutes.md")
    assert _status_of(found, "Minute 24/117") == "complete"
    assert _status_of(found, "Minute 24/120") == "in_progress"
    assert len(found) == 2


def test_a_council_code_opens_each_entry_of_a_text_minute(tmp_path):
    text = """ELMSTEAD TOWN COUNCIL

MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 17 FEBRUARY 2025
AT 7.00PM IN THE COUNCIL CHAMBER, ELMSTEAD

PRESENT:       Councillors D. Ruane (Mayor), H. Gill, P. Okoro and V. Sands
IN ATTENDANCE: Mrs K. Pratt (Town Clerk)

T25/14  MATTERS ARISING
        T25/02 Market stalls: the Town Clerk reported that the new canopies
        had been delivered. T25/05 Skate park: the repair is still with the
        insurers; the Town Clerk expects their decision in March.

T25/15  FINANCE
        The accounts for January were noted.
"""
    found = _updates(tmp_path, text)
    assert _status_of(found, "T25/02 Market stalls") == "complete"
    assert _status_of(found, "T25/05 Skate park") == "in_progress"


def test_a_colour_or_new_inside_a_log_entry_is_no_status():
    assert read_status("the Clerk reported that the bench on the green had been repainted. Minute") is None
    assert read_status("New litter bin for the Red Lion car park") is None
    assert read_status("Open – paper due March") == "open"
    assert read_status("RAG: Amber") == "in_progress"
    assert read_status("(RED)") == "overdue"
    assert read_status("New action") == "open"
    assert read_status("remains open: the backlog has come down to 212 cases") == "open"


def test_a_status_opening_a_later_sentence_of_a_log_line(tmp_path):
    text = """Westbury Joint Estates Board
Minutes of the meeting held on 12 March 2025, Force Headquarters

Present: PCC Dana Royle (Chair), Chief Constable Ian Marsh (CC), Finance Director Lee Tan (LT)

Actions from earlier meetings

07/25: options for solar panels on the Eastfield depot - LT. In progress: survey booked for 2 April.
09/25: renewal of the cleaning contract - CC. Complete; new contract signed on 3 March.
11/25: review of the Red Lion Street lease - LT. On hold: landlord has asked to wait for the valuation.
"""
    path = tmp_path / "minutes.txt"
    path.write_text(text)
    found = {u.ref: u.status for m in extract(read(path)).meetings for u in m.action_updates}
    assert found == {"07/25": "in_progress", "09/25": "complete", "11/25": "deferred"}


def test_only_a_whole_status_phrase_opens_a_sentence():
    assert (
        opening_status("review of the insurance terms - LT. Ongoing: advice expected in February.")
        == "in_progress"
    )
    assert opening_status("move the meeting to the Red Lion - LT. Red Lion: booked for May.") is None
    assert opening_status("a new sign for the car park - CA. New sign ordered.") is None


BOARD_HEAD = """# Harrowmere Police Accountability Board

Minutes of the meeting held on 9 April 2025 at the OPCC, Harrowmere

**Present:** Kate Lyle (PCC, Chair), Chief Constable Rob Dane (CC), Ann Flett (OPCC Chief Executive)

"""


def test_what_each_entry_says_happened_is_its_status(tmp_path):
    body = """## 2. Actions from the last meeting

- Custody health contract (AF): half of the new nurses have been recruited.
- Rural crime survey (RD): the Force is obtaining quotes from two suppliers.
- Drone policy (RD): not yet started.
- Victims' Code audit (AF): put back to the July Board.
- Shared estates review (AF): no longer required, as the county has withdrawn from the project.
- Vetting backlog report (RD): past its deadline, as two analysts have left the unit.
- Youth engagement event (AF): the event took place on 14 March at the Corn Exchange.
- Body-worn video refresh (RD): Closed – covered by the national contract.

## 3. Police and Crime Plan
The Board noted the quarterly report.
"""
    found = _updates(tmp_path, BOARD_HEAD + body, "minutes.md")
    expected = {
        "Custody health contract": "in_progress",
        "Rural crime survey": "in_progress",
        "Drone policy": "open",
        "Victims' Code audit": "deferred",
        "Shared estates review": "closed",
        "Vetting backlog report": "overdue",
        "Youth engagement event": "complete",
        "Body-worn video refresh": "closed",
    }
    assert {start: _status_of(found, start) for start in expected} == expected
    assert len(found) == len(expected)


def test_a_tracker_key_is_no_update(tmp_path):
    body = """## 2. Review of the action log

RAG key: Blue – complete; Green – on track; Amber – at risk; Red – overdue.

Action 31 (the hate crime app) remains open: the supplier has yet to deliver the test version.

## 3. Any other business
None.
"""
    found = _updates(tmp_path, BOARD_HEAD + body, "minutes.md")
    assert [status for _, status in found] == ["open"]


def test_a_thing_moved_to_a_place_is_no_deferral_and_a_step_to_come_is_in_progress(tmp_path):
    body = """2. Clerk's report on actions from the last meeting
- Speed sign: the sign has been moved to Mill Road; the readings will be reported in March.
- Seed order: moved to the March meeting as the supplier is closed.

3. Any other business
None.
"""
    found = _updates(tmp_path, GROUP_HEAD + body)
    assert _status_of(found, "Speed sign") == "in_progress"
    assert _status_of(found, "Seed order") == "deferred"


def test_a_numbered_action_reported_in_prose_and_the_status_it_ends_on(tmp_path):
    body = """## 5. Matters arising and action tracker

Action 21 (the hate crime reporting leaflet): the leaflet was sent to members on 2 April. Action closed.

Action 22 (visit to the custody suite): not yet arranged because of building works; to be rescheduled for the summer.

Action 23 (the domestic abuse audit): the Chief Executive has written to the Force for the figures.

## 6. Any other business
None.
"""
    found = _updates(tmp_path, PANEL_HEAD + body, "minutes.md")
    statuses = dict(found)
    assert statuses == {
        "the hate crime reporting leaflet": "closed",
        "visit to the custody suite": "deferred",
        "the domestic abuse audit": "in_progress",
    }


def test_an_update_column_in_prose_states_the_status_of_each_earlier_action(tmp_path):
    word = Word()
    word.add_heading("Fenmoor Office of the Police and Crime Commissioner", 1)
    word.add_paragraph("Strategic Policing Board")
    word.add_paragraph("Minutes of the meeting held on 22 May 2025 at Police Headquarters, Fenmoor")
    word.add_paragraph(
        "Present: Rhona Tate (PCC), Chief Constable Neil Ash (CC), Deputy Chief Constable Lara Iqbal (DCC)"
    )
    word.add_heading("2. Action log", 2)
    grid = word.add_table(rows=1, cols=5)
    for cell, head in zip(grid.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Update"]):
        cell.text = head
    rows = [
        (
            "SPB/24/31",
            "Report on 101 call waiting times",
            "DCC",
            "May 2025",
            "Report presented to the Board in April.",
        ),
        ("SPB/25/04", "Share the drug-driving figures", "DCC", "April 2025", "Figures to be shared in June."),
        (
            "SPB/25/07",
            "Brief the PCC on the vetting review",
            "DCC",
            "May 2025",
            "Awaiting the national guidance.",
        ),
        (
            "SPB/25/08",
            "Paper on detention officers",
            "CC",
            "May 2025",
            "No longer needed – covered by the workforce plan.",
        ),
    ]
    for row in rows:
        for cell, value in zip(grid.add_row().cells, row):
            cell.text = value
    word.add_heading("3. Any other business", 2)
    word.add_paragraph("None.")
    path = tmp_path / "board.docx"
    word.save(str(path))
    found = {u.ref: u.status for m in extract(read(path)).meetings for u in m.action_updates}
    assert found == {
        "SPB/24/31": "complete",
        "SPB/25/04": None,
        "SPB/25/07": "in_progress",
        "SPB/25/08": "closed",
    }


def test_a_job_done_with_a_step_still_undone_is_in_progress(tmp_path):
    body = """2. Matters arising
a) Christmas lights: Gwen reported that the lights had been taken down and stored; the invoice has not yet been paid.
b) Hedge by the gate: the hedge has still not been cut; the contractor has not replied.

3. Any other business
None.
"""
    found = _updates(tmp_path, GROUP_HEAD + body)
    assert _status_of(found, "Christmas lights") == "in_progress"
    assert _status_of(found, "Hedge by the gate") == "open"


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("Carried over", "deferred"),
        ("Rolled forward", "deferred"),
        ("Held over", "deferred"),
        ("Put back", "deferred"),
        ("Cancelled", "closed"),
        ("Closed - duplicate", "closed"),
        ("Merged", "closed"),
        ("Recommend closure", "complete"),
        ("In hand", "in_progress"),
        ("Commenced", "in_progress"),
        ("Not progressed", "open"),
        ("Not yet due", "open"),
        ("Action 5 – new signs ordered", None),
        ("Bench – red paint applied", None),
        ("arrange for the cancelled bus service to be raised with the county", None),
        ("ask the county to put back the stolen sign at the green", None),
    ],
)
def test_a_status_column_value(cell, expected):
    assert read_status(cell) == expected


LIAISON_HEAD = """# Brockwell Solar Farm Community Liaison Group

Notes of the meeting held on Wednesday 11 June 2025 at Brockwell Village Hall, 6.30pm

**Present:** Ruth Hale (Chair), Omar Siddiq (resident), Tessa Vane (site manager, Sunfield Energy), Cllr Bo Lind

"""


@pytest.mark.parametrize(
    "header, who", [("| No. | Action | Who | Progress |", "| TV "), ("| No. | Action | Progress |", "")]
)
def test_a_progress_column_in_prose_states_each_status(tmp_path, header, who):
    rows = [
        ("1", "Send residents the construction timetable", "Sent to the mailing list on 20 March"),
        ("2", "Arrange a site visit for residents", "Visit held on 17 May, 14 residents attended"),
        ("3", "Put the community fund criteria on the website", "Still to do"),
        ("4", "Noise complaint at Crag Farm", "Monitor installed; results due in July"),
    ]
    rule = "|" + "---|" * (header.count("|") - 1)
    table = "\n".join([header, rule] + [f"| {n} | {task} {who}| {progress} |" for n, task, progress in rows])
    body = f"## 2. Actions from the last meeting\n\n{table}\n\n## 3. Site update\n\nThe panels are due in August.\n"
    path = tmp_path / "notes.md"
    path.write_text(LIAISON_HEAD + body)
    found = {u.ref: u.status for m in extract(read(path)).meetings for u in m.action_updates}
    assert found == {"1": "complete", "2": "complete", "3": "open", "4": "in_progress"}


def test_entries_run_together_each_opening_with_a_minute_number_without_a_year(tmp_path):
    body = """**25/40 Matters arising from the minutes of 11 March**
Minute 118 (Speeding): the Clerk confirmed that the speed sign has been ordered and will be fitted in May. Minute 121
(Allotments): two plots are still vacant; an advert will go in the May newsletter. Minute 124(b) (Defibrillator): the
cabinet was installed at the phone box on 2 April.

**25/41 Highways**
The Clerk reported a pothole at the junction of Mill Lane and Back Street.
"""
    found = _updates(tmp_path, COUNCIL_HEAD + body, "minutes.md")
    assert _status_of(found, "Minute 118") == "in_progress"
    assert _status_of(found, "Minute 121") == "in_progress"
    assert _status_of(found, "Minute 124(b)") == "complete"
    assert len(found) == 3


def test_a_step_that_would_follow_by_a_date_is_in_progress(tmp_path):
    text = """MARLOW BRIDGE JOINT POLICING COMMITTEE

Minutes of meeting held on Friday 14 March 2025 at 10.00 a.m. in the Council Chamber, Marlow Bridge Civic Offices

Present: Cllr Niamh Roche (Cathaoirleach), Cllr Dara Foley, Superintendent Con Hayes, Ms Orla Brady (Director of Services)

1. Matters arising
Cllr Roche asked about the request for CCTV at the quay car park. Ms Brady advised that the contract had been awarded and
installation would be completed by the end of April.

2. Superintendent's Report
Superintendent Hayes presented his report.
"""
    found = _updates(tmp_path, text)
    assert [status for _, status in found] == ["in_progress"]
