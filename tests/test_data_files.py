"""Every data file in analysis/data loads through ``load_data_file`` with its schema, is
used by some module, and a broken copy raises ``DataFileError`` naming file and entry."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from analysis import cli
from analysis.core.data_files import (
    SCHEMA_FOLDER,
    data_dir,
    data_file_names,
    load_data_file,
    schema_path,
)
from analysis.core.errors import DataFileError

ROOT = Path(__file__).resolve().parents[1]
NAMES = data_file_names()


def test_the_data_folder_holds_the_known_kinds_of_file():
    assert len(NAMES) >= 19
    assert {Path(n).suffix for n in NAMES} == {".yaml", ".csv", ".txt"}
    assert {"outlets.yaml", "timeline_congresses.csv", "stopwords.txt"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_data_file_loads_with_its_schema(name: str):
    assert schema_path(name).is_file(), f"{name} has no schema in {SCHEMA_FOLDER}/"
    content = load_data_file(name)
    assert len(content) > 0
    if name.endswith(".csv"):
        assert isinstance(content, pd.DataFrame)
        first = content.attrs["first_line"]
        lines = (data_dir() / name).read_text(encoding="utf-8").splitlines()
        assert lines[first - 2].split(",")[0] == content.columns[0]  # the header line
        assert lines[first - 1].startswith(content.iloc[0, 0])  # the first row


def test_every_schema_belongs_to_a_data_file():
    stems = {Path(n).stem for n in NAMES}
    for schema in (data_dir() / SCHEMA_FOLDER).iterdir():
        assert schema.name.removesuffix(".schema.yaml") in stems, f"{schema.name} is orphaned"


_RECORD_LOADS = """
import json
import analysis.core.data_files as d

loaded = []
real = d.load_schema.__wrapped__
d.load_schema = lambda name: (loaded.append(name), real(name))[1]

from analysis.ingest import country_lines, metadata, page_rules, places

from analysis.site import build_budget, document_page

from analysis.analyses import keyterms

from analysis.annotators import periods
from analysis.ingest import line_evidence
from analysis.annotators import theme_dictionary, theme_evidence
from analysis.annotators.claim_patterns import load_indicators
from analysis.dates import congresses, lexicon, rules
from analysis.annotators.events import load_event_types
from analysis.annotators.gazetteer import load_gazetteer
from analysis.annotators.inference import _inference_config
from analysis.core.stop_words import english_stop_words
from analysis.core.vocabulary import vocabulary

