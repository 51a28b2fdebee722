"""Learned header weights, an experiment (issue 17): would a candidate ranker fitted by
scikit-learn pick titles, dates and outlets on unseen layouts better than the hand-set
weights of ``data/header_scoring.yaml``?

For every fixture of the layout zoo (and the five samples) the loader is run once as it
is, and once more per candidate of each ranked field with that candidate forced as the
winner, so a candidate is *right* exactly when the loader, choosing it, gives the gold
value under ``benchmarks/accuracy.py``'s comparison (every later refinement included):

- title: the header lines ``analysis.ingest.layout.title.title_candidates`` scores, with
  their feature names (``good_length``, ``prose``, ...), plus "no headline";
- published: every date of ``analysis.ingest.layout.dates.date_sources`` as
  ``analysis.ingest.date_scoring.date_candidates`` scores it (before ``min_score``), plus
  "no date";
- outlet: every piece of ``analysis.ingest.layout.outlets.outlet_evidence`` (a listed
  outlet named on the page), with the finder that found it, its hand-set weight, its zone
  and whether another piece names the same outlet. A page without such evidence takes
  the unlisted-outlet cascade, which ranks nothing.

The author is not chosen among scored candidates (``read_authors`` is a cascade of
finders), so there is nothing to rank for it.

The learned ranker is a ``LogisticRegression`` over the candidates' binary features,
pointwise (one row per candidate, target: right or not) or ``--pairwise`` (right-minus-wrong
pairs of a page); a page's pick is its top-scored candidate. Leave-one-batch-out: for
each batch of ``manifest.json`` the model is fitted on every other batch (the unbatched zoo
included) and picks the candidates of that batch. A field whose value came from no ranking
(a document-type heading, an unlisted outlet) keeps the rules' result in every column.

On today's code only the weights are held out (the finders and features were written
looking at every batch); ``--history`` scores candidates extracted with the code as it was
when each batch arrived, the honest comparison with the first-sight figures (see
``benchmarks/learned_header.md``, which has the results and the commands).

    .venv/bin/python benchmarks/learned_header.py --save /tmp/cands.pkl   # extract (1 min)
    .venv/bin/python benchmarks/learned_header.py --load /tmp/cands.pkl --pairwise
    .venv/bin/python benchmarks/learned_header.py --load /tmp/cands.pkl --sweep
    .venv/bin/python benchmarks/learned_header.py --history "/tmp/old.pkl:held-out 34"
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import analysis.ingest.layout as layout  # noqa: E402
import analysis.ingest.layout.dates as layout_dates  # noqa: E402
import analysis.ingest.layout.unlisted as layout_unlisted  # noqa: E402
from analysis.ingest.date_scoring import date_candidates  # noqa: E402
from analysis.ingest.layout.lines import Paragraph  # noqa: E402
from analysis.ingest.layout.title import title_candidates  # noqa: E402
from analysis.ingest.page_rules import Rules, scoring_of  # noqa: E402
from benchmarks.accuracy import (  # noqa: E402
    LAYOUTS,
    SAMPLES_MANIFEST,
    ZOO_MANIFEST,
    Score,
    score_entry,
)

#: The fields whose value is the best of scored candidates.
RANKED = ("title", "published", "outlet")
ALL_FIELDS = ("title", "published", "author", "outlet")
#: The feature of the "no value" option (no headline, no date).
NONE = "none"


@dataclass
class Option:
    """One candidate of one field of one page: its features, the rules' score, whether the
    rules chose it, and whether choosing it gives the gold value."""

    features: tuple[str, ...]
    rule_score: float
    rule_pick: bool
    right: bool = False
    text: str = ""


@dataclass
class Page:
    """One gold page: its batch, the rules' result per field, and each ranked field's
    options (empty when the field's value came from no ranking)."""

    file: str
    batch: str
    rule_right: dict[str, bool]
    options: dict[str, list[Option]] = field(default_factory=dict)
    forced_agree: dict[str, bool] = field(default_factory=dict)


@dataclass
class _Probe:
    """What the patched choosers saw on one run, and what to force."""

    force: tuple[str, int | None] | None = None  # (field, option number or None: no value)
    seen: dict[str, list] = field(default_factory=dict)
    picks: dict[str, int | None] = field(default_factory=dict)


def _title_chooser(probe: _Probe, original: Callable) -> Callable:
    def choose(paras: list[Paragraph], rules: Rules) -> tuple:
        ranked = title_candidates(paras, rules)
        best, runner = original(paras, rules)
        if "title" not in probe.seen:
            probe.seen["title"] = [(c.reasons, c.score, c.text) for c in ranked]
            probe.picks["title"] = None if best is None else ranked.index(best)
        if probe.force and probe.force[0] == "title":
            k = probe.force[1]
            return (None if k is None else ranked[k]), None
        return best, runner

    return choose


def _date_chooser(probe: _Probe, original: Callable) -> Callable:
    def choose(paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules) -> tuple:
        title = next((i for i, p in enumerate(paras) if p.kind == "title"), -1)
        sources = layout_dates.date_sources(paras, first_prose, last_prose, rules)
        ranked = date_candidates(sources, paras, title, scoring_of(rules))
        best, page, runner = original(paras, first_prose, last_prose, rules)
        if "published" not in probe.seen:
            probe.seen["published"] = [(c.reasons, c.score, c.text) for c in ranked]
            probe.picks["published"] = None if best is None else ranked.index(best)
        if probe.force and probe.force[0] == "published":
            k = probe.force[1]
            return (None if k is None else ranked[k]), None, None
        return best, page, runner

    return choose


#: The finder's words opening an outlet evidence reason ("credit line", "site name", ...).
_REASON_KIND = re.compile(r"^(.*?)(?:\s['\"]|$)")


def _outlet_features(evidence: list, paras: list, first_prose: int, last_prose: int) -> list:
    """Each outlet evidence as features: its finder, its hand-set weight, its zone, the
    kind of its paragraph, whether it credits an agency and whether another piece of
    evidence names the same outlet."""
    names = [e[2] for e in evidence]
    out = []
    for weight, i, name, credited, reason in evidence:
        zone = "header" if i < max(first_prose, 0) else "footer" if i > last_prose else "text"
        features = [
            f"finder:{_REASON_KIND.match(reason).group(1)}",
            f"weight:{weight:g}",
            f"zone:{zone}",
            f"kind:{paras[i].kind or 'none'}",
        ]
        if paras[i].role == "marker":
            features.append("marker")
        if credited:
            features.append("credits_agency")
        if names.count(name) > 1:
            features.append("named_again")
        if i == min(e[1] for e in evidence):
            features.append("first_evidence")
        out.append((tuple(features), weight, f"{name} <- {reason[:60]}"))
    return out


def _outlet_probes(probe: _Probe, evidence_fn: Callable, best_fn: Callable) -> tuple:
    def evidence(paras: list[Paragraph], first_prose: int, last_prose: int, rules: Rules) -> list:
        found = evidence_fn(paras, first_prose, last_prose, rules)
        if "outlet" not in probe.seen and found:
            probe.seen["outlet"] = _outlet_features(found, paras, first_prose, last_prose)
            probe.seen["outlet_raw"] = list(found)
        return found

    def best(found: list) -> tuple:
        chosen, credited = best_fn(found)
        if "outlet" not in probe.picks and found == probe.seen.get("outlet_raw"):
            probe.picks["outlet"] = found.index(chosen)
        if probe.force and probe.force[0] == "outlet" and found == probe.seen.get("outlet_raw"):
            forced = found[probe.force[1]]
            return forced, forced[3]
        return chosen, credited

    return evidence, best


@contextmanager
def probing(probe: _Probe) -> Iterator[None]:
    """The loader with its title, date and outlet choosers watched (and forced) by ``probe``."""
    evidence, best = _outlet_probes(
        probe, layout_unlisted.outlet_evidence, layout_unlisted.best_outlet
    )
    with (
        mock.patch.object(layout, "choose_title", _title_chooser(probe, layout.choose_title)),
        mock.patch.object(
            layout_dates, "choose_date", _date_chooser(probe, layout_dates.choose_date)
        ),
        mock.patch.object(layout_unlisted, "outlet_evidence", evidence),
        mock.patch.object(layout_unlisted, "best_outlet", best),
    ):
        yield


def _run(entry: dict, folder: Path, probe: _Probe) -> dict[str, bool]:
    """Score one gold entry with the loader under ``probe``: right or not per field."""
    score = Score()
    with probing(probe):
        score_entry(entry, folder, score)
    wrong = {what for _, what, _, _ in score.wrong}
    return {name: name not in wrong for name in ALL_FIELDS}


def extract_page(entry: dict, folder: Path) -> Page:
    """One page's options per ranked field, each marked right or not by a forced run."""
    probe = _Probe()
    rule_right = _run(entry, folder, probe)
    page = Page(entry["file"], entry.get("batch", ""), rule_right)
    for name in RANKED:
        seen = probe.seen.get(name)
        if seen is None:  # the value came from no ranking (a heading, an unlisted outlet)
            continue
        pick = probe.picks.get(name)
        options = [
            Option(tuple(features), float(value), k == pick, text=str(text)[:80])
            for k, (features, value, text) in enumerate(seen)
        ]
        if name != "outlet":
            options.append(Option((NONE,), 0.0, pick is None, text="(no value)"))
        for k, option in enumerate(options):
            forced = None if option.features == (NONE,) else k
            option.right = _run(entry, folder, _Probe(force=(name, forced)))[name]
            if option.rule_pick:
                page.forced_agree[name] = option.right == rule_right[name]
        page.options[name] = options
    return page


def extract(manifest: Path, folder: Path) -> list[Page]:
    """Every page of ``manifest`` (files in ``folder``) with its options."""
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return [extract_page(entry, folder) for entry in entries]


# --- fitting and scoring -------------------------------------------------------------


def _vectorise(vocabulary: list[str], options: list[Option]) -> np.ndarray:
    index = {f: k for k, f in enumerate(vocabulary)}
    matrix = np.zeros((len(options), len(vocabulary)))
    for row, option in enumerate(options):
        for f in option.features:
            if f in index:
                matrix[row, index[f]] = 1.0
    return matrix


@dataclass
class Ranker:
    """A fitted candidate ranker for one field: its feature names and the model."""

    vocabulary: list[str]
    model: object

    def pick(self, options: list[Option]) -> int:
        """The number of the top-scored option (the earlier one on a tie)."""
        scores = self.model.decision_function(_vectorise(self.vocabulary, options))
        best = max(scores)
        return next(k for k, s in enumerate(scores) if s == best)

    def weights(self) -> dict[str, float]:
        """The fitted coefficient of each feature."""
        return dict(zip(self.vocabulary, self.model.coef_[0].round(3).tolist(), strict=True))


@dataclass(frozen=True)
class Setting:
    """How a ranker is fitted: inverse regularisation ``c``, balanced classes or not, and
    pointwise (each candidate right or not) or pairwise (each right candidate against each
    wrong one of the same page, so only the order within a page is learned)."""

    c: float = 1.0
    balanced: bool = False
    pairwise: bool = False


def _pairs(pages: list[Page], name: str, vocabulary: list[str]) -> tuple[np.ndarray, list[int]]:
    """Right-minus-wrong feature differences of every page's options (label 1) and their
    negations (label 0)."""
    rows = []
    for page in pages:
        options = page.options.get(name, [])
        vectors = _vectorise(vocabulary, options)
        right = [k for k, o in enumerate(options) if o.right]
        wrong = [k for k, o in enumerate(options) if not o.right]
        rows += [vectors[r] - vectors[w] for r in right for w in wrong]
    if not rows:
        return np.zeros((0, len(vocabulary))), []
    diffs = np.array(rows)
    return np.vstack([diffs, -diffs]), [1] * len(rows) + [0] * len(rows)


def fit(pages: list[Page], name: str, setting: Setting = Setting()) -> Ranker:
    """A logistic regression over the options of ``name`` in ``pages``: pointwise (right:
    1) or pairwise (see ``Setting``)."""
    from sklearn.linear_model import LogisticRegression

    options = [o for p in pages for o in p.options.get(name, [])]
    vocabulary = sorted({f for o in options for f in o.features})
    model = LogisticRegression(
        C=setting.c,
        max_iter=5000,
        class_weight="balanced" if setting.balanced else None,
        fit_intercept=not setting.pairwise,
    )
    if setting.pairwise:
        model.fit(*_pairs(pages, name, vocabulary))
    else:
        model.fit(_vectorise(vocabulary, options), [int(o.right) for o in options])
    return Ranker(vocabulary, model)


@dataclass
class Tally:
    """Right pages per field under the rules, the learned ranker and the ceiling."""

    n: int = 0
    rules: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RANKED, 0))
    learned: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RANKED, 0))
    ceiling: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RANKED, 0))
    ranked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RANKED, 0))

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts to these."""
        self.n += other.n
        for part in ("rules", "learned", "ceiling", "ranked"):
            for name in RANKED:
                getattr(self, part)[name] += getattr(other, part)[name]


def tally(pages: list[Page], rankers: dict[str, Ranker]) -> Tally:
    """Count the right pages of ``pages`` per field: the rules' result, the ranker's pick
    (the rules' result where nothing was ranked) and whether any option is right."""
    out = Tally(n=len(pages))
    for page in pages:
        for name in RANKED:
            options = page.options.get(name)
            rule = page.rule_right[name]
            out.rules[name] += rule
            if not options:
                out.learned[name] += rule
                out.ceiling[name] += rule
                continue
            out.ranked[name] += 1
            out.learned[name] += options[rankers[name].pick(options)].right
            out.ceiling[name] += any(o.right for o in options)
    return out


def lobo(pages: list[Page], setting: Setting = Setting()) -> dict[str, Tally]:
    """Leave-one-batch-out: each batch's pages picked by rankers fitted on the others."""
    batches = sorted({p.batch for p in pages}, key=lambda b: (len(b), b))
    out = {}
    for batch in batches:
        train = [p for p in pages if p.batch != batch]
        rankers = {name: fit(train, name, setting) for name in RANKED}
        out[batch] = tally([p for p in pages if p.batch == batch], rankers)
    return out


def _pct(k: int, n: int) -> str:
    return f"{100.0 * k / n:.1f}" if n else "-"


def table(results: dict[str, Tally], first_sight: dict[str, dict[str, float]]) -> str:
    """A markdown table: per batch and field, first-sight rules, rules now (in-sample),
    learned (LOBO) and the ceiling, in percent."""
    head = (
        "| batch | n | " + " | ".join(f"{f}: first / now / LOBO / ceiling" for f in RANKED) + " |"
    )
    lines = [head, "|" + "---|" * (2 + len(RANKED))]
    total = Tally()
    for batch, t in results.items():
        total.add(t)
        cells = []
        for name in RANKED:
            first = first_sight.get(batch, {}).get(name)
            first_text = f"{first:.1f}" if first is not None else "-"
            cells.append(
                f"{first_text} / {_pct(t.rules[name], t.n)} / {_pct(t.learned[name], t.n)}"
                f" / {_pct(t.ceiling[name], t.n)}"
            )
        lines.append(f"| {batch or '(no batch)'} | {t.n} | " + " | ".join(cells) + " |")
    cells = [
        f"- / {_pct(total.rules[n], total.n)} / {_pct(total.learned[n], total.n)}"
        f" / {_pct(total.ceiling[n], total.n)}"
        for n in RANKED
    ]
    lines.append(f"| **all** | {total.n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: The rules' figures on each batch before any change was made for it (title, published,
#: outlet, %), from ``benchmarks/layout_batches.md`` (held-out 32-38) and
#: ``benchmarks/README.md`` (held-out 10-13).
FIRST_SIGHT = {
    "held-out 10": {"title": 75.0, "published": 90.0, "outlet": 30.0},
    "held-out 11": {"title": 73.3, "published": 93.3, "outlet": 66.7},
    "held-out 12": {"title": 55.6, "published": 100.0, "outlet": 55.6},
    "held-out 13": {"title": 90.0, "published": 70.0, "outlet": 70.0},
    "held-out 32": {"title": 80.0, "published": 90.0, "outlet": 65.0},
    "held-out 33": {"title": 65.0, "published": 85.0, "outlet": 55.0},
    "held-out 34": {"title": 85.0, "published": 85.0, "outlet": 75.0},
    "held-out 35": {"title": 75.0, "published": 95.0, "outlet": 70.0},
    "held-out 36": {"title": 65.0, "published": 90.0, "outlet": 70.0},
    "held-out 37": {"title": 75.0, "published": 85.0, "outlet": 65.0},
    "held-out 38": {"title": 80.0, "published": 85.0, "outlet": 80.0},
}


def first_sight_pooled(results: dict[str, Tally]) -> str:
    """The batches with a first-sight figure, pooled: first-sight rules vs LOBO vs rules
    now vs ceiling per field (right pages of all pages)."""
    batches = [b for b in results if b in FIRST_SIGHT]
    n = sum(results[b].n for b in batches)
    lines = [f"batches with a first-sight figure ({len(batches)}, {n} pages):"]
    for name in RANKED:
        first = sum(FIRST_SIGHT[b][name] * results[b].n / 100 for b in batches)
        now = sum(results[b].rules[name] for b in batches)
        learned = sum(results[b].learned[name] for b in batches)
        ceiling = sum(results[b].ceiling[name] for b in batches)
        lines.append(
            f"  {name}: first sight {_pct(round(first), n)}, rules now {_pct(now, n)}, "
            f"LOBO {_pct(learned, n)}, ceiling {_pct(ceiling, n)}"
        )
    return "\n".join(lines)


def history(pickles: list[str], setting: Setting) -> str:
    """The honest comparison: each ``PATH:BATCH`` names candidates extracted with the code
    as it was when ``BATCH`` was added (before any change for it); the ranker is fitted on
    the other pages of that tree and picks ``BATCH``'s, beside that tree's rules (the
    first-sight figure) and the ceiling. Lines per batch and pooled."""
    lines = ["| batch | n | " + " | ".join(f"{f}: rules / LOBO / ceiling" for f in RANKED) + " |"]
    lines.append("|" + "---|" * (2 + len(RANKED)))
    total = Tally()
    for spec in pickles:
        path, batch = spec.rsplit(":", 1)
        pages = pickle.loads(Path(path).read_bytes())["zoo"]
        train = [p for p in pages if p.batch != batch]
        rankers = {name: fit(train, name, setting) for name in RANKED}
        t = tally([p for p in pages if p.batch == batch], rankers)
        total.add(t)
        lines.append(f"| {batch} | {t.n} | " + _cells(t) + " |")
    lines.append(f"| **pooled** | {total.n} | " + _cells(total) + " |")
    return "\n".join(lines)


def _cells(t: Tally) -> str:
    return " | ".join(
        f"{_pct(t.rules[n], t.n)} / {_pct(t.learned[n], t.n)} / {_pct(t.ceiling[n], t.n)}"
        for n in RANKED
    )


def _load(args: argparse.Namespace) -> dict[str, list[Page]]:
    if args.load:
        return pickle.loads(args.load.read_bytes())
    data = {
        "zoo": extract(ZOO_MANIFEST, LAYOUTS),
        "samples": extract(SAMPLES_MANIFEST, ROOT / "seeds"),
    }
    if args.save:
        args.save.write_bytes(pickle.dumps(data))
    return data


def _sweep(zoo: list[Page]) -> None:
    for pairwise in (False, True):
        for c in (0.1, 0.3, 1.0, 3.0, 10.0):
            for balanced in (False, True):
                total = Tally()
                for t in lobo(zoo, Setting(c, balanced, pairwise)).values():
                    total.add(t)
                print(
                    f"pairwise={pairwise} C={c} balanced={balanced}: "
                    + ", ".join(f"{n} {_pct(total.learned[n], total.n)}" for n in RANKED)
                )


def main(argv: list[str] | None = None) -> int:
    """Extract the candidates (or load them) and print the LOBO table (exit 0)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="extract and write the candidates here")
    parser.add_argument("--load", type=Path, help="read candidates written by --save")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation (1.0)")
    parser.add_argument("--balanced", action="store_true", help="class_weight='balanced'")
    parser.add_argument("--pairwise", action="store_true", help="fit on right-wrong pairs")
    parser.add_argument("--sweep", action="store_true", help="LOBO totals for several settings")
    parser.add_argument("--weights", action="store_true", help="print the fitted coefficients")
    parser.add_argument(
        "--history",
        nargs="+",
        metavar="PATH:BATCH",
        help="candidates saved with the code of BATCH's first sight (see history())",
    )
    args = parser.parse_args(argv)
    setting = Setting(args.c, args.balanced, args.pairwise)
    if args.history:
        print(history(args.history, setting))
        return 0
    data = _load(args)
    zoo, samples = data["zoo"], data["samples"]
    disagree = [(p.file, n) for p in zoo + samples for n, ok in p.forced_agree.items() if not ok]
    print(f"harness check: forcing the rules' own pick changed {len(disagree)} results {disagree}")
    results = lobo(zoo, setting)
    print(table(results, FIRST_SIGHT))
    print(first_sight_pooled(results))
    full = {name: fit(zoo, name, setting) for name in RANKED}
    for label, pages in (("zoo in-sample", zoo), ("samples", samples)):
        t = tally(pages, full)
        print(
            f"{label} [{t.n}]: "
            + ", ".join(
                f"{n} rules {_pct(t.rules[n], t.n)} learned {_pct(t.learned[n], t.n)}"
                for n in RANKED
            )
        )
    if args.weights:
        for name in RANKED:
            print(f"{name}: {full[name].weights()}")
    if args.sweep:
        _sweep(zoo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
