"""narrative.py: commitments stated only in the prose."""

from __future__ import annotations

from datetime import date

import pytest

from scrutiny.extract.narrative import commitments, new_commitments, orders
from scrutiny.extract.owners import people_of
from scrutiny.record import Action, Decision, Evidence

from ._build import first_meeting, passage

FEB_2024 = date(2024, 2, 13)


def _commitments(text, next_meeting=None):
    return [
        (a.owners, a.text, a.due, a.due_text, a.item, a.evidence.text)
        for a in commitments(passage(text, item="6"), FEB_2024, next_meeting)
    ]


def test_said_that_she_would_raise():
    text = (
        "Cllr Reyes asked about the backlog of firearms licensing applications. JW said that she would raise the "
        "matter with the Chief Constable at the next accountability meeting."
    )
    assert _commitments(text) == [
        (
            ["JW"],
            "raise the matter with the Chief Constable at the next accountability meeting",
            None,
            None,
            "6",
            "JW said that she would raise the matter with the Chief Constable at the next accountability meeting.",
        )
    ]


def test_confirmed_that_he_would_write():
    assert _commitments("DCC Fenn confirmed that he would write to the officers involved to thank them.") == [
        (
            ["DCC Fenn"],
            "write to the officers involved to thank them",
            None,
            None,
            "6",
            "DCC Fenn confirmed that he would write to the officers involved to thank them.",
        )
    ]


def test_undertook_to():
    assert _commitments(
        "The Commissioner undertook to send members a copy of the victims' services commissioning framework."
    ) == [
        (
            ["Commissioner"],
            "send members a copy of the victims' services commissioning framework",
            None,
            None,
            "6",
            "The Commissioner undertook to send members a copy of the victims' services commissioning framework.",
        )
    ]


def test_agreed_to_with_two_owners():
    assert [
        a[:2]
        for a in _commitments(
            "The Chair and Vice-Chair agreed to meet the Chief Constable to discuss the HMICFRS findings."
        )
    ] == [(["Chair", "Vice-Chair"], "meet the Chief Constable to discuss the HMICFRS findings")]


def test_bare_name_to_verb_sentence():
    assert _commitments("Priya Nair to circulate the revised terms of reference to members.") == [
        (
            ["Priya Nair"],
            "circulate the revised terms of reference to members",
            None,
            None,
            "6",
            "Priya Nair to circulate the revised terms of reference to members.",
        )
    ]


def test_bare_initials_to_verb_with_a_timescale():
    assert _commitments(
        "KL to bring back further analysis of stop and search disproportionality by end of April."
    ) == [
        (
            ["KL"],
            "bring back further analysis of stop and search disproportionality",
            "2024-04",
            "end of April",
            "6",
            "KL to bring back further analysis of stop and search disproportionality by end of April.",
        )
    ]


def test_short_task_keeps_its_sentence_as_text():
    assert [a[:2] for a in _commitments("He and RH will meet with them shortly.")] == [
        (["RH"], "He and RH will meet with them shortly.")
    ]  # "meet with them shortly" alone says too little
    assert [a[:2] for a in _commitments("He and RH will meet with them in the new year.")] == [
        (["RH"], "He and RH will meet with them in the new year.")
    ]  # "with them" says nothing alone either
    assert [a[:2] for a in _commitments("He and RH will meet with the residents in the new year.")] == [
        (["RH"], "meet with the residents in the new year")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Panel noted the report.",
        "Members were keen to see progress on the estates programme.",
        "Need to look at the demand data again.",
        "Acknowledgement to work undertaken by the custody team.",
        "Would the Commissioner raise this with the Home Office?",
    ],
)
def test_not_commitments(text):
    assert _commitments(text) == []


def test_bare_sentence_with_two_tasks():
    assert [
        a[:4]
        for a in _commitments(
            "FG to confirm the disposal timetable by end of March, and AD to reflect the receipt for the April meeting."
        )
    ] == [
        (["FG"], "FG to confirm the disposal timetable", "2024-03", "end of March"),
        (["AD"], "AD to reflect the receipt", "2024-04", "April meeting"),
    ]


def test_second_task_after_a_comma_is_its_own():
    found = _commitments(
        "The hedge was reported to Highways last year. Clerk to chase Highways on this and stress "
        "the safety concerns, Cllr Wren to speak to the resident."
    )
    assert [(a[0], a[1]) for a in found] == [
        (["Clerk"], "chase Highways on this and stress the safety concerns"),
        (["Cllr Wren"], "Cllr Wren to speak to the resident"),
    ]


def test_names_joined_by_a_comma_are_one_task():
    found = _commitments(
        "Cllr Gadd, Cllr Wren and the Clerk to meet the contractor on site before the next meeting."
    )
    assert [(a[0], a[2], a[3]) for a in found] == [
        (["Cllr Gadd", "Cllr Wren", "Clerk"], None, "next meeting")
    ]


def test_task_after_a_comma_ending_a_report():
    found = _commitments(
        "Cllr Gadd confirmed the work has not been completed, Clerk to contact the contractor again."
    )
    assert [(a[0], a[1], a[5]) for a in found] == [
        (
            ["Clerk"],
            "Clerk to contact the contractor again.",
            "Cllr Gadd confirmed the work has not been completed, Clerk to contact the contractor again.",
        ),
    ]


def test_a_condition_before_the_comma_is_no_task():
    assert _commitments("If the grant is approved, Highways to resurface the lane in the spring.") == []


