"""A deterministic generator of realistic article files for the benchmarks.

Articles have the same mess as real files: varied headers and date formats (or none),
bylines in several forms (sometimes glued to the previous line), photo captions, outlet
markers, "Related Articles" / "TIN LIÊN QUAN" lists, view counters and publication notes.

Their sentences are as varied as those of a real folder, so that a per-sentence cache
gains no more on them than on real articles: 1,000 articles hold 40,574 distinct sentences
among 44,147 (built from the ~290 sample sentences with their years and numbers changed,
they held 5,529 among 43,903, and annotation looked 1.34 times faster; results.md). Each
sentence slot draws the length of a sample sentence: one of up to 45 words is composed
from the word lists of ``generate_words.yaml`` (actors, places, dates, numbers, verbs and
clauses combined with the seed: visits, talks, signings, upgrades, anniversaries, figures
of trade, statements on the themes of party external relations), a longer one is the
sample sentence itself, its years, numbers and countries changed and an attribution added
(who said it, and when). Paragraph and sentence counts follow the samples as before, so
articles keep their size and every report its material.

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
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.core.schema import CONTENT_KINDS
from analysis.core.yaml_files import load_yaml
from analysis.ingest.corpus import load_corpus

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
WORDS = Path(__file__).resolve().with_name("generate_words.yaml")
#: Sample sentences longer than this are kept (varied); shorter ones are composed.
COMPOSED_MAX_WORDS = 45

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
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
#: A month name before a number (and a day range's first day), or after it: a day, kept.
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+(?:\d{{1,2}}\s*[-–]\s*)?$")
_MONTH_AFTER = re.compile(rf"(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH}\b")


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
    sentence = _NUMBER.sub(lambda m: _other_number(m, rng), sentence)
    return _COUNTRY.sub(
        lambda m: rng.choice(COUNTRIES) if rng.random() < 0.5 else m.group(1), sentence
    )


def _other_number(match: re.Match[str], rng: random.Random) -> str:
    """Another small number for ``match``, unless it is the day of a date."""
    text, start, end = match.string, match.start(), match.end()
    if _MONTH_BEFORE.search(text, 0, start) or _MONTH_AFTER.match(text, end):
        return match.group(1)
    return str(rng.randint(2, 199))


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


@lru_cache(maxsize=1)
def load_words(path: Path = WORDS) -> dict[str, Any]:
    """The word lists and sentence cores of ``generate_words.yaml``."""
    return load_yaml(path.read_text(encoding="utf-8"), str(path))


_SLOT = re.compile(r"\{(\w+)\}")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
#: First words of a sample sentence written in lower case after an opening clause.
_COMMON_STARTS = frozenset(
    "The It They He She This These As Besides Other In On At With For From Over Since During "
    "After Before However Moreover Furthermore Also That There We Our A An Its Their".split()
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Writer:
    """One article's sentences: its random generator, its day, its main partner (the
    leader, country and party most of its sentences are about) and the word lists."""

    def __init__(self, rng: random.Random, day: dt.datetime, year_shift: int) -> None:
        self.rng, self.day, self.year_shift = rng, day, year_shift
        self.words = load_words()
        leader = rng.choice(self.words["foreign_leaders"])
        self.leader, self.country = leader["name"], leader["country"]
        parties = [p["name"] for p in self.words["parties"] if p["country"] == self.country]
        self.party = rng.choice(parties or [p["name"] for p in self.words["parties"]])

    def pick(self, name: str) -> str:
        """A random entry of the list ``name``."""
        return str(self.rng.choice(self.words[name]))

    def fill(self, template: str) -> str:
        """``template`` with every ``{slot}`` filled (slots may hold slots)."""
        return _SLOT.sub(lambda m: self.fill(self.slot(m.group(1))), template)

    def slot(self, name: str) -> str:
        """The text of one slot."""
        rng = self.rng
        if name == "leader":
            if rng.random() < 0.45:
                return self.pick("guests")
            return self.leader if rng.random() < 0.6 else self.pick_leader()
        if name == "official" and rng.random() < 0.4:
            return self.pick("hosts")
        if name == "leader_name":
            return self.leader
        if name in ("country", "partner"):
            return self.country if rng.random() < 0.6 else self.pick("countries")
        if name == "party":
            if rng.random() < 0.5:
                return self.party
            return str(rng.choice(self.words["parties"])["name"])
        if name == "areas":
            areas = rng.sample(self.words["areas"], rng.randint(2, 4))
            return ", ".join(areas[:-1]) + " and " + areas[-1]
        if name == "date":
            return "" if rng.random() < 0.8 else " " + self.date_phrase()
        if name in ("year", "year2"):
            year = self.day.year - rng.randint(0, 2)
            return str(year + rng.randint(2, 5) if name == "year2" else year)
        numbers = {
            "n": lambda: str(rng.randint(2, 60)),
            "projects": lambda: f"{rng.randint(80, 4800):,}",
            "parties_n": lambda: str(rng.randint(180, 260)),
            "countries_n": lambda: str(rng.randint(90, 120)),
            "money": lambda: f"{rng.randint(1, 180)}.{rng.randint(0, 9)}",
            "pct": lambda: f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
            "ordinal": lambda: _ordinal(rng.randint(5, 75)),
            "ordinal_small": lambda: _ordinal(rng.randint(2, 18)),
            "rank": lambda: _ordinal(rng.randint(2, 12)),
            "congress": lambda: _ordinal(rng.randint(8, 14)),
        }
        if name in numbers:
            return numbers[name]()
        plural = {
            "official": "vietnamese_officials",
            "name": "vietnamese_officials",
            "org": "organisations",
            "city": "cities",
            "area": "areas",
            "level": "partnership_levels",
            "document": "documents",
            "event": "events",
            "commitment": "commitments",
            "goal": "goals",
            "opening": "openings",
            "closing": "closings",
        }
        return self.pick(plural.get(name, name))

    def pick_leader(self) -> str:
        """Any foreign leader."""
        return str(self.rng.choice(self.words["foreign_leaders"])["name"])

    def date_phrase(self) -> str:
        """A date near the article's day, in one of the forms the press writes."""
        rng = self.rng
        day = self.day - dt.timedelta(days=rng.randint(-20, 400))
        month, d, year = _MONTHS[day.month - 1], day.day, day.year
        forms = (
            f"on {month} {d}, {year}",
            f"on {d} {month} {year}",
            f"on {month} {d}",
            f"in {month} {year}",
            f"from {month} {d} to {min(d + rng.randint(1, 4), 28)}, {year}",
            f"on {day.strftime('%A')}",
            f"in early {year}",
            f"last {month}",
        )
        return rng.choice(forms)

    def composed(self, target: int) -> str:
        """A sentence of about ``target`` words: a core, with a closing, and (a core
        without a comma) an opening or a commitment when it is shorter than that."""
        core = self.fill(self.pick("sentences"))
        opening = self.fill(self.pick("openings")) + ", "
        closing = ", " + self.fill(self.pick("closings"))
        verb = " and vowed to " if "agreed" in core else " and agreed to "
        commitment = verb + self.fill(self.pick("commitments"))
        candidates = [core, core + closing]
        if "," not in core:  # a core with a clause of its own takes no more
            candidates += [
                opening + core,
                opening + core + closing,
                core + commitment + closing,
                opening + core + commitment + closing,
            ]
        text = min(candidates, key=lambda c: abs(len(c.split()) - target))
        return text[0].upper() + text[1:] + "."

    def sample(self, sentence: str) -> str:
        """A long sample sentence varied, with who said it (and when): after it when it
        ends in a full stop, else before it."""
        varied = _vary(sentence, self.rng, self.year_shift)
        who = self.fill("{official} {saying}{date}")
        if varied.endswith("."):
            return f"{varied[:-1]}, {who}."
        first = varied.split(" ", 1)[0]
        if first in _COMMON_STARTS:
            varied = varied[0].lower() + varied[1:]
        return f"As {who}, {varied}"

    def sentence(self, pool: Pool) -> str:
        """The next sentence: a sample sentence's length drawn; composed up to
        ``COMPOSED_MAX_WORDS`` words, else that sample sentence varied."""
        drawn = self.rng.choice(pool.sentences)
        words = len(drawn.split())
        return self.composed(words) if words <= COMPOSED_MAX_WORDS else self.sample(drawn)

    def title(self, pool: Pool) -> str:
        """A title: composed (nine in ten), else a sample title varied."""
        if self.rng.random() < 0.9:
            text = self.fill(self.pick("titles"))
            return text[0].upper() + text[1:]
        return _vary(self.rng.choice(pool.titles), self.rng, self.year_shift)

    def caption(self, pool: Pool) -> str:
        """A photo caption: composed (four in five), else a sample caption varied."""
        if self.rng.random() < 0.8 or not pool.captions:
            scene = self.fill("{name} and {leader_name} at the talks in {city}{date}")
            return f"{scene[0].upper()}{scene[1:]} (Photo: VNA)"
        caption = _vary(self.rng.choice(pool.captions), self.rng, self.year_shift)
        return f"{caption} (Photo: VNA)" if "Photo" not in caption else caption


