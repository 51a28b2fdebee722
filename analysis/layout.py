"""Read the layout of one article: split it into paragraphs, label each, find its metadata.

One general parser, driven by ``data/page_layout.yaml``, ``data/outlets.yaml`` and
``data/header_scoring.yaml`` (compiled by ``analysis.page_rules``); headlines and dates
are scored in ``analysis.metadata``, bylines read in ``analysis.bylines``. A paragraph is
one non-blank line of the file, or a piece of one where a byline, a credit, an outlet
marker, a date or a picture's alt text is glued to it. Labelling never deletes: each
paragraph keeps the exact characters it covers in ``raw``, so joining ``raw`` rebuilds
the file.

The steps, in the order they apply:

1. pieces glued together in the header are split: a labelled date before the headline or
   the lede (" date 2024-04-23 Headline"), a date and time before the lede, a headline
   glued to a caption by a picture's alt text ("Headline hinh anh 1Caption");
2. page furniture and chrome (``boilerplate``), credits, site names and publication notes
   (``credit``), photo captions (``caption``) and lines that are only a date (``dateline``);
   bylines that say so ("By X", "X / Outlet", a name in capitals with a title);
3. the headline is chosen by scoring every header line (``analysis.metadata``); copies of
   it are boilerplate, lines that start with it and go on are captions; no line good
   enough means no headline (flag ``no_headline``);
4. *prose* paragraphs are the long ones; the header runs to the first prose paragraph
   (or past a standfirst to the last dateline or byline near the top), the footer from the
   last one. Bylines are found there, with the affiliation lines right after them;
5. the first prose paragraph (after an outlet marker if there is one) is the ``lede``;
   short lines without a final stop are ``heading``; the rest is ``body``. Header lines
   between the last metadata line and the lede, standfirsts under the headline and
   sentences in the footer are text too: when unsure, the loader keeps text;
6. a paragraph that repeats the opening of an earlier one (a second copy of the lede)
   is marked ``repeat_of``: the shorter copy is the repeat;
7. the publication date, the outlet and the authors are chosen among the candidates with
   the evidence kept (``title_source``, ``author_source``, ``outlet_source``, flags).
   When no outlet of ``outlets.yaml`` is named, a publication note's publisher, the
   agency in the lede's dateline brackets or the site's own name line is taken, with
   the flag ``outlet_unlisted``. A headline broken over lines ("STATEMENT" / "by ..." /
   "on ...") is joined (``title.document_types`` of ``header_scoring.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from analysis.bylines import (
    NAME_OUTLET,
    byline_names,
    byline_outlet,
    capital_name,
    clean_author,
    date_byline,
    footer_byline,
    joined_names,
    lead_note_names,
    looks_like_name,
    name_then_date,
    note_names,
    place_names,
    without_place,
)
from analysis.dates import DateMatch, find_dates, parse_date
from analysis.dates.lexicon import WEEKDAYS_EN
from analysis.header_refine import refine_date, refine_title
from analysis.line_evidence import reads_as_text, running_text
from analysis.metadata import (
    MONTHS,
    Candidate,
    Scoring,
    absolute_dates,
    date_candidates,
    listed_items,
    page_keys,
    rank,
    same_day,
    score,
    title_features,
    unglue,
)
from analysis.outlet_refine import refine_outlet, site_of_domain
from analysis.page_rules import (
    TIME_OF_DAY,
    Rules,
    load_rules,
    outlet_in_line,
    outlet_named,
    scoring_of,
    site_affix,
    url_outlet,
)
from analysis.text import LONG_TEXT_CHARS, count_words, normalize_text, tokenize

__all__ = ["Article", "Paragraph", "Rules", "clean_author", "load_rules", "read_article"]

PROSE_MIN_WORDS = 25
PROSE_MIN_WORDS_WITH_STOP = 12
HEADING_MAX_WORDS = 22
TITLE_MAX_WORDS = 45
#: Paragraphs from the top in which a byline or dateline still belongs to the header.
HEADER_REACH = 12
NAME_WORD = r"[A-ZÀ-Ỹ][a-zà-ỹ]+"
_SENTENCE_STOP = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_FINAL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật)\b",
    re.I,
)
_GLUED_TAIL = re.compile(
    r"[\s,|-]*(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*"
    r"(?:\(?\s*(?:GMT|UTC|ICT)\s*[+-]?\s*\d{0,2}(?::?\d{2})?\s*\)?)?\s*['’]?",
    re.I,
)
_LEDE_PAREN = re.compile(r"^[^()]{0,40}?\((?P<inner>[^()]{2,80})\)")
#: An outlet named before a date label on a dateline: "Xinhua Published: 2017-11-17".
_AGENCY_BEFORE_LABEL = re.compile(
    r"^\s*([^:|]{2,40}?)\s+(?:published|posted|updated|source)\b", re.I
)
#: An outlet marker in brackets before a dash anywhere in the lede's opening (a photo
#: caption may be glued before it): "... (Photo: VNA) HCM City (VNA) – The ...".
_LEDE_MARKER = re.compile(r"\((?P<inner>[^()]{2,30})\)\s*[-–—]")
#: An agency's name glued to the capitals of the lede's dateline: "Associated PressHANOI, ...".
_GLUED_AGENCY = re.compile(r"^(?P<name>[A-Z][\w.&'’ -]{1,40}?[a-z.])(?=[A-ZÀ-Ỹ]{3,}\b)")
#: A dateline with an agency in brackets and a dash opening a lede: "TAIPEI (X) – The ...".
_LEDE_PAREN_DASH = re.compile(r"^[^()]{2,40}\([^()]{2,40}\)\s*(?:--|[-–—:])\s*\S")
#: "Source: FN The Prime Minister ...": the source named before the first sentence.
_LEDE_SOURCE = re.compile(r"^\s*source\s*:\s*((\S+)\s\S+)\s", re.I)
#: The dateline that opens a lede, up to its dash: "BEIJING, April 13, 2025 /PRNewswire/ — ".
_LEDE_OPENING = re.compile(r"^(?P<inner>[^.!?]{3,70}?)\s?(?:--|[-–—])\s")
#: A lede opening with a place and a day before a colon: "Kathmandu, Aug 23: The ...".
_LEDE_COLON = re.compile(r"^(?P<inner>[A-Z][\w .'-]{1,30},\s[A-Z][a-z]{2,8}\.?\s\d{1,2}):\s")
#: A credit of two or more sources joined by slashes, alone on a line: "VOV/VNN".
_SLASH_CREDIT = re.compile(r"^\(?[A-Z][\w.&]{1,15}(?:\s?/\s?[A-Z][\w.&]{1,15})+\)?$")
#: A byline naming a paper's staff, no person: "by New Worker correspondent".
_BY_OUTLET_STAFF = re.compile(
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
    date_reason: str = ""
    metadata_flags: list[str] = field(default_factory=list)


# --- step 0: lines -------------------------------------------------------------------


def split_lines(text: str) -> list[Paragraph]:
    """One Paragraph per non-blank line; blank lines stay in the ``raw`` of the line above.

    Whatever precedes the first non-blank line (a BOM-less blank start) is kept in the
    first paragraph's ``raw`` too, so ``"".join(p.raw for p in result) == text``.
    """
    lines = text.splitlines(keepends=True)
    paragraphs: list[Paragraph] = []
    prefix, block, blank_before = "", 0, False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
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


def _split(paras: list[Paragraph], i: int, at: int, kinds: tuple[str, str]) -> None:
    """Split paragraph ``i`` at character ``at`` of its raw text into two labelled pieces."""
    p = paras[i]
    head_raw, tail_raw = p.raw[:at], p.raw[at:]
    head = Paragraph(head_raw, head_raw.strip(), p.line, p.block, kinds[0])
    tail = Paragraph(tail_raw, tail_raw.strip(), p.line, p.block, kinds[1])
    paras[i : i + 1] = [head, tail]


def _raw_offset(p: Paragraph, text_offset: int) -> int:
    """Offset in ``p.raw`` of character ``text_offset`` of ``p.text``."""
    return p.raw.index(p.text) + text_offset


# --- step 1: pieces glued together in the header ---------------------------------------


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
        if text[end : end + 1] not in (")", "]"):
            return 0
        end += 1
        end += len(text[end:]) - len(text[end:].lstrip())
        head = head or 1  # a date in brackets before the headline counts as labelled
    rest = text[end:]
    timed = bool(TIME_OF_DAY.search(text[found[0].end : end]))
    glued = end > 0 and not text[end - 1].isspace() and rest[:1].isalpha()
    if count_words(rest) < 3 or not (head or timed or glued):
        return 0
    return end


def split_header_pieces(paras: list[Paragraph], rules: Rules) -> None:
    """Split dates glued before a headline or lede and headlines glued to a caption by
    a picture's alt text, in the lines up to the first prose paragraph."""
    scoring = scoring_of(rules)
    i = 0
    while i < len(paras) and i < HEADER_REACH + 4:
        p = paras[i]
        if not p.kind:
            end = glued_date_end(p.text, scoring)
            if end:
                _split(paras, i, _raw_offset(p, end), ("dateline", ""))
                continue
            alt = scoring.image_alt.search(p.text)
            if alt and count_words(p.text[: alt.start()]) >= 2:
                _split(paras, i, _raw_offset(p, alt.start()), ("", "caption"))
                paras[i].role = "alt_title"  # the text before a picture's alt text
                continue
            if is_prose(p.text):
                break
        i += 1


# --- step 2: labels that need no context ---------------------------------------------


def is_prose(text: str) -> bool:
    """Whether a paragraph reads as running text rather than a label or heading.
    Memoised for lines up to ``text.LONG_TEXT_CHARS`` (a longer one is not kept alive;
    its word count is)."""
    return _is_prose(text) if len(text) <= LONG_TEXT_CHARS else _prose_words(text)


