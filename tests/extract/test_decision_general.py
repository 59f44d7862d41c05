"""Decisions in the shapes bodies other than ours write them (issue 8): a sub-paragraph's letter before "Council
agreed to …", a liaison group that "agreed" in lower case, "All agreed that this …" at the end of a dashed entry,
"This was adopted." naming its matter in the sentence before, the movers written after it ("Prop. Cllr X, 2nd
Cllr Y, all agreed."), a minute cut inside a name at the end of a line. The papers are invented."""

from __future__ import annotations

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import decisions_in as _decisions


def test_parish_minutes_with_lettered_paragraphs_and_a_matter_named_before(tmp_path):
    found = _decisions(
        tmp_path,
        "ashcombe-pc-2024-03-12.md",
        (
            "# Ashcombe Parish Council\n\n"
            "Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 12th March 2024 at 7.30pm in the Village Hall\n\n"
            "Present: Cllrs P Harding (Chairman), J Lowe, S Patel, R Quinn.\n\n"
            "**24/34 Finance**\n"
            "a) Payments for March totalling £1,245.60 were approved.\n"
            "b) Council agreed to renew its membership of the county association at £95.\n\n"
            "**24/36 Highways**\n"
            "The speed indicator device will be moved to Station Road. This was approved.\n\n"
            "**24/37 Planning Protocol**\n"
            "A draft Planning Protocol was discussed. This was adopted with one amendment. Prop. Cllr Lowe, 2nd Cllr "
            "Patel, all agreed. Clerk to place it on the website.\n\n"
            "**24/38 Open spaces**\n"
            "Benches repainted (done) – Skip at the allotments – quote from Reeds £140 plus vat - All agreed that this "
            "should be accepted.\n"
        ),
    )
    assert found == [
        ("24/34", "Payments for March totalling £1,245.60 were approved."),
        ("24/34", "Council agreed to renew its membership of the county association at £95."),
        ("24/36", "The speed indicator device will be moved to Station Road. This was approved."),
        (
            "24/37",
            (
                "A draft Planning Protocol was discussed. This was adopted with one amendment. Prop. Cllr Lowe, "
                "2nd Cllr Patel, all agreed."
            ),
        ),
        (
            "24/38",
            (
                "Benches repainted (done) – Skip at the allotments – quote from Reeds £140 plus vat - All agreed "
                "that this should be accepted."
            ),
        ),
    ]


def test_a_liaison_group_agrees_in_lower_case_and_a_minute_cut_inside_a_name(tmp_path):
    found = _decisions(
        tmp_path,
        "foxhole-rlg-2016-01-26.md",
        (
            "# Foxhole Lane Residents' Liaison Group\n\n"
            "Notes of the meeting held on 26 January 2016 at Foxhole Community Centre\n\n"
            "Attendees: J Marsh (Chair), P Lane, D Crook, Inspector S Wade\n\n"
            "## 1. Notes of the last meeting\n\n"
            "On the proposal of Mr Lane, seconded by Mr Crook, the notes of the Residents' Liaison Group meeting of Foxhole\n\n"
            "Lane held on 20th October, 2015 were confirmed.\n\n"
            "## 2. Noise monitoring\n\n"
            "The operator presented the quarterly figures. The group agreed that monitoring should continue at the two "
            "existing locations.\n\n"
            "## 3. Traffic\n\n"
            "The group felt that more enforcement was needed.\n"
        ),
    )
    assert found == [
        (
            "1",
            (
                "On the proposal of Mr Lane, seconded by Mr Crook, the notes of the Residents' Liaison Group meeting "
                "of Foxhole Lane held on 20th October, 2015 were confirmed."
            ),
        ),
        ("2", "The group agreed that monitoring should continue at the two existing locations."),
    ]


