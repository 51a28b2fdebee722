"""A note's YAML front matter (``analysis.ingest.front_matter``): the page read without the
block, the block's title, writers and day of publication in place, the tool's own stamps
never the article's day; files that merely open with a rule are read as before."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.ingest.front_matter import (
    front_matter_fields,
    front_matter_lines,
    read_note,
)
from analysis.ingest.layout import read_article

CLIPPED_NOTE = """---
title: "Port city signs sister ties with a Lao river town"
source: "https://news.example.vn/port-city-signs-sister-ties/"
author:
  - "[[Tran Thu Ha]]"
published: 2024-05-06
created: 2024-05-09
description: "A short summary of the story."
tags:
  - "clippings"
---
HAI PHONG – The port city signed a friendship agreement with a river town in northern Laos on Monday, pledging exchanges of students and traders.

The two sides will open a trade office in each town before the end of the year.

Officials said the first delegation of Lao students would arrive in September.
"""

EXPORTED_NOTE = """---
title: Border guards of two provinces hold joint patrol
updated: 2023-11-02 08:41:07Z
created: 2023-11-02 08:40:55Z
source: https://news.example.vn/border-guards-hold-joint-patrol-1234.html
tags:
  - border
---

Border guards of two neighbouring provinces held a joint patrol along the river on Tuesday, the first of the season.

The patrol covered 40 kilometres of the border and checked three river crossings.

The commanders agreed to meet again in December to review the results.
"""

FOLDED_NOTE = """---
id: 3f1c9a2e-7b4d-11ee-9c6a-5b2f0e8d4a17
title: >
  Why the delta's farmers need a water plan
author: vietnam.example.org
date_saved: 2023-08-02T09:14:33
date_published: 2023-07-20T00:00:00
---

# Why the delta's farmers need a water plan

Farmers in the delta have asked the province for a plan that shares river water fairly in the dry season.
"""

#: Pages that open with a rule but hold no front matter: a rule over prose, a rule and one
#: label, a table's separator, an unclosed block.
NOT_NOTES = (
    "---\nThe minister met the delegation on Monday.\n---\nThe talks covered trade.\n",
    "---\nNote: text follows.\n---\nThe minister met the delegation on Monday.\n",
    "---|---\nTitle: a table | cell\n---|---\nThe minister met the delegation.\n",
    "---\ntitle: A\nauthor: B\n" + "The minister met the delegation on Monday.\n" * 90,
)


def test_a_clipped_note_gives_its_title_writer_and_day_of_publication():
    article = read_note(CLIPPED_NOTE)
    assert article.title == "Port city signs sister ties with a Lao river town"
    assert article.author == "Tran Thu Ha"
    assert article.header_date is not None
    assert article.header_date.date_start == pd.Timestamp("2024-05-06")  # not created:


def test_the_block_is_boilerplate_and_the_page_keeps_its_lines():
    article = read_note(CLIPPED_NOTE)
    assert "".join(p.raw for p in article.paragraphs) == CLIPPED_NOTE
    block = [p for p in article.paragraphs if p.line <= 11]
    assert block and all(p.kind == "boilerplate" for p in block)
    lede = next(p for p in article.paragraphs if p.text.startswith("HAI PHONG"))
    assert lede.line == 12 and lede.kind not in ("boilerplate", "title")


def test_an_export_stamp_is_never_the_day_of_publication():
    article = read_note(EXPORTED_NOTE)
    assert article.title == "Border guards of two provinces hold joint patrol"
    assert article.header_date is None or article.header_date.date_start != pd.Timestamp(
        "2023-11-02"
    )


def test_a_folded_title_and_a_host_for_a_writer():
    article = read_note(FOLDED_NOTE)
    assert article.title == "Why the delta's farmers need a water plan"
    assert article.author == ""  # a host name is no writer
    assert article.header_date is not None
    assert article.header_date.date_start == pd.Timestamp("2023-07-20")


@pytest.mark.parametrize("text", NOT_NOTES)
def test_a_page_opening_with_a_rule_is_read_as_before(text: str):
    assert front_matter_lines(text.splitlines()) == 0
    assert read_note(text) == read_article(text)


def test_fields_unquote_unlink_and_fold():
    fields = front_matter_fields(
        ['title: "Hanoi: a city of lakes"', "author: [A One, B Two]", "tags: []", "note: it's"]
    )
    assert fields == {
        "title": ["Hanoi: a city of lakes"],
        "author": ["A One", "B Two"],
        "tags": [],
        "note": ["it's"],
    }
