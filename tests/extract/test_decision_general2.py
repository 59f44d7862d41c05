"""Decisions a careful officer records, and the bookkeeping he does not (issue 8): apologies received and
accepted are attendance; a record of the last meeting answered only "Agreed as accurate." is agreed; a
resolution on a planning application that names no application of its own ("RESOLVED to support the
application") is about the one set out above it. The papers are invented."""

from __future__ import annotations

from ._build import decisions_in as _decisions


def test_apologies_accepted_are_no_decision(tmp_path):
    found = _decisions(
        tmp_path,
        "brantwick-pc-2024-10-08.md",
        (
            "# Brantwick Parish Council\n\n"
            "Minutes of the meeting held on Tuesday 8 October 2024 at 7.30pm in the Village Hall\n\n"
            "**Present:** Cllr Ruth Amos (Chairman), Cllr Glyn Pryce, Cllr Dev Shah; Mr Alan Lusk (Clerk)\n\n"
            "**24/88 Apologies for absence**\n"
            "Apologies were received and accepted from Cllr Nia Cole (holiday).\n\n"
            "**24/89 Finance**\n"
            "The payments schedule for October totalling £982.10 was approved.\n"
        ),
    )
    assert found == [("24/89", "The payments schedule for October totalling £982.10 was approved.")]


def test_notes_of_the_last_meeting_answered_agreed_as_accurate(tmp_path):
    found = _decisions(
        tmp_path,
        "hexley-landfill-liaison-2024-09-03.txt",
        (
            "HEXLEY LANDFILL RESIDENTS' LIAISON GROUP\n"
            "Notes of the meeting held on Tuesday 3 September 2024 at Hexley Village Hall\n\n"
            "Present: Carol Innes (Chair, resident), Mark Fenwick (site manager), Cllr Paul Hardy\n"
            "Apologies: Joan Peel (resident)\n\n"
            "1. Notes of the last meeting (4 June 2024)\n"
            "Agreed as a true record.\n\n"
            "2. Site report\n"
            "Mark reported that the capping of cell 4 had begun.\n"
        ),
    )
    assert len(found) == 1
    _, text = found[0]
    assert text.startswith("1. Notes of the last meeting") and "Agreed as a true record" in text


def test_a_resolution_on_the_planning_application_above_it_names_the_application(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.txt",
        (
            "MARFORD TOWN COUNCIL\n\n"
            "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON MONDAY 10 MARCH 2025\n"
            "AT 7.00PM IN THE COUNCIL CHAMBER, MARFORD\n\n"
            "PRESENT:       Councillors E. Shaw (Chair), R. Dale and M. Tonks\n"
            "IN ATTENDANCE: Mr J. Hearne (Town Clerk)\n\n"
            "P25/11  PLANNING APPLICATIONS\n"
            "        (a) 25/00140/HOU - 9 Orchard Rise - rear conservatory.\n"
            "            RESOLVED to raise no objection to the application.\n"
            "        (b) 25/00152/FUL - Land off Mill Street - four dwellings.\n"
            "            RESOLVED to object on the grounds of flooding.\n\n"
            "P25/12  TREE WORKS\n"
            "        RESOLVED to ask the District Council to inspect the oak at Church Green.\n"
        ),
    )
    texts = [text for _, text in found]
    assert texts[0].startswith("25/00140/HOU - 9 Orchard Rise - rear conservatory.")
    assert texts[0].endswith("o raise no objection to the application.")
    assert texts[1].startswith("25/00152/FUL - Land off Mill Street - four dwellings.")
    assert texts[2] == "To ask the District Council to inspect the oak at Church Green."


def test_a_quote_accepted_and_an_objection_resolved_after_the_application_in_one_paragraph(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.md",
        (
            "# Minutes of Coldridge Parish Council\n\n"
            "Minutes of the meeting held on Monday 13 January 2025 at 7.30pm in the Village Hall\n\n"
            "**Present:** Cllr Rhian Moss (Chairman), Cllr Ade Bello, Cllr Kit Lowe; Mr Sam Pike (Clerk)\n\n"
            "**25/04 Planning**\n"
            "24/01190/FUL – Land north of Church Street – 9 dwellings. After discussion it was resolved to object on "
            "the grounds of access.\n\n"
            "**25/05 Finance**\n"
            "The quote of £380 from Hallam Fencing for the play area gate was accepted.\n"
            "It was accepted that the hall roof would need attention within five years.\n"
        ),
    )
    assert found == [
        (
            "25/04",
            (
                "24/01190/FUL – Land north of Church Street – 9 dwellings. After discussion it was resolved to "
                "object on the grounds of access."
            ),
        ),
        ("25/05", "The quote of £380 from Hallam Fencing for the play area gate was accepted."),
    ]