@pytest.mark.parametrize(
    "text, owners, task",
    [
        # a task sentence with any errand verb, and one run in after a label
        (
            "The Clerk to book two places on the spring training course.",
            ["Clerk"],
            "book two places on the spring training course",
        ),
        (
            "Street lighting: Cllr Haig to approach the county about the faulty lamp.",
            ["Cllr Haig"],
            "approach the county about the faulty lamp",
        ),
        (
            "HERITAGE Clerk to chase the contractor for the revised survey.",
            ["Clerk"],
            "chase the contractor for the revised survey",
        ),
        # asked to
        (
            "The Secretary was asked to write to the highway authority about the faded markings.",
            ["Secretary"],
            "write to the highway authority about the faded markings",
        ),
        # will / would with someone who can do it
        (
            "Cllr Okafor will contact the head teacher about parking at pick-up time.",
            ["Cllr Okafor"],
            "contact the head teacher about parking at pick-up time",
        ),
        (
            "It was noted that Priya will lay a wreath at the memorial on behalf of the board.",
            ["Priya"],
            "lay a wreath at the memorial on behalf of the board",
        ),
        (
            "He would also arrange extra patrols near the retail park over the holidays.",
            [],
            "arrange extra patrols near the retail park over the holidays",
        ),
        (
            "It was agreed that Cllr Moss would look at the inspection report and list the repairs.",
            ["Cllr Moss"],
            "look at the inspection report and list the repairs",
        ),
        # has agreed to, is to
        (
            "Councillor Berry has kindly agreed to remove the old display stand from the foyer.",
            ["Councillor Berry"],
            "remove the old display stand from the foyer",
        ),
        (
            "The Community Safety Officer is to supply leaflets for the autumn open day.",
            ["Community Safety Officer"],
            "supply leaflets for the autumn open day",
        ),
        (
            "Members asked for more detail and the Superintendent agreed to provide the ward figures.",
            ["Superintendent"],
            "Members asked for more detail and the Superintendent agreed to provide the ward figures.",
        ),  # short: the sentence
        # the meeting's own errand
        (
            "It was agreed to ask the Force for response times broken down by ward.",
            [],
            "ask the Force for response times broken down by ward",
        ),
    ],
)
def test_commitment_kinds(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


@pytest.mark.parametrize(
    "text, task, due",
    [
        (
            "A copy of the presentation would be circulated to members after the meeting.",
            "A copy of the presentation would be circulated to members after the meeting",
            None,
        ),
        (
            "The street light by the car park is out, this to be reported.",
            "The street light by the car park is out, this to be reported",
            None,
        ),
        (
            "The Chair asked that the notes of the working group be shared with the Panel.",
            "The Chair asked that the notes of the working group be shared with the Panel",
            None,
        ),
        (
            "A fuller report would come back to the Panel in June.",
            "A fuller report would come back",
            "2024-06",
        ),
        (
            "The revised figures to come back to the Board in June.",
            "The revised figures to come back",
            "2024-06",
        ),
        (
            "The custody contract will be reviewed by the Head of Estates.",
            "The custody contract will be reviewed by the Head of Estates",
            None,
        ),
        # the errands of making something, passive: a list drawn up, contact made, a notice put up
        (
            "A list of verges for the volunteers to be drawn up.",
            "A list of verges for the volunteers to be drawn up",
            None,
        ),
        (
            "Contact to be made with the diocese for advice.",
            "Contact to be made with the diocese for advice",
            None,
        ),
        (
            "The new timetable would be displayed in the shelter.",
            "The new timetable would be displayed in the shelter",
            None,
        ),
    ],
)
def test_promised_without_a_doer(text, task, due):
    assert [(a[0], a[1], a[2]) for a in _commitments(text)] == [([], task, due)]


@pytest.mark.parametrize(
    "text",
    [
        "The Police and Crime Panel will review the proposed precept in February.",  # a body's own business
        "If the bid succeeds, the Chief Constable would appoint two analysts.",
        "Members were asked to note the report.",
        "The strategy was expected to be published later in the year.",
        "Inspections would be presented as four grades from September.",
        "The Chair noted that the figures should be published in advance.",
        "The survey was still running and would be reported back in due course.",
        "Delays arose where information had to be obtained from partners.",
        "J Okoro to repaint the bench by the pond (PENDING: CA)",  # an entry of an action list, with its progress
        "74/14 to be added to the forward plan in March.",
        "A decision would be made by the Cabinet in March.",  # "made" only as contact made or made available
    ],
)
def test_not_commitments_of_the_new_kinds(text):
    assert _commitments(text) == []


def test_run_in_list_entries_are_read_one_by_one():
    text = "A new bin was priced at £40. – Clerk to order the bin from the supplier. – Two signs were bought."
    assert [a[:2] for a in _commitments(text)] == [(["Clerk"], "order the bin from the supplier")]


def test_a_promise_while_reviewing_actions_is_progress():
    reviewing = passage(
        "The terms of reference remain open; a draft will be shared once partners have commented.", item="2"
    )
    reviewing.reviewing = True
    assert commitments(reviewing, FEB_2024, None) == []


def test_a_vague_object_keeps_its_sentence():
    text = "One supplier is local so Cllr Dunn will contact them to discuss the options."
    assert [a[:2] for a in _commitments(text)] == [(["Cllr Dunn"], text)]


def test_a_marked_action_with_the_same_owner_is_the_commitment_reworded():
    said = Action(text="look at the wider picture and bring back to the Board", owners=["BJ"], item="4")
    marked = Action(text="Bring back further analysis of demand and deployment", owners=["BJ"], item="4")
    other = Action(text="Circulate the demand dashboard to members", owners=["TR"], item="4")
    assert new_commitments([said], [marked], []) == []
    assert new_commitments([said], [other], []) == [said]
    assert new_commitments([said, said], [], []) == [said]


def test_a_marked_action_of_the_same_owner_sharing_only_filler_words_is_another_task():
    """ "to the OPCC … of the …" is no evidence that two tasks are one: only words that say what a
    task is about count, so a rewording of a marked action by one word cannot tip it either way."""
    said = Action(
        text="confirm the new go-live date to the OPCC once the supplier has agreed a fix",
        owners=["IM"],
        item="2",
    )
    marked = Action(
        text="Provide the monthly abandonment rates by hour to the OPCC, with the staffing level in each hour",
        owners=["IM"],
        item="2",
    )
    assert new_commitments([said], [marked], []) == [said]
    reworded = Action(text=marked.text + " of the day", owners=["IM"], item="2")
    assert new_commitments([said], [reworded], []) == [said]


def test_an_agreed_errand_is_kept_beside_its_decision():
    from scrutiny.record import Decision, Evidence

    sentence = "It was agreed to ask the Force for response times broken down by ward."
    errand = commitments(passage(sentence, item="3"), FEB_2024, None)
    decision = Decision(item="3", text=sentence)
    assert new_commitments(errand, [], [decision]) == errand
    said = Action(
        text="ask the Force for response times broken down by ward",
        owners=["SC"],
        item="3",
        evidence=Evidence("SC said she would ask the Force for response times broken down by ward."),
    )
    assert new_commitments([*errand, said], [], [decision]) == errand  # the same errand twice is one
    assert _commitments("It was agreed to note the report.") == []


def test_a_letter_requested_to_issue_is_an_errand():
    assert [
        a[:2]
        for a in _commitments("Members requested that a letter issue to the Minister about Garda numbers.")
    ] == [([], "Members requested that a letter issue to the Minister about Garda numbers")]


def test_what_is_labelled_a_decision_stays_one():
    from scrutiny.record import Decision

    sentence = (
        "Decision: The PCC and the Chief Constable agreed to renew the collaboration agreement for a year."
    )
    found = commitments(passage(sentence, item="5"), FEB_2024, None)
    assert found and new_commitments(found, [], [Decision(item="5", text=sentence)]) == []


def test_a_decision_does_not_hide_an_errand_with_its_doer_or_an_instruction():
    """ "It was agreed that Cllr Moss would …" and "… that a new sign be ordered" are decisions and actions both;
    a decision that something "should be" done is only a decision."""
    from scrutiny.record import Decision

    for sentence in (
        "It was agreed that Cllr Moss would look at the inspection report.",
        "It was agreed that a new sign be ordered from the supplier.",
    ):
        found = commitments(passage(sentence, item="3"), FEB_2024, None)
        assert found and new_commitments(found, [], [Decision(item="3", text=sentence)]) == found
    sentence = "Members agreed that the overdue deep dive on vetting should be arranged."
    assert _commitments(sentence) == []


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "The above was noted and the Clerk was subsequently asked to email Highways about the flooding on Mill Lane.",
            ["Clerk"],
            "email Highways about the flooding on Mill Lane",
        ),
        (
            "Mr Ince reported that the company has agreed to provide a speed sign for the parish.",
            ["company"],
            "provide a speed sign for the parish",
        ),
        (
            "The Safer Neighbourhood Team is going to speak to the housing officer about the lighting.",
            ["Safer Neighbourhood Team"],
            "speak to the housing officer about the lighting",
        ),
        (
            "The Parish Council will produce a leaflet on who to call about blocked drains.",
            ["Parish Council"],
            "produce a leaflet on who to call about blocked drains",
        ),  # a body's errand, not its deliberation
        (
            "The Leader said that the Chief Executive would be writing to the Minister about the grant.",
            ["Chief Executive"],
            "writing to the Minister about the grant",
        ),
        (
            "In response to queries, he stated that he would examine the deployment of the Community Policing Unit.",
            [],
            "examine the deployment of the Community Policing Unit",
        ),  # "In" is no one
        (
            "The Chief Superintendent undertook to have the complaint about the park looked into.",
            ["Chief Superintendent"],
            "have the complaint about the park looked into",
        ),
        (
            "Our chair would draw up a response from the council covering these points and send it to the bank.",
            ["chair"],
            "draw up a response from the council covering these points and send it to the bank",
        ),
        (
            "At a later date we should return to the question of a cycle shelter.",
            [],
            "return to the question of a cycle shelter",
        ),
        (
            "Members asked that all the slides shown at this meeting would be circulated to them.",
            [],
            "all the slides shown at this meeting would be circulated to them",
        ),
        (
            "He assured Members that additional officers would be deployed over the holiday period.",
            [],
            "additional officers would be deployed over the holiday period",
        ),
    ],
)
def test_more_ways_minutes_word_an_errand(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


def test_a_short_errand_takes_the_sentence_before_as_what_it_is_about():
    text = "Rabbits are being shot on the common and left to rot. The police to be informed. Cllr Hart to investigate."
    found = _commitments(text)
    assert [(a[0], a[1]) for a in found] == [
        ([], "Rabbits are being shot on the common and left to rot. The police to be informed"),
        (["Cllr Hart"], "Cllr Hart to investigate."),  # the sentence before is itself an errand: no context
    ]
    assert found[0][5] == "Rabbits are being shot on the common and left to rot. The police to be informed."


def test_a_short_errand_that_names_its_own_object_stands_alone():
    """ "Cllr Patel to pay the insurance." says what is to be done: the balance before it is not what it is about."""
    found = _commitments("There is £1,204.16 in the account. Cllr Patel to pay the insurance.")
    assert [(a[0], a[1]) for a in found] == [(["Cllr Patel"], "Cllr Patel to pay the insurance.")]


def test_two_errands_of_one_item_by_different_people_are_two():
    """They share "the Dog Warden … to …", but the Warden's errand is not the Clerk's."""
    text = (
        "Dog fouling is still a problem. The Dog Warden is to supply a selection of notices. "
        "The Clerk to request the Dog Warden to visit the village."
    )
    found = commitments(passage(text, item="9"), FEB_2024, None)
    assert [(a.owners, a.text) for a in new_commitments(found, [], [])] == [
        (["Dog Warden"], "The Dog Warden is to supply a selection of notices."),
        (["Clerk"], "request the Dog Warden to visit the village"),
    ]


def test_it_was_decided_to_is_the_meetings_errand():
    assert [a[:2] for a in _commitments("It was decided to obtain quotes for posts around the green.")] == [
        ([], "obtain quotes for posts around the green")
    ]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "It was requested that the Force provide an update on 101 call abandonment to the board.",
            ["Force"],
            "provide an update on 101 call abandonment to the board",
        ),
        (
            "The Chair asked officers to circulate the revised call handling plan to members.",
            ["officers"],
            "circulate the revised call handling plan to members",
        ),
        (
            "The DCC asked that the estates team brief the board on the custody suite project.",
            ["estates team"],
            "brief the board on the custody suite project",
        ),
        (
            "Members requested a further report on the digital desk pilot.",
            [],
            "a further report on the digital desk pilot",
        ),
        (
            "The PCC asked for an update on the new telephony system.",
            [],
            "an update on the new telephony system",
        ),
        (
            "Members requested that the Panel receive a report on rural crime trends.",
            [],
            "a report on rural crime trends",
        ),
        (
            "The Panel asked for a copy of the estates strategy to be circulated.",
            [],
            "a copy of the estates strategy to be circulated",
        ),
    ],
)
def test_a_request_is_an_errand(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


@pytest.mark.parametrize(
    "text",
    [
        "Members were asked to note the report.",
        "Councillor Hale asked whether the figures included rural crime.",
        "If members wished to see the figures they could ask the OPCC.",
    ],
)
def test_not_requests(text):
    assert _commitments(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr Price requested that the Village Fete take place in June.",  # an event asked for, not a person
        "The manager invited members to visit the new custody suite.",  # a welcome
        "The Chair agreed to take note that the hall hire had risen to £600.",
        "J Okoro to repaint the bench by the pond. (PENDING: CA)",  # its progress follows it
    ],
)
def test_not_errands(text):
    assert _commitments(text) == []


def test_a_short_errand_after_a_vote_line_keeps_to_itself():
    text = "Proposed Cllr Ames, 2nd Cllr Bell, all agreed. Clerk to place on website."
    assert [a[1] for a in _commitments(text)] == ["Clerk to place on website."]


