"""The folders of a report build: the seeds, notebooks and output folders resolved, and the
output folder refused (before any work) when replacing it could lose files.

``check_output_folder`` says what may be replaced; ``checked_folders`` is the build's first
step (``analysis.site.reports.build_reports``).
"""

from __future__ import annotations

import os
from pathlib import Path

from analysis.core.errors import ParameterError, SeedsNotFoundError
from analysis.site.site_safety import SITE_MARKER, is_empty_folder, is_site_folder, resolve_folder

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # analysis/, one level above this stage folder
PROJECT_ROOT = PACKAGE_DIR.parent


def project_checkout() -> Path | None:
    """The folder of this package's checkout (holding ``pyproject.toml`` or ``.git``), or
    None when the package is installed elsewhere."""
    if (PROJECT_ROOT / "pyproject.toml").is_file() or (PROJECT_ROOT / ".git").exists():
        return PROJECT_ROOT
    return None


def _relation(out: Path, folder: Path) -> str:
    """How ``out`` overlaps ``folder``: "is", "contains", "lies inside" or ""."""
    if out == folder:
        return "is"
    if folder.is_relative_to(out):
        return "contains"
    if out.is_relative_to(folder):
        return "lies inside"
    return ""


def check_output_folder(out: Path, *, seeds: Path, notebooks_dir: Path) -> None:
    """Refuse (``ParameterError`` on ``--out``, before any work) an output folder whose
    replacement could lose files: the file system root, the home folder or a folder holding
    it; one that is, contains or lies inside the seeds or notebooks folder, the package or
    the project's ``.git``; one that is or contains the project checkout; a mount point;
    and an existing folder that is neither empty nor a site this builder made.

    ``out``, ``seeds`` and ``notebooks_dir`` are resolved paths. A new folder inside the
    project checkout (the default ``reports/``) is fine."""
    fix = "pass --out a new or empty folder, or the folder of a site an earlier build made"
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        home = None
    if out == Path(out.anchor):
        raise ParameterError("--out", str(out), f"is the file system root; {fix}")
    if home is not None and home.is_relative_to(out):
        relation = "is" if home == out else "holds"
        raise ParameterError("--out", str(out), f"{relation} your home folder ({home}); {fix}")
    protected = []
    checkout = project_checkout()
    if checkout is not None:
        protected += [
            ("the project checkout", checkout, False),  # reports/ inside it is the default
            ("the analysis package", PACKAGE_DIR, True),
            ("the project's .git folder", checkout / ".git", True),
        ]
    protected += [("the seeds folder", seeds, True), ("the notebooks folder", notebooks_dir, True)]
    for what, folder, inside_too in protected:
        relation = _relation(out, folder)
        if relation and (inside_too or relation != "lies inside"):
            raise ParameterError("--out", str(out), f"{relation} {what} ({folder}); {fix}")
    if not out.is_dir():
        return  # missing (made by the build) or a file (check_writable says so)
    if os.path.ismount(out):
        raise ParameterError(
            "--out", str(out), "is a mount point, which cannot be replaced; pass a folder in it"
        )
    if not (is_site_folder(out) or is_empty_folder(out)):
        raise ParameterError(
            "--out",
            str(out),
            f"holds files and no {SITE_MARKER} (it is not a site this builder made), and a "
            f"build replaces the whole folder; {fix}, or move its files away",
        )


def checked_folders(
    seeds_dir: str | Path, out_dir: str | Path, notebooks_dir: Path
) -> tuple[Path, Path]:
    """The seeds and output folders, resolved; ``SeedsNotFoundError`` for a missing seeds
    folder, ``ParameterError`` for an output folder a build may not replace
    (``check_output_folder``)."""
    seeds, out = resolve_folder("--seeds", seeds_dir), resolve_folder("--out", out_dir)
    notebooks = resolve_folder("--notebooks", notebooks_dir)
    if not seeds.is_dir():
        raise SeedsNotFoundError(seeds_dir)
    check_output_folder(out, seeds=seeds, notebooks_dir=notebooks)
    return seeds, out
