"""DOCX reader: body order, heading and list styles, tables with merged and nested cells, no chrome."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from scrutiny.readers import read

from .helpers import FIXTURES, assert_spans, shared_file, table_cells, texts


def save(tmp_path: Path, document) -> Path:
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    return path


def read_doc(tmp_path: Path, document):
    doc = read(save(tmp_path, document))
    assert_spans(doc)
    return doc


def test_paragraphs_and_tables_keep_their_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Before the table.")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Inside"
    document.add_paragraph("After the table.")
    doc = read_doc(tmp_path, document)
    assert [block.kind for block in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert [block.page for block in doc.blocks] == [None, None, None]


def test_heading_title_and_list_styles(tmp_path):
    document = docx.Document()
    document.add_heading("Strategic Policing Board", level=0)
    document.add_heading("3. Budget monitoring", level=2)
    document.add_paragraph("Circulate the savings plan", style="List Bullet")
    document.add_paragraph("Report back in March", style="List Number 2")
    document.add_paragraph("Ordinary text.")
    doc = read_doc(tmp_path, document)
    assert [(block.kind, block.level) for block in doc.blocks] == [
        ("heading", 1),
        ("heading", 2),
        ("list_item", 1),
        ("list_item", 1),
        ("paragraph", None),
    ]


def test_numbering_on_the_paragraph_makes_a_list_item_with_its_level(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Nested action")
    num = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "1"), ("w:numId", "1")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num.append(child)
    paragraph._p.get_or_add_pPr().append(num)
    doc = read_doc(tmp_path, document)
    assert (doc.blocks[0].kind, doc.blocks[0].level) == ("list_item", 2)


def test_a_short_all_bold_paragraph_reads_as_a_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph().add_run("ACTION LOG").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Status key: ").bold = True
    mixed.add_run("Complete – action delivered.")
    doc = read_doc(tmp_path, document)
    assert [block.kind for block in doc.blocks] == ["heading", "paragraph"]


def test_line_breaks_split_paragraphs_and_tabs_stay(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("PRESENT:\tMr R Baines")
    paragraph.add_run().add_break()
    paragraph.add_run("Mrs O Price")
    doc = read_doc(tmp_path, document)
    assert texts(doc) == ["PRESENT:\tMr R Baines", "Mrs O Price"]


def test_merged_cells_appear_once_and_a_short_vertical_merge_belongs_to_each_row(tmp_path):
    """A cell merged across appears once; one merged down appears in each row it spans when it is short (an owner
    merged down two tasks: "Clerk" is both rows'), and once, the rows below it empty, when it is prose."""
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Heading across"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "Clerk"
    table.cell(2, 0).merge(table.cell(3, 0)).text = "The discussion ran over both of these rows at length."
    doc = read_doc(tmp_path, document)
    assert table_cells(doc) == [
        [["Heading across"], ["r0c2"]],
        [["r1c0"], ["r1c1"], ["Clerk"]],
        [["The discussion ran over both of these rows at length."], ["r2c1"], ["Clerk"]],
        [[], ["r3c1"], ["r3c2"]],
    ]


def test_cell_paragraphs_stay_apart_and_nested_tables_flatten(tmp_path):
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).rows[0].cells[0]
    cell.text = "a) Circulate the draft plan"
    cell.add_paragraph("b) Co-ordinate the Force response")
    inner = cell.add_table(rows=1, cols=2)
    inner.rows[0].cells[0].text = "inner one"
    inner.rows[0].cells[1].text = "inner two"
    doc = read_doc(tmp_path, document)
    assert table_cells(doc)[0][0] == [
        "a) Circulate the draft plan",
        "b) Co-ordinate the Force response",
        "inner one",
        "inner two",
    ]


