"""The page forms of held-out 79 read after the text is labelled, registered in
``read_article`` as two calls: a cable's routing block and a quotation cut short at the
text's end (labels), then the dates such forms give when the page gave none."""

from __future__ import annotations

from analysis.ingest.layout.alt_text import label_avatar_writer
from analysis.ingest.layout.cable_header import CableHeader, cable_date, label_cable
from analysis.ingest.layout.citation_years import citation_year_date
from analysis.ingest.layout.closing_stamps import closing_stamp_date
from analysis.ingest.layout.cut_quotes import label_cut_quote
from analysis.ingest.layout.history_years import history_year_date
from analysis.ingest.layout.issue_seasons import issue_season_date
from analysis.ingest.layout.journal_front_matter import read_front_matter
from analysis.ingest.layout.labelled_months import labelled_month_date
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.layout.masthead_dates import masthead_run_date
from analysis.ingest.page_rules import Rules, load_rules
from analysis.ingest.yearless_days import YEARLESS_FLAG, opening_month_day, yearless_reason


def label_page_forms(paras: list[Paragraph]) -> CableHeader | None:
    """Label a cable's routing block and numbered paragraphs (``cable_header``) and a last
    quotation cut short (``cut_quotes``) and the writer's name under an avatar
    (``alt_text.label_avatar_writer``), in place; the cable's block, or None."""
    cable = label_cable(paras)
    label_cut_quote(paras)
    label_avatar_writer(paras, load_rules())
    return cable


def date_page_forms(article: Article, cable: CableHeader | None, rules: Rules) -> None:
    """With no date read, the cable's date-time group, else an issue season's year, else
    the issue's day in a masthead run (fix81), else a bracketed date closing the text
    (``closing_stamps``), else the note of a text opening with a day
    and no year (``note_yearless_lede``); a journal PDF's front matter (its title glued to
    the label, its authors, its Published day: ``journal_front_matter``) before the history
    row's year."""
    cable_date(article, cable)
    issue_season_date(article, rules)
    masthead_run_date(article)
    closing_stamp_date(article)  # "... the last sentence. [14/11/06]" (fix31b)
    labelled_month_date(article)  # "Publication Date: 03-2022" (fix36e)
    citation_year_date(article)  # "Social Sciences, 2019, Volume 64, Issue 4" (fix36e)
    read_front_matter(article)  # a journal PDF's label, authors, Published day (fix43e)
    history_year_date(article)  # "Received 14 May 2020 ... Accepted 20 July 2020" (fix36e)
    note_yearless_lede(article)


def note_yearless_lede(article: Article) -> None:
    """With no date read, note a first text paragraph opening with a day and no year
    ("MARCH 12 --Whenever ..."): flag ``yearless_day`` and quote the day in
    ``date_reason``, for the address stage to weigh against its month
    (``yearless_days.yearless_conflict``)."""
    if article.header_date is not None or article.footer_date is not None:
        return
    lede = next((p for p in article.paragraphs if p.kind in ("lede", "body")), None)
    day = opening_month_day(lede.text) if lede is not None else None
    if lede is not None and day is not None:
        article.flags.append(YEARLESS_FLAG)
        article.date_reason = yearless_reason(lede.line, day[2])
