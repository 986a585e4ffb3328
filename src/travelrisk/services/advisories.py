"""Official advisories: import files, sync the live sources, show, history, the changes between versions."""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from travelrisk.assess.changes import advisory_changes, confirmed_by_official
from travelrisk.assess.history import Observed, derive_versions
from travelrisk.errors import InputError, Offline, UsageError
from travelrisk.model import ADVISORY_CHANGE_KINDS, Advisory, Change
from travelrisk.model.scales import in_consensus, scale_note
from travelrisk.services.recording import confirm_changes, record_changes
from travelrisk.sources import mirror
from travelrisk.sources.payload import ParsedPayload
from travelrisk.sources.registry import OfficialSource, live_sources, official_source
from travelrisk.store import advisories as repo
from travelrisk.store import changes as change_store
from travelrisk.store import syncstate
from travelrisk.store.db import session_scope
from travelrisk.store.documents import save_document
from travelrisk.store.tables import AdvisoryObservation, FetchState

if TYPE_CHECKING:
    from travelrisk.sources.fetch import Fetched

log = logging.getLogger("travelrisk.sync")


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
        repo.insert_observations(
            session, payload.advisories, observed_on=observed_on, source=source, document_id=document.id
        )
        confirm_changes(session, _confirmed_reports(session, payload.advisories))
        new_versions, unchanged, changes = _rederive(session, payload.advisories, document.id)
        # Alerts are written in the same transaction as the changes that cause them.
        report.changes = len(record_changes(session, changes))
    report.new_versions = new_versions
    report.unchanged = unchanged
    return report


def _confirmed_reports(session: Session, advisories: list[Advisory]) -> list[int]:
    """News-reported directives that these official advisories now state at least as strongly."""
    confirmed: list[int] = []
    for advisory in advisories:
        reports = change_store.reports(session, f"{advisory.issuer}->{advisory.subject}")
        directive = advisory.directive.value if advisory.directive else None
        confirmed += confirmed_by_official(reports, directive, advisory.level)
    return confirmed


def _observed(row: AdvisoryObservation) -> Observed:
    regions = tuple((r.get("name", ""), r.get("level")) for r in (row.regions or []))
    return Observed(
        row.id,
        row.observed_on,
        row.content_hash,
        row.issued_at,
        row.level,
        row.directive,
        regions,
        level_raw=row.level_raw,
        source_url=row.source_url,
        document_id=row.document_id,
    )


def _rederive(session: Session, advisories: list[Advisory], document_id: int) -> tuple[int, int, list[Change]]:
    """Versions of every (issuer, subject) pair the payload touched, derived again from all observations
    (archives arrive in any order); returns (new versions, unchanged pairs, the changes between versions)."""
    new_versions = unchanged = 0
    changes: list[Change] = []
    subjects_by_issuer: dict[str, list[str]] = {}
    for advisory in advisories:
        subjects_by_issuer.setdefault(advisory.issuer, []).append(advisory.subject or "")
    for issuer, subjects in subjects_by_issuer.items():
        for start in range(0, len(subjects), 300):
            chunk = subjects[start : start + 300]
            rows = repo.observations(session, issuer, chunk)
            existing = repo.version_keys(session, issuer, chunk)
            for subject in sorted(set(chunk)):
                versions = derive_versions([_observed(row) for row in rows[subject]])
                derived = {(v.valid_from, v.first.id) for v in versions}
                if derived == existing[subject]:
                    unchanged += 1
                    continue
                new_versions += len(derived - existing[subject])
                unchanged += int(not derived - existing[subject])
                repo.replace_versions(
                    session,
                    issuer,
                    subject,
                    [(v.valid_from, v.valid_to, v.last_observed_on, v.first.id) for v in versions],
                )
                changes += advisory_changes(issuer, subject, versions, document_id)
    return new_versions, unchanged, changes


_PAYLOAD_SUFFIXES = (".json", ".xml", ".csv", ".html", ".htm")  # a directory's Markdown is its notes


def _is_payload(path: Path) -> bool:
    name = path.name.removesuffix(".gz")
    return path.is_file() and name.endswith(_PAYLOAD_SUFFIXES)


def _expand(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if _is_payload(p)))
        else:
            files.append(path)
    return files


def read_payload(path: Path) -> bytes:
    """A payload file's bytes, decompressed when it is gzip (`.gz`, as the bundled snapshots ship)."""
    data = path.read_bytes()
    if path.name.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(str(path), f"not a readable gzip file: {exc}") from exc
    return data


def import_files(
    source: str,
    paths: Iterable[Path],
    *,
    issuer: str | None = None,
    as_of: dt.date | None = None,
    engine: Engine,
) -> ImportReport:
    """Import each file in its own transaction: a bad file is reported and the others still land."""
    spec = official_source(source)
    if spec.issuer is None and not issuer:
        raise UsageError(f"the {source} source needs --issuer ({', '.join(spec.issuers)})")
    report = ImportReport()
    for path in _expand(paths):
        try:
            data = read_payload(path)
            report.files.append(store_payload(engine, source, data, name=str(path), issuer=issuer, as_of=as_of))
        except InputError as exc:
            report.files.append(FileReport(path=str(path), source=source, error=exc.reason))
        except OSError as exc:
            report.files.append(FileReport(path=str(path), source=source, error=exc.strerror or str(exc)))
    return report


def conditional_fetch(engine: Engine, url: str, http: Any) -> Fetched:
    # the HTTP client is imported by the commands that fetch: reading commands need not pay ~0.2 s for it
    from travelrisk.sources.fetch import fetch

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


