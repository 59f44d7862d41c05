"""Whole papers whose header, or the second meeting they record, is written in shapes the samples do not show
(issue 8): a date with its day as a word, a board's date written year first, an ordinary meeting after the annual
one naming the council only as "the Parish Council". The papers are invented."""

from __future__ import annotations

from pathlib import Path

from scrutiny.extract import extract
from scrutiny.readers import read


def _meetings(tmp_path: Path, text: str, name: str = "minutes.txt") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text)
    return [(m.date, m.body, [i.title for i in m.items]) for m in extract(read(path)).meetings]


def test_an_annual_meeting_dated_in_words_then_the_ordinary_meeting_of_the_same_council(tmp_path):
    found = _meetings(
        tmp_path,
        """ASHGROVE PARISH COUNCIL

Minutes of the Annual Meeting of the Parish Council held on Monday the twelfth of May 2025 at 7.00pm in the Pavilion

Present: Cllrs A Bell (Chair), C Dunn, E Ford, G Hall

1. Election of Chairman
Cllr Bell was elected Chairman.

2. Election of Vice-Chairman
Cllr Dunn was elected.

Minutes of the Ordinary Meeting of the Parish Council held on Monday 12th May 2025 following the Annual Meeting

Present: Cllrs A Bell (Chair), C Dunn, E Ford, G Hall

1. Apologies
None.

2. Minutes of the previous meeting
The minutes of 14 April 2025 were approved.

3. Highways
Potholes on Back Lane to be reported.
""",
    )
    assert found == [
        ("2025-05-12", "Ashgrove Parish Council", ["Election of Chairman", "Election of Vice-Chairman"]),
        (
            "2025-05-12",
            "Ashgrove Parish Council",
            ["Apologies", "Minutes of the previous meeting", "Highways"],
        ),
    ]


def test_a_board_that_numbers_its_minutes_by_year_meeting_and_item(tmp_path):
    found = _meetings(
        tmp_path,
        """Westmoor Accountability Board
Notes – 2015/04/03

Attendees
Commissioner – Gail West
Chief Constable – Hal Young

2015/04/01 Minutes of the previous meeting
Agreed.

2015/04/02 Performance report
The Chief Constable presented the quarterly figures.

2015/04/03 Estates strategy
The Board noted the strategy.
""",
    )
    assert found == [
        (
            "2015-04-03",
            "Westmoor Accountability Board",
            ["Minutes of the previous meeting", "Performance report", "Estates strategy"],
        ),
    ]


def test_items_numbered_in_roman_numerals(tmp_path):
    path = tmp_path / "panel.txt"
    path.write_text("""Thornbury Police and Crime Panel

Minutes

Date: Thursday 6 February 2025
Venue: Committee Room 2, Shire Hall

Members present: Cllr Ann Ray (Chair), Cllr Bob Sim

I. Apologies
Cllr Fay Wood.

II. Declarations of interest
None.

III. Proposed precept 2025/26
The Panel considered the Commissioner's proposed precept.

IV. Any other business
None.
""")
    (meeting,) = extract(read(path)).meetings
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),  # a lone "I." is read as a scanned "1."; the title is what counts
        ("II", "Declarations of interest"),
        ("III", "Proposed precept 2025/26"),
        ("IV", "Any other business"),
    ]


def test_a_day_written_as_a_word_is_read_only_before_a_month():
    from scrutiny.extract.dates import find_dates

    assert [d.isoformat() for d, _, _ in find_dates("held on Monday the twelfth of May 2025 at 7pm")] == [
        "2025-05-12"
    ]
    assert [d.isoformat() for d, _, _ in find_dates("on the Twenty-First day of June, 2024")] == [
        "2024-06-21"
    ]
    assert find_dates("the first item of 2024 business") == []


