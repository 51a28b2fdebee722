"""Pieces glued together in a page's header lines, split apart before the lines are
labelled: a date glued before a headline or lede ("Published: 13/12/2021 Party delegation
...") or after a byline or section label ("By NameSeptember 07, 2019"), a publication
series' code before the headline ("CO19231 | ..."), a headline glued to a caption by a
picture's alt text, and a headline glued to its lede without a space. Splitting never
loses a character: each piece keeps its share of the raw text."""

from __future__ import annotations

import calendar
import re

from analysis.core.text import count_words
from analysis.dates import find_dates
from analysis.ingest.layout.lines import (
    HEADER_REACH,
    Paragraph,
    dateline_date,
    is_prose,
    raw_offset,
    split_paragraph,
)
from analysis.ingest.layout.source_dates import split_source_dates
from analysis.ingest.metadata import Scoring
from analysis.ingest.page_rules import TIME_OF_DAY, Rules, outlet_named, scoring_of

#: A time (and time zone) right after a glued date: "13/12/2021 08:41 (GMT+7)".
_GLUED_TAIL = re.compile(
    r"[\s,|-]*(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*"
    r"(?:\(?\s*(?:GMT|UTC|ICT)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*\)?)?\s*['’]?",
    re.I,
)


def _past_bracket(text: str, end: int) -> int:
    """Where the text goes on after the bracket closing a date at ``end`` (and the spaces
    after it); -1 when no bracket closes there."""
    if text[end : end + 1] not in (")", "]"):
        return -1
    end += 1
    return end + len(text[end:]) - len(text[end:].lstrip())


def glued_date_end(text: str, scoring: Scoring) -> int:
    """Where a date (with its label and time) glued to the front of ``text`` ends, when
    the rest is words (a headline or the lede); 0 when the line does not start so."""
    label = scoring.glued_label.match(text)
    head = label.end() if label else 0
    bracket = text[head : head + 1] in ("(", "[")
    head += bracket
    found = [m for m in find_dates(text[: head + 40]) if not m.relative]
    if not found or found[0].start != head or found[0].date_start is None:
        return 0
    tail = _GLUED_TAIL.match(text, found[0].end)
    end = tail.end() if tail else found[0].end
    if bracket:
        end = _past_bracket(text, end)
        if end < 0:
            return 0
        head = head or 1  # a date in brackets before the headline counts as labelled
    return end if _words_after_date(text, found[0].end, end, labelled=bool(head)) else 0


def _words_after_date(text: str, date_end: int, end: int, *, labelled: bool) -> bool:
    """Whether words (three or more) follow a date that ends at ``date_end`` (``end`` with
    its time and brackets), and the date is labelled, timed or glued to them. Words that
    open with a comma or a semicolon go on the date's own phrase, no headline or lede after
    it: a journal's issue line "(2021), No 9, Issue 2" (held-out 149)."""
    rest = text[end:]
    if rest[:1] in (",", ";"):
        return False
    timed = bool(TIME_OF_DAY.search(text[date_end:end]))
    glued = end > 0 and not text[end - 1].isspace() and rest[:1].isalpha()
    return count_words(rest) >= 3 and (labelled or timed or glued)


#: A publication series' code glued before the headline by a bar: "CO19231 | Headline",
#: "WP-112 | Headline" (letters, then digits: no word of a headline).
_SERIES_CODE = re.compile(r"[A-Z]{1,6}[-_]?\d{2,8}[A-Z]?\s*\|\s*(?=\w)")


_MONTH_NAMES = "|".join(
    [*(m for m in calendar.month_name if m), *(m for m in calendar.month_abbr if m), "Sept"]
)
_WEEKDAY_NAMES = "|".join(d for d in (*calendar.day_name, *calendar.day_abbr))

#: A date glued to the word before it: a lower-case letter, then a capitalised month or
#: weekday name and the date's number ("By Le Hoai TrungSeptember 07, 2019", "Politics
#: Monday, 7 September" written "PoliticsMonday, 7 September"). Case-sensitive.
_GLUED_DATE_START = re.compile(
    rf"(?<=[a-zà-ỹ])(?=(?:{_MONTH_NAMES})\.?\s+\d|(?:{_WEEKDAY_NAMES}),?\s+(?:\d|{_MONTH_NAMES}))"
)


