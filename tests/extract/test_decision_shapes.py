"""Whole papers whose decisions are recorded in shapes other than our samples' (issue 8): a body that
"agreed to:" over lettered lines, "RESOLVED: That the Committee (a) … (b) …", "RECOMMENDED that …",
a verdict on what was just proposed ("All agreed.", "Motion carried"), votes, minutes "read, approved
and signed", planning answers ("No objection"), and what is not a decision: motions lost or withdrawn,
a motion's text quoted before its vote, questions, concerns noted, reports received. The papers are
invented."""

from __future__ import annotations

from ._build import decisions_in as _decisions


def test_committee_minutes_printed_by_a_committee_system(tmp_path):
    """ModernGov's printed minutes: a discussion, then "RESOLVED – that …"; an inline lettered resolution
    under "That the Committee"; "RECOMMENDED that …" to full Council; a report received is not decided."""
    found = _decisions(
        tmp_path,
        "harbury-audit-2024-09-17.md",
        (
            "# Harbury District Council\n\n"
            "Minutes of the Audit and Standards Committee held on 17 September 2024\n\n"
            "Present: Councillors A Lomax (Chair), B Ferris, C Odell\n\n"
            "## 14 Internal Audit Progress Report\n\n"
            "The Head of Audit introduced the report. Members noted concerns about the number of overdue "
            "recommendations in housing repairs and asked when they would be cleared.\n\n"
            "RESOLVED – that the report be noted.\n\n"
            "## 15 Annual Governance Statement\n\n"
            "RESOLVED: That the Committee (a) notes the draft Annual Governance Statement; (b) agrees the "
            "action plan for 2024/25.\n\n"
            "## 16 Review of the Constitution\n\n"
            "RECOMMENDED that Council adopt the revised Contract Procedure Rules.\n\n"
            "## 17 External Auditor's Annual Letter\n\n"
            "The annual letter was received.\n"
        ),
    )
    assert found == [
        ("14", "The report be noted."),
        ("15", "The Committee notes the draft Annual Governance Statement"),
        ("15", "The Committee agrees the action plan for 2024/25."),
        ("16", "Council adopt the revised Contract Procedure Rules."),
    ]


def test_cabinet_agreed_to_a_lettered_list_and_the_council_resolved(tmp_path):
    found = _decisions(
        tmp_path,
        "tarnshire-cabinet-2025-02-06.txt",
        (
            "TARNSHIRE COUNTY COUNCIL\n\n"
            "MINUTES of a meeting of the Cabinet held on Thursday, 6 February 2025\n\n"
            "31. Highways Asset Management Plan\n\n"
            "The Cabinet Member introduced the plan and answered questions on pothole repairs.\n\n"
            "Cabinet agreed to:\n\n"
            "(a) approve the Highways Asset Management Plan 2025-2030;\n\n"
            "(b) delegate authority to the Director of Highways to publish the plan.\n\n"
            "32. School Transport Policy\n\n"
            "After a debate the Cabinet resolved to consult on the revised School Transport Policy for six weeks.\n\n"
            "33. Leisure Centres\n\n"
            "Following questions, it was RESOLVED to extend the leisure management contract by two years.\n"
        ),
    )
    assert found == [
        ("31", "Cabinet agreed to approve the Highways Asset Management Plan 2025-2030;"),
        ("31", "Cabinet agreed to delegate authority to the Director of Highways to publish the plan."),
        ("32", "The Cabinet resolved to consult on the revised School Transport Policy for six weeks."),
        ("33", "To extend the leisure management contract by two years."),
    ]


def test_resolutions_numbered_inside_one_sentence_and_resolved_in_passing(tmp_path):
    found = _decisions(
        tmp_path,
        "ouseley-pc-2023-05-10.md",
        (
            "# Ouseley Parish Council\n\n"
            "Minutes of the meeting held on 10 May 2023\n\n"
            "## 23/41 Annual Parish Meeting\n\n"
            "RESOLVED that (1) the annual return be approved; (2) the Clerk's salary be reviewed in October; "
            "and (3) the internal auditor be reappointed.\n\n"
            "## 23/42 Grass cutting\n\n"
            "Three quotes had been received and circulated. After discussion, resolved to accept the quote "
            "from Greenway Ltd at £1,450 a year.\n"
        ),
    )
    assert found == [
        ("23/41", "The annual return be approved"),
        ("23/41", "The Clerk's salary be reviewed in October"),
        ("23/41", "The internal auditor be reappointed."),
        ("23/42", "To accept the quote from Greenway Ltd at £1,450 a year."),
    ]


