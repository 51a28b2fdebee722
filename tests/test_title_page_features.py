"""Tests of ``analysis.ingest.layout.title_page_features``: the title features a header
line gets from the page's layout (a site's name over its motto in brackets, a labelled
title field, an agency copy's dateline, a caption over its photo credit)."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.title_page_features import (
    AGENCY_DATELINE,
    labelled_title,
    site_motto,
)
from analysis.ingest.page_rules import load_rules, scoring_of

SCORING = scoring_of(load_rules())


def test_a_labelled_title_field_and_an_agency_dateline() -> None:
    assert labelled_title("Headline: Two ministers agree on a river survey")
    assert not labelled_title("Title: Survey")  # too few words after the label
    assert AGENCY_DATELINE.match("Minsk, 4 May 2021, BELTA")["name"] == "BELTA"
    assert AGENCY_DATELINE.match("Minsk, 4 May 2021, the talks") is None


def test_site_motto() -> None:
    assert site_motto("Mekong Review [News of the Mekong region]", SCORING) == "Mekong Review"
    assert site_motto("a lower name [motto here]", SCORING) == ""
    assert site_motto("Mekong Review", SCORING) == ""


def test_a_caption_closed_by_a_table_bar_over_its_photo_credit_is_no_headline() -> None:
    """Held-out 63: a French interview pasted from its related link: the caption "Name,
    directrice du musée ... . |" over "Photo : X/CVN |" is a caption, not the headline."""
    page = (
        ">>Exposition de céramiques de Chu Dau à Hai Duong\n"
        "Nguyen Thi Lan Anh, directrice du musée provincial de Hai Duong. |\n"
        "Photo : Thanh Tung/CVN |\n"
        "Nguyen Thi Lan Anh revient pour nos lecteurs sur la préparation de l'exposition de "
        "céramiques de Chu Dau, qui ouvre ses portes samedi au musée provincial.\n"
    )
    article = read_article(page)
    assert article.title == ""
    # negative: a headline without a stop over the same credit stays the headline
    page = page.replace(
        "Nguyen Thi Lan Anh, directrice du musée provincial de Hai Duong. |",
        "Les céramiques de Chu Dau reviennent à Hai Duong |",
    ).replace(">>Exposition de céramiques de Chu Dau à Hai Duong\n", "")
    assert read_article(page).title.startswith("Les céramiques de Chu Dau")
