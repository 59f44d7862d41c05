"""Updates on earlier actions in layouts the shape tests do not cover (issue 8): a panel's matters
arising by minute number, a parish's run-in paragraph of matters arising, roman-numbered actions
from the previous meeting, a police liaison group's issues raised last time, a residents' group's
prose and post-meeting note, a Word paper's labelled entries; and the sentences that only go on
about the matter before them. The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from scrutiny.extract import extract
from scrutiny.extract.status import update_status
from scrutiny.readers import read

from ._build import findable, first_meeting


def _updates(path: Path) -> list[tuple]:
    doc = read(path)
    found = [u for m in extract(doc).meetings for u in m.action_updates]
    for update in found:
        assert update.evidence and findable(update.evidence.text, doc.text)
    return [(u.ref, u.text, u.status) for u in found]


def _paper(tmp_path: Path, text: str, name: str = "minutes.md") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _updates(path)


def _starts(found: list[tuple], expected: list[tuple]) -> None:
    """The updates found are the expected ones, in any order: each ref, the first words of each text, each status."""
    assert len(found) == len(expected), found
    for want_ref, start, want_status in expected:
        hits = [
            (ref, status) for ref, text, status in found if (text or "").lower().startswith(start.lower())
        ]
        assert hits == [(want_ref, want_status)], (start, found)


def test_a_panels_matters_arising_by_minute_number(tmp_path):
    found = _paper(
        tmp_path,
        """# Northbrook Police and Crime Panel

Minutes of the meeting held on Thursday 14 March 2024 at 10.00 am, County Hall, Northbrook

Present: Cllr A Penrose (Chair), Cllr J Whitlow, Cllr S Baird, Mr K Oduya (Independent Member)

## 1. Minutes of the previous meeting and matters arising

The minutes of the meeting held on 11 January 2024 were agreed as a correct record.

Matters arising:

Minute 34 (Complaints) – the Chief Executive confirmed that the breakdown of complaints had been circulated on 2 February.

Minute 37 (Precept) – the Panel was informed that the letter to the Home Office remained outstanding.

## 2. Police and Crime Plan performance

The Commissioner presented her report. Members asked about response times in rural areas.
""",
    )
    _starts(
        found,
        [
            ("34", "Minute 34 (Complaints) – the Chief Executive confirmed", "complete"),
            ("37", "Minute 37 (Precept) – the Panel was informed", "open"),
        ],
    )


def test_a_run_in_paragraph_of_matters_arising_gives_one_update_a_matter(tmp_path):
    found = _paper(
        tmp_path,
        """# Minutes of Lower Marston Parish Council

Meeting held on Tuesday 6 February 2024 at 7.30pm in the Village Hall

Present: Cllr R Tebbit (Chairman), Cllr F Oakes, Cllr M Dunmore. Clerk: Mrs J Swann

## 24/15 Matters arising from the minutes

The Clerk reported that the new dog bin had been installed at Mill Lane. The quote for the noticeboard is still awaited from Ashby Joinery. Highways have not yet responded regarding the potholes on Church Road. Cllr Oakes confirmed that the defibrillator pads had been replaced. The hedge at the playing field has been cut. It is to be trimmed again in March.

## 24/16 Planning

No applications had been received.
""",
    )
    _starts(
        found,
        [
            (None, "The Clerk reported that the new dog bin had been installed", "complete"),
            (None, "The quote for the noticeboard is still awaited", "in_progress"),
            (None, "Highways have not yet responded", "open"),
            (None, "Cllr Oakes confirmed that the defibrillator pads had been replaced", "complete"),
            (None, "The hedge at the playing field has been cut", "complete"),
        ],
    )


def test_a_later_sentence_about_the_same_matter_is_no_update_of_its_own(tmp_path):
    found = _paper(
        tmp_path,
        """# Minutes of Lower Marston Parish Council

Meeting held on Tuesday 6 February 2024 at 7.30pm in the Village Hall

Present: Cllr R Tebbit (Chairman), Cllr F Oakes, Cllr M Dunmore. Clerk: Mrs J Swann

## 24/15 Matters arising

Cllr Oakes said that the railings at the war memorial still had not been painted. The Clerk said that the gate of the railings had been painted and the rest would be done in the spring.

## 24/16 Planning

No applications had been received.
""",
    )
    _starts(found, [(None, "Cllr Oakes said that the railings at the war memorial still had not", "open")])


def test_roman_numbered_actions_from_the_previous_meeting(tmp_path):
    found = _paper(
        tmp_path,
        """HOLTON AND DENBY PARISH COUNCIL

Minutes of the meeting held on Monday 4 March 2024 at 7pm, Holton Village Hall

Present: Cllrs B Ferris (Chair), K Ames, L Norbury, S Patel
Clerk: Mr T Goode

1. APOLOGIES
None.

2. ACTIONS FROM THE PREVIOUS MEETING
i) Streetlight outside 12 Kings Road – reported to the county, repair booked for 20 March.
ii) Speed indicator device – still awaiting a response from Highways.
iii) Bus shelter glass – this remains outstanding.
iv) Footpath 9 stile – no further update.

3. FINANCE
The payments listed were approved.
""",
        name="minutes.txt",
    )
    _starts(
        found,
        [
            (None, "Streetlight outside 12 Kings Road – reported to the county", "in_progress"),
            (None, "Speed indicator device – still awaiting", "in_progress"),
            (None, "Bus shelter glass – this remains outstanding", "open"),
            (None, "Footpath 9 stile – no further update", "open"),
        ],
    )


def test_a_police_liaison_group_reports_on_the_issues_raised_last_time(tmp_path):
    found = _paper(
        tmp_path,
        """# Eastfold Police Liaison Group

## Notes of the meeting held on 15 May 2023 at the Community Centre

Present: PC Dan Riley, PCSO Amy Tran, Sgt Ian Boyd, Margaret Hollis (Chair)

### Issues raised at the last meeting

Graffiti in the underpass: the council had removed it in April after the team reported it.

Cycling on the pavement in the High Street: the team had given advice to several riders.

Parking outside the school: no further update, as the school has not yet replied to the team's letter.

### Crime figures

Sgt Boyd said that burglary was down by a third compared with last year.
""",
    )
    _starts(
        found,
        [
            (None, "Graffiti in the underpass: the council had removed it", "complete"),
            (None, "Cycling on the pavement in the High Street: the team had given advice", "complete"),
            (None, "Parking outside the school: no further update", "open"),
        ],
    )


def test_a_residents_groups_prose_and_a_post_meeting_note(tmp_path):
    found = _paper(
        tmp_path,
        """# Ravensby Residents' Liaison Group

