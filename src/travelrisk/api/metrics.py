"""/metrics in the Prometheus text format (prometheus_client): the figures of `TravelRisk.metrics()`, read
from the database at each scrape, as metric families."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

LATENCY_BUCKETS = (1.0, 5.0, 15.0, 60.0, 300.0, 900.0, 3600.0, 21600.0, 86400.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class _Snapshot(Collector):
    def __init__(self, figures: dict[str, Any]) -> None:
        self.figures = figures

    def collect(self) -> Iterator[Metric]:
        figures = self.figures
        queue = GaugeMetricFamily(
            "travelrisk_delivery_queue", "Alert deliveries in the outbox, by state", labels=["state"]
        )
        for state, count in figures["queue"].items():
            queue.add_metric([state], count)
        yield queue
        oldest = figures["oldest_pending_age_seconds"]
        yield GaugeMetricFamily(
            "travelrisk_delivery_oldest_pending_age_seconds",
            "Age of the oldest undelivered message (since its alert was written; 0 when none is pending)",
            value=oldest or 0.0,
        )
        latencies = sorted(figures["delivery_latency_seconds"])
        buckets = [(str(bound), sum(1 for x in latencies if x <= bound)) for bound in LATENCY_BUCKETS]
        yield HistogramMetricFamily(
            "travelrisk_delivery_latency_seconds",
            "From an alert written to its message delivered, deliveries of the last 24 hours",
            buckets=[*buckets, ("+Inf", len(latencies))],
            sum_value=sum(latencies),
        )
        age = GaugeMetricFamily(
            "travelrisk_source_last_success_age_seconds",
            "Seconds since each official source was last synced successfully (absent: never)",
            labels=["source"],
        )
        failures = GaugeMetricFamily(
            "travelrisk_source_consecutive_failures",
            "Failed syncs of each source since its last success",
            labels=["source"],
        )
        for source in figures["sources"]:
            if source["last_success_age_seconds"] is not None:
                age.add_metric([source["source"]], source["last_success_age_seconds"])
            failures.add_metric([source["source"]], source["failures"])
        yield age
        yield failures
        yield CounterMetricFamily("travelrisk_articles_ingested", "News articles stored", value=figures["articles"])


def render(figures: dict[str, Any]) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(figures))
    return generate_latest(registry)
