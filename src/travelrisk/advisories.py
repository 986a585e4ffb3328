"""Official advisories, the library API behind `travelrisk advisories ...`: import, sync, show, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from travelrisk.notify.rules import enqueue_alerts, update_alerts
from travelrisk.sources import canada, smartraveller, uk_fcdo, us_state
from travelrisk.sources.archive import issuer_code, parse_archive
from travelrisk.sources.errors import InputError
from travelrisk.sources.fetch import Fetched, Offline, client, fetch
from travelrisk.sources.payload import ParsedPayload
from travelrisk.store import advisories as repo
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.documents import save_document
from travelrisk.store.tables import FetchState

Parser = Callable[[bytes, str], ParsedPayload]


@dataclass(frozen=True)
class SourceSpec:
    parser: Parser | None  # None: the source needs an issuer, see `parse`
    issuer: str | None
    live_urls: tuple[str, ...]
    description: str


SOURCES: dict[str, SourceSpec] = {
    "us-rss": SourceSpec(us_state.parse_us_rss, "US", (us_state.RSS_URL,), "US State Department RSS"),
    "us-json": SourceSpec(us_state.parse_us_json, "US", (us_state.JSON_URL,), "US State Department cadataapi"),
    "uk": SourceSpec(uk_fcdo.parse_uk, "GB", (uk_fcdo.INDEX_URL,), "UK FCDO (GOV.UK Content API)"),
    "ca": SourceSpec(canada.parse_ca, "CA", (canada.INDEX_URL,), "Global Affairs Canada"),
    "au": SourceSpec(smartraveller.parse_au, "AU", (smartraveller.EXPORT_URL,), "Australia Smartraveller"),
    "archive": SourceSpec(None, None, (), "archived daily summaries (needs --issuer)"),
}


@dataclass
class FileReport:
    path: str
    source: str
    observed_on: str | None = None
    advisories: int = 0
    new_versions: int = 0
    unchanged: int = 0
    already_stored: bool = False
    unmapped: list[str] = field(default_factory=list)
    without_level: list[str] = field(default_factory=list)
    changes: int = 0
    error: str | None = None


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error]

    def totals(self) -> dict[str, Any]:
        return {
            "files": len(self.files),
            "failed": len(self.failed),
            "advisories": sum(f.advisories for f in self.files),
            "new_versions": sum(f.new_versions for f in self.files),
            "unchanged": sum(f.unchanged for f in self.files),
            "unmapped": sorted({name for f in self.files for name in f.unmapped}),
            "without_level": sum(len(f.without_level) for f in self.files),
            "changes": sum(f.changes for f in self.files),
        }

    def as_dict(self) -> dict[str, Any]:
        return {"totals": self.totals(), "files": [asdict(f) for f in self.files]}


def parse(source: str, data: bytes, name: str, issuer: str | None = None) -> ParsedPayload:
    """Parse one payload of `source` (pure; raises InputError naming `name`)."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}: choose one of {', '.join(SOURCES)}")
    if source == "archive":
        if not issuer:
            raise ValueError("the archive source needs --issuer (US, GB, CA, AU or IE)")
        return parse_archive(data, issuer, name)
    parser = SOURCES[source].parser
    assert parser is not None
    return parser(data, name)


def store_payload(
    engine: Engine,
    source: str,
    data: bytes,
    *,
    name: str,
    url: str | None = None,
    issuer: str | None = None,
    as_of: dt.date | None = None,
) -> FileReport:
    """Parse, then store the payload verbatim and its observations in one transaction."""
    report = FileReport(path=name, source=source)
    payload = parse(source, data, name, issuer)
    observed_on = as_of or payload.observed_on or dt.date.today()
    report.observed_on = observed_on.isoformat()
    report.advisories = len(payload.advisories)
    report.unmapped = payload.unmapped
    report.without_level = payload.without_level
    with session_scope(engine) as session:
        document, created = save_document(
            session,
            kind="advisory",
            source=f"{source}:{payload.issuer}",
            content=data,
            url=url,
            published=observed_on,
        )
        report.already_stored = not created
        result = repo.record_observations(
            session, payload.advisories, observed_on=observed_on, source=source, document=document
        )
        # Alerts are written in the same transaction as the changes that cause them.
        enqueue_alerts(session, result.changes)
        update_alerts(session, result.confirmed)
    report.new_versions = result.new_versions
    report.unchanged = result.unchanged
    report.changes = len(result.changes)
    return report


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".json", ".xml", ".csv")))
        else:
            files.append(path)
    return files


