"""forward_plan.py: entries marked as added to a forward plan, and forward-plan tables."""

from __future__ import annotations

from datetime import date

from scrutiny.extract import extract
from scrutiny.extract.forward_plan import marked_entries, table_entries
from scrutiny.readers import read

from ._build import passage, table

FEB_2024 = date(2024, 2, 13)


def _marked(text):
    return [
        (e.title, e.date, e.body, e.evidence.text)
        for e in marked_entries(passage(text, item="9", page=4), FEB_2024)
    ]


def test_added_to_named_forward_plan_with_the_meeting_date():
    assert _marked(
        "TO BE ADDED TO STRATEGIC BOARD FORWARD PLAN: Estates disposal business case to 22 March "
        "Strategic Board meeting."
    ) == [
        (
            "Estates disposal business case",
            "2024-03-22",
            "Strategic Board",
            "ADDED TO STRATEGIC BOARD FORWARD PLAN: Estates disposal business case to 22 March Strategic Board meeting.",
        )
    ]


def test_added_for_a_month_only_has_no_date():
    assert _marked(
        "ADDED TO P&R FORWARD PLAN: Review of the collaboration agreement for the June meeting"
    ) == [
        (
            "Review of the collaboration agreement",
            None,
            "P&R",
            "ADDED TO P&R FORWARD PLAN: Review of the collaboration agreement for the June meeting",
        )
    ]


def test_added_to_the_forward_plan_in_a_sentence():
    assert [
        e[:3]
        for e in _marked(
            "The Chair asked that this be added to the forward plan: Victims' Code compliance report."
        )
    ] == [("Victims' Code compliance report", None, None)]


def test_no_marked_entry():
    assert _marked("The forward plan was approved by the board.") == []


FORWARD_PLAN = [
    [["Meeting date"], ["Agenda item"], ["Lead officer"]],
    [["12 March 2024"], ["Quarter 3 performance report", "Treasury management update"], ["CFO"]],
    [[""], ["Estates strategy refresh"], ["Head of Estates"]],
    [["9 May 2024"], ["Annual report 2023/24"], ["Chief Executive"]],
]


def test_forward_plan_table_in_a_forward_plan_section():
    found = table_entries(table(FORWARD_PLAN, page=5), True, FEB_2024, "Strategic Board")
    assert [(e.title, e.date, e.body) for e in found] == [
        ("Quarter 3 performance report", "2024-03-12", "Strategic Board"),
        ("Treasury management update", "2024-03-12", "Strategic Board"),
        ("Estates strategy refresh", "2024-03-12", "Strategic Board"),  # the date cell above carries down
        ("Annual report 2023/24", "2024-05-09", "Strategic Board"),
    ]
    assert next((e.evidence.text, e.evidence.page) for e in found) == ("Quarter 3 performance report", 5)


def test_forward_plan_table_outside_a_section_is_not_one():
    assert table_entries(table(FORWARD_PLAN), False, FEB_2024, "Strategic Board") is None


def test_forward_plan_named_in_the_header_with_a_body_column():
    found = table_entries(
        table(
            [
                [["Forward Work Programme – Date"], ["Report"], ["Board"]],
                [["25 June 2024"], ["Custody inspection action plan"], ["Accountability Board"]],
                [["June 2024"], ["Digital strategy"], ["Strategic Board"]],
                [["TBC"], ["• Collaboration agreement review"], [""]],
            ]
        ),
        False,
        FEB_2024,
        "Performance Board",
    )
    assert [(e.title, e.date, e.body) for e in found] == [
        ("Custody inspection action plan", "2024-06-25", "Accountability Board"),
        ("Digital strategy", None, "Strategic Board"),  # month precision is not a forward-plan date
        ("Collaboration agreement review", None, "Performance Board"),
    ]


def test_action_table_is_not_a_forward_plan():
    assert (
        table_entries(
            table([[["Action"], ["Owner"], ["Due"]], [["Circulate"], ["SC"], ["May"]]]), True, FEB_2024, None
        )
        is None
    )


def test_a_work_programme_alone_records_no_meeting(tmp_path):
    from scrutiny.extract import extract
    from scrutiny.readers import read

    path = tmp_path / "panel-work-programme.md"
    path.write_text(
        "# Coldwater Police and Crime Panel\n\n## Work Programme 2025/26\n\n"
        "| Meeting | Item |\n|---|---|\n| 12 June 2025 | Annual report of the Commissioner |\n"
        "| 18 September 2025 | Victims' services |\n",
        encoding="utf-8",
    )
    record = extract(read(path))
    assert record.meetings == []
    assert [e.date for e in record.forward_plan] == ["2025-06-12", "2025-09-18"]


def test_a_forward_plan_written_as_a_list_of_dates_and_titles(tmp_path):
    from scrutiny.extract import extract
    from scrutiny.readers import read

    path = tmp_path / "csp-pack.md"
    path.write_text(
        "# Northvale Community Safety Partnership Board\n\nAgenda pack for the meeting on 4 February 2025\n\n"
        "## Forward plan of items for future meetings\n\n"
        "- 4 November 2025 – Domestic abuse strategy refresh\n"
        "- Partnership plan 2026-29 – 3 February 2026\n",
        encoding="utf-8",
    )
    record = extract(read(path))
    assert [(e.date, e.title) for e in record.forward_plan] == [
        ("2025-11-04", "Domestic abuse strategy refresh"),
        ("2026-02-03", "Partnership plan 2026-29"),
    ]


def test_a_work_programme_for_an_agenda_item_records_that_meeting_and_its_plan(tmp_path):
    path = tmp_path / "panel-work-programme.md"
    path.write_text(
        """# ALDERTON POLICE AND CRIME PANEL

## Agenda item 9 – 19 June 2025

## Work Programme 2025/26

1. The Panel is asked to consider and agree its work programme for 2025/26, set out in the table below.

| Meeting date | Item | Purpose |
|---|---|---|
| 19 June 2025 | PCC Annual Report 2024/25 | Statutory review |
| 11 September 2025 | Rural and wildlife crime | Scrutiny |
""",
        encoding="utf-8",
    )
    record = extract(read(path))
    assert [m.date for m in record.meetings] == ["2025-06-19"]
    assert [(f.date, f.title) for f in record.forward_plan] == [
        ("2025-06-19", "PCC Annual Report 2024/25"),
        ("2025-09-11", "Rural and wildlife crime"),
    ]
