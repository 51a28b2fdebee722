"""Bylines and authors: lines that say who wrote the article ("By X", "X / Outlet", a name
in capitals with a title), the affiliation lines under them, and the authors chosen
among them (``read_authors``; where authors are read when no byline names one is
``layout.unbylined_authors``); names are read by ``analysis.ingest.bylines``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.core.text import count_words, normalize_text
from analysis.ingest.byline_tails import without_agency, without_appositives, without_et_al
from analysis.ingest.bylines import (
    byline_names,
    capital_name,
    capital_surname,
    footer_byline,
    glued_twice,
    joined_names,
    looks_like_name,
    name_before_date,
    name_over_institution,
    without_dates,
    without_place,
)
from analysis.ingest.forwards import byline_writer
from analysis.ingest.layout.author_lists import label_author_lists
from analysis.ingest.layout.broken_lines import byline_label_line
from analysis.ingest.layout.co_writer_lines import co_writers
from analysis.ingest.layout.contributor_lines import with_contributors
from analysis.ingest.layout.date_credit_lines import no_writer_beside_date
from analysis.ingest.layout.end_marks import name_outlet_byline
from analysis.ingest.layout.footer_subheadings import subheading_over_text
from analysis.ingest.layout.later_items import unmark_later_items
from analysis.ingest.layout.lines import (
    BY_OUTLET_STAFF,
    HEADER_REACH,
    LEDE_PAREN_DASH,
    NAME_WORD,
    Article,
    Paragraph,
    beside_dateline,
    is_prose,
    raw_offset,
    split_paragraph,
)
from analysis.ingest.layout.not_writers import (
    _no_writer,
    unmark_book_authors,
    unmark_commenters,
    unmark_forward_senders,
    unmark_interviewees,
)
from analysis.ingest.layout.photo_credit_tails import first_credit
from analysis.ingest.layout.record_labels import dash_run_item
from analysis.ingest.layout.section_heads import section_over_headline
from analysis.ingest.layout.title_page_writers import name_over_post_and_date
from analysis.ingest.layout.unbylined_authors import (
    AUTHORS_WITHOUT_BYLINE,
    lede_byline,
    stamped_name,
)
from analysis.ingest.layout.unmarked_bylines import _unmarked_byline
from analysis.ingest.line_evidence import reads_as_text
from analysis.ingest.page_rules import Rules, outlet_named, scoring_of


def _affiliation_below(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """A name over "Affiliation:" in an academic header (``affiliation_labels``)."""
    affiliation = scoring_of(rules).affiliation_label
    return bool(
        affiliation is not None
        and i + 1 < len(paras)
        and affiliation.match(paras[i + 1].text)
        and looks_like_name(paras[i].text.rstrip(" *†‡0-9,"), rules)
    )


def _label_affiliations(paras: list[Paragraph], i: int, rules: Rules) -> None:
    """ "Affiliation:" under byline ``i`` and the institution under it."""
    paras[i + 1].kind, paras[i + 1].role = "byline", "affiliation"
    nxt = paras[i + 2] if i + 2 < len(paras) else None
    if (
        nxt is not None
        and not nxt.kind
        and count_words(nxt.text) <= 14
        and not looks_like_name(nxt.text, rules)
        and not is_prose(nxt.text)
    ):
        nxt.kind, nxt.role = "byline", "affiliation"


#: How many bulleted lines under a byline's label alone are read for names.
_LISTED_NAMES_REACH = 5


def label_listed_bylines(paras: list[Paragraph], rules: Rules) -> None:
    """A byline's label alone over a bulleted list (a journal platform's review page:
    "Reviewed by:" / "  • <the book's title>" / "  • Mai Thu Giang"): the bulleted lines
    that read as a person's name are the byline; the others are left as they are."""
    for i, p in enumerate(paras[: HEADER_REACH + 6]):
        if p.kind or not byline_label_line(normalize_text(p.text)):
            continue
        for q in paras[i + 1 : i + 1 + _LISTED_NAMES_REACH]:
            if not _BULLET.match(q.text):
                break
            if not q.kind and looks_like_name(unbulleted(q.text).strip(), rules):
                q.kind, q.role = "byline", "author"


