"""Plug-ins from outside: a throw-away source package and a throw-away channel package, each built and installed
into a temporary directory with pip, are picked up by the real CLI through their entry points, with no change
to travelrisk's own files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SOURCE_MODULE = '''
"""Iceland's (invented) advisory list: one JSON object of country name -> level."""

import json

from travelrisk import InputError, OfficialSource, register_source
from travelrisk.sources.payload import ParsedPayload, add_destination, normalised_advisory

WORDING = {1: "Venjuleg varúð", 4: "Ekki ferðast"}


def parse(data: bytes, name: str) -> ParsedPayload:
    try:
        levels = json.loads(data)
    except ValueError as exc:
        raise InputError(name, f"not JSON: {exc}") from exc
    payload = ParsedPayload(source="is", issuer="IS", observed_on=None)
    for country, level in levels.items():
        add_destination(
            payload,
            country,
            lambda iso2, _l=level: normalised_advisory(issuer="IS", subject=iso2, level=_l, level_raw=WORDING[_l]),
        )
    return payload


register_source(
    OfficialSource(
        name="is",
        issuer="IS",
        title="Iceland, Ministry for Foreign Affairs (test plug-in)",
        parser=parse,
        levels={v: k for k, v in WORDING.items()},
        licence="invented for a test",
    )
)
'''


CHANNEL_MODULE = '''
"""A spool directory as a channel: each message becomes one JSON file named by its idempotency key."""

import json
from pathlib import Path

from travelrisk import Channel, DeliveryFailed, Message, UsageError, register_channel


class Spool(Channel):
    kind = "spool"
    help = "a directory that receives one JSON file per message"

    def check(self, target: str, secret: str | None) -> None:
        if not Path(target).is_dir():
            raise UsageError(f"spool directory {target!r} does not exist")

    def send(self, message: Message) -> None:
        try:
            path = Path(message.recipient) / (message.key.replace(":", "_") + ".json")
            path.write_text(json.dumps({"subject": message.subject, **message.payload}), encoding="utf-8")
        except OSError as exc:
            raise DeliveryFailed(str(exc)) from exc


register_channel(Spool())
'''


def build_and_install(tmp_path: Path, name: str, module: str, group: str, entry: str) -> Path:
    """A real distribution with an entry point, installed with pip into a directory of its own (offline)."""
    package = tmp_path / f"{name}-src"
    package.mkdir()
    code = SOURCE_MODULE if group == "travelrisk.sources" else CHANNEL_MODULE
    (package / f"{module}.py").write_text(code, encoding="utf-8")
    (package / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""
            [build-system]
            requires = ["hatchling"]
            build-backend = "hatchling.build"

            [project]
            name = "{name}"
            version = "0.0.1"

            [project.entry-points."{group}"]
            {entry} = "{module}"

            [tool.hatch.build.targets.wheel]
            include = ["{module}.py"]
            """
        ),
        encoding="utf-8",
    )
    target = tmp_path / f"{name}-site"
    offline = ["--no-deps", "--no-index", "--no-build-isolation"]
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", *offline, "--target", str(target), str(package)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return target


def travelrisk(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "travelrisk", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_a_source_package_is_picked_up_through_its_entry_point(tmp_path):
    site = build_and_install(tmp_path, "travelrisk-iceland", "travelrisk_iceland", "travelrisk.sources", "is")
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "TRAVELRISK_DATABASE_URL": f"sqlite:///{tmp_path / 'plugin.db'}",
        "TRAVELRISK_DATA_DIR": str(tmp_path / "data"),
    }
    listed = travelrisk(["sources", "list", "--json"], env)
    assert listed.returncode == 0, listed.stderr
    [iceland] = [s for s in json.loads(listed.stdout) if s["name"] == "is"]
    assert iceland["issuer"] == "IS" and iceland["levels"] == {"Venjuleg varúð": 1, "Ekki ferðast": 4}
    assert " is " in travelrisk(["advisories", "import", "--help"], env).stdout.replace("|", " ")

    payload = tmp_path / "iceland.json"
    payload.write_text(json.dumps({"Belarus": 4, "Norway": 1, "Atlantis": 4}), encoding="utf-8")
    imported = travelrisk(["advisories", "import", "is", str(payload), "--as-of", "2026-01-05", "--json"], env)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["totals"]["unmapped"] == ["Atlantis"]
    shown = json.loads(travelrisk(["advisories", "show", "BY", "--json"], env).stdout)
    assert [(row["issuer"], row["level"], row["level_raw"]) for row in shown] == [("IS", 4, "Ekki ferðast")]

    # Without the package on the path, the name is unknown and the error lists the built-in sources.
    without = travelrisk(["advisories", "import", "is", str(payload)], {**env, "PYTHONPATH": ""})
    assert without.returncode == 2 and "unknown source 'is'" in without.stderr and "us-rss" in without.stderr


@pytest.mark.slow
def test_a_channel_package_is_picked_up_through_its_entry_point(tmp_path):
    site = build_and_install(tmp_path, "travelrisk-spool", "travelrisk_spool", "travelrisk.channels", "spool")
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "TRAVELRISK_DATABASE_URL": f"sqlite:///{tmp_path / 'plugin.db'}",
        "TRAVELRISK_DATA_DIR": str(tmp_path / "data"),
    }
    assert "spool" in travelrisk(["channels", "add", "--help"], env).stdout
    refused = travelrisk(["channels", "add", "spool", str(tmp_path / "missing")], env)
    assert refused.returncode == 2 and "does not exist" in refused.stderr
    spool = tmp_path / "spool"
    spool.mkdir()
    assert travelrisk(["channels", "add", "spool", str(spool)], env).returncode == 0

    trips = tmp_path / "trips.csv"
    trips.write_text("traveller_id,country,start,end\nsp1,BY,2023-08-01,2023-09-30\n", encoding="utf-8")
    assert travelrisk(["travellers", "import", str(trips)], env).returncode == 0
    article = ROOT / "tests" / "articles" / "seed_like_belarus.txt"
    assert travelrisk(["extract", str(article), "--store"], env).returncode == 0
    delivered = travelrisk(["alerts", "deliver", "--once"], env)
    assert delivered.returncode == 0 and "dead 0" in delivered.stdout, delivered.stdout + delivered.stderr
    messages = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(spool.glob("*.json"))]
    assert messages and all(m["country"] == "BY" and m["change"]["evidence"]["quote"] for m in messages)
    assert f"delivered {len(messages)}," in delivered.stdout
