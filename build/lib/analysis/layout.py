"""Read the layout of one article: split it into paragraphs, label each, find its metadata.

One general parser, driven by ``data/page_layout.yaml`` and ``data/outlets.yaml``.
A paragraph is one non-blank line of the file, or a piece of one where a byline,
a credit or an outlet marker is glued to it. Labelling never deletes: each
paragraph keeps the exact characters it covers in ``raw``, so joining ``raw``
rebuilds the file.

The rules, in the order they apply:

1. page furniture (``boilerplate``), credits and publication notes (``credit``),
   photo captions (``caption``) and lines that are only a date (``dateline``);
2. the first remaining short line is the ``title``; later lines that start with the
   title and go on (a caption glued to it) or a short line right above a caption are
   captions;
3. *prose* paragraphs are the long ones; lines before the first prose paragraph form the
   header, lines after the last one the footer. Bylines are found there ("By X", a name in
   capitals, a name glued to the last sentence), with the affiliation lines after them;
4. the first prose paragraph (after an outlet marker if there is one) is the ``lede``;
   short lines without a final stop are ``heading``; the rest is ``body``; short
   leftovers in the header and footer are ``boilerplate``;
5. a paragraph that repeats the opening of an earlier one (a second copy of the lede)
   is marked ``repeat_of``: the shorter copy is the repeat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pandas as pd
import yaml

from analysis.dates import DateMatch, parse_date
from analysis.text import count_words, normalize_text, tokenize

PROSE_MIN_WORDS = 25
PROSE_MIN_WORDS_WITH_STOP = 12
HEADING_MAX_WORDS = 22
TITLE_MAX_WORDS = 45
NAME_WORD = r"[A-ZÀ-Ỹ][a-zà-ỹ]+"
_SENTENCE_STOP = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_DASH = r"\s*[-–—:]\s*"
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật)\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm)?\b", re.I)


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
    """What ``read_article`` found in one file."""

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


@dataclass(frozen=True)
class Rules:
    """Compiled layout rules (built once from the data files)."""

    boilerplate: re.Pattern[str]
    list_header: re.Pattern[str]
    credit: re.Pattern[str]
    credit_glued: re.Pattern[str]
    publication_note: re.Pattern[str]
    photo_credit_end: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    honorific: re.Pattern[str]
    dateline_word: re.Pattern[str]
    outlets: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...]
    marker_ends: tuple[str, ...]  # every outlet marker: a line can only end with one if it is


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.I)


def _marker_patterns(marker: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for an outlet marker at the start of a lede, glued at a line end, or alone."""
    m = re.escape(marker)
    start = re.compile(rf"^(?:[A-ZÀ-Ỹ][\w .,]{{0,30}}\s)?{m}{_DASH}(?=\S)")
    end = re.compile(rf"(?<=[.!?\"”’)])\s*[-–—]?\s*{m}\s*$")
    alone = re.compile(rf"^\s*[-–—]?\s*{m}\s*$")
    return start, end, alone


@cache
def load_rules() -> Rules:
    """Compile the layout rules from ``data/page_layout.yaml`` and ``data/outlets.yaml``."""
    data = resources.files("analysis") / "data"
    layout = yaml.safe_load((data / "page_layout.yaml").read_text(encoding="utf-8"))
    outlets = yaml.safe_load((data / "outlets.yaml").read_text(encoding="utf-8"))["outlets"]
    compiled, markers = [], []
    for outlet in outlets:
        for marker in outlet["markers"]:
            compiled.append((outlet["name"], outlet.get("credited", ""), *_marker_patterns(marker)))
            markers.append(marker)
    credit_alts = "|".join(f"(?:{p})" for p in layout["credits"])
    return Rules(
        boilerplate=_whole_line(layout["boilerplate"]),
        list_header=_whole_line(layout["list_headers"]),
        credit=_whole_line(layout["credits"]),
        credit_glued=re.compile(rf"(?<=[.!?\"”’])\s*[-–—]?\s*(\((?:{credit_alts})\))\s*$", re.I),
        publication_note=_whole_line(layout["publication_notes"]),
        photo_credit_end=re.compile(layout["photo_credit_end"], re.I),
        byline_prefix=re.compile(r"^\s*(?:" + layout["byline_prefixes"] + r")(?P<name>.+)$", re.I),
        honorific=re.compile(
            r"\b(?:" + "|".join(layout["honorifics"]) + r")(?=\s|,|$)\s*,?\s*", re.I
        ),
        dateline_word=re.compile(r"\b(?:" + "|".join(layout["dateline_words"]) + r")\b", re.I),
        outlets=tuple(compiled),
        marker_ends=tuple(markers),
    )


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