def label_marked_bylines(paras: list[Paragraph], rules: Rules) -> None:
    """Bylines near the top that say so: "By X", "Writer: X", "X / Outlet", a name in capitals.
    A byline that names an outlet only ("By The Associated Press") is an outlet credit. A
    name over an ``affiliation_labels`` line ("Affiliation:") is a byline too. Below a byline
    that says so, a bare name in capitals is a kicker ("More articles by X" / "FARM TIES")."""
    label_listed_bylines(paras, rules)
    label_author_lists(paras, rules)
    said = False
    for i, p in enumerate(paras[: HEADER_REACH + 6]):
        if p.kind or count_words(_byline_part(p.text, rules)) > 14:
            continue
        prefix = rules.byline_prefix.match(p.text)
        marked = prefix or name_outlet_byline(p.text)  # not the end mark "./."
        marked = marked if prefix or not dash_run_item(paras, i) else None  # a record's label
        labelled = _affiliation_below(paras, i, rules)
        unmarked = not said and (_unmarked_byline(p.text, rules) or co_writers(paras, i, rules))
        unmarked = unmarked and not no_writer_beside_date(paras, i, rules)
        if not marked and not (labelled or unmarked):
            continue
        said = said or bool(prefix)
        if _no_writer(paras, i, marked=bool(marked), prefix=prefix, rules=rules):
            continue
        p.kind, p.role = "byline", "author"
        _label_below_byline(paras, i, labelled=labelled, marked=bool(prefix), rules=rules)


#: The most words a line may hold whose byline part alone is counted, the writer's name
#: before a date and its labels ("Name · CBC News · Posted: Mar 12, 2024 4:00 AM ET |
#: Last Updated: March 12, 2024"); a longer line is a lede opened by a credit and a date.
_NAME_DATE_LINE_MAX_WORDS = 24


def _byline_part(text: str, rules: Rules) -> str:
    """The part of a header line whose length says whether it may be a byline: the name
    before a date on a short line (``name_before_date``), else the line without a credit."""
    named = name_before_date(text, rules)
    if named and count_words(text) <= _NAME_DATE_LINE_MAX_WORDS:
        return named
    prefix = rules.byline_prefix.match(text)
    if prefix and count_words(text) <= _NAME_DATE_LINE_MAX_WORDS:
        text = without_dates(text)  # "By A and B in Dongxing Published: May 18, 2024 10:34 PM"
    return first_credit(without_appositives(text) if prefix else text, rules)


def _label_below_byline(
    paras: list[Paragraph], i: int, *, labelled: bool, marked: bool, rules: Rules
) -> None:
    """Under byline ``i``: its affiliations when a label says so, else (a byline that says
    so) the last names broken onto the next line, opening with "and" or "&" ("Authors: A
    (ANU), B (VNU), C (Chulalongkorn)" / "and D (Griffith)"): the byline too."""
    if labelled:
        _label_affiliations(paras, i, rules)
        return
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    tail = marked and nxt is not None and not nxt.kind and _BYLINE_TAIL.match(nxt.text)
    if tail and byline_names(nxt.text, rules):
        nxt.kind, nxt.role = "byline", "author"


#: The start of a byline's last names on a line of their own: "and Peter Walsh (Griffith)".
_BYLINE_TAIL = re.compile(r"^(?:and|&)\s+[A-ZÀ-Ỹ]")


def split_glued_byline(paras: list[Paragraph], last_prose: int) -> None:
    """Split a name glued to the last sentence: "... Resolution.Ho Thi Thanh Truc"."""
    if last_prose < 0:
        return
    p = paras[last_prose]
    match = re.search(rf"(?<=[a-z0-9\"”’)][.!?])({NAME_WORD}(?:\s{NAME_WORD}){{1,4}})$", p.text)
    if match:
        split_paragraph(paras, last_prose, raw_offset(p, match.start()), ("", "byline"))
        paras[last_prose + 1].role = "author"