Minutes of the meeting held on 3 October 2023

Present: Sue Marsh (Chair), Peter Lamb, Ann Cole, Insp. Karen Vale

1. Matters arising

It was confirmed that the leaflet about cold callers had been delivered to every house on the estate.

The request for a dropped kerb outside the surgery is still with the county council.

2. Police update

Insp Vale said that there had been two burglaries on the estate since the last meeting.

Post-meeting note: the Clerk has since confirmed that the grant from the Community Fund has been paid.
""",
    )
    _starts(
        found,
        [
            (None, "It was confirmed that the leaflet about cold callers had been delivered", "complete"),
            (None, "The request for a dropped kerb outside the surgery is still with", "in_progress"),
            (None, "the Clerk has since confirmed that the grant", "complete"),
        ],
    )


def test_labelled_entries_of_a_word_paper(tmp_path):
    word = WordDocument()
    word.add_paragraph("MINUTES OF THE MEETING OF KIRKBY ST AUDRY PARISH COUNCIL")
    word.add_paragraph("Held on Thursday 9 November 2023 at 7.30pm in the Reading Room")
    word.add_paragraph(
        "Present: Cllr H Blake (Chairman), Cllr J Orchard, Cllr N Frost. In attendance: Mrs S Penn (Clerk)"
    )
    word.add_paragraph("23/101 APOLOGIES: none.", style="List Number")
    word.add_paragraph("23/102 MATTERS ARISING FROM THE MINUTES OF 12 OCTOBER", style="List Number")
    word.add_paragraph("Salt bin, Church Hill: the county has agreed to refill it before Christmas.")
    word.add_paragraph("Footpath signs: Cllr Frost has put up the two new signs on FP12.")
    word.add_paragraph("23/103 PLANNING", style="List Number")
    word.add_paragraph("23/1234 Extension at Rose Cottage – no objection.")
    path = tmp_path / "minutes.docx"
    word.save(str(path))
    _starts(
        _updates(path),
        [
            (None, "Salt bin, Church Hill: the county has agreed to refill it", "in_progress"),
            (None, "Footpath signs: Cllr Frost has put up", "complete"),
        ],
    )


def test_a_status_after_a_numbered_action_belongs_to_it(tmp_path):
    found = _paper(
        tmp_path,
        """# Westmere Police Accountability Board

Minutes of the meeting held on 20 June 2024

Present: Police and Crime Commissioner Jane Orme (Chair), Chief Constable Mark Lowe, Chief Executive Tom Wild

## 2. Review of actions

Action 13 is under way, the report is due in September. Ongoing.

## 3. Performance report

The Chief Constable presented the report.
""",
    )
    _starts(found, [("13", "Action 13 is under way", "in_progress")])


def test_a_matters_arising_entry_that_tells_what_was_done_in_its_own_words(tmp_path):
    found = _paper(
        tmp_path,
        """# Minutes of Carnbrae Community Council

General meeting held on Monday 2 September 2024 at 7pm in the Library Hall

Present: Ailsa Murray (Chair), Rab Kerr, Fiona Doig, Cllr Sandy Lyle

## 2. Matters arising

a) Lights at the school: the Chair read the reply from the head teacher, who explained that they stay on for security.

b) Bus shelter at Kirk Street: Rab telephoned the operator about the broken panel.

c) Litter at the park: Fiona to contact the council's cleansing team.

d) Dog fouling: members discussed the signs at the park gates.

e) Community garden: AGREED that the group be given £100 towards tools.

## 3. Treasurer's report

The balance was £1,204.
""",
    )
    _starts(
        found,
        [
            (None, "Lights at the school: the Chair read the reply", "complete"),
            (None, "Bus shelter at Kirk Street: Rab telephoned the operator", "complete"),
        ],
    )


def test_a_police_liaison_groups_actions_from_the_last_meeting_and_its_post_meeting_note(tmp_path):
    found = _paper(
        tmp_path,
        """# Ashgrove Ward Police Liaison Group

The Ashgrove Ward Police Liaison Group met on 14 March 2009 at the Ashgrove Centre. Present were Sgt Kim Dale and PCSO Rob Fenn from the Safer Neighbourhood Team, the chair, Helen Birch, and about 20 residents.

### Actions from the last meeting

Helen had written to the council about the broken lights in Elm Park and they were repaired in February.

The action on the leaflet for the station remains open; the printers have sent a proof.

### Crime update

Sgt Dale reported that there had been 12 burglaries since January, compared with 20 last year.

Post meeting note: Sgt Dale has since confirmed that the station patrols started on 20 March.
""",
    )
    _starts(
        found,
        [
            (None, "Helen had written to the council about the broken lights", "complete"),
            (None, "The action on the leaflet for the station remains open", "open"),
            (None, "Sgt Dale has since confirmed", "complete"),
        ],
    )


def test_the_next_minute_after_matters_arising_is_no_entry_of_it(tmp_path):
    found = _paper(
        tmp_path,
        """# West Hollow Parish Council

Minutes of the meeting held on Thursday 2 April 2015 at 7.30pm in the Village Hall

Present: Cllr A Smith (Chairman), Cllr B Jones, Cllr C Brown, Clerk Mrs D White

## 15/32 Matters arising from the minutes

15/20 Dog bin on Church Lane – the Clerk has contacted the Borough Council; the bin will be installed in April.

15/24 Footpath signs – still outstanding.

15/33 Police report – no report was received.
""",
    )
    _starts(
        found,
        [
            ("15/20", "15/20 Dog bin on Church Lane – the Clerk has contacted", "in_progress"),
            ("15/24", "Footpath signs – still outstanding", "open"),
        ],
    )


@pytest.mark.parametrize(
    "note, start, status",
    [
        (
            "[Post-meeting note: PC Lane has confirmed that the bollards were replaced on 30 October.]",
            "PC Lane has confirmed that the bollards were replaced",
            "complete",
        ),
        (
            "Update after the meeting: the bus company has agreed to move the stop.",
            "the bus company has agreed",
            "in_progress",
        ),
        ("Note added after the meeting: the grant was paid on 4 November.", "the grant was paid", "complete"),
        (
            "Since the meeting, the Clerk has received the signed lease.",
            "Since the meeting, the Clerk has received",
            "complete",
        ),
    ],
)
def test_a_note_of_what_was_done_after_the_meeting(tmp_path, note, start, status):
    found = _paper(
        tmp_path,
        f"""# Millbrook Police Liaison Group

Minutes of the meeting held on 21 October 2008 at the Millbrook Centre

Present: Sgt Anna Pike, PC Tom Lane, John Hart (Chair), 15 residents

## Parking at the school

