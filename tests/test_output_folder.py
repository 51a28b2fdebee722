"""The output folder of a report build: ``--out`` only ever replaces a site the builder made,
never the seeds, the notebooks, the package, the checkout, the home folder or a folder of
the user's files. The folders at risk are copies in ``tmp_path``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analysis.core.errors import ParameterError
from analysis.site import output_folder
from analysis.site.output_folder import PROJECT_ROOT, check_output_folder
from analysis.site.reports import NOTEBOOKS_DIR, SITE_MARKER, is_site_folder, write_site_marker


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A seeds folder the checks compare ``--out`` with (only its path matters)."""
    (tmp_path / "seeds").mkdir()
    return tmp_path / "seeds"


@pytest.fixture
def home(tmp_path_factory, monkeypatch) -> Path:
    """A home folder of the test's own."""
    folder = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(folder))
    return folder


def _site(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "index.html").write_text("<p>old site</p>", encoding="utf-8")
    write_site_marker(folder)
    return folder


def _refused(out: Path, seeds: Path, notebooks: Path = NOTEBOOKS_DIR) -> str:
    with pytest.raises(ParameterError, match=r"'--out'") as refused:
        check_output_folder(out.resolve(), seeds=seeds.resolve(), notebooks_dir=notebooks)
    return str(refused.value)


def _refused_with_checkout(tmp_path_factory, seeds: Path) -> str:
    """The refusal of the parent of a checkout that holds neither the seeds nor the home."""
    checkout = tmp_path_factory.mktemp("projects") / "checkout"
    checkout.mkdir()
    original = output_folder.project_checkout
    output_folder.project_checkout = lambda: checkout
    try:
        return _refused(checkout.parent, seeds)
    finally:
        output_folder.project_checkout = original


def test_out_overlapping_the_seeds_notebooks_or_project_is_refused(
    tmp_path, tmp_path_factory, seeds, home
):
    assert "is the seeds folder" in _refused(seeds, seeds)
    assert "contains the seeds folder" in _refused(tmp_path, seeds)
    assert "lies inside the seeds folder" in _refused(seeds / "site", seeds)
    own = tmp_path_factory.mktemp("own") / "notebooks"  # a user's --notebooks folder
    own.mkdir()
    assert "is the notebooks folder" in _refused(own, seeds, own)
    assert "lies inside the notebooks folder" in _refused(own / "site", seeds, own)
    # the shipped notebooks lie inside the package, refused as such in a checkout
    assert "lies inside the analysis package" in _refused(NOTEBOOKS_DIR, seeds)
    assert "is the project checkout" in _refused(PROJECT_ROOT, seeds)
    # the checkout's own parent may also hold the test's home or seeds (a clone in /tmp):
    # a checkout elsewhere shows the rule on its own
    assert "contains the project checkout" in _refused_with_checkout(tmp_path_factory, seeds)
    assert "lies inside the analysis package" in _refused(PROJECT_ROOT / "analysis" / "x", seeds)
    message = _refused(home, seeds)
    assert "home folder" in message and str(home) in message and "--out a new" in message
    assert "root" in _refused(Path("/"), seeds)


def test_out_holding_files_the_builder_did_not_make_is_refused(tmp_path, seeds, home):
    mine = tmp_path / "mydocs"
    mine.mkdir()
    (mine / "thesis.txt").write_text("my only copy", encoding="utf-8")
    message = _refused(mine, seeds)
    assert str(mine) in message and SITE_MARKER in message and "move its files away" in message
    mounts = [p for p in (Path("/proc"), Path("/sys"), Path("/dev")) if os.path.ismount(p)]
    if mounts:
        assert "mount point" in _refused(mounts[0], seeds)


def test_out_may_be_new_empty_or_a_site_the_builder_made(tmp_path, seeds, home):
    check = check_output_folder
    kwargs = {"seeds": seeds.resolve(), "notebooks_dir": NOTEBOOKS_DIR}
    check(tmp_path / "new", **kwargs)
    (tmp_path / "empty").mkdir()
    check(tmp_path / "empty", **kwargs)
    (tmp_path / "fresh").mkdir()
    (tmp_path / "fresh" / ".gitkeep").touch()  # reports/ in a fresh clone
    check(tmp_path / "fresh", **kwargs)
    check(_site(tmp_path / "site"), **kwargs)
    check(PROJECT_ROOT / "reports", **kwargs)  # the default, inside the checkout
    legacy = tmp_path / "legacy"  # a site built before the marker existed
    (legacy / "docs").mkdir(parents=True)
    (legacy / "index.html").write_text("<footer>by vn-diplomacy-corpus 0.1</footer>")
    (legacy / "docs" / "a.html").write_text("<p>a</p>")
    assert is_site_folder(legacy)
    (legacy / "notes.txt").write_text("mine")
    assert not is_site_folder(legacy)