def test_a_request_answered_by_an_action_in_the_list_at_the_end_is_that_action():
    request = commitments(
        passage("LC asked for a breakdown by hour of the day so that the OPCC could plan.", item="4"),
        FEB_2024,
        None,
    )
    marked = Action(
        text="Provide a breakdown of call abandonment by hour of day", owners=["Head of Contact"], item="7"
    )
    assert request and new_commitments(request, [marked], []) == []
    other = Action(
        text="Share the draft violence strategy with partners", owners=["Head of Public Protection"], item="7"
    )
    assert new_commitments(request, [other], []) == request


def test_a_short_errand_names_who_does_the_task_before():
    found = _commitments(
        "Cllr Wren and Cllr Gadd to be included on the councillor course in May. Clerk to book."
    )
    assert [(a[0], a[1]) for a in found] == [
        (["Clerk"], "Cllr Wren and Cllr Gadd to be included on the councillor course")
    ]


def test_one_short_errand_under_two_items_is_two_errands():
    first = Action(text="Clerk to place on December agenda.", owners=["Clerk"], item="6")
    second = Action(text="Clerk to place on December agenda.", owners=["Clerk"], item="7")
    again = Action(text="Clerk to place on December agenda.", owners=["Clerk"], item="7")
    assert new_commitments([first, second, again], [], []) == [first, second]


def test_a_relative_clause_gives_its_person_an_errand():
    found = _commitments(
        "It was agreed that Cllr Gadd would look at the report and send a list of the repairs to the "
        "Clerk who will seek costs."
    )
    assert [(a[0], a[1]) for a in found] == [
        (["Cllr Gadd"], "look at the report and send a list of the repairs to the Clerk who will seek costs"),
        (["Clerk"], "Clerk to seek costs"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He recommended that the matter be considered by a Sub Committee who would come back with proposals.",
        "If any member has a case, send it to the Inspector who would then have it reviewed.",
    ],
)
def test_a_relative_clause_in_a_suggestion_or_a_condition_is_no_errand(text):
    assert _commitments(text) == []


def test_errands_of_one_owner_about_different_things_are_kept():
    seek = Action(text="Clerk to seek costs", owners=["Clerk"], item="6")
    agenda = Action(text="Clerk to place on December agenda.", owners=["Clerk"], item="6")
    assert new_commitments([seek, agenda], [], []) == [seek, agenda]


def test_a_post_named_with_of_owns_a_bare_task():
    found = _commitments("The Head of Digital Strategy to communicate with Cllr Wren on this matter.")
    assert [(a[0], a[1]) for a in found] == [
        (["Head of Digital Strategy"], "communicate with Cllr Wren on this matter")
    ]


def test_an_intention_stated_is_a_commitment():
    found = _commitments(
        "Ms Rowe thanked the team. She mentioned her intention to report on the practice framework "
        "to the panel at a later date."
    )
    assert [a[1] for a in found] == ["report on the practice framework to the panel at a later date"]


def test_an_errand_about_him_keeps_the_sentence_that_says_who():
    text = (
        "Alan Royce at the Council is responsible for this, and the Safer Neighbourhood Team is going to speak to "
        "him to see if this can be trialled."
    )
    assert [(a[0], a[1]) for a in _commitments(text)] == [(["Safer Neighbourhood Team"], text)]


def test_a_short_task_after_a_semicolon_is_said_in_its_own_clause():
    found = _commitments(
        "Cllr Wills reported that the road sign at Green Lane is hidden by vegetation; the Clerk is to "
        "write to the landowner."
    )
    assert [(a[0], a[1]) for a in found] == [(["Clerk"], "the Clerk is to write to the landowner.")]


def test_a_vague_promise_after_a_semicolon_keeps_the_question_it_answers():
    found = _commitments(
        "Peter asked whether the police could share the figures by ward; Sgt Rudd said he would look into it."
    )
    assert [(a[0], a[1]) for a in found] == [
        (
            ["Sgt Rudd"],
            "Peter asked whether the police could share the figures by ward; Sgt Rudd said he would look "
            "into it.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The SNT will include the park in their evening patrols for the next month.",
        "The neighbourhood team will carry out high visibility patrols around the school at closing time.",
    ],
)
def test_a_teams_policing_is_no_errand(text):
    assert _commitments(text) == []


def test_leafleting_is_an_errand():
    assert [
        a[:2] for a in _commitments("PCSO Chen is going to leaflet the streets around the car park.")
    ] == [(["PCSO Chen"], "leaflet the streets around the car park")]


@pytest.mark.parametrize(
    "text, owner",
    [
        (
            "Cllr Lyle said the budget consultation opens in March. She would find out when the potholes on Mill Road are "
            "to be repaired.",
            "Cllr Lyle",
        ),
        (
            "In reply, the Chief Superintendent stated that the vans were placed where collisions occur. He agreed to look "
            "at the location of the vans in Banogue.",
            "Chief Superintendent",
        ),
    ],
)
def test_he_or_she_is_the_person_the_sentence_before_was_about(text, owner):
    assert [a[0] for a in _commitments(text)] == [[owner]]


def test_he_or_she_after_an_organisation_stays_unnamed():
    text = "The County Council said the road would be closed in May. She would find out when the works begin."
    assert [a[0] for a in _commitments(text)] == [[]]


@pytest.mark.parametrize(
    "text, thing",
    [
        (
            "The Chief Executive confirmed that a breakdown of 101 performance by month would be included in the next "
            "report to the Panel.",
            "a breakdown of 101 performance by month would be included in the next report to the Panel",
        ),
        (
            "In response to questions, Mr Lowe said that the review of the contract would be completed by March and that "
            "the outcome would be shared with the Panel.",
            "the outcome would be shared with the Panel",
        ),
    ],
)
def test_a_promise_reported_after_that_is_found_when_it_comes_to_the_meeting(text, thing):
    assert [(a[0], a[1]) for a in _commitments(text)] == [([], thing)]


@pytest.mark.parametrize(
    "text",
    [
        "He stated that the current district model will be replaced with a divisional model next year.",
        "The Head of Finance stated that this would be reported to at the next Board.",
    ],
)
def test_news_or_a_retold_promise_after_that_is_no_task(text):
    assert _commitments(text) == []


def test_a_task_ending_on_this_takes_the_sentence_before():
    text = (
        "The new sign at Bradfield Place should also have said it leads to Manor Road. The Clerk to contact the "
        "Borough regarding this."
    )
    assert [(a[0], a[1]) for a in _commitments(text)] == [(["Clerk"], text)]


def test_in_a_paper_without_items_two_errands_of_one_owner_are_kept():
    first = Action(text="Clerk to contact Highways.", owners=["Clerk"], item=None)
    second = Action(text="Clerk to contact Highways again.", owners=["Clerk"], item=None)
    assert new_commitments([first, second], [], []) == [first, second]


def test_two_promises_joined_by_and_are_two():
    text = (
        "Highways will be approached about hard standing bays beside Church Path and the Parish Council will "
        "explore any ideas for alternative parking."
    )
    assert [(a[0], a[1]) for a in _commitments(text)] == [
        ([], "Highways will be approached about hard standing bays beside Church Path"),
        (["Parish Council"], "explore any ideas for alternative parking"),
    ]


def test_and_between_two_names_does_not_cut_a_promise():
    text = "Cllr Wren and Cllr Gadd will meet the contractor on site before the next meeting."
    assert [a[0] for a in _commitments(text)] == [["Cllr Wren", "Cllr Gadd"]]


def test_a_promise_inside_a_marked_action_is_that_action():
    marked = Action(
        text="A second walk will be held in June and Mary will book the ranger", owners=["ML"], item="4"
    )
    said = Action(text="Mary will book the ranger.", owners=["Mary"], item="4")
    assert new_commitments([said], [marked], []) == []


def test_a_promise_opening_on_this_takes_the_sentence_before():
    text = (
        "For Grimwood, a higher fence between the sheltered housing and the park would help. This is to be "
        "discussed with the Council."
    )
    assert [(a[0], a[1]) for a in _commitments(text)] == [([], text.rstrip("."))]


def test_a_sentence_opening_to_be_is_a_promise():
    text = "Unregistered quad bike driving around the village. To be reported to the police."
    assert [a[1] for a in _commitments(text)] == [text.rstrip(".")]


def test_what_a_meeting_will_hear_is_no_promise():
    assert (
        _commitments("To be discussed at the meeting are ways in which the company can reduce its impact.")
        == []
    )


def test_he_after_a_run_in_title_is_the_person_the_report_is_by():
    text = (
        "County Councillor's report: Cllr Bright reported that the library consultation opens in the summer. "
        "He will find out whether the 40mph limit can be extended past the school."
    )
    assert [a[0] for a in _commitments(text)] == [["Cllr Bright"]]


def test_signing_is_an_errand():
    assert [a[0] for a in _commitments("The Chairman and Clerk will sign the annual return.")] == [
        ["Chairman", "Clerk"]
    ]


def test_he_in_a_reply_is_the_post_that_replied():
    text = (
        "In reply, the Chief Superintendent stated that he would examine the deployment of resources in the "
        "area."
    )
    assert [a[0] for a in _commitments(text)] == [["Chief Superintendent"]]


def test_who_agrees_to_what_was_asked_of_another_does_it():
    text = (
        "Senator Foley requested that the Garda Síochána provide figures on drug seizures in the county. The "
        "Chief Superintendent agreed to provide them."
    )
    assert [(a[0], a[1]) for a in _commitments(text)] == [
        (["Chief Superintendent"], "provide figures on drug seizures in the county")
    ]


