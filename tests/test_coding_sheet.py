"""Drawing a sample of paragraphs to code (stratified, seeded), writing the sheet, reading
the codes back (refusing malformed sheets, naming the file and the row), and the
``sample-for-coding`` command."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pandas as pd
import pytest

from analysis import cli
from analysis.analyses.coding_sheet import (
    SHEET_COLUMNS,
    CodingSheetError,
    allocate,
    coded_long,
    read_coded_sample,
    sample_for_coding,
    write_coding_sheet,
)
from analysis.annotators.themes import content_paragraphs
from analysis.core.errors import ParameterError
from analysis.ingest.corpus import Corpus
from tests.conftest import SEEDS

FIXTURE = Path(__file__).parent / "data" / "coded_fixture.csv"


# --- sampling ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "n", "expected"),
    [
        ({"a": 50, "b": 30, "c": 20}, 10, {"a": 5, "b": 3, "c": 2}),
        ({"a": 98, "b": 1, "c": 1}, 5, {"a": 3, "b": 1, "c": 1}),  # one from every stratum
        ({"a": 2, "b": 1}, 10, {"a": 2, "b": 1}),  # never more than a stratum holds
        ({"a": 5, "b": 5, "c": 5}, 2, {"a": 1, "b": 1, "c": 0}),  # fewer than strata
    ],
)
def test_allocation_is_proportional_and_bounded(sizes, n, expected):
    take = allocate(pd.Series(sizes), n)
    assert take.to_dict() == expected
    assert take.sum() == min(n, sum(sizes.values()))


def test_sample_is_stratified_seeded_and_ready_to_code(samples: Corpus):
    sheet = sample_for_coding(samples, 20, seed=1)
    assert list(sheet.columns) == list(SHEET_COLUMNS)
    assert len(sheet) == 20 and not sheet.duplicated(["doc_id", "para_id"]).any()
    assert (sheet["themes"] == "").all()
    content = content_paragraphs(samples)[["doc_id", "para_id"]]
    assert len(sheet.merge(content)) == 20  # only article text, never captions or boilerplate
    assert (sheet["text"].str.split().str.len() >= 8).all()
    outlets = samples.documents.set_index("doc_id")["outlet"].replace("", "unknown")
    assert set(sheet["stratum"]) == set(outlets)  # every outlet is represented
    pd.testing.assert_frame_equal(sheet, sample_for_coding(samples, 20, seed=1))
    assert not sheet.equals(sample_for_coding(samples, 20, seed=2))
    by_doc = sample_for_coding(samples, 10, by="doc_id")
    assert by_doc["doc_id"].nunique() == len(samples.documents) == by_doc["stratum"].nunique()


def test_sample_parameters_are_checked(samples: Corpus):
    with pytest.raises(ParameterError, match="'n'"):
        sample_for_coding(samples, 0)
    with pytest.raises(ParameterError, match="'by'"):
        sample_for_coding(samples, 5, by="author")


def test_coding_sheet_round_trips_and_is_never_overwritten(samples: Corpus, tmp_path: Path):
    sheet = sample_for_coding(samples, 6)
    path = write_coding_sheet(sheet, tmp_path / "coding.csv")
    coded = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    coded.loc[0, "themes"] = "party_to_party; neighbours"
    coded.loc[1, "themes"] = "none"
    coded.to_csv(path, index=False)
    table = read_coded_sample(path)
    assert len(table) == 2  # the four blank rows are not coded yet
    assert table["themes"].tolist() == ["neighbours;party_to_party", "none"]
    assert table["text"].tolist() == sheet["text"].head(2).tolist()
    with pytest.raises(ParameterError, match="already exists"):
        write_coding_sheet(sheet, path)


# --- reading codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("para_id,text\n1,abc\n", r"lacks the columns \['themes'\]"),
        ("para_id,text,themes\n1,abc,pandemc\n", r"row 2: unknown theme id\(s\) \['pandemc'\]"),
        ("doc_id,para_id,text,themes\na,1,x,none\na,1,y,pandemic\n", r"\(a, 1\) is coded twice"),
        ("doc_id,para_id,text,themes\na,one,x,none\n", "para_id must be whole numbers"),
    ],
)
def test_malformed_coded_samples_are_refused_naming_file_and_row(tmp_path, content, message):
    path = tmp_path / "coded.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CodingSheetError, match=message) as info:
        read_coded_sample(path)
    assert "coded.csv" in str(info.value)


def test_coded_long_has_one_row_per_theme_and_none_for_no_theme():
    table = read_coded_sample(FIXTURE)
    long = coded_long(table)
    assert set(long.columns) == {"doc_id", "para_id", "theme"}
    assert long.loc[(long["doc_id"] == "f1") & (long["para_id"] == 1), "theme"].tolist() == [
        "neighbours",
        "sovereignty",
    ]
    assert (long.loc[long["doc_id"] == "f2"].groupby("para_id").size() == 1).all()
    assert "none" in set(long["theme"])


# --- command line ------------------------------------------------------------------------


def test_cli_passes_its_arguments_to_the_library(tmp_path: Path):
    out = tmp_path / "coding.csv"
    with (
        mock.patch("analysis.ingest.corpus.load_corpus", return_value="CORPUS") as load,
        mock.patch(
            "analysis.analyses.coding_sheet.sample_for_coding", return_value="SHEET"
        ) as draw,
        mock.patch("analysis.analyses.coding_sheet.write_coding_sheet", return_value=out) as write,
    ):
        argv = ["sample-for-coding", "--seeds", "s", "--n", "50", "--out", str(out)]
        assert cli.main([*argv, "--seed", "7", "--by", "year"]) == 0
    load.assert_called_once_with("s")
    draw.assert_called_once_with("CORPUS", 50, seed=7, by="year")
    write.assert_called_once_with("SHEET", str(out))


def test_cli_writes_a_sheet_from_the_samples_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "coding.csv"
    argv = ["sample-for-coding", "--seeds", str(SEEDS), "--n", "12", "--out", str(out)]
    assert cli.main(argv) == 0
    assert capsys.readouterr().out.strip() == str(out)
    sheet = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert len(sheet) == 12 and list(sheet.columns) == list(SHEET_COLUMNS)
    assert cli.main(argv) == 2
    assert "already exists" in capsys.readouterr().err
