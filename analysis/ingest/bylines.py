"""Bylines: which header and footer lines name the authors, and the names they give.

A byline says so ("By X", "Writer: X", "Reporter : X", "X / Outlet", "Name. MA. Affiliation",
"Author: Name, University") or looks like one (a name in capitals, names joined by "and",
a name with a date, a date with a name and an outlet). Names are judged as written: two to
six capitalised words, no digits, no institution, outlet, label or country names only.
"""

from __future__ import annotations

import re

from analysis.core.text import count_words, normalize_text
from analysis.ingest.byline_bios import post_part
from analysis.ingest.byline_tails import (
    without_clock,
    without_editor_initials,
    without_et_al,
    without_leading_role,
    without_place,
    without_repeat,
    without_role_after,
    writer_post,
)
from analysis.ingest.clock_bylines import split_before_clock
from analysis.ingest.country_lines import _countries_named, country_pair
from analysis.ingest.country_names import closed_by_place_word, holds_country
from analysis.ingest.date_first_bylines import label_after_date
from analysis.ingest.date_memo import absolute_dates
from analysis.ingest.firm_names import firm_name, organisation_credit, organisation_labelled
from analysis.ingest.line_evidence import credit_parts
from analysis.ingest.metadata import name_stopword_at
from analysis.ingest.page_rules import (
    TIME_OF_DAY,
    Rules,
    outlet_name_pattern,
    outlet_named,
    scoring_of,
)

_WEEKDAY_EN = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|thứ \w+|chủ nhật)\b,?",
    re.I,
)
#: "Name / Outlet", "Name (Outlet)", "NAME, Outlet staff writer".
NAME_OUTLET = re.compile(  # the names never end with "and" ("A, B and (Sign)": a list)
    r"^(?P<names>[^/()]{3,80}?)(?<!\band)(?<!\band )"
    r"\s*(?:/\s*(?P<outlet>[^/]{3,40})|\((?P<paren>[^()]{3,40})\)"
    r"|,\s*(?P<staff>[^,]{2,30}?)\s+(?:staff\s+)?(?:writer|correspondent|reporter))$",
    re.I,
)


def byline_outlet(text: str, rules: Rules) -> tuple[str, str] | None:
    """The outlet a byline names after the names ("/ Outlet", "(Outlet)", ", Outlet staff
    writer", ", Outlet" when the part after the comma is an outlet's name), or None."""
    found = NAME_OUTLET.match(normalize_text(text))
    if not found:
        tail = re.match(r"^[^,]{3,60},\s*(?P<outlet>[^,]{2,40})$", normalize_text(text))
        return outlet_named(tail.group("outlet"), rules) if tail else None  # "By X, Outlet"
    part = found.group("outlet") or found.group("paren") or found.group("staff") or ""
    return outlet_named(part, rules)


_NAME_WORD_SHAPE = re.compile(r"^[A-ZÀ-Ỹ][\w.'’-]*$")


#: One word of an initial glued to a name by its dot, as Mongolian and Russian agencies sign
#: their writers (the father's initial, then the name): "B.Tsetsegmaa", "E.Altanzul".
_INITIAL_NAME = re.compile(r"[A-ZÀ-Ỹ]\.[A-ZÀ-Ỹ][a-zà-ỹ]{2,}")


def _person_name(part: str, rules: Rules) -> bool:
    """A byline part (as written) that reads as a person's name (or a pen name): two to six
    capitalised words, no digits, no institution, outlet, label or country names only."""
    words = part.split()
    scoring = scoring_of(rules)
    if len(words) == 1 and _INITIAL_NAME.fullmatch(part):  # "B.Tsetsegmaa"
        return not scoring.not_name.search(part) and outlet_named(part, rules) is None
    return (
        2 <= len(words) <= 6
        and not any(ch.isdigit() for ch in part)
        and all(
            _NAME_WORD_SHAPE.match(w) or w in ("de", "van", "der", "bin", "binti") for w in words
        )
        and not scoring.not_name.search(part)
        and not scoring.section_label.match(part)
        and not (_countries_named(words) or closed_by_place_word(words))  # "Baybay City"
        and outlet_named(part, rules) is None
    )


