"""The layout rules compiled from the data files, and outlet look-ups.

``load_rules`` builds once, from ``data/page_layout.yaml`` (page furniture, credits,
bylines, datelines), ``data/outlets.yaml`` (outlets and their markers) and
``data/header_scoring.yaml`` (see ``analysis.ingest.metadata``), everything
``analysis.ingest.layout`` matches lines against. ``outlet_named`` and ``outlet_in_line`` say
which outlet a short text or a line names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from analysis.core.data_files import load_data_file
from analysis.core.opening_index import FirstOf
from analysis.core.text import normalize_text
from analysis.ingest.metadata import Scoring, ScoringError, load_scoring
from analysis.ingest.year_first_credits import year_first_credit

_DASH = r"\s*(?:--|[-–—:])\s*"
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm)|h)?\b", re.I)


def alternation(patterns: list[str]) -> str:
    """Regular expressions as one alternation, each in its own group so that none leaks
    into another; one that never matches when ``patterns`` is empty.

    >>> alternation(["a|b", "c"]), alternation([])
    ('(?:a|b)|(?:c)', '(?!)')
    """
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


def layout_alternation(key: str) -> str:
    """The list ``key`` of ``data/page_layout.yaml`` as one alternation (``alternation``)."""
    return alternation(load_data_file("page_layout.yaml").get(key) or [])


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + alternation(patterns) + r")\s*$", re.I)


@dataclass(frozen=True)
class Rules:
    """Compiled layout rules (built once from the data files)."""

    boilerplate: re.Pattern[str]
    list_header: re.Pattern[str]
    credit: re.Pattern[str]
    credit_glued: re.Pattern[str]
    publication_note: FirstOf  # tried only where a line's first character allows (issue 13)
    photo_credit_end: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    honorific: re.Pattern[str]
    dateline_word: re.Pattern[str]
    outlets: tuple[tuple[str, str, MarkerPattern, MarkerPattern, MarkerPattern], ...]
    marker_ends: tuple[str, ...]  # every outlet marker: a line can only end with one if it is
    outlet_keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # casefold -> outlet
    scoring: Scoring | None = None
    domains: dict[str, tuple[str, str]] = field(default_factory=dict)  # host -> outlet
    second_level: frozenset[str] = frozenset()  # "co", "com" in "kbs.co.kr", "x.com.sg"
    reserved_domains: frozenset[str] = frozenset()  # "example", "test": never an outlet
    platforms: frozenset[str] = frozenset()  # "blogspot.com": each subdomain is a site
    platform_depths: dict[str, int] = field(default_factory=dict)  # "uberspace.de": 2 labels
    portal_levels: frozenset[str] = frozenset()  # "gov" in "dept.province.gov.vn"
    government_tlds: frozenset[str] = frozenset()  # "mil" in "office.command.army.mil"
    government_levels: frozenset[str] = frozenset()  # "gov" in "x.emb.mfa.gov.tr"
    front_ends: dict[str, str] = field(default_factory=dict)  # "redlib" -> "reddit.com"
    self_labels: frozenset[str] = frozenset()  # "portal": "(XYZ Portal)" is the site itself
    document_hosts: frozenset[str] = frozenset()  # "scribd.com": the document names the outlet
    host_prefixes: frozenset[str] = frozenset()  # "www", "en": an edition, not a site
    comment_heading: re.Pattern[str] = re.compile("(?!)")  # "All comments [2]": readers below
    caption_opening: re.Pattern[str] = re.compile("(?!)")  # "Right:": a caption's first words
    occasion_line: re.Pattern[str] = re.compile("(?!)")  # "at the Spring Luncheon of ..."
    speech_word: re.Pattern[str] = re.compile("(?!)")  # "Talk", "Remarks": a speech's headline
    byline_label_line: re.Pattern[str] = re.compile("(?!)")  # "Author(s):" alone on its line
    wrap_joining_words: frozenset[str] = frozenset()  # "of", "the": a wrapped line goes on
    wrap_never_final_words: frozenset[str] = frozenset()  # "the": no headline ends in one


class MarkerPattern:
    """A pattern holding an outlet marker literally (case-sensitive), compiled on its first
    search of a text that holds the marker: a text without the marker cannot match, so
    ``match`` and ``search`` give what the compiled pattern gives, without compiling the
    patterns of the hundreds of markers a page never names (issue 13)."""

    __slots__ = ("_compiled", "marker", "pattern")

    def __init__(self, marker: str, pattern: str) -> None:
        self.marker = marker
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.match``; None at once when ``text`` lacks the marker."""
        return self.compiled().match(text) if self.marker in text else None

    def search(self, text: str) -> re.Match[str] | None:
        """``re.Pattern.search``; None at once when ``text`` lacks the marker."""
        return self.compiled().search(text) if self.marker in text else None


