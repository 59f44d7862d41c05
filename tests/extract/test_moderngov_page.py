"""A committee web page in ModernGov's layout, read by the HTML reader and extracted end to end.

The page is invented (the Vale of Ashcombe's panel): each item's number stands in a cell of its
own, its title in capitals beside it, then "Minutes:" and the minute, with the page's links and
labels ("Share this item", "PDF 135 KB", "View directions") between, which are never a title.
"""

from __future__ import annotations

from pathlib import Path

from scrutiny.extract import extract
from scrutiny.readers import read

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Agenda and minutes - Ashcombe Police and Crime Panel, 4 March 2026</title></head>
<body>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Ashcombe Police and Crime Panel - Wednesday, 4th March, 2026 2.00 pm</h2>
<p class="mgSubTitleTxt">Venue: Committee Room 3, Ashcombe Guildhall, Market Street, Ashcombe.
  <a href="mgVenue.aspx?ID=7">View directions</a></p>
<p>Contact: Priya Lennox, Panel Support Officer</p>
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
<tr>
 <td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI901"></a>1.</p></td>
 <td>
  <p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=901">APOLOGIES AND SUBSTITUTIONS</a></p>
  <ul class="mgActionList"><li><a href="#" class="mgShareItem">Share this item</a></li></ul>
  <p class="mgSubItemTitleTxt">Minutes:</p>
  <div class="mgWordPara"><p>Apologies were received from Councillor Dev Okafor.</p></div>
 </td>
</tr>
<tr>
 <td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI902"></a>2.</p></td>
 <td>
  <p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=902">MINUTES OF THE PREVIOUS MEETING</a></p>
  <ul class="mgActionList"><li><a href="#" class="mgShareItem">Share this item</a></li></ul>
  <p><a href="documents/s1/minutes.pdf"><img src="pdf.gif" alt="pdf icon"> PDF 135 KB</a></p>
  <p class="mgSubItemTitleTxt">Minutes:</p>
  <div class="mgWordPara">
   <p>The minutes of the meeting held on 21 January 2026 were agreed as a correct record.</p>
  </div>
 </td>
</tr>
<tr>
 <td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI903"></a>3.</p></td>
 <td>
  <p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=903">PROPOSED POLICE PRECEPT 2026/27</a></p>
  <ul class="mgActionList"><li><a href="#" class="mgShareItem">Share this item</a></li></ul>
  <p>Additional documents:</p>
  <ul><li><a href="documents/s2/appendix.pdf"><img src="pdf.gif" alt="pdf icon"> PDF 212 KB</a></li></ul>
  <p class="mgSubItemTitleTxt">Minutes:</p>
  <div class="mgWordPara">
   <p>The Commissioner presented the proposed precept and the medium term financial plan.</p>
   <p>RESOLVED that the Panel supports the proposed precept of £14.50 for a Band D property.</p>
  </div>
 </td>
</tr>
<tr>
 <td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI904"></a>4.</p></td>
 <td>
  <p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=904">WORK PROGRAMME</a></p>
  <ul class="mgActionList"><li><a href="#" class="mgShareItem">Share this item</a></li></ul>
  <p class="mgSubItemTitleTxt">Minutes:</p>
  <div class="mgWordPara"><p>The Panel noted its work programme for the rest of the year.</p></div>
 </td>