def test_headers_footers_and_deleted_text_are_left_out(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL"
    document.sections[0].footer.paragraphs[0].text = "Action log – version 3"
    paragraph = document.add_paragraph("The Board agreed the log.")
    deleted = copy.deepcopy(paragraph.runs[0]._r)
    deleted.find(qn("w:t")).tag = qn("w:delText")
    wrapper = OxmlElement("w:del")
    wrapper.append(deleted)
    paragraph._p.append(wrapper)
    doc = read_doc(tmp_path, document)
    assert texts(doc) == ["The Board agreed the log."]


def test_content_controls_are_looked_into(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Inside a content control.")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    paragraph._p.addprevious(sdt)
    sdt.append(content)
    content.append(paragraph._p)
    doc = read_doc(tmp_path, document)
    assert texts(doc) == ["Inside a content control."]


def test_generated_action_table():
    doc = read(FIXTURES / "action_table.docx")
    rows = table_cells(doc)
    assert rows[0] == [["ITEM"], ["SUBJECT"], ["ACTION"], ["OWNER"], ["TIMESCALE"]]
    assert rows[1][2] == [
        "a) Update the action log template to show the meeting each action was raised at.",
        "b) Circulate the revised log to members.",
    ]
    assert "OFFICIAL" not in doc.text


def test_severn_vale_action_log():
    doc = read(shared_file("dev-synthetic/severn-vale-strategic-policing-board-action-log-2023-11-21.docx"))
    assert_spans(doc)
    assert (doc.blocks[0].kind, doc.blocks[0].text) == ("heading", "Severn Vale Strategic Policing Board")
    rows = table_cells(doc)
    assert rows[0] == [["Ref"], ["Date raised"], ["Action"], ["Owner"], ["Due"], ["Status (RAG)"], ["Update"]]
    assert len(rows) == 22
    split = next(row for row in rows if row[0] == ["SPB/23/024"])
    assert len(split[2]) == 2 and split[3][0].startswith("a)")
    assert "OFFICIAL" not in doc.text and "version 3" not in doc.text


def test_a_macro_enabled_document_reads_as_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("Minutes kept in a macro-enabled file.")
    plain = save(tmp_path, document).read_bytes()
    source, out = zipfile.ZipFile(io.BytesIO(plain)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            part = source.read(name)
            if name == "[Content_Types].xml":
                part = part.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            target.writestr(name, part)
    path = tmp_path / "minutes.docm"
    path.write_bytes(out.getvalue())
    assert texts(read(path)) == ["Minutes kept in a macro-enabled file."]


def test_word_automatic_numbers_are_written_in_front(tmp_path):
    """Items numbered by Word keep the number it prints, so the extractor sees "2. Finance"."""
    document = docx.Document()
    document.add_paragraph("Minutes of the Ashby Strategic Board held on 5 March 2024")
    for title in ["Apologies", "Minutes of the last meeting", "Finance update"]:
        document.add_paragraph(title, style="List Number")
    document.add_paragraph("A point", style="List Bullet")
    assert texts(read_doc(tmp_path, document))[1:] == [
        "1. Apologies",
        "2. Minutes of the last meeting",
        "3. Finance update",
        "A point",
    ]


def test_a_council_template_s_header_names_the_body_once_at_the_top(tmp_path):
    """A parish council's Word template sets its name in the page header: read once, at the top, as the printed
    copy shows it (a marking, a version or a page number in the header is not)."""
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "ASHLEIGH PARVA PARISH COUNCIL"
    header.add_paragraph("Page 1")
    header.add_paragraph("NOT PROTECTIVELY MARKED")
    document.add_paragraph("Minutes of the Parish Council Meeting held on Monday 13th April 2015.")
    doc = read_doc(tmp_path, document)
    assert texts(doc) == [
        "ASHLEIGH PARVA PARISH COUNCIL",
        "Minutes of the Parish Council Meeting held on Monday 13th April 2015.",
    ]


def test_a_letterhead_in_a_text_box_is_read_once_before_its_paragraph(tmp_path):
    """A council's letterhead set in a text box (Word keeps a modern copy and a legacy fallback copy of the box):
    its text is read once, before the paragraph it is anchored in."""
    document = docx.Document()
    anchor = document.add_paragraph("Minutes of the Environment Committee held on Tuesday 3 March 2015.")
    box = "<w:txbxContent><w:p><w:r><w:t>KESTON HEATH TOWN COUNCIL</w:t></w:r></w:p></w:txbxContent>"
    run = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps">'
        f"<w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Choice><mc:Fallback>"
        f"<w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    anchor._p.insert(0, run)
    doc = read_doc(tmp_path, document)
    assert texts(doc) == [
        "KESTON HEATH TOWN COUNCIL",
        "Minutes of the Environment Committee held on Tuesday 3 March 2015.",
    ]