def generate_article(pool: Pool, index: int, *, seed: int = 0) -> str:
    """The text of article number ``index`` (the same index and seed give the same text)."""
    rng = random.Random(seed * 1_000_003 + index)
    year_shift = rng.randint(-4, 2)
    day = dt.datetime(2015, 1, 1) + dt.timedelta(
        days=rng.randrange(11 * 365), minutes=rng.randrange(1440)
    )
    writer = _Writer(rng, day, year_shift)
    lines = _header_lines(pool, writer, day)
    lines += _body_lines(pool, writer)
    _add_page_furniture(lines, pool, writer)
    return "\n".join(lines) + "\n"


def _header_lines(pool: Pool, writer: _Writer, day: dt.datetime) -> list[str]:
    """A breadcrumb (sometimes), the title, the byline and the date (sometimes glued, or
    either missing), and a blank line."""
    rng = writer.rng
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append(
            rng.choice(("Home    Politics    External relations", "Home > Politics > Diplomacy"))
        )
    lines.append(writer.title(pool))
    byline, date = _byline(rng), _date_line(rng, day)
    glued = bool(byline and date) and rng.random() < 0.2
    if glued:
        lines.append(f"{byline}{date}")
    else:
        lines.extend(x for x in (byline, date) if x)
    lines.append("")
    return lines