def test_bodies_named_with_a_noun_in_lower_case_or_as_a_watch_or_a_trust(tmp_path):
    found = []
    for title in (
        "Minutes of the Eastbury PACT meeting held on 3 May 2012",
        "Minutes of the Eastbury Neighbourhood Watch AGM, 3 May 2012",
        "WESTFIELD TRUST – Board of Trustees – Minutes of meeting held 3 May 2012",
    ):
        found.extend(
            body
            for _, body, _ in _meetings(
                tmp_path,
                f"{title}\n\nPresent: Ann Bee (Chair), Cal Dee\n\n"
                "1. Apologies\nNone.\n\n2. Police report\nQuiet month.\n",
            )
        )
    assert found == ["Eastbury PACT Meeting", "Eastbury Neighbourhood Watch", "Westfield Trust"]


def test_minutes_under_their_agenda_take_the_date_of_their_own_heading(tmp_path):
    found = _meetings(
        tmp_path,
        """BRAMLEY PARISH COUNCIL

AGENDA
1. Apologies
2. Declarations of interest
3. Minutes of the meeting held on 2 April 2018
4. Highways

MINUTES of the meeting held on Monday 14th May 2018 at 7.30pm in Bramley Village Hall

Present: Cllr T Ure (Chair), Cllr V Wall, Cllr W Xu

Apologies were received from Cllr A Bow. The minutes of the meeting held on 2 April 2018 were approved.
""",
    )
    assert [(d, body) for d, body, _ in found] == [("2018-05-14", "Bramley Parish Council")]


def test_a_post_with_two_months_minutes_dated_without_years(tmp_path):
    found = _meetings(
        tmp_path,
        """---
title: "Wexcombe Parish Council Minutes"
date: "2014-07-20"
---

Minutes of the Parish Council meeting held on Tuesday 3rd June in the Village Hall

Present: Cllr A Ash (Chairman), Cllr B Birch, Cllr C Cedar

1\\. Apologies: Cllr D Dogwood

2\\. Minutes of the meeting held on 6th May were approved.

3\\. Highways: The Clerk will report the potholes.

Minutes of the Parish Council meeting held on Tuesday 1st July in the Village Hall

Present: Cllr A Ash (Chairman), Cllr B Birch, Cllr D Dogwood

1\\. Apologies: Cllr C Cedar

2\\. Minutes of the meeting held on 3rd June were approved.

3\\. Playing field: The new gate has been fitted.
""",
        name="minutes.md",
    )
    assert found == [
        (
            "2014-06-03",
            "Wexcombe Parish Council",
            ["Apologies", "Minutes of the meeting held on 6th May", "Highways"],
        ),
        (
            "2014-07-01",
            "Wexcombe Parish Council",
            ["Apologies", "Minutes of the meeting held on 3rd June", "Playing field"],
        ),
    ]