def byline_names(text: str, rules: Rules) -> list[str]:
    """The person names of a byline ("By A and B", "A - B / Outlet", "Name. MA. Affiliation",
    "Author: Name, University"), in title case; institutions and outlets are left out."""
    text = re.sub(r"^\[(.*)\]$", r"\1", text.strip())  # "[Name,]", "[By Name]" in brackets
    text = _LINK_MARK.sub("", text)  # a text browser's "Author: [8]Name, ANU" (lynx)
    labelled = organisation_labelled(text, scoring_of(rules))  # "By <Office>", not "From:"
    text, prefix = _without_prefix(text, rules)
    text = name_before_date(text, rules) or text  # "Name · Outlet · Posted: <date>"
    text = without_et_al(without_clock(text))  # "Name và cộng sự | ...", "Name at 10:42"
    text = without_editor_initials(text)  # "Name / rc": the editor's initials (b114)
    text = re.sub(
        r"(?<=\w)\s?\[(?:[ivx]{1,4}|\d{1,2}|\*)\]\s*$", "", text
    )  # a note mark: "Name[i]"
    text = _BRACKETED_AFFILIATION.sub("", text)  # "A (ANU), B (VNU) and C (Griffith)"
    # "A, Place - Source - Date", "A/Source": the names part only
    text = credit_parts(text, lambda part: looks_like_name(part, rules))[0]
    text = without_place(label_after_date(text, without_dates(text), rules))  # "<day> | By A"
    # "posted by X on <date>", "By A and B on <date> at <time>" (the words the date left)
    text = re.sub(r"(?:\s+(?:on|at))+\s*$", "", text)
    if prefix and text.islower() and _lower_name(text, rules):
        text = text.title()  # "by linh tran": a marked byline typed in lower case
    match = NAME_OUTLET.match(normalize_text(text))
    post = match and writer_post(match.group("outlet") or "", rules)  # "A and B / Staff reporter"
    if match and (byline_outlet(text, rules) or match.group("staff") or post):
        text = match.group("names")
    site = outlet_name_pattern(tuple(rules.outlet_keys)).search(text.casefold())
    if site and site.end() >= len(text.rstrip(" .")) - 1:
        text = re.sub(r"\s*\bthe\s*$", "", text[: site.start()], flags=re.I)
    text = rules.honorific.sub(" ", " " + text + " ").replace("*", " ").strip(" |/–—-")
    names = _split_names(_AFFILIATION_NUMBER.sub("", text), rules, labelled)
    # "Name Co-Author", "Name Name" (a name printed twice)
    return [without_repeat(without_role_after(name, rules)) for name in names]


#: A text browser's link number glued before the linked words (lynx, w3m: "Author:
#: [8]Le Thi Mai Phuong, ANU", held-out 120): a number in brackets right before a capital.
#: A note mark after a name ("Name[1]") and a spaced "[1] Name" are not link marks.
_LINK_MARK = re.compile(r"(?<![\w\]])\[\d{1,3}\](?=[A-ZÀ-Ỹ])")


#: An affiliation in brackets after each author's name, before a comma, "and" or the end:
#: "Authors: Claire Dunn (ANU), Tran Bich Ngoc (VNU) and Peter Walsh (Griffith)".
_BRACKETED_AFFILIATION = re.compile(r"(?<=\w)\s?\([^()]{2,40}\)(?=\s*(?:,|&|\band\b|$))")


#: An affiliation number after an author's name in a journal's byline ("Thu Ha Pham 1,
#: Quoc Anh Vu 2,3", or glued as a superscript lost: "NGUYEN VAN HAI1, TRAN THI LAN2",
#: "By Name1 & Name2"): a number from 1 to 99 (or several joined by commas) right after a
#: word, before a comma, a star, "&", "and" or the end (a counter's "0" is no affiliation).
_AFFILIATION_NUMBER = re.compile(
    r"(?<=[^\W\d_])\s?[1-9]\d?(?:,[1-9]\d?)*(?=\s*(?:,|\*|&|\band\b|$))"
)


def _without_prefix(text: str, rules: Rules) -> tuple[str, bool]:
    """A byline without its e-mail address, mailing list, "By" prefix and the role before
    the name ("By foreign affairs reporter Morgan Kellaway"); whether it had the prefix."""
    text = _EMAIL.sub(" ", text).strip()
    text = re.sub(r"\s+via\s+\S.*$", "", text)  # "Name via List" (a mailing list's From:)
    prefix = rules.byline_prefix.match(text)
    if not prefix:
        return text, False
    text = prefix.group("name")
    return without_leading_role(text, rules, lambda name: looks_like_name(name, rules)), True


#: Initials run together ("T.L.", "W.P."): kept as printed and never split at
#: their stops (held-out 102: "Marcus T.L. Whitcombe").
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,4}$")


