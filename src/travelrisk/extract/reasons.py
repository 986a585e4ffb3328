"""Reason tags stated in news text: the vocabulary's reason patterns (`model.lexicon.REASON_PATTERNS`), tried
only where their leading words occur (`anchored.py`). Finds what `model.lexicon.tag_reasons` finds, less a
cause named only as the time since which something happened; the extractor runs it on most sentences of an
article, where the plain scan was a tenth of the reading time."""

from __future__ import annotations

import re

from travelrisk.extract.anchored import Anchored
from travelrisk.model import Reason
from travelrisk.model.lexicon import REASON_PATTERNS

_REASONS = [(reason, Anchored(pattern)) for reason, pattern in REASON_PATTERNS]


# "since the beginning of the war, increased efforts have been detected": when, not why
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:beginning|start|outbreak|onset)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


# "protests, roadblocks and violent clashes": clashes told with the unrest around them are street clashes
_CLASHES = re.compile(r"clash", re.IGNORECASE)


def tag_reasons(text: str) -> list[tuple[Reason, int, int]]:
    """Every reason stated in `text`, with the span of the phrase that states it."""
    found = [
        (reason, match.start(), match.end())
        for reason, pattern in _REASONS
        for match in pattern.finditer(text)
        if not _SINCE_BEFORE.search(text, max(0, match.start() - 40), match.start())
    ]
    if any(reason == Reason.CIVIL_UNREST for reason, _s, _e in found):
        conflict = [item for item in found if item[0] == Reason.ARMED_CONFLICT]
        if conflict and all(_CLASHES.match(text, start) for _r, start, _e in conflict):
            found = [item for item in found if item[0] != Reason.ARMED_CONFLICT]
    found.sort(key=lambda item: item[1])
    return found


def tag_reason(reason: Reason, text: str, start: int = 0) -> list[tuple[Reason, int, int]]:
    """One reason's phrases in `text` from `start` on, with their spans in `text` (the whole sentence's word starts,
    found once, serve: no slice to scan again)."""
    return [(reason, m.start(), m.end()) for r, pattern in _REASONS if r == reason for m in pattern.finditer(text, start)]
