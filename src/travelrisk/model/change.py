"""A Change: something that changed for a country (a level, a directive, a crossing's or a mission's status),
with before/after and evidence. Computed by `assess`, written once by `store`, delivered as it is."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import Field

from travelrisk.model.types import CountryCode, Evidence, Model


class ChangeKind(StrEnum):
    LEVEL_UP = "level_up"
    LEVEL_DOWN = "level_down"
    DIRECTIVE_ISSUED = "directive_issued"
    DIRECTIVE_LIFTED = "directive_lifted"
    REGIONAL_LEVEL_UP = "regional_level_up"
    DIRECTIVE_REPORTED = "directive_reported"  # a directive the news reports, until confirmed
    CROSSING_STATUS = "crossing_status"
    MISSION_STATUS = "mission_status"


ADVISORY_CHANGE_KINDS = (
    ChangeKind.LEVEL_UP,
    ChangeKind.LEVEL_DOWN,
    ChangeKind.DIRECTIVE_ISSUED,
    ChangeKind.DIRECTIVE_LIFTED,
)


class Change(Model):
    """The fields in the order of the JSON contract (`changes --json`, `/v1/alerts`, the webhook's `change`);
    `document_id` (the cause) and `dedupe_key` (one change however often its cause is stored) stay internal."""

    id: int | None = None  # set once stored
    kind: ChangeKind
    country: CountryCode
    issuer: str | None = None
    subject_ref: str | None = None  # "US->BY", a crossing id, "US@BY"
    region: str | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    evidence: Evidence = Field(default_factory=Evidence)
    occurred_on: dt.date
    recorded_at: dt.datetime | None = None
    confirmed: bool = True
    reported_by: str | None = None
    document_id: int | None = Field(default=None, exclude=True)
    dedupe_key: str = Field(default="", exclude=True)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
