"""Not writers: byline lines that name no writer of the article.

A marked line naming only an outlet or an organisation posting (a credit), and bylines
whose names are someone else's: readers commenting below the text, the person interviewed,
a forwarded mail's sender, a reviewed book's author. Their roles change; the writers stay.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import normalize_text
from analysis.ingest.bylines import byline_names
from analysis.ingest.forwards import forward_sender
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.layout.posting_lines import posted_by_organisation
from analysis.ingest.page_rules import Rules, alternation, outlet_named


def _no_writer(
    paras: list[Paragraph], i: int, *, marked: bool, prefix: re.Match[str] | None, rules: Rules
) -> bool:
    """Whether marked line ``i`` names no writer: no person's name ("By The Associated
    Press", an outlet credit when it names one) or an organisation posting after the
    site's date (``posting_lines``, a credit)."""
    p = paras[i]
    posted = posted_by_organisation(paras, i, rules)
    if not posted and not (marked and not byline_names(p.text, rules)):
        return False
    if posted or (prefix and _outlet_only(prefix.group("name"), rules)):
        p.kind, p.role = "credit", "marker"
    return True


def _outlet_only(name: str, rules: Rules) -> bool:
    """A byline's name part that names one outlet only: "The Associated Press", or the
    outlet's marker and its name joined by a dash ("By AFP - Agence France Presse", a US
    weekly's wire feed, held-out 72)."""
    found = {outlet_named(part, rules) for part in re.split(r"\s[-–—]\s", name.strip())}
    return None not in found and len({outlet[0] for outlet in found if outlet}) == 1


def unmark_commenters(paras: list[Paragraph], last_prose: int, rules: Rules) -> None:
    """Bylines after a comment section's heading below the text ("All comments [2]",
    "Leave a Reply"; ``comment_headings`` of ``data/page_layout.yaml``) name readers who
    commented, not the article's authors: their role becomes "commenter"."""
    start = next(
        (
            i
            for i in range(max(last_prose + 1, 0), len(paras))
            if rules.comment_heading.match(normalize_text(paras[i].text))
        ),
        None,
    )
    for p in paras[start:] if start is not None else ():
        if p.role == "author":
            p.role = "commenter"


#: A speaker's label opening an interview's paragraph: "Tran: Families who sold ...".
_SPEAKER = re.compile(r"^(?P<word>[A-ZÀ-Ỹ][\w'’-]{1,20}):\s")


def unmark_interviewees(paras: list[Paragraph]) -> None:
    """A bare name over an interview whose answers open with one of its words ("Tran Van
    Loc" over "Tran: Families who ...", twice or more) is the person interviewed (a
    photo's caption), not the writer: its role becomes "interviewee"."""
    labels = [_SPEAKER.match(p.text) for p in paras if p.kind in ("lede", "body")]
    speakers = Counter(m.group("word") for m in labels if m)
    for p in paras:
        bare = p.role == "author" and not re.match(r"\s*by\b", p.text, re.I)
        if bare and any(speakers[w] >= 2 for w in normalize_text(p.text).split()):
            p.role = "interviewee"


def unmark_forward_senders(paras: list[Paragraph]) -> None:
    """The sender in a forwarded e-mail's header ("From: ASEAN Briefing <newsletter@...>"
    under "---------- Forwarded message ---------", ``forwards.forward_sender``) is no
    writer when another line of the page is a byline: its role becomes "sender"."""
    senders = [i for i, p in enumerate(paras) if p.role == "author" and forward_sender(paras, i)]
    if len(senders) < sum(p.role == "author" for p in paras):
        for i in senders:
            paras[i].role = "sender"


@cache
def _book_details() -> re.Pattern[str]:
    """A book's details on its line (``book_details`` of ``data/page_layout.yaml``)."""
    patterns = load_data_file("page_layout.yaml").get("book_details") or ["(?!)"]
    return re.compile(alternation(patterns), re.I)


def unmark_book_authors(paras: list[Paragraph], rules: Rules) -> None:
    """A byline next to a book's details (the line above or below gives its pages, price or
    ISBN: "By Pieter de Vries" over "Hurst, 2020, 352 pages, $29.95 (Paperback)") names the
    reviewed book's author, not the review's writer, when another line of the page is a
    byline: its role becomes "book_author" (``book_details`` of ``data/page_layout.yaml``)."""
    details = _book_details()
    books = [
        i
        for i, p in enumerate(paras)
        if p.role == "author"
        and any(details.search(q.text) for q in paras[max(0, i - 1) : i + 2] if q is not p)
    ]
    if len(books) < sum(p.role == "author" for p in paras):
        for i in books:
            paras[i].role = "book_author"
