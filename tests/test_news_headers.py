"""A Usenet article's header block: its "Subject:" row is the headline, its "From:" row
the writer unless the post forwards other items (``layout/news_headers.py``, fix31b)."""

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.layout.news_headers import news_header, poster_name

BODY = (
    "The harbour board met on Tuesday to discuss the dredging of the inner channel, which "
    "has silted up since the spring floods and now turns away the larger barges.\n\n"
    "Members agreed to ask the province for a loan and to hire a second dredger before "
    "the dry season, when the water drops by a metre.\n"
)

REHOSTED = (
    "Article: 88 of alt.rivers.example\n"
    'From: (Mai "the ferry fan" Nguyen\n'
    "Subject: Harbour board plans to dredge the inner channel again\n"
    "Organization: Example Systems, Inc.\n"
    "Date: Mon, 9 Mar 1992 10:02:11 GMT\n"
    "Lines: 40\n\n" + BODY
)

SPOOL = (
    "- Path: alpha!beta!gamma!example.edu!MAI\n"
    "- Message-ID: <199203091002.AA1@example.edu>\n"
    "- Newsgroups: soc.culture.example\n"
    "- Date: Mon, 9 Mar 1992 10:02:11 -0500\n"
    "- From: Mai Thi Nguyen <mai@example.edu>\n"
    "- Subject: Harbour board plans to dredge the inner channel again\n"
    "- Lines: 12\n"
    "-\n"
)


def test_a_news_headers_subject_is_the_title_and_from_the_writer() -> None:
    article = read_article(REHOSTED)
    assert article.title == "Harbour board plans to dredge the inner channel again"
    assert article.author == "Mai Nguyen"
    spool = read_article(SPOOL + "".join(f"- {line}\n" for line in BODY.splitlines()))
    assert spool.title == "Harbour board plans to dredge the inner channel again"
    assert spool.author == "Mai Thi Nguyen"


def test_a_post_forwarding_other_items_names_no_writer() -> None:
    forwarded = (
        SPOOL + "- Forward from soc.culture.example\n-\n- > From hoa@example.org Thu Mar 5 1992\n"
    )
    article = read_article(forwarded + "".join(f"- {line}\n" for line in BODY.splitlines()))
    assert article.title == "Harbour board plans to dredge the inner channel again"
    assert article.author == ""


def test_an_email_header_is_no_news_header() -> None:
    email = (
        "From: Le Van Binh <binh.le@example.org>\n"
        "Sent: Monday, 4 March 2024 8:15 AM\n"
        "To: Harbour desk <harbour@example.org>\n"
        "Subject: FW: dredging notes\n\n"
    )
    assert news_header(split_lines(email + BODY)) is None
    mailing = "To: list@example.edu\nSubject: Dredging notes\nFrom: editor@example.edu\nDate: Thu, 21 May 1998\n"
    assert news_header(split_lines(mailing + BODY)) is None


def test_common_header_lines_are_no_news_header() -> None:
    for top in (
        "Harbour board plans to dredge the channel\nBy Lan Pham\nHanoi, May 5 (VNA) - The board met.\n",
        "Title: Harbour board plans\nDate: 5 May 2024\nSource: VNA\nTags: rivers, ports\n",
        "Updated: 05/05/2024 10:02\nPublished: 04/05/2024 08:00\nBy Lan Pham\n",
    ):
        assert news_header(split_lines(top + BODY)) is None


def test_a_byline_outside_the_header_wins() -> None:
    article = read_article(REHOSTED.replace("Lines: 40\n\n", "Lines: 40\n\nBy Tran Van Hoang\n\n"))
    assert article.author == "Tran Van Hoang"


def test_poster_names() -> None:
    assert poster_name("hoa@example.org (Pham Thi Hoa)") == "Pham Thi Hoa"
    assert poster_name("Daniel Hart via Vsg <vsg@example.edu>") == "Daniel Hart"
    assert poster_name("Southeast Asia Discussion List of the Example University Library") == ""
    assert poster_name("editor@example.edu") == ""