def test_a_word_paper_whose_cover_table_sets_labels_and_values_side_by_side(tmp_path):
    from docx import Document as WordDocument

    paper = WordDocument()
    table = paper.add_table(rows=2, cols=4)
    for r, row in enumerate(
        [
            ("Meeting:", "Ashwood Police Liaison Group", "Date:", "14/07/2009"),
            ("Venue:", "Ashwood Library", "Time:", "7.00pm"),
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    paper.add_paragraph("Present: Ann Bee (Chair), Cal Dee, PC Eve Fox")
    paper.add_paragraph("1. Minutes of last meeting")
    paper.add_paragraph("Agreed.")
    path = tmp_path / "notes.docx"
    paper.save(str(path))
    (meeting,) = extract(read(path)).meetings
    assert (meeting.date, meeting.body, meeting.start_time, meeting.venue) == (
        "2009-07-14",
        "Ashwood Police Liaison Group",
        "19:00",
        "Ashwood Library",
    )


def test_the_day_a_paper_was_sent_out_or_approved_is_not_the_meetings(tmp_path):
    dates = []
    for opening in (
        (
            "Elmshire County Council\n\nDespatched: 5 March 2025\n\nA meeting of the County Council will be "
            "held on Thursday 13 March 2025 at 10.00 am\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n"
        ),
        (
            "ELMSHIRE POLICE AND CRIME PANEL\n\nIssue date: 5 March 2025\n\nMinutes of the meeting held on "
            "13 March 2025\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n"
        ),
        (
            "Minutes approved on 10 April 2025\n\nELMSHIRE POLICE AND CRIME PANEL\n\nMinutes of the meeting "
            "held on 13 March 2025\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n"
        ),
    ):
        dates.extend(d for d, _, _ in _meetings(tmp_path, opening + "\n1. Apologies\nNone.\n"))
    assert dates == ["2025-03-13", "2025-03-13", "2025-03-13"]


def test_a_web_pages_posting_date_and_the_month_in_its_title_name_neither_meeting_nor_body(tmp_path):
    path = tmp_path / "kilbride-cc-minutes-march.html"
    path.write_text(
        "<html><head><title>Minutes of March meeting – Kilbride Community Council</title></head><body>"
        "<h1>Kilbride Community Council</h1><h2>Minutes of March meeting</h2>"
        "<p class='meta'>Posted on 12 March 2025 by Secretary</p>"
        "<p>Minutes of the meeting held on Thursday 6 March 2025 at 7pm in Kilbride Village Hall.</p>"
        "<p>Present: Alan Hay (Chair), Beth Low, Colin Muir</p><h3>1. Police report</h3><p>Two break-ins.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (meeting, *_) = extract(read(path)).meetings
    assert (meeting.date, meeting.body) == ("2025-03-06", "Kilbride Community Council")


def test_the_next_meeting_named_by_the_bodys_own_word(tmp_path):
    from scrutiny.extract.header import next_meeting

    assert (
        next_meeting(["Next forum: Tuesday 14 January 2025, 7pm, the library"]).date.isoformat()
        == "2025-01-14"
    )
    assert next_meeting(["Next Board: Thursday 3 April 2025, 14:00"]).date.isoformat() == "2025-04-03"
    assert next_meeting(["The next board report will follow in May."]) is None


def test_a_date_without_its_year_takes_it_from_the_previous_minutes_or_the_next_meeting(tmp_path):
    """No year in the heading, none in the file's name: the previous minutes' date, or the next meeting's, printed
    further on, gives it (the nearest such day, on the weekday printed)."""
    after = _meetings(
        tmp_path,
        """# Stoke Ashby Parish Council

Minutes of the meeting held on Wednesday 14th January

Present: Cllr A Bee (Chair), Cllr C Dee.

1. Minutes

The minutes of the meeting held on 10th December 2014 were approved.
""",
        "minutes.md",
    )
    before = _meetings(
        tmp_path,
        """# Stoke Ashby Parish Council

Minutes of the meeting held on Tuesday 3 June

Present: Cllr A Bee (Chair), Cllr C Dee.

1. Date of next meeting

Tuesday 1 July 2014.
""",
        "notes.md",
    )
    assert after[0][0] == "2015-01-14"
    assert [m[0] for m in before] == ["2014-06-03", "2014-07-01"]


def test_the_next_meeting_in_passing_before_a_dated_footer_is_not_the_date_of_the_next_meeting(tmp_path):
    """ "… to report the findings at its next meeting." then a page footer dated with the meeting's own day: the
    footer is no date of the next meeting; the "Date of Next Meeting" item later on gives it."""
    found = _meetings(
        tmp_path,
        """Carrowmore Joint Policing Committee

Minutes of the meeting held on Monday 17th February 2025 at 3.00 p.m. in the Council Chamber

1. Road Safety

Mr. Nolan said that a collision-prone location assessment would be carried out and agreed to report the findings to the Committee at its next meeting.

Carrowmore JPC – Minutes 17/02/2025 Page 2 of 3

2. Date of Next Meeting

The next meeting will take place on Monday 19th May 2025 at 3.00 p.m. in the Council Chamber.
""",
    )
    assert [m[0] for m in found] == ["2025-02-17", "2025-05-19"]


def test_a_cover_table_with_its_labels_over_its_values_dates_the_meeting():
    """ "Date | Time | Location | Chair" over "Thursday 27 February 2025 | 10:00 – 11:45 | Conference Room, …": the
    meeting's day, start and place, read down each column."""
    from ._build import build

    doc = build(
        [
            ("paragraph", "Office of the Police and Crime Commissioner for Kelby", 1),
            ("heading", "Corporate Governance Board – Minutes", 1),
            (
                "table",
                [
                    [["Date"], ["Time"], ["Location"], ["Chair"]],
                    [
                        ["Thursday 27 February 2025"],
                        ["10:00 – 11:45"],
                        ["Conference Room, Kelby House"],
                        ["Chief Executive"],
                    ],
                ],
                1,
            ),
            ("heading", "1. Welcome and apologies", 1),
            ("paragraph", "The Chair welcomed members.", 1),
        ],
        name="cgb.pdf",
        fmt="pdf",
        pages=1,
    )
    (meeting,) = extract(doc).meetings
    assert (meeting.date, meeting.start_time, meeting.venue) == (
        "2025-02-27",
        "10:00",
        "Conference Room, Kelby House",
    )


def test_a_date_with_its_weekday_and_no_year_anywhere_is_the_latest_such_day(tmp_path):
    """A panel's minutes dated "Thursday 12 June", with no year in the paper or its file name: the latest 12 June,
    up to today, that was a Thursday (the pair recurs only every five years or more)."""
    from datetime import date

    today = date.today()
    thursdays = [
        y
        for y in range(today.year - 11, today.year + 1)
        if date(y, 6, 12) <= today and date(y, 6, 12).weekday() == 3
    ]
    (meeting,) = _meetings(
        tmp_path,
        """KESTON POLICE AND CRIME PANEL

Minutes of the meeting held on Thursday 12 June at 2.00pm in the Council Chamber

Present: Cllr A Morgan (Chair), Cllr B Patel

1. WORK PROGRAMME

The work programme was agreed.
""",
    )
    assert meeting[0] == date(thursdays[-1], 6, 12).isoformat()


def test_a_write_up_names_its_body_in_the_sentence_that_dates_the_meeting(tmp_path):
    """A blog post titled "Notes from Tuesday's police liaison meeting", whose first paragraph says "my write-up of
    the Brackenlow Police Liaison Group meeting on Tuesday 8th November": that is the body."""
    (meeting, *_) = _meetings(
        tmp_path,
        """---
title: "Notes from Tuesday's police liaison meeting"
date: 2016-11-12
---

# Notes from Tuesday's police liaison meeting

Hello all, and here is my write-up of the Brackenlow Police Liaison Group meeting on Tuesday 8th November at the Methodist church hall.

## Last time's issues

Nothing was left over.
""",
        "post.md",
    )
    assert meeting[:2] == ("2016-11-08", "Brackenlow Police Liaison Group")


def test_a_wide_tables_cover_rows_over_its_attendance_date_the_meeting(tmp_path):
    """One table holds "Date | | Tuesday 24 June 2025 |", "Time | | 14:00 – 16:00 |", then the attendance (Name |
    Role | | Initials): its cover rows give the meeting's date though the rest of it is a list of people."""
    import docx

    d = docx.Document()
    d.add_paragraph("Strategic Assurance Board – Notes")
    rows = [
        ["Date", "", "Tuesday 24 June 2025", ""],
        ["Time", "", "14:00 – 16:00", ""],
        ["Name", "Role", "", "Initials"],
        ["Caroline Weekes", "Police and Crime Commissioner (Chair)", "", "CW"],
    ]
    table = d.add_table(rows=len(rows), cols=4)
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    d.add_paragraph("1. Welcome and apologies")
    d.add_paragraph("There were no apologies.")
    path = tmp_path / "notes.docx"
    d.save(path)
    (meeting,) = [(m.date, m.body) for m in extract(read(path)).meetings]
    assert meeting == ("2025-06-24", "Strategic Assurance Board")