def _marker_patterns(marker: str) -> tuple[MarkerPattern, MarkerPattern, MarkerPattern]:
    """Patterns for an outlet marker at the start of a lede, glued at a line end, or alone.

    At the start: "Communist Review - ...", "Hanoi (VNA) - ...", "AKP, April 25, 2017 – ...",
    "HANOI, March 12 (Xinhua) -- ...", "WVR/VNA - ..." (an agency after a slash), and a
    marker in brackets or closed by a full stop before a capital: "(KPL) During ...",
    "TGVN. At the ..." (misses64).
    """
    m = re.escape(marker)
    bracketed = marker.startswith(("(", "/"))  # "(KPL) During ...", "/TASS/. The ..."
    stopped = marker.endswith(".")  # "TGVN. At the ...": the stop parts it from the lede
    after = rf"(?:{_DASH}|\s+(?=[A-ZÀ-Ỹ“\"]))" if bracketed or stopped else _DASH
    agency = "" if bracketed else r"(?:/[A-Z][\w.]{1,15})?"  # "WVR/VNA - ..."
    start = rf"^(?:[A-ZÀ-Ỹ][\w .,]{{0,30}}\s)?{m}{agency}(?:,\s*[\w ,]{{4,25}}?)?{after}(?=\S)"
    end = rf"(?<=[.!?\"”’)])\s*[-–—]?\s*{m}\s*$"
    alone = rf"^\s*[-–—]?\s*{m}\s*$"
    return MarkerPattern(marker, start), MarkerPattern(marker, end), MarkerPattern(marker, alone)


def _outlet_keys(outlets: list[dict]) -> dict[str, tuple[str, str]]:
    """Every outlet name and marker in lower case without brackets -> (name, credited)."""
    keys: dict[str, tuple[str, str]] = {}
    for outlet in outlets:
        value = (outlet["name"], outlet.get("credited", ""))
        for text in (outlet["name"], *outlet["markers"], *outlet.get("names", [])):
            keys.setdefault(normalize_text(text).strip("()").casefold(), value)
    return keys


#: A host name as outlets.yaml lists it: lower-case labels joined by dots, no scheme or path.
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")


def check_outlets(data: object, path: str = "analysis/data/outlets.yaml") -> list[dict]:
    """The ``outlets`` list of ``data/outlets.yaml``, checked: each entry a mapping with a
    ``name`` and a ``markers`` list, optional ``names`` and ``domains`` lists of text, every
    domain a bare host name ("vietnamnews.vn", no "https://" or path) listed only once.
    Raises ``ScoringError`` naming the entry."""
    outlets = data.get("outlets") if isinstance(data, dict) else None
    if not isinstance(outlets, list):
        raise ScoringError(f"{path}: no 'outlets' list")
    owner: dict[str, str] = {}
    for entry in outlets:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise ScoringError(f"{path}: an outlet entry has no name: {entry!r}")
        for key in ("markers", "names", "domains"):
            values = entry.get(key, [] if key != "markers" else None)
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ScoringError(f"{path}: {name}: '{key}' must be a list of text")
        _check_domains(entry.get("domains", []), name, owner, path)
    return outlets


