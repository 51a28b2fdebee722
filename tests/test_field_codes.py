"""Tests of ``analysis.ingest.layout.field_codes``: a news database's export in the
field-code form (held-out 64's Factiva export, its lines)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.field_codes import label_field_codes
from analysis.ingest.layout.lines import split_lines

#: The export's field-code lines over its text (held-out 64, shortened).
_EXPORT = (
    "HD Vietnam and Kazakhstan set up a joint committee on rare earth research\n"
    "BY Le Minh Chau\n"
    "WC 433 words\n"
    "PD 9 November 2023\n"
    "ET 14:20\n"
    "SN Vietnam News Agency Bulletin\n"
    "SC VNAGEN\n"
    "LA English\n"
    "CY (c) 2023 Vietnam News Agency. All Rights Reserved.\n"
    "LP\n"
    "Hanoi, Nov. 9 (VNA) - Scientists from the two countries will share laboratory time "
    "and survey data on rare earth deposits under a committee formed at the end of a visit "
    "by Kazakhstan's deputy minister of science.\n"
    "TD\n"
    "The committee will meet twice a year, alternately in Hanoi and Astana, and report to "
    "both governments on joint projects.\n"
    "AN Document VNAGEN0020231109ejb90005l\n"
)


def test_the_headline_code_is_read_as_a_label() -> None:
    article = read_article(_EXPORT)
    assert article.title == (
        "Vietnam and Kazakhstan set up a joint committee on rare earth research"
    )
    assert article.author == "Le Minh Chau"


def test_codes_in_a_run_become_the_loaders_labels_and_raw_is_kept() -> None:
    paras = split_lines(_EXPORT)
    label_field_codes(paras)
    assert paras[0].text.startswith("Headline: Vietnam and Kazakhstan")
    assert paras[1].text == "By Le Minh Chau"
    assert paras[3].text == "Published: 9 November 2023"
    assert paras[2].text == "WC 433 words"  # a code without a label stays as it is
    assert paras[0].raw.startswith("HD Vietnam")


def test_a_line_opening_with_a_code_alone_is_no_label() -> None:
    paras = split_lines(
        "HD footage shows the new bridge over the Red River\n"
        "By Le Minh Chau\n"
        "The bridge will open to traffic next month, the city said on Monday.\n"
    )
    label_field_codes(paras)
    assert paras[0].text == "HD footage shows the new bridge over the Red River"
