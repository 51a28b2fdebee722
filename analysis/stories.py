"""Stories told by several outlets: near-duplicate grouping of documents.

Vietnamese state media syndicate: one VNA story appears, lightly edited, on VietnamPlus,
Nhan Dan, Viet Nam News, VOV and provincial sites, with other headers, bylines and
captions, a shortened lede, a paragraph dropped or added, and spelling variants such as
"Viet Nam" / "Vietnam". ``group_stories`` gives every document the ``story_id`` of the
story it tells, so that prevalence figures can count a story once.

How (the standard MinHash + LSH recipe, with ``datasketch`` doing the hashing scheme and
the banding):

1. ``story_shingles``: the clean body (``documents.text``) is folded (diacritics removed,
   lower case, punctuation and spaces dropped), and one shingle is taken at the start of
   every word: the next ``SHINGLE_CHARS`` letters. Shingles that ignore spaces make
   "Viet Nam" and "Vietnam" the same text; starting them at words keeps their number at
   about the number of words.
2. A MinHash signature per document and an LSH index find candidate pairs whose estimated
   Jaccard similarity is above ``CANDIDATE_JACCARD``.
3. Each candidate pair is verified on the exact shingle sets: the pair tells one story when
   the shared shingles are at least ``MIN_CONTAINMENT`` of the shorter text (so a trimmed
   copy still matches the full story) and at least ``MIN_JACCARD`` of both together (so a
   one-paragraph brief is not swallowed by a long article that quotes it).
4. Verified pairs are joined transitively; the story's id is the doc_id of its earliest
   published member (ties and undated members by doc_id).

Exact copies are also marked by ``analysis.corpus.mark_duplicates`` (``duplicate_of``);
they fall into the same story here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import pandas as pd

#: Letters in one shingle (about three words of English).
SHINGLE_CHARS = 18
#: Documents with fewer shingles (words) than this are never grouped: too short to tell.
MIN_SHINGLES = 40
NUM_PERM = 128
CANDIDATE_JACCARD = 0.3
MIN_CONTAINMENT = 0.6
MIN_JACCARD = 0.3

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"})
_WORD = re.compile(r"[a-z0-9]+")
_SEED = 1


def fold_for_matching(text: str) -> str:
    """``text`` in lower case without diacritics (``đ`` becomes ``d``).

    >>> fold_for_matching("Việt Nam – Đà Nẵng")
    'viet nam – da nang'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def story_shingles(text: str) -> np.ndarray:
    """The distinct 32-bit shingle hashes of ``text`` (see the module docstring), sorted.

    >>> spaced, joined = story_shingles("Viet Nam and Laos"), story_shingles("Vietnam and Laos")
    >>> len(spaced), len(joined), set(joined) <= set(spaced)
    (4, 3, True)
    >>> len(story_shingles(""))
    0
    """
    words = _WORD.findall(fold_for_matching(text))
    if not words:
        return np.zeros(0, dtype=np.uint32)
    letters = np.frombuffer("".join(words).encode("ascii"), dtype=np.uint8).astype(np.uint64)
    starts = np.cumsum([0] + [len(w) for w in words[:-1]])
    padded = np.concatenate([letters, np.zeros(SHINGLE_CHARS, dtype=np.uint64)])
    hashes = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):  # the polynomial hash wraps modulo 2**64 on purpose
        for offset in range(SHINGLE_CHARS):
            hashes = hashes * np.uint64(1_000_003) + padded[starts + offset]
    folded = (hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    return np.unique(folded.astype(np.uint32))


def _identity(value: int) -> int:
    return int(value)


def _signature(shingles: np.ndarray):  # -> datasketch.LeanMinHash
    from datasketch import LeanMinHash, MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_identity)
    minhash.update_batch(shingles.tolist())
    return LeanMinHash(minhash)


def _verified(a: np.ndarray, b: np.ndarray) -> bool:
    shared = len(np.intersect1d(a, b, assume_unique=True))
    containment = shared / min(len(a), len(b))
    jaccard = shared / (len(a) + len(b) - shared)
    return containment >= MIN_CONTAINMENT and jaccard >= MIN_JACCARD


def similar_pairs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Positions ``(i, j)``, ``i < j``, of the texts that tell one story (sorted)."""
    from datasketch import MinHashLSH

    shingles = [story_shingles(t) for t in texts]
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    pairs: set[tuple[int, int]] = set()
    for i, sh in enumerate(shingles):
        if len(sh) < MIN_SHINGLES:
            continue
        signature = _signature(sh)
        for j in lsh.query(signature):
            if _verified(shingles[j], sh):
                pairs.add((j, i))
        lsh.insert(i, signature)
    return sorted(pairs)


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [root(i) for i in range(n)]


def group_stories(documents: pd.DataFrame) -> pd.Series:
    """The ``story_id`` of every document (a Series aligned with ``documents``).

    Needs ``doc_id``, ``text`` and ``published``. A story's id is the doc_id of its first
    published member; a document that shares its story with no other keeps its own doc_id.
    """
    order = documents.assign(_pos=np.arange(len(documents))).sort_values(
        ["published", "doc_id"], na_position="last", kind="stable"
    )
    texts = order["text"].fillna("").astype(str).tolist()
    component = _components(len(order), similar_pairs(texts))
    first_doc = order["doc_id"].to_numpy()[component]
    story = pd.Series(first_doc, index=order["_pos"].to_numpy()).sort_index()
    return pd.Series(story.to_numpy(), index=documents.index, name="story_id", dtype="str")


def mark_stories(documents: pd.DataFrame) -> pd.DataFrame:
    """``documents`` with ``story_id`` set by ``group_stories``; a new frame."""
    return documents.assign(story_id=group_stories(documents))


def stories_table(documents: pd.DataFrame) -> pd.DataFrame:
    """Stories carried by more than one document, one row per story.

    Columns: ``story_id``, ``n_documents``, ``first_outlet`` and ``first_published`` (of the
    earliest member: who carried it first), ``outlets`` (every outlet, "; "-separated, in
    order of publication), ``doc_ids`` (likewise) and ``title`` (the first member's).
    Sorted by size, then story_id.
    """
    columns = ["story_id", "n_documents", "first_outlet", "first_published", "outlets"]
    columns += ["doc_ids", "title"]
    if "story_id" not in documents.columns or documents.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    docs = documents.sort_values(["published", "doc_id"], na_position="last", kind="stable")
    sizes = docs.groupby("story_id")["doc_id"].transform("size")
    shared = docs[sizes > 1]
    if shared.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns}).astype(
            {"n_documents": "int64"}
        )
    grouped = shared.groupby("story_id", sort=False)
    table = pd.DataFrame(
        {
            "n_documents": grouped["doc_id"].size(),
            "first_outlet": grouped["outlet"].first(),
            "first_published": grouped["published"].first(),
            "outlets": grouped["outlet"].agg(lambda s: "; ".join(dict.fromkeys(s.fillna("")))),
            "doc_ids": grouped["doc_id"].agg("; ".join),
            "title": grouped["title"].first(),
        }
    ).reset_index()
    return table.sort_values(["n_documents", "story_id"], ascending=[False, True]).reset_index(
        drop=True
    )[columns]


def one_per_story(documents: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``documents`` that are the first member of their story (all rows when
    there is no ``story_id`` column): the documents to count when a story counts once."""
    if "story_id" not in documents.columns:
        return documents
    return documents[documents["story_id"] == documents["doc_id"]]
