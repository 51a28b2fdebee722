"""Writers credited inside the opening text when no byline names one: a reporter credited
in the lede's opening by name and title, as Korean papers and agencies print it
("【서울=뉴시스】Name 기자 = ...", "아주경제 Name 기자 =...", "[NBC-1TV Name 보도국장]...";
``reporter_titles_after_name`` of ``data/page_layout.yaml``), and a writer credited at the
end of the standfirst or lede ("..., writes Name, chief economist at Company."), or as the
interviewer a paragraph opened by the paper's own marker ends with ("(VEN) - ..., Name
told Vietnam Economic News' Thu Trang."), or as the interviewer a standfirst names as a
listed outlet's reporter ("Việt Nam News reporter Name spoke with ...")."""

from __future__ import annotations

import re
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.ingest.bylines import byline_names
from analysis.ingest.layout.lines import Paragraph
from analysis.ingest.line_evidence import spelled_initials
from analysis.ingest.page_rules import Rules, alternation, outlet_named

#: A Korean name as credits print it: two to four Hangul syllables, no spaces.
_HANGUL_NAME = r"[\uac00-\ud7a3]{2,4}"


@cache
def _credit() -> re.Pattern[str]:
    """The opening credit: an optional agency block in lenticular brackets or an opening
    square bracket, an optional outlet word (the paper's name, "NBC-1TV"), the name, the
    title, then "=" or "]"."""
    titles = load_data_file("page_layout.yaml").get("reporter_titles_after_name") or []
    return re.compile(
        r"^\s*(?:【[^】]{1,30}】|\[)?\s*(?:[^\s\[\]【】=]{1,20}\s)?"
        rf"(?P<name>{_HANGUL_NAME})\s?(?:{alternation(titles)})\s*[=\]]"
    )


def opening_reporter(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The reporter a credit at the start of the first text paragraph names, with the
    reason, or None ("【서울=뉴시스】김민수 기자 = ..." names 김민수).
    """
    opening = next((p for p in paras if p.kind in ("lede", "body")), None)
    found = _credit().match(opening.text) if opening is not None else None
    if found is None:
        return None
    return [
        found.group("name")
    ], f"reporter credited opening line {opening.line}: {found.group(0)!r}"


#: A writer credited at the end of an opening paragraph: ", writes Name." or ", writes Name,
#: chief economist at Company." (a lower-case role after the name; "writes Name for Outlet"
#: is ``unbylined_authors.WRITES_FOR``, which also reads the outlet).
_WRITES_CLOSING = re.compile(
    r"[,—–]\s*writes\s+(?P<name>[A-ZÀ-Ỹ][\w.'’-]+(?:\s[A-ZÀ-Ỹ][\w.'’-]+){1,3})"
    r"(?:,\s(?:the\s|an?\s)?[a-z][\w'’-]*(?:\s[\w&.'’-]+){0,8})?\s*[.!]?[\"”’]?$"
)


def closing_writer(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The writer that one of the first two text paragraphs credits at its end (held-out 52:
    a standfirst closed by "..., writes Daniel Whitcombe, chief economist at Lotus
    Capital."), with the reason, or None."""
    for p in [q for q in paras if q.kind in ("lede", "body")][:2]:
        found = _WRITES_CLOSING.search(p.text.strip())
        names = byline_names(found.group("name"), rules) if found else []
        if found and names:
            return names, f"writer credited at the end of line {p.line}: {found.group(0)!r}"
    return None


#: An interviewer credited at the end of a paragraph: "..., told Vietnam Economic News'
#: Thu Trang." (an outlet's name, its possessive, a person's name of two to four words).
_TOLD_CLOSING = re.compile(
    r"\btold\s+(?:the\s+)?(?P<outlet>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})(?:'s|’s|'|’)\s+"
    r"(?P<name>[A-ZÀ-Ỹ][\w'’-]+(?:\s[A-ZÀ-Ỹ][\w'’-]+){1,3})\s*[.!]?[\"”]?$"
)

#: An outlet's marker opening a paragraph: "(VEN) - ", "(VOV) – ".
_OPENING_MARKER = re.compile(r"^\s*(?P<marker>\([^()]{2,40}\))\s*[-–—:]")


def _own_outlet(marker: str, outlet: str, rules: Rules) -> bool:
    """Whether ``outlet`` is the outlet of ``marker`` ("(VEN)"): the same listed outlet,
    or the marker its initials ("VEN" of "Vietnam Economic News")."""
    own = outlet_named(marker, rules)
    if own is not None and outlet_named(outlet, rules) == own:
        return True
    return spelled_initials(marker.strip("() "), [outlet]) == outlet


def closing_interviewer(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The interviewer that one of the first two text paragraphs names at its end when the
    paragraph opens with the marker of the outlet it names (held-out 54: "(VEN) - ..., the
    commissioner told Vietnam Economic News' Thu Trang." names Thu Trang, the paper's own
    reporter), with the reason, or None. A reporter of another outlet ("told Reuters' X"
    under a "(VEN)" marker) is quoted, not the writer."""
    for p in [q for q in paras if q.kind in ("lede", "body")][:2]:
        marker = _OPENING_MARKER.match(p.text)
        found = _TOLD_CLOSING.search(p.text.strip()) if marker else None
        if not found or not _own_outlet(marker.group("marker"), found.group("outlet"), rules):
            continue
        names = byline_names(found.group("name"), rules)
        if names:
            return names, f"interviewer credited at the end of line {p.line}: {found.group(0)!r}"
    return None


#: A person's name of two to four capitalised words, as a standfirst prints a reporter's.
_NAME = r"[A-ZÀ-Ỹ][\w'’-]+(?:\s[A-ZÀ-Ỹ][\w'’-]+){1,3}"


@cache
def _reporter_spoke() -> re.Pattern[str]:
    """A listed outlet's reporter (or two) by name, then a verb of interviewing
    (``interviewer_verbs`` of ``data/page_layout.yaml``): "Việt Nam News reporter Hoàng
    Minh Thu spoke with ..."."""
    verbs = load_data_file("page_layout.yaml").get("interviewer_verbs") or []
    return re.compile(
        r"(?P<outlet>[A-ZÀ-Ỹ][\w&.'’-]*(?:\s[A-ZÀ-Ỹ][\w&.'’-]*){0,4})(?:'s|’s)?\s+"
        rf"(?:reporters?|correspondents?|journalists?)\s+(?P<names>{_NAME}(?:\s(?:and|&)\s{_NAME})?)"
        rf"\s+(?:{alternation(verbs)})\b"
    )


def standfirst_interviewer(
    paras: list[Paragraph], last_prose: int, rules: Rules
) -> tuple[list[str], str] | None:
    """The interviewer that one of the first two text paragraphs names as a listed
    outlet's reporter who spoke with the guest (held-out 69: "Ahead of ..., Việt Nam News
    reporter Hoàng Minh Thu spoke with Đặng Văn Bảo, ..." names Hoàng Minh Thu), with the
    reason, or None. A reporter of a body no outlet lists is no credit here."""
    for p in [q for q in paras if q.kind in ("lede", "body")][:2]:
        found = _reporter_spoke().search(p.text)
        if not found or outlet_named(found.group("outlet"), rules) is None:
            continue
        names = byline_names(found.group("names"), rules)
        if names:
            return names, f"interviewer named in line {p.line}: {found.group(0)!r}"
    return None


#: The writers credited inside the opening, in the order ``layout.unbylined_authors`` tries them.
OPENING_CREDITS = (opening_reporter, closing_writer, closing_interviewer, standfirst_interviewer)
