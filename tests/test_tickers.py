"""Tests for ``analysis.ingest.layout.tickers``: a run of other stories' headlines at the
top of a page (held-out 61's media-news site) is furniture, never the lede."""

from __future__ import annotations

from analysis.ingest.layout import read_article
from analysis.ingest.layout.tickers import bullet_ticker, is_ticker

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


#: Held-out 110's state portal: the ticker's label on the first line, the agency's advisory
#: ticker joined by spaced bullets on the second, the crumb's lone label, then the story.
BULLET_TICKER = (
    "Wire advisory -- Apr.2  • Stocks close slightly higher in Shenzhen  • Feature: Hill "
    "town ships its first tea by rail  • Storm delays ferries across the strait  • Interview: "
    "Lao official hails training links  • Gold price opens lower in Hong Kong  "
)
PORTAL_HEADLINE = "Interview: Border towns want one timetable for river barges, says planner"


def test_a_bulleted_ticker_and_its_label_are_furniture() -> None:
    assert bullet_ticker(BULLET_TICKER)
    page = (
        f"Off the wire\n{BULLET_TICKER}\nYou are here:  \n\n{PORTAL_HEADLINE}\n\n"
        "Xinhua,April 2, 2019 Adjust font size:\n\nby Li Na, Tran Hoa\n\n"
        'HANOI, April 2 (Xinhua) -- "Barges wait for days at the border," a planner said.\n\n'
        "He said the two towns had tested a shared timetable last year.\n"
    )
    article = read_article(page)
    assert [p.kind for p in article.paragraphs[:2]] == ["boilerplate", "boilerplate"]
    assert article.title == PORTAL_HEADLINE


def test_bulleted_bylines_menus_and_lists_are_no_ticker() -> None:
    assert not bullet_ticker("By Lan Anh • May 3, 2024 • 3 min read • Updated 10:45")
    assert not bullet_ticker("Home • News • World • Asia • Business • Video")
    assert not bullet_ticker("Hanoi, May 5 (VNA) - The two sides signed a plan • VNA")
    assert not bullet_ticker("  • The two sides agreed to open a second border market this year")
    # one long item is a paragraph, not a headline: no ticker however many words
    paragraph = " ".join(["The ministry said the two ports would share their data"] * 3)
    assert not bullet_ticker(f"{paragraph} • Hanoi • Vientiane • Bangkok")


def test_a_short_headline_over_a_bulleted_ticker_lower_down_stays() -> None:
    """Only the page's first line over a ticker on its second is the ticker's label."""
    page = (
        "Port news\n\nRiver barges get a night lane\n"
        f"{BULLET_TICKER}\n\nHAIPHONG – The port opened a night lane for barges on Monday.\n"
    )
    paras = read_article(page).paragraphs
    assert paras[1].text == "River barges get a night lane"
    assert paras[1].kind != "boilerplate"
    assert paras[2].kind == "boilerplate"