#: Where a cleaned byline splits into names: commas, "and", "&", dashes, bars and stops
#: (the separator kept, so a comma after a writer's post is told from "and").
#: "AND" too, in a byline set in capitals ("BY MARIA SANTOS AND BEN LIM").
_NAME_SEPARATOR = re.compile(
    r"\s*(,|&|\b(?:and|AND)\b|;|\s[-–|·]\s|(?<!\s[A-Z])(?<!^[A-Z])(?<!\.[A-Z])\.\s+)\s*"
)


def _split_names(text: str, rules: Rules, labelled: bool = False) -> list[str]:
    """The person names of a cleaned byline, split at commas, "and", dashes and stops, in
    title case. After a writer's post the parts a comma joins are where the writer works,
    not names ("Jonah Dizon, Journalist, Puerto Princesa", held-out 70), up to "and". A
    firm's name is one writer; so is an organisation's body after a writer's label
    (``labelled``: "By VVAW National Office")."""
    if firm := firm_name(text, scoring_of(rules)):
        return [firm]  # "Dezan Shira & Associates": one firm, not two people
    if labelled and (body := organisation_credit(text, scoring_of(rules))):
        return [body]  # "By VVAW National Office": the organisation's body, whole
    names, after_post = [], False
    pieces = _NAME_SEPARATOR.split(text)
    for k in range(0, len(pieces), 2):
        part = pieces[k].strip(" .,")
        separator = pieces[k - 1].strip() if k else ""
        after_post = after_post and separator == ","
        if post_part(part, separator, bool(names), rules):
            after_post = True
            continue
        if part and not after_post and _person_name(part, rules):
            words = [
                w if _INITIALS.match(w) else w.capitalize() if w.isupper() or w.islower() else w
                for w in part.split()
            ]
            names.append(" ".join(words))
    return names


_EMAIL = re.compile(r"[\[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?")


def _lower_name(text: str, rules: Rules) -> bool:
    """Two to four lower-case words that are no stopwords: a name typed without capitals."""
    words = text.split()
    stops = name_stopword_at(words, scoring_of(rules))
    return 2 <= len(words) <= 4 and all(w.isalpha() for w in words) and not any(stops)


def clean_author(name: str, rules: Rules) -> str:
    """Author name(s) in title case without honorifics: "DR. LE HOAI TRUNG" -> "Le Hoai Trung".

    Several authors ("A and B", "A, B", "A - B / Outlet") come out "; "-separated;
    affiliations, institutions and outlets are left out.
    """
    return "; ".join(dict.fromkeys(byline_names(name, rules)))


def _country_line(words: list[str]) -> bool:
    """Countries joined by hyphens, or a country's name (``country_names``): no person."""
    return any(country_pair(w) for w in words) or holds_country(words)


def looks_like_name(text: str, rules: Rules) -> bool:
    """A short line of capitalised words (any case), allowing honorifics: a person's name;
    or one initial glued to a name ("B.Tsetsegmaa")."""
    bare = rules.honorific.sub(" ", " " + text + " ").strip(" .,*[]")
    words = bare.split()
    scoring = scoring_of(rules)
    if len(words) == 1 and _INITIAL_NAME.fullmatch(bare):
        return not (scoring.not_name.search(bare) or outlet_named(bare, rules))
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in bare):
        return False
    if scoring.not_name.search(bare) or outlet_named(bare, rules):
        return False
    if scoring.section_label.match(bare) or any(name_stopword_at(words, scoring)):
        return False
    if _country_line(words):  # "India-Vietnam Naval Training Pact", "Vietnam Laos Markers"
        return False
    return all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)


def capital_name(text: str, rules: Rules) -> bool:
    """A name in capitals, with a title or of two words or more: "DR. LE HOAI TRUNG"."""
    bare = rules.honorific.sub(" ", " " + text + " ").strip()
    return bare.upper() == bare and looks_like_name(text, rules)


def joined_names(text: str, rules: Rules) -> bool:
    """Two or more names joined by "and", "&" or commas: "Tran Minh Khoa and Le Thu Ha*",
    each name's affiliation number left aside ("Tran Minh Khoa1, Le Thi Ngoc Anh2"), and so
    is a corresponding author's star set apart by the commas ("Lan-Anh Do 1, * , Minh-Quan
    Vo 2 , Thi-Hoa Lam 3, * and Duc-Tri Huynh 4", a journal PDF's superscripts; held-out 67)."""
    split = re.split(r"\s*(?:,|&|\band\b)\s*", _AFFILIATION_NUMBER.sub("", text).strip(" *"))
    parts = [part.strip(" *†‡") for part in split if part.strip(" *†‡")]
    return len(parts) >= 2 and all(looks_like_name(part, rules) for part in parts)


