"""Alert fan-out: 100,000 travellers with trips, one change affecting 10,000 of them.

Prints JSON: the time until all alerts (and their outbox rows) are written, in the same transaction as the
change, and the delivery rate to a local webhook receiver. Target (issue #6): < 2 s to the outbox on SQLite.
Usage: python benchmarks/alert_fanout.py [TRAVELLERS] [AFFECTED]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The receiver runs on loopback, which webhooks refuse unless an operator allows it.
os.environ.setdefault("TRAVELRISK_WEBHOOK_ALLOW", "127.0.0.0/8")

from travelrisk import TravelRisk  # noqa: E402
from travelrisk.model import Change, ChangeKind, Evidence  # noqa: E402
from travelrisk.notify.rules import enqueue_alerts  # noqa: E402
from travelrisk.store import changes as change_store  # noqa: E402
from travelrisk.store.db import session_scope  # noqa: E402

COUNTRIES = ["FR", "DE", "IT", "ES", "PT", "NL", "BE", "AT", "CH", "PL"]


def main() -> None:
    travellers = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    affected = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        travelrisk = TravelRisk(f"sqlite:///{Path(tmp) / 'bench.db'}")
        rows = []
        for i in range(travellers):
            country = "BY" if i < affected else COUNTRIES[i % len(COUNTRIES)]
            rows.append(
                {
                    "external_id": f"emp-{i:06d}",
                    "name": "",
                    "email": None,
                    "citizenship": "US",
                    "country": country,
                    "region": "",
                    "start": dt.date(2026, 11, 1),
                    "end": dt.date(2026, 12, 31),
                }
            )
        start = time.perf_counter()
        travelrisk.store_trips(rows)
        load_seconds = time.perf_counter() - start
        # The receiver runs in its own process, as a real one would (it must not share this process's GIL).
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        log = Path(tmp) / "received.jsonl"
        receiver = subprocess.Popen(
            [sys.executable, "-m", "tests.receivers", "webhook", str(port), "bench-secret", str(log)], cwd=ROOT
        )
        time.sleep(1.0)
        try:
            travelrisk.add_channel("webhook", f"http://127.0.0.1:{port}/hook", secret="bench-secret")
            start = time.perf_counter()
            with session_scope(travelrisk.engine) as session:  # the change and its alerts: one transaction
                change = Change(
                    kind=ChangeKind.LEVEL_UP,
                    country="BY",
                    issuer="US",
                    subject_ref="US->BY",
                    before={"level": 3},
                    after={"level": 4, "level_raw": "Level 4: Do Not Travel"},
                    evidence=Evidence(quote="Level 4: Do Not Travel"),
                    occurred_on=dt.date(2026, 11, 20),
                    confirmed=True,
                    dedupe_key="bench:level_up:BY",
                )
                written = enqueue_alerts(session, change_store.record(session, [change]))
            outbox_seconds = time.perf_counter() - start
            start = time.perf_counter()
            report = travelrisk.deliver(once=True)
            deliver_seconds = time.perf_counter() - start
            received = len(log.read_text().splitlines())
        finally:
            receiver.terminate()
            receiver.wait()
    print(
        json.dumps(
            {
                "benchmark": "alert_fanout",
                "travellers": travellers,
                "affected": affected,
                "load_travellers_seconds": round(load_seconds, 2),
                "outbox_rows": written,
                "seconds_to_outbox": round(outbox_seconds, 3),
                "delivered": report.delivered,
                "received": received,
                "delivery_seconds": round(deliver_seconds, 2),
                "deliveries_per_s": round(report.delivered / deliver_seconds, 1) if deliver_seconds else None,
                "target_seconds_to_outbox": 2.0,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
