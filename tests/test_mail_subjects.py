"""A headline that is an e-mail's subject keeps no forward or reply markers (held-out 89)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.ingest.layout import read_article
from analysis.ingest.layout.mail_subjects import SUBJECT_MIN_WORDS, without_mail_markers

REPORT = (
    "Fwd: Travel pool report #4 - visit to the ferry landing\n\n"
    "Begin forwarded message:\n\n"
    "From: Mira Olsen >\n"
    "Date: May 24, 2016 at 3:12:40 PM GMT+7\n"
    "To: Ben Hart >\n"
    "Subject: Travel pool report #4 - visit to the ferry landing\n\n"
    "The motorcade reached the ferry landing on the river at 2:40 pm after a slow drive "
    "through the afternoon traffic, and pool was walked to the end of the pier.\n\n"
    "The ferry master explained through an interpreter that the boats carry about two "
    "thousand passengers a day between the two banks of the river.\n"
)


def test_a_forwarded_pool_reports_headline_loses_its_marker():
    assert read_article(REPORT).title == "Travel pool report #4 - visit to the ferry landing"


def test_markers_in_a_row_and_in_other_languages():
    assert without_mail_markers("RE: FW: Notes from the ferry visit") == (
        "Notes from the ferry visit"
    )
    assert without_mail_markers("WG: Bericht über die Fähre am Fluss") == (
        "Bericht über die Fähre am Fluss"
    )
    assert without_mail_markers("TR : Compte rendu de la visite") == "Compte rendu de la visite"


def test_a_headline_without_markers_or_too_short_stays_whole():
    for title in ("Re: Vietnam", "Trade: Exports of rice rise again", "Refugees return home"):
        assert without_mail_markers(title) == title


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@given(
    words=st.lists(_WORD, min_size=SUBJECT_MIN_WORDS, max_size=8),
    markers=st.lists(st.sampled_from(["Fwd", "FW", "Re", "RE", "AW", "WG"]), max_size=3),
)
def test_any_markers_before_a_subject_are_dropped(words: list[str], markers: list[str]):
    subject = "Port " + " ".join(words)
    title = "".join(f"{m}: " for m in markers) + subject
    assert without_mail_markers(title) == subject