@lru_cache(maxsize=8192)
def _is_prose(text: str) -> bool:
    return _prose_words(text)


def _prose_words(text: str) -> bool:
    words = count_words(text)
    return words >= PROSE_MIN_WORDS or (
        words >= PROSE_MIN_WORDS_WITH_STOP and bool(_SENTENCE_STOP.search(text))
    )


def dateline_date(text: str, rules: Rules) -> DateMatch | None:
    """The date of a line that holds nothing but a date (with weekday, time, "Updated")."""
    if count_words(text) > 14:
        return None
    text = unglue(text)  # "08:38:29Updated: ..." -> "08:38:29 Updated: ..."
    header = absolute_dates(text)
    match = header[0] if header else parse_date(text)
    if match is None:
        return None
    rest = text[: match.start] + " " + text[match.end :]
    rest = re.sub(r"^\s*[A-ZÀ-Ỹ][\w.]+\s*\|", " ", rest)  # "Singapore | 4 May 2021"
    rest = rules.dateline_word.sub(" ", TIME_OF_DAY.sub(" ", rest))
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    rest = _WEEKDAY.sub(" ", rest).strip()
    return match if len(rest) <= 2 else None


#: How many paragraphs at each end of a page are checked for a dateline (a line holding
#: nothing but a date). Articles have a few dozen paragraphs (the samples at most 57), so
#: every line of an article is checked; a list page of 100,000 short dated lines is
#: checked only at its head and foot, which bounds the date parsing of reading a page
#: (issue 11). Lines in between keep their other labels.
DATELINE_EDGE_PARAGRAPHS = 300


def near_edge(index: int, n: int, *, edge: int = DATELINE_EDGE_PARAGRAPHS) -> bool:
    """Whether paragraph ``index`` of ``n`` lies within ``edge`` paragraphs of either end."""
    return index < edge or index >= n - edge


def label_furniture(paras: list[Paragraph], rules: Rules) -> None:
    """Label boilerplate and chrome, credits, site names, publication notes, photo
    captions and datelines."""
    chrome = scoring_of(rules).chrome
    in_list_block = -1
    last_prose = next((i for i in range(len(paras) - 1, -1, -1) if is_prose(paras[i].text)), -1)
    for i, p in enumerate(paras):
        if p.kind:
            continue
        short = len(p.text) < 240
        if i == last_prose and rules.credit_glued.search(p.text[-240:]):
            continue  # "... last sentence. (Source: X)": a credit glued to the text, split later
        if p.block == in_list_block and is_prose(p.text) and _FINAL_STOP.search(p.text):
            in_list_block = -1  # a sentence of running text ends a list with no blank line
        if p.block == in_list_block and not rules.credit.match(p.text):
            p.kind = "boilerplate"
        elif rules.boilerplate.match(p.text):
            p.kind = "boilerplate"
            if rules.list_header.match(p.text):
                in_list_block = p.block
        elif (short and chrome.match(p.text)) or scoring_of(rules).chrome_prose.search(
            p.text[:400]
        ):
            p.kind = "boilerplate"
        elif rules.credit.match(p.text) or rules.publication_note.match(p.text):
            p.kind = "credit"
        elif (
            p.text.endswith(rules.marker_ends)
            and any(alone.match(p.text) for *_, alone in rules.outlets)
        ) or (short and count_words(p.text) <= 6 and outlet_named(p.text, rules)):
            p.kind, p.role = "credit", "marker"
        elif rules.photo_credit_end.search(p.text[-240:]) and count_words(p.text) <= 80:
            p.kind = "caption"
        elif near_edge(i, len(paras)) and dateline_date(p.text, rules) is not None:
            p.kind = "dateline"


def split_glued_credits(paras: list[Paragraph], rules: Rules) -> None:
    """Split credits glued to the end of a line: "... he added.- (VNA/VLLF)", and an outlet's
    name (any letter case) after a dash closing the last sentence: "... he said. — Bernama"."""
    i = 0
    while i < len(paras):
        p = paras[i]
        # Both patterns end the (stripped) line: ")" for a credit, else an outlet marker.
        if not p.kind and p.text.endswith((")", *rules.marker_ends)):
            match = rules.credit_glued.search(p.text) if p.text.endswith(")") else None
            found_ends = (end.search(p.text) for *_, end, _alone in rules.outlets)
            outlet_end = next((m for m in found_ends if m), None)
            found = match or outlet_end
            if found and found.start() > 0:
                _split(paras, i, _raw_offset(p, found.start()), ("", "credit"))
                paras[i + 1].role = "marker" if outlet_end and not match else ""
        elif (
            not p.kind
            and (named := _DASH_NAME_END.search(p.text[-60:]))
            and outlet_named(named.group("name"), rules)
            and len(p.text) > len(named.group(0))
        ):
            start = len(p.text) - len(p.text[-60:]) + named.start()
            _split(paras, i, _raw_offset(p, start), ("", "credit"))
            paras[i + 1].role = "marker"  # "... he said. — Bernama", any letter case
        i += 1


#: An outlet's name after a dash closing the last sentence: "... he said. — Bernama".
_DASH_NAME_END = re.compile(r"(?<=[.!?\"”’)])\s*[-–—]{1,2}\s*(?P<name>[A-Z][\w&.'’ -]{1,40}?)\s*$")


# --- step 2b: bylines that say so ------------------------------------------------------


def label_marked_bylines(paras: list[Paragraph], rules: Rules) -> None:
    """Bylines near the top that say so: "By X", "Writer: X", "X / Outlet", a name in capitals.
    A byline that names an outlet only ("By The Associated Press") is an outlet credit. A
    name over an ``affiliation_labels`` line ("Affiliation:") is a byline too."""
    affiliation = scoring_of(rules).affiliation_label
    for i, p in enumerate(paras[: HEADER_REACH + 6]):
        if p.kind or count_words(p.text) > 14:
            continue
        marked = rules.byline_prefix.match(p.text) or NAME_OUTLET.match(p.text)
        labelled = (  # a name over "Affiliation:" in an academic header
            affiliation is not None
            and i + 1 < len(paras)
            and affiliation.match(paras[i + 1].text)
            and looks_like_name(p.text.rstrip(" *†‡0-9,"), rules)
        )
        if not marked and not (
            labelled
            or capital_name(p.text, rules)
            or name_then_date(p.text, rules)
            or date_byline(p.text, rules)
            or (p.text.endswith("*") and looks_like_name(p.text, rules))
            or (
                p.text.rstrip(" |/–—-") != p.text
                and looks_like_name(p.text.rstrip(" |/–—-"), rules)
            )
        ):
            continue
        if marked and not byline_names(p.text, rules):
            if rules.byline_prefix.match(p.text) and outlet_named(
                rules.byline_prefix.match(p.text).group("name"), rules
            ):
                p.kind, p.role = "credit", "marker"
            continue
        p.kind, p.role = "byline", "author"
        if labelled:  # "Affiliation:" and the institution under it
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


def split_glued_byline(paras: list[Paragraph], last_prose: int) -> None:
    """Split a name glued to the last sentence: "... Resolution.Ho Thi Thanh Truc"."""
    if last_prose < 0:
        return
    p = paras[last_prose]
    match = re.search(rf"(?<=[a-z0-9\"”’)][.!?])({NAME_WORD}(?:\s{NAME_WORD}){{1,4}})$", p.text)
    if match:
        _split(paras, last_prose, _raw_offset(p, match.start()), ("", "byline"))
        paras[last_prose + 1].role = "author"


def label_bylines(paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules) -> None:
    """Bylines (author names) and the affiliation lines right after them, in header and
    footer; a lone name right above the headline (not the page's first line: a site's name
    stands there) is a byline too, as papers print their author over the title."""
    zones = [range(0, max(first_prose, 0)), range(last_prose + 1, len(paras))]
    # (no line becomes a title below: the first title's index, not a scan per line)
    first_title = next((i for i, q in enumerate(paras) if q.kind == "title"), len(paras))
    no_title = first_title == len(paras)
    for zone in zones:
        after_byline = False
        for i in zone:
            p = paras[i]
            title_seen = first_title < i
            if p.kind == "byline":
                after_byline = p.role == "author"
                continue
            if p.kind:
                after_byline = False
                continue
            prefixed = rules.byline_prefix.match(p.text) and count_words(p.text) <= 10
            footer = i > last_prose
            beside_date = _beside_dateline(paras, i)
            under_title = (  # the writer's bare name on the line right under the headline,
                # with the lede next ("Headline" / "Rowan Ashby" / "The minister said ...")
                i == first_title + 1 == first_prose - 1 and p.line == paras[first_title].line + 1
            )
            above_lede = (  # "Tariq Mahmood khan" alone right above the lede, under the
                # headline and its subtitle (a surname typed in lower case is still a name)
                title_seen
                and i == first_prose - 1
                and looks_like_name(_capital_surname(p.text), rules)
                and not outlet_named(p.text, rules)
                and not scoring_of(rules).section_label.match(p.text)
            )
            over_title = (  # "Rowan Ashby" over the headline, under the page's first line,
                # or alone above the lede of a page without a headline
                (
                    (i == first_title - 1 and i > 0)
                    or (no_title and i == first_prose - 1)
                    or under_title
                )
                and looks_like_name(p.text, rules)
                and not outlet_named(p.text, rules)
                and not scoring_of(rules).section_label.match(p.text)
            )
            named = (
                over_title
                or above_lede
                or capital_name(p.text, rules)
                or joined_names(p.text, rules)
                or (beside_date and title_seen and looks_like_name(without_place(p.text), rules))
                or (footer and (looks_like_name(p.text, rules) or footer_byline(p.text, rules)))
            )
            if _BY_OUTLET_STAFF.match(normalize_text(p.text)):  # "by New Worker correspondent"
                p.kind, p.role, after_byline = "byline", "outlet", False
            elif (prefixed and byline_names(p.text, rules)) or named:
                p.kind, p.role, after_byline = "byline", "author", True
            elif (
                after_byline
                and not reads_as_text(p.text, is_prose(p.text))  # no standfirst either
                and not _LEDE_PAREN_DASH.match(p.text)  # "TAIPEI (Taiwan News) – The ..."
                and count_words(p.text) <= 30
                and not scoring_of(rules).section_label.match(p.text)
                and not re.match(r"^(?:\d{1,2}|[IVX]{1,4})\.\s", p.text)
            ):
                p.kind, p.role = "byline", "affiliation"