def test_members_content_to_and_an_objection_agreed_after_the_application(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.txt",
        (
            "STRATHARD COMMUNITY COUNCIL\n\n"
            "Minutes of the Ordinary Meeting held on Tuesday 4 February 2025 at 7pm in Strathard Hall\n\n"
            "Present: Isla Munro (Chair), Calum Fraser (Secretary), Morven Hay (Treasurer)\n\n"
            "1. Treasurer's report\n"
            "The balance is £1,980.20. Members were content to pay £45 for the hall hire.\n"
            "Members were pleased to hear that the grant had arrived.\n\n"
            "2. Planning\n"
            "25/0051/PP Change of use of shop to hot food takeaway at 8 Bridge Street. Members agreed to object "
            "because of litter and parking.\n"
        ),
    )
    assert [text for _, text in found] == [
        "Members were content to pay £45 for the hall hire.",
        (
            "25/0051/PP Change of use of shop to hot food takeaway at 8 Bridge Street. Members agreed to object "
            "because of litter and parking."
        ),
    ]


def test_a_body_that_supported_or_accepted_a_proposal_decided_it(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.md",
        (
            "# Eastmoor Police and Crime Panel\n\n"
            "Minutes of the meeting held on 3 February 2025 at Shire Hall, Eastmoor\n\n"
            "**Present:** Cllr Lyn Hart (Chair), Cllr Raj Dutt, Mr Joe Pell (Independent Member)\n\n"
            "## 6. Police and Crime Plan refresh\n\n"
            "Members supported the proposal to hold a public consultation in the spring.\n\n"
            "Members supported the officers who had worked over Christmas.\n\n"
            "## 7. Complaints handling\n\n"
            "The Panel accepted the recommendation that the protocol be reviewed in a year.\n"
        ),
    )
    assert [text for _, text in found] == [
        "Members supported the proposal to hold a public consultation in the spring.",
        "The Panel accepted the recommendation that the protocol be reviewed in a year.",
    ]


def test_a_bare_verdict_with_its_movers_answers_its_item(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.txt",
        (
            "GLENARD COMMUNITY COUNCIL\n\n"
            "Minutes of the meeting held on Monday 2 June 2025 at 7pm in Glenard Library\n\n"
            "Present: Isobel Kerr (Chair), Angus Reid (Secretary), Eilidh Shaw (Treasurer)\n\n"
            "1. Minutes of the previous meeting\n"
            "Approved. Proposed by Eilidh Shaw, seconded by Angus Reid.\n\n"
            "2. Correspondence\n"
            "A letter from the health board was read.\n"
        ),
    )
    assert [text for _, text in found] == [
        "1. Minutes of the previous meeting: Approved. Proposed by Eilidh Shaw, seconded by Angus Reid."
    ]


def test_short_and_informal_agreements_are_decisions(tmp_path):
    found = _decisions(
        tmp_path,
        "friends-2024-10-08.md",
        """# Friends of Elm Park – committee meeting, 8 October 2024

Present: Maureen Heap (chair), Gareth Lowe, Aileen Moss

## 1. Notes of last meeting

Notes of the 10 September meeting agreed.

## 2. Events

Remembrance: agreed to lay a wreath on the war graves on Sunday 10th November.

Spring walk Sun 11 May – agreed to go ahead, led by Jen.

We agreed the priorities for the next three months would be litter and the pond.

Autumn report: agreed to note the treasurer's figures.
""",
    )
    assert [text for _, text in found] == [
        "Notes of the 10 September meeting agreed.",
        "Agreed to lay a wreath on the war graves on Sunday 10th November.",
        "Agreed to go ahead, led by Jen.",
        "We agreed the priorities for the next three months would be litter and the pond.",
    ]


def test_a_motion_set_out_and_resolved_accordingly_is_decided_part_by_part(tmp_path):
    text = """# Marlbury County Council – minutes of 20 February 2025

Present: Mr A Bell (Chair), Mr C Maddox, Mrs D Nettleton

## 119. Motion - Rural Bus Services

Mr Maddox moved and Mrs Nettleton seconded the following motion:

"This Council:

(1) recognises the importance of supported bus routes to residents of rural Marlbury;

(2) asks the Cabinet Member for Highways to bring a review of supported bus routes to the Cabinet by July 2025;

(3) calls on the Government to restore the funding."

Following the debate the motion was put to the vote and CARRIED, and it was RESOLVED accordingly.

## 120. Motion - Street lights

Mrs Nettleton moved and Mr Maddox seconded the following motion:

"This Council:

(1) asks for the street lights to stay on all night."

The motion was put to the vote and LOST.
"""
    found = _decisions(tmp_path, "council-2025-02-20.md", text)
    assert found == [
        ("119", "Recognises the importance of supported bus routes to residents of rural Marlbury"),
        (
            "119",
            "Asks the Cabinet Member for Highways to bring a review of supported bus routes to the Cabinet by July 2025",
        ),
        ("119", "Calls on the Government to restore the funding"),
    ]