@dataclass(frozen=True)
class _BylineScan:
    """The page being scanned for bylines: its text's span and its first headline."""

    paras: list[Paragraph]
    first_prose: int
    last_prose: int
    first_title: int  # len(paras) when the page has no headline
    rules: Rules

    def plain_name(self, text: str) -> bool:
        """A person's name that is neither an outlet nor a section label."""
        rules = self.rules
        return (
            looks_like_name(text, rules)
            and not outlet_named(text, rules)
            and not scoring_of(rules).section_label.match(text)
        )


def _under_title(s: _BylineScan, i: int, p: Paragraph) -> bool:
    """The writer's bare name on the line right under the headline, with the lede or a
    line of site chrome next ("Headline" / "Rowan Ashby" / "The minister said ...";
    "Headline" / "Miguel Santos" / "This is AI generated summarization, ...", held-out 72)."""
    chrome_next = i + 1 < len(s.paras) and s.paras[i + 1].kind == "boilerplate"
    return (
        i == s.first_title + 1
        and (i == s.first_prose - 1 or chrome_next)
        and p.line == s.paras[s.first_title].line + 1
    )


def _over_title(s: _BylineScan, i: int, p: Paragraph) -> bool:
    """ "Rowan Ashby" over the headline, under the page's first line, or alone above the
    lede of a page without a headline."""
    no_title = s.first_title == len(s.paras)
    placed = (
        (i == s.first_title - 1 and i > 0)
        or (no_title and i == s.first_prose - 1)
        or _under_title(s, i, p)
        or name_over_post_and_date(s.paras, i, s.first_title)  # a report's title page
    )
    return (
        placed
        and s.plain_name(p.text)
        and not section_over_headline(s.paras, i, s.first_title, scoring_of(s.rules))
    )


def _above_lede(s: _BylineScan, i: int, p: Paragraph) -> bool:
    """ "Tariq Mahmood khan" alone right above the lede, under the headline and its
    subtitle (a surname typed in lower case is still a name)."""
    return (
        s.first_title < i
        and i == s.first_prose - 1
        and looks_like_name(capital_surname(p.text), s.rules)
        and not outlet_named(p.text, s.rules)
        and not scoring_of(s.rules).section_label.match(p.text)
    )


def _names_writer(s: _BylineScan, i: int, p: Paragraph) -> bool:
    """Whether unlabelled line ``i`` names the writer without a "By" prefix."""
    rules, text = s.rules, p.text
    beside_date = beside_dateline(s.paras, i) and s.first_title < i
    footer = i > s.last_prose and not subheading_over_text(s.paras, i)  # fix43d
    return bool(
        _over_title(s, i, p)
        or _above_lede(s, i, p)
        or capital_name(text, rules)
        or joined_names(text, rules)
        or (beside_date and looks_like_name(_writer_part(unbulleted(text), rules), rules))
        or (footer and (looks_like_name(text, rules) or footer_byline(text, rules)))
    )


def _writer_part(text: str, rules: Rules) -> str:
    """A line beside a date without the place, unnamed co-writers and agency after the name."""
    return without_place(without_agency(without_et_al(text), rules))


#: A list bullet opening a line of a page's info list: "  • Kim Jae-won" over
#: "  • 승인 2019.05.14 10:41" (a Korean site's writer, approval stamp and comment count).
_BULLET = re.compile(r"^\s*[•·▪◦‣]\s*")


def unbulleted(text: str) -> str:
    """``text`` without the list bullet opening it.

    >>> unbulleted("  • Kim Jae-won")
    'Kim Jae-won'
    >>> unbulleted("Kim Jae-won")
    'Kim Jae-won'
    """
    return _BULLET.sub("", text)


