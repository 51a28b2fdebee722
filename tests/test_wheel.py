"""The package installs as a wheel and builds a report with no checkout in sight.

The wheel is built from a copy of the package's source (so nothing is written into the
checkout), installed in a fresh virtual environment that reuses this environment's
dependencies (``--system-site-packages``: no network), and run from a folder outside the
checkout with no ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SKIP = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")

pytestmark = pytest.mark.slow


def _clean_env() -> dict[str, str]:
    """This process's environment without anything that points Python at the checkout."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    return {k: v for k, v in os.environ.items() if k not in drop}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of pyproject.toml, README.md and analysis/."""
    pytest.importorskip("setuptools", minversion="77")  # the build backend pyproject names
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "analysis", source / "analysis", ignore=SKIP)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(dist),
            str(source),
        ],
        check=True,
        cwd=dist,
        env=_clean_env(),
        timeout=300,
    )
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The bin folder of a fresh venv with the wheel installed. The dependencies come from
    this environment's site-packages through a ``.pth`` line and its Jupyter data files
    through a link (``--system-site-packages``
    would reach the base interpreter's instead when the tests run in a venv); a path line
    runs none of that folder's own ``.pth`` files, so an editable install there is inert."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=False, symlinks=True)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    # the data files those dependencies installed (nbconvert's templates, the kernel spec)
    (env_dir / "share").mkdir(exist_ok=True)
    (env_dir / "share" / "jupyter").symlink_to(Path(sys.prefix, "share", "jupyter"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(wheel),
        ],
        check=True,
        cwd=env_dir,
        env=_clean_env(),
        timeout=300,
    )
    return env_dir / "bin"


def test_the_wheel_holds_every_file_of_the_package(wheel):
    in_wheel = {
        n for n in zipfile.ZipFile(wheel).namelist() if n.startswith("analysis/") and "/" in n
    }
    in_package = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "analysis").rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and ".ipynb_checkpoints" not in p.parts
        and p.suffix != ".pyc"
    }
    assert in_package - in_wheel == set()
    for needed in (
        "analysis/data/stopwords.txt",
        "analysis/data/schemas/outlets.schema.json",
        "analysis/notebooks/overview.ipynb",
        "analysis/templates/site/index.html.j2",
    ):
        assert needed in in_wheel or not (ROOT / needed).exists()
    assert any(n.startswith("analysis/templates/assets/vendor/") for n in in_wheel)


def test_installed_package_builds_a_report_outside_the_checkout(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    seeds = work / "articles"
    shutil.copytree(SEEDS, seeds, ignore=SKIP)
    env = _clean_env()
    where = subprocess.run(
        [str(installed / "python"), "-c", "import analysis; print(analysis.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).resolve().is_relative_to(installed.parent.resolve())
    assert not Path(where).resolve().is_relative_to(ROOT)
    out = work / "site"
    done = subprocess.run(
        [
            str(installed / "vn-corpus"),
            "report",
            "--seeds",
            str(seeds),
            "--out",
            str(out),
            "--only",
            "overview",
            "--quiet",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    page = (out / "overview.html").read_text(encoding="utf-8")
    assert "<title>Corpus overview</title>" in page
    for article in seeds.glob("*.txt"):
        assert article.stem in page  # every sample is in the documents table
