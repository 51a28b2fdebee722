"""Tests of ``analysis.ingest.layout.title_page_writers``: on a report's title page the
writer's bare name under the headline, over a post and the day, is the writer (held-out
77, title77)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.layout.title_page_writers import affiliated_name, run_on_name

RULES = load_rules()

LAYOUTS = Path(__file__).parent / "data" / "layouts"

_CRS = (
    "everycrsreport_crs_title_two_lines_author_post_date_agency_codes_report_number_broken_"
    "prepared_title_summary_wrapped.txt"
)

#: Our own title page: headline, name, post, day, then the text.
_PAGE = (
    "Spare Parts for Delta Irrigation Pumps: Options for Donors\n\n"
    "Anna Berg\n"
    "Analyst in Rural Water Policy\n"
    "June 3, 2019\n\n"
    "Five villages on the river have opened one workshop to repair their irrigation "
    "pumps, and the farmers say the spare parts now arrive in days, not weeks.\n"
)


def test_the_crs_writer_under_the_joined_title() -> None:
    article = read_article((LAYOUTS / _CRS).read_text(encoding="utf-8"))
    assert article.title == "Mekong River Commission Funding: Issues for Congress"
    assert article.author == "Helen R. Ashford"


def test_a_name_over_a_post_and_a_day_is_the_writer() -> None:
    article = read_article(_PAGE)
    assert article.title == "Spare Parts for Delta Irrigation Pumps: Options for Donors"
    assert article.author == "Anna Berg"


def test_without_the_day_the_name_is_no_writer() -> None:
    """Negative: the name over a post with no dateline under it is not read as the writer."""
    assert read_article(_PAGE.replace("June 3, 2019\n", "")).author == ""


#: Our own scanned report cover (held-out 80): words two spaces apart, the name under the
#: headline over a programme, a release note and a report number, then the month.
_COVER = (
    "Cold  Stores  and  Orchard  Prices  in  the  Upper  Valley \n\n\n"
    "Marta  Quill \n\n"
    "RURALMARKET^STUDIES \n\n\n"
    "Cleared  for  Public  Release \n\n\n"
    "RMS-2015-U-0031-Final \n"
    "April  2015 \n\n\n"
    "Growers in five villages now share two cold stores, and the buyers who once set one "
    "village against another must bid for the whole harvest at once.\n"
)


def test_a_name_over_a_report_cover_s_lines_and_month_is_the_writer() -> None:
    article = read_article(_COVER)
    assert article.author == "Marta Quill"


def test_a_sentence_between_the_name_and_the_month_makes_no_cover() -> None:
    """Negative: a line of running text between the name and the day is no cover's."""
    page = _COVER.replace(
        "Cleared  for  Public  Release \n",
        "The growers asked the district for a third store near the market town. \n",
    )
    assert read_article(page).author == ""


def test_a_speaker_s_name_post_place_and_day_one_a_line_make_no_cover() -> None:
    """Negative (held-out 55's remarks): name, post, place and day on consecutive lines
    under the headline are a speaker's, not a report cover's writer."""
    page = (
        "Opens a Seed Bank in the Upper Valley\n\n\n"
        "Marta Quill\nMinister of Agriculture\nLakeside, Norland\nJuly 22, 2010\n\n"
        "It is a pleasure to stand in the seed bank this morning, among the growers who "
        "built it.\n"
    )
    assert read_article(page).author == ""


def test_a_name_institution_and_mail_line_under_the_headline_names_the_writer() -> None:
    """Our own paper's first page (held-out 80's docslib layout): the writer's name, the
    institution and a hidden e-mail run into one line under the headline."""
    page = (
        "Orchards and Market Towns: Sharing the Cold Stores?\n\n"
        "Marta Quill Lakeside College [email protected]\n\n"
        "The growers of the upper valley have pooled their harvest in two cold stores, and the "
        "market towns have had to bargain with them as one seller.\n"
    )
    article = read_article(page)
    assert article.author == "Marta Quill"


def test_affiliated_names_read_by_the_institution_s_form() -> None:
    assert affiliated_name("Marta Quill Lakeside University [email protected]", RULES) == (
        "Marta Quill"
    )
    assert affiliated_name("Marta Quill University of Lakeside mquill@lakeside.edu", RULES) == (
        "Marta Quill"
    )
    assert affiliated_name("Le Thu Ha, Can Tho University, Vietnam [email protected]", RULES) == (
        "Le Thu Ha"
    )
    # negatives: no e-mail closing the line, or no institution before it
    assert affiliated_name("Marta Quill Lakeside University", RULES) == ""
    assert affiliated_name("Write to the growers at [email protected]", RULES) == ""


@settings(max_examples=30, deadline=None)
@given(
    first=st.sampled_from(["Marta", "Oren", "Ines", "Pavel"]),
    last=st.sampled_from(["Quill", "Talbot", "Ferrand", "Hollis"]),
    place=st.sampled_from(["Lakeside", "Norland", "Upper Valley"]),
)
def test_any_name_before_a_university_of_and_mail_is_read(
    first: str, last: str, place: str
) -> None:
    line = f"{first} {last} University of {place} {first.lower()}@example.org"
    assert affiliated_name(line, RULES) == f"{first} {last}"


def test_a_name_after_the_title_closed_by_note_marks_in_a_run_on_page() -> None:
    """Our own store page (held-out 80's fdocuments.in layout): the cut title, a page count,
    then the first page on one line, the writer between note marks after the title."""
    page = (
        "Cold Store Pooling Among the Valley Growers and Their...\n\n"
        "17\n"
        "Cold Store Pooling Among the Valley Growers and Their Buyers * 1 Marta Quill ** 2 "
        "Upper Valley College of Farming, Lakeside The paper looks at how growers of five "
        "villages came to share two cold stores, and how the buyers answered.\n"
    )
    assert read_article(page).author == "Marta Quill"


def test_run_on_names_need_the_title_before_them_and_a_note_mark_after() -> None:
    title = "Cold Stores in the Valley"
    assert run_on_name(title, f"{title} By Marta Quill* SUMMARY • The growers", RULES) == (
        "Marta Quill"
    )
    # negatives: no note mark after the words, or the title not in the line
    assert run_on_name(title, f"{title} Marta Quill SUMMARY • The growers", RULES) == ""
    assert run_on_name(title, "Orchards By Marta Quill* SUMMARY", RULES) == ""


@settings(max_examples=30, deadline=None)
@given(
    first=st.sampled_from(["Marta", "Oren", "Ines", "Pavel"]),
    last=st.sampled_from(["Quill", "Talbot", "Ferrand", "Hollis"]),
    mark=st.sampled_from(["*", "* 1", "**", "*1"]),
    tail=st.sampled_from(["SUMMARY", "Lakeside College", "The paper looks"]),
)
def test_any_name_closed_by_a_note_mark_after_the_title_is_read(
    first: str, last: str, mark: str, tail: str
) -> None:
    title = "Cold Stores in the Valley"
    line = f"{title} {first} {last} {mark} {tail}"
    assert run_on_name(title, line, RULES) == f"{first} {last}"