def _check_domains(domains: list[str], name: str, owner: dict[str, str], path: str) -> None:
    """Check outlet ``name``'s domains: bare host names, none listed for another outlet
    (``owner``, filled in as they are read). Raises ``ScoringError``."""
    for domain in domains:
        if not _HOST.match(domain):
            raise ScoringError(
                f"{path}: {name}: domain {domain!r} is not a bare lower-case host name "
                "(write 'vietnamnews.vn', without 'https://', 'www.' or a path)"
            )
        if domain in owner and owner[domain] != name:
            raise ScoringError(f"{path}: domain {domain!r} listed for {owner[domain]} and {name}")
        owner[domain] = name


def _domains(outlets: list[dict]) -> dict[str, tuple[str, str]]:
    """Host name -> (outlet, credited): each outlet's ``domains`` and the ``names`` that are
    host names ("vnanet.vn")."""
    found: dict[str, tuple[str, str]] = {}
    for outlet in outlets:
        value = (outlet["name"], outlet.get("credited", ""))
        hosts = [*outlet.get("domains", []), *outlet.get("names", [])]
        for host in hosts:
            host = host.casefold().removeprefix("www.")
            if _HOST.match(host):
                found.setdefault(host, value)
    return found


@cache
def load_rules() -> Rules:
    """Compile the layout rules from ``data/page_layout.yaml`` and ``data/outlets.yaml``."""
    layout, outlets = (load_data_file(name) for name in ("page_layout.yaml", "outlets.yaml"))
    url_rules = outlets.get("url_domains", {})
    outlets = check_outlets(outlets)
    compiled, markers = [], []
    for outlet in outlets:
        for marker in outlet["markers"]:
            compiled.append((outlet["name"], outlet.get("credited", ""), *_marker_patterns(marker)))
            markers.append(marker)
    credit_alts = alternation(layout["credits"])
    return Rules(
        boilerplate=_whole_line(layout["boilerplate"]),
        list_header=_whole_line(layout["list_headers"]),
        comment_heading=_whole_line(layout.get("comment_headings") or []),
        caption_opening=re.compile(
            rf"^\s*(?:{alternation(layout.get('caption_openings') or ['(?!)'])})", re.I
        ),
        occasion_line=re.compile(
            rf"^(?:{alternation(layout.get('occasion_openings') or ['(?!)'])})"
            r"\s+(?:the|an?)\s+[A-Z0-9]"
        ),
        speech_word=re.compile(
            rf"\b(?:{alternation(layout.get('speech_words') or ['(?!)'])})\b", re.I
        ),
        credit=_whole_line(layout["credits"]),
        credit_glued=re.compile(rf"(?<=[.!?\"”’])\s*[-–—]?\s*(\((?:{credit_alts})\))\s*$", re.I),
        publication_note=FirstOf(layout["publication_notes"], re.I),
        photo_credit_end=re.compile(layout["photo_credit_end"], re.I),
        byline_prefix=re.compile(
            rf"^\s*(?:{layout.get('byline_leads') or '(?!)'})?"  # the more labels first: "Story by"
            rf"(?:(?:{layout_alternation('byline_labels_more')})\s*:?\s+"
            rf"|{layout['byline_prefixes']})(?P<name>.+?)"
            rf"(?:\s*[-–—/|]\s*(?:{layout['byline_second_credit']}).*"
            rf"|\s+(?:{alternation(layout.get('byline_interview_markers') or [])})\s+\S.*"
            rf"|\s+(?:{alternation(layout.get('byline_counters') or [])})"
            rf"|\s*(?:{alternation(layout.get('byline_suffixes') or ['(?!)'])}))?$",
            re.I,
        ),
        honorific=re.compile(
            r"\b(?:" + "|".join(layout["honorifics"]) + r")(?=\s|,|$)\s*,?\s*", re.I
        ),
        dateline_word=re.compile(r"\b(?:" + "|".join(layout["dateline_words"]) + r")\b", re.I),
        outlets=tuple(compiled),
        marker_ends=tuple(markers),
        outlet_keys=_outlet_keys(outlets),
        scoring=load_scoring(),
        domains=_domains(outlets),
        reserved_domains=frozenset(url_rules.get("reserved", [])),
        platform_depths=dict(url_rules.get("platform_depths", {})),
        front_ends=dict(url_rules.get("front_ends", {})),
        **_url_label_sets(url_rules),
        **_line_joining_fields(layout),
    )


