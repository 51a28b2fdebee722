"""The parts a byline carries beside its writers' names, which name no writer: a credit to
unnamed co-writers or agencies ("Name et al.", "Name in Bangkok and agencies";
``byline_et_al`` of ``data/page_layout.yaml``), an agency joined to the name ("Name &
AFP"), the writers' post after a slash ("By A and B / Staff reporter, with staff writer")
or before the name ("By Reporter Name"; the roles are ``author_note_roles`` of
``data/header_scoring.yaml``), each writer's post after a comma ("By A, the director of
X, and B, ..."), the clock of a blog's footer ("Posted by Name at 10:42") and an editor's
initials after a slash ("Name / rc") and the place the writer files from ("Name in
Hanoi")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from analysis.ingest.metadata import fold_word
from analysis.ingest.page_rules import Rules, layout_alternation, outlet_named, scoring_of


@cache
def _et_al() -> re.Pattern[str]:
    """Words for unnamed co-writers after a name (``byline_et_al``): "và cộng sự", "et al.",
    "and agencies"."""
    return re.compile(rf"\s+(?:{layout_alternation('byline_et_al')})(?=\s*(?:$|[|,;/–—-]))", re.I)


def without_et_al(text: str) -> str:
    """``text`` without the unnamed co-writers after its names.

    >>> without_et_al("Rachel Whitmore in Bangkok and agencies")
    'Rachel Whitmore in Bangkok'
    """
    return _et_al().sub("", text)


#: An editor's initials after the writer's name and a slash, closing the byline: "Lena
#: Vossberg / rc", "Name / shs" (a broadcaster's old article pages, held-out 114): two to
#: four small letters, never a word of an outlet's name (those are capitalised).
_EDITOR_INITIALS = re.compile(r"(?<=[\w.])\s+/\s*[a-z]{2,4}\s*$")


def without_editor_initials(text: str) -> str:
    """``text`` without the editor's initials closing it after a slash.

    >>> without_editor_initials("Lena Vossberg / rc")
    'Lena Vossberg'
    >>> without_editor_initials("Name / Reuters")
    'Name / Reuters'
    """
    return _EDITOR_INITIALS.sub("", text)


def writer_post(text: str, rules: Rules) -> bool:
    """Whether the part after a byline's slash is the writers' post, not an outlet:
    "Staff reporter", "Staff reporter, with staff writer" (a Taiwanese daily's two writers,
    held-out 72). Each piece between commas, a leading "with" dropped, is a role phrase."""
    role = scoring_of(rules).note_role
    pieces = [re.sub(r"^with\s+", "", piece.strip(), flags=re.I) for piece in text.split(",")]
    return bool(text.strip()) and all(role.fullmatch(piece) for piece in pieces)


#: A time of day after "at" closing a byline: a blog platform's footer, "Posted by Name at
#: 10:42" (Blogger, held-out 75), "at 8:01 AM".
_CLOCK_TAIL = re.compile(r"\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")


def without_clock(text: str) -> str:
    """``text`` without the time of day closing it after "at".

    >>> without_clock("Posted by Vikram Rathore at 10:42")
    'Posted by Vikram Rathore'
    """
    return _CLOCK_TAIL.sub("", text)


#: A writer's post set after their name between commas, opened by an article: "By A, the
#: CEO of X at Y, and B, the director of Z." (a US magazine's byline, held-out 75); it
#: runs to the next comma or the line's end. (held-out 112) A writer's book after the name,
#: "by Name, author of the forthcoming <Title: Sub, with commas>" (a university press's
#: blog), runs to the line's end: a book's title holds commas of its own.
_APPOSITIVE = re.compile(
    r",\s+(?:the\s+)?(?:co-?)?(?:author|editor)\s+of\s+(?:the\s+)?(?:forthcoming|new|recent)\s.+$"
    r"|,\s+(?:the|a|an)\s+[^,]+?(?=,|\.?\s*$)"
)


def without_appositives(text: str) -> str:
    """A byline without the posts its writers carry after a comma.

    >>> without_appositives("By A Bee, the CEO of X at Y, and C Dee, the director of Z.")
    'By A Bee, and C Dee'
    """
    return _APPOSITIVE.sub("", text).rstrip(" .")


#: The last writer's name and what "&" or "and" joins to it: "Kanya Srisuk & AFP".
_AGENCY_TAIL = re.compile(r"^(?P<names>.+)\s+(?:&|and)\s+(?P<agency>\S.*?)[\s.,]*$")


def without_agency(text: str, rules: Rules) -> str:
    """A byline without the agency joined to its last name by "&" or "and": "Kanya Srisuk &
    AFP" (a paper's writer and the wire it used, held-out 75) -> "Kanya Srisuk"; ``text``
    unchanged when what follows names no listed outlet."""
    match = _AGENCY_TAIL.match(text)
    if match and outlet_named(match.group("agency"), rules):
        return match.group("names")
    return text


def without_capital_role(text: str, rules: Rules, is_name: Callable[[str], bool]) -> str:
    """A marked byline's names without the writer's role in capitals before them: "Reporter
    Mina Cho" (what "By" left of a Korean weekly's "By Reporter Mina Cho", held-out 75),
    "Staff Reporter Name". The role is one to three capitalised words, the last a role of
    ``author_note_roles`` and the others ``post_modifiers``, and what follows opens with a
    name of two words or more (``is_name``); otherwise ``text`` is unchanged."""
    words = text.split()
    scoring = scoring_of(rules)
    for k in (1, 2, 3):
        head, rest = words[:k], " ".join(words[k:])
        first = re.split(r"\s*(?:,|&|\band\b)\s*", rest)[0]
        if (
            len(words) - k >= 2
            and all(w[:1].isupper() for w in head)
            and all(fold_word(w) in scoring.post_modifiers for w in head[:-1])
            and scoring.note_role.fullmatch(head[-1])
            and is_name(first)
        ):
            return rest
    return text


#: Words and a role before the name in a marked byline: "By foreign affairs reporter Name",
#: "By staff writer Name", "By South-East Asia correspondent Name and Name" (the region in
#: capitals, held-out 72); the role, in lower case, must be one of author_note_roles, and
#: no "and" stands before it (the words are no first writer's name).
_LEADING_ROLE = re.compile(r"^(?:(?!and\s)[\w&-]+\s+){0,3}(?P<role>[a-z]+)\s+(?=[A-ZÀ-Ỹ])")


def without_leading_role(text: str, rules: Rules, is_name: Callable[[str], bool]) -> str:
    """What "By" left of a byline without the writer's role before the names, in lower case
    ("foreign affairs reporter Name") or capitalised (``without_capital_role``)."""
    role = _LEADING_ROLE.match(text)
    if role and scoring_of(rules).note_role.match(role.group("role")):
        text = text[role.end() :]
    return without_capital_role(text, rules, is_name)


def without_role_after(name: str, rules: Rules) -> str:
    """A writer's name without the role word a think tank prints after it: "Hannah Pruitt
    Co-Author" (two credits joined by a middle dot, "BY A Co-Author · B Co-Author", an
    embassy's repost, held-out 73) -> "Hannah Pruitt". The last word is a capitalised role
    of ``author_note_roles`` after a prefix and a hyphen ("Co-Author", "Co-Founder"; a bare
    "Head" or "Lead" closing a name may be a surname) and two words or more stay;
    otherwise ``name`` is unchanged."""
    words = name.split()
    last = words[-1].split("-")[-1] if words else ""
    role = last[:1].isupper() and scoring_of(rules).note_role.fullmatch(last)
    if len(words) >= 3 and role and "-" in words[-1]:
        return " ".join(words[:-1])
    return name


#: A byline's last part after a slash: "By Yanet Morales Ruiz/ Radio Cadena Agramonte.".
_SLASH_TAIL = re.compile(r"^(?P<names>.+?)\s*/\s*(?P<site>[^/]{3,60}?)[\s.]*$")


def without_site_name(text: str, sites: set[str]) -> str:
    """A byline without the page's own site after its last slash: "By Yanet Morales Ruiz/
    Radio Cadena Agramonte." under the station's name printed at the top of its page gives
    "By Yanet Morales Ruiz" (held-out 77); ``sites`` are the page's header lines, folded by
    ``site_key``. ``text`` unchanged when the part after the slash is no such line.

    >>> without_site_name("By Jane Roe/ The Daily Lamp.", {site_key("The Daily Lamp")})
    'By Jane Roe'
    >>> without_site_name("By Jane Roe/VNA", {site_key("The Daily Lamp")})
    'By Jane Roe/VNA'
    """
    found = _SLASH_TAIL.match(text)
    return found.group("names") if found and site_key(found.group("site")) in sites else text


def site_key(text: str) -> str:
    """A line's text as the site names are compared: case and spacing folded, no stop."""
    return " ".join(text.casefold().split()).strip(" .")


