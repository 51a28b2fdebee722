"""Lines taken back from the byline reader by their own form
(``analysis.ingest.layout.not_bylines``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest import date_scoring
from analysis.ingest.byline_tails import site_key, without_site_name
from analysis.ingest.layout import load_rules, read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.not_bylines import (
    _date_alone,
    _section_heading,
    unmark_not_bylines,
    without_title_tail,
)

RULES = load_rules()

_TEXT = (
    "\n\nThe orchard growers of the upper valley met on Tuesday to agree on a common price "
    "for early apples, after two seasons in which buyers played one village against another.\n\n"
    "The growers also asked the district for a cold store near the market town.\n"
)


def _unmarked(text: str) -> list[tuple[str, str]]:
    """Every line of ``text`` read as a byline, then checked by ``unmark_not_bylines``."""
    paras = split_lines(text)
    for p in paras:
        p.kind, p.role = "byline", "author"
    unmark_not_bylines(paras, RULES)
    return [(p.text, p.kind) for p in paras]


def test_a_numbered_section_heading_and_an_examiners_row_are_no_bylines() -> None:
    found = _unmarked(
        "Name: Clara Jane Marsh\nChief Examiner: Harold Pike\nCommittee: Agnes Loh, Martin Seyer"
        "\n1 Summary of thesis\n2.1 Method\nRosa Delmar\n12 March 2019 Rosa Delmar"
    )
    assert found == [
        ("Name: Clara Jane Marsh", "byline"),
        ("Chief Examiner: Harold Pike", "boilerplate"),
        ("Committee: Agnes Loh, Martin Seyer", "boilerplate"),
        ("1 Summary of thesis", "heading"),
        ("2.1 Method", "heading"),
        ("Rosa Delmar", "byline"),
        ("12 March 2019 Rosa Delmar", "byline"),
    ]


def test_on_a_record_page_the_committee_is_no_writer_and_the_heading_is_text() -> None:
    page = (
        "\n\nThesis Defence Record\n\nName: Clara Jane Marsh\nDegree Title: Ph.D.\n"
        "Date of Conferment: March 3, 2019\nChief Examiner: Harold Pike\n"
        "Committee: Agnes Loh, Martin Seyer, Olga Brand\n\n1 Summary of thesis" + _TEXT
    )
    article = read_article(page)
    assert article.author == "Clara Jane Marsh"
    assert all(p.kind != "byline" for p in article.paragraphs if p.text.startswith(("1 ", "Com")))


def test_a_title_pages_centred_capitals_name_no_writer() -> None:
    pad = " " * 24
    found = _unmarked(f"{pad}HEARING\n{pad}BEFORE THE\n{pad}SECOND SITTING\nROSA DELMAR")
    assert found == [
        ("HEARING", "boilerplate"),
        ("BEFORE THE", "boilerplate"),
        ("SECOND SITTING", "boilerplate"),
        ("ROSA DELMAR", "byline"),  # flush left: no title page's line
    ]
    # a marked byline centred on the title page, and a centred line alone, stay bylines
    found = _unmarked(f"{pad}HEARING\n{pad}BY ROSA DELMAR\n\n\nRosa Delmar\n{pad}OLGA BRAND")
    assert found[1:] == [
        ("BY ROSA DELMAR", "byline"),
        ("Rosa Delmar", "byline"),
        ("OLGA BRAND", "byline"),
    ]
    page = (
        f"{pad}ORCHARD PRICES IN THE UPPER VALLEY\n\n{pad}HEARING\n\n{pad}BEFORE THE\n\n"
        f"{pad}SUBCOMMITTEE ON FRUIT\n\n{pad}SECOND SITTING\n\n{pad}MARCH 12, 2014" + _TEXT
    )
    assert read_article(page).author == ""


def test_a_site_printed_above_is_dropped_after_a_bylines_slash() -> None:
    page = "The Valley Courier\n\nGrowers agree a price for apples\n\nBy Rosa Delmar/ The Valley Courier."
    assert read_article(page + _TEXT).author == "Rosa Delmar"
    # negative: a name after the slash the page does not print above stays (a second
    # writer's: since fix35b "radio" names no writer, so a station's name would go anyway)
    other = page.replace("/ The Valley Courier.", "/ Lo Van Tuan.")
    assert "Lo Van Tuan" in read_article(other + _TEXT).author


def test_without_site_name_reads_only_the_part_after_the_last_slash() -> None:
    sites = {site_key("The Valley Courier")}
    assert without_site_name("By Rosa Delmar/The Valley Courier", sites) == "By Rosa Delmar"
    assert without_site_name("By Rosa Delmar / the valley courier .", sites) == "By Rosa Delmar"
    assert without_site_name("By Rosa Delmar/VNA", sites) == "By Rosa Delmar/VNA"
    assert without_site_name("By Rosa Delmar", sites) == "By Rosa Delmar"


@given(number=st.integers(1, 20), words=st.sampled_from(["Summary", "Method", "Findings"]))
def test_a_number_then_words_is_a_section_heading(number: int, words: str) -> None:
    assert _section_heading(f"{number} {words} of the study")
    assert _section_heading(f"{number}.{number % 5 + 1} {words}")


@given(day=st.integers(1, 28), month=st.sampled_from(["Mar", "March", "sept", "Dec"]))
def test_a_date_before_a_name_is_no_section_heading(day: int, month: str) -> None:
    assert not _section_heading(f"{day} {month} Rosa Delmar")
    assert not _section_heading(f"{day} Summary 2019")  # another digit: no heading


# --- auth79 (held-out 79): a dated sidebar item, a headline's tail over the names ---


def test_a_dated_sidebar_item_over_the_pages_own_date_names_no_writer() -> None:
    page = (
        "Harvest Festival Charter 14 Jun. 1987\n\nFriday, April 8, 2022\n\n"
        "Orchard growers agree a common price for early apples" + _TEXT
    )
    article = read_article(page)
    assert article.author == ""
    assert article.paragraphs[0].kind == "boilerplate"
    # negative: the writer's name beside a day of the page's own year stays the byline
    own = page.replace("Harvest Festival Charter 14 Jun. 1987", "Rosa Delmar 8 Apr. 2022")
    assert read_article(own).author == "Rosa Delmar"


@given(item_year=st.integers(1950, 2015), page_year=st.integers(2016, 2025))
def test_a_name_dated_in_another_year_than_the_date_line_beside_it_is_no_byline(
    item_year: int, page_year: int
) -> None:
    found = _unmarked(f"Rosa Delmar 14 Jun. {item_year}\nFriday, 8 April {page_year}")
    assert found[0] == (f"Rosa Delmar 14 Jun. {item_year}", "boilerplate")
    same = _unmarked(f"Rosa Delmar 14 Jun. {page_year}\nFriday, 8 April {page_year}")
    assert same[0] == (f"Rosa Delmar 14 Jun. {page_year}", "byline")
    # no date line alone beside it: nothing to compare with, the byline stays
    alone = _unmarked(f"Rosa Delmar 14 Jun. {item_year}\nThe growers met on Tuesday.")
    assert alone[0][1] == "byline"


def test_a_headlines_tail_wrapped_onto_the_names_line_is_cut_off() -> None:
    title = "Orchard Cold Stores in the Upper Valley: Costs and Prospects"
    line = "Costs and Prospects Rosa Delmar1,*, Olga Brand2"
    assert without_title_tail(line, title) == "Rosa Delmar1,*, Olga Brand2"
    # negatives: one word in common is no tail; a line that is the tail alone is left whole
    assert without_title_tail("Prospects Rosa Delmar", title) == "Prospects Rosa Delmar"
    assert without_title_tail("Costs and Prospects", title) == "Costs and Prospects"
    assert without_title_tail("Rosa Delmar, Olga Brand", title) == "Rosa Delmar, Olga Brand"
    # on a page: the byline under the headline loses the tail, a line that is no byline keeps it
    paras = split_lines(
        f"{title}\nOriginal Article Orchard Cold Stores:\n{line}\nCosts and Prospects"
    )
    paras[0].kind = "title"
    paras[2].kind, paras[2].role = "byline", "author"
    paras[3].kind = "heading"
    unmark_not_bylines(paras, RULES)
    assert [p.text for p in paras[2:]] == ["Rosa Delmar1,*, Olga Brand2", "Costs and Prospects"]


_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)


@given(title=st.lists(_WORD, min_size=2, max_size=8), k=st.integers(2, 8))
def test_the_titles_last_words_before_a_name_are_always_cut(title: list[str], k: int) -> None:
    tail = [w.capitalize() for w in title[-k:]]
    text = " ".join([*tail, "Rosa", "Delmar"])
    assert without_title_tail(text, " ".join(title)) == "Rosa Delmar"


def test_a_journal_articles_history_row_names_no_writer() -> None:
    found = _unmarked(
        "Received 14 May 2020 Revised 2 July 2020; Accepted 20 July 2020\n"
        "Rosa Delmar 14 May 2020\nReceived 14 May 2020"
    )
    assert found == [
        ("Received 14 May 2020 Revised 2 July 2020; Accepted 20 July 2020", "boilerplate"),
        ("Rosa Delmar 14 May 2020", "byline"),
        ("Received 14 May 2020", "byline"),  # one labelled date is no history row
    ]


def _date_alone_slow(text: str) -> bool:
    """``not_bylines._date_alone`` without perf30's gate: the line's dates read always."""
    found = date_scoring.absolute_dates(text)
    return len(found) == 1 and len(found[0].text) >= len(text.strip(" .,|")) - 2


_ASIDE_PIECES = st.sampled_from(
    [
        "Friday, ",
        "March 11, 2016",
        "11 march 2016",
        "23 Oct. 1991",
        "12-Mar-2024",
        "4/29/2025",
        "mandag 23. november 2015",
        "Paris Peace Accords ",
        "the party held talks",
        " | ",
        " .",
        ",",
        "  ",
        "|",
        ".",
        "by NAME",
        "nineteen seventy-five",
        "x",
    ]
)


@given(st.lists(_ASIDE_PIECES, max_size=6))
def test_the_date_start_gate_keeps_every_date_alone(pieces: list[str]) -> None:
    # perf30: lines of dates, sidebar items, words and the characters a date line is
    # stripped of, read with and without the gate
    text = "".join(pieces)
    assert _date_alone(text) == _date_alone_slow(text)
