"""Tests of ``analysis.ingest.name_mentions`` (title77b, held-out 77): a site's or an
institution's name that other lines mention in their own grammar is no repeated headline,
and an op-ed's "Name: Title" headline whose writer the note below introduces is no label
over a list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines
from analysis.ingest.name_mentions import mentioned_name, writer_label

# Our own page in the layout of held-out 77's history site: a sponsor line, the site's
# name, its blurb opening with the name, the writer's "Name: Title" headline, the writer's
# bracketed note, the text.
OPED = (
    "With support from the Harbour Foundation\n\n"
    "Coastal History Review\n\n"
    "Coastal History Review puts the sea's past beside today's news. Sign up for our "
    "newsletter to get new essays every week, or browse our archive.\n\n"
    "Tomas Varga: Salt, Sails and the Old Harbour Guilds\n\n"
    "[Tomas Varga is a lecturer in maritime history at a northern university.]\n\n"
    "In 1790 the harbour guild of a small port set the price of salt for the whole coast. "
    "Its records survive in two ledgers.\n\n"
    "The guild lost its power when the railway reached the port in 1871.\n"
)

# Our own repository record: the repository's name over two lines, the title, labels over
# values, the writer's affiliation ending with the institution's name, a disclaimer.
RECORD = (
    "University of Ardmore\n"
    "Scholar Commons\n\n"
    "Ferries and Fishers: The Island Economy of the Northern Gulf, 1950-2010\n\n"
    "Author\n\n"
    "Lena Okafor, University of Ardmore\n\n"
    "Year\n\n"
    "2019\n\n"
    "Abstract\n\n"
    "This thesis studies how island communities of the northern gulf lived from ferries "
    "and fishing over six decades, and how both changed after 1990.\n\n"
    "Unless otherwise indicated, the views expressed in this thesis are those of the author "
    "and do not necessarily represent the views of University of Ardmore.\n"
)


def test_the_writers_headline_wins_over_the_sites_name() -> None:
    assert read_article(OPED).title == "Tomas Varga: Salt, Sails and the Old Harbour Guilds"


def test_the_record_title_wins_over_the_institutions_name() -> None:
    title = read_article(RECORD).title
    assert title == "Ferries and Fishers: The Island Economy of the Northern Gulf, 1950-2010"


def test_writer_label_needs_the_note_below() -> None:
    paras = split_lines(OPED)
    texts = [p.text for p in paras]
    head = texts.index("Tomas Varga: Salt, Sails and the Old Harbour Guilds")
    assert writer_label(paras, head)
    # negative: without the note the same line is a label and a list
    no_note = split_lines(OPED.replace("[Tomas Varga is", "[The writer is"))
    assert not writer_label(no_note, head)
    listed = split_lines("Sources: Reuters, AFP, Kyodo\n\nSources is a word here.\n")
    assert not writer_label(listed, 0)  # one word: no name


def test_copies_still_count() -> None:
    assert not mentioned_name("Talks in Hanoi | Hanoi Daily", "hanoi daily")  # a page title
    assert not mentioned_name("Hanoi Daily - Talks in Hanoi", "hanoi daily")
    assert not mentioned_name("Talks in Hanoi", "talks in hanoi")  # the same line
    assert not mentioned_name("Some Long Name Of Five Words puts", "some long name of five")
    # a headline in sentence case run into a caption's sentence is still a copy
    assert not mentioned_name("Ferry crews trained today in the delta.", "ferry crews trained")


_NAME = st.lists(
    st.sampled_from(["Harbour", "Review", "Coastal", "Institute", "Delta", "Press"]),
    min_size=1,
    max_size=4,
).map(" ".join)


@given(_NAME, st.sampled_from(["puts", "is", "brings", "publishes"]))
def test_a_name_opening_a_sentence_or_closing_an_affiliation_is_a_mention(
    name: str, verb: str
) -> None:
    key = name.casefold()
    assert mentioned_name(f"{name} {verb} the news in context.", key)
    assert mentioned_name(f"Lena Okafor, {name}", key)
    assert not mentioned_name(f"{name}: {verb.title()} Again", key)
    assert not mentioned_name(f"Headline | {name}", key)
