"""A chosen headline made clean: without an issuer's name glued before it, an outlet's
name appended after it, or a forum's flair (split from ``layout/title.py``)."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.text import count_words, normalize_text
from analysis.dates import parse_date
from analysis.dates.lexicon import WEEKDAY_NAMES
from analysis.ingest.bylines import byline_names, looks_like_name
from analysis.ingest.layout.headword_entries import headword_line
from analysis.ingest.layout.lines import Article, Paragraph, is_prose
from analysis.ingest.metadata import Scoring
from analysis.ingest.page_rules import (
    Rules,
    outlet_named,
    scoring_of,
)

#: A headline after a name and a colon spaced on both sides, as a reposting service joins
#: an issuer's name to a release's headline: "Ministry of X of th : Joint Statement on ...".
#: ("Global Times: Premier to ..." is a headline's own prefix and stays.)
_NAME_COLON = re.compile(r"^(?P<name>[^:]{4,120}?)\s:\s+(?P<rest>\S.*)$")


def without_issuer_prefix(title: str, outlet: str) -> str:
    """The headline without the name of its outlet or issuer glued before it with a colon,
    whole or cut short as a reposting service prints it ("Department of Foreign Affairs of
    the Republic of th : Joint Press Statement ..." when the page's outlet is "Department of
    Foreign Affairs of the Republic of the Philippines"); other titles unchanged."""
    found = _NAME_COLON.match(title)
    if not found or not outlet:
        return title
    name = normalize_text(found.group("name")).casefold()
    cut = normalize_text(outlet).casefold()
    return found.group("rest") if count_words(name) >= 2 and cut.startswith(name) else title


#: The page's own outlet marker and a dash opening a headline, as a party journal prints
#: its lede's marker before the headline too ("Communist Review - Opening ... *").
_MARKER_DASH = re.compile(r"^(?P<marker>[^-–—]{2,40}?)\s[-–—]\s+(?P<rest>\S.*)$")


def without_outlet_marker(title: str, outlet: str, rules: Rules) -> str:
    """The headline without the page's own outlet marker and a dash before it
    ("Communist Review - Opening the academy's library to officials in the provinces" on
    the journal's page -> the words after the dash, held-out 69); a marker of another outlet
    (a credited source) and other titles unchanged."""
    found = _MARKER_DASH.match(title)
    named = outlet_named(found.group("marker"), rules) if found and outlet else None
    rest = found.group("rest") if named and named[0] == outlet else ""
    return rest if count_words(rest) >= 3 else title


#: A table row's empty cells closing a line: "9th Party Congress | |" (an infobox's
#: heading row copied with its empty columns); or a rule of five or more asterisks,
#: equals signs, underscores or tildes after a space, as a government release's title
#: line carries its underline when the page is pasted ("Speech at luncheon (English
#: only) (with photo) ****..."); or a footnote's mark after a space, a lone asterisk or
#: "(*)" (a speech's headline whose footnote names the occasion, held-out 69).
_EMPTY_CELLS_END = re.compile(r"(?:\s*\|)+\s*$|\s+[*=_~]{5,}\s*$|\s+(?:\*|\(\*\))$")


def without_empty_cells(title: str) -> str:
    """A headline without the empty table cells or the rule that close it ("Party
    Congress | |" -> "Party Congress", "Speech (with photo) *****" -> "Speech (with
    photo)"), so the title is the same whether or not the page repeats it elsewhere;
    other headlines unchanged."""
    return _EMPTY_CELLS_END.sub("", title)


def without_outlet_suffix(title: str, rules: Rules) -> str:
    """A headline without an outlet's name appended as a page title does ("Deals signed –
    Reuters", "Talks held | Khmer Times"), or without a section's name after a pipe ("Talks
    held | World news": a section label or only ``site_name.generic_words``); other
    headlines unchanged."""
    parts = re.split(r"\s[|–—-]\s", title)
    if len(parts) < 2 or count_words(parts[0]) < 3:
        return title
    if outlet_named(parts[-1], rules) or (
        title.endswith(f" | {parts[-1]}") and _section_name(parts[-1], scoring_of(rules))
    ):
        return title[: title.rfind(parts[-1])].rstrip(" |–—-")
    return title


def _section_name(text: str, scoring: Scoring) -> bool:
    """A section's name: a section label, or words that alone name no site ("World news")."""
    words = text.casefold().split()
    return bool(scoring.section_label.fullmatch(text)) or (
        0 < len(words) <= 3 and all(w in scoring.site_name_generic for w in words)
    )


#: A forum's flair after a post's title: two short labels joined by a slash ("News/Tin
#: tức", "Politics/Chính trị"), at the end of the line.
_FLAIR_END = re.compile(
    r"\s+(?P<a>[A-ZÀ-Ỹ][\w’'-]*(?: [\w’'-]+){0,2})/(?P<b>[A-ZÀ-Ỹ][\w’'-]*(?: [\w’'-]+){0,2})$"
)


def without_flair(title: str, rules: Rules) -> str:
    """A post's title without a forum flair glued after it ("Talks resume News/Tin tức"):
    two labels joined by a slash, one of them a section label of
    ``data/header_scoring.yaml``, after at least four words; other titles unchanged."""
    label = scoring_of(rules).section_label
    # the shortest first label first: "... in Hanoi today News/Tin tức" is "News"
    for space in reversed(list(re.finditer(r"\s+(?=[A-ZÀ-Ỹ])", title))):
        flair = _FLAIR_END.match(title, space.start())
        if flair is None or count_words(title[: flair.start()]) < 4:
            continue
        if label.fullmatch(flair.group("a")) or label.fullmatch(flair.group("b")):
            return title[: flair.start()]
    return title


#: A book's ISBN glued after its title on a file or shop page ("Title 9789814620031",
#: "Title ISBN 978-981-4620-03-1", "Title 0-19-852663-6").
_ISBN_END = re.compile(
    r"\s+(?:ISBN(?:-1[03])?:?\s*)?(?:97[89][-\s]?(?:\d[-\s]?){9}\d|(?:\d[-\s]?){9}[\dX])$"
)


#: A writer's name closing a headline after a comma, as a site's print view or an
#: institute's paper list sets it: "Cooperation at Sea: Notes on ..., by Name Name, Jr.".
_BY_NAME_END = re.compile(r",\s+by\s+(?P<name>[A-ZÀ-Ỹ][^,:;!?]{2,60}?)(?:,\s*(?:Jr|Sr)\.?)?\s*$")


#: An institute's paper heading (held-out 67): the series number, the title in quotes and
#: the writer: "2022/14 “Hanoi’s New Ring Road and ...” by Tran Quynh Anh".
_QUOTED_BY_NAME = re.compile(
    r"^(?:\d{4}/\d{1,3}\s+)?[“\"](?P<title>[^“”\"]{8,250})[”\"]\s+by\s+"
    r"(?P<name>[A-ZÀ-Ỹ][^,:;!?“”\"]{2,60}?)\s*$"
)


#: (held-out 105) A repost's heading: the reposted piece's title in quotes, a spaced dash,
#: "by", the writer's role or tie to the reposting site (three words at most) and the name
#: closing the line:
#: "\"Title\" - by CWP alum Name", "“Title” – by alumna Name Surname".
_QUOTED_DASH_BY_NAME = re.compile(
    r"^[“\"](?P<title>[^“”\"]{8,250})[”\"]\s+[-–—]\s+by\s+(?:[^\s“”\"]+\s+){0,3}?"
    r"(?P<name>[A-ZÀ-Ỹ][\w'’.-]+(?:\s+[A-ZÀ-Ỹ][\w'’.-]+){1,3})\s*$"
)


#: (held-out 91) A copy's heading closed by a dash, "By Name" and the source it was taken
#: from after a bar: "Should Vietnam ...? – By Name Name | Lawfare" (the source kept out).
_DASH_BY_NAME_END = re.compile(
    r"\s[-–—]\s+By\s+(?P<name>[A-ZÀ-Ỹ][^|,:;!?–—]{2,60}?)\s*(?:\|\s*[^|]{2,60}?)?\s*$"
)


def title_byline(title: str, rules: Rules) -> tuple[str, list[str]]:
    """A headline closed by ", by Name" (or " – By Name | Source") split into the headline
    and the writer's names (``("Title", ["Name"])``), as is a paper's heading "2022/14
    “Title” by Name" (the title without its number and quotes); other titles unchanged,
    with no names; so is a repost's "\"Title\" - by <role> Name" (held-out 105)."""
    quoted = _QUOTED_BY_NAME.match(title) or _QUOTED_DASH_BY_NAME.match(title)
    names = byline_names(quoted.group("name"), rules) if quoted else []
    if quoted and names:
        return quoted.group("title").strip(), names
    found = _BY_NAME_END.search(title) or _DASH_BY_NAME_END.search(title)
    names = byline_names(found.group("name"), rules) if found else []
    if not found or not names or count_words(title[: found.start()]) < 3:
        return title, []
    return title[: found.start()].rstrip(), names


def title_writer(article: Article, rules: Rules) -> None:
    """With no author read yet, the writer named at the end of the chosen headline ("Title,
    by Name": a print view's or a paper list's title line) as the article's author."""
    title = next((p for p in article.paragraphs if p.kind == "title"), None)
    names = title_byline(normalize_text(title.text), rules)[1] if title else []
    if title is None or not names or article.author:
        return
    article.author = "; ".join(names)
    article.author_source = f"writer closing the headline, line {title.line}: {title.text[:80]!r}"


#: The fewest words of a headline whose copy in capitals on a title page is looked for.
_TITLE_PAGE_MIN_WORDS = 3


def title_page_writer(article: Article, rules: Rules) -> None:
    """With no author read yet, the writer a title page prints in capitals right after the
    headline in capitals (a booklet's cover copied as one line: "Series Name LAOS: BETWEEN
    RIVER AND ROAD PHAM THI LAN"): two to four words in capitals that read as a name."""
    title = normalize_text(article.title)
    if article.author or count_words(title) < _TITLE_PAGE_MIN_WORDS:
        return
    upper = title.upper()
    for p in article.paragraphs:
        text = normalize_text(p.text)
        at = text.find(upper) if p.kind != "title" else -1
        rest = text[at + len(upper) :].strip() if at >= 0 else ""
        words = rest.split()
        if not (2 <= len(words) <= 4 and rest.isupper() and all(w.isalpha() for w in words)):
            continue
        name = " ".join(w.capitalize() for w in words)
        if looks_like_name(name, rules):
            article.author = name
            article.author_source = f"line {p.line}: the name after the headline on its title page"
            return


def without_isbn(title: str) -> str:
    """A title without an ISBN glued after it; other titles unchanged."""
    bare = _ISBN_END.sub("", title)
    return bare if count_words(bare) >= 1 else title


def split_headline_parts(texts: list[str]) -> tuple[set[int], set[int]]:
    """A headline printed whole and again split over two lines, its title and subtitle
    ("A River Accord: Hard Duties?" / "A River Accord" / "Hard Duties?"): the indexes of
    the whole lines and of the two parts; empty sets when none."""
    folded = [normalize_text(t).strip().casefold() for t in texts]
    wholes: set[int] = set()
    parts: set[int] = set()
    for i in range(len(folded) - 1):
        a, b = folded[i], folded[i + 1]
        joined = {f"{a}{sep}{b}" for sep in (": ", " ", " – ", " - ", " — ")}
        found = [k for k, t in enumerate(folded) if k not in (i, i + 1) and a and b and t in joined]
        if found:
            wholes.update(found)
            parts.update((i, i + 1))
    return wholes, parts


def title_glued_kind(p: Paragraph, title: str) -> str | None:
    """The kind of a line opening with the title glued to it: a caption, a page title's
    "Headline | Outlet" (boilerplate), or "" for the lede glued without a space
    ("...for engineersJapan and ..."); None when the line does not open with the title."""
    key, text = normalize_text(title).lower(), normalize_text(p.text).lower()
    if not key or not text.startswith(key) or len(text) <= len(key) + 10:
        return None
    rest = text[len(key) :]
    if p.text[len(title) : len(title) + 1].isupper() and is_prose(rest):
        return ""
    if _sentence_on_title(p.text, key, rest) or (headword_line(title, p.text) and is_prose(p.text)):
        return ""  # (held-out 124) a reference entry opening with its headword is its text
    site_title = re.match(r"\s*[|–—-]\s", rest) and count_words(rest) <= 6
    return "boilerplate" if site_title else "caption"


def _sentence_on_title(line: str, key: str, rest: str) -> bool:
    """Whether ``line``, opening with the title ``key`` (``rest`` after it, lower case), is
    a sentence of text that carries the title on, not a caption glued after it."""
    raw_rest = normalize_text(line)[len(key) :]
    raw_rest = LEAD_NOTES.sub("", raw_rest, count=1)  # "X ( ОФВ ) [а] — союз ...": a lead
    if raw_rest[:1] == " " and raw_rest[1:2].islower() and is_prose(line):
        return True  # a sentence whose subject is the title: "Laos–Vietnam relations are ..."
    if _DEFINITION_APPOSITIVE.match(raw_rest) and is_prose(line):
        return True  # a definition of the title's term: "Ferry diplomacy, or “...”, names ..."
    if _LIST_GOES_ON.match(raw_rest) and count_words(raw_rest) >= 8:
        return True  # a digest's standfirst listing its headlines, the first the title's
    # a headline of full sentences repeated as the paragraph's first words
    return key[-1:] in ".!?" and raw_rest[:1] == " " and is_prose(rest)


#: The title as the first of a standfirst's headlines, the next ones after semicolons (a
#: daily digest: "News Today (Sep. 10): Headline one; Headline two; Headline three."):
#: a caption after a glued title never goes on with a semicolon (held-out 113).
_LIST_GOES_ON = re.compile(r"^;\s+\S[^;]*;\s+\S")

#: A definition's appositive after the term it defines, the title: ", or “...” in X,
#: names ..." (a glossary or topic page's lead names the term, then its other name); a
#: caption after a glued title names a place or a credit, never "or" another name.
_DEFINITION_APPOSITIVE = re.compile(r"^,\s+or\s+\S")


#: An encyclopedia lead's brackets and dash after its subject, the title: "( ОФВ ) [а] —"
#: in "Отечественный фронт Вьетнама ( ОФВ ) [а] — союз ...".
LEAD_NOTES = re.compile(r"^(?:\s*[(\[][^()\[\]]{1,40}[)\]])+\s*[—–-](?=\s)")


#: Column or genre labels in brackets opening a headline, one or more, glued or spaced:
#: "[OUTLOOK]Reading ...", "[Special][Op-ed] Why ..." (each label short, no bracket inside).
_BRACKET_LABELS = re.compile(r"^\s*(?:\[[^\[\]\n]{1,30}\]\s*)+")


def without_bracket_labels(title: str) -> str:
    """A headline without the bracketed column or genre labels opening it ("[Special][Op-ed]
    Why Our Campus Cafés ..." -> "Why Our Campus Cafés ..."), when at least three words
    are left; other titles unchanged.

    >>> without_bracket_labels("[OUTLOOK]What the prefectural papers say about Korea")
    'What the prefectural papers say about Korea'
    >>> without_bracket_labels("[Updated] Talks")
    '[Updated] Talks'
    """
    labels = _BRACKET_LABELS.match(title)
    if labels is None or count_words(title[labels.end() :]) < 3:
        return title
    return title[labels.end() :]


#: (held-out 74) A numeric date, maybe with its time, alone in round brackets closing a
#: headline: a portal's list stamp glued to it ("... exchange agreement (14-03-2008 10:05)").
#: (held-out 116) The time may come first: a city portal's "... Party Committee (09:14
#: 21/06/2021)".
_STAMP_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_STAMP_DAY = r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
_CLOSING_STAMP = re.compile(
    rf"\s*\((?:{_STAMP_TIME},?\s+{_STAMP_DAY}|{_STAMP_DAY}(?:,?\s+{_STAMP_TIME})?)\)\s*$"
)


def without_closing_stamp(title: str) -> str:
    """A headline without the date stamp in brackets closing it, when at least three
    words are left (the date is read from the line as before); other titles unchanged.

    >>> without_closing_stamp("Two universities sign a teacher exchange (14-03-2008 10:05)")
    'Two universities sign a teacher exchange'
    >>> without_closing_stamp("City leaders receive a Lao delegation (09:14 21/06/2021)")
    'City leaders receive a Lao delegation'
    >>> without_closing_stamp("Labour Day (1/5/1886 - 1/5/2019)")
    'Labour Day (1/5/1886 - 1/5/2019)'
    """
    stamp = _CLOSING_STAMP.search(title)
    if stamp is None or count_words(title[: stamp.start()]) < 3:
        return title
    return title[: stamp.start()]


#: (held-out 79) A spaced dash, then a weekday's full name and a date closing a headline:
#: a digest's day of the papers it translates ("... irrigation fees – Monday, 26.4.2010").
_CLOSING_WEEKDAY = re.compile(r"\s[-–—]\s+(?P<day>(?P<weekday>[A-Za-z]+),?\s+\S.{3,30})$")


def without_closing_day(title: str) -> str:
    """A headline without a weekday and its date after a spaced dash, when the part after
    the dash is one date of the date grammar to the day and at least three words are left
    (the line's date stays a candidate: the line itself is unchanged); other titles
    unchanged.

    >>> without_closing_day("Farmers set up a panel on water fees – Monday, 26.4.2010")
    'Farmers set up a panel on water fees'
    >>> without_closing_day("Talks resume – Monday, 26.4.2010")
    'Talks resume – Monday, 26.4.2010'
    >>> without_closing_day("What happened to the ferry – Monday, a day of rain")
    'What happened to the ferry – Monday, a day of rain'
    """
    found = _CLOSING_WEEKDAY.search(title)
    if found is None or found.group("weekday").casefold() not in WEEKDAY_NAMES:
        return title
    day = parse_date(found.group("day"))
    whole = day is not None and day.start == 0 and day.end == len(found.group("day").rstrip())
    if (
        not whole
        or day is None
        or day.precision != "day"
        or count_words(title[: found.start()]) < 3
    ):
        return title
    return title[: found.start()].rstrip()


def without_link_hint(title: str) -> str:
    """A headline without the words a link carries for screen readers closing it, copied
    with the link from a list or an aggregator ("Hanoi's bet on river trade (opens in new
    tab)" -> "Hanoi's bet on river trade"): ``link_hints`` of ``data/header_scoring.yaml``,
    in round brackets at the very end, after at least two words; other titles unchanged.

    >>> without_link_hint("Ferry links reopen (opens in a new window)")
    'Ferry links reopen'
    >>> without_link_hint("Why tabs (open in new tab) matter to readers")
    'Why tabs (open in new tab) matter to readers'
    """
    hint = _link_hint().search(title)
    if hint is None or count_words(title[: hint.start()]) < 2:
        return title
    return title[: hint.start()]


@cache
def _link_hint() -> re.Pattern[str]:
    """``link_hints`` of ``data/header_scoring.yaml`` as one pattern: a hint in round
    brackets closing the line (case-insensitive)."""
    hints = load_data_file("header_scoring.yaml").get("link_hints") or []
    return re.compile(r"\s*\((?:" + "|".join(hints) + r")\)\s*$", re.IGNORECASE)
