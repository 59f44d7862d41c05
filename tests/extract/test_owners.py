"""owners.py: one string per owner, as written; "and"/"&" split only between posts."""

from __future__ import annotations

import pytest

from scrutiny.extract.owners import looks_like_owner, speakers, split_owners


@pytest.mark.parametrize(
    "text, expected",
    [
        # slashes, semicolons, commas and line breaks separate owners
        ("OPCC Contracts and Commissioning Manager/DCC", ["OPCC Contracts and Commissioning Manager", "DCC"]),
        ("Force CFO / OPCC CFO", ["Force CFO", "OPCC CFO"]),
        ("AD/FG", ["AD", "FG"]),
        ("Chief Executive; Treasurer", ["Chief Executive", "Treasurer"]),
        ("SC, MB", ["SC", "MB"]),
        ("DCC\nCFO", ["DCC", "CFO"]),
        # "&"/"and" between initials or posts separates them
        ("JR & MI", ["JR", "MI"]),
        ("JR and MI", ["JR", "MI"]),
        ("PCC & CC", ["PCC", "CC"]),
        ("Chief Constable and PCC", ["Chief Constable", "PCC"]),
        ("Chief Constable and Chief Executive", ["Chief Constable", "Chief Executive"]),
        ("DCC and Head of Corporate Services", ["DCC", "Head of Corporate Services"]),
        ("OPCC Chief Executive and Treasurer", ["OPCC Chief Executive", "Treasurer"]),
        ("Supt Lyle and DI Marsh", ["Supt Lyle", "DI Marsh"]),
        ("Chair and Vice-Chair", ["Chair", "Vice-Chair"]),
        (
            "Force Head of People and OPCC Victim Services Co-ordinator",
            ["Force Head of People", "OPCC Victim Services Co-ordinator"],
        ),
        ("Chief Executive (OPCC) and CFO (Force)", ["Chief Executive (OPCC)", "CFO (Force)"]),
        # "and"/"&" inside one post's title does not
        ("ACC Crime & Ops", ["ACC Crime & Ops"]),
        ("Head of Finance and Business Services", ["Head of Finance and Business Services"]),
        ("OPCC Contracts and Commissioning Manager", ["OPCC Contracts and Commissioning Manager"]),
        ("Director of Commissioning and Partnerships", ["Director of Commissioning and Partnerships"]),
        ("Head of Legal and Compliance", ["Head of Legal and Compliance"]),
        ("Performance and Insight Manager", ["Performance and Insight Manager"]),
        ("Estates and Facilities Manager", ["Estates and Facilities Manager"]),
        ("ACC (Crime and Operations)", ["ACC (Crime and Operations)"]),
        ("OPCC Chief Executive", ["OPCC Chief Executive"]),
        ("BJH", ["BJH"]),
    ],
)
def test_split_owners(text, expected):
    assert split_owners(text) == expected


@pytest.mark.parametrize("text, expected", [("Owner: SC, MB", ["SC", "MB"]), ("Lead – DCC", ["DCC"])])
def test_owner_label_is_dropped(text, expected):
    assert split_owners(text) == expected


@pytest.mark.parametrize("text", ["", None, "TBC", "ALL", "   "])
def test_no_owner(text):
    assert split_owners(text) == []


def test_not_applicable_is_no_owner():
    assert split_owners("N/A") == []


@pytest.mark.parametrize(
    "text",
    [
        "CE",
        "ACC",
        "ACC Ops",
        "JB/KL",
        "Head of Estates",
        "OPCC Chief Executive",
        "DCC and CFO",
        "Supt Lyle",
        "Chief Constable",
        "T/ACC Crime & Ops",
        "Force CFO / OPCC CFO",
    ],
)
def test_looks_like_owner(text):
    assert looks_like_owner(text)


@pytest.mark.parametrize(
    "text",
    [
        "circulate the draft protocol",
        "Monthly vetting figures to OPCC",
        "Members",
        "ongoing",
        "TBC",
        "report on stop and search outcomes",
        "AOB",
        "with comments from members",
        "20/05/24",
    ],
)
def test_does_not_look_like_owner(text):
    assert not looks_like_owner(text)


def test_a_name_spelt_one_letter_otherwise_is_the_same_person():
    from scrutiny.extract.owners import is_person, people_of

    people = people_of(["Vicki Harrington", "Ken Platt"])
    assert is_person("Vicky", people) and is_person("Cllr Harington", people)
    assert not is_person("Kent", people)  # "Ken" is too short to be spelt otherwise
    assert not is_person("Nicki", people)  # another first letter, another person


@pytest.mark.parametrize(
    "text, owners",
    [
        ("Clerk & Chairman", ["Clerk", "Chairman"]),
        ("Treasurer & Cllr Hale", ["Treasurer", "Cllr Hale"]),
        ("ACC Crime & Ops", ["ACC Crime & Ops"]),  # one post
        ("Head of Finance & Business Services", ["Head of Finance & Business Services"]),
    ],
)
def test_an_ampersand_between_whole_posts_joins_two_owners(text, owners):
    from scrutiny.extract.owners import split_owners

    assert split_owners(text) == owners


def test_and_after_a_titled_name_joins_two_owners():
    from scrutiny.extract.owners import split_owners

    assert split_owners("Cllr Hale and Clerk") == ["Cllr Hale", "Clerk"]
    assert split_owners("Mrs J Bell and Treasurer") == ["Mrs J Bell", "Treasurer"]
    assert split_owners("Head of Finance and Business Services") == ["Head of Finance and Business Services"]


@pytest.mark.parametrize(
    "text, owners",
    [
        (
            "Chief Superintendent Nolan and Superintendent Farrell",
            ["Chief Superintendent Nolan", "Superintendent Farrell"],
        ),
        ("Chief Inspector Ray and Sgt Price", ["Chief Inspector Ray", "Sgt Price"]),
        ("Head of Finance and Business Services", ["Head of Finance and Business Services"]),
    ],
)
def test_officers_named_by_rank_are_each_an_owner(text, owners):
    assert split_owners(text) == owners


@pytest.mark.parametrize(
    "text, owner", [("Scrutiny officer", True), ("Parish clerk", True), ("The new bench", False)]
)
def test_a_posts_noun_in_lower_case_after_a_capital(text, owner):
    assert looks_like_owner(text) is owner


def test_who_the_minutes_say_spoke_are_people_and_crowds_or_posts_are_not():
    texts = [
        "Aimee said there were three break-ins. Members said they were worried; the Chair asked about bins.",
        "Tony asked about the fence. Then Jordan Vale explained the survey, and It said nothing.",
    ]
    assert speakers(texts) == ["Aimee", "Jordan Vale", "Tony"]


def test_a_post_named_by_two_portfolios_is_one_owner():
    assert split_owners("Cabinet Member for Highways and Transport") == [
        "Cabinet Member for Highways and Transport"
    ]
    assert split_owners("Cllr Hale and the Clerk") == ["Cllr Hale", "Clerk"]