def test_and_undertook_to_is_the_promise_of_the_sentences_subject():
    text = (
        "Mr Dunn, Cabinet Member for Environment, replied that the site would remain open at weekends and "
        "undertook to write to Mr Hart with the footfall figures."
    )
    assert [(a[0], a[1]) for a in _commitments(text)] == [
        (["Mr Dunn"], "write to Mr Hart with the footfall figures")
    ]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "Members considered the waiting list. AGREED: that the Town Clerk investigate the availability of land at Mill "
            "Farm.",
            ["Town Clerk"],
            "investigate the availability of land at Mill Farm",
        ),
        (
            "It was agreed that the Clerk write to the landowner about the hedge.",
            ["Clerk"],
            "write to the landowner about the hedge",
        ),
    ],
)
def test_a_task_agreed_in_the_subjunctive(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


def test_a_body_resolving_what_it_agrees_is_no_errand():
    assert _commitments("RESOLVED that Cabinet agree to: (a) the plan; (b) the budget.") == []


@pytest.mark.parametrize(
    "text, task, due_text",
    [
        (
            "Cabinet Member updates were deferred to the next meeting of the Cabinet.",
            "Cabinet Member updates were deferred to the next meeting",
            "next meeting",
        ),
        (
            "It was agreed to defer this item to the next meeting.",
            "It was agreed to defer this item to the next meeting",
            "next meeting",
        ),
        ("Deferred to the next meeting.", "Deferred to the next meeting", "next meeting"),
    ],
)
def test_a_matter_deferred_to_a_later_meeting_comes_back_then(text, task, due_text):
    assert [(a[0], a[1], a[3]) for a in _commitments(text)] == [([], task, due_text)]


def test_a_deferral_on_a_condition_is_no_promise():
    assert _commitments("If no quotes arrive, the matter will be deferred to the next meeting.") == []


@pytest.mark.parametrize(
    "text, task",
    [
        (
            "The grants budget will be reviewed as part of the 2025/26 budget setting process.",
            "The grants budget will be reviewed as part of the 2025/26 budget setting process",
        ),
        (
            "Reserves position - working on month 10 figures to come back next month.",
            "working on month 10 figures to come back next month",
        ),
        (
            "Reserves and capital to be updated in the mid-year review report.",
            "Reserves and capital to be updated in the mid-year review report",
        ),
    ],
)
def test_more_promised_papers_and_reviews(text, task):
    assert [a[1] for a in _commitments(text)] == [task]


def test_a_promise_done_accordingly_takes_what_it_answers():
    text = (
        "Members were concerned that cyber security did not appear on the joint strategic risk register. MI "
        "agreed that the register would be updated accordingly."
    )
    assert [a[1] for a in _commitments(text)] == [
        "Members were concerned that cyber security did not appear on the joint strategic risk register. The register "
        "would be updated accordingly"
    ]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "c) The Clerk to obtain three quotes for renewing the play area surfacing for the January meeting.",
            ["Clerk"],
            "obtain three quotes for renewing the play area surfacing",
        ),
        (
            "It was agreed to donate £75 to the Royal British Legion for the wreath.",
            [],
            "donate £75 to the Royal British Legion for the wreath",
        ),
        (
            "Mr Naylor, Cabinet Member for Highways, undertook to send her the gully cleaning programme for her division.",
            ["Mr Naylor"],  # "her" says nothing alone: the sentence is kept
            "Mr Naylor, Cabinet Member for Highways, undertook to send her the gully cleaning programme for her division.",
        ),
        (
            "The dog bin has still not been emptied; the Clerk had chased the District Council twice and will raise it "
            "again at the liaison meeting.",
            ["Clerk"],
            "The dog bin has still not been emptied; the Clerk had chased the District Council twice and will raise it "
            "again at the liaison meeting.",
        ),
    ],
)
def test_errands_in_more_shapes(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


def test_and_would_after_a_thing_is_no_errand():
    assert _commitments("This would require significant investment and would take time to achieve.") == []


def test_a_letter_to_send_takes_the_motion_before_it():
    text = (
        "Cllr Furlong proposed that the committee write to the roads authority seeking a safety audit of the N25; "
        "seconded by Cllr Tobin and agreed. The Meetings Administrator will send the letter."
    )
    found = _commitments(text)
    assert [(a[0], a[1].startswith("Cllr Furlong proposed")) for a in found] == [
        (["Meetings Administrator"], True)
    ]


def test_a_resolutions_errand_is_an_action_beside_the_decision():
    said = Action(
        text="write to the Secretary of State seeking stronger powers",
        owners=["Leader"],
        item="118",
        evidence=Evidence(
            "RESOLVED that this Council asks the Leader to write to the Secretary of State "
            "seeking stronger powers."
        ),
    )
    decision = Decision(
        text="This Council asks the Leader to write to the Secretary of State seeking stronger powers.",
        item="118",
    )
    assert new_commitments([said], [], [decision]) == [said]


def test_a_lettered_clause_of_a_resolution_asking_for_a_report_is_a_promise():
    found = _commitments(
        "(b) a report on the delivery of the savings plan be brought to the Panel's meeting in July 2024."
    )
    assert [(a[0], a[1], a[2]) for a in found] == [
        ([], "a report on the delivery of the savings plan be brought to the Panel's meeting", "2024-07")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Councillors agreed that the Clerk should write to the landowner.",
        "Members agreed the Clerk should seek legal advice.",
    ],
)
def test_agreed_that_someone_should_is_their_errand(text):
    assert [a[0] for a in _commitments(text)] == [["Clerk"]]


@pytest.mark.parametrize(
    "text",
    ["It was agreed that the Council should not object.", "Members agreed the budget should be increased."],
)
def test_agreed_that_something_should_be_is_no_errand(text):
    assert _commitments(text) == []


def test_a_post_with_its_department_set_off_by_commas_owns_a_bare_task():
    found = _commitments(
        "The Senior Executive Officer, Corporate Services, to revert to Members with a date for the "
        "next meeting."
    )
    assert [(a[1], a[3]) for a in found] == [("revert to Members with a date", "next meeting")]


def test_in_a_paper_without_items_two_like_errands_in_other_words_are_two():
    first = Action(text="request the Dog Warden to visit the village", owners=["Clerk"], item=None)
    second = Action(
        text="The Clerk to ask the Dog Warden to visit the village and perhaps monitor the situation.",
        owners=["Clerk"],
        item=None,
    )
    assert new_commitments([first, second], [], []) == [first, second]


def test_he_later_in_a_sentence_is_the_person_it_opens_with():
    found = commitments(
        passage(
            "Neil said that drivers had been reminded of the permitted hours and he would check the "
            "weighbridge records for the dates given.",
            item="3",
        ),
        FEB_2024,
        None,
        frozenset({"neil", "bramwell"}),
    )
    assert [a.owners for a in found] == [["Neil"]]


def test_two_commitments_of_one_item_that_share_a_word_or_two_are_two():
    quotes = Action(
        text="obtain quotes for the cost of erecting posts around the Green to stop vehicles",
        owners=[],
        item="4",
    )
    highways = Action(
        text="Highways will be approached about hard standing bays for cars in front of the Green",
        owners=[],
        item="4",
    )
    assert new_commitments([quotes, highways], [], []) == [quotes, highways]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "The Clerk has been asked to contact the District Council about the fly-tipping.",
            ["Clerk"],
            "contact the District Council about the fly-tipping",
        ),
        (
            "Members requested that the Clerk obtains three quotes for the work.",
            ["Clerk"],
            "obtains three quotes for the work",
        ),
        (
            "We will ask the police to attend the next meeting.",
            [],
            "ask the police to attend the next meeting",
        ),
    ],
)
def test_more_ways_to_say_who_does_it(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


def test_a_working_group_owns_its_promise():
    assert [a[0] for a in _commitments("The working group will report back in three months.")] == [
        ["working group"]
    ]


@pytest.mark.parametrize(
    "text, task",
    [
        (
            "I'll put these notes up on the website by Friday.",
            "I'll put these notes up on the website by Friday.",
        ),
        (
            "We'll write to the council about the overflowing bins.",
            "write to the council about the overflowing bins",
        ),
        ("Des is going to sort out the rota for the summer.", "sort out the rota for the summer"),
    ],
)
def test_informal_notes_promise_in_contractions_and_plain_words(text, task):
    assert [a[1] for a in _commitments(text)] == [task]


def test_a_motion_moved_in_the_first_person_is_no_promise():
    assert (
        _commitments("I would also move that this Council write to the Minister about rural policing.") == []
    )


def test_a_post_named_by_what_it_heads_owns_its_promise():
    found = _commitments(
        "The Head of Performance will bring the victims survey report to the September meeting."
    )
    assert [a[0] for a in found] == [["Head of Performance"]]


def test_a_lettered_clause_without_an_article_asking_for_a_step_is_a_promise():
    found = _commitments("(c) comments on the draft plan be forwarded to the Commissioner by the Chair.")
    assert [a[1] for a in found] == [
        "comments on the draft plan be forwarded to the Commissioner by the Chair"
    ]


def test_who_says_she_will_do_something_is_a_person_though_no_list_names_her(tmp_path):
    """No list says who came; the minutes say Nadia spoke, so she is one of the meeting's people (owners.speakers)."""
    meeting = first_meeting(
        tmp_path,
        "# Notes from the Elm Forum, 5 November 2024\n\n## Youth provision\n\n"
        "Nadia said she would look into getting the youth outreach bus to come on Friday nights.\n",
        "forum.md",
    )
    found = [(a.owners, a.text) for a in meeting.actions]
    assert found == [(["Nadia"], "look into getting the youth outreach bus to come on Friday nights")]


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("It was agreed to start a Community Speedwatch group.", "start a Community Speedwatch group"),
        (
            "It was agreed to form a working party on the allotments.",
            "form a working party on the allotments",
        ),
        (
            "It was agreed to tell residents about the new bus times.",
            "tell residents about the new bus times",
        ),
    ],
)
def test_the_meetings_own_errands_of_setting_something_going_or_telling(text, task):
    [(owners, found, *_)] = _commitments(text)
    assert owners == [] and task in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "4.2 The committee agreed to hold an additional meeting in November to consider the audited accounts.",
            [([], "hold an additional meeting in November to consider the audited accounts")],
        ),
        (
            "In the end the forum agreed to start a Speedwatch group for the village, and Lewis offered to coordinate the "
            "volunteers for it.",
            [
                ([], "start a Speedwatch group for the village"),
                (["Lewis"], "coordinate the volunteers for it"),
            ],
        ),
        (
            "6.3 Supt Mayhew will bring the annual misconduct outcomes report to the board.",
            [(["Supt Mayhew"], "bring the annual misconduct outcomes report to the board")],
        ),
    ],
)
def test_a_bodys_own_errand_a_second_volunteer_and_a_numbered_paragraph(text, expected):
    found = [(owners, task) for owners, task, *_ in _commitments(text)]
    assert len(found) == len(expected)
    for (owners, task), (want_owners, want_task) in zip(found, expected):
        assert owners == want_owners and want_task in task


