"""Tests for ``analysis.ingest.layout.tickers``: a run of other stories' headlines at the
top of a page (held-out 61's media-news site) is furniture, never the lede."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.tickers import is_ticker

#: Held-out 61's ticker over the site's name: headlines run together, no sentence stop.
TICKER = (
    "Radio archive digitisation drive reaches its second phase Press club polls postponed "
    "in Quetta Court orders release of detained cameraman Regional papers seek share of "
    "federal advertising Photographers protest over equipment seizure at airport"
)
HEADLINE = "Senior anchor returns to state broadcaster after a decade in private news"
LEDE = (
    "ISLAMABAD – A television anchor who left Pakistan Television ten years ago for a private "
    "channel has rejoined the state broadcaster, the channel said on Monday."
)


def test_a_ticker_over_the_sites_name_is_no_lede() -> None:
    assert is_ticker(TICKER, "Journalism Pakistan")
    page = f"{TICKER}\nJournalism Pakistan\nHeavyweights\n\n{HEADLINE}\n\n{LEDE}\n"
    article = read_article(page)
    assert article.paragraphs[0].kind == "boilerplate"
    assert article.title == HEADLINE


def test_a_lede_with_a_stop_or_over_a_paragraph_is_no_ticker() -> None:
    assert not is_ticker(TICKER + ".", "Journalism Pakistan")  # a sentence: the lede
    assert not is_ticker(TICKER, LEDE)  # running text under it: the text's first lines
    assert not is_ticker(HEADLINE, "Journalism Pakistan")  # a headline is short
    article = read_article(f"{TICKER}.\n\n{LEDE}\n")
    assert article.paragraphs[0].kind != "boilerplate"


def test_a_sentence_closed_before_a_note_mark_is_no_ticker() -> None:
    """An encyclopedia mirror's lead (held-out 36): its stops stand before note marks
    ("... in Hanoi.[1] The two states ..."), so it is a sentence, not a ticker."""
    lead = (
        "Cambodia and Vietnam opened diplomatic relations on 24 June 1967, when Phnom Penh "
        "became one of the first capitals to recognise the government in Hanoi.[1] The two "
        "states share a land border of about 1,100 kilometres[2]"
    )
    assert not is_ticker(lead, "Cambodia |")
