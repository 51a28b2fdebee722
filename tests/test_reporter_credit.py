"""Tests of ``analysis.ingest.layout.reporter_credit``: a reporter credited by name and
title at the start of the lede (Korean papers and agencies)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

TITLE = "두 나라 정상, 다음달 서울에서 회담"
BODY = (
    "두 정상은 교역과 투자를 늘리는 방안과 인적 교류를 넓히는 방안에 대해 의견을 나누고, "
    "지역 정세에 대해서도 폭넓게 논의할 예정이라고 정부 관계자는 설명했다."
)
MORE = "이번 방문은 지난해 대통령의 국빈 방문에 이은 두 나라 최고위급 교류의 하나로 이뤄진다."


def author(opening: str) -> str:
    lede = f"{opening} 청와대는 두 나라가 협력을 넓히는 계기가 될 것이라고 오늘 밝혔다."
    return read_article(f"{TITLE}\n\n{lede}\n\n{BODY}\n\n{MORE}\n").author


def test_an_agency_block_then_name_and_title_names_the_reporter():
    assert author("【서울=뉴시스】최영민 기자 = 베트남 지도자가 다음달 방한한다.") == "최영민"


def test_a_papers_name_then_name_and_title_names_the_reporter():
    assert author("한빛일보 정하늘 기자 =베트남 지도자가 다음달 방한한다.") == "정하늘"


def test_a_bracketed_broadcaster_name_and_rank_names_the_writer():
    assert author("[KTV-2 윤서진 보도국장]베트남 지도자가 다음달 방한한다.") == "윤서진"


def test_a_name_in_running_text_without_the_credit_form_is_no_writer():
    """A reporter named inside a sentence, without '=' or ']' after the title, is a person
    the text mentions, not the credit."""
    assert author("베트남 지도자가 다음달 방한한다고 김철수 기자가 전했다.") == ""


_RETAIL_TITLE = "Vietnam's Retail Spending Set to Outpace Exports Next Year"
_RETAIL_BODY = (
    "Retail sales grew faster than exports in the last two quarters, the first time that has "
    "happened since the pandemic."
)


def _retail_author(standfirst: str) -> str:
    page = f"{_RETAIL_TITLE}\n\n{standfirst}\n\n{_RETAIL_BODY}\n\n{_RETAIL_BODY}\n"
    return read_article(page).author


def test_a_writer_credited_at_the_end_of_the_standfirst_with_a_role():
    """held-out 52 (a business site): '..., writes Name, chief economist at Company.'"""
    standfirst = (
        "Shoppers, not factories, may do more of the work for Vietnam's economy next year, "
        "as wages rise and more households move into the middle class, "
        "writes Daniel Whitcombe, chief economist at Lotus Capital."
    )
    assert _retail_author(standfirst) == "Daniel Whitcombe"


def test_writes_inside_a_sentence_or_without_a_name_credits_no_writer():
    """'writes' that does not close the paragraph, or a lower-case subject, is no credit."""
    inside = (
        "The shift to services is real, writes Daniel Whitcombe, but it will take years to "
        "show in the headline figures."
    )
    assert _retail_author(inside) == ""
    unnamed = "Retail spending is rising fast this year, writes the ministry in its report."
    assert _retail_author(unnamed) == ""


def test_an_interviewer_of_the_papers_own_marker_is_the_writer():
    """held-out 54 (a ministry-run business paper): '(VEN) - ..., Name told Vietnam Economic
    News' Thu Trang.' names the paper's own reporter, the marker's initials spelling the
    paper's name."""
    lede = (
        "(VEN) - Palm oil, rice and electronics will lead a new round of trade between the two "
        "neighbours, Trade Commissioner Ahmad Faizal Rahman told Vietnam Economic News’ Thu Trang."
    )
    assert _retail_author(lede) == "Thu Trang"


def test_an_interviewer_of_another_outlet_or_without_a_marker_is_no_writer():
    """'told Reuters' John Smith' under another paper's marker quotes that reporter; without
    the paper's marker opening the paragraph the name is no credit either."""
    other = (
        "(VEN) - Palm oil, rice and electronics will lead a new round of trade between the two "
        "neighbours, the trade commissioner told Reuters’ John Smith."
    )
    assert _retail_author(other) == ""
    unmarked = (
        "Palm oil, rice and electronics will lead a new round of trade between the two "
        "neighbours, the trade commissioner told Vietnam Economic News’ Thu Trang."
    )
    assert _retail_author(unmarked) == ""


def test_a_listed_outlets_reporter_who_spoke_with_the_guest_is_the_writer():
    """held-out 69 (the national daily's interview): the standfirst names the paper's
    reporter who 'spoke with' the interviewee, the interview's writer."""
    standfirst = (
        "Ahead of a national conference on local museums, Việt Nam News reporter Hoàng Minh "
        "Thu spoke with Đặng Văn Bảo, director of a provincial museum in the central region, "
        "about how small museums can win back visitors."
    )
    assert _retail_author(standfirst) == "Hoàng Minh Thu"


def test_a_reporter_of_no_listed_outlet_or_without_an_interviewing_verb_is_no_writer():
    """A reporter of a body no outlet lists, or a reporter named without 'spoke with',
    credits no writer."""
    unlisted = (
        "Ahead of a national conference on local museums, Museum Friends reporter Hoàng Minh "
        "Thu spoke with Đặng Văn Bảo, director of a provincial museum in the central region."
    )
    assert _retail_author(unlisted) == ""
    no_verb = (
        "Ahead of a national conference on local museums, Việt Nam News reporter Hoàng Minh "
        "Thu visited a provincial museum in the central region to see its new galleries."
    )
    assert _retail_author(no_verb) == ""