def test_a_numbered_paragraph_over_two_lines_is_the_bodys_errand_and_its_decision_both(tmp_path):
    meeting = first_meeting(
        tmp_path,
        "Audit Committee\n\nMinutes of the meeting held on 27 June 2024\n\n4. ANNUAL ACCOUNTS\n\n"
        "4.2 The committee agreed to hold an additional meeting in November\n"
        "to consider the audited accounts.\n",
        "audit.txt",
    )
    assert [(a.owners, a.text) for a in meeting.actions] == [
        ([], "hold an additional meeting in November to consider the audited accounts")
    ]
    assert [d.text for d in meeting.decisions] == [
        "The committee agreed to hold an additional meeting in November to consider the audited accounts."
    ]


def test_a_question_whether_something_was_done_answered_with_a_promise_is_that_errand():
    [(owners, text, *_)] = _commitments(
        "Cllr Hart asked whether the speed survey results had been sent to the parish council. The Inspector "
        "confirmed that this would be done by the end of the month."
    )
    assert owners == ["Inspector"] and text.startswith(
        "the speed survey results to be sent to the parish council"
    )


def test_a_question_whether_something_was_done_answered_that_it_was_is_no_errand():
    assert (
        _commitments(
            "Cllr Hart asked whether the speed survey results had been sent to the parish council. The Inspector "
            "confirmed that this had been done."
        )
        == []
    )


def test_shes_going_to_is_a_promise_of_whoever_the_sentence_before_was_about(tmp_path):
    meeting = first_meeting(
        tmp_path,
        "# Elm Road Residents, 4 March 2025\n\n## Police\n\n"
        "PCSO Okafor said two sheds on the allotments were broken into last month. "
        "She's going to ask the crime prevention officer to speak at the next meeting.\n",
        "residents.md",
    )
    assert [(a.owners, a.text, a.due_text) for a in meeting.actions] == [
        (["PCSO Okafor"], "ask the crime prevention officer to speak", "next meeting")
    ]


def test_its_going_to_is_no_promise():
    assert _commitments("It's going to be a busy summer for the team.") == []


def test_a_letter_that_would_issue_is_the_meetings_errand():
    [(owners, text, *_)] = _commitments(
        "Following discussion it was agreed that a letter would issue to the Chief Superintendent about the "
        "station's opening hours."
    )
    assert owners == [] and text.startswith("a letter would issue to the Chief Superintendent")


@pytest.mark.parametrize("verb", ["tighten", "adjust", "mow", "strim", "empty", "unblock"])
def test_the_upkeep_errands_of_a_parish(verb):
    [(owners, text, *_)] = _commitments(f"Mr Ellis to {verb} the fittings by the pavilion.")
    assert owners == ["Mr Ellis"] and text == f"{verb} the fittings by the pavilion"


def test_but_that_she_would_is_a_promise_of_whoever_the_sentence_opened_with(tmp_path):
    meeting = first_meeting(
        tmp_path,
        "# Police and Crime Panel, 12 June 2025\n\n## Estates\n\n"
        "The Commissioner said the sale of the old station was not yet agreed, but that she would circulate the "
        "valuation report to members.\n",
        "panel.md",
    )
    assert [(a.owners, a.text) for a in meeting.actions] == [
        (["Commissioner"], "circulate the valuation report to members")
    ]


def test_a_body_agreeing_to_deliberate_is_no_errand():
    assert _commitments("The Committee agreed to note the report.") == []


def test_what_is_to_be_brought_back_is_what_the_sentence_before_suggested():
    [(owners, text, _due, due_text, *_)] = _commitments(
        "Iain suggested a community litter pick in the spring. To be brought back to the January meeting."
    )
    assert owners == [] and text.startswith("Iain suggested a community litter pick in the spring.")
    assert due_text == "January meeting"


def test_a_post_with_an_ampersand_undertakes_a_task():
    [(owners, text, *_)] = _commitments(
        "The ACC C&O undertook to brief the victims lead on the change to the recording rules."
    )
    assert owners == ["ACC C&O"] and text == "brief the victims lead on the change to the recording rules"


def test_a_promise_to_provide_it_takes_what_it_is_from_the_question_before():
    [(owners, text, *_)] = _commitments(
        "Councillor Dorling asked how many victims referred to the hub had declined support. The Commissioner did not "
        "have the figure to hand and agreed to provide it to the Panel."
    )
    assert owners == ["Commissioner"] and text.startswith(
        "Councillor Dorling asked how many victims referred to the hub"
    )


def test_a_resolution_after_a_dash_that_a_long_named_report_be_brought_is_an_errand():
    [(owners, text, *_)] = _commitments(
        "RESOLVED – That a report on the force's response to the HMICFRS inspection of serious youth violence be "
        "brought to the Panel's meeting on 12 December 2024."
    )
    assert owners == [] and text.startswith("a report on the force's response to the HMICFRS inspection")


def test_a_motions_clause_asks_a_cabinet_member_named_by_two_portfolios():
    [(owners, text, *_)] = _commitments(
        "(2) asks the Cabinet Member for Highways and Transport to bring a review of supported bus routes to the Cabinet;"
    )
    assert owners == ["Cabinet Member for Highways and Transport"]
    assert text == "bring a review of supported bus routes to the Cabinet"


def test_news_of_what_another_body_had_recommended_is_no_request_of_this_meeting():
    assert (
        _commitments(
            "The Police and Crime Panel had recommended that the Commissioner publish a rural crime strategy."
        )
        == []
    )


def test_a_risk_raised_from_amber_to_red_is_a_rating_not_an_errand():
    assert _commitments("It was agreed that SR4 be raised from amber to red.") == []


def test_each_numbered_part_of_a_resolution_sets_its_own_errand():
    found = [
        (owners, text)
        for owners, text, *_ in _commitments(
            "RESOLVED that (1) the Panel supports the appointment of Ms Rachel Dunne as Deputy Commissioner; (2) the Chair "
            "write to the Commissioner informing him of the Panel's recommendation; (3) the Panel's comments, as set out in "
            "the minute above, be sent to the Commissioner by the Panel Support Officer."
        )
    ]
    assert found == [
        (["Chair"], "write to the Commissioner informing him of the Panel's recommendation"),
        (
            [],
            "the Panel's comments, as set out in the minute above, be sent to the Commissioner by the Panel Support Officer",
        ),
    ]


def test_a_numbered_part_that_reports_is_no_errand():
    assert (
        _commitments("(a) the Clerk reported that the bench was repaired; (b) Members noted the report.")
        == []
    )


def test_a_promise_that_says_little_is_the_marked_action_of_the_same_owner_and_item():
    said = Action(text="the Commissioner agreed to provide the figures.", owners=["Commissioner"], item="49")
    marked = Action(
        text="provide the number of rape investigations open for longer than 12 months",
        owners=["Commissioner"],
        item="49",
        ref=None,
    )
    other_item = Action(text="provide the number of open investigations", owners=["Commissioner"], item="50")
    assert new_commitments([said], [marked], []) == []
    assert new_commitments([said], [other_item], []) == [said]


def test_a_post_named_by_letters_with_a_small_letter_will_do_a_task():
    [(owners, text, *_)] = _commitments(
        "The CEx will arrange a date for the Board's annual development session."
    )
    assert owners == ["CEx"] and text.startswith("arrange a date for the Board's annual development session")


def test_a_deferral_to_be_brought_back_stays_an_errand_beside_the_decision_that_says_it():
    said = Action(
        text="Members agreed to defer the non-urgent works, to be brought back",
        owners=[],
        item="48",
        evidence=Evidence(
            "Members agreed to defer the non-urgent works, to be brought back to the next meeting.", None
        ),
    )
    decision = Decision(
        text="Members agreed to defer the non-urgent works, to be brought back to the next meeting.",
        item="48",
    )
    assert new_commitments([said], [], [decision]) == [said]


def test_a_group_agrees_to_allocate_a_grant():
    [(_, text, *_)] = _commitments(
        "The group agreed to allocate £20,000 of the grant to the detached youth work project."
    )
    assert "allocate £20,000 of the grant" in text


@pytest.mark.parametrize(
    ("sentence", "order"),
    [
        ("Book the tool trailer for 22 March.", True),
        ("Work parties will be on the first Sunday of each month.", False),
        ("Report writing is now shared between the officers.", False),
        ("Order new litter pickers.", True),
    ],
)
def test_an_order_opens_with_an_errand_and_no_other_verb_says_what_is(sentence, order):
    assert orders(sentence) is order


