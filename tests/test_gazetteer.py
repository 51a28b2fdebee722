"""The gazetteer (``analysis/annotators/gazetteer.py``): the packaged lists, errors naming the
file, row and problem, the context file, lookup, shared short names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.annotators.entities import (
    GazetteerError,
    default_gazetteer_dir,
    load_gazetteer,
)


def test_gazetteer_errors_name_the_file_and_problem(gazetteer_copy: Path):
    people = gazetteer_copy / "gazetteer_people.csv"
    people.write_text(people.read_text(encoding="utf-8") + "Someone Else,Trong,Nobody,Vietnam\n")
    with pytest.raises(GazetteerError, match=r"'Trong' names more than one actor"):
        load_gazetteer(gazetteer_copy)
    people.write_text("name,role\nX,Y\n", encoding="utf-8")
    with pytest.raises(
        GazetteerError, match=r"gazetteer_people.csv.*lacks column\(s\) \['aliases'"
    ):
        load_gazetteer(gazetteer_copy)
    people.unlink()
    with pytest.raises(GazetteerError, match="Cannot read gazetteer file"):
        load_gazetteer(gazetteer_copy)


def test_packaged_lists_cover_the_field(gazetteer):
    entries = gazetteer.entries
    countries = entries.loc[entries["kind"] == "country"].drop_duplicates("canonical")
    current = countries.loc[countries["detail"] != "Former state"]
    assert len(current) == 195  # 193 UN members and 2 observer states
    for path in default_gazetteer_dir().glob("gazetteer_*.csv"):
        assert path.read_text(encoding="utf-8").startswith("# "), f"{path.name} states no source"
    flags = entries.groupby("flag")["surface"].size()
    assert flags["demonym"] > 150 and flags["metonym"] > 150
    people = entries.loc[entries["kind"] == "person", "canonical"]
    assert {"Nguyen Van Linh", "Do Muoi", "Le Kha Phieu", "Nong Duc Manh", "To Lam"} <= set(people)


@pytest.mark.parametrize(
    ("filename", "line", "message"),
    [
        ("gazetteer_people.csv", "Nobody,,x,Atlantis,,", r"row 99: country 'Atlantis'"),
        ("gazetteer_people.csv", ",,x,Laos,,", r"gazetteer_people.csv' row 99: empty 'name'"),
        ("gazetteer_parties.csv", "Other Party,CPV,,Laos,", r"'CPV' names more than one"),
        ("gazetteer_regions.csv", "Somewhere,(brackets)", r"must start with a letter"),
        ("gazetteer_variants.csv", "lonely,", r"gazetteer_variants.csv' row \d+: give a word"),
    ],
)
def test_data_errors_name_the_file_and_row(gazetteer_copy: Path, filename, line, message):
    path = gazetteer_copy / filename
    if not path.exists():
        shutil.copy(default_gazetteer_dir() / filename, path)
    text = path.read_text(encoding="utf-8")
    if filename == "gazetteer_people.csv":  # put the bad row on line 99
        lines = text.splitlines()
        text = "\n".join(lines[:98]) + "\n"
    path.write_text(text + line + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(gazetteer_copy)


def test_context_file_is_validated(gazetteer_copy: Path):
    (gazetteer_copy / "gazetteer_context.yaml").write_text("roles: President\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"gazetteer_context.yaml'.*'locative_before'"):
        load_gazetteer(gazetteer_copy)


def test_lookup_folds_like_the_matcher(gazetteer):
    assert gazetteer.lookup("Việt Nam") == ("Vietnam", "country", "Vietnam")
    assert gazetteer.lookup("the Philippines")[0] == "Philippines"
    with pytest.raises(KeyError):
        gazetteer.lookup("Atlantis")


def test_people_may_share_a_short_name_but_not_a_name(gazetteer_copy: Path):
    people = gazetteer_copy / "gazetteer_people.csv"
    text = people.read_text(encoding="utf-8")
    people.write_text(text + "Truong Van Lam,,Someone,Vietnam,Lam,\n", encoding="utf-8")
    assert load_gazetteer(gazetteer_copy).shorts["Lam"] == ("To Lam", "Truong Van Lam")
    people.write_text(text + "Truong Van Lam,Trong,Someone,Vietnam,Lam,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"'Trong' names more than one actor"):
        load_gazetteer(gazetteer_copy)
