"""The site's copyright year among the page's first lines dates no story
(``copyright_years``, held-out 127); a document's copyright further down still may."""

import pytest

from analysis.ingest.copyright_years import copyright_marks
from analysis.ingest.layout import read_article

PAGE = """Listen live
Text size
Danube Public Radio © 2025 All Rights Reserved

Bulgaria and Vietnam to open a joint language centre

Photo: Agency

Bulgaria and Vietnam will open a joint language centre in Sofia, the education ministry said after talks with a visiting delegation.

The centre will offer courses in Vietnamese and Bulgarian from the autumn term.
"""


def test_the_site_copyright_year_leaves_the_story_undated() -> None:
    assert read_article(PAGE).header_date is None


class _P:
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.mark.parametrize(
    ("lines", "index", "marks"),
    [
        (["Radio", "Text size", "Radio © 2025 All Rights Reserved"], 2, ["chrome_beside"]),
        (["Copyright 2024 The Harbour Times"], 0, ["chrome_beside"]),
        (["a", "b", "c", "d", "© 2019 Delta Policy Centre"], 4, []),  # a report's cover, lower
        (["Radio", "Monday, 3 March 2025"], 1, []),  # no notice
    ],
)
def test_copyright_marks(lines: list[str], index: int, marks: list[str]) -> None:
    assert copyright_marks([_P(t) for t in lines], index) == marks