@pytest.mark.parametrize(
    "text, task",
    [
        ("Deputy Rourke said he would raise the matter by way of a Dáil question.", "raise the matter"),
        (
            "The PCC said she would raise the capital grant settlement with the Minister for Policing at the conference.",
            "raise the capital grant settlement",
        ),
        (
            "The Chief Constable would raise the cost of mutual aid with the National Police Chiefs' Council.",
            "raise the cost",
        ),
        ("The Chair said she would write to the local MSP about it.", "write to the local MSP"),
        (
            "It was agreed that the Chair would write to the Minister for Policing about the funding formula.",
            "write to the Minister",
        ),
        (
            "Deputy Breathnach said that he would be raising the shortage of Gardaí in rural stations with the "
            "Minister for Justice by way of a parliamentary question.",
            "raising the shortage",
        ),
    ],
)
def test_a_representation_someone_undertakes_to_make_is_their_errand(text, task):
    """Writing to an MP or raising a matter with a minister is work a member or officer takes away, tracked like any
    other ("The Council … would be making representations to government" is an action in the task's own gold)."""
    [(_, said, *_)] = _commitments(text)
    assert said.startswith(task)


def test_raising_a_matter_with_a_council_department_is_an_errand():
    [(owners, text, *_)] = _commitments(
        "Cllr Horsfall agreed to raise the lighting in the precinct with the housing department."
    )
    assert owners == ["Cllr Horsfall"] and text.startswith("raise the lighting")


def test_a_one_word_task_keeps_the_clause_before_its_semicolon_as_what_it_is():
    [(owners, text, *_)] = _commitments(
        "An invitation to the community council forum on 20th March; JB and AM will attend."
    )
    assert owners == ["JB", "AM"] and text.startswith(
        "An invitation to the community council forum on 20th March"
    )


def test_a_short_promise_in_the_discussion_is_the_schedules_numbered_row_of_its_owner():
    said = Action(
        text="The Chief Constable undertook to provide the breakdown by the next Board.",
        owners=["Chief Constable"],
        item="4",
    )
    longer = Action(
        text="look at whether the custody suite rota could change after the review of staffing",
        owners=["CC"],
        item="4",
    )
    row = Action(
        text="Breakdown of rural emergency response times by neighbourhood area",
        owners=["CC"],
        item="9",
        ref="2025/11",
    )
    assert new_commitments([said], [row], []) == []
    assert new_commitments([longer], [row], []) == [longer]


def test_a_longer_promise_is_the_schedules_row_of_its_owner_that_names_the_same_things():
    """ "The PCC asked for the rural figures to be broken down by district … The DCC agreed to provide this" and the
    schedule's "Rural response times by district" (DCC): one action; a row of the same owner about another thing
    stays apart."""
    said = Action(text="the rural figures to be broken down by district", owners=["DCC"], item="2")
    row = Action(text="Rural response times by district", owners=["DCC"], item="5", ref="AB/25/01")
    other = Action(text="Vetting backlog by district", owners=["DCC"], item="5", ref="AB/25/03")
    assert new_commitments([said], [row], []) == []
    assert new_commitments([said], [other], []) == [said]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "In answer to questions, the Commissioner said that the extra income would fund 40 officers and that she "
            "would provide the Panel with a breakdown of the savings plan.",
            ["Commissioner"],
            "provide the Panel with a breakdown of the savings plan",
        ),
        (
            "The DCC explained that the go-live date was 25 November and that she would send the Commissioner a note on "
            "the contingency arrangements.",
            ["DCC"],
            "send the Commissioner a note on the contingency arrangements",
        ),
    ],
)
def test_and_that_she_would_is_the_promise_of_whoever_the_sentence_opened_with(text, owners, task):
    assert [a[:2] for a in _commitments(text)] == [(owners, task)]


def test_the_second_part_of_a_resolution_that_brings_a_report_is_an_errand():
    found = _commitments(
        "RESOLVED: That the work programme be noted, and that a report on rural crime be added for the "
        "June meeting."
    )
    assert [(a[0], a[1], a[2]) for a in found] == [([], "a report on rural crime be added", "2024-06")]
    assert (
        _commitments("RESOLVED: That the report be noted and that members be thanked for their work.") == []
    )


def test_another_councils_plans_at_a_friends_groups_meeting_are_news(tmp_path):
    """At a Friends group's meeting "The Council has agreed to deliver timber" is the council's plan, reported; at
    the council's own meeting "The Council will replace the bench" is its errand."""
    from scrutiny.extract import extract
    from scrutiny.readers import read

    def actions(name: str, body: str) -> list[str]:
        path = tmp_path / name
        path.write_text(
            f"# {body}\n\nMinutes of the meeting held on 15 October 2024 in the hut\n\n"
            "Present: Ann Bee (chair), Cal Dee\n\n## 3. Boardwalk\n\n"
            "The boardwalk is rotting in places. The Council has agreed to deliver timber for the boardwalk.\n",
            encoding="utf-8",
        )
        return [a.text for m in extract(read(path)).meetings for a in m.actions]

    assert actions("friends.md", "Friends of Tolley Wood") == []
    assert actions("parish.md", "Tolley Parish Council") == [
        "The Council has agreed to deliver timber for the boardwalk."
    ]
    # a joint policing committee is its council's own: the council's plans are its business
    assert actions("jpc.md", "Tolley Joint Policing Committee") == [
        "The Council has agreed to deliver timber for the boardwalk."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Begum suggested that the council hold a public meeting on the post office; members felt it was premature.",
        "Cllr. Rafferty suggested that the Committee hold one of its meetings in Knockmeal.",
        "A resident suggested that the Clerk write to the bus company about the timetable.",
    ],
)
def test_one_persons_suggestion_is_no_errand(text):
    assert _commitments(text) == []


def test_a_request_the_meeting_makes_is_still_an_errand():
    assert [
        a[:2]
        for a in _commitments(
            "Members requested that the Clerk write to the bus company about the timetable."
        )
    ] == [(["Clerk"], "write to the bus company about the timetable")]


def test_business_of_the_meeting_itself_is_no_errand():
    assert (
        _commitments(
            "Action 2025/06 (fleet costs): remains open; the Director of Finance would present the costs "
            "under item 5."
        )
        == []
    )


def test_a_promise_is_the_schedules_row_of_its_owner_named_more_fully():
    """ "The Chief Executive … would circulate a draft plan to Board members" and the schedule's "Circulate a draft plan
    for the joint stalking campaign" (OPCC Chief Executive): one action."""
    said = Action(text="circulate a draft plan to Board members", owners=["Chief Executive"], item="6")
    row = Action(
        text="Draft plan for the joint summer stalking communications campaign",
        owners=["OPCC Chief Executive"],
        item="9",
        ref="2025/14",
    )
    assert new_commitments([said], [row], []) == []


def test_a_proposal_is_no_errand_until_agreed():
    assert (
        _commitments(
            "Councillor Orme proposed that a session on serious violence funding be added to the work "
            "programme."
        )
        == []
    )
    assert [
        a[1]
        for a in _commitments(
            "It was agreed that a session on serious violence funding be added to the work programme."
        )
    ] == ["a session on serious violence funding be added to the work programme"]


def test_a_promise_only_to_consider_a_suggestion_is_no_errand():
    assert _commitments("The Commissioner said she would consider this for next year's report.") == []
    assert [
        a[1]
        for a in _commitments(
            "The Commissioner said she would consider the options for a rural hub and report back in June."
        )
    ] != []


def test_a_resolutions_second_part_is_an_errand_beside_its_decision():
    found = commitments(
        passage(
            "RESOLVED that the Treasury Management Strategy be approved, and that a mid-year report "
            "be presented to the Governance and Audit Committee in November.",
            item="51",
        ),
        FEB_2024,
        None,
    )
    decisions = [
        Decision(
            text="The Treasury Management Strategy be approved, and that a mid-year report be presented",
            item="51",
        )
    ]
    assert [(a.text, a.due) for a in new_commitments(found, [], decisions)] == [
        ("a mid-year report be presented to the Governance and Audit Committee", "2024-11")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "RESOLVED that the report be noted, and that the work programme be updated accordingly.",
        "The Chair said the minutes of this meeting would be published on the website.",
    ],
)
def test_the_meetings_own_papers_kept_up_are_no_errand(text):
    assert _commitments(text) == []


def test_a_name_to_action_takes_the_sentence_before_as_its_task():
    found = commitments(
        passage("The website needs updating with the events list. Sue to action.", item="4"),
        FEB_2024,
        None,
        people_of(["Sue Tait"]),
    )
    assert [(a.owners, a.text) for a in found] == [
        (["Sue"], "The website needs updating with the events list. Sue to action.")
    ]


def test_a_run_on_sentence_too_long_for_one_task_is_read_clause_by_clause():
    """A parish clerk's sentence of seventy words, its clauses joined by a spaced dash: too long to be read whole
    (it may be a paragraph the splitter could not cut), its clause that asks the Clerk is read alone."""
    text = (
        "The speed survey results were noted and the Clerk was subsequently asked to write to the county's "
        "highways engineer again and question the record of collisions, using what residents had said in the "
        "open session, and to point out the danger for drivers turning out of Mill Lane and Church Street onto "
        "the B1108 - enquire whether the give way lines at both junctions could be replaced by stop lines and "
        "whether warning signs could be put up."
    )
    assert len(text.split()) > 60
    found = _commitments(text)
    assert [(owners, task.split(" again")[0]) for owners, task, *_ in found] == [
        (["Clerk"], "write to the county's highways engineer")
    ]
    assert found[0][1].endswith("onto the B1108")


@pytest.mark.parametrize(
    "text",
    [
        "Jess offered to run a tree identification walk for members in the spring if there was enough interest.",
        "The Inspector offered to attend the May meeting if members wished.",
        "PC Hart said he would be happy to give a talk on scams, should members want one.",
    ],
)
def test_an_offer_on_a_condition_nobody_has_met_is_no_errand(text):
    assert _commitments(text) == []


def test_an_offer_without_a_condition_stays_an_errand():
    assert [
        c[:2]
        for c in _commitments("Jess offered to run a tree identification walk for members in the spring.")
    ] == [(["Jess"], "run a tree identification walk for members in the spring")]