def import_files(
    source: str,
    paths: Iterable[Path],
    *,
    issuer: str | None = None,
    as_of: dt.date | None = None,
    engine: Engine | None = None,
) -> ImportReport:
    """Import each file in its own transaction: a bad file is reported and the others still land."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}: choose one of {', '.join(SOURCES)}")
    if source == "archive":
        if not issuer:
            raise ValueError("the archive source needs --issuer (US, GB, CA, AU or IE)")
        issuer = issuer_code(issuer)
    engine = engine or get_engine()
    report = ImportReport()
    for path in _expand(paths):
        try:
            data = path.read_bytes()
            report.files.append(store_payload(engine, source, data, name=str(path), issuer=issuer, as_of=as_of))
        except InputError as exc:
            report.files.append(FileReport(path=str(path), source=source, error=exc.reason))
        except OSError as exc:
            report.files.append(FileReport(path=str(path), source=source, error=exc.strerror or str(exc)))
    return report


def _conditional_fetch(engine: Engine, url: str, http: Any) -> Fetched:
    with session_scope(engine) as session:
        state = session.get(FetchState, url)
        etag, modified = (state.etag, state.last_modified) if state else (None, None)
    fetched = fetch(url, http=http, etag=etag, last_modified=modified)
    if fetched.status == 200:
        with session_scope(engine) as session:
            state = session.get(FetchState, url) or FetchState(url=url)
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
            state.fetched_at = dt.datetime.now(dt.UTC)
            session.merge(state)
    return fetched


def sync(sources: list[str] | None = None, *, engine: Engine | None = None, http: Any = None) -> ImportReport:
    """Fetch the live feeds (conditional GET) and import what changed. Raises `Offline` when unreachable."""
    engine = engine or get_engine()
    names = sources or [s for s in SOURCES if SOURCES[s].live_urls]
    report = ImportReport()
    own_client = http is None
    http = http or client()
    try:
        for source in names:
            spec = SOURCES.get(source)
            if spec is None or not spec.live_urls:
                raise ValueError(f"{source!r} has no live feed: choose from us-rss, us-json, uk, ca, au")
            for url in _live_urls(source, engine, http):
                try:
                    fetched = _conditional_fetch(engine, url, http)
                    if fetched.status == 304:
                        report.files.append(FileReport(path=url, source=source, already_stored=True))
                        continue
                    report.files.append(
                        store_payload(engine, source, fetched.content, name=url, url=url, as_of=dt.date.today())
                    )
                except InputError as exc:
                    report.files.append(FileReport(path=url, source=source, error=exc.reason))
    finally:
        if own_client:
            http.close()
    return report


def _live_urls(source: str, engine: Engine, http: Any) -> list[str]:
    if source != "uk":
        return list(SOURCES[source].live_urls)
    # The UK index names the countries; their levels are only on the per-country pages.
    index = _conditional_fetch(engine, uk_fcdo.INDEX_URL, http)
    if index.status == 304:
        with session_scope(engine) as session:
            urls = session.execute(select(FetchState.url).where(FetchState.url.like(uk_fcdo.PAGE_URL[:-6] + "%")))
            return [u for u in urls.scalars() if u != uk_fcdo.INDEX_URL]
    return [uk_fcdo.PAGE_URL.format(slug=slug) for slug in uk_fcdo.slugs_from_index(index.content)]


def advisory_json(current: repo.CurrentAdvisory) -> dict[str, Any]:
    """The JSON contract of `advisories show`."""
    obs = current.observation
    return {
        "issuer": obs.issuer,
        "subject": obs.subject,
        "level": obs.level,
        "level_raw": obs.level_raw,
        "directive": obs.directive,
        "reasons": obs.reasons,
        "regions": obs.regions,
        "issued_at": obs.issued_at.isoformat() if obs.issued_at else None,
        "since": current.valid_from.isoformat(),
        "source_url": obs.source_url,
        "destination_name": obs.destination_name,
        "source": obs.source,
        "document_id": obs.document_id,
    }


def show(subject: str, as_of: dt.date | None = None, *, engine: Engine | None = None) -> list[dict[str, Any]]:
    with session_scope(engine or get_engine()) as session:
        return [advisory_json(c) for c in repo.current_advisories(session, subject.upper(), as_of)]


def history(subject: str, issuer: str | None = None, *, engine: Engine | None = None) -> list[dict[str, Any]]:
    with session_scope(engine or get_engine()) as session:
        out = []
        for version in repo.history(session, subject.upper(), issuer.upper() if issuer else None):
            row = advisory_json(version)
            row["from"] = version.valid_from.isoformat()
            row["to"] = version.valid_to.isoformat() if version.valid_to else None
            out.append(row)
        return out


ADVISORY_CHANGE_KINDS = ("level_up", "level_down", "directive_issued", "directive_lifted")


def changes(since: dt.date, *, country: str | None = None, engine: Engine | None = None) -> list[dict[str, Any]]:
    with session_scope(engine or get_engine()) as session:
        return [
            change_json(c) for c in repo.changes_since(session, since, country=country, kinds=ADVISORY_CHANGE_KINDS)
        ]


def change_json(change: Any) -> dict[str, Any]:
    return {
        "id": change.id,
        "kind": change.kind,
        "country": change.country,
        "issuer": change.issuer,
        "subject_ref": change.subject_ref,
        "region": change.region,
        "before": change.before,
        "after": change.after,
        "evidence": change.evidence,
        "occurred_on": change.occurred_on.isoformat(),
        "recorded_at": change.recorded_at.isoformat() if change.recorded_at else None,
        "confirmed": change.confirmed,
        "reported_by": change.reported_by,
    }


__all__ = ["SOURCES", "Offline", "changes", "history", "import_files", "show", "sync"]