# --- step 3: the headline ------------------------------------------------------------


def _pull_quote(text: str) -> bool:
    """A paragraph that is one quotation from end to end: a pull quote above the headline."""
    return text[:1] in '“"«' and text.rstrip()[-1:] in '”"»' and text.count("“") <= 1


#: Title features that mark a line as page chrome: such a line is never "the first".
_CHROME_FEATURES = frozenset(
    {"navigation", "chrome_word", "outlet_name", "has_date", "capitals_short", "quoted"}
    | {"numbered", "name_like", "lowercase_start", "after_byline", "prose", "foreign_script"}
    | {"site_name", "organisation_name", "label_list", "under_site_name", "list_item"}
    | {"listed_item", "bracketed_motto", "agency_dateline", "section_pipe"}
)

#: Title penalties that only rank a line below a likelier one (a section's kicker before a
#: pipe, a subtitle under another headline-like line); dropped for the only candidate.
_RELATIVE_FEATURES = frozenset({"section_pipe", "below_title_like"})
#: A section's name (one or two words) before a pipe and a topic: "Asia | The ruling party".
_SECTION_PIPE = re.compile(r"^[A-Z][\w&'-]*(?: [A-Z&][\w&'-]*)?\s?\|\s?[^|]{2,60}$")
#: A quoted source opening the text: 'My Way News reports: "..."'.
_SOURCE_REPORTS = re.compile(
    r"^(?P<name>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4})"
    r" (?:reports|reported|writes|wrote)\s*:\s*[\"“]"
)
#: The separators between a page title's headline and its section or site names.
_TITLE_SEP = re.compile(r"^\s[|–—-]\s")
#: A source's name glued to a numeric date, alone on a line: "Bangkok Post19-07-2025".
_NAME_GLUED_DATE = re.compile(
    r"^(?P<name>[A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*){0,4})"
    r"\s?\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}$"
)
#: A date and time glued before the lede's first word: ", 23/08/2017 16:08The ...".
_LEDE_STAMP = re.compile(r"^[,\s]*(?P<inner>\d{1,2}/\d{1,2}/(?:19|20)\d{2}\s+\d{1,2}:\d{2})")
#: A site's name and its motto in square brackets: "The X News Magazine [Covering Y]".
_BRACKET_MOTTO = re.compile(r"^(?P<name>[^\[\]]{2,60}?)\s*\[[^\[\]]{3,80}\]$")
#: An agency copy's dateline: a place, a day and month (a year optional), the agency's
#: name in capitals: "Baku, March 3, AZERTAC", "Minsk, 4 May 2021, BELTA".
_AGENCY_DATELINE = re.compile(
    r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2},\s"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
    r"(?:,? (?:19|20)\d{2})?,\s(?P<name>[A-Z][A-Z0-9&-]{2,15})$"
)


