"""Reading and validating the theme dictionary (``analysis/annotators/theme_dictionary.py``): the
packaged themes, malformed files named with their problem, theme ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from analysis.annotators.themes import (
    ThemeDictionaryError,
    load_themes,
    resolve_themes,
)
from analysis.core.errors import AnalysisError, ParameterError

REQUIRED_THEMES = {
    "three_pillars",
    "party_to_party",
    "neighbours",
    "major_powers",
    "multilateral",
    "economic",
    "sovereignty",
    "identity",
    "pandemic",
    "research",
    "party_building",
    "information_culture",
    "world_situation",
}


def test_packaged_dictionary_has_the_issue_themes_with_definitions():
    themes = load_themes()
    assert {t.id for t in themes} >= REQUIRED_THEMES
    for theme in themes:
        assert theme.terms and theme.label and theme.definition, theme.id
        assert isinstance(theme.pattern, re.Pattern)


@pytest.mark.parametrize(
    ("theme", "message"),
    [
        ({"label": "No id", "terms": ["x"]}, r"theme #2 \(label 'No id'\) has no 'id'"),
        ({"id": "empty", "terms": []}, r"Theme 'empty'.*'terms' is empty"),
        ({"id": "blank", "terms": ["ok", "  "]}, r"Theme 'blank'.*empty term"),
        ({"id": "good", "terms": ["y"]}, r"Theme 'good'.*duplicate id"),
        (
            {"id": "badre", "terms": ["re:(unclosed"]},
            r"Theme 'badre'.*invalid pattern.*regular expression",
        ),
        ({"id": "stars", "terms": ["a**b"]}, r"Theme 'stars'.*invalid pattern.*'\*\*'"),
        ({"id": "wild", "terms": ["*"]}, r"Theme 'wild'.*invalid pattern.*would match anything"),
        ({"id": "badex", "terms": ["x"], "exclude": ["re:[z"]}, r"Theme 'badex'.*invalid pattern"),
    ],
)
def test_malformed_dictionary_is_rejected_naming_theme_and_problem(tmp_path: Path, theme, message):
    path = tmp_path / "bad.yaml"
    path.write_text(
        yaml.safe_dump({"themes": [{"id": "good", "terms": ["x"]}, theme]}), encoding="utf-8"
    )
    with pytest.raises(ThemeDictionaryError, match=message):
        load_themes(path)


def test_dictionary_errors_belong_to_the_package_hierarchy(tmp_path: Path):
    assert issubclass(ThemeDictionaryError, AnalysisError)
    path = tmp_path / "none.yaml"
    path.write_text("themes: []\n", encoding="utf-8")
    with pytest.raises(ThemeDictionaryError, match="has no themes"):
        load_themes(path)
    with pytest.raises(ThemeDictionaryError, match="Cannot read"):
        load_themes(tmp_path / "missing.yaml")


def test_unknown_theme_ids_are_rejected():
    with pytest.raises(ParameterError, match="nonsense"):
        resolve_themes(None, ["pandemic", "nonsense"])
    assert [t.id for t in resolve_themes(None, ["pandemic"])] == ["pandemic"]