# --- step 1: labels that need no context ---------------------------------------------


def is_prose(text: str) -> bool:
    """Whether a paragraph reads as running text rather than a label or heading."""
    words = count_words(text)
    return words >= PROSE_MIN_WORDS or (
        words >= PROSE_MIN_WORDS_WITH_STOP and bool(_SENTENCE_STOP.search(text))
    )


def dateline_date(text: str, rules: Rules) -> DateMatch | None:
    """The date of a line that holds nothing but a date (with weekday, time, "Updated")."""
    if count_words(text) > 14:
        return None
    match = parse_date(text)
    if match is None:
        return None
    rest = text[: match.start] + " " + text[match.end :]
    rest = rules.dateline_word.sub(" ", _TIME.sub(" ", rest))
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    rest = _WEEKDAY.sub(" ", rest).strip()
    return match if len(rest) <= 2 else None


def label_furniture(paras: list[Paragraph], rules: Rules) -> None:
    """Label boilerplate, credits, publication notes, photo captions and datelines."""
    in_list_block = -1
    for p in paras:
        if p.block == in_list_block and not rules.credit.match(p.text):
            p.kind = "boilerplate"
        elif rules.boilerplate.match(p.text):
            p.kind = "boilerplate"
            if rules.list_header.match(p.text):
                in_list_block = p.block
        elif rules.credit.match(p.text) or rules.publication_note.match(p.text):
            p.kind = "credit"
        elif p.text.endswith(rules.marker_ends) and any(
            alone.match(p.text) for *_, alone in rules.outlets
        ):
            p.kind, p.role = "credit", "marker"
        elif rules.photo_credit_end.search(p.text) and count_words(p.text) <= 80:
            p.kind = "caption"
        elif dateline_date(p.text, rules) is not None:
            p.kind = "dateline"


def split_glued_credits(paras: list[Paragraph], rules: Rules) -> None:
    """Split credits glued to the end of a line: "... he added.- (VNA/VLLF)"."""
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
        i += 1


# --- step 2: title and captions that depend on it ------------------------------------


def label_title(paras: list[Paragraph]) -> str:
    """Label the first unlabelled line (if short enough to be a headline) as the title."""
    for p in paras[:8]:
        if p.kind:
            continue
        if count_words(p.text) <= TITLE_MAX_WORDS:
            p.kind = "title"
            return p.text
        return ""
    return ""


def label_captions(paras: list[Paragraph], title: str) -> None:
    """Captions with the title glued to their front, and image titles right above a caption."""
    key = normalize_text(title).lower()
    for i, p in enumerate(paras):
        if p.kind:
            continue
        text = normalize_text(p.text).lower()
        if key and text.startswith(key) and len(text) > len(key) + 10:
            p.kind = "caption"
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


# --- step 3: bylines in header and footer --------------------------------------------


def clean_author(name: str, rules: Rules) -> str:
    """Author name(s) in title case without honorifics: "DR. LE HOAI TRUNG" -> "Le Hoai Trung".

    Several authors ("A and B", "A, B") come out "; "-separated.
    """
    match = rules.byline_prefix.match(name)
    if match:
        name = match.group("name")
    name = rules.honorific.sub(" ", " " + name + " ")
    names = []
    for part in re.split(r"\s*(?:,|&|\band\b|;)\s*", name):
        part = part.strip(" .,")
        words = [w.capitalize() if (w.isupper() or w.islower()) else w for w in part.split()]
        if words and all(w[:1].isalpha() for w in words):
            names.append(" ".join(words))
    return "; ".join(names)


def _looks_like_name(text: str, rules: Rules) -> bool:
    """A short line of capitalised words (any case), allowing honorifics: a person's name."""
    bare = rules.honorific.sub(" ", " " + text + " ").strip(" .,")
    words = bare.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in bare):
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


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
    """Bylines (author names) and the affiliation lines after them, in header and footer."""
    zones = [range(0, max(first_prose, 0)), range(last_prose + 1, len(paras))]
    for zone in zones:
        after_byline = False
        for i in zone:
            p = paras[i]
            if p.kind == "byline":
                after_byline = p.role == "author"
                continue
            if p.kind:
                after_byline = after_byline and p.kind not in ("boilerplate",)
                continue
            prefixed = rules.byline_prefix.match(p.text)
            capitals = p.text.upper() == p.text and _looks_like_name(p.text, rules)
            footer_name = i > last_prose and _looks_like_name(p.text, rules)
            if (prefixed and count_words(p.text) <= 10) or capitals or footer_name:
                p.kind, p.role, after_byline = "byline", "author", True
            elif after_byline and not is_prose(p.text) and count_words(p.text) <= 30:
                p.kind, p.role = "byline", "affiliation"