def test_a_commissioners_decision_record(tmp_path):
    found = _decisions(
        tmp_path,
        "kelmarsh-pcc-board-2024-10-01.md",
        (
            "# Kelmarsh Police and Crime Commissioner – Accountability Board\n\n"
            "Notes of the meeting held on 1 October 2024\n\n"
            "## 4. Estates\n\n"
            "The Chief Constable set out the options for the northern custody suite.\n\n"
            "Decision: The PCC approved option two, a refurbishment of the existing suite.\n\n"
            "## 5. Commissioning\n\n"
            "DECISION: To extend the victims' service grant to March 2026.\n"
        ),
    )
    assert found == [
        ("4", "The PCC approved option two, a refurbishment of the existing suite."),
        ("5", "To extend the victims' service grant to March 2026."),
    ]


def test_a_verdict_on_what_was_just_proposed(tmp_path):
    """ "All agreed." after a proposal in the same paragraph, "Agreed." on a line of its own under one,
    and "Proposed: …, Seconded: …, all in favour" under the matter; a verdict after talk decides nothing."""
    found = _decisions(
        tmp_path,
        "ashworth-pc-2024-04-09.md",
        (
            "# Minutes of Ashworth Parish Council\n\n"
            "Held on Tuesday 9 April 2024 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr P Dunn (Chair), Cllr R Hale, Cllr S Imber\n\n"
            "## 24/33 Play area\n"
            "Cllr Hale proposed that new safety surfacing be bought from Playsafe Ltd at £2,340. All agreed.\n\n"
            "The Clerk suggested moving the litter bin nearer the gate.\n\n"
            "Agreed.\n\n"
            "## 24/34 Hall hire\n"
            "The Chair thanked the hall committee for their hard work over the winter.\n\n"
            "Agreed.\n\n"
            "That the hire charge for the hall stay at £12 an hour.\n"
            "Proposed: Cllr Imber, Seconded: Cllr Dunn, all in favour.\n"
        ),
    )
    assert found == [
        (
            "24/33",
            "Cllr Hale proposed that new safety surfacing be bought from Playsafe Ltd at £2,340. All agreed.",
        ),
        ("24/33", "The Clerk suggested moving the litter bin nearer the gate. Agreed."),
        (
            "24/34",
            "The hire charge for the hall stay at £12 an hour. "
            "Proposed: Cllr Imber, Seconded: Cllr Dunn, all in favour.",
        ),
    ]


def test_proposed_seconded_and_agreed_in_one_sentence(tmp_path):
    found = _decisions(
        tmp_path,
        "bryn-cc-2022-11-14.txt",
        (
            "BRYN COMMUNITY COUNCIL\n"
            "Minutes of the meeting held on Monday 14 November 2022\n\n"
            "5. Grants\n"
            "Proposed by Cllr Evans, seconded by Cllr Price and unanimously agreed that a grant of £250 be "
            "paid to the youth club.\n"
            "It was agreed to buy a defibrillator cabinet for the chapel wall.\n"
        ),
    )
    assert found == [
        (
            "5",
            "Proposed by Cllr Evans, seconded by Cllr Price and unanimously agreed that a grant of £250 be "
            "paid to the youth club.",
        ),
        ("5", "It was agreed to buy a defibrillator cabinet for the chapel wall."),
    ]


def test_votes_carried_and_motions_that_failed(tmp_path):
    found = _decisions(
        tmp_path,
        "milby-tc-2024-01-22.md",
        (
            "# Milby Town Council\n\n"
            "Minutes of the Full Council meeting held on 22 January 2024\n\n"
            "## 12 Precept\n"
            "Members voted 7 for, 2 against, to set the precept at £96,000 for 2024/25.\n\n"
            "## 13 Christmas lights\n"
            "Cllr Walsh proposed that the lights contract be retendered. The motion was put to the vote: "
            "3 for, 6 against. The motion was lost.\n\n"
            "## 14 Car park charges\n"
            "Cllr Okoro moved that the Council ask the District Council to suspend parking charges in December. "
            "Seconded by Cllr Bell.\n\n"
            "The motion was withdrawn after the Clerk explained the charges were set for the year.\n\n"
            "## 15 Allotments\n"
            "Cllr Bell proposed that allotment rents rise by 5%. The proposal was put to the vote: 6 for, 2 "
            "against. Motion carried.\n"
        ),
    )
    assert found == [
        ("12", "Members voted 7 for, 2 against, to set the precept at £96,000 for 2024/25."),
        (
            "15",
            "Cllr Bell proposed that allotment rents rise by 5%. The proposal was put to the vote: 6 for, "
            "2 against. Motion carried.",
        ),
    ]


