"""Dictionary coverage (``analysis/analyses/keyterm_coverage.py``): frequent terms the theme
dictionary does not match."""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.analyses.keyterms import (
    coverage,
)
from analysis.annotators.themes import (
    default_themes_path,
)
from analysis.ingest.corpus import Corpus


def test_coverage_lists_unmatched_terms_and_shrinks_when_the_dictionary_grows(
    samples: Corpus, tmp_path: Path
):
    before = coverage(samples, top_n=None, min_count=3)
    assert "political foundation" in before["term"].tolist()
    assert (
        not before["term"].isin(["bamboo diplomacy", "comprehensive strategic partnership"]).any()
    )
    data = yaml.safe_load(default_themes_path().read_text(encoding="utf-8"))
    data["themes"].append({"id": "foundation", "terms": ["political foundation"]})
    path = tmp_path / "more.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    after = coverage(samples, path, top_n=None, min_count=3)
    assert "political foundation" not in after["term"].tolist()
    assert len(after) < len(before)