def test_a_deferral_agreed_is_an_errand_beside_its_decision(tmp_path):
    """ "It was agreed to defer the discussion of the Friends' five-year plan to the March meeting": a decision, and
    the matter comes back then (what was put off may run to several words, an apostrophe and a hyphen among them)."""
    meeting = first_meeting(
        tmp_path,
        """# Friends of Copperbeck Park

Minutes of the committee meeting held on Wednesday 22nd January 2025

8. Any other business

It was agreed to defer the discussion of the Friends' five-year plan to the March meeting, when AC and BN can be there.
""",
        "minutes.md",
    )
    assert [(a.text, a.due) for a in meeting.actions] == [
        (
            "It was agreed to defer the discussion of the Friends' five-year plan to the March meeting",
            "2025-03",
        )
    ]
    assert len(meeting.decisions) == 1


def test_asking_others_to_patrol_is_an_errand_where_patrolling_is_not():
    """A team's patrols are its policing, no errand of the meeting's; the Clerk's asking the dog warden to patrol
    the playing field is one."""
    asked = "The Clerk to ask the District Council's dog warden to patrol the playing field at weekends."
    assert [c[:2] for c in _commitments(asked)] == [
        (["Clerk"], "ask the District Council's dog warden to patrol the playing field at weekends")
    ]
    assert _commitments("The Neighbourhood Team will patrol the park at weekends.") == []


def test_a_deferral_of_this_is_said_with_the_rest_of_its_sentence():
    text = (
        "It was agreed to defer this to the April meeting so that the club could be asked for its accounts."
    )
    assert [(c[1], c[2]) for c in _commitments(text)] == [
        (
            "It was agreed to defer this to the April meeting so that the club could be asked for its accounts",
            "2024-04",
        )
    ]


def test_a_resolutions_next_part_is_no_part_of_the_errand():
    text = (
        "It was resolved that the Clerk should obtain quotations for a replacement rope and that Mr Bastable be "
        "authorised to approve expenditure of up to £300."
    )
    assert [(c[0], c[1]) for c in _commitments(text)] == [
        (["Clerk"], "obtain quotations for a replacement rope")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "(b) That the Commissioner be asked to include in her next performance report an analysis of 101 call "
            "abandonment.",
            (
                ["Commissioner"],
                "include in her next performance report an analysis of 101 call abandonment",
                None,
            ),
        ),
        (
            "(c) That the Panel's task and finish group on anti-social behaviour report its findings to the March "
            "meeting.",
            (["task and finish group on anti-social behaviour"], None, "2024-03"),
        ),
        (
            "RESOLVED: That (1) the report be noted; and (2) the Panel receive a report on domestic abuse charge "
            "rates at its February meeting.",
            ([], "a report on domestic abuse charge rates", "2024-02"),
        ),
        (
            "RESOLVED: That the timetable be noted and that a budget briefing for Panel members be held in April.",
            ([], "a budget briefing for Panel members be held", "2024-04"),
        ),
        (
            "Councillor Price said the report had no measure of confidence; the Head of Performance said the next "
            "report would include the results of the rural crime survey.",
            ([], "the next report would include the results of the rural crime survey", None),
        ),
    ],
)
def test_a_panel_s_resolutions_and_promises_of_papers_are_errands(text, expected):
    """A police and crime panel's resolution parts: one asking the Commissioner, one setting its own working group a
    report, one asking for a report to come to a named meeting (its "; and (2)" a part of its own), a briefing to
    be held; and an officer's word that the next report will hold something."""
    (found,) = [(c[0], c[1], c[2]) for c in _commitments(text)]
    owners, task, due = expected
    assert found[0] == owners and found[2] == due
    assert task is None or found[1] == task


def test_a_meeting_to_be_held_is_no_errand():
    assert _commitments("The next meeting will be held on 4 March at the village hall.") == []
    assert (
        _commitments("It was agreed that the next meeting would be held on Thursday 18th July 2024 at 3 p.m.")
        == []
    )
    assert _commitments("The report would include recommendations on staffing.") == []


def test_a_deferral_may_name_at_length_what_was_put_off():
    text = (
        "It was agreed to defer the presentation on the Garda Síochána's rural safety strategy to the next meeting, "
        "as the unit was unable to attend."
    )
    assert [c[1] for c in _commitments(text, next_meeting=date(2024, 4, 9))] == [
        "It was agreed to defer the presentation on the Garda Síochána's rural safety strategy to the next meeting"
    ]


def test_a_group_agreeing_to_keep_its_priorities_sets_no_errand():
    text = (
        "The group agreed to keep the three existing priorities (anti-social behaviour, serious violence, domestic "
        "abuse) and to add retail crime as a fourth."
    )
    assert _commitments(text) == []


def test_asked_for_in_a_later_paper_and_promised_there_is_an_errand():
    """ "X asked that future statements show the ratio …; the Chief Executive said this would be included in the
    2026/27 statement": the request says what, the answer who; an officer reminding members of a paper to come
    is news."""
    text = (
        "Councillor Abney asked that future statements show the ratio of the highest paid to the median salary over "
        "the last five years; the Chief Executive said this would be included in the 2026/27 statement."
    )
    assert [(c[0], c[1]) for c in _commitments(text)] == [
        (
            ["Chief Executive"],
            "the ratio of the highest paid to the median salary over the last five years to be included in the "
            "2026/27 statement",
        )
    ]
    reminded = "The CEx reminded members that the annual report will be presented to the Panel on 26 June."
    assert _commitments(reminded) == []


def test_a_which_clause_gives_an_errand_about_what_went_before():
    """ "… had asked the Chief Constable for a recovery plan, which he would bring to the Panel once he had received
    it": the plan, brought by the Commissioner the sentence is about; a "which" that welcomes is no errand."""
    text = (
        "The Commissioner said he shared the Panel's concern and had asked the Chief Constable for a recovery plan, "
        "which he would bring to the Panel once he had received it."
    )
    assert [(c[0], c[1]) for c in _commitments(text)] == [
        (["Commissioner"], "bring a recovery plan to the Panel once he had received it")
    ]
    assert _commitments("She described the new app, which she would welcome views on.") == []


def test_the_new_secretary_taking_over_a_task_takes_the_sentence_that_says_it():
    """ "The new Secretary agreed to …": a post with "new" before it owns the promise; "take ownership of this task"
    says what only with the sentence before."""
    text = (
        "A letter has been drafted by the previous team, and needs to be sent by email. The new Secretary agreed to "
        "take ownership of this task from the former secretary."
    )
    ((owners, task, *_),) = _commitments(text)
    assert owners == ["Secretary"]
    assert task.startswith("A letter has been drafted") and task.endswith("from the former secretary")


@pytest.mark.parametrize(
    "text",
    [
        "The decision on the family hubs would be reconsidered by the next meeting of the Cabinet.",
        "Communication with parents and young people would be enhanced to ensure they understood the decision.",
    ],
)
def test_a_matter_to_be_reconsidered_or_a_service_to_be_enhanced_is_an_errand(text):
    ((owners, task, *_),) = _commitments(text)
    assert owners == [] and ("reconsidered" in task or "enhanced" in task)


@pytest.mark.parametrize(
    "text, owner, task",
    [
        (
            "Councillor Raines asked for maps of the gritting routes; the Head of Highways said he would circulate "
            "the route maps to all members of the Committee.",
            "Head of Highways",
            "circulate the route maps to all members of the Committee",
        ),
        (
            "The Director of Highways would send the list of resurfaced roads to members.",
            "Director of Highways",
            "send the list of resurfaced roads to members",
        ),
    ],
)
def test_a_post_named_for_what_it_heads_is_a_person_not_the_authority(text, owner, task):
    """ "the Head of Highways said he would circulate …": a post is held by a person, whose promise it is, even when
    what it heads ("Highways") names an authority whose own plans are no errand."""
    assert [(o, t) for o, t, *_ in _commitments(text)] == [([owner], task)]


@pytest.mark.parametrize(
    "text, task",
    [
        (
            "The Chief Superintendent said the figures were not to hand but he undertook to provide the members with "
            "a breakdown of burglaries by sub-district.",
            "provide the members with a breakdown of burglaries by sub-district",
        ),
        (
            "It was agreed that a briefing on the new structures would be given to members at the next meeting.",
            "a briefing on the new structures would be given to members",
        ),
    ],
)
def test_a_promise_after_but_and_a_briefing_to_be_given(text, task):
    """A clause after "but" is a clause of its own ("… not to hand but he undertook to provide …"); a briefing or
    report "would be given" to members is promised as one that "would come back" is."""
    assert [t for _, t, *_ in _commitments(text)] == [task]


def test_consideration_to_be_given_is_no_promise():
    assert _commitments("Consideration would be given to the matter in the new year.") == []


@pytest.mark.parametrize(
    "text, task",
    [
        (
            "A few people asked where these were, so Sgt Dawes is going to bring a map of the incidents.",
            "bring a map of the incidents",
        ),
        (
            "Sgt Dawes couldn't say at the meeting but promised to find out what happened that evening.",
            "find out what happened that evening",
        ),
    ],
)
def test_a_promise_after_so_or_but_with_its_subject_said_before(text, task):
    """ "…, so Sgt Dawes is going to bring …", "Sgt Dawes couldn't say … but promised to find out …": a clause after
    "so", or a promise after "but" whose subject opened the sentence."""
    assert [(o, t) for o, t, *_ in _commitments(text)] == [(["Sgt Dawes"], task)]


