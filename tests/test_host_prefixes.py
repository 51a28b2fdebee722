"""A headline opened by the site's name that the address's host spells ("Blog Name: Post
Title") loses the name (fix34d, held-out 120's MarkDownload note of a Blogger post)."""

from __future__ import annotations

import pandas as pd

from analysis.ingest.host_prefixes import host_prefix_titles, without_host_prefix


def test_a_blogs_name_the_host_spells_is_dropped():
    url = "https://rivernotes.blogspot.com/2013/04/ferry-crossings-reopen.html"
    title = "River Notes: Ferry crossings reopen along the delta"
    assert without_host_prefix(title, url) == "Ferry crossings reopen along the delta"
    piped = "River Notes | Ferry crossings reopen along the delta"
    assert without_host_prefix(piped, url) == "Ferry crossings reopen along the delta"


def test_heads_the_host_does_not_spell_stay():
    url = "https://rivernotes.blogspot.com/2013/04/ferry-crossings-reopen.html"
    kicker = "Delta News: Ferry crossings reopen along the delta"
    assert without_host_prefix(kicker, url) == kicker  # a kicker, not the blog's name
    one_word = "Rivernotes: Ferry crossings reopen along the delta"
    assert without_host_prefix(one_word, url) == one_word  # one word: a kicker as often
    short = "River Notes: Ferries reopen"
    assert without_host_prefix(short, url) == short  # too little headline after it
    assert without_host_prefix(kicker, "") == kicker  # no address
    org = "River Notes: Ferry crossings reopen along the delta"
    assert without_host_prefix(org, "https://notes.org/a") == org  # no label is "rivernotes"


def test_the_frame_notes_the_dropped_name_and_keeps_a_given_title():
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "title": ["River Notes: Ferry crossings reopen along the delta"] * 2,
            "title_source": ["line 1", "line 1"],
        }
    )
    sidecar = pd.DataFrame(
        {"url": ["https://rivernotes.blogspot.com/x"] * 2, "title": ["", "Given title"]},
        index=pd.Index(["a", "b"], name="doc_id"),
    )
    out = host_prefix_titles(docs, sidecar)
    assert out.loc[0, "title"] == "Ferry crossings reopen along the delta"
    assert "site name 'River Notes: '" in out.loc[0, "title_source"]
    assert out.loc[1, "title"] == docs.loc[1, "title"]  # the sidecar's title is applied elsewhere