def test_a_panels_resolution_whose_parts_go_on_from_its_opening_words(tmp_path):
    """ModernGov printed minutes: "RESOLVED: That the Panel" on a line of its own, then "(1) notes …;" and "(2)
    recommends …" each a paragraph: one decision a part, never "The Panel" alone; and "The Panel noted the report."
    closing an item is its decision."""
    found = _decisions(
        tmp_path,
        "minutes.md",
        (
            "# Harnford Police and Crime Panel\n\n"
            "Minutes of the meeting held on Thursday 10 October 2024 at 10.00 am, County Hall\n\n"
            "Present: Councillor J Ames (Chairman), Councillor B Cole, Councillor D Eve\n\n"
            "18. ANNUAL REPORT 2023/24\n\n"
            "The Commissioner presented her annual report.\n\n"
            "RESOLVED: That the Panel\n\n"
            "(1) notes the Police and Crime Commissioner's Annual Report 2023/24;\n\n"
            "(2) recommends to the Commissioner that future annual reports include a table of progress; and\n\n"
            "(3) asks the Commissioner to provide a written update on the rural crime strategy.\n\n"
            "19. HMICFRS PEEL INSPECTION\n\n"
            "The Chief Executive presented the Commissioner's response to the inspection.\n\n"
            "The Panel noted the report.\n\n"
            "20. PLANNING\n\n"
            "(a) 24/00012/FUL - 14 Tanners Row - change of use from shop to cafe.\n\n"
            "RESOLVED to support the application.\n\n"
            "(b) 24/00031/HOU - 2 Meadow View - two storey side extension.\n"
        ),
    )
    assert [text for _, text in found] == [
        "The Panel notes the Police and Crime Commissioner's Annual Report 2023/24;",
        "The Panel recommends to the Commissioner that future annual reports include a table of progress;",
        "The Panel asks the Commissioner to provide a written update on the rural crime strategy.",
        "The Panel noted the report.",
        "24/00012/FUL - 14 Tanners Row - change of use from shop to cafe. To support the application.",
    ]


def test_a_lead_in_over_a_list_of_payments_is_the_decision_and_a_closing_noted_is_the_items(tmp_path):
    """ "RESOLVED to approve the following payments:" over the payments (no numbered parts) is itself the decision;
    "The Board noted the update." closing an item's minute is its outcome."""
    found = _decisions(
        tmp_path,
        "minutes.md",
        (
            "# Little Ashby Parish Council\n\n"
            "Minutes of the meeting held on Monday 9 September 2024 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr A Bee (Chairman), Cllr C Dee, Cllr E Fay\n\n"
            "**24/96 Finance**\n\n"
            "RESOLVED to approve the following payments:\n\n"
            "| Payee | Description | Amount |\n|---|---|---|\n| L. Hart | Clerk's salary, August | £412.60 |\n\n"
            "**24/97 Community safety**\n\n"
            "PC Lane introduced the six-monthly update on the speed watch scheme. Sessions had doubled. "
            "The Board noted the update.\n"
        ),
    )
    assert [text for _, text in found] == ["To approve the following payments", "The Board noted the update."]


def test_a_table_of_planning_applications_and_the_councils_view_of_each(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.md",
        (
            "# Sallow Green Parish Council\n\n"
            "Minutes of the meeting held on Monday 12 May 2025 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr A Bee (Chairman), Cllr C Dee, Cllr E Fay\n\n"
            "### 25/055 Planning\n\n"
            "| Application | Proposal and location | Comment |\n|---|---|---|\n"
            "| 25/0287/FUL | Agricultural storage building, Moss Lane Farm | No objection |\n"
            "| 25/0342/FUL | Two dwellings, Chapel Street | Object – insufficient parking |\n\n"
            "The Clerk to submit the comments by 23rd May.\n"
        ),
    )
    assert found == [
        ("25/055", "25/0287/FUL - Agricultural storage building, Moss Lane Farm: No objection"),
        ("25/055", "25/0342/FUL - Two dwellings, Chapel Street: Object – insufficient parking"),
    ]


def test_an_item_deferred_and_what_was_decided_before_a_resolution_in_the_same_paragraph(tmp_path):
    found = _decisions(
        tmp_path,
        "minutes.md",
        (
            "# Sallow Green Parish Council\n\n"
            "Minutes of the meeting held on Monday 12 May 2025 at 7.30pm in the Village Hall\n\n"
            "Present: Cllr A Bee (Chairman), Cllr C Dee, Cllr E Fay\n\n"
            "**3. Sub Committee**\n\n"
            "This item was deferred pending the appointment of the new members.\n\n"
            "**4. Policies**\n\n"
            "The standing orders and financial regulations were reviewed and readopted without changes. "
            "Cllr Dee was proposed by Cllr Bee and seconded by Cllr Fay. **RESOLVED** that Cllr Dee continue as the "
            "council's representative on the partnership.\n"
        ),
    )
    assert [text for _, text in found] == [
        "Sub Committee item was deferred pending the appointment of the new members.",
        "The standing orders and financial regulations were reviewed and readopted without changes.",
        "Cllr Dee continue as the council's representative on the partnership.",
    ]