# --- step 4: lede, headings, body ----------------------------------------------------


def split_lede_marker(paras: list[Paragraph], rules: Rules) -> str:
    """Split an outlet marker off the first prose paragraph ("WVR - ..."); return the outlet."""
    for i, p in enumerate(paras):
        if p.kind or not is_prose(p.text):
            continue
        for name, _credited, start, _end, _alone in rules.outlets:
            found = start.match(p.text)
            if found:
                _split(paras, i, _raw_offset(p, found.end()), ("credit", ""))
                paras[i].role = "marker"
                return name
        return ""
    return ""


def label_text(paras: list[Paragraph], first_prose: int, last_prose: int) -> None:
    """Label the lede, headings and body; short leftovers in header and footer are boilerplate."""
    for i, p in enumerate(paras):
        if p.kind:
            continue
        if i == first_prose:
            p.kind = "lede"
        elif first_prose < i < last_prose:
            short = count_words(p.text) <= HEADING_MAX_WORDS
            p.kind = "heading" if short and not _SENTENCE_STOP.search(p.text) else "body"
        else:
            p.kind = "body" if is_prose(p.text) else "boilerplate"


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


def find_outlet(paras: list[Paragraph], rules: Rules) -> tuple[str, str]:
    """Outlet and credited agency named by markers or a publication note."""
    for p in paras:
        if p.kind != "credit":
            continue
        for name, credited, start, end, alone in rules.outlets:
            text = p.text.rstrip(" -–—:")
            if alone.match(text) or end.search(" ." + text) or start.match(p.text + " x"):
                return name, credited
        note = rules.publication_note.match(p.text)
        if note:
            named = normalize_text(note.group("outlet")).lower()
            for name, credited, *_ in rules.outlets:
                if name.lower() in named or named in name.lower():
                    return name, credited
    return "", ""


def find_article_dates(paras: list[Paragraph], first_prose: int, rules: Rules) -> dict[str, object]:
    """The header dateline's date and the footer publication note's date, with evidence."""
    found: dict[str, object] = {}
    for i, p in enumerate(paras):
        if p.kind == "dateline":
            zone = "header" if i < max(first_prose, 0) or first_prose < 0 else "footer"
            found.setdefault(zone, (dateline_date(p.text, rules), p.text))
        elif p.kind == "credit":
            note = rules.publication_note.match(p.text)
            date = parse_date(note.group("date")) if note else None
            if date is not None:
                found["footer"] = (date, p.text)
    return found


def _prose_span(paras: list[Paragraph]) -> tuple[int, int]:
    """Indices of the first and last unlabelled prose paragraphs, or (-1, -1)."""
    prose = [i for i, p in enumerate(paras) if not p.kind and is_prose(p.text)]
    return (prose[0], prose[-1]) if prose else (-1, -1)


def read_article(text: str) -> Article:
    """Split one decoded article into labelled paragraphs and read its metadata."""
    rules = load_rules()
    paras = split_lines(text)
    label_furniture(paras, rules)
    split_glued_credits(paras, rules)
    title = label_title(paras)
    label_captions(paras, title)
    outlet_from_lede = split_lede_marker(paras, rules)
    split_glued_byline(paras, _prose_span(paras)[1])
    first_prose, last_prose = _prose_span(paras)
    label_bylines(paras, first_prose, last_prose, rules)
    label_text(paras, first_prose, last_prose)
    mark_repeats(paras)
    outlet, credited = find_outlet(paras, rules)
    article = Article(
        paragraphs=paras, title=title, outlet=outlet or outlet_from_lede, credited=credited
    )
    authors = [clean_author(p.text, rules) for p in paras if p.role == "author"]
    article.author = "; ".join(dict.fromkeys(a for a in authors if a))
    for zone, (date, evidence) in find_article_dates(paras, first_prose, rules).items():
        setattr(article, f"{zone}_date", date)
        setattr(article, f"{zone}_evidence", evidence)
        if date is not None:
            article.flags.extend(date.flags)
    return article


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