Residents complained about parents parking on the zigzags. PC Lane will visit the school at pick-up time.

{note}

## Next meeting

The next meeting will be on 20 January 2009.
""",
    )
    _starts(found, [(None, start, status)])


def test_a_log_line_read_as_prose_too_is_one_update(tmp_path):
    found = _paper(
        tmp_path,
        (
            "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR EASTMARSH\n\nCorporate Governance Board\n\n"
            "Minutes of the meeting held on 21 November 2023, 14:00, Microsoft Teams\n\n"
            "Attendees: Commissioner – Ruth Kemble (RK); Chief Constable – Adam Frost (AF)\n\n"
            "2. Minutes and actions from the last meeting\n"
            "The minutes of 19 September 2023 were approved.\n"
            "Action log:\n"
            "CGB/23/09 – Firearms licensing backlog figures to be provided – Complete.\n"
            "CGB/23/12 – Overtime controls paper – Ongoing; LG to bring to January.\n\n"
            "3. Medium Term Financial Plan\n"
            "OP presented the MTFP.\n"
        ),
        name="cgb-2023-11-21.txt",
    )
    assert [(ref, status) for ref, _, status in found] == [
        ("CGB/23/09", "complete"),
        ("CGB/23/12", "in_progress"),
    ]


def test_a_log_entry_reporting_progress_is_no_new_promise_too(tmp_path):
    found = _paper(
        tmp_path,
        (
            "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR OXBRIDGE\n\nSTRATEGIC RESOURCES BOARD\n\n"
            "Action log - meeting of 6 February 2019, 14:00, Tannery House\n\n"
            "Attendees: Karen Dunmore, Commissioner (KD); Rachel Gee, Head of Estates (RG)\n\n"
            "Actions carried from earlier meetings\n\n"
            "44/18: estates disposals list to be published - RG. On hold until the estates strategy is agreed.\n"
        ),
        name="srb-2019-02-06.txt",
    )
    assert [(ref, status) for ref, _, status in found] == [("44/18", "deferred")]
    path = tmp_path / "srb-2019-02-06.txt"
    assert extract(read(path)).meetings[0].actions == []


def test_a_trackers_entries_reviewed_in_prose_keep_their_numbers(tmp_path):
    found = _paper(
        tmp_path,
        (
            "# Ashcombe Joint Audit Committee\n\nMinutes of the meeting held on 12 June 2024 at 10.00am, Police HQ\n\n"
            "Present: Mr K Obi (Chair), Mrs L Dean, Mr P Ray\n\n## 2. Action tracker\n\n"
            "The Committee reviewed the action tracker. JAC/24/03 (publish the counter-fraud policy) was complete. "
            "JAC/24/05 (report on overtime controls) was in progress. JAC/24/06 was deferred until the new auditor was "
            "appointed.\n"
        ),
    )
    assert [(ref, status) for ref, _, status in found] == [
        ("JAC/24/03", "complete"),
        ("JAC/24/05", "in_progress"),
        ("JAC/24/06", "deferred"),
    ]


@pytest.mark.parametrize(
    "heading", ["From last time", "Since the last meeting", "What's been happening since September"]
)
def test_a_section_of_news_since_the_last_meeting_reports_on_its_matters(tmp_path, heading):
    found = _paper(
        tmp_path,
        (
            "# Ferncliffe Residents' Association\n\nNotes of the committee meeting, 9 October 2024, at the Scout Hut\n\n"
            "Present: Ann Lee, Bob Hart, Dev Shah (chair)\n\n"
            f"## {heading}\n\n"
            "- Dog bin on Hill Road: Bob chased the council again, still awaiting a site visit.\n"
            "- Noticeboard: new glass fitted in September.\n\n"
            "## Traffic\n\nSpeeding on Hill Road again. Dev will ask the police about a speed check.\n"
        ),
    )
    assert sorted(status for _, _, status in found) == ["complete", "in_progress"]


def test_progress_reported_against_an_earlier_minute_by_number(tmp_path):
    found = _paper(
        tmp_path,
        (
            "# Westmere Police and Crime Panel\n\nMinutes of the meeting held on 14 November 2024 at 10am, Council Chamber\n\n"
            "Present: Councillor A Reed (Chair), Councillor B Shaw, Mr C Tate\n\n## 3. Minutes of the previous meeting\n\n"
            "The minutes of the meeting held on 12 September 2024 were agreed as a correct record.\n\n"
            "Arising from minute 23, the Commissioner confirmed that the report on custody times had been circulated.\n\n"
            "Further to minute 27, the Chief Executive said that the victims' survey was still being analysed.\n\n"
            "## 4. Police and crime plan\n\nThe Commissioner presented the update.\n"
        ),
    )
    assert [(ref, text.split(",")[0], status) for ref, text, status in found] == [
        ("23", "Arising from minute 23", "complete"),
        ("27", "Further to minute 27", "in_progress"),
    ]


def test_a_panels_review_of_last_meetings_priorities_reports_on_each(tmp_path):
    found = _paper(
        tmp_path,
        (
            "# Riverside Safer Neighbourhood Panel\n\nNotes of the panel meeting, 3 December 2024, Riverside Library\n\n"
            "Present: Sgt Dan Price (SNT), Helen Shaw (Chair), Tom Webb\n\n"
            "## 1. Review of last meeting's priorities\n\n"
            "1. Speeding on London Road – speed checks carried out on three occasions; 12 drivers stopped.\n"
            "2. Drug dealing near the station – ongoing, intelligence passed to the proactive team.\n\n"
            "## 2. New priorities\n\nThe panel agreed the priorities for the next quarter.\n"
        ),
    )
    assert sorted((text.split(" –")[0], status) for _, text, status in found) == [
        ("Drug dealing near the station", "in_progress"),
        ("Speeding on London Road", "complete"),
    ]


def test_matters_arising_entries_under_earlier_minute_numbers_keep_them_as_refs(tmp_path):
    found = _paper(
        tmp_path,
        """# Minutes of Upper Hadlow Parish Council, Monday 7 October 2024

Present: Cllr A Bell (Chair), Cllr C Dunn, Cllr E Frost.

**24/101 Matters arising**
- 24/88 Verge by the church: reported to the County Council's highways team in August; still awaiting a visit.
- 24/90 Noticeboard glass: the contractor has replaced the cracked pane. Done.

**24/102 Planning**
No applications had been received.
""",
    )
    _starts(
        found,
        [
            ("24/88", "24/88 Verge by the church: reported", "in_progress"),
            ("24/90", "Noticeboard glass: the", "complete"),
        ],
    )


def test_action_points_from_a_meeting_named_by_its_month_are_updates(tmp_path):
    found = _paper(
        tmp_path,
        """<h2>Hillend Community Council – minutes of 6 March 2025</h2>