def test_a_promise_of_the_cc_is_not_the_dccs_row_that_names_the_same_things():
    """ "CC" is no word of "DCC": the Chief Constable's promise stays beside the Deputy's row on the same subject."""
    said = Action(
        text="write to the PCC setting out the recovery plan for rape investigation timeliness",
        owners=["CC"],
        item="2",
    )
    row = Action(
        text="Provide a breakdown of the rape investigation timeliness figures by investigation team",
        owners=["DCC"],
        item="6",
    )
    assert new_commitments([said], [row], []) == [said]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Ingham asked that the Commissioner's commissioning of victim services be added to the June meeting.",
        "Members asked that road safety be placed on the work programme.",
        "The Cathaoirleach asked that the Committee be kept informed.",
    ],
)
def test_a_request_for_the_bodys_own_agenda_or_to_be_kept_informed_is_no_errand(text):
    """What a member asks be put on the body's own agenda is its work programme's (agreed, it is an errand), and a
    wish to be kept informed names nothing to deliver; a copy asked to be circulated is still an errand."""
    assert _commitments(text) == []


def test_a_copy_asked_to_be_circulated_is_still_an_errand():
    assert [t for _, t, *_ in _commitments("Members asked that a copy of the report be circulated.")] == [
        "Members asked that a copy of the report be circulated"
    ]


def test_councillors_named_together_by_one_plural_title_promise_together():
    """ "Councillors Dobbs and Bamford will collect prizes …": the plural title names each of them."""
    found = _commitments(
        "Councillors Dobbs and Bamford will collect prizes for the tombola from local businesses."
    )
    assert len(found) == 1 and "collect prizes for the tombola" in found[0][1]
    assert [o.split()[-1] for o in found[0][0]] == ["Dobbs", "Bamford"]


def test_a_member_who_will_lead_a_piece_of_work_has_taken_it_on():
    found = _commitments(
        "Councillor Haskell will lead a review of the victims' code, with a scoping note to the May meeting."
    )
    assert [(owners, text.split(",")[0]) for owners, text, *_ in found] == [
        (["Councillor Haskell"], "lead a review of the victims' code")
    ]


def test_a_paper_a_which_clause_promises_to_the_panel_is_an_errand_though_the_sentence_opens_with_news():
    text = (
        "The Treasurer said that the savings had been found and that the rest would be set out in the capital "
        "strategy, which would be circulated to members in the autumn."
    )
    assert [(owners, text) for owners, text, *_ in _commitments(text)] == [
        ([], "the capital strategy would be circulated to members in the autumn")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "PCSO Rudge said she would hold a drop-in surgery at the village hall if the Council would like one.",
        "Tariq said he would run the barbecue if we could borrow a gazebo.",
        "The Commissioner offered to arrange a meeting with the Rural Crime Team for any member who wished to attend.",
    ],
)
def test_a_task_waiting_on_others_wishes_or_means_not_yet_found_is_an_offer(text):
    assert _commitments(text) == []


def test_a_task_on_a_condition_of_events_is_still_an_errand():
    assert [
        owners for owners, *_ in _commitments("The Clerk would write to Highways if no reply was received.")
    ] == [["Clerk"]]


@pytest.mark.parametrize(
    "text",
    [
        "It was agreed to hold the fun day on Saturday 12 July on the green, 12 till 4.",
        "RESOLVED that the Annual Town Meeting be held on Wednesday 7 May 2025 at 7.00pm in the Assembly Room.",
    ],
)
def test_an_event_fixed_for_a_day_with_nobody_named_is_a_decision_not_an_errand(text):
    assert _commitments(text) == []


def test_an_event_someone_is_to_hold_is_their_errand():
    assert [o for o, *_ in _commitments("The Clerk will hold the tenders meeting on Monday 3 March.")] == [
        ["Clerk"]
    ]


def test_a_letter_to_a_ministers_office_for_a_form_is_an_errand():
    assert [o for o, *_ in _commitments("The Clerk would write to the Minister's office for the form.")] == [
        ["Clerk"]
    ]


@pytest.mark.parametrize(
    "text, owners, task",
    [
        (
            "In reply, the Amenities Officer will price up six signs for the next meeting.",
            ["Amenities Officer"],
            "price up six signs",
        ),
        (
            "The Commissioning and Partnerships Manager will write to every applicant within five working days.",
            ["Commissioning and Partnerships Manager"],
            "write to every applicant within five working days",
        ),
        (
            "The Chair said the Democratic Services Officer would offer members dates for the visit.",
            ["Democratic Services Officer"],
            "offer members dates for the visit",
        ),
    ],
)
def test_the_work_of_hands_and_of_posts_named_for_two_things(text, owners, task):
    """A promise to price, offer, repaint or walk is an errand as much as one to write; a post named for two things
    it looks after ("Commissioning and Partnerships Manager") is one owner, not two."""
    ((who, said, *_),) = _commitments(text)
    assert who == owners and task in said


def test_what_a_promise_on_it_or_them_is_about_is_named():
    """ "Cllr Weekes will repaint them before the fete": the goal posts the sentence before reported on; "she will
    walk it" after "; ": the byway the clause before named; "He will order it.": the thing the sentence before ends
    on. After a question, "will provide it" is left to the question."""
    repaint, _ = _commitments(
        "Cllr Lindqvist reported that the goal posts on the playing field were badly in need of paint. Cllr Weekes "
        "will repaint them before the fete, and the Council agreed to meet the cost of the paint."
    )
    assert repaint[:2] == (["Cllr Weekes"], "repaint the goal posts on the playing field before the fete")
    (walk,) = _commitments(
        "Cllr Stobart said the Scarlow Hill byway had been badly rutted by off-road vehicles; she will walk it with "
        "the rights of way officer."
    )
    assert walk[1] == "walk the Scarlow Hill byway with the rights of way officer"
    (order,) = _commitments(
        "NF reported that the ward fund had approved the grant for the new notice board. NF will order it."
    )
    assert order[:2] == (["NF"], "order the new notice board")
    (provide,) = _commitments(
        "Cllr Avery asked how many children had been referred in the quarter. Supt Lane will provide it in writing."
    )
    assert "how many children" in provide[1]


def test_an_aside_between_the_doer_and_the_promise():
    """ "… that the Council, along with other organisations, such as the CCN would be making representations to
    government …": what the Council will do, with whom set apart in an aside."""
    [(owners, text, *_)] = _commitments(
        "The Leader advised that the Council, along with other organisations, such as the County Councils Network "
        "(CCN) would be making representations to government on the spending review."
    )
    assert owners == ["Council"] and text.startswith("making representations to government")


def test_a_thing_that_will_be_produced_is_an_errand_but_not_one_to_be_produced_some_day():
    """ "A leaflet will be produced to ask residents …" promises the leaflet; "… but context to be produced when
    published" says how a figure will be shown, and no one takes it away."""
    [(_, text, *_)] = _commitments(
        "A leaflet will be produced to ask residents whether they would like allotments."
    )
    assert text.startswith("A leaflet will be produced")
    assert _commitments("Figures are not yet available but context to be produced when published.") == []


def test_a_request_then_someone_agreeing_to_do_so_is_theirs():
    """ "Cllr Healy requested that the speed van schedule be circulated to members. Chief Superintendent Doyle agreed
    to do so.": one errand, the Chief Superintendent's."""
    [(owners, text, *_)] = _commitments(
        "Councillor Healy requested that the speed van schedule for the district be circulated to members. "
        "Chief Superintendent Doyle agreed to do so."
    )
    assert owners == ["Chief Superintendent Doyle"] and "speed van schedule" in text


@pytest.mark.parametrize(
    "text",
    [
        "Dave said... Thanks Maggie, I'll bring the petition next time.",
        "Janet Cole said… Will do Margaret, I'll raise it in May.",
    ],
)
def test_a_readers_comment_under_a_blog_post_sets_no_errand(text):
    """Blogging software prints each comment as "Name said…": what a reader promises there is no minute."""
    assert _commitments(text) == []


def test_saying_something_in_the_minutes_is_not_a_comment():
    [(_, text, *_)] = _commitments("Dave said he would bring the petition to the next meeting.")
    assert "bring the petition" in text


def test_work_agreed_to_follow_is_an_errand_beside_its_decision():
    """ "It was agreed that a briefing … would be given to members at the next meeting": the meeting's decision, and
    the briefing someone is to give."""
    said = (
        "It was agreed that a briefing on the new structures would be given to members at the next meeting."
    )
    found = commitments(passage(said, item="6"), FEB_2024, date(2024, 3, 12))
    decision = Decision(item="6", text=said.rstrip("."), evidence=Evidence(said))
    [kept] = new_commitments(found, [], [decision])
    assert "briefing on the new structures" in kept.text


@pytest.mark.parametrize(
    "text",
    [
        "Members agreed to make no comment.",
        "Nobody volunteered to set it up, so we'll see.",
        "Cllr Dobbs offered to attend a Speedwatch training evening if a group is ever set up.",
    ],
)
def test_nothing_to_do_nobody_to_do_it_and_an_offer_on_an_unlikely_if(text):
    assert _commitments(text) == []


def test_a_proposal_put_on_an_agenda_as_this_is_named():
    """ "… asked whether the community council could support a bid for a community bus. It was agreed to put this on
    the April agenda.": the bid goes on the agenda (a proposal asked about, not a figure asked for)."""
    [(_, text, *_)] = _commitments(
        "A member of the public asked whether the community council could support a bid for a community bus. "
        "It was agreed to put this on the April agenda."
    )
    assert text == "put a bid for a community bus on the April agenda"


@pytest.mark.parametrize(
    "text",
    [
        "Adopting a flower bed by the bandstand to be discussed next time.",
        "The rotten bench by the pond to go on the next agenda.",
        "The tree survey quotes to be considered at the next meeting.",
    ],
)
def test_a_matter_left_for_the_next_meeting_in_other_words_comes_back_then(text):
    [(_, said, *_)] = _commitments(text)
    assert said == text.rstrip(".")


def test_a_matter_discussed_now_is_not_left_for_later():
    assert _commitments("Speeding on Church Lane was discussed at length.") == []
