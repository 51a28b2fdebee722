"""The name under a letter's closing line is the writer of a page no byline credits
(``layout/signoff_writers.py``; fix36e)."""

import pytest

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import Article, split_lines
from analysis.ingest.layout.signoff_writers import is_closing, signoff_names, signoff_writer
from analysis.ingest.page_rules import load_rules

HEAD = (
    "Delta Policy Forum\nMekong Affairs Monthly – Issue 12\n\nDear colleagues,\n\n"
    "March was a busy month for river diplomacy, with two ministerial visits and a round of "
    "talks on sluice gates that had been put off twice since the autumn.\n\n"
)
TAIL = "HIGHLIGHTS\n\nFerry links resume on the upper river\n\nThe two transport offices agreed a timetable.\n"


def _author(closing: str, signature: str, *, byline: str = "") -> str:
    return read_article(f"{byline}{HEAD}{closing}\n{signature}\n\n{TAIL}").author


@pytest.mark.parametrize(
    ("closing", "signature", "writer"),
    [
        ("Warm regards,", "Dr Lan Pham", "Lan Pham"),
        ("See you Thursday,", "Minh Vo", "Minh Vo"),
        ("Yours truly,", "Professor Hoa Tran", "Hoa Tran"),
    ],
)
def test_the_name_under_a_closing_line_is_the_writer(
    closing: str, signature: str, writer: str
) -> None:
    assert _author(closing, signature) == writer


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        ("Warm regards,", "The Delta Policy Forum team"),  # an organisation's team
        ("Warm regards,", "Director"),  # a post, no name
        ("Regards to all our readers in the delta.", "Lan Pham"),  # a sentence, not a closing
        ("Warm regards", "Lan Pham said the talks would go on."),  # a sentence under it
    ],
)
def test_near_cases_name_no_writer(closing: str, signature: str) -> None:
    paras = split_lines(f"{HEAD}{closing}\n{signature}\n\n{TAIL}")
    assert signoff_names(paras, load_rules()) == ([], 0)


def test_a_writer_already_read_is_kept() -> None:
    article = Article(paragraphs=split_lines(f"{HEAD}Warm regards,\nHoa Tran\n"), author="Minh Vo")
    signoff_writer(article, load_rules())
    assert article.author == "Minh Vo"


def test_closing_lines() -> None:
    assert is_closing("Sincerely yours,") and is_closing("  Best wishes, ")
    assert not is_closing("Best of the month,  and more") and not is_closing("Thanks to the crews")
