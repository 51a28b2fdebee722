"""A headline printed cut (a closing ellipsis, an opening page number) completed by the
fuller line that carries it whole (``analysis.ingest.layout.cut_titles``, held-out 80).
Pages of our own, on orchard growers, in the layouts of two document stores."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.core.text import normalize_text
from analysis.ingest.layout import read_article
from analysis.ingest.layout.cut_titles import (
    completed_title,
    completion,
    cut_core,
    mid_word_completion,
)
from analysis.ingest.layout.lines import split_lines
from tests.strategies import real_lines

#: A store's page: the title cut with an ellipsis, a page count, the first page run on.
_RUN_ON = (
    "Cold Store Pooling Among the Valley Growers and Their...\n\n"
    "17\n"
    "Cold Store Pooling Among the Valley Growers and Their Buyers * 1 Marta Quill ** 2 "
    "Upper Valley College of Farming, Lakeside The paper looks at how growers of five "
    "villages came to share two cold stores, and how the buyers answered. Keywords: cold "
    "stores, orchards Introduction 1 Before the stores, each grower sold at the gate.\n"
)

#: A store's page: the title opened by the page's number, twice, then the title whole.
_NUMBERED = (
    "Quick viewing(Text Mode)\n\n"
    "1 Orchards and Market Towns\n\n"
    "1 Orchards and Market Towns\n\n"
    "Orchards and Market Towns: Sharing the Cold Stores?\n\n"
    "The growers of the upper valley have pooled their harvest in two cold stores since "
    "2015, and the market towns have had to bargain with them as one seller.\n\n"
    "This paper asks how the towns and the growers share the stores' costs.\n"
)


def test_an_ellipsis_cut_title_is_completed_by_the_run_on_first_page() -> None:
    title = read_article(_RUN_ON).title
    assert title == "Cold Store Pooling Among the Valley Growers and Their Buyers"


def test_a_page_numbered_title_yields_to_the_whole_title() -> None:
    assert read_article(_NUMBERED).title == "Orchards and Market Towns: Sharing the Cold Stores?"


def test_a_title_without_a_cut_mark_is_left_as_it_is() -> None:
    """Negative: a headline with no cut mark is never lengthened by a line opening alike."""
    paras = split_lines(
        "Growers Share Cold Stores\n\nGrowers share cold stores in the valley now.\n"
    )
    assert cut_core("Growers Share Cold Stores") == ""
    assert completed_title("Growers Share Cold Stores", paras) == "Growers Share Cold Stores"


def test_no_line_carrying_more_leaves_the_cut_title() -> None:
    paras = split_lines("Cold Stores and Their...\n\nThe growers met on Tuesday.\n")
    assert completed_title("Cold Stores and Their...", paras) == "Cold Stores and Their..."
    assert completion("Cold Stores and Their", "Cold Stores and Their...") == ""


_WORD = st.sampled_from(["Orchard", "Growers", "Valley", "Stores", "Market", "Harvest", "Towns"])


@settings(max_examples=50, deadline=None)
@given(head=st.lists(_WORD, min_size=2, max_size=6), tail=st.lists(_WORD, min_size=1, max_size=4))
def test_a_completion_opens_with_the_core_and_ends_before_a_note_mark(
    head: list[str], tail: list[str]
) -> None:
    core, rest = " ".join(head), " ".join(tail)
    found = completion(core, f"{core} {rest} * 1 Marta Quill ** 2 Lakeside College")
    assert found == f"{core} {rest}"
    assert completed_title(f"{core}...", split_lines(f"{core}...\n\n{core} {rest}\n")) == found


#: (held-out 91) A forum topic: the topic's title cut inside a word at the board's length
#: limit, twice, over the post whose first line is the pasted commentary's headline whole.
_TOPIC = (
    "Share this page:\n\n"
    "Vietnam-Chile Orchard Partnership Adding New Packing Houses and Grower Trai\n\n"
    "Interested or active in politics, discuss here.\n"
    "Post Reply\nNew Member\nPosts: 9\nJoined: Tue 4 Mar, 2014 2:10 pm\n\n"
    "Vietnam-Chile Orchard Partnership Adding New Packing Houses and Grower Trai\n\n"
    "#1 Post by orchardwatcher »\n\n"
    "Vietnam-Chile Orchard Partnership Adding New Packing Houses and Grower Training\n"
    "Chile's Agriculture Minister is on a visit to Vietnam in what can be read as a careful "
    "attempt by both countries to give new weight to their orchard partnership.\n"
    "The Minister is being shown two of the delta's largest packing houses.\n"
)


def test_a_title_cut_inside_a_word_is_completed_by_the_posts_headline() -> None:
    article = read_article(_TOPIC)
    assert article.title == (
        "Vietnam-Chile Orchard Partnership Adding New Packing Houses and Grower Training"
    )
    # the poster's joining day beside the post is no publication day
    assert article.header_date is None or article.header_date.year != 2014


def test_a_title_ending_on_a_whole_word_is_not_completed() -> None:
    """Negative: a headline the next lines only continue after a space keeps its words."""
    paras = split_lines(
        "Orchard Growers Share Cold Stores\n\n"
        "Orchard Growers Share Cold Stores and Trucks Across the Valley\n"
    )
    assert completed_title("Orchard Growers Share Cold Stores", paras) == (
        "Orchard Growers Share Cold Stores"
    )


def _mid_word_completion_slow(title: str, line: str) -> str:
    """``mid_word_completion`` before perf31: the line normalised before the title's tests."""
    core = normalize_text(title).strip()
    text = normalize_text(line).strip()
    glued = len(text) > len(core) and re.match(r"[^\W\d_]", text[len(core)])
    if len(core.split()) < 3 or not glued or not re.search(r"[^\W\d_]$", core):
        return ""
    return completion(core, line)