#: The ``url_domains`` lists of ``data/outlets.yaml`` kept as sets of labels or hosts under
#: the ``Rules`` field of the same name.
_URL_LABEL_SETS = (
    "second_level",
    "platforms",
    "portal_levels",
    "government_tlds",
    "government_levels",
    "self_labels",
    "document_hosts",
    "host_prefixes",
)


def _url_label_sets(url_rules: dict) -> dict[str, frozenset[str]]:
    """The ``Rules`` fields of ``url_domains``' plain lists (``_URL_LABEL_SETS``)."""
    return {key: frozenset(url_rules.get(key, [])) for key in _URL_LABEL_SETS}


_LAYOUT_PATH = "analysis/data/page_layout.yaml"


def _layout_words(layout: dict, key: str) -> frozenset[str]:
    """The word list ``key`` of ``data/page_layout.yaml``, folded; raises ``ScoringError``
    naming the entry when it is not a list of words."""
    words = layout.get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ScoringError(f"{_LAYOUT_PATH}: {key} must be a list of words, got {words!r}")
    return frozenset(w.casefold() for w in words)


def _line_joining_fields(layout: dict) -> dict[str, object]:
    """What joins a line to the next one (``layout/broken_lines.py``): a byline's label alone
    (``byline_label_lines``, a whole line) and the wrapping words; raises ``ScoringError``
    naming the entry when one is bad."""
    label = layout.get("byline_label_lines") or "(?!)"
    try:
        label_line = re.compile(rf"^\s*(?:{label})\s*$", re.I)
    except (re.error, TypeError) as exc:
        raise ScoringError(
            f"{_LAYOUT_PATH}: byline_label_lines {label!r} is not a valid regex ({exc})"
        ) from exc
    return {
        "byline_label_line": label_line,
        "wrap_joining_words": _layout_words(layout, "wrap_joining_words"),
        "wrap_never_final_words": _layout_words(layout, "wrap_never_final_words"),
    }


def scoring_of(rules: Rules) -> Scoring:
    """The header scoring tables compiled with ``rules`` (``data/header_scoring.yaml``)."""
    return rules.scoring if rules.scoring is not None else load_scoring()


def outlet_named(text: str, rules: Rules) -> tuple[str, str] | None:
    """The outlet a short text names exactly ("Khmer Times", "FULCRUM", "Source: NDO",
    "vietnamnet.vn", "(VNA)", "• Kyodo"), as (name, credited); None when it names none."""
    text = normalize_text(text).strip(" -–—•·∙*")
    credit = _CREDIT_LABEL.sub("", text)  # "VOV News (Hanoi)": the brackets kept
    text = _CREDIT_LABEL.sub("", text.removeprefix("(").removesuffix(")"))
    text = re.split(r"\s*[|;,]\s*", text)[0]
    key = text.strip(" -–—.:/").strip("()").casefold()
    key = key.removeprefix("the ") if key.removeprefix("the ") in rules.outlet_keys else key
    found = rules.outlet_keys.get(key)
    if found is None and not key.isascii():  # "Việt Nam News", "Nhân Dân": without accents
        folded = _folded_keys(rules.outlet_keys)
        key = fold_accents(key)
        found = folded.get(key.removeprefix("the ")) or folded.get(key)
    if found is None and (bare := _PUBLICATION_WORD.sub("", key)) != key:
        found = rules.outlet_keys.get(bare) or rules.outlet_keys.get(bare.removeprefix("the "))
    return found if found is not None else _credited_form(credit, rules)


#: A publication's kind closing a listed outlet's name ("The Irrawaddy Magazine", a feed's
#: title printed over a Blogger digest's post): the listed outlet (fix31, held-out 98).
_PUBLICATION_WORD = re.compile(r"\s+(?:magazine|newspaper|online|e-?paper)$")