<p>Present: Morag Dunn (Chair), Hamish Reid, Ailsa Kerr (Secretary).</p>
<h3>2. Action points from February</h3>
<ul>
<li>Salt bin at the school gate – the Council have now refilled it. <em>Closed.</em></li>
<li>Path survey – carried over to April as the surveyor was unwell.</li>
</ul>
<h3>3. Police report</h3>
<p>Sgt Lang reported four incidents in February.</p>
""",
        "minutes.html",
    )
    _starts(found, [(None, "Salt bin at the school gate", "closed"), (None, "Path survey", "deferred")])


def test_tracker_actions_named_by_their_codes_in_a_review_are_updates(tmp_path):
    found = _paper(
        tmp_path,
        (
            "WESTMOOR JOINT AUDIT COMMITTEE\n\nMinutes of the meeting held on 12 March 2025\n\n"
            "Present: Ann Hale (Chair), Tom Reyes, Lia Oduya\n\n"
            "2. Action tracker\n\n"
            "2.1 The committee reviewed the action tracker. WAC/24/07 (insurance renewal terms to be confirmed) was "
            "complete. WAC/24/09 (update the anti-fraud policy) remains in progress: the revised policy is due in June.\n\n"
            "3. Internal audit\n\nThe auditor presented two reports.\n"
        ),
        name="wac-2025-03-12.txt",
    )
    _starts(
        found,
        [
            ("WAC/24/07", "insurance renewal terms", "complete"),
            ("WAC/24/09", "update the anti-fraud policy", "in_progress"),
        ],
    )


def test_a_code_mentioned_outside_a_review_is_no_update(tmp_path):
    found = _paper(
        tmp_path,
        (
            "WESTMOOR JOINT AUDIT COMMITTEE\n\nMinutes of the meeting held on 12 March 2025\n\n"
            "Present: Ann Hale (Chair), Tom Reyes, Lia Oduya\n\n"
            "3. Internal audit\n\nThe auditor presented report WAC/25/02 on payroll and report WAC/25/03 on fleet, "
            "which were noted.\n"
        ),
        name="wac-2025-03-12.txt",
    )
    assert found == []


def test_entries_under_min_numbers_and_a_status_said_after_the_report(tmp_path):
    found = _paper(
        tmp_path,
        (
            "LOWER HENSBY PARISH COUNCIL\nMinutes of the meeting held on Monday 13 April 2015 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr J Frost (Chairman), Cllr P Moulding, Cllr S Ames\n\n"
            "5. MATTERS ARISING FROM THE PREVIOUS MINUTES\n"
            "Min 126 - Stile on footpath FP4: Cllr Moulding and the Clerk met the rights of way officer, who will replace the "
            "stile with a kissing gate. Awaiting an installation date.\n"
            "Min 129 - Neighbourhood Plan: deferred until after the elections in May.\n\n"
            "6. PLANNING\nNo applications.\n"
        ),
        name="lhpc-2015-04-13.txt",
    )
    _starts(
        found,
        [
            ("126", "Min 126 - Stile on footpath FP4: Cllr Moulding", "in_progress"),
            ("129", "Min 129 - Neighbourhood Plan", "deferred"),
        ],
    )


def test_matters_arising_whose_status_is_said_last_after_a_dash_or_in_other_words(tmp_path):
    found = _paper(
        tmp_path,
        """# Friends of Tolley Wood – committee meeting, 4 March 2025

Present: Holly Brennan (chair), Pete Lund, Jen Coombes

## 2. Matters arising

- Bird boxes: PL put up the 12 new boxes in February – done.
- Website: JC has still to hear back from the web host about the domain name.
- Path signs: the signs are on order from the council's supplier.

## 3. Work parties

The next work party is on 22 March.
""",
    )
    _starts(
        found,
        [
            (None, "Bird boxes", "complete"),
            (None, "Website", "in_progress"),
            (None, "Path signs", "in_progress"),
        ],
    )


def test_an_unfinished_matter_the_clerk_will_write_about_again_is_an_update_not_a_new_errand(tmp_path):
    text = """# Stoke Ashby Parish Council

Minutes of the meeting held on Monday 7th July 2014 at 7.30pm in the Village Hall

Present: Cllr R Sayer (Chairman), Cllr P Thurlow, Mrs J Kemp (Clerk)

**67/14 Matters arising**

b) Overhanging hedge, Pound Lane - the Clerk wrote to the landowner in June but has had no response. The Clerk will write again.

**68/14 Open forum**

No members of the public were present.
"""
    path = tmp_path / "minutes.md"
    path.write_text(text, encoding="utf-8")
    (meeting,) = [m for m in extract(read(path)).meetings if m.attendees]
    assert [u.status for u in meeting.action_updates] == ["open"] and meeting.actions == []


def test_last_meetings_actions_reported_in_prose_are_updates(tmp_path):
    found = _paper(
        tmp_path,
        (
            "# Westgate Police Liaison Meeting – 14 October 2008\n\nPresent: Sgt Delaney, PCSO Farrow, Jean Hall (Chair)\n\n"
            "**Last meeting's actions**\n\n"
            "The Neighbourhood Watch signs for Mill Road have come and PCSO Farrow has put them up. The meeting with the "
            "landlord of the Swan about the noise at closing time hasn't happened yet.\n\n"
            "**What residents raised**\n\nParking on the school run was raised again.\n"
        ),
    )
    _starts(
        found,
        [
            (None, "The Neighbourhood Watch signs", "complete"),
            (None, "The meeting with the landlord", "open"),
        ],
    )


def test_minutes_numbered_with_full_stops_head_items_and_refs_of_matters_arising(tmp_path):
    text = (
        "KINGSLEY TOWN COUNCIL\nMinutes of the meeting held on Monday 16 September 2024 at 7pm in the Corn Hall\n\n"
        "Present: Cllr A Bell (Mayor), Cllr C Dunn, Cllr E Frost\n\n"
        "TC.24.103 MINUTES\nThe minutes of 15 July 2024 were approved and signed as a true record.\n\n"
        "TC.24.104 MATTERS ARISING FROM THE MINUTES OF 15 JULY 2024\n"
        "TC.24.078 War memorial cleaning: the contractor completed the work in August. Complete.\n"
        "TC.24.083 Market Place CCTV: the camera is installed but not yet connected; the Town Clerk is awaiting a date.\n\n"
        "TC.24.105 POLICE REPORT\nNo report was received.\n"
    )
    found = _paper(tmp_path, text, name="kingsley-2024-09-16.txt")
    _starts(
        found,
        [
            ("TC.24.078", "TC.24.078 War memorial cleaning", "complete"),
            ("TC.24.083", "TC.24.083 Market Place CCTV", "in_progress"),
        ],
    )
    meeting = first_meeting(tmp_path, text, "kingsley-items.txt")
    assert [i.number for i in meeting.items] == ["TC.24.103", "TC.24.104", "TC.24.105"]


def test_matters_run_together_in_one_paragraph_each_under_its_topic(tmp_path):
    found = _paper(
        tmp_path,
        """# Glenard Community Council – minutes of 10 February 2025