def test_town_council_labels_verdicts_and_a_subjunctive_task(tmp_path):
    """ "Agreed:" after other words in a paragraph, a grant line answered "AGREED." (and one "NOT AGREED."), "It
    was agreed that the Clerk write …", officers elected; a vote's tally after a motion is not a decision of its
    own; "agreed that vigilance was needed" stays a sentiment."""
    found = _decisions(
        tmp_path,
        "brayford-tc-2024-07-08.md",
        (
            "# Brayford Town Council\n\n"
            "Minutes of the Full Council meeting held on Monday 8 July 2024 at 7.00pm in the Guildhall\n\n"
            "Present: Cllr A Bell (Mayor), Cllr C Dunn, Cllr E Frost, Cllr G Hale\n\n"
            "## 51. Finance\n\n"
            "Balance at bank £14,432. Agreed: the Council will contribute £150 to the gala day.\n\n"
            "## 52. Grant applications\n\n"
            "Brayford Carnival Committee - £500. AGREED.\n\n"
            "Brayford Youth Football Club - £250. NOT AGREED.\n\n"
            "## 53. CCTV\n\n"
            "Cllr Hale proposed that the Council accept the quotation from Secure Vision Ltd of £12,600; seconded by "
            "Cllr Dunn. On a vote: 5 for, 2 against. The motion was carried.\n\n"
            "## 54. Flooding\n\n"
            "Cllr Frost reported further flooding at the Ford. It was agreed that the Clerk write to Highways again. It "
            "was agreed that vigilance was needed over the winter.\n\n"
            "## 55. Annual appointments\n\n"
            "Cllr Bell was re-elected as Mayor unopposed. Cllr Frost was elected Deputy Mayor.\n"
        ),
    )
    assert found == [
        ("51", "The Council will contribute £150 to the gala day."),
        ("52", "Brayford Carnival Committee - £500. AGREED."),
        (
            "53",
            (
                "Cllr Hale proposed that the Council accept the quotation from Secure Vision Ltd of £12,600; "
                "seconded by Cllr Dunn."
            ),
        ),
        ("54", "It was agreed that the Clerk write to Highways again."),
        ("55", "Cllr Bell was re-elected as Mayor unopposed."),
        ("55", "Cllr Frost was elected Deputy Mayor."),
    ]


def test_a_motion_moved_before_its_resolution_and_a_notice_of_motion_agreed(tmp_path):
    """A nomination seconded and then "RESOLVED: That …" is one decision, the resolution; a notice of motion set out
    in quotes and then "seconded … and agreed" is decided in its own words."""
    found = _decisions(
        tmp_path,
        "dunard-jpc-2019-06-14.md",
        (
            "# Dunard Joint Policing Committee\n\n"
            "Minutes of Meeting of the Joint Policing Committee held in the Council Chamber, Dunard on Friday, 14th June, "
            "2019 at 10.00 a.m.\n\n"
            "## 1. Election of Chair\n\n"
            "Councillor Barry nominated Councillor Walsh, seconded by Councillor Doyle. There being no other "
            "nominations, it was\n\n"
            "RESOLVED: That Councillor Walsh be elected Chair for 2019/20.\n\n"
            "## 2. Notice of Motion\n\n"
            "Councillor Fahy moved the following Notice of Motion:\n\n"
            '"That the Joint Policing Committee call on the Minister for Justice to provide additional Gardaí for the '
            'Dunard District."\n\n'
            "The motion was seconded by Councillor Barry and following discussion was agreed.\n"
        ),
    )
    assert found == [
        ("1", "Councillor Walsh be elected Chair for 2019/20."),
        (
            "2",
            (
                "The Joint Policing Committee call on the Minister for Justice to provide additional Gardaí for the "
                "Dunard District. The motion was seconded by Councillor Barry and following discussion was agreed."
            ),
        ),
    ]


def test_council_minutes_wrapped_from_a_pdf_a_motion_its_vote_and_its_resolution(tmp_path):
    """Printed council minutes: a motion moved and seconded, its vote and "Motion carried", then "RESOLVED that
    Council:" over lettered lines are the lettered resolutions alone; a motion lost is no decision."""
    found = _decisions(
        tmp_path,
        "wealdshire-cc-2025-03-13.txt",
        (
            "MINUTES of a meeting of the Wealdshire County Council held in the Council Chamber, County Hall on Thursday, "
            "13 March 2025.\n\n"
            "PRESENT: Mr J Abbot (Chairman), Mrs B Carr, Mr D Evans, Ms F Grant, Mr H Ives\n\n"
            "59. Treasury Management Strategy\n"
            "(1) Mr Evans moved and Mrs Carr seconded that the recommendations set out in\n"
            "the report be agreed.\n"
            "(2) Following a debate, the motion was put to the vote and the voting was as\n"
            "follows: For (45), Against (12), Abstain (3). Motion carried.\n"
            "(3) RESOLVED that Council:\n"
            "(a) approve the Treasury Management Strategy for 2025-26; and\n"
            "(b) note the prudential indicators set out in Appendix 2.\n\n"
            "60. Motion for time limited debate - Pavement parking\n"
            "(1) Ms Grant moved and Mr Ives seconded the following motion:\n"
            '"This Council calls on the Government to introduce a national ban on pavement\n'
            'parking."\n'
            "(2) Following a debate, the motion was put to the vote and the voting was as\n"
            "follows: For (20), Against (40), Abstain (0). Motion lost.\n"
        ),
    )
    assert found == [
        ("59", "Council approve the Treasury Management Strategy for 2025-26;"),
        ("59", "Council note the prudential indicators set out in Appendix 2."),
    ]


