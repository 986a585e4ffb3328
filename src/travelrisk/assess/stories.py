"""Near-duplicate detection: syndicated copies of one story (the same text under several outlets) form one
story, so corroboration counts them once. MinHash over word 5-shingles (datasketch), banded for LSH lookups
that work from the database in any process (`store.stories`)."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 32, 4  # candidate threshold ~ (1/32)^(1/4) = 0.42 Jaccard; confirmed below at SAME_STORY
SAME_STORY = 0.6  # estimated Jaccard of 5-shingles at or above which two texts are one story
SHINGLE = 5
SCHEME = "affine32"  # stored signatures name their scheme: datasketch >= 2 compares only like with like
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.casefold())
    minhash = MinHash(num_perm=NUM_PERM, seed=17, scheme=SCHEME)
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def band_digests(minhash: MinHash) -> list[str]:
    values = minhash.hashvalues.astype(np.uint64)
    return [
        hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=16).hexdigest() for b in range(BANDS)
    ]


def similarity(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))


def closest_story(values: np.ndarray, stored: list[tuple[int, np.ndarray]]) -> int | None:
    """The story of the most similar stored signature (story id, hash values) when its estimated Jaccard —
    the share of equal hash values, as datasketch computes it — reaches SAME_STORY; the first wins a tie."""
    if not stored:
        return None
    scores = np.count_nonzero(np.stack([other for _story, other in stored]) == values, axis=1) / NUM_PERM
    best = int(np.argmax(scores))
    return stored[best][0] if scores[best] >= SAME_STORY else None