Sederunt: Fiona MacAulay (Chair), Mairi Stewart (Secretary), Iain Drummond

## 3. Matters arising

Bus shelter at the road end: the Council has confirmed it will be replaced in the spring; MS had chased again on 3rd February. Grit bins: the two new bins at Kirkbrae have been installed and filled. Defibrillator at the hall: the pads have been replaced – done.

## 4. Police report

PC Tait reported two incidents.
""",
    )
    _starts(
        found,
        [
            (None, "Bus shelter at the road end", "in_progress"),
            (None, "Grit bins", "complete"),
            (None, "Defibrillator at the hall", "complete"),
        ],
    )


def test_matters_arising_labelled_after_the_minutes_are_agreed(tmp_path):
    found = _paper(
        tmp_path,
        """# Friends of Elm Wood – committee meeting, 15 October 2024

Present: Hazel Penrice (Chair), Tom Ashby (Treasurer), Kirsty Lowe (Secretary)

## 1. Minutes of the last meeting

Agreed as correct. Matters arising: the new noticeboard at the Mill Road entrance has been put up by BC and DP. The request for a bin at the Hollow Lane gate is still with the Council.

## 2. Treasurer's report

TA said the balance is £1,872.16.
""",
    )
    _starts(
        found,
        [
            (None, "the new noticeboard at the Mill Road entrance", "complete"),
            (None, "The request for a bin at the Hollow Lane gate", "in_progress"),
        ],
    )


def test_informal_notes_whose_paragraphs_open_in_small_letters(tmp_path):
    """A blank line in a text file is the writer's: "from last time" after a title with no full stop heads the
    review, it does not go on with the title's sentence."""
    found = _paper(
        tmp_path,
        """Millbeck Tenants Group
committee meeting - weds 5 feb 2025, 7pm, the hub on Tarn Road

came: Pat (chair), Sue (notes), Ola, Ray

from last time

* bins at block C - council came on 20 Jan, they are all emptied now, done
* the grant form for the summer trip - Ola still hasn't heard back from the housing trust, will chase

money
Sue says we've got £310.40.
""",
        "notes.txt",
    )
    _starts(found, [(None, "bins at block C", "complete"), (None, "the grant form", "open")])


def test_a_log_entry_whose_report_opens_with_the_job_done_after_a_dash(tmp_path):
    """ "Tom: bench plaque – ordered, arriving Feb.": the job is named by its participle; what follows says whether
    the rest is still to come."""
    found = _paper(
        tmp_path,
        """# Friends of Hale Park – Committee Meeting

Wednesday 14th January 2015, 7pm at 12 Park Road

Present: Lucy (chair), Tom, Priya, Gareth, Helen (minutes)

## 2. Actions from last meeting

- Tom: bench plaque – ordered, arriving Feb.
- Lucy: grant application to the Co-op fund – submitted 5th Jan, decision in March.
- Gareth: hedge by the gate – cut back, and the clippings removed.

## 3. Treasurer's report

£1,204.16 in the account.
""",
    )
    _starts(
        found,
        [
            (None, "Tom: bench plaque", "in_progress"),
            (None, "Lucy: grant application", "in_progress"),
            (None, "Gareth: hedge by the gate", "complete"),
        ],
    )


def test_a_forums_previous_notes_and_actions_reported_in_one_paragraph(tmp_path):
    found = _paper(
        tmp_path,
        """# Whitefriars Neighbourhood Forum

## Notes of steering group meeting – 16 July 2024, 6.30pm, the library

Attending: Olu Adebayo (OA, chair), Megan Tring (MT, secretary), Harvey Pound (HP)

## 1. Previous notes and actions

Notes of 11 June agreed. The leaflet drop in the Abbey Street flats has been done (HP). The request to the council for a second litter bin is still with the street scene team.

## 2. Finance

HP reported £1,105 in the account.
""",
    )
    _starts(
        found, [(None, "The leaflet drop", "complete"), (None, "The request to the council", "in_progress")]
    )


def test_a_liaison_panels_last_actions_reported_by_several_speakers_in_one_paragraph(tmp_path):
    """Each speaker's report on a matter of its own is an update ("Frank reported …: on the list for repainting",
    "PC Oakes said that the patrols … had been running"); a letter sent with nothing back yet is progress on the
    errand, not a new action, though the writer will chase it."""
    path = tmp_path / "notes.md"
    path.write_text(
        """# Fenlow Police Liaison Panel

Notes of the meeting on Thursday 22 August 2024 at the Old School Rooms

Present: Frank Deane (chair), Sue Marr, PC Ann Oakes

### Last meeting's actions

Frank reported that he had finally had a reply from the highways department about the faded road markings outside the primary school: they are on the list for repainting during the October half-term. PC Oakes said that the extra patrols around the skate park that we asked for in June had been running since early July, and that complaints had dropped off. The letter the panel agreed to send to the bus company about drivers not stopping at the Green went in July, but we've heard nothing back yet, so I'll chase it.

### Crime figures

PC Oakes said there had been two burglaries.
""",
        encoding="utf-8",
    )
    doc = read(path)
    (meeting,) = [m for m in extract(doc).meetings if m.attendees]
    assert [(u.text.split()[0], u.status) for u in meeting.action_updates] == [
        ("Frank", "in_progress"),
        ("PC", "complete"),
        ("The", "in_progress"),
    ]
    assert meeting.actions == []


