"""The text of the article: the lede (after an outlet marker), headings and body, and the
repeats of an earlier paragraph's opening."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from analysis.core.text import count_words, tokenize
from analysis.ingest.bylines import looks_like_name
from analysis.ingest.layout.crumb_cuts import crumb_cut_copy
from analysis.ingest.layout.footer_text import keep_footer_text
from analysis.ingest.layout.lines import (
    FINAL_STOP,
    HEADER_REACH,
    HEADING_MAX_WORDS,
    LIST_ITEM,
    SENTENCE_STOP,
    TITLE_MAX_WORDS,
    Paragraph,
    is_prose,
    raw_offset,
    split_paragraph,
)
from analysis.ingest.line_evidence import running_text
from analysis.ingest.page_rules import Rules, load_rules, outlet_named, scoring_of
from analysis.ingest.related_items import mark_related_items

#: A dateline's agency after its full date, closed by a full stop: "TOKYO, Sep 12, 2023,
#: Agency News. The ..." (the name must be a listed outlet's, ``_dated_agency``).
_DATED_AGENCY = re.compile(
    r"^[A-ZÀ-Ỹ][\w .'-]{1,30},\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?),?"
    r"\s(?:19|20)\d{2},\s(?P<name>[A-Z][\w &'-]{1,40}?)\.\s(?=[A-ZÀ-Ỹ“\"])"
)


def _dated_agency(text: str, rules: Rules) -> tuple[str, int]:
    """The listed outlet named after a lede's dated dateline (``_DATED_AGENCY``) and where
    the dateline ends; ``("", 0)`` when there is none."""
    found = _DATED_AGENCY.match(text)
    named = outlet_named(found.group("name"), rules) if found else None
    return (named[0], found.end()) if named and found else ("", 0)


def split_lede_marker(paras: list[Paragraph], rules: Rules, *, reach: int = 3) -> str:
    """Split an outlet marker off one of the first ``reach`` prose paragraphs ("WVR - ...",
    "Hanoi (VNA) - ...", "(KPL) ...", "TOKYO, Sep 12, 2023, Agency. ..."); return the
    outlet."""
    seen = 0
    for i, p in enumerate(paras):
        if p.kind or not is_prose(p.text):
            continue
        name, end = _dated_agency(p.text, rules)
        if name:
            split_paragraph(paras, i, raw_offset(p, end), ("credit", ""))
            paras[i].role = "marker"
            return name
        opening = p.text[:120]
        for k in _markers_in(opening, rules.marker_ends):
            name, _credited, start, _end, _alone = rules.outlets[k]
            found = start.match(p.text)
            if found:
                split_paragraph(paras, i, raw_offset(p, found.end()), ("credit", ""))
                paras[i].role = "marker"
                return name
        seen += 1
        if seen >= reach:
            return ""
    return ""


def opens_with_marker(text: str, rules: Rules) -> bool:
    """Whether ``text`` opens with an outlet's marker or a dated agency dateline, as a lede
    does ("HANOI, Vietnam (AP) — ...", "Hanoi (VNA) - ..."): where a wire story starts."""
    if _dated_agency(text, rules)[0]:
        return True
    starts = (rules.outlets[k][2] for k in _markers_in(text[:120], rules.marker_ends))
    return any(start.match(text) for start in starts)


#: A lede's dateline alone on its line: a place in capitals (and its country) closed by a
#: dash, the lede on the next line ("HO CHI MINH CITY, VIETNAM -", held-out 55).
LONE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Z.'’ -]{1,30})? ?(?:--|[-–—])")


def sentence_over_marked_lede(paras: list[Paragraph], i: int, rules: Rules) -> bool:
    """The page's first line, one sentence of at most ``HEADING_MAX_WORDS`` words (no stop
    inside), right over a lede opening with a marker (``opens_with_marker``) or over a
    dateline alone on its line (``LONE_DATELINE``): a repost's headline written as a
    sentence with its full stop, not the lede (held-out 52: "Hanoi and Manila have agreed
    ..., a step ... ." over "HANOI, Vietnam (AP) — ..."; held-out 55: "Start-up founders
    ... for a week of pitching." over "HO CHI MINH CITY, VIETNAM -"); or right over the
    page's date line with the text under it (``date_line_over_text``; held-out 63: "X opens
    a legal aid clinic for tenants in District 4." over "Date: (07/11/2023)")."""
    text = paras[i].text.strip()
    below = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
    marked = i + 1 < len(paras) and not paras[i + 1].kind and all(p.kind for p in paras[:i])
    lone = LONE_DATELINE.fullmatch(below) is not None
    marked = marked and (opens_with_marker(below, rules) or lone)
    return (
        count_words(text) <= HEADING_MAX_WORDS
        and not re.search(r"[.!?;]\s", text)
        and (marked or date_line_over_text(paras, i))
    )


def date_line_over_text(paras: list[Paragraph], i: int) -> bool:
    """The line under ``i`` is the page's date line (kind ``dateline``) and the one under
    that a paragraph of running text, no sentence above ``i``: text does not run on across
    a date line, so the sentence above it is the page's headline, not its lede."""
    return (
        i + 2 < len(paras)
        and not any(is_prose(p.text) for p in paras[:i] if not p.kind)
        and paras[i + 1].kind == "dateline"
        and not paras[i + 2].kind
        and is_prose(paras[i + 2].text)
    )


@cache
def _marker_index(markers: tuple[str, ...]) -> tuple[dict[str, list[int]], list[int]]:
    """The markers' positions by their first two characters, and those of markers shorter."""
    by_pair: dict[str, list[int]] = {}
    for k, marker in enumerate(markers):
        if len(marker) >= 2:
            by_pair.setdefault(marker[:2], []).append(k)
    return by_pair, [k for k, marker in enumerate(markers) if len(marker) < 2]


def _markers_in(text: str, markers: tuple[str, ...]) -> list[int]:
    """Positions, in order, of the ``markers`` that stand in ``text``: only those whose
    first two characters do are compared (issue 13: 460 markers per opening line)."""
    by_pair, short = _marker_index(markers)
    pairs = {text[k : k + 2] for k in range(len(text) - 1)}
    candidates = sorted(short + [k for pair in pairs & by_pair.keys() for k in by_pair[pair]])
    return [k for k in candidates if markers[k] in text]


def _sentence_like(text: str, rules: Rules) -> bool:
    """A standfirst: seven words or more that read as a sentence, not a name or a label."""
    words = text.split()
    if len(words) < 7 or looks_like_name(text, rules):
        return False
    lower = sum(w[:1].islower() for w in words)
    return bool(FINAL_STOP.search(text)) or lower / len(words) >= 0.5


def _untitled_opening(i: int, title: int) -> bool:
    """Line ``i`` opens a page that has no headline (``title`` is -1): a sentence there is
    the page's introduction (a press digest's "This week's column ... asks why ..." over
    its translator's credit and byline), text the loader must not hide as boilerplate."""
    return i == 0 and title < 0


def _footer_sentence(text: str, rules: Rules) -> bool:
    """A short sentence after the last prose paragraph: "Both sides agreed." is text, and
    so is a statement's closing quotation (a quoted "We will meet again."), and a sentence
    closed by an end-of-story mark (``_sentence_before_mark``)."""
    return (
        _short_sentence(text, rules)
        or running_text(text)  # a sentence cut off, or followed by "… Read More"
        or _sentence_before_mark(text, rules)
    )


#: A sentence's opening amount of money ("$85 million equivalent loan from ...", an ADB
#: brief's closing line, held-out 89): a sign and a digit stand for the capital letter.
_AMOUNT_OPENING = re.compile(r"[$€£¥]\s?\d")


def _short_sentence(text: str, rules: Rules) -> bool:
    """Two words or more opening with a capital (or an amount of money) and closed by a
    stop, no name, no chrome."""
    opening = text.lstrip("\"“‘'")
    return (
        count_words(text) >= 2
        and (opening[:1].isupper() or bool(_AMOUNT_OPENING.match(opening)))
        and bool(FINAL_STOP.search(text))
        and not looks_like_name(text.rstrip("."), rules)
        and not scoring_of(rules).chrome.match(text)
    )


#: One token glued after a line's last sentence stop: an agency's end-of-story mark
#: ("... at the launch. Enditem", "(END)", "-30-", "ENDS"), not itself a sentence.
_END_MARK = re.compile(r"[.!?…][\"'”’)\]]*\s+(?P<mark>[^\s.!?…]{1,12})$")

#: The fewest words of the sentence before an end-of-story mark: a whole sentence of text
#: ("Both sides agreed. Share" is too short to tell from a tool after a teaser).
_MARKED_SENTENCE_MIN_WORDS = 7


def _sentence_before_mark(text: str, rules: Rules) -> bool:
    """A sentence of text closed by an end-of-story mark that is no page tool: the last
    paragraph of an agency's copy, ``... said an ADB water specialist at the launch.
    Enditem`` (held-out 60, a state portal's copy of Xinhua), is text whatever closes it
    (a tool such as "Share" or "Print", a ``chrome`` line, is no such mark)."""
    found = _END_MARK.search(text[-40:])
    if found is None or scoring_of(rules).chrome.match(found.group("mark")):
        return False
    sentence = text[: len(text) - len(text[-40:]) + found.start("mark")].rstrip()
    return count_words(sentence) >= _MARKED_SENTENCE_MIN_WORDS and _short_sentence(sentence, rules)


#: A list item's end that goes on to the next item or closes the list: "...;", "...."
_ITEM_END = re.compile(r"[.;:,!?][\"”’)]*$")

#: The fewest words of a list item read as text after the last prose paragraph.
_ITEM_MIN_WORDS = 3


#: A timeline's entry: a year (or a span of years) and a dash before a capitalised
#: sentence ("1977 - Vietnam and Laos sign their border treaty.", "1859-83 - France
#: colonises ...", a fact box's key dates; held-out 108).
_TIMELINE_ITEM = re.compile(r"^(?:1[5-9]|20)\d{2}(?:\s?[-–]\s?\d{2,4})?\s+[-–—:]\s+[A-Z]")


def _footer_list_item(text: str) -> bool:
    """A list item after the last prose paragraph that reads as words of the text ("• Hydrology
    training for young engineers;", "1977 - Vietnam and Laos sign ..."): a bullet, a number
    or a timeline's year, three words or more, and the item's end stop; a list of headlines
    ("• Ferry resumes") has no stops."""
    return bool(
        (LIST_ITEM.match(text) or _TIMELINE_ITEM.match(text))
        and count_words(text) >= _ITEM_MIN_WORDS
        and _ITEM_END.search(text[-8:])
    )


#: A time with its dotted "a.m."/"p.m." closing a line: its stop closes no sentence
#: ("Saigon, June 5, 1962—6:20 p.m.", a date line; fix31b).
_CLOSING_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.\s?m\.$", re.I)


def _text_kind(
    text: str, i: int, prose: tuple[int, int], anchor: int, title: int, rules: Rules
) -> str:
    """The kind of unlabelled line ``i``: the lede, a heading or body between the first
    and last prose lines (``prose``); in the header, text after the last labelled line
    (``anchor``), a sentence under the headline or opening a page without one
    (``_untitled_opening``), else boilerplate; in the footer,
    sentences are body, the rest boilerplate."""
    first_prose, last_prose = prose
    short = count_words(text) <= HEADING_MAX_WORDS
    stop = SENTENCE_STOP.search(text) and not _CLOSING_TIME.search(text)  # "6:20 p.m."
    heading = "heading" if short and not stop else "body"
    if i == first_prose:
        return "lede"
    if first_prose < i < last_prose:
        return heading
    if i < first_prose:
        standfirst = (0 <= title < i or _untitled_opening(i, title)) and _sentence_like(text, rules)
        text_line = i > anchor or standfirst
        return heading if text_line else "boilerplate"
    return _footer_kind(text, first_prose < 0 and 0 <= title < i, rules)


def _footer_kind(text: str, under_title: bool, rules: Rules) -> str:
    """The kind of an unlabelled line after the text: a sentence, a short closing sentence or
    a list item is body, the rest boilerplate. On a page without prose (``under_title``: a
    line under its headline) a standfirst is text too: it is all the text there is."""
    standfirst = under_title and _sentence_like(text, rules)
    text_line = is_prose(text) or _footer_sentence(text, rules) or _footer_list_item(text)
    return "body" if text_line or standfirst else "boilerplate"


def label_text(
    paras: list[Paragraph],
    first_prose: int,
    last_prose: int,
    rules: Rules | None = None,
) -> None:
    """Label the lede, headings and body. In the header, lines after the last labelled line
    and standfirsts under the headline are text, other leftovers boilerplate; in the
    footer, sentences are text and other leftovers boilerplate, unless the page shows them
    to be text (``footer_text.keep_footer_text``). Other pieces listed under the text
    become related items (``related_items.mark_related_items``)."""
    rules = rules or load_rules()
    header = range(0, max(first_prose, 0))
    # a source line under the headline ("X News (City)") does not end the header's chrome
    anchor = max((i for i in header if paras[i].kind and paras[i].role != "marker"), default=-1)
    whole = range(len(paras)) if first_prose < 0 else header  # no prose: all is header
    title = next((i for i in whole if paras[i].kind == "title"), -1)
    left = [i for i, p in enumerate(paras) if not p.kind]
    prose = (first_prose, last_prose)
    for i in left:
        paras[i].kind = _text_kind(paras[i].text, i, prose, anchor, title, rules)
    footer = [i for i in left if i > last_prose >= 0]
    keep_footer_text(paras, footer)  # chapter lists, announced lists, wrapped sentences
    _footer_headings(paras, footer)
    mark_related_items(paras, title)  # other pieces under the text: their bylines no writer's


def _footer_headings(paras: list[Paragraph], footer: list[int]) -> None:
    """A short line without a stop (or closed by a colon) in the footer is a heading of the
    text, not boilerplate, right above a list item or a timeline's entry kept as text ("What
    India can offer" / "• Hydrology training ...;", "Key dates:" / "1977 - ..."), or right
    between the text and a sentence kept as text (an encyclopedia copy's
    last section: "After reunification" / "In 1976 the ... body.[4]")."""
    for i, j in pairwise(footer):
        item, line = paras[j], paras[i]
        between = j == i + 1 and i > 0 and paras[i - 1].kind in ("lede", "body")
        listed = LIST_ITEM.match(item.text) or _TIMELINE_ITEM.match(item.text)
        under = item.kind == "body" and (listed or between)
        if under and line.kind == "boilerplate":
            short = count_words(line.text) <= HEADING_MAX_WORDS
            unstopped = not SENTENCE_STOP.search(line.text) or line.text.endswith(":")
            if short and unstopped and line.text[:1].isupper():  # "Key dates:" (b108)
                line.kind = "heading"


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


#: The fewest words of a teaser (the text's opening shown above the headline).
TEASER_MIN_WORDS = 12

#: How many paragraphs below a teaser its copy may stand.
TEASER_REACH = 6


def label_top_teaser(paras: list[Paragraph]) -> None:
    """A page that opens with a paragraph of the text, then a short line (the headline),
    then that paragraph again word for word (a comments page showing the post's preview
    over its title) opens with a teaser: the first copy is boilerplate, so the header
    under it is read."""
    if len(paras) < 3 or paras[0].kind or count_words(paras[0].text) < TEASER_MIN_WORDS:
        return
    for j in range(2, min(len(paras), TEASER_REACH + 1)):
        if paras[j].text.strip() == paras[0].text.strip():
            between = [p for p in paras[1:j] if not p.kind]
            if any(count_words(p.text) <= TEASER_MIN_WORDS for p in between):
                paras[0].kind = "boilerplate"
            return


#: The most words of a headline closing a page title over it ("Site - Section - Headline").
PAGE_TITLE_MAX_WORDS = 15


def label_cut_copies(paras: list[Paragraph]) -> None:
    """A header paragraph of ``TEASER_MIN_WORDS`` words or more that the next paragraph
    opens with, word for word and then goes on ("VIENTIANE, May 28 (Xinhua) -- ... along
    the Mekong f" over the whole lede: a copy cut off mid-word) is a cut copy of it:
    boilerplate, so neither the headline nor the text. So is a page title closed by the
    next line after a dash or bar ("Site - Section - Question?" over "Question?"). A
    standfirst of whole sentences that the lede repeats and goes on from after a space is
    no cut copy: it stays text (``_standfirst_repeated``)."""
    for i in range(min(len(paras), HEADER_REACH) - 1):
        cut, whole = paras[i], paras[i + 1]
        if not (cut.kind or whole.kind) and crumb_cut_copy(cut.text.strip(), whole.text.strip()):
            cut.kind = "boilerplate"  # "HomeSectionHeadline cut,..." over it (held-out 92)
        if cut.kind or whole.kind or count_words(cut.text) < TEASER_MIN_WORDS:
            continue
        head, rest = cut.text.strip(), whole.text.strip()
        cut_copy = len(rest) > len(head) and rest.startswith(head)
        cut_copy = cut_copy and not _standfirst_repeated(head, rest)
        page_title = (  # a short headline, the site and section before it in a few words
            count_words(rest) <= PAGE_TITLE_MAX_WORDS
            and count_words(head) <= 2 * PAGE_TITLE_MAX_WORDS
            and not rest.endswith(".")
            and closes_page_title(head, rest)
        )
        if cut_copy or page_title:
            cut.kind = "boilerplate"


def closes_page_title(head: str, rest: str) -> bool:
    """Whether ``head`` ends with ``rest`` after a dash or bar between blanks: a page title
    closed by the next line's headline. The pattern, built for each pair, is compiled only
    when ``head`` ends with ``rest`` (or with it and the newline ``$`` allows; perf31)."""
    ends = head.endswith(rest) or head.endswith(rest + "\n")
    return ends and bool(re.search(rf"\s[-–—|]\s{re.escape(rest)}$", head))


#: The close of a sentence: a stop, its closing quotes or brackets.
_SENTENCE_CLOSE = re.compile(r"[.!?…][\"'”’)\]]*$")


def _standfirst_repeated(head: str, rest: str) -> bool:
    """``rest`` opens with ``head``, a text of whole sentences (it ends with a sentence's
    stop), and goes on after a space: a standfirst the lede repeats as its opening ("A
    survey ship's voyage tests nerves." / "A survey ship's voyage tests nerves. Hanoi
    has ..."), not a copy cut off mid-word or mid-sentence."""
    return bool(_SENTENCE_CLOSE.search(head)) and rest[len(head) : len(head) + 1].isspace()


def opens_next_paragraph(paras: list[Paragraph], i: int) -> bool:
    """The first unlabelled line, of headline length, whose whole text opens the next
    paragraph, which goes on after it: a blog's headline of full sentences repeated as the
    first words of its first paragraph (held-out 56: "Sunday, August 13, 2017" / "<two
    sentences>" / "<the same two sentences> Its shipyards ...")."""
    text = paras[i].text.strip()
    nxt = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
    return (
        i < 3
        and all(q.kind for q in paras[:i])
        and count_words(text) <= TITLE_MAX_WORDS
        and len(nxt) > len(text)
        and nxt.startswith(text + " ")
    )
