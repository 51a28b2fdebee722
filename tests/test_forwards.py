"""Tests of ``analysis.ingest.forwards``: a forwarded e-mail's header (lines of the
held-out 64 fixtures)."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.forwards import (
    byline_writer,
    forward_sender,
    forward_sender_name,
    in_forward_header,
    label_forward_header,
)
from analysis.ingest.layout import read_article
from analysis.ingest.layout.lines import split_lines


def paras(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t) for t in texts]


GMAIL = paras(
    "---------- Forwarded message ---------",
    "From: ASEAN Briefing <newsletter@aseanbriefing.com>",
    "Date: Tue, Oct 17, 2023 at 9:02 AM",
    "Subject: Vietnam Weekly Brief, issue 41",
    "View in browser",
    "Vietnam's new rules on foreign NGO offices take effect",
)


def test_the_lines_under_a_forward_separator_are_its_header():
    assert in_forward_header(GMAIL, 1) and in_forward_header(GMAIL, 3)
    assert not in_forward_header(GMAIL, 0)
    assert not in_forward_header(GMAIL, 5)  # the article's headline, four lines down


def test_the_sender_of_a_forward_is_found_and_a_list_messages_sender_is_not():
    assert forward_sender(GMAIL, 1)
    assert not forward_sender(GMAIL, 2)
    listed = paras(
        "Archive rules after the new decree",
        "From: Roland P. Ashcombe via Vsg <vsg@list.example.edu>",
        "Sent: Thursday, May 16, 2024 7:50 AM",
    )
    assert not forward_sender(listed, 1)
    outlook = paras(
        "_" * 32, "From: Le Van Binh <binh.le@example.org>", "Sent: Monday, 4 March 2024"
    )
    assert forward_sender(outlook, 1)


#: Held-out 64's Outlook forward: the header, a colleague's note, the article.
OUTLOOK = (
    "________________________________\n"
    "From: Le Van Binh <binh.le@example.org>\n"
    "Sent: Monday, 4 March 2024 8:15 AM\n"
    "To: Maritime desk <maritime@example.org>\n"
    "Subject: FW: coast guard divers\n\n"
    "FYI, for the maritime file.\n\n"
    "Tokyo and Hanoi start joint training for coast guard divers\n"
    "Fri, March 1, 2024, 3:48 PM GMT+7\n"
    "Tien Thang / Tuoi Tre News\n\n"
    "Divers from the Japan Coast Guard have begun a two-week course for their Vietnamese "
    "counterparts at a base in Hai Phong, focusing on search and rescue in murky water.\n"
)


def test_a_colleagues_note_under_a_forwards_header_is_no_headline():
    lines = split_lines(OUTLOOK)
    label_forward_header(lines)
    assert [p.kind for p in lines[4:7]] == ["boilerplate", "boilerplate", ""]
    article = read_article(OUTLOOK)
    assert article.title == "Tokyo and Hanoi start joint training for coast guard divers"
    # no forward separator: the same lines are left alone
    plain = split_lines(OUTLOOK.split("\n", 1)[1])
    label_forward_header(plain)
    assert all(not p.kind for p in plain)


def test_a_forwarded_newsletters_sender_names_it_when_its_domain_spells_the_name():
    gmail = (
        "---------- Forwarded message ---------\n"
        "From: ASEAN Briefing <newsletter@aseanbriefing.com>\n"
        "Date: Tue, Oct 17, 2023 at 9:02 AM\n"
        "Subject: Vietnam Weekly Brief, issue 41\n"
        "To: <research.team@example.org>\n\n\n"
        "View in browser\n\n"
        "Vietnam's new rules on foreign NGO offices take effect\n"
        "By Huong Nguyen | October 16, 2023\n\n"
        "A decree on the registration of foreign non-governmental organisations came into "
        "force on Monday, shortening the time the committee has to answer applications.\n"
    )
    assert forward_sender_name(split_lines(gmail)) == ("ASEAN Briefing", "aseanbriefing.com")
    assert read_article(gmail).outlet == "ASEAN Briefing"
    # a colleague's own address spells no site: no outlet from it
    assert read_article(OUTLOOK.replace(" / Tuoi Tre News", "")).outlet == ""


#: (held-out 106) A forward with the sender's own note and the mail app's signature above
#: its separator, the article's writer a bare name over its date.
NOTE_ABOVE = (
    "Passing this on before the fisheries meeting.\n\n"
    "Sent from my iPhone\n\n"
    "---------- Forwarded message ---------\n"
    "From: Cao Van Duc <duc.cao@example.org>\n"
    "Date: Wed, 6 Mar 2024 at 19:05\n"
    "Subject: Ports story\n"
    "To: Desk <desk@example.org>\n\n\n"
    "Two river ports will share a pilot boat service from April\n"
    "• Pilots of both ports will work one roster\n"
    "Mai Thu Trang\n"
    "Published: 6:30pm, 6 Mar 2024\n"
    "The two ports signed an agreement on Wednesday to share pilot boats and a single duty "
    "roster, cutting waiting times for barges at night.\n"
    "The service will start on April 1 with four boats.\n"
)


def test_a_senders_note_above_the_separator_is_the_forwards_not_the_articles():
    lines = split_lines(NOTE_ABOVE)
    label_forward_header(lines)
    assert [p.role for p in lines[:2]] == ["forward note", "forward note"]
    article = read_article(NOTE_ABOVE)
    assert article.title == "Two river ports will share a pilot boat service from April"
    assert article.author == "Mai Thu Trang"  # not the "From:" sender
    # without a note the sender of a forward that names no other writer stays its writer
    bare = NOTE_ABOVE.split("\n\n", 2)[2].replace("Mai Thu Trang\n", "")
    assert read_article(bare).author == "Cao Van Duc"


def test_text_above_a_separator_that_is_no_short_note_is_left_alone():
    # a paragraph of prose, or four lines, above the separator: not a sender's note
    long_note = "The ministry said on Monday that the plan would be reviewed in June. " * 3
    for above in (long_note.strip(), "One.\nTwo.\nThree.\nFour."):
        lines = split_lines(above + "\n" + NOTE_ABOVE.split("\n\n", 2)[2])
        label_forward_header(lines)
        assert not any(p.role == "forward note" for p in lines[:4])
    # a dateline and a "By" line above the separator are no note either
    lines = split_lines("Hanoi, May 5 (VNA)\nBy Le Anh\n" + NOTE_ABOVE.split("\n\n", 2)[2])
    label_forward_header(lines)
    assert not any(p.role == "forward note" for p in lines[:2])


def test_a_byline_writer_is_no_forwards_sender():
    lines = split_lines(NOTE_ABOVE)
    for p in lines:
        p.kind, p.role = ("byline", "author") if p.text.startswith(("From:", "Mai")) else ("", "")
    sender = next(i for i, p in enumerate(lines) if p.text.startswith("From:"))
    writer = next(i for i, p in enumerate(lines) if p.text.startswith("Mai"))
    assert not byline_writer(lines, sender) and byline_writer(lines, writer)