def test_an_update_asked_for_under_matters_arising_is_answered_there(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text(
        """# Carrow Joint Policing Committee

Minutes of the meeting held on Friday 1st December 2023 at 10.00 a.m.

Members present: Cllr. P. Hayes (Cathaoirleach), Cllr. M. Fennelly

### 2. Matters Arising

Cllr. Fennelly asked for an update on the community CCTV scheme for Ballyroe. Ms. Prior advised that the application for grant aid was submitted to the Department of Justice in October and that a decision is awaited.
""",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert meeting.actions == []
    assert [u.status for u in meeting.action_updates] == ["in_progress"]


def test_a_matter_raised_before_and_the_sentence_after_that_says_what_was_done(tmp_path):
    found = _paper(
        tmp_path,
        """# Wretford Parish Council

Minutes of the meeting held on Tuesday 14 July 2009 at the church

Present: Cllr D Llew (Chairman), Cllr M Peak

## 10. Churchyard

10.1 Comment had been raised that shrubbery was overgrown in an area of the Churchyard. The area has been cleared and will be maintained in future.
""",
    )
    _starts(found, [(None, "10.1 Comment had been raised that shrubbery was overgrown", "complete")])


def test_a_blog_posts_last_times_actions_are_updates_and_its_meeting_is_the_day_it_says(tmp_path):
    """A liaison group's write-up posted two days after the meeting ("Posted by Jan on Thursday, 21 October 2010"):
    the meeting is the Tuesday its text names without a year, not the posting day; the entries under "Last time's
    actions" are progress on earlier errands, each with its status."""
    path = tmp_path / "blog.md"
    path.write_text(
        """# Hollins Cross Residents

## Police Liaison Group – notes from Tuesday's meeting

*Posted by Jan Whitcombe on Thursday, 21 October 2010 · 3 comments*

Here's my write-up of the Police Liaison Group, which met on Tuesday 19th October at the church hall.

### Last time's actions

- **Speeding on Moor Road**: Derek wrote to the highways people asking for the camera van; that one's still open.
- **Leaflets about bogus callers**: Sandra has got the leaflets but we haven't delivered them yet – she's about halfway round.

### Police update

Burglaries are down.
""",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert str(meeting.date) == "2010-10-19"
    assert [u[2] for u in _updates(path)] == ["open", "in_progress"]


def test_the_earlier_minute_in_brackets_after_an_entrys_topic_is_its_ref(tmp_path):
    """A parish's progress list names each earlier minute in brackets after the topic ("Bench, Mill Lane (47/24) –
    fitted …"): that number is the update's ref, the link to the action it reports on."""
    found = _paper(
        tmp_path,
        """# Upper Brockley Parish Council

Minutes of the meeting held on Monday 3 June 2024 at 7.30pm in the Reading Room.

Present: Cllr P Dray (Chair), Cllr M Lowe, Cllr S Ingram

## 61/24 Progress on earlier decisions

a) Bench, Mill Lane (47/24) – fitted by the contractor on 14 May. Complete.

b) Notice board repairs (Min 52/24) – the joiner has still not sent a price.

## 62/24 Planning

No applications had been received.
""",
    )
    _starts(
        found,
        [("47/24", "Bench, Mill Lane (47/24)", "complete"), ("52/24", "Notice board repairs", "open")],
    )


def test_a_dated_line_under_an_action_log_entry_is_its_progress(tmp_path):
    """An action log whose earlier entries each carry a dated line of progress beneath ("22 Apr: Letter sent; reply
    awaited."): each earlier entry is an update with its ref and the status its dated line gives, not a new action;
    the new entries below are this meeting's actions."""
    path = tmp_path / "log.md"
    path.write_text(
        """# Westmere OPCC Executive Board – Action Log

Meeting of 14 May 2025, 10:00, Police Headquarters

Attendees: Ann Lodge, Police and Crime Commissioner (AL); Ray Pym, Chief Constable (RP)

## Actions brought forward

11/25: Provide a costed option for more PCSOs in the rural wards. RP, April.

14 May: Options paper circulated on 2 May and discussed today. Complete.

12/25: Write to the courts about listing delays. AL, March.

14 May: Letter sent 20 March; reply awaited.

## New actions

13/25: Circulate the revised estates plan to Board members. RP, June.
""",
        encoding="utf-8",
    )
    _starts(
        _updates(path),
        [("11/25", "Provide a costed option", "complete"), ("12/25", "Write to the courts", "in_progress")],
    )
    actions = [(a.ref, a.owners) for m in extract(read(path)).meetings for a in m.actions]
    assert actions == [("13/25", ["RP"])]


def test_two_matters_arising_by_minute_in_one_paragraph_keep_their_own_outcomes(tmp_path):
    """ "Arising from minute 33 (…), … had sent members the breakdown … Arising from minute 35 (…), the visit … had
    been rearranged for 14 March": two updates, each with its minute; the second's deferral is not the first's."""
    found = _paper(
        tmp_path,
        """# Westvale Police and Crime Panel

Minutes of the meeting held on Tuesday 4 February 2025 at 10.00 am, Shire Hall

Present: Councillor A Penrose (Chair), Councillor J Whitlow

## 2. Minutes of the previous meeting

The minutes of the meeting held on 3 December 2024 were agreed as a correct record.

Arising from minute 33 (Victim Services), the Panel Support Officer reported that the Commissioner's office had sent members the breakdown of referrals by district on 9 December, as requested. Arising from minute 35 (Estates), members were informed that the visit to the new police station had been rearranged for 14 March because of the contractor's delays.

## 3. Precept

The Commissioner presented her proposal.
""",
    )
    _starts(
        found,
        [("33", "Arising from minute 33", "complete"), ("35", "Arising from minute 35", "deferred")],
    )


def test_promises_told_again_under_what_happened_since_are_updates_not_new_errands(tmp_path):
    """A panel's write-up: under "What happened since March" each paragraph tells an earlier promise again
    ("Neil was going to …", "Tracey said she'd …") and then how it went; each is an update with the status its
    later sentence gives, and the promise told again is no new action."""
    path = tmp_path / "panel.md"
    path.write_text(
        """# Larchfield Neighbourhood Panel

*Posted by Jan on Sunday 27 May 2012*

Here's what happened at the Larchfield Neighbourhood Panel on Tuesday 22nd May 2012 at the Community Centre.

## What happened since March

Tracey said she'd get the council to cut back the bushes by the underpass. They came out the following week and did it – hooray.

Neil was going to get the speed camera van out to Hollybank Road. It came twice in April, so that one is done.

Derek was going to find out who owns the lock-up garages. He's still trying – half of them belong to a company that has gone.

## Crime figures

Burglaries are down on last year.
""",
        encoding="utf-8",
    )
    _starts(
        _updates(path),
        [
            (None, "Tracey said she'd get the council", "complete"),
            (None, "Neil was going to get the speed camera van", "complete"),
            (None, "Derek was going to find out", "in_progress"),
        ],
    )
    assert [a.text for m in extract(read(path)).meetings for a in m.actions] == []


@pytest.mark.parametrize(
    "heading",
    [
        "Follow-up from the previous meeting",
        "Issues from previous meetings",
        "Actions review",
        "Previous action points",
        "Updates from the last minutes",
    ],
)
def test_other_names_for_a_review_of_earlier_actions(tmp_path, heading):
    """A section headed in other words for a review of what was asked last time holds updates, each entry's status
    read from its report."""
    found = _paper(
        tmp_path,
        f"""# Ashby Vale Residents' Forum

Notes of the meeting held on Tuesday 4 March 2025 at the Community Hall.

Present: Jan Cole (Chair), Ravi Patel, Sue Ng

## {heading}

- Bus shelter on Mill Road – the council has now replaced the glass. Complete.
- Speed survey on Hill Lane – still awaited from the county.

## Police update

PC Dale said burglaries were down.
""",
    )
    _starts(
        found,
        [(None, "Bus shelter on Mill Road", "complete"), (None, "Speed survey on Hill Lane", "in_progress")],
    )


def test_a_progress_paragraph_naming_each_earlier_minute_in_brackets_reports_on_each(tmp_path):
    """A review written as one paragraph whose sentences share words ("request", "members") but each name the
    earlier minute they report on in brackets: one update a sentence, numbered by its minute."""
    found = _paper(
        tmp_path,
        """# Harrowby Borough Council

## Place Scrutiny Committee

Minutes of the meeting held on Wednesday 5 March 2025 at 7.00 pm in the Council Chamber.

Present: Councillor Jo Pike (Chair), Councillors Ben Ash, Ola Reed

## 61 FOLLOW-UP ON EARLIER REQUESTS

The Scrutiny Officer reported on the requests made at the January meeting. The list of members' ward grants (minute 52)
had been sent to members on 3 February and the request was complete. The members' briefing on the new bin round
(minute 54) had been booked for 20 March. The request for members' figures on the bus shelter repairs (minute 55)
remained outstanding; the Transport Manager had been reminded.
""",
    )
    assert [(ref, status) for ref, _, status in found] == [
        ("52", "complete"),
        ("54", "in_progress"),
        ("55", "open"),
    ]


def test_a_matter_labelled_with_a_titled_name_and_one_not_yet_carried_out(tmp_path):
    """A label's topic may hold an abbreviation's full stop ("Cllr. Tierney's request …:"); "not yet carried out"
    is open, though "carried out" alone would be done."""
    found = _paper(
        tmp_path,
        """# Drumcolla Joint Policing Committee

Minutes of meeting held on Monday 9th December 2024 in the Council Chamber

Members Present: Cllr. Ann Fahy, Cllr. Brid Tierney

**2. Matters arising**

Speed survey, R712 at Kilbrack N.S.: not yet carried out as the counters were in use elsewhere.

Cllr. Tierney's request for Garda attendance at the residents' meeting: Inspector Breen attended on 14th October. Closed.
""",
    )
    assert [(text.split(":")[0], status) for _, text, status in found] == [
        ("Speed survey, R712 at Kilbrack N.S.", "open"),
        ("Cllr. Tierney's request for Garda attendance at the residents' meeting", "closed"),
    ]


def test_entries_of_a_review_numbered_as_the_log_numbers_them(tmp_path):
    """Under a review of actions, an entry opening with the log's own number ("A12 –", "RPB 41:", "24/07 –")
    reports on that action, though no label or status word sets it apart."""
    found = _paper(
        tmp_path,
        """# Holmbury Police and Crime Panel

Minutes of the meeting held on Thursday 6 March 2025 at 10.00am, County Hall.

Present: Cllr Ann Field (Chair), Cllr Bob Grey

## 3. Review of actions

A12 – Provide the stop and search figures by district – complete.

RPB 41: overtime breakdown circulated on 3 February. Complete.

24/07 – letter to the Home Office sent; reply awaited.

Q3 – figures to follow.
""",
    )
    assert [(ref, status) for ref, _, status in found][:3] == [
        ("A12", "complete"),
        ("RPB 41", "complete"),
        ("24/07", "in_progress"),
    ]
    assert all(ref != "Q3" for ref, _, _ in found)


def test_a_report_of_two_matters_joined_by_and_that_is_two_updates(tmp_path):
    """ "The Clerk reported that the noticeboard had been repaired and that the grass cutting contract had been
    renewed": two matters, each its own update; "… circulated and the action was closed" and "… submitted and that a
    decision is awaited" are one."""
    found = _paper(
        tmp_path,
        """# Stanwick Town Council

Minutes of the Town Council meeting held on Monday 3 March 2025 at 7pm in the Town Hall.

Present: Cllr A Brook (Mayor), Cllr B Clay

## 2. Matters arising

The Clerk reported that the noticeboard had been repaired and that the grass cutting contract had been renewed.

The briefing on dog fouling had been circulated on 2 February and the action was closed.

The grant application was submitted in October and that a decision is awaited.
""",
    )
    assert [(text, status) for _, text, status in found] == [
        ("The Clerk reported that the noticeboard had been repaired", "complete"),
        ("the grass cutting contract had been renewed", "complete"),
        ("The briefing on dog fouling had been circulated on 2 February and the action was closed", "closed"),
        ("The grant application was submitted in October and that a decision is awaited", "in_progress"),
    ]


def test_a_paragraph_that_says_members_were_updated_on_outstanding_recommendations_reports_on_each(tmp_path):
    found = _paper(
        tmp_path,
        """# Hartwell Joint Audit Committee

Minutes of the meeting held on Wednesday 12 March 2025 at 10.00am, Police HQ.

Present: Mr J Ames (Chair), Ms K Bell

## 4. Internal audit

Members were updated on the outstanding recommendations. The review of the firearms licensing controls has been
completed. The Force is still awaiting the auditors' final report on payroll.
""",
    )
    assert [(text.split(" ")[1], status) for _, text, status in found] == [
        ("review", "complete"),
        ("Force", "in_progress"),
    ]


def test_a_numbered_list_of_last_time_s_tasks_with_their_progress_sets_no_new_task(tmp_path):
    """ "2. Actions from previous meeting" over "1. Sue to contact Highways … – done, …": each entry restates an
    earlier task and reports on it; none is a new action, "still to do" is open."""
    path = tmp_path / "minutes.md"
    path.write_text(
        """# Fernley Residents' Association

Minutes of the committee meeting held on Wednesday 5 February 2025 at 7.30pm, Fernley Community Centre.

Present: Sue Marsh (Chair), Pete Lowe (Treasurer), Amy Nash (Secretary)

## 2. Actions from previous meeting

1. Sue to contact Highways about the pothole on Elm Road – done, repaired on 20 January.
2. Pete to get quotes for the new banner – two quotes received, third awaited.
3. Amy to update the website – still to do.

## 3. AOB

None.
""",
        encoding="utf-8",
    )
    (meeting,) = extract(read(path)).meetings
    assert meeting.actions == []
    assert [u.status for u in meeting.action_updates] == ["complete", "in_progress", "open"]


def test_earlier_items_and_minutes_named_in_other_ways_give_the_update_its_number(tmp_path):
    """ "Item 5 of 9 December (…):", "(min 31) …", "Minute 6 (…):" and "Action A9, …" name the earlier item,
    minute or action an entry reports on; "Not yet circulated" is open; a tracker's colour key is no report."""
    found = _paper(
        tmp_path,
        """# Drumkeel Joint Policing Committee

Minutes of the meeting held on Monday 24 March 2025 at 3.00pm in the Council Chamber.

Members present: Cllr A Ward (Cathaoirleach), Cllr B Nolan

## 2. Matters arising

Item 5 of 9 December (CCTV at Ballintra Cross): Mr Whelan said that installation would begin in April.

(min 31) CCTV camera replacement – the contract had been awarded and the cameras would be replaced by March.

Minute 6 (fleet insurance claims): Mr Sadler reported that the backlog of claims had now been cleared.

Action A9, the review of the gifts and hospitality register, remains outstanding.

A16 – Circulate the revised risk appetite statement – Not yet circulated.

RAG: Green - complete; Amber - in progress; Red - past its target date.
""",
    )
    assert [(ref, status) for ref, _, status in found] == [
        ("5", "in_progress"),
        ("31", "in_progress"),
        ("6", "complete"),
        ("A9", "open"),
        ("A16", "open"),
    ]


def test_a_numbered_action_whose_status_is_said_sentences_later_and_a_town_clerks_report(tmp_path):
    """ "Action 1 – Speed watch training. PCSO Hale confirmed the training took place …": the report, sentences
    after the number, gives its status; the Town Clerk's report tells what was done since; "Installed on 2 April." in
    a progress column is done."""
    found = _paper(
        tmp_path,
        """# Penwith Neighbourhood Policing Panel

Notes of the meeting held on Wednesday 5 March 2025 at 7pm in the Church Hall.

Present: Sgt Trewin, PCSO Hale, Dan Moss (Chair)

## 2. Actions from the last meeting

Action 1 – Speed watch training for volunteers. PCSO Hale confirmed the training took place on 8 February.

## 3. Town Clerk's report

The Clerk reported that the letter to the Highways Authority about the potholes in Kiln Lane had been sent.
""",
    )
    assert [(ref, status) for ref, _, status in found] == [("1", "complete"), (None, "complete")]
    assert update_status("Installed on 2 April.") == "complete"


def test_reports_arising_from_minutes_as_a_list_and_actions_numbered_with_a_letters_code(tmp_path):
    """Each bullet "Arising from minute 27, …" reports on minute 27; "Action PAB/19 (…) had been completed" on
    PAB/19."""
    found = _paper(
        tmp_path,
        """# Brenhurst Police and Crime Panel

Minutes of the meeting held on Thursday 12 December 2024 at 10.00 am, Shire Hall.

Present: Councillor A Penrose (Chair), Councillor J Whitlow

## 3. Matters arising

- Arising from minute 27, the Chief Executive confirmed that the strategy had been circulated to members on 14 October.
- Arising from minute 29, the training session on budget scrutiny had been arranged for 9 January 2025.

Action PAB/19 (the data sharing agreement with the ambulance trust) had been completed.
""",
    )
    assert [(ref, status) for ref, _, status in found] == [
        ("27", "complete"),
        ("29", "in_progress"),
        ("PAB/19", "complete"),
    ]


def test_lettered_matters_run_in_after_their_item_s_title_in_a_typed_text(tmp_path):
    """A typed text's "3.  MATTERS ARISING" with its lettered entries indented below it, read as one paragraph: each
    entry is an update, the one whose report needs its next sentence ("… on 20th March. Done.") among them."""
    found = _paper(
        tmp_path,
        """INVERMORE COMMUNITY COUNCIL

Minutes of the Ordinary Meeting held on Monday 14th April 2025 at 7.30pm in the Memorial Hall

Present:  Morag Sinclair (Chair), Euan MacPhail (Vice Chair)

1.  WELCOME AND APOLOGIES
    MS welcomed everyone.

3.  MATTERS ARISING
    (a) Defibrillator at the pier: now registered and live. Complete.
    (b) Community resilience plan: FD circulated the draft to members on
        20th March. Done.
    (c) Toilets at the pier: no reply yet to our letter. Still open.
""",
        name="minutes.txt",
    )
    assert [(text.split(":")[0], status) for _, text, status in found] == [
        ("Defibrillator at the pier", "complete"),
        ("Community resilience plan", "complete"),
        ("Toilets at the pier", "open"),
    ]


def test_a_committees_earlier_recommendations_reported_on_by_minute(tmp_path):
    """ "The Scrutiny Officer reported on the Committee's earlier recommendations:" then lettered entries each naming
    the minute it made the recommendation in: an update on that minute, with its status."""
    path = tmp_path / "scrutiny.md"
    path.write_text(
        """# Otterdale County Council – Communities and Place Scrutiny Committee

Minutes of the meeting held on 23 January 2025

## 41. Progress on recommendations

The Scrutiny Officer reported on the Committee's earlier recommendations:

(a) minute 30 (winter gritting routes) – the Cabinet accepted the recommendation on 10 December 2024 and the revised routes are in place; completed;

(b) minute 33(b) (library opening hours consultation) – the consultation closes on 14 February; outstanding;

(c) minute 36 (flood resilience grant scheme) – the report has been moved to the March meeting.
""",
        encoding="utf-8",
    )
    assert [(ref, status) for ref, _, status in _updates(path)] == [
        ("30", "complete"),
        ("33(b)", "open"),
        ("36", "deferred"),
    ]


def test_matters_arising_with_a_full_stop_and_a_status_in_brackets(tmp_path):
    """ "Matters arising. Memorial benches – both are in and the plaques fixed (done). Pond fencing – the contractor
    has not been back; DE to check with the contract manager.": the label ends with a full stop, and "(done)" closing
    an entry is its status."""
    path = tmp_path / "friends.md"
    path.write_text(
        """# Friends of Mistle Park

Committee meeting held on 2 April 2025

## 2. Matters arising

Matters arising. Memorial benches – both are in and the plaques fixed (done). Pond fencing – the Council's contractor has not been back; DE to check with the contract manager.
""",
        encoding="utf-8",
    )
    found = _updates(path)
    assert [(text.split(" – ")[0], status) for _, text, status in found] == [
        ("Memorial benches", "complete"),
        ("Pond fencing", "open"),
    ]
