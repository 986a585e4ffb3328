"""The domain types every stage passes around: scales, advisories, articles, extracted facts, evidence. No I/O.

The JSON form of `Extraction` is the ground-truth schema of the shared articles, with `evidence` and
`confidence` added to each item, so that the scorer and users' scripts read it unchanged.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Level = Annotated[int, Field(ge=1, le=4)]


class Model(BaseModel, defer_build=True):
    """The base of the domain types: each builds its validator when first used, not on import (together
    ~70 M instructions), so a command that only reads the store does not build them all."""


class Directive(StrEnum):
    LEAVE_IMMEDIATELY = "leave_immediately"
    DO_NOT_TRAVEL = "do_not_travel"
    RECONSIDER_TRAVEL = "reconsider_travel"
    INCREASED_CAUTION = "increased_caution"
    NORMAL_PRECAUTIONS = "normal_precautions"
    LOWERED = "lowered"


# Strongest first; `lowered` only says that a reduction was reported, so it ranks below the rest.
DIRECTIVE_STRENGTH: dict[Directive, int] = {
    Directive.LEAVE_IMMEDIATELY: 5,
    Directive.DO_NOT_TRAVEL: 4,
    Directive.RECONSIDER_TRAVEL: 3,
    Directive.INCREASED_CAUTION: 2,
    Directive.NORMAL_PRECAUTIONS: 1,
    Directive.LOWERED: 0,
}

# The level each directive implies on the common 1–4 scale.
DIRECTIVE_LEVEL: dict[Directive, int] = {
    Directive.LEAVE_IMMEDIATELY: 4,
    Directive.DO_NOT_TRAVEL: 4,
    Directive.RECONSIDER_TRAVEL: 3,
    Directive.INCREASED_CAUTION: 2,
    Directive.NORMAL_PRECAUTIONS: 1,
}

class Reason(StrEnum):
    ARMED_CONFLICT = "armed_conflict"
    MILITARY_BUILDUP = "military_buildup"
    CIVIL_UNREST = "civil_unrest"
    TERRORISM = "terrorism"
    CRIME = "crime"
    KIDNAPPING = "kidnapping"
    WRONGFUL_DETENTION = "wrongful_detention"
    ARBITRARY_LAW_ENFORCEMENT = "arbitrary_law_enforcement"
    HEALTH = "health"
    NATURAL_DISASTER = "natural_disaster"
    LIMITED_CONSULAR_CAPACITY = "limited_consular_capacity"
    HARASSMENT = "harassment"
    LIMITED_FLIGHTS = "limited_flights"
    OTHER = "other"


# The US State Department's risk indicator letters.
US_INDICATOR_REASONS: dict[str, Reason] = {
    "C": Reason.CRIME,
    "T": Reason.TERRORISM,
    "U": Reason.CIVIL_UNREST,
    "H": Reason.HEALTH,
    "N": Reason.NATURAL_DISASTER,
    "E": Reason.OTHER,  # time-limited event
    "K": Reason.KIDNAPPING,
    "D": Reason.WRONGFUL_DETENTION,
    "O": Reason.OTHER,
}


class BorderAction(StrEnum):
    CLOSED = "closed"
    OPENED = "opened"
    RESTRICTED = "restricted"
    THREATENED_CLOSURE = "threatened_closure"


class MissionAction(StrEnum):
    SUSPENDED = "suspended"
    REDUCED_SERVICES = "reduced_services"
    EMERGENCY_SERVICES_ONLY = "emergency_services_only"
    ORDERED_DEPARTURE = "ordered_departure"
    AUTHORIZED_DEPARTURE = "authorized_departure"
    EVACUATED = "evacuated"
    REOPENED = "reopened"
    DEPARTURE_LIFTED = "departure_lifted"


class Evidence(Model):
    """Where a fact came from, one type from extraction to the webhook body: the document and, for text, the
    exact span of the quote; for news the article and outlet, for official data the source URL and issue date.
    Fields that do not apply are None."""

    model_config = ConfigDict(frozen=True)

    quote: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    document_id: int | str | None = None
    article_id: int | None = None
    outlet: str | None = None
    url: str | None = None  # the news article's URL
    source_url: str | None = None  # the official page, or the source of a manual or bundled status
    published: dt.date | None = None
    issued_at: dt.date | None = None
    origin: str | None = None  # news | official | manual | bundled
    source: str | None = None  # the official source's name (us-rss, uk, ...)
    reported_by: str | None = None
    confidence: float | None = None
    name_in_text: str | None = None  # the crossing name as the article wrote it
    phrase: str | None = None  # the phrase that states a reason


class Region(Model):
    name: str
    level: Level | None = None
    directive: Directive | None = None


class ReasonEvidence(Model):
    """One stated reason and the sentence (with the phrase) that states it."""

    reason: Reason
    phrase: str
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ExtractedAdvisory(Model):
    issuer: CountryCode
    subject: CountryCode | None
    level: Level | None = None
    level_raw: str | None = None  # the wording of the level or scale as written ("Level 3", "red travel alert")
    directive: Directive | None = None
    reasons: list[Reason] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    previous_level: Level | None = None
    previous_directive: Directive | None = None
    evidence: Evidence
    confidence: float = Field(ge=0, le=1)
    reason_evidence: list[ReasonEvidence] = Field(default_factory=list)


class BorderEvent(Model):
    country: CountryCode
    neighbor: CountryCode
    action: BorderAction
    crossings_affected: int | None = None
    crossings_total: int | None = None
    crossings_open: int | None = None
    crossing_names: list[str] = Field(default_factory=list)
    effective_date: dt.date | None = None
    evidence: Evidence
    confidence: float = Field(ge=0, le=1)


class MissionEvent(Model):
    mission_of: CountryCode
    in_country: CountryCode
    action: MissionAction
    text: str
    evidence: Evidence
    confidence: float = Field(ge=0, le=1)


class Extraction(Model):
    """Everything one article states about travel safety."""

    id: str
    source: str
    published: dt.date | None = None
    url: str | None = None
    advisories: list[ExtractedAdvisory] = Field(default_factory=list)
    border_events: list[BorderEvent] = Field(default_factory=list)
    mission_events: list[MissionEvent] = Field(default_factory=list)
    countries_mentioned: list[CountryCode] = Field(default_factory=list)
    # ISO 639-1 code of the article's language ("en", "ru", "zh", ...); None where it was not determined.
    language: str | None = None


class Advisory(Model):
    """One issuer's official advice about one destination, normalised to the common scale."""

    issuer: CountryCode
    subject: CountryCode | None
    level: Level | None
    level_raw: str
    directive: Directive | None = None
    reasons: list[Reason] = Field(default_factory=list)
    regions: list[Region] = Field(default_factory=list)
    issued_at: dt.date | None = None
    source_url: str | None = None
    destination_name: str = ""
    summary: str = ""

    def content_key(self) -> tuple[object, ...]:
        """What makes two observations the same version (dates and URLs excluded)."""
        return (
            self.level,
            self.level_raw,
            self.directive,
            tuple(sorted(self.reasons)),
            tuple((r.name, r.level, r.directive) for r in self.regions),
        )


class Article(Model):
    """One news article as read from an input, before extraction."""

    id: str
    source: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None

    @field_validator("text")
    @classmethod
    def _unix_line_breaks(cls, text: str) -> str:
        r"""Line breaks as "\n" whatever wrote the text ("\r\n" from Windows and some feeds): lines, paragraphs
        and the evidence offsets into them are the same for the same article."""
        return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