def without_dates(text: str) -> str:
    """``text`` without its dates, weekdays and times ("Friday, 22 June 2012 Keo Piseth");
    unchanged when it holds no date."""
    found = absolute_dates(text)
    if not found:
        return text
    for match in reversed(found):
        text = text[: match.start] + " " + text[match.end :]
    text = re.sub(r"(?<=[A-ZÀ-Ỹa-zà-ỹ])(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)", " ", text)
    text = TIME_OF_DAY.sub(" ", _WEEKDAY_EN.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip(" ,|-–")
    return _DATE_LABEL_END.sub("", text)  # "By A and B Published: Nov 01, 2022"


#: The label a date stood behind at a byline's end: "By A and B Published:", "Posted on",
#: "By ANI Published Date" (before " - 06:15 PM, Tue - 14 November 23"; held-out 103).
_DATE_LABEL_END = re.compile(
    r"\s*\b(?:publish(?:ed)?(?:\s+date)?|updated|posted|last updated)\s*(?:on|at)?\s*:?\s*$",
    re.I,
)


def date_byline(text: str, rules: Rules) -> bool:
    """A date, the author's name and the outlet on one line before the text:
    "Friday, 22 June 2012 Keo Piseth The Phnom Penh Post". The date gives its day or month:
    a bare year among title-case words is part of a file's or a report's name ("Imf Vn Soe
    Arrears 2011 Selected Issues", a document host's upload, held-out 60), no date."""
    if not any(m.precision in ("day", "month") for m in absolute_dates(text)):
        return False
    rest = without_dates(text)
    if rest == text.strip() or rules.dateline_word.search(rest) or "/" in rest:
        return False
    return bool(byline_names(rest, rules)) and len(rest.split()) <= 10


def name_then_date(text: str, rules: Rules) -> bool:
    """A byline and a dateline on one line: "Minh Anh - 10:15 | Wednesday, October 25, 2023",
    "Name · CBC News · Posted: Mar 12, 2024 4:00 AM ET" (a middle dot between the pieces)."""
    return bool(name_before_date(text, rules))


def name_before_date(text: str, rules: Rules) -> str:
    """The writer's name opening a line that goes on to a date (``name_then_date``), else
    "": the name alone, however long the date and the labels after it."""
    parts = re.split(r"\s[-–|·•]\s", text, maxsplit=1)  # "Name • <date>"
    parts = parts if len(parts) == 2 else split_before_clock(text)  # "Name 09:15, <date>"
    name = _DATE_LABEL_END.sub("", parts[0])  # "ANI Published Date - 06:15 PM, Tue - ..."
    if len(parts) == 2 and looks_like_name(name, rules) and absolute_dates(parts[1]):
        return name
    return ""


#: A reference list's entry: a cited work's place, publisher and year at its end
#: ("Malcolm N. Shaw, International Law, Cambridge: Cambridge University Press, 2017.").
_REFERENCE_END = re.compile(r"[\w.)]:\s[^:,]{2,80},\s(?:1[89]|20)\d{2}[a-z]?\.?$")


def reference_entry(text: str) -> bool:
    """Whether ``text`` is an entry of a reference list, naming a cited work's writer, not
    the page's: it ends with the work's place, publisher and year ("Name, Title, Place:
    Publisher, 2017."), not a labelled day ("... | Last Updated: March 12, 2024")."""
    end = _REFERENCE_END.search(text.strip())
    return end is not None and not any(
        d.precision == "day" for d in absolute_dates(end.group(0)[2:])
    )


def footer_byline(text: str, rules: Rules) -> bool:
    """A footer line "Name. MA. Affiliation" or "Name - Name / Outlet" (never a
    ``reference_entry``)."""
    if reference_entry(text):
        return False
    if byline_outlet(text, rules) and byline_names(text, rules):
        return True
    head, dot, rest = text.partition(". ")
    return bool(dot) and looks_like_name(head, rules) and count_words(rest) <= 20


def note_names(text: str, rules: Rules) -> list[str]:
    """The people an author's note presents: "Tran Quoc Vinh is a research associate ...
    Jeffrey Orland is an associate professor ..." (a name, then "is a/an/the" and a role
    word from ``author_note_roles`` in ``data/header_scoring.yaml``), or a note marked
    with an asterisk, "*Name heads ..." (the role word as its verb). Titles go ("Dr.
    Evelyn Marsh is a senior fellow ...", held-out 70's bio -> "Evelyn Marsh")."""
    scoring = scoring_of(rules)
    names = []
    for found in _NOTE.finditer(text):
        name, role = found.group("name"), found.group("role")
        if scoring.note_role.match(role) and _person_name(name, rules):
            names.append(rules.honorific.sub(" ", f" {name} ").strip() or name)
    starred = _STARRED_NOTE.match(text)
    if starred and scoring.note_role.fullmatch(starred.group("role")):
        names += [starred.group("name")] if _person_name(starred.group("name"), rules) else []
    return names


#: A note marked with an asterisk whose verb is a role word with its "s": "*Helena
#: Marquardt heads the foundation's project ..." (``author_note_roles``: head, chair, lead).
_STARRED_NOTE = re.compile(
    r"^\*\s?(?P<name>[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){1,4})\s(?P<role>[a-z]{3,15})s\s"
)

_NOTE = re.compile(
    r"(?:^|(?<=[.*]\s)|(?<=^\*))(?P<name>[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){1,4})"
    r"\s(?:is|was)\s(?:a|an|the)\s(?P<role>[\w -]{3,40})"
)


def lead_note_names(text: str, rules: Rules) -> list[str]:
    """The people running text presents as its authors after a lead of
    ``author_note_leads`` (``data/header_scoring.yaml``): "The author, Nguyen Van An, is a
    lecturer ...", "This article was written by Tran Thi Hoa and Le Minh." (one or two
    names, titles such as "Dr." dropped; outlets and agencies are never names)."""
    scoring = scoring_of(rules)
    if scoring.note_lead is None:
        return []
    names: list[str] = []
    for lead in scoring.note_lead.finditer(text):
        before = text[: lead.start()].rstrip()
        if before and before[-1] not in '.!?"”’(*—–-:':  # or a label's colon
            continue  # the lead must open a sentence or a bracket
        found = _LEAD_NAMES.match(rules.honorific.sub("", text[lead.end() :].lstrip(" ,:")))
        if not found:
            continue
        for name in (found.group("first"), found.group("second")):
            if name and len(name.split()[-1]) > 2:
                name = name.rstrip(".")  # the sentence's full stop, not an initial's
            if name and _person_name(name, rules) and not outlet_named(name, rules):
                names.append(name)
        if names:
            break
    return names


_NAME_WORDS = r"[A-ZÀ-Ỹ][\w.'’-]*(?:\s[A-ZÀ-Ỹ][\w.'’-]*){1,4}"
_LEAD_NAMES = re.compile(
    rf"(?P<first>{_NAME_WORDS})(?:\s(?:and|&)\s(?:\w+\.\s)?(?P<second>{_NAME_WORDS}))?"
    r"(?=\s*(?:[,.;:()–—-]|$|\s(?:is|was|are|were|has|works|teaches)\b))"
)


def glued_twice(name: str) -> bool:
    """Words printed twice with nothing between ("Thời ĐạiThời Đại"): a logo, no person."""
    half = len(name) // 2
    return len(name) % 2 == 0 and " " in name[:half] and name[:half] == name[half:]


def capital_surname(text: str) -> str:
    """A name whose last word alone was typed in lower case, after two capitalised words,
    with that word capitalised ("Tariq Mahmood khan" -> "Tariq Mahmood Khan"); other texts
    unchanged: two words in sentence case are a label ("Article excerpt", held-out 79)."""
    words = normalize_text(text).split()
    last = words[-1] if words else ""
    capitals = 3 <= len(words) <= 4 and all(w[:1].isupper() for w in words[:-1])
    if capitals and last.isalpha() and last.islower() and len(last) > 2:
        return " ".join([*words[:-1], last.capitalize()])
    return text


def name_over_institution(name: str, below: str, rules: Rules) -> bool:
    """Whether ``name`` is a person's bare name and ``below`` a short line naming an
    institution (a word of ``not_name_words``: "Institute", "Viện", "University"), no
    sentence: a writer over her affiliation ("Lâm Thu Trang" / "Viện Nghiên cứu ...")."""
    scoring = scoring_of(rules)
    return bool(
        looks_like_name(name, rules)
        and not outlet_named(name, rules)
        and not scoring.section_label.match(name)
        and scoring.not_name.search(below)
        and count_words(below) <= 12
        and not below.rstrip().endswith((".", "?", "!"))
    )