def _above_photo_credit(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """The line, a sentence with its full stop, stands right above a photo credit alone on
    its line ("Foto: AFP", "Photo: VNA"), its own copy skipped between: a caption, not a
    headline (a headline over a credit has no full stop: "Delegation heads east" / "Photo: AP")."""
    text = normalize_text(paras[i].text)
    if not text.endswith("."):
        return False
    for q in paras[i + 1 : i + 3]:
        other = normalize_text(q.text)
        if other == text:
            continue
        return count_words(other) <= 6 and bool(rules.photo_credit_end.match(other))
    return False


def _site_motto(text: str, scoring: Scoring) -> str:
    """The site's name of a line "Name [motto]" (the name a short line of capitalised
    words, ``site_name.max_words`` at most), or ""."""
    found = _BRACKET_MOTTO.match(normalize_text(text))
    if not found:
        return ""
    words = found.group("name").split()
    capitalised = all(w[:1].isupper() or w.casefold() in ("of", "and", "the", "&") for w in words)
    return found.group("name") if capitalised and len(words) <= scoring.site_name_max_words else ""


def title_candidates(paras: list[Paragraph], rules: Rules) -> list[Candidate]:
    """Every header line that could be the headline, scored (best first)."""
    scoring = scoring_of(rules)
    first_prose = next(
        (
            i
            for i, p in enumerate(paras)
            if not p.kind and is_prose(p.text) and not _pull_quote(p.text)
        ),
        len(paras),
    )
    candidates: list[Candidate] = []
    first_seen = False
    keys = page_keys(paras, limit=120)
    header = paras[: min(first_prose, HEADER_REACH * 2)]
    listed = listed_items([p.text for p in header], scoring)
    for i, p in enumerate(paras[: min(first_prose, HEADER_REACH * 2)]):
        if p.kind or count_words(p.text) > TITLE_MAX_WORDS:
            continue
        features = title_features(
            paras,
            i,
            first_candidate=False,
            is_prose=is_prose(p.text),
            is_outlet_name=outlet_named(p.text, rules) is not None,
            has_site_name=site_affix(p.text, rules),
            first_prose=first_prose,
            scoring=scoring,
            keys=keys,
        )
        if p.role == "alt_title":
            features.append("image_alt_title")
        if _site_motto(p.text, scoring):
            features.append("bracketed_motto")  # "Site Name [Motto of the site]"
        if _AGENCY_DATELINE.match(normalize_text(p.text)):
            features.append("agency_dateline")  # "Baku, March 3, AZERTAC"
        if _above_photo_credit(paras, i, rules) and "caption_like" not in features:
            features.append("caption_like")  # "A national flag." / (again) / "Foto: AFP"
        if _SECTION_PIPE.match(normalize_text(p.text)) and "site_name" not in features:
            features.append("section_pipe")  # "Asia | The ruling party": section and topic
        if i in listed:
            features.append("listed_item")  # "DUBAI: Other story - September 10, 2023"
        if not first_seen and not _CHROME_FEATURES.intersection(features):
            features.append("first_candidate")  # the first line that can be a headline
            first_seen = True
        value = score(features, scoring.title_weights)
        candidates.append(Candidate(i, p.text, value, tuple(features), p.text))
    candidates = _mark_subtitles(candidates, scoring)
    if len(candidates) == 1 and "name_like" not in candidates[0].reasons:
        only = candidates[0]  # (a lone person's name is a byline, not the only headline)
        # a penalty that only says "another line is likelier" has nothing to compare with:
        # a lone "Region | Headline" is the headline under its kicker
        features = [*(r for r in only.reasons if r not in _RELATIVE_FEATURES), "only_candidate"]
        candidates = [
            Candidate(
                only.index,
                only.value,
                score(features, scoring.title_weights),
                tuple(features),
                only.text,
            )
        ]
    return rank(candidates)


def _mark_subtitles(candidates: list[Candidate], scoring: Scoring) -> list[Candidate]:
    """A candidate right under another headline-like line (good length, no feature against
    it) is more likely the subtitle: it gains the ``below_title_like`` feature."""
    by_index = {c.index: c for c in candidates}
    marked = []
    for c in candidates:
        above = by_index.get(c.index - 1)
        if (
            above is not None
            and "repeated" not in c.reasons  # the headline printed twice is no subtitle
            and "good_length" in above.reasons
            and not any(scoring.title_weights.get(f, 0.0) < 0 for f in above.reasons)
        ):
            features = (*c.reasons, "below_title_like")
            c = Candidate(
                c.index, c.value, score(list(features), scoring.title_weights), features, c.text
            )
        marked.append(c)
    return marked


def choose_title(paras: list[Paragraph], rules: Rules) -> tuple[Candidate | None, Candidate | None]:
    """The winning headline candidate (None when none scores enough) and a close runner-up."""
    scoring = scoring_of(rules)
    ranked = title_candidates(paras, rules)
    if not ranked or ranked[0].score < scoring.title_min:
        return None, ranked[0] if ranked else None
    best = ranked[0]
    runner = next(
        (c for c in ranked[1:] if best.score - c.score <= scoring.title_margin and c.score > 0),
        None,
    )
    return best, runner


def label_title(paras: list[Paragraph], rules: Rules | None = None) -> str:
    """Label the best-scoring header line as the title (see ``choose_title``); its exact
    copies elsewhere in the header become boilerplate. Returns the title or ""."""
    rules = rules or load_rules()
    best, _ = choose_title(paras, rules)
    if best is None:
        return ""
    paras[best.index].kind = "title"
    mark_title_copies(paras, best.index)
    return paras[best.index].text


def mark_title_copies(paras: list[Paragraph], title_index: int) -> None:
    """Unlabelled exact copies of the headline are boilerplate (a repeated headline)."""
    key = normalize_text(paras[title_index].text).casefold()
    for i, p in enumerate(paras):
        if i == title_index or p.kind or len(p.text) > 2 * len(key) + 10:
            continue
        if normalize_text(p.text).casefold() == key:
            p.kind = "boilerplate"


def label_captions(paras: list[Paragraph], title: str) -> None:
    """Captions with the title glued to their front, and image titles right above a caption."""
    key = normalize_text(title).lower()
    for i, p in enumerate(paras):
        if p.kind:
            continue
        text = normalize_text(p.text).lower()
        if key and text.startswith(key) and len(text) > len(key) + 10:
            rest = text[len(key) :]
            site_title = re.match(r"\s*[|–—-]\s", rest) and count_words(rest) <= 6
            p.kind = "boilerplate" if site_title else "caption"  # "Headline | Outlet"
            continue
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if (
            nxt is not None
            and nxt.kind == "caption"
            and nxt.block == p.block
            and not is_prose(p.text)
            and not _SENTENCE_STOP.search(p.text)
        ):
            p.kind = "caption"


# --- step 4: lede, headings, body ----------------------------------------------------


def split_lede_marker(paras: list[Paragraph], rules: Rules, *, reach: int = 3) -> str:
    """Split an outlet marker off one of the first ``reach`` prose paragraphs ("WVR - ...",
    "Hanoi (VNA) - ...", "(KPL) ..."); return the outlet."""
    seen = 0
    for i, p in enumerate(paras):
        if p.kind or not is_prose(p.text):
            continue
        opening = p.text[:120]
        for (name, _credited, start, _end, _alone), marker in zip(
            rules.outlets, rules.marker_ends, strict=True
        ):
            found = start.match(p.text) if marker in opening else None
            if found:
                _split(paras, i, _raw_offset(p, found.end()), ("credit", ""))
                paras[i].role = "marker"
                return name
        seen += 1
        if seen >= reach:
            return ""
    return ""


def _sentence_like(text: str, rules: Rules) -> bool:
    """A standfirst: seven words or more that read as a sentence, not a name or a label."""
    words = text.split()
    if len(words) < 7 or looks_like_name(text, rules):
        return False
    lower = sum(w[:1].islower() for w in words)
    return bool(_FINAL_STOP.search(text)) or lower / len(words) >= 0.5


def _beside_dateline(paras: list[Paragraph], i: int) -> bool:
    """Whether the nearest paragraph above or below ``i``, page chrome skipped, is a dateline,
    or the line below names the outlet ("James Harlow" over "BBC News, Hanoi")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(paras) and paras[j].kind == "boilerplate":
            j += step
        if 0 <= j < len(paras) and paras[j].kind == "dateline":
            return True
        if step == 1 and 0 <= j < len(paras) and paras[j].role == "marker":
            return not _before_lede(paras, j)
    return False


def _footer_sentence(text: str, rules: Rules) -> bool:
    """A short sentence after the last prose paragraph: "Both sides agreed." is text."""
    return (
        count_words(text) >= 2
        and text[:1].isupper()
        and bool(_FINAL_STOP.search(text))
        and not looks_like_name(text.rstrip("."), rules)
        and not scoring_of(rules).chrome.match(text)
    ) or running_text(text)  # a sentence cut off, or followed by "… Read More"


def label_text(
    paras: list[Paragraph],
    first_prose: int,
    last_prose: int,
    rules: Rules | None = None,
) -> None:
    """Label the lede, headings and body. In the header, lines after the last labelled line
    and standfirsts under the headline are text, other leftovers boilerplate; in the
    footer, sentences are text and other leftovers boilerplate."""
    rules = rules or load_rules()
    header = range(0, max(first_prose, 0))
    anchor = max((i for i in header if paras[i].kind), default=-1)
    title = next((i for i in header if paras[i].kind == "title"), -1)
    for i, p in enumerate(paras):
        if p.kind:
            continue
        short = count_words(p.text) <= HEADING_MAX_WORDS
        heading = "heading" if short and not _SENTENCE_STOP.search(p.text) else "body"
        if i == first_prose:
            p.kind = "lede"
        elif first_prose < i < last_prose:
            p.kind = heading
        elif i < first_prose:
            text_line = i > anchor or (0 <= title < i and _sentence_like(p.text, rules))
            p.kind = heading if text_line else "boilerplate"
        else:
            text_line = is_prose(p.text) or _footer_sentence(p.text, rules)
            p.kind = "body" if text_line else "boilerplate"


def mark_repeats(paras: list[Paragraph], *, opening_words: int = 12, window: int = 4) -> None:
    """Mark a repeated lede: among the first ``window`` text paragraphs, two that open with
    the same ``opening_words`` words are copies, and the shorter one is the repeat."""
    text_paras = [i for i, p in enumerate(paras) if p.kind in ("lede", "body")][:window]
    seen: dict[tuple[str, ...], int] = {}
    for i in text_paras:
        key = tuple(tokenize(paras[i].text, limit=opening_words))
        if len(key) < opening_words:
            continue
        if key in seen:
            j = seen[key]
            shorter, longer = (i, j) if len(paras[i].text) <= len(paras[j].text) else (j, i)
            paras[shorter].repeat_of = longer
            seen[key] = longer
        else:
            seen[key] = i


# --- metadata from the labelled paragraphs -------------------------------------------


def outlet_evidence(
    paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules
) -> list[tuple[float, int, str, str, str]]:
    """Every place that names the outlet, as (weight, paragraph index, name, credited,
    reason): the site's own name in the header, alone or beside the headline as in a page
    title (5.5: the site publishes what its lede credits), a marker before the lede (5), a
    credit or publication note (4), the agency in the lede's dateline (4), a byline
    "Name / Outlet" or "By <agency>" (3), an outlet's full name inside another header or
    footer line (1)."""
    found: list[tuple[float, int, str, str, str]] = []
    header = max(first_prose, 0)
    for i, p in enumerate(paras):
        zone = i < header or i > last_prose or p.role == "marker"
        if i < header and p.kind in ("credit", "boilerplate") and not _before_lede(paras, i):
            hit = outlet_named(p.text, rules) if count_words(p.text) <= 6 else None
            if hit is None and site_affix(p.text, rules):
                parts = re.split(r"\s[|–—-]\s", normalize_text(p.text))
                hit = outlet_named(parts[-1], rules) or outlet_named(parts[0], rules)
            if hit:
                found.append((5.5, i, *hit, f"site name {p.text!r}"))
                continue
        link = _SOURCE_LINK.match(normalize_text(p.text)) if p.kind not in _TEXT_KINDS else None
        found_url = url_outlet(link.group("url"), rules) if link else None
        if found_url and found_url[3]:  # "Link: https://en.nhandan.vn/..." names a listed site
            found.append((4.0, i, found_url[0], found_url[1], f"source address {p.text[:80]!r}"))
            continue
        if p.kind == "credit":
            hit = _credit_outlet(p, rules)
            if hit:
                weight = 5.0 if p.role == "marker" and _before_lede(paras, i) else 4.0
                found.append((weight, i, *hit, f"credit line {p.text!r}"))
                continue
        if p.kind == "byline":
            hit = byline_outlet(p.text, rules) or outlet_in_line(p.text, rules)
            if hit:
                found.append((3.0, i, *hit, f"byline {p.text!r}"))
                continue
        if p.kind == "lede" or (i == first_prose):
            glued = _GLUED_AGENCY.match(p.text)  # "Associated PressHANOI, Vietnam — ..."
            hit = outlet_named(glued.group("name"), rules) if glued else None
            if hit:
                found.append((4.0, i, *hit, f"agency glued to the lede's dateline {p.text[:40]!r}"))
                continue
            bracketed = dateline_outlet(p.text, rules)
            if bracketed:
                hit, shown = bracketed
                found.append((4.0, i, *hit, f"dateline of the lede {shown!r}"))
                continue
            source = _LEDE_SOURCE.match(p.text)  # "Source: FN The Prime Minister ..."
            hit = source and (
                outlet_named(source.group(1), rules) or outlet_named(source.group(2), rules)
            )
            if hit:
                found.append((4.0, i, *hit, f"source named before the lede {source.group(0)!r}"))
                continue
        if p.kind == "title" and ":" in p.text[:40]:
            hit = outlet_named(p.text.split(":", 1)[0], rules)
            if hit:
                found.append((3.0, i, *hit, f"headline prefix {p.text.split(':', 1)[0]!r}"))
                continue
        if p.kind in ("dateline", "boilerplate") and i < header and absolute_dates(p.text):
            label = _AGENCY_BEFORE_LABEL.match(p.text)  # "Xinhua Published: 2017-11-17"
            hit = outlet_named(label.group(1), rules) if label else None
            if hit:
                found.append((3.0, i, *hit, f"named before the date label {p.text!r}"))
                continue
        if p.kind in _TEXT_KINDS:
            hit = _self_reference(p.text, rules)
            if hit:
                found.append((2.0, i, *hit[:2], f"names itself in the text {hit[2]!r}"))
            continue
        slashed = _SLASH_CREDIT.match(normalize_text(p.text)) if zone else None
        if slashed and p.kind in ("boilerplate", "credit", ""):  # "VOV/VNN": the first listed
            parts = re.split(r"\s?/\s?", normalize_text(p.text).strip("()"))
            hit = next((h for h in (outlet_named(x, rules) for x in parts) if h), None)
            if hit:
                found.append((4.0, i, *hit, f"credit of sources {p.text!r}"))
                continue
        if zone and p.kind in ("boilerplate", "dateline", "byline", "credit", "heading", ""):
            hit = outlet_in_line(p.text, rules)
            if hit and _ORIGIN.match(p.text):  # "(From X)": where the piece came from
                found.append((_ORIGIN_WEIGHT, i, *hit, f"origin of the piece {p.text!r}"))
            elif hit:
                found.append((1.0, i, *hit, f"named in {p.text!r}"))
    return found


#: A header or footer line naming where a piece came from: "(From East Asia Forum)",
#: "Via X", "Courtesy of X". It names the source, which a name of the site itself
#: elsewhere on the page (its categories, its copyright) outranks; the source is then
#: the ``credited`` one.
_ORIGIN = re.compile(r"^\s*[(\[]?\s*(?:from|via|courtesy(?: of)?)\b", re.I)
_ORIGIN_WEIGHT = 0.9


#: A line giving the source's address: "Link: https://...", "Source: https://...".
_SOURCE_LINK = re.compile(
    r"^\(?\s*(?:link|source|sources|nguồn|original(?: article)?|read (?:more|the original)(?: at)?)"
    r"\s*:?\s*(?P<url>https?://\S+)\)?$",
    re.I,
)
_TEXT_KINDS = ("lede", "body", "heading")


def _self_reference(text: str, rules: Rules) -> tuple[str, str, str] | None:
    """A listed outlet the text names as itself (``self_references`` of
    ``data/header_scoring.yaml``: "Radio Free Asia's call to ... went unanswered", "...
    in an interview with StratNews Global Editor ..."), as (name, credited, the words), or
    None. The first and longest run of words of the group ``name`` naming an outlet counts."""
    text = normalize_text(text)
    for pattern in scoring_of(rules).self_references:
        for found in pattern.finditer(text):
            words = found.group("name").split()  # may start with words before the name
            for start in range(len(words)):
                for end in range(len(words), start, -1):
                    hit = outlet_named(" ".join(words[start:end]), rules)
                    if hit:
                        return hit[0], hit[1], found.group(0)
    return None


def _before_lede(paras: list[Paragraph], i: int) -> bool:
    return i + 1 < len(paras) and paras[i + 1].line == paras[i].line


def _credit_outlet(p: Paragraph, rules: Rules) -> tuple[str, str] | None:
    """The outlet a credit paragraph names (marker, site name, "Source: X", publication note)."""
    text = p.text.rstrip(" -–—:")
    for name, credited, start, end, alone in rules.outlets:
        if alone.match(text) or end.search(" ." + text) or start.match(p.text + " X"):
            return name, credited
    named = outlet_named(text, rules)
    if named:
        return named
    note = rules.publication_note.match(p.text)
    if note and (note.groupdict().get("outlet") or "").strip():  # a note may name none
        wanted = normalize_text(note.group("outlet")).lower()
        for name, credited, *_ in rules.outlets:
            if name.lower() in wanted or wanted in name.lower():
                return name, credited
    return None


def find_outlet(paras: list[Paragraph], rules: Rules) -> tuple[str, str]:
    """Outlet and credited agency: the strongest evidence of ``outlet_evidence``."""
    first_prose, last_prose = _text_span(paras)
    evidence = outlet_evidence(paras, first_prose, last_prose, rules)
    if not evidence:
        return "", ""
    best, credited = _best_outlet(evidence)
    return best[2], credited


def _best_outlet(
    evidence: list[tuple[float, int, str, str, str]],
) -> tuple[tuple[float, int, str, str, str], str]:
    """The strongest evidence (the earlier line on a tie) and the outlet it credits; when
    the site names itself and a line names where the piece came from ("(From X)"), X."""
    best = max(evidence, key=lambda e: (e[0], -e[1]))
    origin = [e for e in evidence if e[0] == _ORIGIN_WEIGHT and e[2] != best[2]]
    if origin and not best[3]:  # the site named itself; the piece came from another outlet
        return best, origin[0][2]
    return best, best[3]


#: A bracketed part of a lede's opening: "(VNA)", "(NNN-Bernama)", "(X / Y - 25th Oct, 2022)".
_BRACKETED = re.compile(r"\((?P<inner>[^()]{2,80})\)")
#: How far into the lede a bracket counts as the dateline's without a dash after it.
_DATELINE_REACH = 60


def dateline_outlet(text: str, rules: Rules) -> tuple[tuple[str, str], str] | None:
    """The outlet named in a bracket of the lede's dateline, and that bracket: any bracket
    opening within ``_DATELINE_REACH`` characters, or one followed by a dash further on
    (a caption glued before it: "(Photo: VNA) HCM City (VNA) – "); each part of it split
    at "/", "," and "-" is tried in turn, so a news network's prefix or a place does not
    hide the agency ("HANOI (Vietnam), July 21 (NNN-Bernama) — ")."""
    for bracket in _BRACKETED.finditer(text[:200]):
        if bracket.start() > _DATELINE_REACH and not _LEDE_MARKER.match(text, bracket.start()):
            continue
        for part in re.split(r"\s*[/,-]\s*", bracket.group("inner")):
            hit = outlet_named(part, rules) if part else None
            if hit:
                return hit, bracket.group(0)
    return None


def _text_span(paras: list[Paragraph]) -> tuple[int, int]:
    """Indices of the first and last text paragraphs (lede, heading, body) or (-1, -1)."""
    text = [i for i, p in enumerate(paras) if p.kind in ("lede", "body", "heading")]
    return (text[0], text[-1]) if text else (-1, -1)


def date_sources(
    paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules
) -> list[tuple[int, str, str]]:
    """The texts that may hold the publication date, with their base feature: header lines
    (datelines, the headline, other furniture), the lede's dateline, footer publication
    notes and datelines. Captions and body text are never sources; on a page without
    text, other header lines count only within ``DATELINE_EDGE_PARAGRAPHS`` of either end."""
    sources = []
    lede = next((i for i, p in enumerate(paras) if p.kind == "lede"), first_prose)
    for i, p in enumerate(paras):
        in_header = i < max(first_prose, 0) or first_prose < 0
        note = rules.publication_note.match(p.text) if p.kind == "credit" else None
        if note and note.groupdict().get("date"):
            sources.append((i, note.group("date"), "publication_note"))
        elif p.kind == "credit" and p.role == "marker" and _before_lede(paras, i):
            sources.append((i, p.text, "lede_dateline"))
        elif i in (first_prose, lede):  # the first text line, or the lede under a label
            paren = _LEDE_PAREN.match(p.text)
            opening = (
                paren
                or _LEDE_OPENING.match(p.text)
                or _LEDE_COLON.match(p.text)
                or _LEDE_STAMP.match(p.text)
            )
            if opening:  # "29-1-2024 (MANILA) ...", "Hanoi, 26 October 2021 (TDI): ..."
                sources.append((i, opening.group(0 if paren else "inner"), "lede_dateline"))
        elif p.kind == "dateline" and (in_header or i > last_prose):
            sources.append((i, p.text, "dateline" if in_header else "header_line"))
        elif p.kind == "title":
            sources.append((i, p.text, "title_line"))
        elif (
            in_header
            and p.kind in ("", "boilerplate", "credit", "byline", "heading")
            and near_edge(i, len(paras))
        ):
            sources.append((i, p.text, "header_line"))
    return sources


def choose_date(
    paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules
) -> tuple[Candidate | None, Candidate | None, Candidate | None]:
    """The winning publication date, the page's own date when the winner is a footer
    publication note (else None), and a close runner-up with another day (else None)."""
    scoring = scoring_of(rules)
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    sources = date_sources(paras, first_prose, last_prose, rules)
    ranked = [
        c for c in date_candidates(sources, paras, title, scoring) if c.score >= scoring.date_min
    ]
    if not ranked:
        return None, None, None
    best = ranked[0]
    others = [c for c in ranked[1:] if "publication_note" not in c.reasons]
    page = others[0] if "publication_note" in best.reasons and others else None
    runner = next(
        (
            c
            for c in others
            if not same_day(best, c) and best.score - c.score <= scoring.date_margin
        ),
        None,
    )
    return best, page, runner


def find_article_dates(paras: list[Paragraph], first_prose: int, rules: Rules) -> dict[str, object]:
    """The chosen publication date by zone: ``{"footer": (date, evidence)}`` for a footer
    publication note (with the page's own date under ``"header"``), else
    ``{"header": (date, evidence)}``; empty when no date scored enough."""
    last_prose = _text_span(paras)[1]
    best, page, _ = choose_date(paras, first_prose, last_prose, rules)
    if best is None:
        return {}
    zone = "footer" if "publication_note" in best.reasons else "header"
    found: dict[str, object] = {zone: (best.value, paras[best.index].text)}
    if page is not None:
        found["header"] = (page.value, paras[page.index].text)
    return found


def _prose_span(paras: list[Paragraph]) -> tuple[int, int]:
    """Indices of the first and last unlabelled prose paragraphs, or (-1, -1)."""
    prose = [i for i, p in enumerate(paras) if not p.kind and is_prose(p.text)]
    return (prose[0], prose[-1]) if prose else (-1, -1)


def header_end(paras: list[Paragraph], first_prose: int) -> int:
    """The first prose paragraph after the header: past a standfirst to the last dateline
    or byline within the first ``HEADER_REACH`` paragraphs."""
    if first_prose < 0:
        return first_prose
    meta = [
        i
        for i, p in enumerate(paras[:HEADER_REACH])
        if p.kind in ("dateline", "byline") and i > first_prose
    ]
    if not meta:
        return first_prose
    later = [i for i, p in enumerate(paras) if i > meta[-1] and not p.kind and is_prose(p.text)]
    return later[0] if later else first_prose


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def document_heading(paras: list[Paragraph], rules: Rules) -> tuple[Candidate] | None:
    """A document-type headline broken over several lines ("STATEMENT" / "by the
    Spokesperson of ..." / "on ..."): the type line (``title.document_types`` of
    ``data/header_scoring.yaml``) and the lines right under it that continue it (each
    starts in lower case or follows a line ending with a comma; no date), joined. Their
    paragraphs are labelled ``title``; returns the joined candidate, or None."""
    scoring = scoring_of(rules)
    if scoring.document_type is None:
        return None
    first_prose = next((i for i, p in enumerate(paras) if not p.kind and is_prose(p.text)), 0)
    for i, p in enumerate(paras[: min(first_prose, HEADER_REACH)]):
        if not scoring.document_type.match(normalize_text(p.text)):
            continue
        parts, j = [i], i + 1
        while j < len(paras) and paras[j].line == paras[j - 1].line + 1 and j != first_prose:
            text = normalize_text(paras[j].text)
            joins = text[:1].islower() or normalize_text(paras[j - 1].text).endswith(",")
            if not joins or _YEAR.search(text) or paras[j].kind == "dateline":
                break
            parts.append(j)
            j += 1
        if len(parts) < 2:
            return None
        text = " ".join(normalize_text(paras[k].text) for k in parts)
        for k in parts:
            paras[k].kind, paras[k].role = "title", ""
        return (Candidate(i, text, 0.0, ("document_heading",), text),)
    return None


def read_article(text: str) -> Article:
    """Split one decoded article into labelled paragraphs and read its metadata."""
    rules = load_rules()
    paras = split_lines(text)
    split_header_pieces(paras, rules)
    label_furniture(paras, rules)
    split_glued_credits(paras, rules)
    label_marked_bylines(paras, rules)
    heading = document_heading(paras, rules)
    if heading:
        best_title, title_runner = heading[0], None
    else:
        best_title, title_runner = choose_title(paras, rules)
    title = ""
    if best_title is not None:
        paras[best_title.index].kind = "title"
        mark_title_copies(paras, best_title.index)
        title = paras[best_title.index].text
    if heading:
        title = best_title.text
    label_captions(paras, title)
    outlet_from_lede = split_lede_marker(paras, rules)
    split_glued_byline(paras, _prose_span(paras)[1])
    first_prose, last_prose = _prose_span(paras)
    first_prose = header_end(paras, first_prose)
    label_bylines(paras, first_prose, last_prose, rules)
    label_text(paras, first_prose, last_prose, rules)
    mark_repeats(paras)
    label = scoring_of(rules).title_label.match(title)
    title = without_outlet_suffix(title[label.end() :] if label else title, rules)
    article = Article(paragraphs=paras, title=title)
    _read_outlet(article, first_prose, last_prose, outlet_from_lede, rules)
    refine_outlet(article, rules)
    _read_authors(article, last_prose, rules)
    _read_dates(article, first_prose, last_prose, rules)
    _title_evidence(article, best_title, title_runner)
    refine_title(article, rules)
    refine_date(article)
    return article


def without_outlet_suffix(title: str, rules: Rules) -> str:
    """A headline without an outlet's name appended as a page title does ("Deals signed –
    Reuters", "Talks held | Khmer Times"); other headlines unchanged."""
    parts = re.split(r"\s[|–—-]\s", title)
    if len(parts) > 1 and outlet_named(parts[-1], rules) and count_words(parts[0]) >= 3:
        return title[: title.rfind(parts[-1])].rstrip(" |–—-")
    return title


def _title_evidence(article: Article, best: Candidate | None, runner: Candidate | None) -> None:
    paras = article.paragraphs
    if best is None:
        article.metadata_flags.append("no_headline")
        article.title_source = "no headline: " + (
            f"best line scored too low, {runner.describe(paras)}" if runner else "no header line"
        )
        return
    article.title_source = best.describe(paras)
    if runner is not None:
        article.title_source += f"; runner-up {runner.text[:60]!r} {runner.describe(paras)}"
        article.metadata_flags.append("title_uncertain")


def _read_outlet(
    article: Article, first_prose: int, last_prose: int, from_lede: str, rules: Rules
) -> None:
    paras = article.paragraphs
    evidence = outlet_evidence(paras, first_prose, last_prose, rules)
    if not evidence:
        unlisted = unlisted_outlet(paras, first_prose, rules)
        if unlisted is not None:
            article.outlet = unlisted[0]
            article.outlet_source = f"{unlisted[1]}, an outlet missing from data/outlets.yaml"
            article.metadata_flags.append("outlet_unlisted")
            return
        lede = paras[first_prose].text if 0 <= first_prose < len(paras) else ""
        paren = _LEDE_PAREN.match(lede)
        if paren and len(paren.group("inner")) <= 30:  # too short to guess ("NV")
            article.outlet_source = (
                f"not named; the lede's dateline credits {paren.group('inner')!r}, "
                "an agency or outlet missing from data/outlets.yaml"
            )
        return
    best, credited = _best_outlet(evidence)
    article.outlet, article.credited = best[2], credited
    if "site name" in best[4] and not article.credited:
        agency = next((e for e in evidence if e[0] in (4.0, 5.0) and e[2] != best[2]), None)
        article.credited = agency[2] if agency else ""  # the source the site's lede credits
    article.outlet_source = f"line {paras[best[1]].line}: {best[4]}"
    others = sorted({e[2] for e in evidence if e[0] >= 3 and e[2] != best[2]})
    if others:
        article.outlet_source += f"; also named: {', '.join(others)}"
    if from_lede and from_lede != article.outlet:
        article.outlet_source += f"; lede marker names {from_lede}"


#: "Source: Lao Tribune", "Nguồn: X": a credit line naming where the story comes from.
_SOURCE_LINE = re.compile(
    r"^\(?\s*(?:source|sources|nguồn|courtesy(?: of)?)\s*:?\s*(?P<name>[^()]{2,60})\)?$", re.I
)
#: An agency's marker closing the text after its last sentence: "... he said. (KPL)",
#: "... the sea. — ANTARA", "... in May.-(XYZ/ABC)".
_END_MARKER = re.compile(
    r"(?<=[.!?\"”’])\s*[-–—]{0,2}\s*(?:\((?P<a>[A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?)\)"
    r"|(?<=[-–—]\s)(?P<b>[A-Z]{2,10}))\s*$"
)


#: The outlet in a byline's staff credit: "By: Marcus Stone, Taiwan News, Staff Writer".
_STAFF_OUTLET = re.compile(
    r",\s*(?P<outlet>[^,]{2,40}?),?\s+(?:senior\s+|staff\s+)?(?:writer|reporter|correspondent)s?\s*$",
    re.I,
)


def _site_note(p: Paragraph, rules: Rules) -> str:
    """The site or publisher a chrome or note line names (``site_notes`` of
    ``data/header_scoring.yaml``: "Published online by X:", "Subscribe to X to ...",
    "© 2024 X."), or ""."""
    if p.kind in ("lede", "body") or count_words(p.text) > 40:
        return ""
    text = normalize_text(p.text)
    for pattern in scoring_of(rules).site_notes:
        found = pattern.match(text)
        if found and 1 <= count_words(found.group("name")) <= 6:
            return found.group("name").strip(" .,")
    return ""


def _unlisted_name(text: str) -> str:
    """A credit line's source as an outlet name: 1 to 6 words opening with a capital, or a
    host name; "" otherwise."""
    text = normalize_text(text).strip(" .,;")
    text = re.split(r"\s*[|;,]\s*|\s[-–—]\s", text)[0]
    host = re.fullmatch(r"(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?", text)
    if host:
        return host.group(1).casefold()
    words = text.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d", text):
        return ""
    return text if words[0][:1].isupper() else ""


_AGENCY_NAME = re.compile(r"^(?:[A-Z][A-Za-z&.-]{2,15})(?:\s[A-Z0-9][\w&.-]{1,15}){0,3}$")
#: A site's own label opening the lede: "WNAM REPORT: ..." (initials in capitals and a word
#: such as REPORT) or "PanARMENIAN.Net - ..." (a site's name written as a host).
_LEDE_SITE_LABEL = re.compile(
    r"^(?:(?P<name>[A-Z][A-Z0-9&]{1,11})\s(?:REPORT|NEWS|ONLINE|DESK|WIRE)\s?:\s"
    r"|(?P<host>[A-Z][\w-]*(?:\.[A-Za-z]{2,6})+)\s[-–—]\s"
    # "ASTANA. KAZINFORM – ": a city and an agency, both in capitals, a stop between
    r"|[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}\.\s(?P<agency>[A-Z][A-Z0-9&]{2,14})\s[-–—]\s)"
)


def unlisted_outlet(
    paras: list[Paragraph], first_prose: int, rules: Rules
) -> tuple[str, str] | None:
    """An outlet that ``data/outlets.yaml`` does not list, as (name, where): the publisher
    a publication note names ("A report of the X"), a credit line's source ("Source: Lao
    Tribune"), the agency in the lede's dateline brackets ("Hanoi, Nov 25 (IANS) ..."), an
    agency's marker after the text's last sentence ("... he said. (KPL)", "... - ANTARA"),
    or the site's name line (``site_name_line``)."""
    for p in paras:
        note = rules.publication_note.match(p.text) if p.kind == "credit" else None
        if note and note.groupdict().get("outlet"):
            name = normalize_text(note.group("outlet")).strip(" .,")
            if 1 <= count_words(name) <= 8:
                return _site_name_text(name), f"line {p.line}: publication note {p.text!r}"
    for p in paras:
        source = _SOURCE_LINE.match(normalize_text(p.text)) if p.kind == "credit" else None
        name = source and _unlisted_name(source.group("name"))
        if name:
            return name, f"line {p.line}: credit line {p.text!r}"
    lede = paras[first_prose].text if 0 <= first_prose < len(paras) else ""
    for p in [q for q in paras if q.kind in ("lede", "body", "heading")][:2]:
        writes = _WRITES_FOR.search(p.text)
        if writes:
            return writes.group("outlet").rstrip(".,"), f"line {p.line}: {writes.group(0)!r}"
    title = next((normalize_text(p.text) for p in paras if p.kind == "title"), "")
    for p in paras[: max(first_prose, 0)]:
        text = normalize_text(p.text)
        suffix = (
            text[len(title) :] if title and p.kind != "title" and text.startswith(title) else ""
        )
        site = re.split(r"\s[|–—-]\s", suffix)[-1].strip() if _TITLE_SEP.match(suffix) else ""
        if site and 1 <= count_words(site) <= 5 and all(w[:1].isupper() for w in site.split()):
            return site, f"line {p.line}: the page title {p.text!r}"  # "Headline | ... - Site"
        glued = _NAME_GLUED_DATE.match(text)  # "Bangkok Post19-07-2025"
        if glued:
            return glued.group("name"), f"line {p.line}: source glued to its date {p.text!r}"
    for p in paras[: max(first_prose, 0)]:
        dateline = _AGENCY_DATELINE.match(normalize_text(p.text))  # "Baku, March 3, AZERTAC"
        if dateline:
            return dateline.group("name"), f"line {p.line}: agency dateline {p.text!r}"
    quoted = _SOURCE_REPORTS.match(normalize_text(lede))  # 'My Way News reports: "..."'
    if quoted and quoted.group("name").casefold() not in place_names():
        reason = f"line {paras[first_prose].line}: the text quotes {quoted.group(0)!r}"
        return quoted.group("name"), reason
    label = _LEDE_SITE_LABEL.match(lede)  # "WNAM REPORT: ...", "PanARMENIAN.Net - ..."
    if label:
        reason = f"line {paras[first_prose].line}: the lede opens with {label.group(0)!r}"
        return label.group("name") or label.group("host") or label.group("agency"), reason
    paren = _LEDE_PAREN.match(lede)
    if paren:
        inner = re.split(r"\s*[/,]\s*", paren.group("inner").strip())[0]
        place = inner.casefold() in place_names()  # "(MANILA)": a dateline's city
        place = place or inner.split()[0].casefold().strip(".") in MONTHS  # "(January 26)"
        if _AGENCY_NAME.match(inner) and not absolute_dates(inner) and not place:
            reason = f"line {paras[first_prose].line}: dateline of the lede {paren.group(0)!r}"
            return inner, reason
    for p in paras[: max(first_prose, 0)]:
        paper = _BY_OUTLET_STAFF.match(normalize_text(p.text))  # "by New Worker correspondent"
        if paper:
            return paper.group("outlet"), f"line {p.line}: byline of the paper's staff {p.text!r}"
    for p in paras:
        staff = _STAFF_OUTLET.search(normalize_text(p.text)) if p.kind == "byline" else None
        if staff and _AGENCY_NAME.match(staff.group("outlet")):
            return staff.group("outlet"), f"line {p.line}: byline {p.text!r}"
    last = max((i for i, p in enumerate(paras) if p.kind in ("body", "lede", "")), default=-1)
    end = _END_MARKER.search(paras[last].text[-40:]) if last >= 0 else None
    if end:
        reason = f"line {paras[last].line}: agency marker ending the text {end.group(0).strip()!r}"
        return end.group("a") or end.group("b"), reason
    for p in paras:
        name = _site_note(p, rules)
        if name:
            return name, f"line {p.line}: the site named in {p.text[:80]!r}"
    site = site_name_line(paras, first_prose, rules)
    if site is not None:
        p = paras[site]
        return _site_name_text(
            p.text, scoring_of(rules)
        ), f"line {p.line}: site-name line {p.text!r}"
    return None


_SITE_NAME_BAD = re.compile(r"[\d:|>»›@/©]|\w\.\s|\bby\b|https?|www\.", re.I)


def _site_name_text(text: str, scoring: Scoring | None = None) -> str:
    """A site-name line as an outlet name: capitals made title case ("QUANG NINH PORTAL"),
    a name printed twice once ("Defense Priorities Defense Priorities"); with ``scoring``,
    without a motto in square brackets or a closing descriptor ("The Irrawaddy News
    Magazine [Covering ...]" -> "The Irrawaddy", ``site_name.descriptor_words``)."""
    if scoring is not None:
        text = _site_motto(text, scoring) or text
        if scoring.site_name_descriptor is not None:
            text = scoring.site_name_descriptor.sub("", normalize_text(text)) or text
    text = " ".join(_undoubled(normalize_text(text).strip(" -–—.").split()))
    if text.isupper() and count_words(text) > 1:
        text = " ".join(w.capitalize() for w in text.split())
    return text


def _undoubled(words: list[str]) -> list[str]:
    """The words of a name printed twice, once (a logo's alt text beside the site's name:
    "Defense Priorities Defense Priorities"); other word lists unchanged."""
    half = len(words) // 2
    return words[:half] if half and len(words) % 2 == 0 and words[:half] == words[half:] else words


def site_name_line(paras: list[Paragraph], first_prose: int, rules: Rules) -> int | None:
    """Index of the site's own name among the page's first two lines, or None.

    A short line (``site_name.max_words`` of ``data/header_scoring.yaml``) with every word
    capitalised or the whole line in capitals, no digits, menu or label punctuation, not a
    byline, not made only of section words ("World News") and naming no body that is not
    an outlet ("Embassy of ..."). Used only when no listed outlet is named on the page.
    """
    scoring = scoring_of(rules)
    first_lines = sorted({p.line for p in paras})[:2]
    for i, p in enumerate(paras):
        if p.line not in first_lines or (0 <= first_prose <= i):
            continue
        if p.kind not in ("boilerplate", "credit", "heading", ""):
            continue
        text = _site_motto(p.text, scoring) or normalize_text(p.text).strip()
        words = _undoubled(text.split())
        if re.match(r"[-–•·*]\s", text):  # a list item ("- Posts")
            continue
        if not words or len(words) > scoring.site_name_max_words or _SITE_NAME_BAD.search(text):
            continue
        if text.endswith((".", ",", "?", "!")) or scoring.chrome.match(text):
            continue
        if scoring.section_label.match(text):
            continue
        if not all(
            w[:1].isupper() or not w[:1].isalpha() or w.casefold() in ("of", "and", "the")
            for w in words
        ) and not (len(words) == 1 and any(c.isupper() for c in words[0][1:])):
            continue
        if all(w.casefold().strip("&") in scoring.site_name_generic for w in words if w != "&"):
            continue
        if text.casefold() in place_names():  # a country's name alone: a section label
            continue
        if scoring.site_name_not_outlet and scoring.site_name_not_outlet.search(text):
            continue
        return i
    return None


def _read_authors(article: Article, last_prose: int, rules: Rules) -> None:
    paras = article.paragraphs
    lines = [p for p in paras if p.role == "author"]
    names = [n for p in lines for n in byline_names(_capital_surname(p.text), rules)]
    if lines:
        article.author_source = "; ".join(f"line {p.line}: {p.text[:80]!r}" for p in lines)
    if not names:  # no byline: an author's note at the top or after the text
        text_kinds = ("lede", "body", "heading", "boilerplate")
        top = [i for i, p in enumerate(paras[:3]) if p.kind in text_kinds][:1]
        notes = [i for i in [*top, *range(last_prose + 1, len(paras))] if 0 <= i < len(paras)]
        for i in notes:
            found = note_names(paras[i].text, rules)
            if found:
                names += found
                article.author_source = (
                    f"author's note, line {paras[i].line}: {paras[i].text[:80]!r}"
                )
    if not names and last_prose >= 0:  # "The author, X, is ...", "... written by X." at the end
        for i in range(last_prose, len(paras)):
            found = lead_note_names(paras[i].text, rules)
            if found and paras[i].kind not in ("title", "caption"):
                names = found
                article.author_source = (
                    f"authors named in the text's closing words, line {paras[i].line}: "
                    f"{paras[i].text[-80:]!r}"
                )
                break
    if not names:  # "..., writes Nadia Orr for Inter Press Service." in the opening
        for p in [q for q in paras if q.kind in ("lede", "body", "heading")][:2]:
            writes = _WRITES_FOR.search(p.text)
            if writes and byline_names(writes.group("name"), rules):
                names = byline_names(writes.group("name"), rules)
                article.author_source = f"named in the opening, line {p.line}: {writes.group(0)!r}"
                break
    if not names:  # "..., X News introduces a story by Adrian Barlow, ..." in the opening
        for p in [q for q in paras if q.kind in ("lede", "body")][:2]:
            found = _writer_in_text(p.text, rules)
            if found:
                names = found
                article.author_source = f"writer named in the opening, line {p.line}"
                break
    lede = next((p for p in paras if p.kind == "lede"), None)
    glued = _LEDE_BYLINE.match(lede.text) if lede is not None else None
    marked = any(rules.byline_prefix.match(p.text) for p in lines)
    if glued and not marked and byline_names(glued.group("name"), rules):
        names = byline_names(glued.group("name"), rules)  # "By Name, City: text" beats lone names
        article.author_source = f"byline opening the lede, line {lede.line}: {glued.group(0)!r}"
    if not names:  # "Batsaikhan 2017-04-04 06:04" right under the headline
        found = _stamped_name(paras, rules)
        if found:
            names, article.author_source = [found[0]], found[1]
    article.author = "; ".join(dict.fromkeys(names))


#: A name, then an ISO date (and a time) on one line: a CMS's author stamp.
_NAME_BEFORE_ISO = re.compile(
    r"^(?P<name>[A-ZÀ-Ỹ][\w'’-]{2,20}(?: [A-ZÀ-Ỹ][\w'’-]{1,20}){0,3})"
    r"\s+(?:19|20)\d{2}-\d{2}-\d{2}\b"
)


def _capital_surname(text: str) -> str:
    """A name whose last word alone was typed in lower case, with that word capitalised
    ("Tariq Mahmood khan" -> "Tariq Mahmood Khan"); other texts unchanged."""
    words = normalize_text(text).split()
    last = words[-1] if words else ""
    capitals = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words[:-1])
    if capitals and last.isalpha() and last.islower() and len(last) > 2:
        return " ".join([*words[:-1], last.capitalize()])
    return text


def _writer_in_text(text: str, rules: Rules) -> list[str]:
    """The writer an opening presents (``writers_in_text`` of ``data/header_scoring.yaml``),
    checked as a person's name by ``byline_names``; [] when none."""
    for pattern in scoring_of(rules).writers_in_text:
        found = pattern.search(normalize_text(text))
        if found and found.group("name")[:1].isupper():
            names = byline_names(found.group("name"), rules)
            if names:
                return names[:1]
    return []


def _stamped_name(paras: list[Paragraph], rules: Rules) -> tuple[str, str] | None:
    """The writer of a dateline "Name yyyy-mm-dd hh:mm" within two lines under the headline
    (the name no label, section, place, outlet, month, weekday or ``not_name_words``), as
    (name, source), or None."""
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    scoring = scoring_of(rules)
    for p in paras[title + 1 : title + 3] if title >= 0 else []:
        stamp = p.kind in ("dateline", "heading", "byline", "")
        found = _NAME_BEFORE_ISO.match(normalize_text(p.text)) if stamp else None
        if found is None:
            continue
        name = found.group("name")
        words = [w.casefold() for w in name.split()]
        if (
            scoring.not_name.search(name)
            or scoring.published_label.search(name)
            or scoring.updated_label.search(name)
            or scoring.today_label.search(name)
            or scoring.section_label.match(name)
            or outlet_named(name, rules)
            or name.casefold() in place_names()
            or any(w in MONTHS or w in WEEKDAYS_EN for w in words)
        ):
            return None
        if p.kind == "heading":  # furniture, not a subheading of the text
            p.kind = "dateline"
        return name, f"name stamped beside the date under the headline, line {p.line}: {p.text!r}"
    return None


#: A writer and outlet named at the end of a standfirst: "..., writes Nadia Orr for Inter
#: Press Service." (the outlet is unlisted unless data/outlets.yaml names it).
_WRITES_FOR = re.compile(
    r"[,—–]\s*(?:writes|reports)\s+(?P<name>[A-ZÀ-Ỹ][\w.'’-]+(?:\s[A-ZÀ-Ỹ][\w.'’-]+){1,4})"
    r"\s+(?:for|of|in)\s+(?:the\s)?(?P<outlet>[A-Z][\w&.'’-]*(?:\s(?:of\s)?[A-Z][\w&.'’-]*){0,5})"
    r"\s*[.!]?[\"”’]?$"
)
#: A byline opening the lede: "By Rohan Iyer, Ho Chi Minh City, Vietnam: The port is ...".
_LEDE_BYLINE = re.compile(
    r"^\s*by\s+(?P<name>[A-ZÀ-Ỹ][\w.'’-]+(?:\s[A-ZÀ-Ỹ][\w.'’-]+){1,4})"
    r"(?:,\s[^:.]{2,60})?\s?[:–—|]\s",
    re.I,
)


def _read_dates(article: Article, first_prose: int, last_prose: int, rules: Rules) -> None:
    paras = article.paragraphs
    best, page, runner = choose_date(paras, first_prose, last_prose, rules)
    if best is None:
        dated = yearless_lede_date(paras, first_prose, last_prose, rules)
        if dated is not None:  # "Hanoi, Oct 4 (X) ..." under the site's clock of Oct 5, 2024
            article.header_date, article.header_evidence = dated[0], paras[first_prose].text
            article.date_reason = dated[1]
            article.metadata_flags.append("year_from_page")
        return
    if "before_headline" in best.reasons and best.value.date_start is not None:
        dated = yearless_lede_date(paras, first_prose, last_prose, rules)
        window = pd.Timedelta(days=scoring_of(rules).lede_under_clock_days)
        if dated is not None and best.value.date_start - window <= dated[0].date_start:
            # "Kathmandu, Aug 23: ..." under the site's clock of Sunday, 24 August 2025
            article.header_date, article.header_evidence = dated[0], paras[first_prose].text
            article.date_reason = f"{dated[1]}; the date above the headline is the site's clock"
            article.metadata_flags.append("year_from_page")
            return
    evidence = paras[best.index].text
    if "publication_note" in best.reasons:
        article.footer_date, article.footer_evidence = best.value, evidence
        if page is not None:
            article.header_date, article.header_evidence = page.value, paras[page.index].text
    else:
        article.header_date, article.header_evidence = best.value, evidence
    article.flags.extend(best.value.flags)
    article.date_reason = best.describe(paras)
    if runner is not None:
        article.metadata_flags.append("date_conflict")
        article.date_reason += f"; runner-up {runner.value.text!r} {runner.describe(paras)}"  # type: ignore[attr-defined]
    if "ambiguous_day_month" in best.value.flags:
        article.metadata_flags.append("ambiguous_day_month")


#: A month and day without a year in the opening of a lede: "Hanoi, Oct 4 (X) ...",
#: "HANOI, July 20 — ...".
_YEARLESS = re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2})\b(?!,?\s*\d{4})")


