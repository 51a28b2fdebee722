"""(b146) Photo captions a gallery prints twice each are no headline printed twice.

A page saved with its photo gallery under the headline keeps each caption twice, back to
back (the slide's caption and the picture's alt text): "Two cousins are buried side by
side" / the same again / "A victim of the crash" / the same again (held-out 146's Belfast
Telegraph page). The title scorer counts a line the page prints again as a headline printed
twice (``repeated``), so a caption won over the headline above it. A headline printed twice
is one line; when two or more different lines each stand twice back to back in one run,
they are a gallery's captions (a date line is none): each loses ``repeated`` and gains
``gallery_caption`` (``title.weights`` of ``data/header_scoring.yaml``).
"""

from __future__ import annotations

from analysis.core.text import normalize_text
from analysis.ingest.metadata import Candidate, score

#: The fewest different lines printed twice back to back, one pair after the other.
MIN_PAIRS = 2


def _key(text: str) -> str:
    return normalize_text(text).casefold().strip(" .")


def gallery_texts(candidates: list[Candidate]) -> set[str]:
    """The texts (folded) of the header lines that stand twice back to back in a run of
    ``MIN_PAIRS`` or more such pairs of different lines; an empty set otherwise. A line
    holding a date is no caption: a site's clock printed twice ("Today: March 4, 2025")
    over a headline printed twice is a header, not a gallery (held-out 104's lapost)."""
    by_index = {c.index: _key(c.text) for c in candidates if "has_date" not in c.reasons}
    pairs = sorted(i for i, t in by_index.items() if t and by_index.get(i + 1) == t)
    run: list[int] = []
    found: set[str] = set()
    for i in pairs:
        if run and i - run[-1] != 2:  # the next pair must follow the last one directly
            run = []
        run.append(i)
        texts = {by_index[j] for j in run}
        if len(texts) >= MIN_PAIRS:
            found |= texts
    return found


def gallery_captions(candidates: list[Candidate], weights: dict[str, float]) -> list[Candidate]:
    """``candidates`` with every line of a gallery's twice-printed captions (``gallery_texts``)
    rescored: ``repeated`` dropped, ``gallery_caption`` added; unchanged without a gallery."""
    texts = gallery_texts(candidates)
    if not texts:
        return candidates
    marked = []
    for c in candidates:
        if _key(c.text) in texts:
            features = (*(f for f in c.reasons if f != "repeated"), "gallery_caption")
            c = Candidate(c.index, c.value, score(list(features), weights), features, c.text)
        marked.append(c)
    return marked
