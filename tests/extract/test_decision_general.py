"""Decisions in the shapes bodies other than ours write them (issue 8): a sub-paragraph's letter before "Council
agreed to …", a liaison group that "agreed" in lower case, "All agreed that this …" at the end of a dashed entry,
"This was adopted." naming its matter in the sentence before, the movers written after it ("Prop. Cllr X, 2nd
Cllr Y, all agreed."), a minute cut inside a name at the end of a line. The papers are invented."""

from __future__ import annotations

from pathlib import Path

from scrutiny.extract import extract
from scrutiny.readers import read

from ._build import findable


def _decisions(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read(path)
    found = [d for m in extract(doc).meetings for d in m.decisions]
    for decision in found:
        assert decision.evidence and findable(decision.evidence.text, doc.text)
    return [(d.item, d.text) for d in found]


def test_parish_minutes_with_lettered_paragraphs_and_a_matter_named_before(tmp_path):
    found = _decisions(tmp_path, "ashcombe-pc-2024-03-12.md", (
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
    ))
    assert found == [
        ("24/34", "Payments for March totalling £1,245.60 were approved."),
        ("24/34", "Council agreed to renew its membership of the county association at £95."),
        ("24/36", "The speed indicator device will be moved to Station Road. This was approved."),
        ("24/37", ("A draft Planning Protocol was discussed. This was adopted with one amendment. Prop. Cllr Lowe, "
                   "2nd Cllr Patel, all agreed.")),
        ("24/38", ("Benches repainted (done) – Skip at the allotments – quote from Reeds £140 plus vat - All agreed "
                   "that this should be accepted.")),
    ]


def test_a_liaison_group_agrees_in_lower_case_and_a_minute_cut_inside_a_name(tmp_path):
    found = _decisions(tmp_path, "foxhole-rlg-2016-01-26.md", (
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
    ))
    assert found == [
        ("1", ("On the proposal of Mr Lane, seconded by Mr Crook, the notes of the Residents' Liaison Group meeting "
               "of Foxhole Lane held on 20th October, 2015 were confirmed.")),
        ("2", "The group agreed that monitoring should continue at the two existing locations."),
    ]