def yearless_lede_date(
    paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules
) -> tuple[DateMatch, str] | None:
    """The lede's year-less dateline ("Hanoi, Oct 4 (X) ...") dated by a year the page
    prints elsewhere in its header, even one rejected as the publication date (the site's
    clock): the latest such day not after that date. None when either is missing."""
    if not 0 <= first_prose < len(paras):
        return None
    opening = re.split(r"\s(?:--|[-–—])\s|\)", paras[first_prose].text[:80], maxsplit=1)[0]
    found = _YEARLESS.search(opening)
    month = MONTHS.get(found.group("mon").casefold()) if found else None
    if found is None or month is None:
        return None
    scoring = scoring_of(rules)
    title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
    sources = date_sources(paras, first_prose, last_prose, rules)
    dated = [c for c in date_candidates(sources, paras, title, scoring) if c.index != first_prose]
    anchor = next((c.value.date_start for c in dated if c.value.date_start is not None), None)
    if anchor is None:
        return None
    try:
        day = pd.Timestamp(anchor.year, month, int(found.group("day")))
        if day > anchor:
            day = pd.Timestamp(anchor.year - 1, month, int(found.group("day")))
    except ValueError:
        return None
    match = DateMatch(found.start(), found.end(), found.group(0), day, day, "day")
    reason = f"the lede's {found.group(0)!r} in the year of {dated[0].value.text!r}"
    return match, reason