def glued_trailing_date_start(text: str, rules: Rules) -> int:
    """Where a date glued to the words before it starts, when the date (with its weekday
    and time) closes the line; 0 when the line does not end so."""
    joins = list(_GLUED_DATE_START.finditer(text))
    glued = joins[-1] if joins else None  # the last join: the date closes the line
    if glued is None or not text[: glued.start()].strip():
        return 0
    return glued.start() if dateline_date(text[glued.start() :], rules) else 0


#: The longest header line searched for a page's tools after its date, and the most words
#: before the tools (a credit and its date: "Xinhua, June 22, 2017").
TOOLS_LINE_MAX = 120
TOOLS_HEAD_MAX_WORDS = 8


def trailing_tools_start(text: str, scoring: Scoring) -> int:
    """Where a page's tools glued after a date start ("Xinhua, June 22, 2017 Adjust font
    size:": the words after the date are a line of ``chrome``, the date closes the words
    before them), so that the date line is read without them; 0 when the line does not
    end so. Tools that mark a site's clock (``date_chrome_words``: "Saturday, May 27, 2017
    Search") stay with the date they mark."""
    if len(text) > TOOLS_LINE_MAX or scoring.date_chrome.search(text):
        return 0
    for gap in re.finditer(r"\s+(?=[^\W\d_])", text):
        head = text[: gap.start()].rstrip(" ,;|")
        if count_words(head) > TOOLS_HEAD_MAX_WORDS:
            return 0
        if scoring.chrome.fullmatch(text[gap.end() :].strip()) and any(
            m.date_start is not None and not m.relative and m.end == len(head)
            for m in find_dates(head)
        ):
            return gap.start()
    return 0


#: How many words a headline after a source's name and colon holds (``source_prefix_end``).
_SOURCE_HEADLINE_WORDS = (5, 20)


def source_prefix_end(text: str, rules: Rules) -> int:
    """Where a feed's label and a listed outlet's name, each closed by a colon, glued
    before a headline end, a feed digest's form ("1. <feed> (114 sites): Voice of America:
    Vietnam, Laos Sign Deal on Cross-Border Power Lines"): the piece between two colons
    names the outlet exactly, and a capitalised headline of 5 to 20 words without a
    closing stop follows; 0 when the line is not so. A headline opening with the source
    alone ("Global Times: Tea growers expect ...", a press release's) is left whole, and
    a lede after a source's name is a sentence."""
    if len(text) > 300:
        return 0
    colons = list(re.finditer(r":\s", text))
    low, high = _SOURCE_HEADLINE_WORDS
    for k, colon in enumerate(colons[1:], start=1):
        start = colons[k - 1].end()
        rest = text[colon.end() :].strip()
        if not (rest[:1].isupper() and low <= count_words(rest) <= high):
            continue
        if not rest.endswith((".", "!", "?")) and outlet_named(text[start : colon.start()], rules):
            return colon.end()
    return 0


def _glued_piece(text: str, rules: Rules, scoring: Scoring) -> tuple[int, tuple[str, str]]:
    """Where a header line holds two pieces glued together, and the kinds of the two:
    a date after a byline or section label, a date before a headline or lede, page tools
    after a date, a source before a headline, a series code before a title; (0, ("", ""))
    when the line is one piece (a picture's alt text is read by the caller)."""
    start = glued_trailing_date_start(text, rules) if len(text) < 200 else 0
    if start:
        return start, ("", "dateline")
    end = glued_date_end(text, scoring)
    if end:
        return end, ("dateline", "")
    tools = trailing_tools_start(text, scoring)
    if tools:
        return tools, ("", "boilerplate")
    source = source_prefix_end(text, rules)
    if source:
        return source, ("credit", "")
    code = _SERIES_CODE.match(text)
    if code and count_words(text[code.end() :]) >= 3:
        return code.end(), ("boilerplate", "")
    return 0, ("", "")


