"""HTML reader: main content without site chrome; layout tables become blocks, data tables stay tables."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from scrutiny.readers import read

from .helpers import assert_spans, shared_file, table_cells, texts


def read_html(tmp_path: Path, body: str, head: str = "<title>Panel minutes</title>"):
    path = tmp_path / "minutes.html"
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    doc = read(path)
    assert_spans(doc)
    return doc


def test_chrome_is_dropped_and_main_is_preferred(tmp_path):
    body = """
    <div id="skip"><a href="#main">Skip to main content</a></div>
    <header><a href="/">Council – Democracy</a><form><input name="q"><button>Go</button></form></header>
    <nav><ul><li>Home</li><li>Committees</li></ul></nav>
    <div class="breadcrumbs">Home &gt; Panel</div>
    <script>var x = 1;</script><style>p { color: red }</style>
    <p>Outside main.</p>
    <main id="main"><h1>Agenda and minutes</h1><p>Inside main.</p></main>
    <aside>Related links</aside>
    <footer><p>Privacy</p></footer>"""
    doc = read_html(tmp_path, body)
    assert texts(doc) == ["Agenda and minutes", "Inside main."]
    assert doc.title == "Panel minutes"


def test_without_main_the_skip_link_target_is_the_content(tmp_path):
    body = """
    <div id="cookieBanner"><p>We use cookies.</p></div>
    <a class="skipLink" href="#modgov">Skip to content</a>
    <div id="leftNav"><h2>Council and democracy</h2><ul><li>Councillors</li></ul></div>
    <div id="modgov"><h1>Minutes</h1><p>Kingsmere Police and Crime Panel</p></div>"""
    assert texts(read_html(tmp_path, body)) == ["Minutes", "Kingsmere Police and Crime Panel"]


def test_blocks_entities_whitespace_and_breaks(tmp_path):
    body = """<h2>Items</h2><p>Members &amp; officers   met
    at   County&nbsp;Hall.<br>Second line</p><ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>
    <div>Loose <b>bold</b> text</div>"""
    doc = read_html(tmp_path, body)
    assert [(block.kind, block.text, block.level) for block in doc.blocks] == [
        ("heading", "Items", 2),
        ("paragraph", "Members & officers met at County Hall.", None),
        ("paragraph", "Second line", None),
        ("list_item", "One", 1),
        ("list_item", "Two", 1),
        ("list_item", "Nested", 2),
        ("paragraph", "Loose bold text", None),
    ]


def test_a_data_table_keeps_cells_and_their_paragraphs(tmp_path):
    body = """<table><thead><tr><th>Ref</th><th>Action</th><th>Owner</th></tr></thead>
    <tbody><tr><td>1</td><td><p>a) Circulate the plan</p><p>b) Report back</p></td><td>CFO<br>DCC</td></tr>
    <tr><td rowspan="2">2</td><td colspan="2">Noted</td></tr>
    <tr><td>Arrange a visit</td><td>PCC</td></tr></tbody></table>"""
    doc = read_html(tmp_path, body)
    assert table_cells(doc) == [
        [["Ref"], ["Action"], ["Owner"]],
        [["1"], ["a) Circulate the plan", "b) Report back"], ["CFO", "DCC"]],
        [["2"], ["Noted"]],
        [[], ["Arrange a visit"], ["PCC"]],
    ]


def test_a_layout_table_of_agenda_items_becomes_headings_and_paragraphs(tmp_path):
    body = """<table><thead><tr><th>No.</th><th>Item</th></tr></thead><tbody>
    <tr><td><p>24.</p></td><td><h2><a name="a1"></a>Police and Crime Plan Update</h2>
    <p>The Commissioner introduced the update.</p>
    <p>ACTION: The Commissioner to circulate the breakdown.</p></td></tr>
    </tbody></table>"""
    doc = read_html(tmp_path, body)
    assert [(block.kind, block.text) for block in doc.blocks] == [
        ("heading", "24. Police and Crime Plan Update"),
        ("paragraph", "The Commissioner introduced the update."),
        ("paragraph", "ACTION: The Commissioner to circulate the breakdown."),
    ]


def test_an_asp_net_form_round_the_page_is_kept(tmp_path):
    doc = read_html(tmp_path, "<form id='aspnetForm'><h1>Minutes</h1><p>The Panel met.</p></form>")
    assert texts(doc) == ["Minutes", "The Panel met."]


def test_wessex_downs_panel_minutes():
    doc = read(shared_file("dev-synthetic/wessex-downs-police-and-crime-panel-minutes-2024-02-02.html"))
    assert_spans(doc)
    assert doc.title.startswith("Agenda and minutes - Wessex Downs Police and Crime Panel")
    headings = texts(doc, "heading")
    assert (
        "24. Police and Crime Plan Update" in headings
        and "20. Apologies for absence and substitute members" in headings
    )
    assert (
        "ACTION: Chief Executive (OPCC) to provide Panel members with the Quarter 3 victim satisfaction "
        "survey "
        "results by 29 February 2024." in texts(doc, "paragraph")
    )
    assert "1. That the Police and Crime Plan update report be noted." in texts(doc)
    assert not any(
        "Skip to main content" in text or "Powered by" in text or "Councillors and committees" in text
        for text in texts(doc)
    )
    assert not any(block.kind == "table" for block in doc.blocks)


def test_200000_nested_divs_read_in_seconds(tmp_path):
    """Issue 9, finding 6: the parser's cost grew with the square of the depth (minutes), and the
    walk ran out of recursion. Past 512 levels the page is flattened, as browsers do."""
    depth = 200_000
    start = time.monotonic()
    body = "<div>" * depth + "<p>ACTION: JB to circulate the report</p>" + "</div>" * depth
    doc = read_html(tmp_path, body)
    assert texts(doc) == ["ACTION: JB to circulate the report"]
    assert time.monotonic() - start < 20  # about 1 s; 2 minutes before


def test_blocks_nested_past_the_flattening_depth_keep_their_text_apart(tmp_path):
    body = "".join(f"<div>Level {k}" for k in range(1, 601)) + "</div>" * 600
    doc = read_html(tmp_path, body)
    assert texts(doc) == [f"Level {k}" for k in range(1, 601)]


def test_a_list_nested_400_deep_is_walked_without_recursion(tmp_path):
    doc = read_html(tmp_path, "<ul><li>Item" * 400 + "</li></ul>" * 400)
    assert texts(doc, "list_item") == ["Item"] * 400
    assert doc.blocks[-1].level == 400


def test_a_long_page_costs_memory_in_proportion(tmp_path):
    """Issue 9, finding 6: a 50 MB page took 1.8 GB. Its parsed tree is freed before its `Document` is
    built, so the peak is the larger of the two, not both (about 22 times the page here; 33 before)."""
    item = (
        "<h2>Item {0}</h2><p>The panel noted the report on item {0}. <b>ACTION:</b> JB to circulate the "
        "report by 31 March 2024.</p>"
        "<table><tr><td>{0}</td><td>Action text {0}</td><td>JB</td></tr></table>\n"
    )
    page = "".join(item.format(i) for i in range(25_000))
    path = tmp_path / "long.html"
    path.write_text(f"<html><head><title>Minutes</title></head><body><main>{page}</main></body></html>")
    code = (
        "import sys\nfrom scrutiny.readers import read\n"
        "def kib(field):\n"
        "    return next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith(field))\n"
        "base = kib('VmRSS:')\n"
        "doc = read(sys.argv[1])\n"
        "print(len(doc.blocks), kib('VmHWM:') - base)\n"  # VmHWM, unlike ru_maxrss, is this program's own
    )
    run = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    blocks, grown_kib = map(int, run.stdout.split())
    assert blocks == 75_000
    assert grown_kib * 1024 < 27 * path.stat().st_size
