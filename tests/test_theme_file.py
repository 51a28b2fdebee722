"""The checks every reader of the theme file shares (``analysis.annotators.theme_file``)."""

from __future__ import annotations

import pytest

from analysis.annotators.theme_file import (
    ThemeDictionaryError,
    checked_rule_entry,
    default_themes_path,
    number_at_least,
    one_line,
    str_list,
)
from analysis.core.errors import DataFileError


def test_the_packaged_theme_file_exists_and_its_error_is_a_data_file_error():
    assert default_themes_path().is_file()
    assert issubclass(ThemeDictionaryError, DataFileError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, ()), (" party ", ("party",)), (["a ", " b"], ("a", "b"))],
)
def test_str_list_accepts_a_string_or_a_list_of_strings(value, expected):
    assert str_list(value, "economic", "terms") == expected


@pytest.mark.parametrize("value", [3, ["a", 3], {"a": 1}])
def test_str_list_names_the_theme_and_the_field(value):
    with pytest.raises(ThemeDictionaryError, match=r"Theme 'economic': 'terms' must be a list"):
        str_list(value, "economic", "terms")


@pytest.mark.parametrize("value", [True, "1", -0.5, None])
def test_number_at_least_quotes_the_bad_value(value):
    with pytest.raises(ThemeDictionaryError, match=rf"weight is {value!r}; give a number >= 0"):
        number_at_least(value, "weight")


def test_number_at_least_returns_a_float_from_the_minimum_up():
    assert number_at_least(2, "min_items", minimum=2) == 2.0
    with pytest.raises(ThemeDictionaryError, match="min_items is 1; give a number >= 2"):
        number_at_least(1, "min_items", minimum=2)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("x", r"actors #1 must be a mapping with an 'id'"),
        ({"id": "g", "note": "n", "colour": 1}, r"rule 'g' has unknown keys \['colour'\]"),
        ({"id": "g", "note": " "}, r"rule 'g' has no 'note'; say in one line what it captures"),
    ],
)
def test_checked_rule_entry_says_the_fix(entry, message):
    with pytest.raises(ThemeDictionaryError, match=message):
        checked_rule_entry(entry, "actors #1", "rule", {"id", "note"}, "captures")


def test_checked_rule_entry_names_a_good_rule_by_its_id():
    assert checked_rule_entry({"id": "g", "note": "n"}, "#1", "rule", {"id", "note"}, "x") == (
        "rule 'g'"
    )


def test_one_line_collapses_whitespace():
    assert one_line("  a\n  stock\tlist ") == "a stock list"
