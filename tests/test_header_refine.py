"""Tests of ``analysis.ingest.header_refine``: the second look at the headline (a tag
and a credit in brackets, a feed's "Read full article on" link, a copying site's suffix)
and at the date (counters read as years, Juche dates, a copyright year), on articles
built by hand and read with ``read_article``."""

from __future__ import annotations

import pandas as pd

from analysis.dates import parse_date
from analysis.ingest.header_refine import refine_date, refine_title
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.page_rules import load_rules

RULES = load_rules()


def article(*lines: tuple[str, str], **fields) -> Article:
    """An article of (kind, text) paragraphs on lines 1, 3, 5 ..."""
    paras = [
        Paragraph(raw=text + "\n\n", text=text, line=2 * i + 1, block=i, kind=kind)
        for i, (kind, text) in enumerate(lines)
    ]
    return Article(paragraphs=paras, **fields)


def test_credit_in_brackets_gives_the_writers_and_the_source() -> None:
    title = "(Vietnam) Party delegation visits Laos (Nguyen Hong, Tran Mai, Vietnam News Agency)"
    page = article(("title", title), ("lede", "A delegation arrived."), title=title)
    refine_title(page, RULES)
    assert page.title == "Party delegation visits Laos"
    assert page.author == "Nguyen Hong; Tran Mai"
    assert page.outlet == "Vietnam News Agency"
    assert "closing brackets" in page.author_source
    assert "outlet_unlisted" not in page.metadata_flags


def test_credit_keeps_an_author_and_outlet_already_found() -> None:
    title = "Talks held (Nguyen Hong, Nowhere Gazette)"
    page = article(("title", title), title=title, author="Le Minh", outlet="")
    refine_title(page, RULES)
    assert (page.title, page.author) == ("Talks held", "Le Minh")
    assert page.outlet == "Nowhere Gazette"
    assert page.metadata_flags == ["outlet_unlisted"]


def test_brackets_without_a_person_stay_in_the_headline() -> None:
    title = "Party congress (1930-2030)"
    page = article(("title", title), title=title)
    refine_title(page, RULES)
    assert page.title == title and page.author == ""


def test_read_full_article_link_gives_the_title() -> None:
    page = article(
        ("title", "Example Source"),
        ("body", "A short teaser of the story."),
        ("", "Read full article on Example Source:"),
        ("", "Vietnam and Laos sign a new trade plan"),
        title="Example Source",
        metadata_flags=["no_headline"],
    )
    refine_title(page, RULES)
    assert page.title == "Vietnam and Laos sign a new trade plan"
    assert page.paragraphs[-1].kind == "title"
    assert page.paragraphs[0].kind == "boilerplate"
    assert page.metadata_flags == []


def test_site_suffix_dropped_when_the_headline_stands_without_it() -> None:
    title = "Party ties in Africa - Doc-Share"
    page = article(("title", title), ("", "Party ties in Africa"), title=title)
    refine_title(page, RULES)
    assert page.title == "Party ties in Africa"
    assert "suffix 'Doc-Share' dropped" in page.title_source
    kept = article(("title", title), ("", "Party ties in Africa - Doc-Share"), title=title)
    refine_title(kept, RULES)
    assert kept.title == title


def test_counter_read_as_a_year_is_no_date() -> None:
    page = article(("", "1284"), ("dateline", "1902"), ("", "35"), ("lede", "Text."))
    page.header_date = parse_date("1902")
    refine_date(page)
    assert page.header_date is None
    assert page.paragraphs[1].kind == "boilerplate"
    assert "counters" in page.date_reason


def test_juche_date_dates_a_page_without_one() -> None:
    page = article(
        ("lede", "The talks went well."), ("boilerplate", "www.kcna.kp (Juche112.6.14.)")
    )
    refine_date(page)
    assert page.footer_date.date_start == pd.Timestamp("2023-06-14")
    assert "Juche calendar" in page.date_reason
    # a date of the text itself is not read as the page's
    body = article(("lede", "In Juche112.6.14. they met."))
    refine_date(body)
    assert body.footer_date is None


def test_copyright_year_of_the_opening_only() -> None:
    page = article(("lede", "© The Authors, under licence to Example Press 2023. Text."))
    refine_date(page)
    assert page.footer_date.date_start == pd.Timestamp("2023-01-01")
    assert page.footer_date.precision == "year"
    assert page.metadata_flags == ["copyright_year"]
    footer = article(("lede", "Text."), ("boilerplate", "© 2023 Example Press"))
    refine_date(footer)
    assert footer.footer_date is None
    ranged = article(("lede", "© 2019-2023 Example Press. Text."))
    refine_date(ranged)
    assert ranged.footer_date is None


def test_a_page_with_a_date_keeps_it() -> None:
    page = article(("lede", "© 2020 Example Press."), ("boilerplate", "(Juche112.6.14.)"))
    page.header_date = parse_date("13/12/2021")
    refine_date(page)
    assert page.header_date.date_start == pd.Timestamp("2021-12-13")
    assert page.footer_date is None


def test_read_article_applies_the_refinement() -> None:
    text = (
        "(Vietnam) Party delegation visits Laos (Nguyen Hong, Tran Mai, Vietnam News Agency)\n\n"
        "13/12/2021\n\n"
        "A delegation of the Party arrived in Vientiane for talks with the Lao side, and both "
        "sides reviewed their cooperation over the past year.\n"
    )
    page = read_article(text)
    assert page.title == "Party delegation visits Laos"
    assert page.author == "Nguyen Hong; Tran Mai"


def test_an_undated_copy_takes_the_date_in_the_address_its_tool_printed() -> None:
    """Held-out 64: an Instapaper copy with no date in its text is dated by the day in the
    "Saved from <address>" line, not by "Saved on Sep 4, 2022"; a month counts, a year
    alone does not; a page with a date of its own keeps it."""
    body = ("body", "Vietnam's campaign for a second term has relied less on speeches.")
    saved = "Saved from https://www.eastasiaforum.org/2022/08/30/vietnams-quiet-bid/"
    art = article(("title", "Vietnam's quiet bid for a seat"), body, ("boilerplate", saved))
    refine_date(art)
    assert str(art.footer_date.date_start.date()) == "2022-08-30"
    assert "copy's address" in art.date_reason
    yearly = article(body, ("boilerplate", "Saved from https://example.net/2022-report/x"))
    refine_date(yearly)
    assert yearly.footer_date is None
    dated = article(body, ("boilerplate", saved), header_date=parse_date("16 May 2021"))
    refine_date(dated)
    assert dated.footer_date is None