PARAGRAPH_ROW = ("doc_id", "para_id", "kind", "text", "raw", "line", "repeat_of")


def paragraph_rows(doc_id: str, article: Article) -> list[tuple[str, int, str, str, str, int, int]]:
    """The paragraphs table rows of one article, as tuples in ``PARAGRAPH_ROW`` order (see
    ``analysis.schema``); one DataFrame is built for many articles at once."""
    return [
        (doc_id, i, p.kind or "body", p.text, p.raw, p.line, p.repeat_of)
        for i, p in enumerate(article.paragraphs)
    ]


def paragraphs_frame(doc_id: str, article: Article) -> pd.DataFrame:
    """The paragraphs table rows of one article (see ``analysis.schema``)."""
    return pd.DataFrame(paragraph_rows(doc_id, article), columns=list(PARAGRAPH_ROW))


def outlet_from_url(
    url: str, outlet: str, credited: str, source: str, flags: str
) -> dict[str, str] | None:
    """The outlet fields of a documents row once ``metadata.csv`` gives the page's ``url``
    (``url_outlet`` reads its host against ``domains`` of ``data/outlets.yaml``), or None
    when they stay as the text gave them.

    A listed domain names the outlet whatever the text says; an outlet the text named
    otherwise goes to ``credited`` (a site running an agency's story). A host no outlet
    lists fills the outlet with its registrable domain only when the text named no
    outlet at all (flag ``outlet_unlisted``), or with the name of the page's furniture
    that spells that domain ("Socialist Action" for socialistaction.net,
    ``outlet_refine.site_of_domain``); it never overrides a name read in the text.
    Returns ``outlet``, ``credited``, ``outlet_source`` and ``metadata_flags``.
    """
    rules = load_rules()
    found = url_outlet(url, rules)
    if found is None:
        return None
    name, url_credited, host, listed = found
    flag_list = [f for f in flags.split(";") if f]
    if listed:
        if name == outlet and not source.startswith("url"):
            return {
                "outlet": outlet,
                "credited": credited,
                "outlet_source": f"url: {host} is {name}'s site; text: {source}",
                "metadata_flags": flags,
            }
        other = outlet if outlet and outlet != name and "outlet_unlisted" not in flag_list else ""
        text_note = f"; the text named {outlet!r} ({source})" if outlet else ""
        return {
            "outlet": name,
            "credited": credited if outlet == name else (other or url_credited),
            "outlet_source": f"url: {host} is {name}'s site (data/outlets.yaml){text_note}",
            "metadata_flags": ";".join(f for f in flag_list if f != "outlet_unlisted"),
        }
    if outlet:
        return None
    site, spelled = site_of_domain(name, source)  # "Socialist Action" for socialistaction.net
    return {
        "outlet": site,
        "credited": credited,
        "outlet_source": (
            f"url: the site's domain {name!r}; neither the text nor data/outlets.yaml names "
            f"the outlet{spelled}"
        ),
        "metadata_flags": ";".join(dict.fromkeys([*flag_list, "outlet_unlisted"])),
    }
