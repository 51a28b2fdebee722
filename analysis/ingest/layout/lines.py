"""Lines and page furniture: the ``Paragraph`` and ``Article`` records, the split of a
file into lines, the pieces glued together in the header, and the labels that need no
context (boilerplate, credits, captions, datelines); the patterns shared by the other
steps of ``analysis.ingest.layout`` live here too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.core.memory import line_memo
from analysis.core.text import LONG_TEXT_CHARS, count_words
from analysis.dates import DateMatch, parse_date
from analysis.ingest.date_memo import absolute_dates
from analysis.ingest.date_scoring import unglue
from analysis.ingest.layout.dateline_labels import (
    agency_credit_dropped,
    reference_dropped,
    weekday_dropped,
    word_before_label_dropped,
)
from analysis.ingest.layout.glued_categories import without_glued_category
from analysis.ingest.layout.quoted_lines import quoted_throughout, unquoted
from analysis.ingest.layout.section_stamps import section_stamp
from analysis.ingest.page_rules import (
    TIME_OF_DAY,
    Rules,
    scoring_of,
)
from analysis.ingest.speech_headlines import speech_headline

PROSE_MIN_WORDS = 25


PROSE_MIN_WORDS_WITH_STOP = 12


HEADING_MAX_WORDS = 22


TITLE_MAX_WORDS = 45


#: Paragraphs from the top in which a byline or dateline still belongs to the header.
HEADER_REACH = 12


NAME_WORD = r"[A-ZÀ-Ỹ][a-zà-ỹ]+"


#: (fix31d) a footnote's mark may close the sentence: "... of seafood exports.[4]".
SENTENCE_STOP = re.compile(r"[.!?…:;][\"'”’)\]]*(?:\[\d{1,3}\])?$")
#: A time's dotted "a.m."/"p.m." left after the time ("May 5, 2024 10:20 a.m.", fix31b).
_MERIDIEM = re.compile(r"(?<![\w.])[ap]\.\s?m\.?(?!\w)", re.I)


FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")


_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật)\b",
    re.I,
)


LEDE_PAREN = re.compile(r"^[^()]{0,40}?\((?P<inner>[^()]{2,80})\)")


def spelled_before(inner: str, before: str) -> bool:
    """Whether the capitals in brackets are the initials of the capitalised words just
    before them, an abbreviation the sentence defines ("... the Philippine Coast Guard
    (PCG)", "Ho Chi Minh Communist Youth Union (HCYU)"), not an agency's credit.

    >>> spelled_before("PCG", "MANILA — The Philippine Coast Guard")
    True
    >>> spelled_before("VNA", "HANOI")
    False
    """
    if not re.fullmatch(r"[A-Z]{2,8}", inner):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", before) if w[0].isupper()]
    initials = "".join(w[0] for w in words if w.casefold() not in _ABBREVIATION_SKIPS)
    return len(words) >= len(inner) and initials.endswith(inner) and not before.isupper()


#: Short words an abbreviation leaves out when capitalised in a name ("Department Of
#: Foreign Affairs (DFA)").
_ABBREVIATION_SKIPS = frozenset({"of", "and", "for", "the", "in", "on"})


def lede_paren(lede: str) -> re.Match[str] | None:
    """``LEDE_PAREN``'s bracket in the lede's opening, a dateline's credit ("HANOI (VNA) -"),
    or None; none when the bracket defines an abbreviation (``spelled_before``)."""
    found = LEDE_PAREN.match(lede)
    before = found.group(0)[: found.start("inner") - 1] if found else ""
    return None if found and spelled_before(found.group("inner").strip(), before) else found


#: An outlet named before a date label on a dateline: "Xinhua Published: 2017-11-17".
AGENCY_BEFORE_LABEL = re.compile(
    r"^\s*([^:|]{2,40}?)\s+(?:published|posted|updated|source)\b", re.I
)


#: An outlet marker in brackets before a dash anywhere in the lede's opening (a photo
#: caption may be glued before it): "... (Photo: VNA) HCM City (VNA) – The ...".
LEDE_MARKER = re.compile(r"\((?P<inner>[^()]{2,30})\)\s*[-–—]")


#: A wire feed's dateline alone on its line above the lede, closed by a dash or by the
#: agency in brackets: "VIETNAM, March 4 -", "HANOI, Jan. 5, 2024 —", "MADRID, 22 (EUROPA
#: PRESS)" (the day alone, as Spanish agencies print it; held-out 51).
FEED_DATELINE = re.compile(
    r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},\s"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}(?: [A-Z][a-z]{2,8})?)(?:,? (?:19|20)\d{2})?"
    r"\s*(?:[-–—]+|\((?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})\)\s*[-–—]*)$"
)


#: An agency's name glued to the capitals of the lede's dateline: "Associated PressHANOI, ...".
GLUED_AGENCY = re.compile(r"^(?P<name>[A-Z][\w.&'’ -]{1,40}?[a-z.])(?=[A-ZÀ-Ỹ]{3,}\b)")


#: A dateline with an agency in brackets and a dash opening a lede: "TAIPEI (X) – The ...".
LEDE_PAREN_DASH = re.compile(r"^[^()]{2,40}\([^()]{2,40}\)\s*(?:--|[-–—:])\s*\S")


#: "Source: FN The Prime Minister ...": the source named before the first sentence.
LEDE_SOURCE = re.compile(r"^\s*source\s*:\s*((\S+)\s\S+)\s", re.I)


#: The dateline that opens a lede, up to its dash: "BEIJING, April 13, 2025 /PRNewswire/ — ".
LEDE_OPENING = re.compile(r"^(?P<inner>[^.!?]{3,70}?)\s?(?:--|[-–—])\s")


#: A lede opening with a place and a day before a colon: "Kathmandu, Aug 23: The ...".
LEDE_COLON = re.compile(r"^(?P<inner>[A-Z][\w .'-]{1,30},\s[A-Z][a-z]{2,8}\.?\s\d{1,2}):\s")


#: A credit of two or more sources joined by slashes, alone on a line: "VOV/VNN".
SLASH_CREDIT = re.compile(r"^\(?[A-Z][\w.&]{1,15}(?:\s?/\s?[A-Z][\w.&]{1,15})+\)?$")


#: A byline naming a paper's staff, no person: "by New Worker correspondent".
BY_OUTLET_STAFF = re.compile(
    r"^(?i:by)\s+(?:(?i:our|the|an?)\s+)?(?P<outlet>[A-Z][\w&'.-]*(?:\s(?:of\s|&\s)?[A-Z][\w&'.-]*){0,4})"
    r"\s+(?i:(?:staff\s+)?(?:correspondents?|reporters?|staff(?:\s+writers?)?|desk|bureau))$"
)


@dataclass
class Paragraph:
    """One paragraph while its article is being read (internal to this module)."""

    raw: str
    text: str
    line: int
    block: int
    kind: str = ""
    role: str = ""  # "author" / "affiliation" for bylines, "marker" for outlet credits
    repeat_of: int = -1


@dataclass
class Article:
    """What ``read_article`` found in one file, with the evidence for each field."""

    paragraphs: list[Paragraph]
    title: str = ""
    author: str = ""
    outlet: str = ""
    credited: str = ""
    header_date: DateMatch | None = None
    header_evidence: str = ""
    footer_date: DateMatch | None = None
    footer_evidence: str = ""
    flags: list[str] = field(default_factory=list)
    title_source: str = ""
    author_source: str = ""
    outlet_source: str = ""
    outlet_kind: str = ""  # how the outlet was found (``line_evidence.OutletKind``)
    site_names: list[str] = field(default_factory=list)  # furniture's names (``outlet_refine``)
    date_reason: str = ""
    metadata_flags: list[str] = field(default_factory=list)


def split_lines(text: str) -> list[Paragraph]:
    """One Paragraph per non-blank line; blank lines stay in the ``raw`` of the line above.
    In a file quoted throughout (every line opened by ">"), a line's text is read without
    its quote markers (``quoted_lines``).

    Whatever precedes the first non-blank line (a BOM-less blank start) is kept in the
    first paragraph's ``raw`` too, so ``"".join(p.raw for p in result) == text``.
    """
    lines = text.splitlines(keepends=True)
    quoted = quoted_throughout(lines)
    paragraphs: list[Paragraph] = []
    prefix, block, blank_before = "", 0, False
    for number, line in enumerate(lines, start=1):
        stripped = (unquoted(line) if quoted else line).strip()
        if not stripped:
            if paragraphs:
                paragraphs[-1].raw += line
            else:
                prefix += line
            blank_before = True
            continue
        if blank_before and paragraphs:
            block += 1
        blank_before = False
        paragraphs.append(Paragraph(raw=prefix + line, text=stripped, line=number, block=block))
        prefix = ""
    if prefix and paragraphs:
        paragraphs[-1].raw += prefix
    return paragraphs


#: A list item's or bullet's opening: "• ", "- ", "1. ", "2) ".
LIST_ITEM = re.compile(r"^(?:[•●▪◦·*–—-]|\d{1,2}[.)])\s+\S")


def _joined(raw: str, quoted: bool = False) -> str:
    """The text of a piece of raw lines: each line stripped (of its quote markers too when
    ``quoted``), joined by one space."""
    lines = [unquoted(line) if quoted else line for line in raw.splitlines()]
    return " ".join(line.strip() for line in lines if line.strip())


def split_paragraph(paras: list[Paragraph], i: int, at: int, kinds: tuple[str, str]) -> None:
    """Split paragraph ``i`` at character ``at`` of its raw text into two labelled pieces."""
    p = paras[i]
    head_raw, tail_raw = p.raw[:at], p.raw[at:]
    quoted = p.raw.lstrip().startswith(">") and not p.text.startswith(">")
    head = Paragraph(head_raw, _joined(head_raw, quoted), p.line, p.block, kinds[0])
    tail = Paragraph(tail_raw, _joined(tail_raw, quoted), p.line, p.block, kinds[1])
    paras[i : i + 1] = [head, tail]


def raw_offset(p: Paragraph, text_offset: int) -> int:
    """Offset in ``p.raw`` of character ``text_offset`` of ``p.text`` (in a paragraph joined
    from several lines of the file, a space of the text stands for a line break)."""
    start = p.raw.find(p.text)
    if start >= 0:
        return start + text_offset
    head = p.text[:text_offset]
    found = re.match(r"\s*" + r"\s+".join(map(re.escape, head.split())), p.raw)
    end = found.end() if found else 0
    while head[-1:].isspace() and end < len(p.raw) and p.raw[end].isspace():
        end += 1
    return end


def is_prose(text: str) -> bool:
    """Whether a paragraph reads as running text rather than a label or heading.
    Memoised for lines up to ``text.LONG_TEXT_CHARS`` (a longer one is not kept alive;
    its word count is)."""
    return _is_prose(text) if len(text) <= LONG_TEXT_CHARS else _prose_words(text)


@line_memo(8192)
def _is_prose(text: str) -> bool:
    return _prose_words(text)


def _prose_words(text: str) -> bool:
    words = count_words(text)
    return (
        words >= PROSE_MIN_WORDS
        or (words >= PROSE_MIN_WORDS_WITH_STOP and bool(SENTENCE_STOP.search(text)))
    ) and not (words >= PROSE_MIN_WORDS and speech_headline(text))  # held-out 89


def dateline_date(text: str, rules: Rules) -> DateMatch | None:
    """The date of a line that holds nothing but a date (with weekday, time, "Updated")."""
    if count_words(text) > 14:
        return None
    text = unglue(without_glued_category(text))  # "08:38:29Updated" -> "08:38:29 Updated"
    header = absolute_dates(text)
    match = header[0] if header else parse_date(text)
    if match is None:
        return None
    if section_stamp(text):  # "Eurasia 15/05/2024 11:30" (held-out 127)
        return match
    rest = _bar_label_dropped(
        reference_dropped(text[: match.start] + " " + text[match.end :]), rules
    )
    rest = _PLACE_TAIL.sub(" ", rest)  # "| Updated March 12, 2024 07:45 am IST - NEW DELHI"
    rest = rules.dateline_word.sub(" ", _MERIDIEM.sub(" ", TIME_OF_DAY.sub(" ", rest)))
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    rest = weekday_dropped(_WEEKDAY.sub(" ", rest)).strip()
    return match if len(rest) <= 2 else None


#: The place a date line was filed from, in capitals after a dash at its end ("... IST -
#: NEW DELHI", an Indian daily's updated date, held-out 72).
_PLACE_TAIL = re.compile(r"\s[-–—]\s*[A-Z][A-Z .'-]{1,30}:?\s*$")

#: Capitalised words before a bar at the start of a line: "Singapore | 4 May 2021",
#: "Customs Update | March 14, 2019".
_BAR_LABEL = re.compile(r"^\s*(?P<label>[A-ZÀ-Ỹ][\w.]+(?:\s+[A-ZÀ-Ỹ][\w.]+){0,2})\s*\|")


def _bar_label_dropped(rest: str, rules: Rules) -> str:
    """``rest`` (a line without its date) without the label before its bar: one word
    ("Singapore | "), or two or three when one of them is no word of a person's name
    (``not_name_words``: "Customs Update | ", a newsletter's name), so "Thu Hang | date"
    stays a byline."""
    found = _BAR_LABEL.match(rest)
    if found is None:
        return word_before_label_dropped(agency_credit_dropped(rest, rules), rules)
    label = found.group("label")
    if " " in label and not scoring_of(rules).not_name.search(label):
        return rest
    return " " + rest[found.end() :]


#: How many paragraphs at each end of a page are checked for a dateline (a line holding
#: nothing but a date). Articles have a few dozen paragraphs (the samples at most 57), so
#: every line of an article is checked; a list page of 100,000 short dated lines is
#: checked only at its head and foot, which bounds the date parsing of reading a page
#: (issue 11). Lines in between keep their other labels.
DATELINE_EDGE_PARAGRAPHS = 300


def near_edge(index: int, n: int, *, edge: int = DATELINE_EDGE_PARAGRAPHS) -> bool:
    """Whether paragraph ``index`` of ``n`` lies within ``edge`` paragraphs of either end."""
    return index < edge or index >= n - edge


def beside_dateline(paras: list[Paragraph], i: int) -> bool:
    """Whether the nearest paragraph above or below ``i``, page chrome skipped, is a dateline,
    or the line below names the outlet or credits the source ("James Harlow" over "BBC
    News, Hanoi"; "Li Wen" over "Source: VNS")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(paras) and paras[j].kind == "boilerplate":
            j += step
        if 0 <= j < len(paras) and paras[j].kind == "dateline":
            return True
        credit = step == 1 and 0 <= j < len(paras)
        if credit and (paras[j].role == "marker" or paras[j].kind == "credit"):
            return not before_lede(paras, j)
    return False


def before_lede(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` was split off the front of its line: the next paragraph
    continues the same line (a marker glued before the lede)."""
    return i + 1 < len(paras) and paras[i + 1].line == paras[i].line


def text_span(paras: list[Paragraph]) -> tuple[int, int]:
    """Indices of the first and last text paragraphs (lede, heading, body) or (-1, -1)."""
    text = [i for i, p in enumerate(paras) if p.kind in ("lede", "body", "heading")]
    return (text[0], text[-1]) if text else (-1, -1)


def prose_span(paras: list[Paragraph]) -> tuple[int, int]:
    """Indices of the first and last unlabelled prose paragraphs, or (-1, -1)."""
    prose = [i for i, p in enumerate(paras) if not p.kind and is_prose(p.text)]
    return (prose[0], prose[-1]) if prose else (-1, -1)