def split_header_pieces(paras: list[Paragraph], rules: Rules) -> None:
    """Split dates glued before a headline or lede or after a byline or section label,
    and headlines glued to a caption by a picture's alt text, in the lines up to the
    first prose paragraph; and a source's name glued to its date under the standfirst
    (``source_dates``)."""
    scoring = scoring_of(rules)
    split_source_dates(paras)  # "<source><source>02/05/2025" under a standfirst
    i = 0
    while i < len(paras) and i < HEADER_REACH + 4:
        p = paras[i]
        if not p.kind:
            at, kinds = _glued_piece(p.text, rules, scoring)
            if at:
                split_paragraph(paras, i, raw_offset(p, at), kinds)
                continue
            alt = scoring.image_alt.search(p.text)
            if alt and count_words(p.text[: alt.start()]) >= 2:
                split_paragraph(paras, i, raw_offset(p, alt.start()), ("", "caption"))
                paras[i].role = "alt_title"  # the text before a picture's alt text
                continue
            # a long line of boilerplate (a template's settings, a tag list) ends no header
            if is_prose(p.text) and not rules.boilerplate.match(p.text):
                if not _split_glued_headline(paras, i):
                    _split_repeated_headline(paras, i)
                break
        i += 1


#: A headline glued to its lede without a space ("... rice institutesAgronomy students
#: ..."): a lower-case letter, then the lede's capital; no sentence stop before.
#: The headline's last word is in lower case and 4 letters or more, so a name with an inner
#: capital ("McDonald", "PetroVietnam", "YouTube") is no join. Joined by a space only
#: when the lede opens with "The" before a lower-case word ("... with partner The state
#: minister ..."), which a sentence cannot hold in its middle.
_GLUED_HEADLINE = re.compile(
    r"^[^.!?\n]{20,200}?\s[a-zà-ỹ]{4,}(?:(?=[A-ZÀ-Ỹ][a-zà-ỹ]+\s)|\s(?=The\s[a-zà-ỹ]{3,}\s))"
)


def _split_glued_headline(paras: list[Paragraph], i: int) -> bool:
    """Split a headline glued to the lede in the first prose line ``i`` when no line
    above it is left to be the headline: 5 to 20 words before the join, running text of
    12 words or more after it. Whether it split."""
    if any(not p.kind for p in paras[:i]):
        return False
    text = paras[i].text
    glued = _GLUED_HEADLINE.match(text)
    if not glued or not 5 <= count_words(glued.group(0)) <= 20:
        return False
    joint = text[glued.end() - 1 : glued.end() + 1]  # À-Ỹ also spans scripts without case
    if not joint.startswith(" ") and not (joint[0].islower() and joint[1].isupper()):
        return False  # Khmer or Lao letters are no change of case
    rest = text[glued.end() :]
    if count_words(rest) >= 12 and is_prose(rest):
        split_paragraph(paras, i, raw_offset(paras[i], glued.end()), ("", ""))
        return True
    return False


#: How many lines below the first prose line a headline repeated alone is looked for.
_REPEAT_REACH = 12


def _split_repeated_headline(paras: list[Paragraph], i: int) -> bool:
    """Split the first prose line ``i`` after its opening words when they stand again
    alone on a line just below (3 to 20 words, then a capital): a radio transcript's page
    glues the headline to its teaser on the first line and repeats the headline over the
    player ("Delta Catfish Farmers Watch Vietnam Trade Talks Farmers in the ..." /
    "NPR logo" / "Delta Catfish Farmers Watch Vietnam Trade Talks"). Whether it split."""
    if any(not p.kind for p in paras[:i]):
        return False
    text = paras[i].text
    for p in paras[i + 1 : i + 1 + _REPEAT_REACH]:
        head = p.text.strip()
        rest = text[len(head) :]
        if 3 <= count_words(head) <= 20 and text.startswith(head) and re.match(r" [A-Z]", rest):
            split_paragraph(paras, i, raw_offset(paras[i], len(head)), ("", ""))
            return True
    return False
