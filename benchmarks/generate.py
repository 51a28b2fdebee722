"""A deterministic generator of realistic article files for the benchmarks.

Articles are built from the sentences of the sample articles in ``seeds/``, with the same
mess as real files: varied headers and date formats (or none), bylines in several forms
(sometimes glued to the previous line), photo captions, outlet markers, "Related
Articles" / "TIN LIÊN QUAN" lists, view counters and publication notes. Years, numbers
and country names are varied per article so that texts are not verbatim repeats (a
per-sentence cache would otherwise make the benchmark unrealistically fast).

    .venv/bin/python benchmarks/generate.py 1000 /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from analysis.core.schema import CONTENT_KINDS
from analysis.ingest.corpus import load_corpus

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

AUTHORS = (
    "Le Hoai Trung",
    "Nguyen Hong",
    "Ho Thi Thanh Truc",
    "Tran Van Minh",
    "Pham Thi Lan",
    "Do Quang Huy",
    "Vu Thanh Ha",
    "Bui Duc Thang",
)
HONORIFICS = ("DR.", "Dr.", "Assoc. Prof. Dr.", "Prof.", "MA.", "")
OUTLET_MARKERS = (
    "Communist Review -",
    "(LLCT) -",
    "WVR -",
    "Hanoi (VNA) -",
    "(VNA/VietnamPlus) -",
    "NDO -",
    "",
)
FOOTER_MARKERS = ("- (VNA/VLLF)", "(VNA)", "")
COUNTRIES = (
    "China",
    "Laos",
    "Cambodia",
    "Japan",
    "Russia",
    "India",
    "Cuba",
    "the United States",
    "France",
    "Germany",
    "the Republic of Korea",
    "Indonesia",
    "Singapore",
    "Thailand",
    "Australia",
)
_COUNTRY = re.compile(r"\b(China|Laos|Cambodia|Japan|Russia|India|Cuba|Singapore|Thailand)\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_NUMBER = re.compile(r"\b([1-9]\d{0,2})\b(?![,.]\d)")


@dataclass(frozen=True)
class Pool:
    """The raw material: sample titles and the sentences of their content paragraphs."""

    titles: tuple[str, ...]
    sentences: tuple[str, ...]
    captions: tuple[str, ...]


def load_pool(seeds_dir: Path = SEEDS) -> Pool:
    """Titles, content sentences and captions of the sample articles."""
    corpus = load_corpus(seeds_dir, cache=False)
    paras = corpus.paragraphs
    content = paras.loc[paras["kind"].isin(CONTENT_KINDS), ["doc_id", "para_id"]]
    sentences = corpus.sentences.merge(content, on=["doc_id", "para_id"])["text"]
    captions = paras.loc[paras["kind"] == "caption", "text"]
    return Pool(
        titles=tuple(t for t in corpus.documents["title"] if t),
        sentences=tuple(s for s in sentences if len(s.split()) >= 6),
        captions=tuple(captions),
    )


def _date_line(rng: random.Random, day: dt.datetime) -> str:
    """A header date in one of the formats seen on the sites, or nothing."""
    formats = (
        lambda d: d.strftime("%A, %B %-d, %Y %H:%M"),  # Tuesday, February 6, 2024 08:41
        lambda d: d.strftime("%d/%m/%Y| %H:%M"),  # 13/12/2021| 16:40
        lambda d: d.strftime("%-d %B %Y"),  # 26 December 2019
        lambda d: d.strftime("%B %d, %Y"),  # February 06, 2024
        lambda d: d.strftime("%d/%m/%Y %H:%M"),  # 13/12/2021 16:40
        lambda d: "",
    )
    return rng.choice(formats)(day)


def _vary(sentence: str, rng: random.Random, year_shift: int) -> str:
    """The sentence with its years shifted, small numbers and some countries changed."""
    sentence = _YEAR.sub(lambda m: str(min(2026, int(m.group(1)) + year_shift)), sentence)
    sentence = _NUMBER.sub(lambda m: str(rng.randint(2, 199)), sentence)
    return _COUNTRY.sub(
        lambda m: rng.choice(COUNTRIES) if rng.random() < 0.5 else m.group(1), sentence
    )


def _byline(rng: random.Random) -> str:
    name = rng.choice(AUTHORS)
    form = rng.randrange(4)
    if form == 0:
        return f"By {name}"
    if form == 1:
        return f"{rng.choice(HONORIFICS)} {name.upper()}".strip()
    if form == 2:
        return name.upper()
    return ""


def generate_article(pool: Pool, index: int, *, seed: int = 0) -> str:
    """The text of article number ``index`` (the same index and seed give the same text)."""
    rng = random.Random(seed * 1_000_003 + index)
    year_shift = rng.randint(-4, 2)
    day = dt.datetime(2015, 1, 1) + dt.timedelta(
        days=rng.randrange(11 * 365), minutes=rng.randrange(1440)
    )
    lines = _header_lines(pool, rng, year_shift, day)
    lines += _body_lines(pool, rng, year_shift)
    _add_page_furniture(lines, pool, rng)
    return "\n".join(lines) + "\n"


def _header_lines(pool: Pool, rng: random.Random, year_shift: int, day: dt.datetime) -> list[str]:
    """A breadcrumb (sometimes), the title, the byline and the date (sometimes glued, or
    either missing), and a blank line."""
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append(
            rng.choice(("Home    Politics    External relations", "Home > Politics > Diplomacy"))
        )
    lines.append(_vary(rng.choice(pool.titles), rng, year_shift))
    byline, date = _byline(rng), _date_line(rng, day)
    glued = bool(byline and date) and rng.random() < 0.2
    if glued:
        lines.append(f"{byline}{date}")
    else:
        lines.extend(x for x in (byline, date) if x)
    lines.append("")
    return lines


def _body_lines(pool: Pool, rng: random.Random, year_shift: int) -> list[str]:
    """6 to 18 paragraphs of varied pool sentences, the first after an outlet marker,
    some followed by a photo caption; each followed by a blank line."""
    lines: list[str] = []
    n_paragraphs = rng.randint(6, 18)
    for p in range(n_paragraphs):
        sentences = [
            _vary(s, rng, year_shift) for s in rng.sample(pool.sentences, rng.randint(2, 5))
        ]
        text = " ".join(sentences)
        if p == 0:
            text = f"{rng.choice(OUTLET_MARKERS)} {text}".strip()
        lines.extend([text, ""])
        if pool.captions and rng.random() < 0.12:
            caption = _vary(rng.choice(pool.captions), rng, year_shift)
            lines.extend([f"{caption} (Photo: VNA)" if "Photo" not in caption else caption, ""])
    return lines


def _add_page_furniture(lines: list[str], pool: Pool, rng: random.Random) -> None:
    """Sometimes a footer marker glued to the last paragraph, a view counter and a list
    of related articles."""
    if rng.random() < 0.3:
        lines[-2] = f"{lines[-2]} {rng.choice(FOOTER_MARKERS)}".rstrip()
    if rng.random() < 0.4:
        lines.append(f"{rng.randint(12, 9000)} Lượt xem")
    if rng.random() < 0.5:
        lines.append(rng.choice(("Related Articles", "TIN LIÊN QUAN", "Related news")))
        lines.extend(
            _vary(rng.choice(pool.titles), rng, rng.randint(-3, 1))
            for _ in range(rng.randint(2, 4))
        )
        lines.append("")


def write_corpus(folder: Path, n: int, *, seed: int = 0, pool: Pool | None = None) -> list[Path]:
    """Write ``n`` generated articles into ``folder`` (created); return their paths."""
    pool = pool or load_pool()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"gen_{seed:02d}_{i:06d}.txt"
        path.write_text(generate_article(pool, i, seed=seed), encoding="utf-8")
        paths.append(path)
    log.info("wrote %d articles to %s", n, folder)
    return paths


def corpus_parser(description: str) -> argparse.ArgumentParser:
    """The command line of a benchmark over one corpus: a folder of articles, or
    ``--generate N`` articles written to a temporary folder; ``--repeat`` runs."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--generate", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    return parser


def corpus_folder(folder: Path | None, n: int, prefix: str) -> Path:
    """``folder`` when given, else a new temporary folder holding ``n`` generated articles."""
    if folder is not None:
        return folder
    generated = Path(tempfile.mkdtemp(prefix=prefix))
    write_corpus(generated, n)
    return generated


def main(argv: list[str] | None = None) -> None:
    """Command line: ``generate.py N FOLDER [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_corpus(args.folder, args.n, seed=args.seed)


if __name__ == "__main__":
    main()
