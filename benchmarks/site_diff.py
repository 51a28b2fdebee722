"""Compare the report site built by two versions of the code, apart from build stamps.

    python benchmarks/site_diff.py --old-ref main --seeds seeds --work /path/to/scratch
    python benchmarks/site_diff.py --old-ref A --new-ref B --seeds seeds --work /path/to/scratch
    python benchmarks/site_diff.py --old-site A --new-site B       # two sites already built

With ``--old-ref`` the script extracts that git revision (``git archive``) into
``<work>/code-<hash>``, builds its site into ``<work>/site-<hash>`` and the current
checkout's (or ``--new-ref``'s, the same way) into ``<work>/site-new``
(``python -m analysis report --jobs 1``, each build with a cache folder of its own,
``<work>/cache-<hash>``), then compares them. A revision's site already in ``<work>`` is
reused, so a walk over consecutive merges builds each revision once.

Two sites are the same for readers when they hold the same files; every HTML page has the
same text (whitespace collapsed, the contents of ``<script>`` elements included, of
``<style>`` left out), the same links and sources (``href``, ``src``, ``data-spec``,
``data-search-root``), the same element ids (row anchors ``p<para_id>``, heading anchors);
and every other file (assets, search data) is byte for byte the same. Build stamps are
masked first: the footer's "Built <time> UTC" and the build time of each report in the
index. Prints each difference and exits with 1 when there is any.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINK_ATTRIBUTES = ("href", "src", "data-spec", "data-search-root")
STAMPS = (
    (re.compile(r"Built \d{4}-\d\d-\d\d \d\d:\d\d UTC"), "Built <time> UTC"),
    (re.compile(r"(?<=\s)\d+\.\d s(?=\s|$)"), "<seconds> s"),  # a report's build time
)


@dataclass
class Page:
    """What a reader gets from one HTML page."""

    text: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in_style = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style += tag == "style"
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value is not None:
                self.page.links.append(f"{tag}[{name}]={value}")
            elif name == "id" and value:
                self.page.ids.append(value)

    def handle_endtag(self, tag: str) -> None:
        self._in_style -= tag == "style" and self._in_style > 0

    def handle_data(self, data: str) -> None:
        if not self._in_style and data.strip():
            self.page.text.append(data)


def read_page(text: str) -> Page:
    """The text, links and ids of an HTML page, build stamps masked."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    page = reader.page
    words = " ".join(" ".join(page.text).split())
    for pattern, mask in STAMPS:
        words = pattern.sub(mask, words)
    # one sentence a line, so that a difference is shown where it is
    page.text = re.split(r"(?<=[.!?:;])\s+", words)
    return page


def compare_sites(old: Path, new: Path) -> list[str]:
    """Every difference between the sites in ``old`` and ``new`` (see the module doc)."""

    def files(site: Path) -> set[str]:
        return {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()}

    ignored = {".vn-corpus-site", ".gitkeep"}
    old_files, new_files = files(old) - ignored, files(new) - ignored
    problems = [f"only in the old site: {name}" for name in sorted(old_files - new_files)]
    problems += [f"only in the new site: {name}" for name in sorted(new_files - old_files)]
    for name in sorted(old_files & new_files):
        a, b = old / name, new / name
        if not name.endswith(".html"):
            if a.read_bytes() != b.read_bytes():
                problems.append(f"{name}: the bytes differ")
            continue
        pa = read_page(a.read_text(encoding="utf-8"))
        pb = read_page(b.read_text(encoding="utf-8"))
        if pa.text != pb.text:
            diff = difflib.unified_diff(pa.text, pb.text, "old", "new", lineterm="", n=0)
            problems.append(f"{name}: the text differs\n  " + "\n  ".join(list(diff)[2:40]))
        for what in ("links", "ids"):
            sa, sb = getattr(pa, what), getattr(pb, what)
            if sorted(sa) != sorted(sb):
                gone, added = sorted(set(sa) - set(sb)), sorted(set(sb) - set(sa))
                problems.append(
                    f"{name}: the {what} differ (old only: {[x[:120] for x in gone[:5]]}, "
                    f"new only: {[x[:120] for x in added[:5]]}, counts {len(sa)} -> {len(sb)})"
                )
    return problems


def build_site(checkout: Path, seeds: Path, out: Path, cache: Path | None = None) -> None:
    """Build the site of the code in ``checkout`` from ``seeds`` into ``out`` (with the
    parse and table caches in ``cache`` when given)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    if cache is not None:
        env["VN_CORPUS_CACHE_DIR"] = str(cache)
    command = [sys.executable, "-m", "analysis", "report", "--seeds", str(seeds)]
    command += ["--out", str(out), "--jobs", "1", "--quiet"]
    subprocess.run(command, cwd=checkout, env=env, check=True)


def extract_revision(ref: str, target: Path) -> None:
    """The files of git revision ``ref`` of this repository, into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as archive:
        subprocess.run(["git", "-C", str(ROOT), "archive", ref], stdout=archive, check=True)
        archive.seek(0)
        with tarfile.open(fileobj=archive) as tar:
            tar.extractall(target, filter="data")


def revision_site(ref: str, seeds: Path, work: Path) -> Path:
    """The site of git revision ``ref`` built from ``seeds`` under ``work`` (built once:
    an existing ``<work>/site-<hash>`` with its index is reused)."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{ref}^{{commit}}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()[:12]
    site = work / f"site-{sha}"
    if not (site / "index.html").exists():
        extract_revision(sha, work / f"code-{sha}")
        build_site(work / f"code-{sha}", seeds, site, work / f"cache-{sha}")
    return site


def main(argv: list[str] | None = None) -> int:
    """Build (or take) the two sites, print their differences; 1 when there is any."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old-ref", help="git revision of the old code (builds both sites)")
    parser.add_argument("--new-ref", help="git revision of the new code (default: this checkout)")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--work", type=Path, help="scratch folder for --old-ref")
    parser.add_argument("--old-site", type=Path, help="an old site already built")
    parser.add_argument("--new-site", type=Path, help="a new site already built")
    args = parser.parse_args(argv)
    if args.new_ref and not args.old_ref:
        parser.error("--new-ref needs --old-ref")
    if args.old_ref:
        if not args.work:
            parser.error("--old-ref needs --work")
        work, seeds = args.work.resolve(), args.seeds.resolve()
        old_site = revision_site(args.old_ref, seeds, work)
        if args.new_ref:
            new_site = revision_site(args.new_ref, seeds, work)
        else:
            new_site = work / "site-new"
            build_site(ROOT, seeds, new_site, work / "cache-new")
    elif args.old_site and args.new_site:
        old_site, new_site = args.old_site, args.new_site
    else:
        parser.error("give --old-ref and --work, or --old-site and --new-site")
    problems = compare_sites(old_site, new_site)
    n_pages = len(list(new_site.rglob("*.html")))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} differences; {n_pages} HTML pages compared")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
