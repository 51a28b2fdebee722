"""Tests of ``analysis.ingest.layout.contents_writers``: an edition's contents listing whose
numbered items stand over abstracts is its first item, and that item's writers in capitals
are the page's (placeholder pages)."""

from __future__ import annotations

from analysis.ingest.layout import read_article

LISTING = """CONTENTS

RESEARCH ON FOREIGN LAW AND INTERNATIONAL TREATIES

1. TRAN THI HOA - Fishing agreements in the Gulf of Tonkin: twenty years on

The article reviews the fishing agreement between the two countries, how its joint zone has been patrolled and what the fleets of both sides say of it today.

2. LE VAN BINH - Border markets and the law on foreign trade

Small traders at the border markets work under rules written for large importers; the author argues for a simpler regime and sets out how it could be drafted.

3. PHAM MINH DUC, NGO THU LAN - Consular help for seafarers detained abroad

The authors compare the cases of crews detained in four countries since 2015 and the help each received from the consulates, and propose a common procedure.
"""


def test_the_first_items_writer_is_the_pages():
    assert read_article(LISTING).author == "Tran Thi Hoa"


def test_contents_items_without_abstracts_name_no_writer():
    page = "\n".join(
        line for line in LISTING.splitlines() if not line.startswith(("The ", "Small"))
    )
    assert read_article(page).author == ""


def test_numbered_paragraphs_opened_by_a_label_name_no_writer():
    page = (
        "Cable on the fishing talks\n\n"
        "1. SUMMARY - The talks ended without a date for the next round, and both sides "
        "blamed the weather for the delay.\n\n"
        "The delegations met for two days in the port city and agreed on little.\n\n"
        "2. COMMENT - Neither side expected more, and the talks were meant to keep the "
        "channel open.\n\n"
        "Officials said a new round could be held before the end of the year.\n\n"
        "3. BACKGROUND - The agreement was signed in 2000 and has been renewed twice.\n\n"
        "The joint zone covers the middle of the gulf and is patrolled by both navies.\n"
    )
    assert read_article(page).author == ""


def test_two_items_are_no_listing():
    page = LISTING.split("3. PHAM")[0]
    assert read_article(page).author == ""


def test_a_byline_wins():
    page = LISTING.replace("CONTENTS\n", "CONTENTS\n\nBy Anna Berg\n")
    assert read_article(page).author == "Anna Berg"
