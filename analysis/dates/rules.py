"""The rule table of the date finder: one ``Rule`` per form of expression.

A rule carries its regular expression, the words a match can start at (``starts``), the
words the text must contain for it to match at all (``needs``; plus a digit unless
``digits=False``) and the handler that turns a match into a ``Reading`` (dates, TimeML
type and value). A new form is one entry here, its words in
``analysis/data/date_words.yaml``. Rules are in priority order: when two matches cover the
same characters, the earlier rule wins.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

from analysis.dates import measures as ms
from analysis.dates import timeml as t
from analysis.dates.handlers import (
    _PARTY_ALT,
    _REL_ALT,
    _SEASON_ALT,
    _YEAR_OFFSETS,
    _h_anniversary,
    _h_congress,
    _h_day_month_year,
    _h_day_range_cross_month,
    _h_day_range_same_month,
    _h_decade,
    _h_dmy_numeric,
    _h_dmy_range,
    _h_month_numeric,
    _h_month_range,
    _h_month_rel_year,
    _h_month_year,
    _h_month_year_range,
    _h_part_of_month,
    _h_rel_month_unit,
    _h_rel_named_month,
    _h_rel_year,
    _h_season,
    _h_season_rel_year,
    _h_spoken_decade,
    _h_vi_day,
    _h_year,
    _h_year_range,
    _h_yearless,
    _h_years_ago,
    _h_ymd,
)
from analysis.dates.lexicon import (
    DAY_PARTS,
    DAY_WORDS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    REFERENCE_WORDS,
    SEASON_WORDS,
    SEASONS,
    SET_WORDS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    alternation,
)
from analysis.dates.model import _DASH, _DAY, _MONTH_ALT, _WD, _YEAR, Handler, _mon


@dataclass(frozen=True)
class Rule:
    """One form of temporal expression.

    ``pattern`` is matched case-insensitively; every match starts at one of the tokens of
    ``starts`` (lower-case words, ``DIGITS`` for the first digit of a number, ``THE`` for
    a "the" before digits); ``needs`` lists token sets of which the text must contain at
    least one each; ``digits`` says whether the text must contain a digit.
    """

    name: str
    pattern: str
    handler: Handler
    starts: frozenset[str]
    needs: tuple[frozenset[str], ...] = ()
    digits: bool = True


DIGITS = "#digits"  # token: the first digit of a run of digits
THE = "#the"  # token: "the" (even inside a word) + whitespace before digits
_DIGITS, _THE_BEFORE_DIGITS = DIGITS, THE


def _first_words(phrases: object) -> frozenset[str]:
    """The first word of each phrase, lower-cased."""
    return frozenset(str(p).split()[0].lower() for p in phrases)  # type: ignore[attr-defined]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ORD = r"(?:st|nd|rd|th)"
_PERIOD_NOUN = r"(?:\s+(?:period|term|tenure|plan))?"
_CONGRESS_BODY = (
    r"(?P<body>National\s+Party\s+Congress|Party\s+National\s+Congress|Party\s+Congress"
    r"|National\s+Congress|Congress)"
)

_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = _first_words(WEEKDAYS)
_REL_WORDS = _first_words(_YEAR_OFFSETS)
_SEASON_WORDS = _first_words(SEASONS)
_NUMBER_WORD_SET = _words("one a two three four five six seven eight nine ten")
_FROM = frozenset({"from"})
_FROM_BETWEEN = frozenset({"from", "between"})
_D = frozenset({DIGITS})
_M = _MONTH_WORDS

# --- TimeML forms without a written year --------------------------------------------

_UNIT_NAMES = [*UNITS, *(u + "s" for u in UNITS if u != "century"), "centuries"]
_UNIT_WORDS = frozenset(_UNIT_NAMES)
_UNIT = rf"(?P<unit>{alternation(_UNIT_NAMES)})"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM = (
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    rf"(?:{_TENS_WORDS})[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b|"
    rf"{alternation([*NUMBER_WORDS, *VAGUE_NUMBERS])})"
)
_NUM_STARTS = _first_words([*NUMBER_WORDS, *VAGUE_NUMBERS]) | _D
#: A half after a number or a unit: "5 1/2 hours", "2½ years", "one and a half years",
#: "a minute and a half" (``str.format`` names the group).
_HALF = r"(?P<{}>\s+1/2|½|\s+and\s+a\s+half\b)?"
_DURATION_REL = r"past|last|next|first|previous|coming|final|initial|latest|remaining|following"
_REL_DURATION_WORDS = _words(_DURATION_REL.replace("|", " "))
_WEEKDAY_FULL = alternation(WEEKDAY_NAMES)
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_SEASON_NAMES = alternation(SEASON_WORDS)
_ORDS = alternation(ORDINALS)
_FULL_MONTHS = "|".join(name for name in calendar.month_name if name)
_HOLIDAY_ALT = alternation([*HOLIDAYS, *(h.replace("'", "\u2019") for h in HOLIDAYS)])
_DIRECTIONS = _words("ago earlier later from hence")

TIMEML_RULES: list[Rule] = [
    Rule(
        "weekday",
        r"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming|(?:the\s+)?previous"
        r"|the\s+following)\s+)?"
        rf"(?P<wd>{_WEEKDAY_FULL})\b{_PART}",
        t.h_weekday,
        starts=frozenset(WEEKDAY_NAMES) | _words("last next this past coming previous the"),
        needs=(frozenset(WEEKDAY_NAMES),),
        digits=False,
    ),
    Rule(
        "day_word",
        rf"\b(?P<dw>{alternation(DAY_WORDS)})\b{_PART}",
        t.h_day_word,
        starts=_first_words(DAY_WORDS),
        digits=False,
    ),
    Rule(
        "this_day_part",
        r"\bthis\s+(?P<part>morning|afternoon|evening)\b",
        t.h_this_day_part,
        starts=_words("this"),
        needs=(frozenset(DAY_PARTS),),
        digits=False,
    ),
    Rule(
        "set",
        rf"\b(?:(?P<word>{alternation(SET_WORDS)})|(?P<q>every|each|per|a)\s+"
        r"(?P<unit>day|week|month|quarter|year|hour))\b",
        ms.h_set,
        starts=frozenset(SET_WORDS) | _words("every each per a"),
        needs=(frozenset(SET_WORDS) | _words("day week month quarter year hour"),),
        digits=False,
    ),
    Rule(
        "ago",
        rf"\b(?:{_NUM}[\s-]+)?{_UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b",
        ms.h_ago,
        starts=_NUM_STARTS | _UNIT_WORDS,
        needs=(_DIRECTIONS,),
        digits=False,
    ),
    Rule(
        "ago_adjective",
        r"\b(?P<n>)(?P<unit>year|month|week|quarter)-(?P<dir>earlier|ago)\b",
        ms.h_ago,
        starts=_words("year month week quarter"),
        needs=(_words("earlier ago"),),
        digits=False,
    ),
    Rule(
        "duration",
        rf"\b(?:the\s+)?(?:(?P<rel>{_DURATION_REL})\s+)?{_NUM}{_HALF.format('frac')}[\s-]+"
        rf"(?:(?:full|more|straight|consecutive|long|calendar|trading|business|working"
        rf"|additional|extra|further)\s+)?{_UNIT}\b(?!-old)"
        rf"{_HALF.format('half')}",
        ms.h_duration,
        starts=_NUM_STARTS | _REL_DURATION_WORDS | _words("the"),
        needs=(_UNIT_WORDS,),
        digits=False,
    ),
    Rule(
        "duration_rel",
        r"\bthe\s+(?P<rel>past|last|previous|next|coming)\s+(?P<n>)"
        r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b",
        ms.h_duration,
        starts=_words("the"),
        needs=(_UNIT_WORDS,),
        digits=False,
    ),
    Rule(
        "duration_plural",
        r"\b(?:for|within|in)\s+(?P<n>)(?P<unit>seconds|minutes|hours|days|weeks|months|years"
        r"|decades|centuries)\b",
        ms.h_duration,
        starts=_words("for within in"),
        needs=(_UNIT_WORDS,),
        digits=False,
    ),
    Rule(
        "year_ended",
        r"\bthe\s+(?:fiscal\s+)?(?P<n>)(?P<unit>year)(?=\s+end(?:ed|ing)\b)",
        ms.h_duration,
        starts=_words("the"),
        needs=(_words("year"), _words("ended ending")),
        digits=False,
    ),
    Rule(
        "holiday",
        rf"\b(?P<hol>{_HOLIDAY_ALT})(?!\w)",
        t.h_holiday,
        starts=_first_words(HOLIDAYS),
        needs=(frozenset(w for h in HOLIDAYS for w in h.replace("'", " ").split()),),
        digits=False,
    ),
    Rule(
        "the_year",
        r"\b(?:the\s+(?:(?P<latest>latest|most\s+recent)\s+)?(?:(?:full|fiscal|current|calendar"
        r"|whole)\s+){0,2}year(?!\s+(?:\d|two|nineteen|of\b|before|after|earlier|later|ago)|-(?:ago|earlier))"
        r"|year[\s-]end|year['’]s\s+end|the\s+end\s+of\s+the\s+year)\b",
        t.h_the_year,
        starts=_words("the year"),
        needs=(_words("year"),),
        digits=False,
    ),
    Rule(
        "spoken_year",
        rf"\b(?:(?P<mon>{_FULL_MONTHS}),?\s+(?:of\s+)?|the\s+(?P<season>{_SEASON_NAMES})\s+of\s+)?"
        r"(?:(?P<c>nineteen|twenty)[\s-]+(?:(?P<teen>"
        + ms.SPOKEN_TEENS
        + r")|(?P<ten>"
        + ms.SPOKEN_TENS
        + r")(?:[\s-]+(?P<unit>"
        + ms.SPOKEN_UNITS
        + r"))?|oh[\s-]+(?P<oh>"
        + ms.SPOKEN_UNITS
        + r"))|(?:the\s+year\s+|(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s))"
        r"(?P<thousand>two\s+thousand)(?:\s+and\s+(?P<tu>" + ms.SPOKEN_UNITS + r"))?)\b",
        ms.h_spoken_year,
        starts=_words("nineteen twenty the two")
        | frozenset(name.lower() for name in calendar.month_name if name),
        needs=(_words("nineteen twenty thousand"),),
        digits=False,
    ),
    Rule(
        "the_weekend",
        r"\bthe\s+weekend\b",
        t.h_the_weekend,
        starts=_words("the"),
        needs=(_words("weekend"),),
        digits=False,
    ),
    Rule(
        "year_quarter",
        rf"(?:(?<![\w.,])(?P<y>{_YEAR})|\b(?P<rel>last|this|next)\s+year)['’]s\s+"
        rf"(?P<ord>{_ORDS})[\s-]+(?P<unit>quarter|half)\b",
        t.h_year_quarter,
        starts=_D | _words("last this next"),
        needs=(_words("quarter half"),),
        digits=False,
    ),
    Rule(
        "quarter",
        r"\b(?:the\s+)?(?:(?P<ago>year-ago|year-earlier|year-before)\s+|"
        rf"(?P<y>{_YEAR})\s+)?(?P<ord>{_ORDS})[\s-]+(?P<unit>quarter|half)\b"
        r"(?:\s+of\s+the\s+(?:fiscal\s+)?year\b)?",
        t.h_quarter,
        starts=_words("the year") | frozenset(ORDINALS) | _D,
        needs=(_words("quarter half"),),
        digits=False,
    ),
    Rule(
        "the_quarter",
        r"\bthe\s+(?:(?P<ago>year-ago|year-earlier|comparable\s+year-ago)\s+|"
        rf"(?P<y>{_YEAR})\s+)?(?:(?P<mod>latest|most\s+recent|recent|just[\s-]+ended)\s+)?"
        r"(?P<noun>quarter|period)\b(?!-to-)",
        t.h_the_quarter,
        starts=_words("the"),
        needs=(_words("quarter period"),),
        digits=False,
    ),
    Rule(
        "century",
        r"\b(?:the\s+)?(?P<n>[12]?\d)(?:st|nd|rd|th)[\s-]+century\b",
        ms.h_century,
        starts=_words("the") | _D,
        needs=(_words("century"),),
        digits=False,
    ),
    Rule(
        "the_following",
        r"\b(?:the\s+(?:following|subsequent)\s+(?P<unit>day|week|month|year)"
        r"|the\s+next\s+(?P<unit2>day|morning|afternoon|evening|night))\b(?![\s-]+(?:of|old)\b)",
        t.h_the_following,
        starts=_words("the"),
        needs=(_words("following subsequent next"),),
        digits=False,
    ),
    Rule(
        "rel_unit",
        r"\b(?P<rel>(?:the\s+)?(?:this\s+past|this\s+coming|last|next|this|past|previous|coming"
        r"|current|following|same))\s+(?P<unit>week|weekend|quarter|decade|century)\b",
        t.h_rel_unit,
        starts=_words("the last next this past previous coming current following same"),
        needs=(_words("week weekend quarter decade century"),),
        digits=False,
    ),
    Rule(
        "rel_season",
        r"\b(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past)\s+"
        rf"(?P<season>{_SEASON_NAMES})\b",
        t.h_rel_season,
        starts=_words("last this next the"),
        needs=(frozenset(SEASON_WORDS),),
        digits=False,
    ),
    Rule(
        "that_unit",
        r"\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>year|quarter|month|week|day)\b"
        r"(?!-)",
        t.h_that_unit,
        starts=_words("earlier later that"),
        needs=(_words("that"), _words("year quarter month week day")),
        digits=False,
    ),
    Rule(
        "vague_ref",
        r"\b(?<!the\s)(?P<rel>coming|future|past)\s+"
        r"(?P<unit>days|weeks|months|quarters|years|decades)\b",
        ms.h_vague_ref,
        starts=_words("coming future past"),
        needs=(_words("days weeks months quarters years decades"),),
        digits=False,
    ),
    Rule(
        "the_season",
        r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?"
        rf"(?P<season>{alternation(w for w in SEASON_WORDS if w != 'fall')})\b"
        r"(?!\s+(?:of\b|olympics|games|solstice|session|term|\d))",
        t.h_the_season,
        starts=_words("the"),
        needs=(frozenset(SEASON_WORDS) - {"fall"},),
        digits=False,
    ),
    Rule(
        "reference",
        rf"\b(?P<ref>{alternation(REFERENCE_WORDS)})\b",
        t.h_reference,
        starts=_first_words(REFERENCE_WORDS),
        digits=False,
    ),
    Rule(
        "clock_day",
        r"(?<![\d:.])(?:(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
        r"|\b(?P<named>noon|midday|midnight)\b)(?:\s*\(?(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC)\)?)?"
        rf",?\s+(?:(?P<wd>{_WEEKDAY_FULL})\b|(?P<dw>today|yesterday|tomorrow)\b|"
        rf"(?P<mon>{_MONTH_ALT})\b\.?\s+(?P<d>[12]\d|3[01]|0?[1-9])\b(?!,?\s*\d))",
        ms.h_clock_day,
        starts=_D | _words("noon midday midnight"),
        needs=(_words("m am pm noon midday midnight"),),
        digits=False,
    ),
    Rule(
        "set_weekday",
        rf"\b(?:(?:every|each)\s+(?P<wd>{_WEEKDAY_FULL})\b|(?P<wdp>{_WEEKDAY_FULL})s\b)",
        ms.h_set,
        starts=_words("every each") | frozenset(WEEKDAY_NAMES),
        digits=False,
    ),
    Rule(
        "set_month",
        rf"\b(?:every|each)\s+(?P<mon>{_FULL_MONTHS})\b",
        ms.h_set,
        starts=_words("every each"),
        needs=(frozenset(name.lower() for name in calendar.month_name if name),),
        digits=False,
    ),
    Rule(
        "clock",
        r"(?<![\d:.])(?:(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
        r"|\b(?P<named>noon|midday|midnight)\b"
        r"|(?<=\bat\s)(?P<h2>1[0-2]|[1-9])\s+(?:o['’]clock\s+)?in\s+the\s+"
        r"(?P<dp>morning|afternoon|evening|night)\b)",
        ms.h_clock,
        starts=_D | _words("noon midday midnight"),
        needs=(_words("m am pm noon midday midnight morning afternoon evening night"),),
        digits=False,
    ),
    Rule(
        "month_alone",
        rf"\b(?P<mon>{_FULL_MONTHS})\b",
        t.h_month_alone,
        starts=frozenset(name.lower() for name in calendar.month_name if name),
        digits=False,
    ),
]

#: Dates written with a year (numbers, month names), in priority order.
ABSOLUTE_RULES: list[Rule] = [
    Rule(
        "iso",
        r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)",
        _h_ymd,
        starts=_D,
        needs=(),
    ),
    Rule(
        "ymd",
        r"(?<!\d)(?P<y>\d{4})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)",
        _h_ymd,
        starts=_D,
        needs=(),
    ),
    Rule(
        "compact",
        r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)",
        _h_ymd,
        starts=_D,
        needs=(),
    ),
    Rule(
        "dmy_numeric",
        _WD + r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?![\d]|[/.\-]\d)",
        _h_dmy_numeric,
        starts=_WEEKDAY_WORDS | _D,
        needs=(),
    ),
    Rule(
        "vi_day",
        r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm\s+|[/,]\s*)(?P<y>\d{4})\b",
        _h_vi_day,
        starts=frozenset({"ngày"}),
        needs=(frozenset({"tháng"}),),
    ),
    Rule(
        "month_numeric",
        r"(?:\btháng\s+(?P<m>\d{1,2})\s*(?:năm\s+|/\s*)(?P<y>\d{4})\b)",
        _h_month_numeric,
        starts=frozenset({"tháng"}),
        needs=(),
    ),
    Rule(
        "month_slash_year",
        r"(?<![\d/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<y>" + _YEAR + r")(?![\d]|/\d)",
        _h_month_numeric,
        starts=_D,
        needs=(),
    ),
    Rule(
        "day_month_year",
        _WD + rf"(?<!\d)(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?{_mon('mon')},?\s+(?P<y>{_YEAR})\b",
        _h_day_month_year,
        starts=_WEEKDAY_WORDS | {_THE_BEFORE_DIGITS, _DIGITS},
        needs=(_M,),
    ),
    Rule(
        "month_day_year",
        _WD + rf"{_mon('mon')}\s+(?:the\s+)?(?P<d>{_DAY})\b,?\s+(?P<y>{_YEAR})\b",
        _h_day_month_year,
        starts=_WEEKDAY_WORDS | _M,
        needs=(_M,),
    ),
    Rule(
        "month_day_range",
        rf"(?:\bfrom\s+)?{_mon('mon')}\s+(?P<d1>{_DAY})(?:{_DASH}|\s+and\s+)(?P<d2>{_DAY})\b,?\s+"
        rf"(?P<y>{_YEAR})\b",
        _h_day_range_same_month,
        starts=_FROM | _M,
        needs=(_M,),
    ),
    Rule(
        "day_range_month",
        rf"(?:\bfrom\s+)?(?<!\d)(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?{_mon('mon')},?"
        rf"\s+(?P<y>{_YEAR})\b",
        _h_day_range_same_month,
        starts=_FROM | _D,
        needs=(_M,),
    ),
    Rule(
        "cross_month_range",
        rf"(?:\bfrom\s+)?{_mon('mon1')}\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR}))?{_DASH}"
        rf"{_mon('mon2')}\s+(?P<d2>{_DAY})\b,?\s+(?P<y2>{_YEAR})\b",
        _h_day_range_cross_month,
        starts=_FROM | _M,
        needs=(_M,),
    ),
    Rule(
        "cross_month_range_dmy",
        rf"(?:\bfrom\s+)?(?<!\d)(?P<d1>{_DAY})\s+{_mon('mon1')}(?:,?\s+(?P<y1>{_YEAR}))?{_DASH}"
        rf"(?P<d2>{_DAY})\s+{_mon('mon2')},?\s+(?P<y2>{_YEAR})\b",
        _h_day_range_cross_month,
        starts=_FROM | _D,
        needs=(_M,),
    ),
    Rule(
        "month_range",
        rf"(?:\bfrom\s+|\bbetween\s+)?{_mon('mon1')}\s*(?:-|–|—|to|until|and|through)\s*"
        rf"{_mon('mon2')},?\s+(?P<y>{_YEAR})\b",
        _h_month_range,
        starts=_FROM_BETWEEN | _M,
        needs=(_M,),
    ),
    Rule(
        "part_of_month",
        rf"\b(?P<part>early|mid|late)[\s-]+{_mon('mon')},?\s+(?P<y>{_YEAR})\b",
        _h_part_of_month,
        starts=frozenset({"early", "mid", "late"}),
        needs=(_M,),
    ),
    Rule(
        "dmy_range",
        r"(?<![\d/.\-])(?P<d1>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)"
        r"(?P<y>\d{4}|\d{2})(?![\d]|[/.\-]\d)",
        _h_dmy_range,
        starts=_D,
        needs=(),
    ),
    Rule(
        "month_year_range",
        rf"(?:\bfrom\s+|\bbetween\s+)?{_mon('mon1')},?\s+(?P<y1>{_YEAR})\s*(?:-|–|—|to|until|and)\s*"
        rf"{_mon('mon2')},?\s+(?P<y2>{_YEAR})\b",
        _h_month_year_range,
        starts=_FROM_BETWEEN | _M,
        needs=(_M,),
    ),
    Rule(
        "decade",
        r"(?:\bthe\s+|\b)(?:(?P<part>early|mid|late)[\s-]+)?(?P<y>(?:19|20)\d0)['’]?s\b",
        _h_decade,
        starts=_words("the early mid late") | _D,
        needs=(),
    ),
    Rule(
        "spoken_decade",
        r"\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?"
        rf"(?:(?P<word>{alternation(DECADE_WORDS)})\b|['’](?P<yy>[2-9]0)s\b)",
        _h_spoken_decade,
        starts=_words("the"),
        needs=(),
        digits=False,
    ),
    Rule(
        "month_year",
        rf"{_mon('mon')},?\s+(?:of\s+)?(?P<y>{_YEAR})\b",
        _h_month_year,
        starts=_M,
        needs=(),
    ),
    Rule(
        "season",
        rf"\b(?P<part>{_SEASON_ALT})(?:[\s-]+|\s*/\s*)(?:the\s+year\s+)?(?:of\s+)?(?P<y>{_YEAR})\b",
        _h_season,
        starts=_SEASON_WORDS,
        needs=(),
    ),
    Rule(
        "year_range",
        rf"(?<![\w.,/])(?P<y1>{_YEAR})\s*(?:-|–|—|/)\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w]|[.,]\d)"
        rf"{_PERIOD_NOUN}",
        _h_year_range,
        starts=_D,
        needs=(),
    ),
    Rule(
        "year_range_from",
        rf"\bfrom\s+(?P<y1>{_YEAR})\s+(?:to|until|till|through)\s+(?P<y2>{_YEAR})\b{_PERIOD_NOUN}",
        _h_year_range,
        starts=_FROM,
        needs=(),
    ),
    Rule(
        "year_range_between",
        rf"\bbetween\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b{_PERIOD_NOUN}",
        _h_year_range,
        starts=frozenset({"between"}),
        needs=(),
    ),
    Rule(
        "year",
        r"(?:(?<![\w.,$€£/:\-])|(?<=\bpre-)|(?<=\bpost-)|(?<=\bmid-))(?P<y>\d{4})(?![\w]|[.,:/\-]\d)",
        _h_year,
        starts=_D,
        needs=(),
    ),
]

#: Relative expressions of the original finder, congresses and anniversaries.
RELATIVE_RULES: list[Rule] = [
    Rule(
        "month_rel_year",
        rf"{_mon('mon')}(?:\s+(?P<d1>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?)?,?\s+"
        rf"(?P<rel>{_REL_ALT})\s+year\b",
        _h_month_rel_year,
        starts=_M,
        digits=False,
        needs=(_REL_WORDS, frozenset({"year"})),
    ),
    Rule(
        "rel_named_month",
        rf"\b(?P<rel>{_REL_ALT})\s+{_mon('mon')}(?:\s+(?P<d>{_DAY})\b(?!,?\s*\d))?",
        _h_rel_named_month,
        starts=_REL_WORDS,
        digits=False,
        needs=(_M,),
    ),
    Rule(
        "season_rel_year",
        rf"\b(?P<part>{_SEASON_ALT})[\s-]+(?P<rel>{_REL_ALT})\s+year\b",
        _h_season_rel_year,
        starts=_SEASON_WORDS,
        digits=False,
        needs=(_REL_WORDS, frozenset({"year"})),
    ),
    Rule(
        "years_ago",
        r"\b(?P<n>\d{1,2}|one|a|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b",
        _h_years_ago,
        starts=_NUMBER_WORD_SET | _D,
        digits=False,
        needs=(frozenset({"ago"}), frozenset({"year", "years"})),
    ),
    Rule(
        "rel_year",
        rf"\b(?P<rel>{_REL_ALT})\s+year\b",
        _h_rel_year,
        starts=_REL_WORDS,
        digits=False,
        needs=(frozenset({"year"}),),
    ),
    Rule(
        "rel_month",
        r"\b(?P<rel>last|this|next|the\s+previous|the\s+past)\s+month\b",
        _h_rel_month_unit,
        starts=frozenset({"last", "this", "next", "the"}),
        digits=False,
        needs=(frozenset({"month"}),),
    ),
    Rule(
        "yearless",
        rf"(?:\b(?:from|on|since|until|by)\s+)?(?:\b(?P<wd>{_WEEKDAY_FULL}),?\s+)?{_mon('mon')}\s+(?P<d1>{_DAY})(?:(?:{_DASH}|\s+and\s+)"
        rf"(?P<d2>{_DAY}))?\b(?!\s*,?\s*\d)",
        _h_yearless,
        starts=frozenset({"from", "on", "since", "until", "by"}) | _M | frozenset(WEEKDAY_NAMES),
        needs=(_M,),
    ),
    Rule(
        "congress",
        rf"\b(?:the\s+)?(?P<n>\d{{1,2}}){_ORD}\s+{_CONGRESS_BODY}"
        rf"(?:\s+of\s+(?:the\s+)?(?P<party>{_PARTY_ALT})\b(?:\s*\((?:{_PARTY_ALT})\))?)?",
        _h_congress,
        starts=frozenset({"the"}) | _D,
        needs=(frozenset({"congress"}),),
    ),
    Rule(
        "anniversary",
        rf"\b(?:the\s+)?(?P<n>\d{{1,3}}){_ORD}\s+anniversary\b",
        _h_anniversary,
        starts=frozenset({"the"}) | _D,
        needs=(frozenset({"anniversary"}),),
    ),
]

#: Every rule, in priority order.
RULES: tuple[Rule, ...] = (*ABSOLUTE_RULES, *TIMEML_RULES, *RELATIVE_RULES)
