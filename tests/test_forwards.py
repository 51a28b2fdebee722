"""Tests of ``analysis.ingest.forwards``: a forwarded e-mail's header (lines of the
held-out 64 fixtures)."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.ingest.forwards import forward_sender, in_forward_header


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