</tr>
</table>
<h2 class="mgSectionTitle">Attendance</h2>
<table class="mgStatsTable">
<tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Ruth Amos</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Dev Okafor</td><td>Committee Member</td><td>Apologies</td></tr>
</table>
</div></div>
</body></html>
"""


def _record(tmp_path: Path):
    path = tmp_path / "ashcombe-panel-2026-03-04.html"
    path.write_text(PAGE, encoding="utf-8")
    return read(path), extract(read(path))


def test_reader_keeps_number_title_and_label_apart(tmp_path):
    doc, _ = _record(tmp_path)
    texts = [b.text for b in doc.blocks]
    at = texts.index("APOLOGIES AND SUBSTITUTIONS")
    assert texts[at - 1] == "1." and "Minutes:" in texts[at + 1 : at + 3]


def test_items_of_a_moderngov_page(tmp_path):
    _, record = _record(tmp_path)
    (meeting,) = record.meetings
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "APOLOGIES AND SUBSTITUTIONS"),
        ("2", "MINUTES OF THE PREVIOUS MEETING"),
        ("3", "PROPOSED POLICE PRECEPT 2026/27"),
        ("4", "WORK PROGRAMME"),
    ]


def test_page_furniture_is_never_a_title_a_decision_or_a_name(tmp_path):
    _, record = _record(tmp_path)
    (meeting,) = record.meetings
    furniture = ("share this item", "pdf", "additional documents", "view directions", "minutes:")
    names = [a.name or "" for a in meeting.attendees]
    texts = [i.title for i in meeting.items] + names + [d.text for d in meeting.decisions]
    assert not any(word in text.lower() for text in texts for word in furniture)
    assert "Dev Okafor" in names
    assert [d.text for d in meeting.decisions if "precept" in d.text.lower()]
    assert all(d.item == "3" for d in meeting.decisions if "precept" in d.text.lower())


LINKED_PAGE = """<html><head><title>Agenda and minutes - Ashcombe Police and Crime Panel, 4 March 2026</title></head><body>
<ul><li>Committees</li><li>Councillors</li><li>Calendar</li><li>Decisions</li><li>Search documents</li></ul>
<h1>Agenda and minutes</h1>
<h2>Ashcombe Police and Crime Panel - Wednesday, 4th March, 2026 2.00 pm</h2>
<ul><li>Printed minutes pdf icon PDF 241 KB</li><li>Agenda frontsheet pdf icon PDF 96 KB</li>
<li>Agenda reports pack pdf icon PDF 3 MB</li></ul>
<p>Venue: Committee Room 3, Ashcombe Guildhall</p><p>Contact: Priya Lennox, Panel Support Officer</p>
<p>Media</p><p>Webcast for Ashcombe Police and Crime Panel</p><h2>Items</h2>
<table><tr><td><p>1.</p></td><td><p>WORK PROGRAMME</p><p>Minutes:</p><p>The Panel noted its work programme.</p></td></tr>
</table>
<h2>Attendance</h2>
<table><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>
<tr><td>Councillor Ruth Amos</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor Dev Okafor</td><td>Committee Member</td><td>Apologies</td></tr></table>
</body></html>
"""


def test_the_pages_attendance_table_is_the_meetings_attendance(tmp_path):
    """ "Agenda and minutes" heads the page of a meeting held, whatever agenda papers it links to: its attendance
    table is who was there."""
    path = tmp_path / "ashcombe-panel-2026-03-04.html"
    path.write_text(LINKED_PAGE, encoding="utf-8")
    (meeting,) = extract(read(path)).meetings
    assert [(a.name, a.attendance) for a in meeting.attendees] == [
        ("Ruth Amos", "present"),
        ("Dev Okafor", "apologies"),
    ]


TRACKER_PAGE = """<html><head><title>Agenda and minutes - Ashcombe Police and Crime Panel, 4 March 2026</title></head><body>
<h1>Agenda and minutes</h1>
<h2>Ashcombe Police and Crime Panel - Wednesday, 4th March, 2026 2.00 pm</h2>
<p>Venue: Committee Room 3, Ashcombe Guildhall</p><h2>Items</h2>
<p>12.</p><p>Recommendations and Actions Tracker PDF 88 KB</p><p>Minutes:</p>
<p>The Panel Support Officer introduced the tracker. Members noted that:</p>
<ul><li>the force had sent the figures on stop and search by district, so that action was complete;</li>
<li>the visit to the control room had been postponed until the new system was live.</li></ul>
<p>13.</p><p>Any Other Business</p><p>Minutes:</p><p>None.</p>
</body></html>
"""


def test_a_minute_under_a_tracker_item_reports_on_its_actions(tmp_path):
    """An item titled as the Panel's tracker ("Recommendations and Actions Tracker") reviews its earlier actions:
    the points members noted are updates, each with the status it states."""
    path = tmp_path / "ashcombe-panel-2026-03-04.html"
    path.write_text(TRACKER_PAGE, encoding="utf-8")
    (meeting,) = extract(read(path)).meetings
    assert [(u.text.split(" ")[1], u.status) for u in meeting.action_updates] == [
        ("force", "complete"),
        ("visit", "deferred"),
    ]