def without_repeat(name: str) -> str:
    """A name printed twice in one credit, the second run of its words repeating the first
    ("Hannah Dao Hannah Dao": the writer's avatar text and name side by side, held-out
    113) -> "Hannah Dao"; two or more words repeated once, anything else unchanged."""
    words = name.split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def without_place(text: str) -> str:
    """A byline without the place its writer files from or the section it is filed in:
    "Le Thu Ha in Hanoi" -> "Le Thu Ha", "Rizal Pratama In News" (a blog's "By Name In
    Category", held-out 70) -> "Rizal Pratama". The place may be followed by its province,
    state or country in one word after a comma: "Chen Mei in Pingxiang, Guangxi" -> "Chen
    Mei" (held-out 119); two words after the comma may be a second writer, and are kept."""
    return _FILED_IN.sub("", text)


#: Where a byline's writer files from, at its end: "in Hanoi", "In News", "in Ho Chi",
#: "in Pingxiang, Guangxi" (one word of region after a comma, never two: "in Hanoi, Tran
#: Minh" may end with a second writer's name).
_FILED_IN = re.compile(
    r"\s+[iI]n\s+[A-ZÀ-Ỹ][\w’'-]+(?:\s[A-ZÀ-Ỹ][\w’'-]+)?(?:,\s*[A-ZÀ-Ỹ][\w’'-]+)?\s*$"
)