def sync(sources: list[str] | None = None, *, engine: Engine, http: Any = None) -> ImportReport:
    """Fetch the live feeds (conditional GET) and import what changed, source by source: a source that fails
    (unreachable, an HTTP error, a malformed answer) is reported and recorded (`sources status`), keeps its
    last good data, and the others still import. Raises `Offline` only when no source could be reached."""
    live = live_sources()
    for name in sources or []:
        if name not in live:
            official_source(name)  # an unknown name is a usage error naming the choices
            raise UsageError(f"{name!r} has no live feed: choose from {', '.join(live)}")
    from travelrisk.sources.fetch import client

    report = ImportReport()
    own_client = http is None
    http = http or client()
    offline: list[str] = []
    chosen = [live[name] for name in sources or live]
    try:
        for source in chosen:
            files, unreachable = _sync_source(source, engine, http)
            report.files += files
            offline += [unreachable] if unreachable else []
    finally:
        if own_client:
            http.close()
    if chosen and len(offline) == len(chosen):
        raise Offline(offline[0] if len(offline) == 1 else f"{offline[0]} (and {len(offline) - 1} more sources)")
    return report


def _sync_source(source: OfficialSource, engine: Engine, http: Any) -> tuple[list[FileReport], str | None]:
    """One source's sync, recorded in its sync state; returns its file reports and, when none of its addresses
    could be reached, why."""
    started = dt.datetime.now(dt.UTC)
    files: list[FileReport] = []
    unreachable: str | None = None
    reached = 0
    try:
        for official, url in _live_urls(source, engine, http):
            try:
                fetched = conditional_fetch(engine, url, http)
                reached += 1
                if fetched.status == 304:
                    files.append(FileReport(path=url, source=source.name, already_stored=True))
                    continue
                files.append(
                    store_payload(engine, source.name, fetched.content, name=url, url=official, as_of=dt.date.today())
                )
            except InputError as exc:
                files.append(FileReport(path=url, source=source.name, error=exc.reason))
            except Offline as exc:
                files.append(FileReport(path=url, source=source.name, error=f"unreachable: {exc}"))
                unreachable = unreachable or str(exc)
    except InputError as exc:  # the index page itself
        files.append(FileReport(path=exc.name, source=source.name, error=exc.reason))
    except Offline as exc:
        files.append(
            FileReport(
                path=source.index.url if source.index else source.name, source=source.name, error=f"unreachable: {exc}"
            )
        )
        unreachable = str(exc)
    errors = [f for f in files if f.error]
    error = None
    if errors:
        first = errors[0]
        error = f"{first.path}: {first.error}" + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
    with session_scope(engine) as session:
        syncstate.record_sync(
            session, source.name, at=started, error=error, new_versions=sum(f.new_versions for f in files)
        )
    outcome = {
        "source": source.name,
        "files": len(files),
        "failed": len(errors),
        "seconds": round((dt.datetime.now(dt.UTC) - started).total_seconds(), 3),
    }
    if error:
        log.warning("source sync failed", extra={"fields": {**outcome, "error": error}})
    else:
        log.info("source synced", extra={"fields": {**outcome, "new_versions": sum(f.new_versions for f in files)}})
    return files, (unreachable if reached == 0 and unreachable else None)


def _live_urls(source: OfficialSource, engine: Engine, http: Any) -> list[tuple[str, str]]:
    """(official address, address to fetch) of each of the source's documents."""
    if source.index is None:
        return [(url, mirror.address(source, url)) for url in source.live_urls]
    # A page-per-country source: the index names the pages; the levels are only on the pages.
    index = conditional_fetch(engine, mirror.address(source, source.index.url), http)
    if index.status == 304:
        prefix = mirror.address(source, source.index.page_prefix)
        index_url = mirror.address(source, source.index.url)
        with session_scope(engine) as session:
            urls = session.execute(select(FetchState.url).where(FetchState.url.like(prefix + "%")))
            return [(u, u) for u in urls.scalars() if u != index_url]
    return [(url, mirror.address(source, url)) for url in source.index.page_urls(index.content)]


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


def show(session: Session, subject: str, as_of: dt.date | None = None) -> list[dict[str, Any]]:
    """Each issuer's advisory for a country in force on `as_of` (the JSON of `advisories show`)."""
    return [advisory_json(c) for c in repo.current_advisories(session, subject.upper(), as_of)]


def current(
    session: Session, *, subject: str | None = None, issuer: str | None = None, as_of: dt.date | None = None
) -> list[dict[str, Any]]:
    """Advisories in force, of one country or all (the JSON of `/v1/advisories`)."""
    rows = repo.current_advisories(session, subject, as_of) if subject else repo.all_current(session, as_of)
    return [advisory_json(r) for r in rows if issuer is None or r.observation.issuer == issuer.upper()]


def history(session: Session, subject: str, issuer: str | None = None) -> list[dict[str, Any]]:
    out = []
    for version in repo.history(session, subject.upper(), issuer.upper() if issuer else None):
        row = advisory_json(version)
        row["from"] = version.valid_from.isoformat()
        row["to"] = version.valid_to.isoformat() if version.valid_to else None
        out.append(row)
    return out


def changes(session: Session, since: dt.date) -> list[dict[str, Any]]:
    """Level and directive changes of every country since a day."""
    return [c.to_json() for c in change_store.since(session, since, kinds=ADVISORY_CHANGE_KINDS)]
