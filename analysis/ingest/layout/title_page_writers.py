"""A report's title page: the headline, the writer's bare name, the writer's post and the
day, one a line ("Mekong River Commission Funding: Issues for Congress" / "Helen R.
Ashford" / "Specialist in Asian Affairs" / "May 14, 2012", a CRS report; held-out 77).
The name right under the headline (one blank line at most between) is the writer when the
line under it is a short post (``POST_MAX_WORDS`` words at most, no sentence) and the line
under that the page's dateline: the page's own order, not a list of posts.

A research report's cover sets more between the name and the day (held-out 80, the full
text of a scanned report: "The River Factor in ..." / "Samuel  Whitford" / "CNARIVER^
STUDIES" / "Cleared  for  Public  Release" / "DRM-2012-U-0002" / "March  2012"): the name
within ``TITLE_GAP`` blank lines under the headline is the writer when every line between
it and the cover's dateline, ``COVER_MAX_LINES`` at most, is short and no sentence, and a
blank line sets the name apart from them (a speaker's name, post, place and day one a line,
held-out 55's remarks, stay the page's furniture).

A paper's first page may set the writer's name, institution and e-mail on one line under
the headline ("Petra Novakova Palacky University Olomouc [email protected]", held-out 80):
with no writer read, the words before the institution are the writer
(``affiliated_writer``). A first page run into one line may instead print the name right
after the title, closed by a note mark ("... and Their Neighbours * 1 Le Thu Ha ** 2 Can
Tho University ...", "... Mekong Delta By Karen Ashdown* EXECUTIVE SUMMARY"): the writer's
note mark, not a word list, ends the name (``run_on_name``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.core.text import count_words, normalize_text
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.cut_titles import completed_title
from analysis.ingest.layout.lines import Article, Paragraph
from analysis.ingest.layout.run_on_writers import numbered_run_names
from analysis.ingest.page_rules import Rules, layout_alternation

#: The most words of the writer's post under the name.
POST_MAX_WORDS = 8

#: The most blank lines between a report cover's headline and the writer's name.
TITLE_GAP = 3

#: The most lines (programme, release note, report number) between the name and the day.
COVER_MAX_LINES = 4


def name_over_post_and_date(paras: Sequence[Paragraph], i: int, first_title: int) -> bool:
    """Whether line ``i`` stands right under the headline (line ``first_title``, within
    one blank line) with a short unlabelled post line and then a dateline under it (see
    the module's docstring); whether it is a name is the caller's test."""
    if i != first_title + 1 or i + 2 >= len(paras):
        return False
    title, post, date = paras[first_title], paras[i + 1], paras[i + 2]
    title_end = title.line + title.raw.rstrip("\n").count("\n")
    return name_over_cover_lines(paras, i, first_title) or (
        paras[i].line <= title_end + 2
        and not post.kind
        and 0 < count_words(post.text) <= POST_MAX_WORDS
        and not post.text.rstrip().endswith(".")
        and date.kind == "dateline"
    )


def _cover_line(p: Paragraph) -> bool:
    """A short line of a report's cover, no sentence: a programme, a note, a number."""
    return 0 < count_words(p.text) <= POST_MAX_WORDS and not p.text.rstrip().endswith(".")


def name_over_cover_lines(paras: Sequence[Paragraph], i: int, first_title: int) -> bool:
    """Whether line ``i`` stands under the headline (line ``first_title``, within
    ``TITLE_GAP`` blank lines) over at most ``COVER_MAX_LINES`` short cover lines
    (``_cover_line``) and then the cover's dateline (the module's docstring)."""
    if i != first_title + 1:
        return False
    title = paras[first_title]
    if paras[i].line > title.line + title.raw.rstrip("\n").count("\n") + TITLE_GAP + 1:
        return False
    if i + 1 >= len(paras) or paras[i + 1].line == paras[i].line + 1:
        return False  # a speaker's name, post and place one a line are no cover's
    for k in range(i + 1, min(i + 2 + COVER_MAX_LINES, len(paras))):
        if paras[k].kind == "dateline":
            return k > i + 1
        if paras[k].kind not in ("", "boilerplate") or not _cover_line(paras[k]):
            return False
    return False


#: An e-mail address closing a line, or a store's mark for a hidden one.
_EMAIL_END = re.compile(r"\s(?:\S+@\S+\.\w+|\[email\s*protected\])\s*$", re.I)

#: How many lines under the headline may hold the writer's name, institution and e-mail.
AFFILIATION_REACH = 2


@cache
def _institution_word() -> re.Pattern[str]:
    """A word naming an institution (``institution_words`` of ``data/page_layout.yaml``)."""
    return re.compile(rf"(?:{layout_alternation('institution_words')})", re.I)


def affiliated_name(text: str, rules: Rules) -> str:
    """The writer's name opening a line "Name Institution ... e-mail" (the module's
    docstring): the words before the first comma, else before the institution's name ("X
    University": the word before the institution word is the institution's; "University of
    X": none is); "" when the line is not such a line or the words read as no name. Not
    told apart: a modifier before "College of X" ("Name Lakeside College of Farming") or
    one of two words ("Name Lakeside Farming College")."""
    text = normalize_text(text).strip()
    mail = _EMAIL_END.search(text)
    words = text[: mail.start()].split() if mail else []
    at = next((k for k, w in enumerate(words) if _institution_word().fullmatch(w.strip(","))), 0)
    comma = next((k + 1 for k, w in enumerate(words[:at]) if w.endswith(",")), 0)
    of_after = at + 1 < len(words) and words[at + 1].casefold() == "of"
    end = comma or (at if of_after else at - 1)
    name = " ".join(words[:end]).strip(" ,")
    return name if 2 <= count_words(name) <= 4 and looks_like_name(name, rules) else ""


#: After the title inside a run-on line: an optional note mark, "By", then two to four
#: capitalised words closed by a note mark ("* 1 Le Thu Ha ** 2", "By Karen Ashdown*").
_RUN_ON_NAME = re.compile(
    r"^\s*(?:\*+\s*\d{0,2}\s+)?(?:[Bb]y\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})\s?\*+(?:\s*\d{1,2})?(?=\s|$)"
)


def run_on_name(title: str, text: str, rules: Rules) -> str:
    """The writer's name printed right after ``title`` inside line ``text`` and closed by
    a note mark (the module's docstring); "" when none reads as a name."""
    line, head = normalize_text(text), normalize_text(title).strip()
    at = line.casefold().find(head.casefold()) if count_words(head) >= 2 else -1
    found = _RUN_ON_NAME.match(line[at + len(head) :]) if at >= 0 else None
    name = found.group("name") if found else ""
    return name if looks_like_name(name, rules) else ""


def affiliated_writer(article: Article, rules: Rules) -> None:
    """With no writer read, the name on a line "Name Institution ... e-mail" among the
    ``AFFILIATION_REACH`` lines under the headline (``affiliated_name``) is the writer,
    else the name after the title in a run-on line there (``run_on_name``)."""
    paras = article.paragraphs
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    if article.author or title < 0:
        return
    for p in paras[title + 1 : title + 1 + AFFILIATION_REACH]:
        name = affiliated_name(p.text, rules)
        if name:
            article.author = name
            article.author_source = f"line {p.line}: the name before its institution and e-mail"
            return
    whole = completed_title(article.title, paras)
    for p in paras[title + 1 : title + 1 + AFFILIATION_REACH]:
        # the text split off the title's own line goes on from it (run_on_titles)
        text = f"{paras[title].text} {p.text}" if p.line == paras[title].line else p.text
        # one name closed by "*", else names closed by affiliation numbers (run_on_writers)
        name = run_on_name(whole, text, rules) or "; ".join(numbered_run_names(whole, text, rules))
        if name:
            article.author = name
            article.author_source = f"line {p.line}: the name after the title, its note mark"
            return