def _affiliation(p: Paragraph, rules: Rules) -> bool:
    """A short line under a byline that is not text: the writer's affiliation."""
    return bool(
        not reads_as_text(p.text, is_prose(p.text))  # no standfirst either
        and not LEDE_PAREN_DASH.match(p.text)  # "TAIPEI (Taiwan News) – The ..."
        and count_words(p.text) <= 30
        and not p.text.rstrip().endswith("?")  # an interview's first question (held-out 56)
        and not scoring_of(rules).section_label.match(p.text)
        and not re.match(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.\s", p.text)  # "3.1. "
        and not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", p.text)  # a date line: no affiliation
    )


def _label_byline_line(s: _BylineScan, i: int, after_byline: bool, said: bool = False) -> bool:
    """Label unlabelled line ``i`` a byline or an affiliation; whether the next line may be
    one. Below a byline that says so (``said``), only a line that says so is another."""
    p = s.paras[i]
    if BY_OUTLET_STAFF.match(normalize_text(p.text)):  # "by New Worker correspondent"
        p.kind, p.role = "byline", "outlet"
        return False
    prefixed = s.rules.byline_prefix.match(p.text) and count_words(p.text) <= 10
    if (prefixed and byline_names(p.text, s.rules)) or (not said and _names_writer(s, i, p)):
        p.kind, p.role = "byline", "author"
        return True
    if after_byline and _affiliation(p, s.rules):
        p.kind, p.role = "byline", "affiliation"
    return p.kind == "byline"  # affiliations follow one another right under the byline


def _name_over_institution(s: _BylineScan) -> None:
    """Label a bare name under the headline over an institution, right above the lede
    (``name_over_institution``), a byline and its affiliation, even where read as headings."""
    i = s.first_title + 1
    pair = s.paras[i : i + 2] if i + 2 == s.first_prose else []
    plain = pair and all(p.kind in ("", "heading") for p in pair)
    if plain and name_over_institution(pair[0].text, pair[1].text, s.rules):
        pair[0].kind, pair[0].role = "byline", "author"
        pair[1].kind, pair[1].role = "byline", "affiliation"


def label_bylines(paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules) -> None:
    """Bylines (author names) and the affiliation lines right after them, in header and
    footer; a lone name right above the headline (not the page's first line: a site's name
    stands there) is a byline too, as papers print their author over the title."""
    # (no line becomes a title below: the first title's index, not a scan per line)
    first_title = next((i for i, q in enumerate(paras) if q.kind == "title"), len(paras))
    scan = _BylineScan(paras, first_prose, last_prose, first_title, rules)
    _name_over_institution(scan)
    for zone in (range(0, max(first_prose, 0)), range(last_prose + 1, len(paras))):
        after_byline = said = False
        for i in zone:
            p = paras[i]
            if p.kind:
                after_byline = byline_writer(paras, i)  # (a forward's "From:" line is none)
                said = said or bool(after_byline and rules.byline_prefix.match(p.text))
                continue
            after_byline = _label_byline_line(scan, i, after_byline, said)


def read_authors(article: Article, last_prose: int, rules: Rules) -> None:
    """Fill ``article.author`` and ``author_source`` from the labelled bylines (readers'
    names in a comment section and people interviewed left out, see ``unmark_commenters``
    and ``unmark_interviewees``)."""
    paras = article.paragraphs
    unmark_commenters(paras, last_prose, rules)
    unmark_interviewees(paras)
    unmark_forward_senders(paras)
    unmark_book_authors(paras, rules)
    unmark_later_items(paras)  # a listing's later items' bylines (later_items, item_bylines)
    lines = [p for p in paras if p.role == "author"]
    names = [n for p in lines for n in byline_names(capital_surname(unbulleted(p.text)), rules)]
    names = [n for n in names if not glued_twice(n)]
    if lines:
        article.author_source = "; ".join(f"line {p.line}: {p.text[:80]!r}" for p in lines)
    for find in AUTHORS_WITHOUT_BYLINE:
        found = None if names else find(paras, last_prose, rules)
        if found:
            names, article.author_source = found
    glued = lede_byline(paras, lines, rules)
    if glued:
        names, article.author_source = glued
    if not names:  # "Batsaikhan 2017-04-04 06:04" right under the headline
        stamped = stamped_name(paras, rules)
        if stamped:
            names, article.author_source = [stamped[0]], stamped[1]
    names = with_contributors(article, names, last_prose, rules)  # "– With Lea Santiago"
    article.author = "; ".join(dict.fromkeys(names))