def test_recommendations_moved_then_resolved_a_paragraph_later_are_one_decision_an_entry(tmp_path):
    found = _decisions(
        tmp_path,
        "northshire-council-2025-03-13.txt",
        (
            "NORTHSHIRE COUNTY COUNCIL\n\n"
            "MINUTES of a meeting of the County Council held in the Council Chamber, County Hall, Northtown on Thursday, "
            "13 March 2025.\n\n"
            "PRESENT: Mrs S Vale (Chairman), Mr R Abbott, Mr J Barr, Mr K Jones\n\n"
            "7. Report by Leader of the Council (Oral)\n"
            "(1) The Leader updated the Council on local government reorganisation.\n"
            "(2) RESOLVED that the report be noted.\n\n"
            "8. Treasury Management Strategy 2025-26\n"
            "(1) Mr Jones moved, and Mr Barr seconded, the recommendations in the report.\n"
            "(2) Following a debate, the recommendations were put to the vote and CARRIED.\n"
            "(3) RESOLVED that:\n"
            "(a) the Treasury Management Strategy for 2025-26 be approved; and\n"
            "(b) the Prudential Indicators set out in Appendix 2 be approved.\n"
        ),
    )
    assert [item for item, _ in found] == ["7", "8", "8"]
    assert [text.split()[1] for _, text in found] == ["report", "Treasury", "Prudential"]


def test_a_resolution_in_capitals_inside_a_paragraph_ends_with_its_sentence(tmp_path):
    found = _decisions(
        tmp_path,
        "haverley-tc-env-2024-06-05.txt",
        (
            "HAVERLEY TOWN COUNCIL\n\nMinutes of the meeting of the Environment Committee held on Wednesday 5 June 2024 "
            "at 7.00pm in the Council Chamber\n\nPresent: Cllr A Fox (Chair), Cllr B Gray\n\n"
            "12. Tree planting\n\nThe Deputy Clerk reported on the county's tree scheme. RESOLVED: to apply for 40 whips "
            "under the scheme. The Deputy Clerk to submit the application by 30 June.\n"
        ),
    )
    assert [text for _, text in found] == ["To apply for 40 whips under the scheme."]


def test_a_proposal_agreed_minutes_taken_as_read_and_a_matter_put_off_are_decisions(tmp_path):
    """ "KM proposed that … ; agreed." records an agreement; minutes "taken as read and signed" are approved; "The report
    on … was deferred to the October meeting" is the meeting's outcome for the item (said while going through the
    action log it would report an earlier errand instead); another authority's decisions only noted are none."""
    found = _decisions(
        tmp_path,
        "stow-pc-2014-09-08.md",
        (
            "# Stow Pellinor Parish Council\n\n"
            "Minutes of the Meeting of the Parish Council held on Monday 8th September 2014 at 7.30pm\n\n"
            "**14/074 Minutes**\n"
            "The minutes of the meeting held on 14th July 2014, having been circulated, were taken as read and signed "
            "as a correct record.\n\n"
            "**14/079 Planning**\n"
            "The following decisions of the District Council were noted: DC/14/0301 – 12 Church Lane, garage – "
            "approved.\n\n"
            "**14/080 Membership**\n"
            "KM proposed that membership renewals be collected online as well as in cash; agreed.\n\n"
            "**14/083 War memorial**\n"
            "The report on the cleaning of the war memorial was deferred to the October meeting, as the quote had not "
            "arrived.\n"
        ),
    )
    assert [item for item, _ in found] == ["14/074", "14/080", "14/083"]
    assert found[2][1].startswith("The report on the cleaning of the war memorial was deferred")


def test_an_annual_meeting_then_the_committee_its_officers_re_elected_and_a_titled_minute_with_its_action(
    tmp_path,
):
    """A Friends group's AGM and the committee meeting after it, one paper: officers "were re-elected" is the
    AGM's decision; "1. Book sale: to be held on 12th March. PJ to book the hall. Action: PJ" is an item titled
    "Book sale" whose minute sets PJ's task."""
    path = tmp_path / "friends.md"
    path.write_text(
        """# Friends of Hallam Court Library

## Minutes of the Annual General Meeting held on Tuesday 26th January 2016 at 6.30pm

Present: 14 members. Chair: Ann Lee

3. Election of officers: Ann Lee (Chair), Tom Rae (Treasurer) and Sue Marr (Secretary) were re-elected.

## Minutes of the Committee Meeting held on Tuesday 26th January 2016 following the AGM

Present: Ann Lee (AL), Tom Rae (TR), Sue Marr (SM), Pat Jones (PJ)

1. Book sale: to be held on 12th March. PJ to book the hall. Action: PJ
""",
        encoding="utf-8",
    )
    agm, committee = extract(read(path)).meetings[:2]
    assert [d.text for d in agm.decisions] == [
        "Ann Lee (Chair), Tom Rae (Treasurer) and Sue Marr (Secretary) were re-elected."
    ]
    assert [i.title for i in committee.items] == ["Book sale"]
    assert [(a.owners, a.text) for a in committee.actions] == [(["PJ"], "PJ to book the hall")]