def test_a_motion_quoted_before_its_vote(tmp_path):
    """The motion's text is not a decision until it is carried; one lost leaves nothing."""
    found = _decisions(
        tmp_path,
        "glenmore-council-2024-07-11.md",
        (
            "# Glenmore County Council\n\n"
            "Minutes of the County Council held on 11 July 2024\n\n"
            "## 21 Motion – Rural Bus Services\n"
            "Cllr Frame moved and Cllr Dyer seconded the following motion:\n\n"
            "“That this Council resolves to ask the Cabinet to protect rural bus routes in the 2025/26 budget.”\n\n"
            "After debate the motion was put to the vote and carried.\n\n"
            "## 22 Motion – Street Lighting\n"
            "Cllr Amis moved and Cllr Toll seconded the following motion:\n\n"
            "“That this Council agrees to switch street lights off between midnight and 5am.”\n\n"
            "The motion was put to the vote and was lost.\n"
        ),
    )
    assert found == [
        (
            "21",
            "This Council resolves to ask the Cabinet to protect rural bus routes in the 2025/26 budget. "
            "After debate the motion was put to the vote and carried.",
        ),
    ]


def test_minutes_and_accounts_approved(tmp_path):
    found = _decisions(
        tmp_path,
        "fenby-pc-2019-03-04.md",
        (
            "# Fenby Parish Council\n\n"
            "Minutes of the meeting held on 4 March 2019\n\n"
            "## 1. Minutes\n"
            "The minutes of the meeting held on 4 February 2019 were read, approved and signed by the Chairman.\n\n"
            "## 2. Finance\n"
            "The accounts for payment were approved.\n\n"
            "The bank reconciliation for February was received.\n"
        ),
    )
    assert found == [
        (
            "1",
            "The minutes of the meeting held on 4 February 2019 were read, approved and signed by the Chairman.",
        ),
        ("2", "The accounts for payment were approved."),
    ]


def test_the_councils_answers_to_planning_applications(tmp_path):
    """A parish council's answer to an application is its decision: on the application's line, on the
    line below it, or as a sentence naming the application."""
    found = _decisions(
        tmp_path,
        "hilton-pc-2021-06-08.md",
        (
            "# Hilton Parish Council\n\n"
            "Minutes of the meeting held on 8 June 2021\n\n"
            "## 21/58 Planning\n"
            "21/00456/HH Single storey rear extension, 4 Mill Lane – No objection.\n\n"
            "21/00502/F Two dwellings, land off Church Road\n\n"
            "No objections raised.\n\n"
            "The Council supports the application for a new farm shop at Vale Farm.\n\n"
            "Cllr Ross asked whether the Church Road site had flooded before?\n"
        ),
    )
    assert found == [
        ("21/58", "21/00456/HH Single storey rear extension, 4 Mill Lane – No objection."),
        ("21/58", "21/00502/F Two dwellings, land off Church Road: No objections raised."),
        ("21/58", "The Council supports the application for a new farm shop at Vale Farm."),
    ]


def test_what_a_body_decided_and_what_it_only_felt(tmp_path):
    found = _decisions(
        tmp_path,
        "wyre-vale-pcp-2024-03-14.md",
        (
            "# Wyre Vale Police and Crime Panel\n\n"
            "Minutes of the meeting held on 14 March 2024\n\n"
            "## 6. Performance\n"
            "Members agreed that the fall in rural crime reports was encouraging.\n\n"
            "Councillors agreed to hold a workshop on rural crime before the summer.\n\n"
            "The Panel noted concerns about call handling times and asked the Commissioner how they would be "
            "improved.\n\n"
            "It was agreed that vigilance was needed over the summer months.\n\n"
            "## 7. Work programme\n"
            "The Panel decided to add a review of custody to the work programme.\n"
        ),
    )
    assert found == [
        ("6", "Councillors agreed to hold a workshop on rural crime before the summer."),
        ("7", "The Panel decided to add a review of custody to the work programme."),
    ]


def test_questions_and_reports_received_are_not_decisions(tmp_path):
    found = _decisions(
        tmp_path,
        "sedge-jpc-2020-02-21.md",
        (
            "# Sedge Joint Policing Committee\n\n"
            "Minutes of the meeting held on 21 February 2020\n\n"
            "## 3. Garda Report\n"
            "The Superintendent's report was received.\n\n"
            "Cllr Byrne asked whether the new patrol car had been approved?\n\n"
            "Members asked if the Council had agreed the funding for CCTV.\n\n"
            "Cllr Doyle proposed that the CCTV scheme be extended to the harbour. There was no seconder.\n"
        ),
    )
    assert found == []