def test_the_titles_tests_first_agree_on_the_zoos_lines() -> None:
    """Each line of the zoo and the samples cut inside its last word, after it, at a space
    and at a digit, against the line itself and the line after it."""
    lines = real_lines()
    for line, nxt in itertools.pairwise(lines):
        for cut in {len(line) - 2, len(line) // 2, line.rfind(" "), 12}:
            title = line[: max(cut, 0)]
            for other in (line, nxt):
                assert mid_word_completion(title, other) == _mid_word_completion_slow(title, other)


@given(
    st.lists(
        st.sampled_from(["Ferry", "Deal", "Adds", "Trai", "2", "_", "É", "m\u00b2"]), max_size=6
    ).map(" ".join),
    st.sampled_from(["", "\n", " ", "2"]),
    st.sampled_from(["", "ning", "ning today", "2", " ", "_x", "ß", "\u00b2", "\u00bd", "٣"]),
)
@example("Ferry Deal Adds", "", "\u00b2")  # a letter to the pattern, no letter to isalpha
@example("Ferry Deal m\u00b2", "", "ning")
def test_the_titles_tests_first_agree_on_cut_titles(words: str, end: str, more: str) -> None:
    title = words + end
    line = title + more
    assert mid_word_completion(title, line) == _mid_word_completion_slow(title, line)


# (held-out 112) A document store's title cut after a joining word with no mark, completed
# by the PDF's running head, whose right-hand column (journal, volume, year) is left out.
_DANGLING = """ORCHARDS AND MARKET TOWNS: COLD STORES, CO-OPS AND

Page created by Mara Lind

CONTINUE READING
ORCHARDS AND MARKET TOWNS: COLD STORES, CO-OPS AND TRUST                        AJRS, 7 (3) (2021)

ABSTRACT:
Growers in the hill districts share cold stores run by cooperatives, and this paper follows
how the stores changed the bargaining between growers and traders in the market towns.
"""


def test_a_title_cut_after_a_joining_word_is_completed_by_the_running_head() -> None:
    assert (
        read_article(_DANGLING).title == "ORCHARDS AND MARKET TOWNS: COLD STORES, CO-OPS AND TRUST"
    )


def test_joining_word_negatives() -> None:
    paras = split_lines("Growers Share Cold Stores And\n\nGrowers Share Cold Stores And Trucks")
    # three words before the joining word: too short to be taken as cut
    assert completed_title("Cold Stores And", paras) == "Cold Stores And"
    # a whole headline ending with a preposition stays when no line carries more
    alone = split_lines("What the Growers Are Fighting For\n\nThe growers met on Monday.")
    assert (
        completed_title("What the Growers Are Fighting For", alone)
        == "What the Growers Are Fighting For"
    )
    # a running head's column after the title is never part of it
    head = split_lines(
        "Cold Stores and Their...\n\nCold Stores and Their Growers        AJRS, 7 (3)"
    )
    assert completed_title("Cold Stores and Their...", head) == "Cold Stores and Their Growers"


def test_a_dangling_title_is_not_completed_by_the_lede_sentence() -> None:
    # a repost's page title cut after "to", then the lede repeating it whole: the lede is a
    # sentence, not a fuller headline, and a site suffix after a dash is none either
    page = split_lines(
        "Growers opened a cold store last night in Da Lat to - SiteName\n\n"
        "Growers opened a cold store last night in Da Lat to serve three villages."
    )
    title = "Growers opened a cold store last night in Da Lat to"
    assert completed_title(title, page) == title


# (fix34d) a reader's export: the heading cut, the metadata list's title row whole
READWISE_NOTE = (
    "# Ferry Talks: Delta Provinces Will Share Every Landing\n\n"
    "## Metadata\n"
    "- Author: [[example.vn]]\n"
    "- Full Title: Ferry Talks: Delta Provinces Will Share Every Landing on the Lower River\n"
    "- Category: #articles\n\n"
    "## Highlights\n"
    "- The transport offices of two delta provinces agreed on Monday to share the timetable "
    "of every ferry landing along the lower river before the flood season.\n"
    "- Officials said the boats would carry more passengers at the busiest crossings.\n"
)


def test_a_full_title_row_completes_the_cut_heading():
    from analysis.ingest.layout import read_article

    assert read_article(READWISE_NOTE).title == (
        "Ferry Talks: Delta Provinces Will Share Every Landing on the Lower River"
    )


def test_title_rows_that_do_not_complete_the_headline():
    from analysis.ingest.layout.cut_titles import labelled_completion
    from analysis.ingest.layout.lines import split_lines

    title = "Ferry Talks: Delta Provinces Will Share"
    other = split_lines("- Full Title: Rice Talks Resume in the Capital\n")
    assert labelled_completion(title, other) == ""  # another headline
    glued = split_lines("Title: Ferry Talks: Delta Provinces Will Shareholders Meet\n")
    assert labelled_completion(title, glued) == ""  # goes on inside a word
    site = split_lines("Title: Ferry Talks: Delta Provinces Will Share - Delta Daily\n")
    assert labelled_completion(title, site) == ""  # a site's suffix, no fuller headline
    lede = split_lines("Ferry Talks: Delta Provinces Will Share every landing, officials said.\n")
    assert labelled_completion(title, lede) == ""  # no label: a sentence, not a title row
    assert labelled_completion("Ferry Talks", split_lines("Title: Ferry Talks Resume\n")) == ""
