"""Official advisories, the library API behind `travelrisk advisories ...`: import, sync, show, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from travelrisk.errors import InputError, UsageError
from travelrisk.notify.rules import enqueue_alerts, update_alerts
from travelrisk.scales import in_consensus, scale_note
from travelrisk.sources.fetch import Fetched, client, fetch
from travelrisk.sources.payload import ParsedPayload
from travelrisk.sources.registry import OfficialSource, live_sources, official_source
from travelrisk.store import advisories as repo
from travelrisk.store.db import get_engine, session_scope
from travelrisk.store.documents import save_document
from travelrisk.store.tables import FetchState


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
    return official_source(source).parse(data, name, issuer)


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
    if as_of is None and payload.observed_on is None and payload.requires_as_of:
        raise InputError(name, "the file carries no date of its own: give --as-of YYYY-MM-DD")
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


_PAYLOAD_SUFFIXES = (".json", ".xml", ".csv", ".html", ".htm")  # a directory's Markdown is its notes


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in _PAYLOAD_SUFFIXES))
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
    spec = official_source(source)
    if spec.issuer is None and not issuer:
        raise UsageError(f"the {source} source needs --issuer ({', '.join(spec.issuers)})")
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
    live = live_sources()
    for name in sources or []:
        if name not in live:
            official_source(name)  # an unknown name is a usage error naming the choices
            raise UsageError(f"{name!r} has no live feed: choose from {', '.join(live)}")
    report = ImportReport()
    own_client = http is None
    http = http or client()
    try:
        for source in [live[name] for name in sources or live]:
            for url in _live_urls(source, engine, http):
                try:
                    fetched = _conditional_fetch(engine, url, http)
                    if fetched.status == 304:
                        report.files.append(FileReport(path=url, source=source.name, already_stored=True))
                        continue
                    report.files.append(
                        store_payload(engine, source.name, fetched.content, name=url, url=url, as_of=dt.date.today())
                    )
                except InputError as exc:
                    report.files.append(FileReport(path=url, source=source.name, error=exc.reason))
    finally:
        if own_client:
            http.close()
    return report


def _live_urls(source: OfficialSource, engine: Engine, http: Any) -> list[str]:
    if source.index is None:
        return list(source.live_urls)
    # A page-per-country source: the index names the pages; the levels are only on the pages.
    index = _conditional_fetch(engine, source.index.url, http)
    if index.status == 304:
        with session_scope(engine) as session:
            urls = session.execute(select(FetchState.url).where(FetchState.url.like(source.index.page_prefix + "%")))
            return [u for u in urls.scalars() if u != source.index.url]
    return source.index.page_urls(index.content)


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
        # False for a scale that measures something else (Israel's NSC: the threat to Israelis); `measures` says what.
        "in_consensus": in_consensus(obs.issuer),
        "measures": scale_note(obs.issuer),
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


__all__ = ["changes", "history", "import_files", "show", "sync"]