loaded.clear()  # what importing did is not what the readers do
load_gazetteer()
theme_dictionary.load_themes()
theme_evidence.with_word_model()  # the model ships off (use: false)
page_rules.load_rules()
metadata.load_scoring()
english_stop_words.cache_clear()  # read at import by the entity reader
keyterms.load_stopwords()
periods.load_periods()
load_event_types()
load_indicators()
_inference_config()
lexicon.read_date_words()
rules.read_rules()
congresses._load_congresses()
congresses._load_party_aliases()
congresses._load_terms()
country_lines._country_words()
places.place_names()
vocabulary.cache_clear()
vocabulary()
document_page.load_document_page()
build_budget.memory_data()
line_evidence.line_evidence()
print(json.dumps(sorted(set(loaded))))
"""


@pytest.mark.slow  # a fresh interpreter imports the annotators
def test_every_data_file_is_read_by_a_module_through_the_loader():
    """The readers of the modules, run in a fresh interpreter, load every data file
    through ``load_data_file`` (its schema is looked up) and nothing else."""
    done = subprocess.run(
        [sys.executable, "-c", _RECORD_LOADS],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={"PYTHONPATH": str(ROOT), "VN_CORPUS_CACHE": "0", "PATH": ""},
    )
    assert json.loads(done.stdout.splitlines()[-1]) == NAMES


def test_no_module_reads_the_data_folder_by_itself():
    """Only the loader opens files of analysis/data (a module naming a file passes its
    name to ``load_data_file``)."""
    opener = re.compile(r'resources\.files\("analysis"\)[^\n]*"data"[^\n]*(read_text|open)')
    for path in sorted((ROOT / "analysis").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not opener.search(text), f"{path.name} reads a data file without the loader"
        assert "csv.DictReader" not in text or path.name == "data_files.py", path.name


# --- broken copies --------------------------------------------------------------------


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return change


def _append(line: str) -> Callable[[str], str]:
    return lambda text: text.rstrip("\n") + "\n" + line + "\n"


def _drop_column(column: str) -> Callable[[str], str]:
    """The CSV with ``column`` renamed in its header (the column is then missing)."""

    def change(text: str) -> str:
        lines = text.splitlines()
        header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
        lines[header] = lines[header].replace(column, f"{column}_gone", 1)
        return "\n".join(lines) + "\n"

    return change


def _outlet_without_markers(text: str) -> str:
    """outlets.yaml whose 13th outlet (index 12) has ``markers: null``."""
    lines, count = text.splitlines(), -1
    for i, line in enumerate(lines):
        if line.startswith("  - name:"):
            count += 1
        if count == 12 and line.startswith("    markers:"):
            lines[i] = "    markers:"
            while lines[i + 1].startswith("      -"):
                del lines[i + 1]
            return "\n".join(lines) + "\n"
    raise AssertionError("outlets.yaml has fewer than 13 outlets")


BROKEN = {
    "build_memory.yaml": (
        _replace("  cap_mb: 6000", "  cap_mb: 6GB"),
        r"budget\.cap_mb: must be number \(found '6GB'\)",
    ),
    "date_rules.yaml": (
        _replace("    handler: ymd\n", "    handler: [ymd]\n"),
        r"rules\[0\]\.handler: must be string",
    ),
    "date_words.yaml": (_append("units: 3"), r"units: must be object or array \(found 3\)"),
    "document_page.yaml": (
        _replace("table: document_themes", "table: [document_themes]"),
        r"sections\[1\]\.table: must be string",
    ),
    "event_types.yaml": (_replace("label: Visit", "title: Visit"), r"types\.visit\.label"),
    "gazetteer_context.yaml": (_replace("not_actors:", "not_actors_x:"), r": not_actors: "),
    "gazetteer_countries.csv": (_drop_column("region"), r"header: lacks column\(s\) \['region'\]"),
    "gazetteer_organisations.csv": (_drop_column("aliases"), r"header: lacks column"),
    "gazetteer_parties.csv": (_drop_column("country"), r"header: lacks column"),
    "gazetteer_people.csv": (_drop_column("role"), r"header: lacks column\(s\) \['role'\]"),
    "gazetteer_regions.csv": (_drop_column("aliases"), r"header: lacks column"),
    "gazetteer_variants.csv": (_drop_column("variants"), r"header: lacks column"),
    "header_scoring.yaml": (
        _replace("good_length: 1.0", "good_length: high"),
        r"title\.weights\.good_length: must be number \(found 'high'\)",
    ),
    "line_evidence.yaml": (
        _replace("sentence_min_words: 8", "sentence_min_words: eight"),
        r"sentence_min_words: must be integer \(found 'eight'\)",
    ),
    "outlets.yaml": (
        _outlet_without_markers,
        r"outlets\[12\]\.markers: must be array \(found None\)",
    ),
    "page_layout.yaml": (_replace("boilerplate:", "boilerplate: [\n"), r"\(file\): is not valid"),
    "periods.csv": (
        _append("15th,fifteen,CPV,2031-02-01,2036-01-31,x,y"),
        r"line 6, column congress: must match pattern .* \(found .fifteen.\)",
    ),
    "english_stop_words.txt": (
        _append("two words"),
        r"english_stop_words\.txt: line 326: must match .*'two words'",
    ),
    "places.csv": (
        _replace(",Vietnam,province\n", ",Vietnam,prefecture\n"),
        r"places\.csv: line \d+, column kind: must be one of",
    ),
    "stopwords.txt": (_append("two words"), r"stopwords\.txt: line 41: must match .*'two words'"),
    "theme_model.csv": (
        _replace("(intercept),-", "(intercept),minus "),
        r"theme_model\.csv: line 9, column three_pillars: must match pattern .*'minus ",
    ),
    "themes.yaml": (
        _replace("themes:", "themes: 3\nold_themes:"),
        r"themes: must be array \(found 3\)",
    ),
    "timeline_claims.yaml": (
        _replace(
            "    unit: parties\n",
            "",
        ),
        r"indicators\.\w+\.unit",
    ),
    "timeline_congresses.csv": (
        _replace("CPV,11,", "CPV,eleventh,"),
        r"line 4, column ordinal: must match pattern .* \(found 'eleventh'\)",
    ),
    "timeline_inference.yaml": (_replace("future_cues:", "future:"), r": future_cues: "),
    "timeline_parties.csv": (_drop_column("alias"), r"header: lacks column\(s\) \['alias'\]"),
    "vocabulary.yaml": (
        _replace('"On", For', "On, For"),
        r"party_leading_words\[4\]: must be string \(found True\)",
    ),
}


def test_every_data_file_has_a_broken_copy_below():
    assert sorted(BROKEN) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_a_broken_copy_names_the_file_the_entry_and_the_fix(tmp_path: Path, name: str):
    change, entry = BROKEN[name]
    copy = tmp_path / name
    copy.write_text(change((data_dir() / name).read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_data_file(name, path=copy)
    message = str(info.value)
    assert message.startswith(f"{copy}: "), message
    assert re.search(entry, message), message
    assert "; fix: " in message and "\n" not in message
    assert info.value.file == str(copy) and info.value.entry and info.value.fix


@pytest.fixture
def broken_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """A copy of analysis/data the loader reads instead of the package's; the returned
    function breaks one file of it the way ``BROKEN`` says."""
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    monkeypatch.setattr("analysis.core.data_files.data_dir", lambda: folder)

    def breaks(name: str) -> Path:
        path = folder / name
        path.write_text(BROKEN[name][0](path.read_text(encoding="utf-8")), encoding="utf-8")
        return path

    return breaks


def test_a_broken_outlets_file_is_a_data_file_error_not_a_key_error(broken_data):
    from analysis.ingest.page_rules import load_rules

    broken_data("outlets.yaml")
    load_rules.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"outlets\.yaml: outlets\[12\]\.markers: "):
            load_rules()
    finally:
        load_rules.cache_clear()


def test_a_bad_congress_row_is_reported_when_the_congresses_are_read(broken_data):
    from analysis.dates import congresses

    broken_data("timeline_congresses.csv")
    with pytest.raises(DataFileError, match=r"timeline_congresses\.csv: line 4, column ordinal"):
        congresses._load_congresses()


@pytest.mark.slow  # a fresh interpreter imports the annotators
def test_a_bad_congress_row_does_not_stop_import_analysis(tmp_path: Path):
    """A broken packaged data file: ``import analysis`` (and its errors module) still
    works, and the first use of the dates says which row to fix."""
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    path = folder / "timeline_congresses.csv"
    path.write_text(BROKEN[path.name][0](path.read_text(encoding="utf-8")), encoding="utf-8")
    code = (
        "import analysis, analysis.core.errors, analysis.core.data_files as d, pathlib\n"
        f"d.data_dir = lambda: pathlib.Path({str(folder)!r})\n"
        "try:\n"
        "    from analysis.dates import find_dates\n"
        "except analysis.core.errors.DataFileError as exc:\n"
        "    print('DataFileError:', exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert "DataFileError: " in done.stdout
    assert "timeline_congresses.csv: line 4, column ordinal: must match" in done.stdout


def test_the_cli_exits_2_with_one_line_on_a_broken_data_file(
    broken_data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    from analysis.ingest.page_rules import load_rules

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Talks in Hanoi\n\nHanoi (VNA) - Placeholder text of a lede that is long enough.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VN_CORPUS_CACHE", "0")
    broken_data("outlets.yaml")
    load_rules.cache_clear()
    try:
        code = cli.main(
            ["export", "documents", "--seeds", str(seeds), "--out", str(tmp_path / "d.csv")]
        )
    finally:
        load_rules.cache_clear()
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("error: ") and "outlets[12].markers" in err[0]
    assert not (tmp_path / "d.csv").exists()


def test_user_copies_are_checked_with_the_schema_of_their_kind(tmp_path: Path):
    """An analyst's own theme dictionary and stop-word list go through the same schemas."""
    from analysis.analyses.keyterms import load_stopwords
    from analysis.annotators.theme_dictionary import ThemeDictionaryError, load_themes

    themes = tmp_path / "mine.yaml"
    themes.write_text("themes:\n  - just a string\n", encoding="utf-8")
    with pytest.raises(
        ThemeDictionaryError,
        match=r"mine\.yaml: themes\[0\]: must be object \(found 'just a string'\)",
    ):
        load_themes(themes)
    assert issubclass(ThemeDictionaryError, DataFileError)
    words = tmp_path / "words.txt"
    words.write_text("# mine\nFoo\nbar baz\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"words\.txt: line 3: must match .*'bar baz'"):
        load_stopwords(words)
    words.write_text("# mine\nFoo\n", encoding="utf-8")
    assert "foo" in load_stopwords(words)
