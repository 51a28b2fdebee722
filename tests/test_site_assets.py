"""The shared files of the site (``analysis/site/site_assets.py``): copied once per site,
linked relatively from a page at any depth, and nothing fetched from a network."""

from __future__ import annotations

import re
from pathlib import Path

from analysis.site.site_assets import ASSETS_FOLDER, asset_tags, copy_site_assets, prefix_of


def _targets(tags: str) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]+)"', tags)


def test_every_linked_asset_exists_in_the_copied_folder(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    folder = copy_site_assets(site)
    assert folder == site / ASSETS_FOLDER
    page_dir = site / "docs"  # a page one folder down links with "../"
    targets = _targets(asset_tags("../"))
    assert targets and all(t.startswith(f"../{ASSETS_FOLDER}/") for t in targets)
    for target in targets:
        assert (page_dir / target).resolve().is_file(), target


def test_tags_are_local_and_scripts_deferred() -> None:
    tags = asset_tags()
    assert not re.search(r"(?:href|src)=\"(?:https?:)?//", tags)
    scripts = re.findall(r"<script [^>]*>", tags)
    assert scripts and all(" defer" in s for s in scripts)
    assert tags.count("<link ") + len(scripts) == len(_targets(tags))


def test_a_second_copy_replaces_the_first(tmp_path: Path) -> None:
    folder = copy_site_assets(tmp_path)
    stale = folder / "left_over.js"
    stale.write_text("old", encoding="utf-8")
    assert copy_site_assets(tmp_path) == folder
    assert not stale.exists()
    assert _targets(asset_tags())[0].split("/", 1)[1] in {
        str(p.relative_to(folder)) for p in folder.rglob("*")
    }


def test_the_prefix_is_escaped_and_read_back_from_the_index_link() -> None:
    assert 'href="a&quot;b/assets/' in asset_tags('a"b/')
    assert prefix_of("../../index.html") == "../../"
    assert prefix_of("home.html") == ""
