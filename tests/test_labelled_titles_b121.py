"""A line the page labels as its title is the headline (held-out 121): a document
database prints its record as fields in square brackets ("[Title] ...", "[Place] ...",
"[Date] ...", "[Source] ..."), under its own masthead lines, and the masthead was read as
the headline."""

from analysis.ingest.layout import read_article

RECORD = """"Placeholder Records" Database (Project Leader: NAME Given)
Database of Placeholder Politics and Foreign Relations
First Institute for Placeholder Studies; Second Institute, A Placeholder University

[Title] Joint Statement of the River Ministers' Meeting on Ferry Safety
[Place] Ha Noi
[Date] July 21, 2010
[Source] Ministry of Placeholder Affairs
[Notes]
[Full text]

1. The ministers of the river countries met in Ha Noi and reviewed the safety of small passenger ferries on the main river and its canals.

2. The ministers agreed that the training of ferry pilots should come first in the next three years, and asked their officials to report next year.
"""


def test_a_bracketed_title_field_is_the_headline() -> None:
    article = read_article(RECORD)
    assert article.title == "Joint Statement of the River Ministers' Meeting on Ferry Safety"


def test_a_title_label_before_a_short_value_does_not_outrank_the_headline() -> None:
    text = "Ferry pilots from four river countries begin a joint safety course\n\n" + (
        "Title: Draft\n\n"
        "Ferry pilots from four river countries began a two-week safety course in Can Tho on "
        "Monday, the organisers said, with drills on night navigation and rescue.\n"
    )
    article = read_article(text)
    assert article.title == "Ferry pilots from four river countries begin a joint safety course"


def test_two_bracketed_lines_are_no_record_and_stay_as_they_are() -> None:
    text = RECORD.replace("[Place] Ha Noi\n", "").replace(
        "[Source] Ministry of Placeholder Affairs\n", ""
    )
    text = text.replace("[Notes]\n", "").replace("[Full text]\n", "")
    article = read_article(text)
    assert not article.title.startswith("Joint Statement")


def test_a_mail_subject_line_is_no_title_field() -> None:
    text = (
        "Reading rooms reopen to visiting scholars\n\n\n"
        "From: Name Placeholder via List <list@example.org>\n"
        "Sent: Tuesday, April 9, 2024 9:15 AM\n"
        "Subject: Re: [List] Reading rooms reopen to visiting scholars\n\n"
        "Dear colleagues, the provincial archive reopened its reading room to foreign "
        "visitors last month, but only for those who bring a letter from their university.\n"
    )
    article = read_article(text)
    assert article.title == "Reading rooms reopen to visiting scholars"
