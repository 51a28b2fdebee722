"""TimeML output of analysis.dates: every new kind of expression on sentences written for
these tests, with the TIMEX3 extent, type and value expected, anchored at a known date."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis import cli
from analysis.annotators.timeml_export import timeml_document
from analysis.dates import DateMatch, DateWordsError, find_dates, parse_date, timeml
from analysis.dates.lexicon import read_date_words
from analysis.dates.rules import RULES, handler_table, read_rules

T = pd.Timestamp
#: A Wednesday.
ANCHOR = T("2024-10-23")


def timexes(text: str, anchor: pd.Timestamp | None = ANCHOR) -> list[tuple[str, str, str]]:
    """(extent, type, value) of every TIMEX3 that ``find_dates`` gives for ``text``."""
    return [(p.text, p.type, p.value) for m in find_dates(text, anchor=anchor) for p in m.timex]


# (sentence, expected TIMEX3s as (extent, type, value))
CASES = [
    # weekdays: the tense of the sentence picks the week
    ("The minister said on Friday that talks went well.", [("Friday", "DATE", "2024-10-18")]),
    ("The delegation will arrive on Friday.", [("Friday", "DATE", "2024-10-25")]),
    ("The leaders met on Wednesday in Hanoi.", [("Wednesday", "DATE", "2024-10-23")]),
    ("Officials met last Monday.", [("last Monday", "DATE", "2024-10-21")]),
    ("Voting opens next Tuesday.", [("next Tuesday", "DATE", "2024-10-29")]),
    # a weekday with a part of the day is a time of day, as "yesterday morning" is
    ("Crowds gathered on Sunday night.", [("Sunday night", "TIME", "2024-10-20TNI")]),
    # no tense cue, or a possessive ("Monday's vote"): news reports the day behind
    ("Ministers in Hanoi on Saturday.", [("Saturday", "DATE", "2024-10-19")]),
    (
        "Envoys will study Monday's vote in the assembly.",
        [("Monday", "DATE", "2024-10-21")],
    ),
    # "next to" is a place, not the future; "United" is a name, not a past verb
    (
        "A fire broke out next to the port on Monday.",
        [("Monday", "DATE", "2024-10-21")],
    ),
    (
        "The minister will fly to the United States Thursday.",
        [("Thursday", "DATE", "2024-10-24")],
    ),
    # a present-tense verb of a scheduled event is the plan: the next such day
    (
        "The two leaders meet separately Monday with the envoy.",
        [("Monday", "DATE", "2024-10-28")],
    ),
    ("The party congress opens Monday in Hanoi.", [("Monday", "DATE", "2024-10-28")]),
    # ... an infinitive of such a verb takes the tense of the verb before it
    ("The two leaders agreed to meet Monday.", [("Monday", "DATE", "2024-10-21")]),
    # "a still unspecified date": an adjective in -ed, so "would" decides (next January)
    (
        "The dividend would be paid on a still unspecified date in January.",
        [("January", "DATE", "2025-01")],
    ),
    # "the same day", "the previous day", "the day after" (ending its clause): read from
    # the date named last before them; none before them, or "the day after the ceremony"
    # (a day told by an event): no TIMEX3
    (
        "The council met on Oct. 3, 2024. The envoys signed the accord the same day.",
        [("Oct. 3, 2024", "DATE", "2024-10-03"), ("the same day", "DATE", "2024-10-03")],
    ),
    (
        "The council met on Oct. 3, 2024, and the envoys had arrived the previous day.",
        [("Oct. 3, 2024", "DATE", "2024-10-03"), ("the previous day", "DATE", "2024-10-02")],
    ),
    (
        "The council met on Oct. 3, 2024. The envoys left the day after, and talks ended.",
        [("Oct. 3, 2024", "DATE", "2024-10-03"), ("the day after", "DATE", "2024-10-04")],
    ),
    (
        "The party was founded in 1930. Later the same year, it held a plenum.",
        [("1930", "DATE", "1930"), ("Later the same year", "DATE", "1930")],
    ),
    (
        "The council met on Oct. 3, 2024. The envoys left the day after the ceremony.",
        [("Oct. 3, 2024", "DATE", "2024-10-03")],
    ),
    ("The envoys signed the accord the same day.", []),
    # "the previous year", "the same week": from the date named last before them, else
    # from the anchor (a Wednesday of week 43)
    (
        "The council met in 2022. The envoy had left the previous year.",
        [("2022", "DATE", "2022"), ("the previous year", "DATE", "2021")],
    ),
    (
        "The council met on March 3, 2022. The accord was signed the same week.",
        [("March 3, 2022", "DATE", "2022-03-03"), ("the same week", "DATE", "2022-W09")],
    ),
    (
        "The council met on March 3, 2022, after talks in the previous quarter.",
        [("March 3, 2022", "DATE", "2022-03-03"), ("the previous quarter", "DATE", "2021-Q4")],
    ),
    ("The envoy had left the previous week.", [("the previous week", "DATE", "2024-W42")]),
    ("Prices rose the same day as the vote.", []),
    # "until" before a weekday looks ahead ("postponed until Tuesday": a deadline)
    ("The vote was postponed until Saturday.", [("Saturday", "DATE", "2024-10-26")]),
    # ... but a sentence that opens with it takes the tense of its main verb
    ("Until Saturday, the ministry had not replied.", [("Saturday", "DATE", "2024-10-19")]),
    # "plans" is a noun unless "plans to"
    (
        "On Saturday, when the minister set aside travel plans, talks resumed.",
        [("Saturday", "DATE", "2024-10-19")],
    ),
    # "the previous Friday", "the following Monday": from the day named before them
    (
        "Shares fell on Friday, Oct. 20, 2023, from the previous Friday.",
        [
            ("Friday, Oct. 20, 2023", "DATE", "2023-10-20"),
            ("the previous Friday", "DATE", "2023-10-13"),
        ],
    ),
    (
        "The vote was held on Oct. 4, 2024 and the count the following Monday.",
        [("Oct. 4, 2024", "DATE", "2024-10-04"), ("the following Monday", "DATE", "2024-10-07")],
    ),
    # a plan of the past: "had been due", "previously scheduled"
    ("The offer had been due to expire Monday.", [("Monday", "DATE", "2024-10-21")]),
    (
        "The talks went ahead as previously scheduled Monday.",
        [("Monday", "DATE", "2024-10-21")],
    ),
    # today, yesterday, tomorrow
    ("The agreement was signed yesterday.", [("yesterday", "DATE", "2024-10-22")]),
    ("The forum opens today in Da Nang.", [("today", "DATE", "2024-10-23")]),
    ("Results are due tomorrow.", [("tomorrow", "DATE", "2024-10-24")]),
    ("He spoke yesterday morning.", [("yesterday morning", "TIME", "2024-10-22TMO")]),
    ("Radio first reported the find last night.", [("last night", "TIME", "2024-10-22TNI")]),
    # now, currently, recently
    ("Trade is now growing.", [("now", "DATE", "PRESENT_REF")]),
    # "the past" before an amount is the start of a longer expression, not the past
    ("In the past, ties were cool.", [("the past", "DATE", "PAST_REF")]),
    ("Violence flared over the past three summers.", []),
    # "the future of" something is its prospects, not a time
    ("Ties will deepen in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("Ties matter to the future of both peoples.", []),
    ("The two sides are currently negotiating.", [("currently", "DATE", "PRESENT_REF")]),
    ("The ministry recently opened an office.", [("recently", "DATE", "PAST_REF")]),
    ("Under current rules, visas are free.", [("current", "DATE", "PRESENT_REF")]),
    # relative units
    ("The envoy visited last week.", [("last week", "DATE", "2024-W42")]),
    ("Exports rose this month.", [("this month", "DATE", "2024-10")]),
    ("Elections are planned next year.", [("next year", "DATE", "2025")]),
    ("Ties deepened in the last decade.", [("the last decade", "DATE", "201")]),
    # "the past decade" is the ten years up to now, as "the past ten years" is
    ("Trade doubled over the past decade.", [("the past decade", "DURATION", "P10Y")]),
    ("Spending rises over the coming century.", [("the coming century", "DURATION", "P100Y")]),
    ("Talks continued over the weekend.", [("the weekend", "DATE", "2024-W42-WE")]),
    ("Traders sold ahead of the weekend.", [("the weekend", "DATE", "2024-W43-WE")]),
    ("The delegates will rest over the weekend.", [("the weekend", "DATE", "2024-W43-WE")]),
    # quarters, halves, seasons
    ("Growth slowed in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
    ("Third-quarter exports rose.", [("Third-quarter", "DATE", "2024-Q3")]),
    ("Sales rose in the first half.", [("the first half", "DATE", "2024-H1")]),
    (
        "Sales rose in the first half of the year.",
        [("the first half of the year", "DATE", "2024-H1")],
    ),
    ("Lessons of the first half of the term were drawn.", []),
    ("The quarter-to-quarter comparison was flattering.", []),
    (
        "The firm posted a loss for the third quarter of $226 million.",
        [("the third quarter", "DATE", "2024-Q3")],
    ),
    ("During the first half term of the mandate, ties grew.", []),
    (
        "Output fell in the fourth quarter of 2023.",
        [("the fourth quarter of 2023", "DATE", "2023-Q4")],
    ),
    ("The summit took place last summer.", [("last summer", "DATE", "2024-SU")]),
    # a season with "the": the latest begun, or the next when the sentence looks ahead
    ("Exports slowed in the summer.", [("the summer", "DATE", "2024-SU")]),
    # "the spring of 2019", "the spring of next year": the whole phrase, its "the" too
    ("The talks began in the spring of 2019.", [("the spring of 2019", "DATE", "2019-SP")]),
    ("Talks resume in the spring of next year.", [("the spring of next year", "DATE", "2025-SP")]),
    ("Orders rose from the lows of the early summer.", [("the early summer", "DATE", "2024-SU")]),
    ("The new line will open in the spring.", [("the spring", "DATE", "2025-SP")]),
    ("The fall of the old regime was swift.", []),
    ("Profit in 2023's second quarter doubled.", [("2023's second quarter", "DATE", "2023-Q2")]),
    # dates without a year: the nearest such day or month
    ("The talks ended on Oct. 2.", [("Oct. 2", "DATE", "2024-10-02")]),
    ("The ship is due to dock on Nov. 5.", [("Nov. 5", "DATE", "2024-11-05")]),
    ("The plan was adopted in January.", [("January", "DATE", "2024-01")]),
    ("The envoy was recalled last Oct. 23.", [("last Oct. 23", "DATE", "2023-10-23")]),
    ("The line opens next March 3.", [("next March 3", "DATE", "2025-03-03")]),
    ("The forum will be held in December.", [("December", "DATE", "2024-12")]),
    # a verb of saying dates the report, not the event: the coming December still
    (
        "Officials said they expect the sale to close by Dec. 15.",
        [("Dec. 15", "DATE", "2024-12-15")],
    ),
    ("The bank said the loan runs through January.", [("January", "DATE", "2025-01")]),
    # an irregular past verb is a past cue too
    (
        "In January, the ministry brought in a new chief.",
        [("January", "DATE", "2024-01")],
    ),
    # two days of a month joined by "and": each tagged
    (
        "The forum will meet on Nov. 4 and 5.",
        [("Nov. 4", "DATE", "2024-11-04"), ("5", "DATE", "2024-11-05")],
    ),
    # the event's own past verb: last year's January
    (
        "In the fiscal year ended Jan. 31, sales rose.",
        [("the fiscal year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "2024-01-31")],
    ),
    # durations
    ("The project lasted three years.", [("three years", "DURATION", "P3Y")]),
    ("Trade doubled over the past five years.", [("the past five years", "DURATION", "P5Y")]),
    # a period of comparison named by its amount is still a duration
    (
        "Net for the year-earlier nine months included a gain.",
        [("the year-earlier nine months", "DURATION", "P9M")],
    ),
    # "the weeks ahead" is "the coming weeks" said the other way round
    ("Prices may fall in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    ("Talks go on in the months to come.", [("the months to come", "DURATION", "PXM")]),
    ("It took several months.", [("several months", "DURATION", "PXM")]),
    ("In the first nine months exports rose.", [("the first nine months", "DURATION", "P9M")]),
    ("They signed a 10-year plan.", [("10-year", "DURATION", "P10Y")]),
    ("The two parties have talked for years.", [("years", "DURATION", "PXY")]),
    (
        "Net income for the year ended June 30 rose.",
        [
            ("the year", "DURATION", "P1Y"),
            ("June 30", "DATE", "2024-06-30"),
        ],
    ),
    ("The talks took two decades.", [("two decades", "DURATION", "P20Y")]),
    # a qualifier between the number and the unit
    ("Shares fell for eight trading days.", [("eight trading days", "DURATION", "P8D")]),
    ("The envoy asked for an additional year.", [("an additional year", "DURATION", "P1Y")]),
    ("The dispute has lasted for centuries.", [("centuries", "DURATION", "PXY")]),
    # ages and ordinals are not durations
    ("Mr. Tran, 52 years old, will lead the delegation.", []),
    ("A second group of envoys arrived.", []),
    ("The lights failed for a second.", [("a second", "DURATION", "PT1S")]),
    # halves: the fraction in the next smaller unit
    ("The envoy spent 5 1/2 hours in Hue.", [("5 1/2 hours", "DURATION", "PT5H30M")]),
    ("The camp stood for 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The call lasted a minute and a half.", [("a minute and a half", "DURATION", "PT1M30S")]),
    ("Repairs took one and a half years.", [("one and a half years", "DURATION", "P1Y6M")]),
    (
        "Prices fell in the last twenty-four hours.",
        [
            ("the last twenty-four hours", "DURATION", "PT24H"),
        ],
    ),
    # ago, earlier
    ("The embassy opened two years ago.", [("two years ago", "DATE", "2022")]),
    ("Prices rose from a year earlier.", [("a year earlier", "DATE", "2023")]),
    ("The office closed three months ago.", [("three months ago", "DATE", "2024-07")]),
    # "three days later": the duration is the timex, "later" a signal
    ("Three days later, the envoys left.", [("Three days", "DURATION", "P3D")]),
    ("A few days earlier, talks had stalled.", [("A few days", "DURATION", "PXD")]),
    # a vague number: the past or the future as a whole
    ("Support was low several years ago.", [("several years ago", "DATE", "PAST_REF")]),
    # no amount before a plural unit: vague, not one unit ago
    ("The firm was near collapse just months ago.", [("months ago", "DATE", "PAST_REF")]),
    ("Growth will slow in coming months.", [("coming months", "DATE", "FUTURE_REF")]),
    ("Sales fell in past years, too.", [("past years", "DATE", "PAST_REF")]),
    ("Sales fell over the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
    (
        "Profit in the third quarter fell from a year earlier.",
        [("the third quarter", "DATE", "2024-Q3"), ("a year earlier", "DATE", "2023-Q3")],
    ),
    # "that year", "later that day": the date named last before it
    (
        "The envoy left Hanoi in June 1998 and came back later that year.",
        [("June 1998", "DATE", "1998-06"), ("later that year", "DATE", "1998")],
    ),
    (
        "The treaty was signed on March 3, 2021. Earlier that day, crowds gathered.",
        [("March 3, 2021", "DATE", "2021-03-03"), ("Earlier that day", "DATE", "2021-03-03")],
    ),
    (
        "Profit in the second quarter of 2023 fell. Costs for that quarter rose.",
        [("the second quarter of 2023", "DATE", "2023-Q2"), ("that quarter", "DATE", "2023-Q2")],
    ),
    ("Traders lost heavily on deals made that day.", []),
    # "the following year", "the next morning": one unit after the date named last
    (
        "On May 22, 1995, he was promoted, and the following year he became attache.",
        [("May 22, 1995", "DATE", "1995-05-22"), ("the following year", "DATE", "1996")],
    ),
    (
        "He was arrested on Feb. 22. He appeared in court the next morning.",
        [("Feb. 22", "DATE", "2024-02-22"), ("the next morning", "TIME", "2024-02-23TMO")],
    ),
    (
        "The treaty was signed on March 3, 2021, and ratified the following week.",
        [("March 3, 2021", "DATE", "2021-03-03"), ("the following week", "DATE", "2021-W10")],
    ),
    ("Delegates left the next day.", []),
    # a period of comparison is not a new reference: no double shift
    (
        "Net rose in the third quarter. A year ago it fell, and costs were above a year earlier.",
        [
            ("the third quarter", "DATE", "2024-Q3"),
            ("A year ago", "DATE", "2023-Q3"),
            ("a year earlier", "DATE", "2023-Q3"),
        ],
    ),
    (
        "Profit rose in the third quarter from the year-earlier quarter. Sales in the quarter rose.",
        [
            ("the third quarter", "DATE", "2024-Q3"),
            ("the year-earlier quarter", "DATE", "2023-Q3"),
            ("the quarter", "DATE", "2024-Q3"),
        ],
    ),
    ("The year-ago results were restated.", [("year-ago", "DATE", "2023")]),
    # a modifier written before an expression is in its extent (TimeML's mod), the value
    # is the expression's; "about" and a preposition ("rallied around") are not
    ("The plant closed in early September.", [("early September", "DATE", "2024-09")]),
    ("The board met earlier this month.", [("earlier this month", "DATE", "2024-10")]),
    ("Prices peaked in mid-2019.", [("mid-2019", "DATE", "2019")]),
    ("Talks resume at the end of this week.", [("the end of this week", "DATE", "2024-W43")]),
    ("The envoy left nearly four years ago.", [("nearly four years ago", "DATE", "2020")]),
    ("In fiscal 2023, the firm earned $5 million.", [("fiscal 2023", "DATE", "2023")]),
    # a year before 1900 after a preposition of time: its value, no dates; a count is not
    ("Cuba won independence from Spain in 1898.", [("1898", "DATE", "1898")]),
    ("Supplies arrived in 1500 tons.", []),
    # a fiscal year named by its number is that year, in one extent
    ("The firm lost money in fiscal year 2023.", [("fiscal year 2023", "DATE", "2023")]),
    ("Profit rose in the 2023 fiscal year.", [("the 2023 fiscal year", "DATE", "2023")]),
    ("Profit rose in FY 2023-24.", [("FY 2023-24", "DATE", "2023")]),
    ("Net rose in the fiscal first quarter.", [("the fiscal first quarter", "DATE", "2024-Q1")]),
    ("The talks lasted about five hours.", [("five hours", "DURATION", "PT5H")]),
    ("Crowds rallied around Wednesday's ruling.", [("Wednesday", "DATE", "2024-10-23")]),
    # "a year ago" moves the quarter named just before it, not an earlier one of history
    (
        "The dividend was cut in the third quarter of 2019. "
        "Third-quarter profit rose to $5 million from $4 million a year ago.",
        [
            ("the third quarter of 2019", "DATE", "2019-Q3"),
            ("Third-quarter", "DATE", "2024-Q3"),
            ("a year ago", "DATE", "2023-Q3"),
        ],
    ),
    # the closing day of a period compared in the same sentence moves by the year; a day
    # of another sentence, or one not closing a period, does not
    (
        "For the six months ended Aug. 12, net fell to $6 million from $18 million a year earlier.",
        [
            ("the six months", "DURATION", "P6M"),
            ("Aug. 12", "DATE", "2024-08-12"),
            ("a year earlier", "DATE", "2023-08-12"),
        ],
    ),
    (
        "Net rose for the quarter ended Aug. 12. A year earlier it fell.",
        [
            ("the quarter", "DATE", "2024-Q3"),
            ("Aug. 12", "DATE", "2024-08-12"),
            ("A year earlier", "DATE", "2023"),
        ],
    ),
    (
        "The firm said on Aug. 12 that losses were $6 million, against profit a year earlier.",
        [("Aug. 12", "DATE", "2024-08-12"), ("a year earlier", "DATE", "2023")],
    ),
    # after a period of months that is no quarter, the comparison is of that period: the
    # year before, not the quarter named before it
    (
        "Third-quarter net rose. For the nine months, net fell from a year earlier.",
        [
            ("Third-quarter", "DATE", "2024-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("a year earlier", "DATE", "2023"),
        ],
    ),
    (
        "Third-quarter net rose. In three months, it fell from a year earlier.",
        [
            ("Third-quarter", "DATE", "2024-Q3"),
            ("three months", "DURATION", "P3M"),
            ("a year earlier", "DATE", "2023-Q3"),
        ],
    ),
    # a report names its quarter first: "the period" and "the year-earlier period" read
    # from it even after another quarter is mentioned in passing
    (
        "Third-quarter net rose. The second quarter was flat. "
        "In the year-earlier period, net fell. In the 2024 period, costs rose.",
        [
            ("Third-quarter", "DATE", "2024-Q3"),
            ("The second quarter", "DATE", "2024-Q2"),
            ("the year-earlier period", "DATE", "2023-Q3"),
            ("the 2024 period", "DATE", "2024-Q3"),
        ],
    ),
    # "was"/"were" before a plan ("were planning to") is the plan's tense, not the past
    ("The marchers were planning to rally on Friday.", [("Friday", "DATE", "2024-10-25")]),
    ("The aid team was preparing to leave on Monday.", [("Monday", "DATE", "2024-10-28")]),
    ("The marchers were arrested on Friday.", [("Friday", "DATE", "2024-10-18")]),
    # a title's or "vs." full stop does not end the sentence whose tense decides
    (
        "In January, a week after the ruling in Roe vs. Wade, a crowd gathered in Hue.",
        [("January", "DATE", "2024-01"), ("a week", "DURATION", "P1W")],
    ),
    (
        "In January, a week after the ruling. A crowd gathers in Hue.",
        [("January", "DATE", "2025-01"), ("a week", "DURATION", "P1W")],
    ),
    ("Gen. Minh succeeded Gen. Lam on Feb. 1.", [("Feb. 1", "DATE", "2024-02-01")]),
    # "succeed", "proceed" are not past forms in -ed
    ("The envoy will then succeed his deputy on Friday.", [("Friday", "DATE", "2024-10-25")]),
    ("The envoy succeeded his deputy on Friday.", [("Friday", "DATE", "2024-10-18")]),
    # times of day
    ("The ceremony began at 10 a.m. on the lawn.", [("10 a.m.", "TIME", "2024-10-23T10:00")]),
    # a time of day alone is on the day the text last named
    (
        "The vote was held on Oct. 4, 2019. Polls closed at 6 p.m.",
        [("Oct. 4, 2019", "DATE", "2019-10-04"), ("6 p.m.", "TIME", "2019-10-04T18:00")],
    ),
    ("The vote closed at 5 p.m. Friday.", [("5 p.m. Friday", "TIME", "2024-10-18T17:00")]),
    ("Talks resumed at noon.", [("noon", "TIME", "2024-10-23T12:00")]),
    (
        "The blast came at 10:35 a.m. (0335 GMT) Friday.",
        [("10:35 a.m.", "TIME", "2024-10-18T10:35"), ("Friday", "DATE", "2024-10-18")],
    ),
    # sets
    ("Flights run daily between the capitals.", [("daily", "SET", "P1D")]),
    ("The council meets every year.", [("every year", "SET", "P1Y")]),
    # "the week of" / "the morning of" a day: that day's week, that part of that day
    ("The vote is set for the week of March 6.", [("the week of March 6", "DATE", "2025-W10")]),
    (
        "Officials met on the morning of Oct. 4, 2019.",
        [("the morning of Oct. 4, 2019", "TIME", "2019-10-04TMO")],
    ),
    # a set every n units has the period of the amount, not a duration
    ("The fair is held every two years.", [("every two years", "SET", "P2Y")]),
    ("Ferries leave every 10 minutes.", [("every 10 minutes", "SET", "PT10M")]),
    ("Patrols run every other day.", [("every other day", "SET", "P2D")]),
    ("The fund pays $5 million a year.", [("a year", "SET", "P1Y")]),
    ("The committee meets each Thursday.", [("each Thursday", "SET", "XXXX-WXX-4")]),
    # extents: no leading preposition, each end of a range tagged
    ("The plan runs from 2021 to 2025.", [("2021", "DATE", "2021"), ("2025", "DATE", "2025")]),
    ("The 2021-2025 period was busy.", [("2021", "DATE", "2021"), ("2025", "DATE", "2025")]),
    ("They met on 12 March 2023.", [("12 March 2023", "DATE", "2023-03-12")]),
    ("It happened in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("Ties were cold through the nineties.", [("the nineties", "DATE", "199")]),
    ("Trade grew in the late '80s.", [("the late '80s", "DATE", "198")]),
    ("Hopes rose in the twenties.", [("the twenties", "DATE", "202")]),
    (
        "Anger of the late 1980s and early 1990s faded.",
        [("the late 1980s", "DATE", "198"), ("early 1990s", "DATE", "199")],
    ),
    ("Ties for the 21st century.", [("the 21st century", "DATE", "20")]),
    ("Sales for the full year rose.", [("the full year", "DATE", "2024")]),
    ("The leaders met at Christmas.", [("Christmas", "DATE", "2023-12-25")]),
    ("Crowds will gather on National Day.", [("National Day", "DATE", "2025-09-02")]),
    ("The deal should close by year-end.", [("year-end", "DATE", "2024")]),
    (
        "In nineteen ninety-five the two countries normalised ties.",
        [
            ("nineteen ninety-five", "DATE", "1995"),
        ],
    ),
    ("Twenty twenty people came.", []),
    # a unit word capitalised mid-sentence is a title, not a time
    ('The minister spoke on the show "This Week" with reporters.', []),
    ("He told CBS's '60 Minutes' that talks would resume.", []),
    # a month or a season before a spoken year (broadcast transcripts)
    (
        "January nineteen ninety-seven brought snow.",
        [("January nineteen ninety-seven", "DATE", "1997-01")],
    ),
    (
        "Prices fell in the winter of nineteen ninety-four.",
        [("the winter of nineteen ninety-four", "DATE", "1994-WI")],
    ),
    # a year after "post-", "pre-", "mid-"
    ("The post-1975 reforms were slow.", [("1975", "DATE", "1975")]),
    # a clock hour with a part of the day
    ("The envoy landed at 4 in the morning.", [("4 in the morning", "TIME", "2024-10-23T04:00")]),
    ("The talks ended at 9 in the evening.", [("9 in the evening", "TIME", "2024-10-23T21:00")]),
    (
        "Profit rose in the third quarter of 2024 from the year-ago period.",
        [
            ("the third quarter of 2024", "DATE", "2024-Q3"),
            ("the year-ago period", "DATE", "2023-Q3"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_timex_extent_type_and_value(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said on Friday that talks went well.", "XXXX-WXX-5"),
        ("The envoy visited last week.", "XXXX-WXX"),
        ("The talks ended on Oct. 2.", "XXXX-10-02"),
        ("The embassy opened two years ago.", "XXXX"),
    ],
)
def test_without_an_anchor_nothing_is_guessed(text: str, value: str) -> None:
    (match,) = find_dates(text)
    assert match.timex_value == value
    assert match.date_start is None
    assert "unresolved_relative" in match.flags


def test_durations_sets_times_and_references_have_no_calendar_dates() -> None:
    text = "For three years, daily at 10 a.m., talks have now continued."
    matches = find_dates(text, anchor=ANCHOR)
    assert [m.timex_type for m in matches] == ["DURATION", "SET", "TIME", "DATE"]
    assert all(m.date_start is None for m in matches)


def test_relative_dates_carry_their_range_for_the_chronology() -> None:
    (week,) = find_dates("The envoy visited last week.", anchor=ANCHOR)
    assert (week.date_start, week.date_end) == (T("2024-10-14"), T("2024-10-20"))
    (quarter,) = find_dates("Growth slowed in the third quarter.", anchor=ANCHOR)
    assert (quarter.date_start, quarter.date_end) == (T("2024-07-01"), T("2024-09-30"))
    assert quarter.relative and quarter.anchor_date == ANCHOR


def test_congresses_and_anniversaries_are_not_timexes() -> None:
    (congress,) = find_dates("the 13th National Party Congress")
    assert congress.timex_type == "" and congress.timex == ()
    assert congress.date_start is not None  # still a date for the chronology


def test_parse_date_skips_durations_and_times() -> None:
    match = parse_date("Posted 3 years ago | 10 a.m. | 13/12/2021")
    assert isinstance(match, DateMatch)
    assert match.text == "13/12/2021"


def test_may_and_march_alone_need_a_preposition() -> None:
    assert timexes("May the talks succeed.") == []
    assert timexes("The talks ended in May.") == [("May", "DATE", "2024-05")]


def test_a_bad_word_list_names_the_file_and_entry() -> None:
    with pytest.raises(DateWordsError, match=r"date_words\.yaml: entry 'lowercase_word_months' is"):
        read_date_words("months_extra: {}\n")
    words = read_date_words()
    words["units"]["week"] = ["W"]
    bad = yaml.safe_dump(words, allow_unicode=True)
    with pytest.raises(DateWordsError, match="entry 'units: week' must be"):
        read_date_words(bad)


def test_a_new_rule_is_one_entry_of_the_rule_file() -> None:
    """An entry of date_rules.yaml with its fragments, word sets and handler is a rule."""
    entry = (
        "rules:\n  - name: fortnight\n    handler: rel_unit\n    starts: '@REL_WORDS'\n"
        "    needs: [fortnight]\n    digits: false\n"
        "    pattern: '\\b(?P<rel>${REL_ALT})\\s+(?P<unit>fortnight)\\b'\n"
    )
    (rule,) = read_rules(entry)
    assert rule.handler is timeml.h_rel_unit
    assert "last" in rule.starts and rule.needs == (frozenset({"fortnight"}),)
    assert re.compile(rule.pattern, re.I).match("Last fortnight")["rel"] == "Last"
    with pytest.raises(DateWordsError, match="rule 'fortnight' names an unknown handler"):
        read_rules(entry.replace("rel_unit", "fortnightly"))
    with pytest.raises(DateWordsError, match=r"rule 'fortnight' names an unknown fragment"):
        read_rules(entry.replace("REL_ALT", "REL_ALTS"))
    with pytest.raises(DateWordsError, match="rule 'fortnight' names an unknown word set"):
        read_rules(entry.replace("@REL_WORDS", "@RELATIVE"))
    with pytest.raises(DateWordsError, match="rule 'fortnight' has a pattern that is not"):
        read_rules(entry.replace("(?P<unit>", "(?P<unit"))
    with pytest.raises(DateWordsError, match="rule 'fortnight' is listed twice"):
        read_rules(entry + entry.replace("rules:\n", ""))


def test_every_handler_serves_a_rule_of_the_rule_file() -> None:
    """No handler is left without a rule (a form removed from date_rules.yaml takes its
    handler with it), and every rule has its own name."""
    assert set(handler_table().values()) == {rule.handler for rule in RULES}
    assert len({rule.name for rule in RULES}) == len(RULES)


# --- TimeML export ------------------------------------------------------------


def test_timeml_document_tags_each_timex_with_the_dct() -> None:
    xml = timeml_document(
        "doc-1",
        "Talks & trade",
        ["The envoys met on Friday.", "Trade grew in the first half of 2024 < 2023."],
        T("2024-10-23"),
    )
    root = ET.fromstring(xml)
    assert root.find("DCT/TIMEX3").get("value") == "2024-10-23"
    assert root.find("DCT/TIMEX3").get("functionInDocument") == "CREATION_TIME"
    tags = [(t.text, t.get("type"), t.get("value")) for t in root.iter("TIMEX3")][1:]
    assert tags == [
        ("Friday", "DATE", "2024-10-18"),
        ("the first half of 2024", "DATE", "2024-H1"),
        ("2023", "DATE", "2023"),
    ]
    assert "".join(root.find("TEXT").itertext()).strip() == (
        "The envoys met on Friday.\n\nTrade grew in the first half of 2024 < 2023."
    )


def test_export_timeml_writes_one_document_per_article(
    samples, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("analysis.ingest.corpus.load_corpus", lambda seeds: samples)
    assert cli.main(["export", "timeml", "--out", str(tmp_path / "tml")]) == 0
    files = sorted((tmp_path / "tml").glob("*.tml"))
    assert [f.stem for f in files] == sorted(samples.documents["doc_id"])
    for path in files:
        root = ET.parse(path).getroot()
        assert root.find("DOCID").text == path.stem
        assert root.find("DCT/TIMEX3").get("value")  # every sample has a (maybe inferred) date
    first = ET.parse(files[0]).getroot()
    values = {t.get("value") for t in first.iter("TIMEX3")}
    assert "2022" in values  # "the past year" in a document published in February 2023


@pytest.mark.parametrize(
    ("day", "precision", "value"),
    [
        (T("2024-05-21"), "day", "2024-05-21"),
        (T("2024-05-21"), "month", "2024-05"),
        (T("2024-05-21"), "season", "2024-05"),
        (T("2024-05-21"), "year", "2024"),
        (T("0987-01-02"), "year", "0987"),
    ],
)
def test_day_value_is_the_timex_value_at_its_precision(day, precision, value) -> None:
    from analysis.dates.timex import _day_value

    assert _day_value(day, precision) == value
    assert _day_value(day, precision) == value  # remembered: the same value again
