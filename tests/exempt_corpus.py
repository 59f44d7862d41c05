"""Ways councils and OPCCs mark exempt and private material, each with the text that must be restricted.

A variant is a little document, one block a line, each line led by two columns:

- the first: `!` the block must be restricted, a space it must stay public;
- the second: `#` a heading, `|` a table row (cells split by " | "; consecutive rows are one
  table), `+` a line carrying on the block above (a wrapped line: a line break inside the
  paragraph), `^` a running header or footer (on every page of a PDF, in the DOCX page header,
  in the HTML page's footer outside <main>; it is no block of the text), a space a paragraph.

`formats` are the readers each variant goes through (test_exempt writes the file and reads it).
"""

from __future__ import annotations

from dataclasses import dataclass

TEXTUAL = ("txt", "docx", "html")
ALL = ("txt", "docx", "html", "pdf")
CHROME = ("docx", "html", "pdf")


@dataclass(frozen=True)
class Variant:
    id: str
    why: str
    body: str
    formats: tuple[str, ...] = TEXTUAL
    whole: bool = False  # the whole document is restricted (every character of its text)


VARIANTS = [
    # -- Part II headings and their real ends --------------------------------------------------------
    Variant(
        "part-ii-heading-to-part-i",
        "a Part II heading runs to the Part I heading",
        """\
 # 2. Knife crime
   The Panel noted the report on knife crime.
!# 3. PART II – EXEMPT ITEM
!  The Panel discussed the Millbrook property sale.
!  ACTION: JB to brief members on the Millbrook sale by 15 April 2024
 # PART I
 # 4. Any other business
   There was no other business.
""",
        ALL,
    ),
    Variant(
        "wrapped-part-1-of-schedule-12a",
        "a wrapped statutory line beginning 'Part 1 of Schedule 12A' is no Part I heading"
        " (issue 9, finding 1)",
        """\
 # 2. Knife crime
   The Panel noted the report on knife crime.
!# 3. PART II – EXEMPT ITEM
!  RESOLVED that the press and public be excluded as the item involves exempt information
!+ as defined in paragraph 3 of
!+ Part 1 of Schedule 12A to the Local Government Act 1972.
!  ACTION: JB to brief members on the Millbrook sale by 15 April 2024
!  RESOLVED: That the Quarrington settlement be approved.
 # END OF PART II
 # 4. Any other business
   There was no other business.
""",
        ALL,
    ),
    Variant(
        "statutory-line-as-its-own-paragraph",
        "the statutory line broken off into a paragraph of its own (as a PDF's short line splits it)",
        """\
   The Panel noted the report on knife crime.
!# 3. PART II – EXEMPT ITEM
!  RESOLVED that the public be excluded under paragraph 1 of
!  Part 1 of Schedule 12A to the Local Government Act 1972 (as amended).
!  The Panel discussed the Millbrook property sale.
 # Part I – public items
   The Panel noted the knife crime figures.
""",
        ALL,
    ),
    Variant(
        "item-part-ii-schedule-paragraph",
        "'Item 2 (Part II) – Exempt information, Schedule 12A paragraph 3' runs to the next item marked"
        " Part I"
        " (issue 9, finding 2)",
        """\
 # Item 1 (Part I) – Apologies
   Apologies were received from Cllr Pat Green.
!# Item 2 (Part II) – Exempt information, Schedule 12A paragraph 3
!  The Board considered the tender for the custody contract.
!  RESOLVED: That the custody contract be awarded to Bidder B.
 # Item 3 (Part I) – Finance report
   The Board noted the finance report.
""",
        ALL,
    ),
    Variant(
        "part-ii-unmarked-next-item",
        "unsure: an item after a Part II item, not marked public, is withheld to the end",
        """\
 # Item 7 – Finance
   The Board noted the finance report.
!# Item 8 (Part II) – Estates disposal
!  The Board agreed the sale of the old station.
!# Item 9 – Any other business
!  There was no other business.
""",
    ),
    Variant(
        "part-two-in-words",
        "'PART TWO' written out, ended by 'END OF PART TWO BUSINESS'",
        """\
   The Panel noted the complaints report.
!# PART TWO – ITEMS CONSIDERED IN PRIVATE
!  The Panel discussed a complaint against the Chief Constable.
   END OF PART TWO BUSINESS
   The Chair closed the meeting at 12:30.
""",
    ),
    # -- exempt, confidential, private, restricted headings -----------------------------------------
    Variant(
        "exempt-item-heading",
        "an 'Exempt item' heading runs to 'End of exempt business'",
        """\
 # 5. Victims' services
   The Panel noted the victims' services update.
!# 6. Exempt item: Fleet contract
!  The Panel agreed the extension of the fleet contract.
   End of exempt business
 # 7. Date of next meeting
   The next meeting will be held on 5 June 2024.
""",
        ALL,
    ),
    Variant(
        "caps-exempt-in-heading",
        "EXEMPT in capitals inside a mixed-case heading; ends at an item marked (Public)",
        """\
!# Item 7 EXEMPT Estates disposal
!  The Board agreed the disposal of the depot.
 # Item 8 (Public) Any other business
   None.
""",
    ),
    Variant(
        "confidential-not-for-publication",
        "'Confidential – not for publication by virtue of paragraph N' runs to the meeting resuming in"
        " public",
        """\
 # 4. Performance
   The Board noted the performance report.
!# Confidential – not for publication by virtue of paragraph 3
!  The Board discussed the pay settlement for staff officers.
   The meeting resumed in public session at 11:40.
 # 5. Any other business
   None.
""",
        ALL,
    ),
    Variant(
        "private-and-confidential-heading",
        "a 'Private and confidential' heading runs to a 'Public session' heading",
        """\
   The Panel agreed the minutes of the last meeting.
!# Private and confidential
!  The Panel discussed the conduct of a named officer.
 # Public session
   The Panel noted the annual report.
""",
    ),
    Variant(
        "not-for-publication-heading",
        "a NOT FOR PUBLICATION heading runs to END OF CONFIDENTIAL BUSINESS",
        """\
   The Board noted the estates update.
!# NOT FOR PUBLICATION
!  The Board discussed the valuation of the Harbour Road site.
   END OF CONFIDENTIAL BUSINESS
   The Chair thanked the officers.
""",
    ),
    Variant(
        "restricted-marking-heads-an-item",
        "a RESTRICTED marking above an item restricts that item, to the next item",
        """\
 # 4. Recruitment
   The Board noted the recruitment figures.
!  RESTRICTED
!# 5. Vetting appeals
!  Two vetting appeals were upheld.
 # 6. Any other business
   None.
""",
    ),
    Variant(
        "restricted-items-section",
        "'Restricted items' heads a section of several items, ended by 'Public items'",
        """\
!# Restricted items
!# 8. Informant handling
!  The Board reviewed informant handling.
!# 9. Covert surveillance authorisations
!  The Board reviewed the authorisations.
 # Public items
 # 10. Any other business
   None.
""",
    ),
    Variant(
        "closed-session-readmitted",
        "'Closed session' runs to the press and public being readmitted",
        """\
   The Panel noted the report.
!# Closed session
!  The Panel questioned the Commissioner on the misconduct case.
   The press and public were readmitted to the meeting.
   The Panel noted the forward plan.
""",
    ),
    # -- the exclusion of the press and public --------------------------------------------------------
    Variant(
        "exclusion-then-items",
        "the exclusion of the press and public restricts the items after it, to the end when none resumes",
        """\
 # 9. Forward plan
   The Panel noted the forward plan.
!# 10. Exclusion of the press and public
!  RESOLVED: That the press and public be excluded for the following items.
!# 11. Estates disposal
!  The Panel agreed the disposal of the depot.
!# 12. Contract award
!  The Panel agreed the contract award.
""",
        ALL,
    ),
    Variant(
        "exclusion-wrapped-then-returned",
        "the exclusion sentence wrapped over two lines; the meeting returns to public session",
        """\
   The Board noted the audit report.
!  RESOLVED that under section 100A(4) the press and public be
!+ excluded from the meeting for the following item.
!  The Board discussed the insurance claim.
   The meeting returned to public session at 15:10.
   The Board noted the risk register.
""",
    ),
    # -- protective markings -----------------------------------------------------------------------
    Variant(
        "official-sensitive-to-official",
        "an OFFICIAL-SENSITIVE section runs to the next plain OFFICIAL marking",
        """\
   The Board noted the custody report.
!  OFFICIAL-SENSITIVE
!  The Board discussed the threat assessment for the summer events.
!  Police resources will be moved to the coast in August.
   OFFICIAL
   The Board noted the complaints report.
""",
    ),
    Variant(
        "official-sensitive-heads-an-item",
        "an OFFICIAL-SENSITIVE marking above an item restricts that item, to the next item",
        """\
 # 8. Welcome
   Public text.
!  OFFICIAL-SENSITIVE
!# 9. Disposal of the old station
!  The offer was 1.2m.
 # 10. Any other business
   None.
""",
    ),
    Variant(
        "official-sensitive-in-heading",
        "a heading carrying its own marking: that item, to the next",
        """\
 # 2. Finance
   The Board noted the budget.
!# 3. Operation Kestrel (OFFICIAL-SENSITIVE)
!  The operation continues until June.
 # 4. Any other business
   None.
""",
    ),
    Variant(
        "marking-at-the-head",
        "OFFICIAL-SENSITIVE at the head of the paper marks the whole of it",
        """\
!  OFFICIAL-SENSITIVE
!# VELMORTH TASKING GROUP
!  Minutes of the meeting held on 5 February 2024.
!# 1. Operation Zephyrine
!  RESOLVED: That Operation Zephyrine continue.
!  OFFICIAL
!# 2. Any other business
!  None.
""",
        whole=True,
    ),
    Variant(
        "private-and-confidential-at-the-head",
        "'Private and confidential' at the head of a letter marks the whole of it",
        """\
!  Private and confidential
!  Dear Commissioner,
!  I write about the complaint you referred to the Panel.
""",
        whole=True,
    ),
    # -- tables -------------------------------------------------------------------------------------
    Variant(
        "agenda-table-row-exempt",
        "an item table whose row says exempt: the row, and that item where it is minuted",
        """\
 | Item | Title | Status
 | 1 | Apologies | Public
!| 2 | Estates disposal | Exempt – paragraph 3
 | 3 | Any other business | Public
 # 1. Apologies
   None.
!# 2. Estates disposal
!  The Panel agreed the sale of the depot.
 # 3. Any other business
   None.
""",
    ),
    Variant(
        "action-log-row-part-ii",
        "an action log row marked Part II: only that row",
        """\
   Action log
 | Ref | Action | Owner | Status
 | 01/24 | Publish the knife crime figures | CFO | Open
!| 02/24 | Brief members on the depot sale (Part II) | CEO | Open
 | 03/24 | Review the estates strategy | CFO | Complete
   The log was noted.
""",
    ),
    # -- mentions in prose: unsure --------------------------------------------------------------------
    Variant(
        "appendix-b-is-exempt",
        "a public item noting that Appendix B is exempt: that paragraph and Appendix B itself",
        """\
 # 5. Estates strategy
   The Panel received the estates strategy.
!  The Panel noted that Appendix B is exempt by virtue of paragraph 3.
   The Panel agreed the strategy.
 # Appendix A – Timeline
   Disposals will take place over three years.
!# Appendix B – Valuations
!  The depot is valued at 2.1m.
 # Appendix C – Consultation
   Residents will be consulted in the spring.
""",
    ),
    Variant(
        "appendices-b-and-c-exempt",
        "'Appendices B and C are exempt': both appendices",
        """\
!  The report was noted. Appendices B and C are exempt.
 # Appendix A – Summary
   The summary is public.
!# Appendix B – Bids
!  Bidder A offered 1.1m.
!# Appendix C – Scores
!  Bidder A scored 71.
""",
    ),
    Variant(
        "mention-without-appendix",
        "a public item whose report contains exempt information: to the next item heading (unsure)",
        """\
 # 6. Custody contract
   The Board received the report.
!  Members noted that the report contained exempt information about the bidders.
!  The Board agreed to extend the contract.
 # 7. Any other business
   None.
""",
    ),
    Variant(
        "exempt-line-under-heading-mentions-paragraph",
        "a line 'Exempt information: paragraph 3' under an item's heading: the rest, to a real end (the title"
        " stays public, as on the agenda)",
        """\
 # 4. Finance
   The Board noted the budget.
 # 5. Contract award
!  Exempt information: paragraph 3 of Schedule 12A
!  The Board agreed to award the contract.
!# 6. Any other business
!  None.
""",
    ),
    # -- look like markings, are not -------------------------------------------------------------------
    Variant(
        "restricted-duties-policy",
        "a public item titled 'Restricted duties policy' restricts nothing",
        """\
 # 4. Restricted duties policy
   The Panel noted the restricted duties policy.
 # 5. RESTRICTED DUTIES POLICY REVIEW
   The review will report in May.
""",
    ),
    Variant(
        "private-hire-and-confidential-reporting",
        "'Private hire licensing', 'Confidential reporting line', vehicles exempt from a charge: nothing",
        """\
 # 3. Private hire licensing
   The Panel noted the joint work on private hire licensing.
 # 4. Confidential reporting line
   Staff may use the confidential reporting line.
   Emergency vehicles are exempt from the clean air charge.
   The Government was asked to exempt the care sector from the increase.
""",
    ),
    Variant(
        "notes-and-references",
        "a note that something was redacted, 'Part 2 of the report', a past private session: nothing",
        """\
   NOTE: elements of this discussion are commercially sensitive and have been redacted.
   Part 2 of the report sets out the savings.
   Part 1 of the plan was agreed last year.
   For publication
""",
    ),
    # -- running headers and footers --------------------------------------------------------------------
    Variant(
        "running-official-sensitive",
        "OFFICIAL-SENSITIVE in the running footer (every PDF page, the DOCX footer, the HTML page footer)",
        """\
 ^ OFFICIAL-SENSITIVE
!# STOURLAND COVERT TASKING GROUP
!  Minutes of the meeting held on 5 March 2024.
!# 1. Operation Kestrel
!  The operation continues until June.
!# 2. Operation Heron
!  The operation closed in February.
!# 3. Any other business
!  None.
""",
        CHROME,
        whole=True,
    ),
    Variant(
        "running-marking-with-page-numbers",
        "a running footer 'OFFICIAL-SENSITIVE  Page N of M' still marks the whole document",
        """\
 ^ OFFICIAL-SENSITIVE     Page 1 of 3
!# 1. Estates review
!  The estates review was noted.
!# 2. Fleet review
!  The fleet review was noted.
!# 3. Any other business
!  None.
""",
        ("pdf", "docx"),
        whole=True,
    ),
    Variant(
        "running-official-with-part-ii",
        "a plain OFFICIAL running footer marks nothing; the Part II section in the body is restricted",
        """\
 ^ OFFICIAL
 # 1. Apologies
   None were received.
 # 2. Knife crime
   The Panel noted the report.
!# 3. PART II – EXEMPT ITEM
!  The Panel agreed the Millbrook sale.
 # PART I
 # 4. Any other business
   None.
""",
        CHROME,
    ),
    Variant(
        "running-header-names-restricted-duties",
        "a running header that names a 'Restricted duties policy' is no marking",
        """\
 ^ Restricted duties policy review
 # 1. Scope
   The review covers all officers.
 # 2. Findings
   Most officers returned to full duties.
 # 3. Next steps
   The policy will be revised.
""",
        CHROME,
    ),
]
