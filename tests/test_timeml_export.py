"""Articles as TimeML (``analysis/annotators/timeml_export.py``): tags around the temporal
expressions leave the text as it was, and every document is written as well-formed XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

from analysis.annotators.timeml_export import tag_timexes, write_timeml

TEXT = "On 5 January 2023 <Laos> & Vietnam signed; talks follow next month."


def test_tags_wrap_the_expressions_and_leave_the_text_as_it_was() -> None:
    tagged, next_tid = tag_timexes(TEXT, pd.Timestamp("2023-01-10"), first_tid=7)
    root = ET.fromstring(f"<TEXT>{tagged}</TEXT>")
    assert "".join(root.itertext()) == TEXT
    timexes = root.findall("TIMEX3")
    assert [t.get("tid") for t in timexes] == [f"t{i}" for i in range(7, next_tid)]
    assert (
        timexes and timexes[0].text == "5 January 2023" and timexes[0].get("value") == "2023-01-05"
    )
    assert all(t.get("type") and t.text for t in timexes)


def test_a_text_without_dates_is_only_escaped() -> None:
    assert tag_timexes("a < b & c", None, 3) == ("a &lt; b &amp; c", 3)


def test_every_document_is_written_as_timeml(samples, tmp_path: Path) -> None:
    before = samples.documents.copy()
    paths = write_timeml(samples, tmp_path / "tml")
    ids = sorted(samples.documents["doc_id"])
    inferred = set()
    assert [p.name for p in paths] == [f"{d}.tml" for d in ids]
    for path, doc_id in zip(paths, ids, strict=True):
        root = ET.parse(path).getroot()
        assert root.tag == "TimeML" and root.findtext("DOCID") == doc_id
        dct = root.find("DCT/TIMEX3")
        assert dct is not None and dct.get("functionInDocument") == "CREATION_TIME"
        undated = pd.isna(before.set_index("doc_id").loc[doc_id, "published"])
        if dct.get("comment") == "inferred":
            inferred.add(doc_id)
        assert dct.get("value")  # the samples' undated articles all get an inferred date
        assert undated == (dct.get("comment") == "inferred")
    assert len(inferred) == 2
    pd.testing.assert_frame_equal(samples.documents, before)
