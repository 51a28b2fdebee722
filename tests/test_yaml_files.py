"""Reading YAML (``analysis/core/yaml_files.py``): anchors, aliases and Python tags refused, plain
YAML loads, every packaged file goes through ``load_yaml``."""

from __future__ import annotations

import re

import pytest
import yaml

from analysis.core.yaml_files import YamlAliasError, load_yaml
from tests.conftest import ROOT


def test_anchors_and_aliases_are_refused_and_plain_yaml_still_loads():
    with pytest.raises(YamlAliasError, match=r"my\.yaml.*line 1"):
        load_yaml("a: &x 1\nb: 2\n", "my.yaml")
    with pytest.raises(yaml.YAMLError, match="alias"):
        load_yaml("a: [1]\nb: *x\n")
    with pytest.raises(yaml.YAMLError, match="could not determine a constructor"):
        load_yaml("a: !!python/object/apply:os.system [echo]\n")
    assert load_yaml("themes:\n  - id: a\n    terms: ['x & y', '*wild']\n") == {
        "themes": [{"id": "a", "terms": ["x & y", "*wild"]}]
    }


def test_every_packaged_yaml_file_loads_and_no_module_bypasses_load_yaml():
    for path in sorted((ROOT / "analysis" / "data").glob("*.yaml")):
        assert load_yaml(path.read_text(encoding="utf-8"), str(path)), path
    direct = re.compile(
        r"\byaml\.(?:safe_load|load|full_load|unsafe_load|load_all|safe_load_all)\("
    )
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "analysis").rglob("*.py"))
        if path.name != "yaml_files.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
