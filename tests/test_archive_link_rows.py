"""A mail archive's navigation rows are page furniture (``archive_link_rows`` of
``data/header_scoring.yaml``, joined to ``chrome``; fix31b, held-out 97)."""

from analysis.ingest.layout import read_article

BODY = (
    "The harbour board met on Tuesday to discuss the dredging of the inner channel, which "
    "has silted up since the spring floods and now turns away the larger barges.\n\n"
    "Members agreed to ask the province for a loan and to hire a second dredger before "
    "the dry season, when the water drops by a metre.\n"
)


def test_an_archives_link_rows_are_no_headline() -> None:
    for row in (
        "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]",
        "[Date Prev] [Date Next] [Thread Prev] [Thread Next]",
        "[Prev in Thread] [Next in Thread] [Current Thread] [Date Index]",
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
    ):
        article = read_article(f"{row}\nHarbour board plans to dredge the inner channel\n{BODY}")
        assert article.title == "Harbour board plans to dredge the inner channel", row
        assert article.paragraphs[0].kind == "boilerplate", row


def test_headlines_about_messages_and_threads_stay_headlines() -> None:
    for headline in (
        "Next message from the harbour board: dredge the channel",
        "The thread that ties the delta's ferry towns together",
        "Date set for the next round of channel talks",
    ):
        article = read_article(f"{headline}\nBy Lan Pham\n{BODY}")
        assert article.title == headline
    dateline = read_article(
        f"Harbour board plans to dredge the channel\nHanoi, May 5 (VNA) - {BODY}"
    )
    assert dateline.title == "Harbour board plans to dredge the channel"
