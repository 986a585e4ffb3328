"""Near-duplicate detection: syndicated copies of one story (the same text under several outlets) form one
story, so corroboration counts them once. MinHash over word 5-shingles, banded for LSH lookups that work from
the database in any process (`store.stories`).

The MinHash is computed here with numpy alone (a library for it would bring scipy into every install): each
shingle is hashed once to 64 bits, then NUM_PERM multiply-shift hashes — h -> (a*h + b) mod 2^64, keeping the
top 32 bits, with odd `a` — stand in for random permutations; a signature is the minimum of each over the
shingles. Two texts' estimated Jaccard similarity is the share of equal signature values. Each band of ROWS values is
stored as one 64-bit integer key (`band_keys`), the band's number folded in."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import numpy.typing as npt

NUM_PERM = 128
BANDS, ROWS = 32, 4  # candidate threshold ~ (1/32)^(1/4) = 0.42 Jaccard; confirmed below at SAME_STORY
SAME_STORY = 0.6  # estimated Jaccard of 5-shingles at or above which two texts are one story
SHINGLE = 5
SEED = 17
_WORD = re.compile(r"\w+")

Signature = npt.NDArray[np.uint64]


def _hash_family(count: int, seed: int) -> tuple[Signature, Signature]:
    rng = np.random.default_rng(seed)
    multipliers = rng.integers(0, 2**64, size=count, dtype=np.uint64, endpoint=False) | np.uint64(1)
    offsets = rng.integers(0, 2**64, size=count, dtype=np.uint64, endpoint=False)
    return multipliers, offsets


_A, _B = _hash_family(NUM_PERM, SEED)
_EMPTY: Signature = np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)


def _shingle_hashes(shingles: set[str]) -> Signature:
    return np.array(
        [int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little") for s in shingles],
        dtype=np.uint64,
    )


def signature(text: str) -> Signature:
    """The MinHash signature (NUM_PERM values below 2^32, as uint64) of a text's word 5-shingles."""
    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))} - {""}
    if not shingles:
        return _EMPTY.copy()
    hashes = _shingle_hashes(shingles)
    with np.errstate(over="ignore"):  # arithmetic modulo 2^64 is the point
        permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    result: Signature = permuted.min(axis=0)
    return result


def band_keys(values: Signature) -> list[int]:
    """Each LSH band as one signed 64-bit integer (a BIGINT in the store): the band's number followed by its
    ROWS values (little-endian uint64), hashed with BLAKE2b to 8 bytes. Equal keys are equal bands up to a
    64-bit hash collision, which costs one needless similarity check, never a wrong story."""
    raw = values.astype("<u8").tobytes()
    width = ROWS * 8
    return [
        int.from_bytes(
            hashlib.blake2b(bytes([b]) + raw[b * width : (b + 1) * width], digest_size=8).digest(),
            "little",
            signed=True,
        )
        for b in range(BANDS)
    ]


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity: the share of equal signature values."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def closest_story(values: Signature, stored: list[tuple[int, Signature]]) -> int | None:
    """The story of the most similar stored signature (story id, hash values) when its estimated Jaccard
    reaches SAME_STORY; the first wins a tie."""
    if not stored:
        return None
    scores = np.count_nonzero(np.stack([other for _story, other in stored]) == values, axis=1) / NUM_PERM
    best = int(np.argmax(scores))
    return stored[best][0] if scores[best] >= SAME_STORY else None
