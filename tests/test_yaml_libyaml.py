"""``load_yaml`` reads with libyaml when it can (issue 13): the same data as the pure
Python ``NoAliasSafeLoader`` for every packaged YAML file, and the same errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.core.yaml_files import NoAliasSafeLoader, YamlAliasError, load_yaml

DATA = Path(__file__).resolve().parents[1] / "analysis" / "data"
FILES = sorted(DATA.rglob("*.yaml"))


def _slow(text: str) -> object:
    loader = NoAliasSafeLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_data_file_reads_as_the_python_loader_reads_it(path: Path) -> None:
    """Same values, types and key order (compared by ``repr``: 1 is not 1.0 or True)."""
    text = path.read_text(encoding="utf-8-sig")
    assert repr(load_yaml(text, str(path))) == repr(_slow(text))


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\nb: 1.0\nc: 2024-05-01\nd: ~\ne: '010'\nf: 0o10\ng: [1, {h: i}]\n",
        "when: 12:30\nempty:\nlist:\n- x\n-\n",
        "# only a comment\n",
    ],
)
def test_scalars_read_as_the_python_loader_reads_them(text: str) -> None:
    """Booleans, numbers, dates, nulls, quoted and sexagesimal scalars, empty entries."""
    assert repr(load_yaml(text)) == repr(_slow(text))


def test_errors_are_the_python_loaders() -> None:
    """An alias and a syntax error raise what ``NoAliasSafeLoader`` raises, naming the file."""
    with pytest.raises(YamlAliasError):
        load_yaml("a: &x 1\nb: *x\n", "my.yaml")
    with pytest.raises(yaml.YAMLError, match=r"my\.yaml"):
        load_yaml("a: [1, 2\nb: 3\n", "my.yaml")