def _body_lines(pool: Pool, writer: _Writer) -> list[str]:
    """6 to 18 paragraphs of 2 to 5 sentences (``_Writer.sentence``), the first after an
    outlet marker, some followed by a photo caption; each followed by a blank line."""
    rng = writer.rng
    lines: list[str] = []
    n_paragraphs = rng.randint(6, 18)
    for p in range(n_paragraphs):
        text = " ".join(writer.sentence(pool) for _ in range(rng.randint(2, 5)))
        if p == 0:
            text = f"{rng.choice(OUTLET_MARKERS)} {text}".strip()
        lines.extend([text, ""])
        if rng.random() < 0.12:
            lines.extend([writer.caption(pool), ""])
    return lines


def _add_page_furniture(lines: list[str], pool: Pool, writer: _Writer) -> None:
    """Sometimes a footer marker glued to the last paragraph, a view counter and a list
    of related articles."""
    rng = writer.rng
    if rng.random() < 0.3:
        lines[-2] = f"{lines[-2]} {rng.choice(FOOTER_MARKERS)}".rstrip()
    if rng.random() < 0.4:
        lines.append(f"{rng.randint(12, 9000)} Lượt xem")
    if rng.random() < 0.5:
        lines.append(rng.choice(("Related Articles", "TIN LIÊN QUAN", "Related news")))
        lines.extend(writer.title(pool) for _ in range(rng.randint(2, 4)))
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
