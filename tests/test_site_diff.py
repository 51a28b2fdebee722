"""benchmarks/site_diff.py: two sites compare equal apart from build stamps, and any change a
reader would see (text, a link, a row anchor, an asset) is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.site_diff import compare_sites

PAGE = """<!DOCTYPE html><html><head><title>Document profile: 001</title>
<style>body{{color:#222}}</style><script src="../assets/site.js" defer></script></head><body>
<nav><a href="../index.html">&larr; All reports</a></nav>
<h2 id="Themes">Themes</h2><table><tr id="p3"><td>economic</td><td>{quote}</td></tr></table>
<footer>Built {built} by vn-diplomacy-corpus 0.1.0. Parameters: <code>{{&quot;doc_id&quot;: &quot;001&quot;}}</code>.</footer>
</body></html>"""
INDEX = '<p>Built {built}</p><table><tr><td><a href="overview.html">Overview</a></td><td class=muted>{seconds} s</td></tr></table>'


def _site(folder: Path, *, built: str, seconds: str = "3.5", quote: str = "Trade grew.") -> Path:
    (folder / "docs").mkdir(parents=True)
    (folder / "assets").mkdir()
    (folder / "docs" / "001.html").write_text(PAGE.format(built=built, quote=quote))
    (folder / "index.html").write_text(INDEX.format(built=built, seconds=seconds))
    (folder / "assets" / "site.js").write_text("// site")
    return folder


def test_build_stamps_and_escaping_style_are_not_differences(tmp_path):
    old = _site(tmp_path / "old", built="2026-01-01 10:00 UTC")
    new = _site(tmp_path / "new", built="2026-03-02 11:59 UTC", seconds="12.0")
    page = new / "docs" / "001.html"
    page.write_text(page.read_text().replace("&quot;", "&#34;").replace("<h2", "\n\n<h2"))
    assert compare_sites(old, new) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s.replace("Trade grew.", "Trade fell."), "docs/001.html: the text differs"),
        (lambda s: s.replace('id="p3"', 'id="p4"'), "docs/001.html: the ids differ"),
        (lambda s: s.replace("../index.html", "index.html"), "docs/001.html: the links differ"),
    ],
)
def test_a_change_a_reader_sees_is_reported(tmp_path, change, expected):
    old = _site(tmp_path / "old", built="2026-01-01 10:00 UTC")
    new = _site(tmp_path / "new", built="2026-01-01 10:00 UTC")
    page = new / "docs" / "001.html"
    page.write_text(change(page.read_text()))
    problems = compare_sites(old, new)
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_missing_pages_and_changed_assets_are_reported(tmp_path):
    old = _site(tmp_path / "old", built="2026-01-01 10:00 UTC")
    new = _site(tmp_path / "new", built="2026-01-01 10:00 UTC")
    (new / "docs" / "001.html").rename(new / "docs" / "002.html")
    (new / "assets" / "site.js").write_text("// changed")
    assert compare_sites(old, new) == [
        "only in the old site: docs/001.html",
        "only in the new site: docs/002.html",
        "assets/site.js: the bytes differ",
    ]


def test_a_revision_is_built_once_under_its_hash(tmp_path, monkeypatch):
    from benchmarks import site_diff

    builds = []

    def fake_build(checkout: Path, seeds: Path, out: Path, cache: Path | None = None) -> None:
        builds.append((checkout.name, out.name, cache.name if cache else None))
        _site(out, built="2026-01-01 10:00 UTC")

    monkeypatch.setattr(site_diff, "extract_revision", lambda ref, target: target.mkdir())
    monkeypatch.setattr(site_diff, "build_site", fake_build)
    first = site_diff.revision_site("HEAD", tmp_path / "seeds", tmp_path)
    again = site_diff.revision_site("HEAD", tmp_path / "seeds", tmp_path)
    sha = first.name.removeprefix("site-")
    assert again == first and len(sha) == 12
    assert builds == [(f"code-{sha}", f"site-{sha}", f"cache-{sha}")]
