"""The files every report page shares, written once per site into ``<site>/assets/``.

The site must open offline from ``file://``: nothing is fetched from a network. Tables are
made sortable, searchable and paged by DataTables 2 (with jQuery, both MIT-licensed), and
figures with an interactive twin are drawn by Vega, Vega-Lite and vega-embed (BSD-3), all
shipped in ``analysis/templates/assets/vendor/`` with their licences, and our ``site.js``;
pages link the files with a relative path (``asset_tags``), so the shared
JavaScript is stored once per site, not once per page.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

ASSETS_SOURCE = Path(__file__).resolve().parents[1] / "templates" / "assets"
ASSETS_FOLDER = "assets"
STYLESHEETS = ("vendor/dataTables.dataTables.min.css", "site.css")
SCRIPTS = (
    "vendor/jquery.min.js",
    "vendor/dataTables.min.js",
    "vendor/vega.min.js",
    "vendor/vega-lite.min.js",
    "vendor/vega-embed.min.js",
    "site.js",
)


def copy_site_assets(site_dir: Path) -> Path:
    """Copy the shared assets into ``site_dir/assets`` (replacing an older copy); the folder."""
    target = site_dir / ASSETS_FOLDER
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ASSETS_SOURCE, target)
    return target


def asset_tags(prefix: str = "") -> str:
    """The ``<link>`` and ``<script>`` tags of the shared assets for a page whose path to
    the site root is ``prefix`` (``""`` for top-level pages, ``"../"`` one folder down).

    >>> asset_tags("../").splitlines()[0]
    '<link rel="stylesheet" href="../assets/vendor/dataTables.dataTables.min.css">'
    """
    base = html.escape(f"{prefix}{ASSETS_FOLDER}/", quote=True)
    links = [f'<link rel="stylesheet" href="{base}{name}">' for name in STYLESHEETS]
    scripts = [f'<script src="{base}{name}" defer></script>' for name in SCRIPTS]
    return "\n".join(links + scripts)


def prefix_of(index_href: str) -> str:
    """The path to the site root of a page whose link to the index is ``index_href``.

    >>> prefix_of("../index.html"), prefix_of("index.html")
    ('../', '')
    """
    return index_href[: -len("index.html")] if index_href.endswith("index.html") else ""