#: The label opening a credit line: "Source:", "Nguồn:", "Theo" (according to), "Credit:", "©".
_CREDIT_LABEL = re.compile(r"^(?:source|nguồn|theo|credit|©|\(c\)|copyright)\s*:?\s*", re.I)

#: What a credit line adds after an outlet's name: a place in brackets ("VOV News (Hanoi)"),
#: a date and time ("VietNamNet News March 11, 2019 08:25 UTC").
_CREDIT_TAIL = re.compile(
    r"\s*(?:\([^()]{2,30}\)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4}\b.*|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b.*)$",
    re.I,
)


def _credited_form(text: str, rules: Rules) -> tuple[str, str] | None:
    """A listed outlet in the form a credit line writes it: with a place in brackets or a
    date after it, or with "News" after its name ("VOV News (Hanoi)" -> Voice of Vietnam,
    "VietNamNet News March 11, 2019" -> VietNamNet); None otherwise."""
    bare = _CREDIT_TAIL.sub("", text).strip(" -–—.:,")
    bare = re.sub(r"\s+news$", "", bare, flags=re.I)
    if not bare or bare == text or len(bare) < 2:
        return None
    return rules.outlet_keys.get(bare.casefold().removeprefix("the "))


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

#: A credit line's name, a separator and the source's date, a time may follow: "Khmer Times
#: | 30 August 2016", "Agence France Presse - May 18, 2006.", "VietNamNet News March 11, 2019".
_CREDITED_DATE = re.compile(
    r"^(?P<name>[^|–—]{2,60}?)\s*[-–—|,]?\s+(?P<date>"
    + _MONTH
    + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4})\b[^|]{0,30}$",
    re.I,
)


def credited_date(text: str, rules: Rules) -> str | None:
    """The date a credit line gives after a listed outlet's name ("Khmer Times | 30 August
    2016" -> "30 August 2016"): the source's own date, as a publication note's; None when
    the line names no listed outlet or no date after it."""
    line = normalize_text(text).strip(" .|")
    found = _CREDITED_DATE.match(line) or year_first_credit(line)  # "| 2016/4/14 20:58:01"
    if found is None or outlet_named(found.group("name"), rules) is None:
        return None
    return found.group("date")


def fold_accents(text: str) -> str:
    """``text`` without diacritics ("Việt Nam" -> "Viet Nam", "Đà Nẵng" -> "Da Nang")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLDED: dict[int, dict[str, tuple[str, str]]] = {}


def _folded_keys(keys: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The outlet keys without diacritics, computed once per rules table."""
    if id(keys) not in _FOLDED:
        _FOLDED[id(keys)] = {fold_accents(k): v for k, v in keys.items()}
    return _FOLDED[id(keys)]


@cache
def outlet_name_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every outlet name of two words or more (longest first)."""
    names = sorted((k for k in keys if " " in k and len(k) > 8), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in names) + r")(?!\w)")


def outlet_in_line(text: str, rules: Rules) -> tuple[str, str] | None:
    """An outlet whose full name (two words or more) stands inside ``text``."""
    found = outlet_name_pattern(tuple(rules.outlet_keys)).search(normalize_text(text).casefold())
    return rules.outlet_keys[found.group(0)] if found else None


def site_affix(text: str, rules: Rules) -> bool:
    """An outlet's name standing beside a headline as a page title does: "Headline | Outlet",
    "Outlet - Headline", "Logo of Outlet ..."."""
    low = normalize_text(text).casefold()
    parts = re.split(r"\s[|–—-]\s", low)
    if len(parts) > 1 and (outlet_named(parts[-1], rules) or outlet_named(parts[0], rules)):
        return True
    found = outlet_name_pattern(tuple(rules.outlet_keys)).search(low)
    if not found:
        return False
    before, after = low[: found.start()].strip(), low[found.end() :].strip()
    return (
        (not after and before[-1:] in ("|", "-", "–", "—"))
        or ((not before or "logo" in before) and after[:1] in ("|", "-", "–", "—"))
        or "logo" in before
    )
