"""Plug-ins from outside: a throw-away source package, built and installed into a temporary directory with pip,
is picked up by the real CLI through its entry point, with no change to travelrisk's own files."""

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


def build_and_install(tmp_path: Path, name: str, module: str, group: str, entry: str) -> Path:
    """A real distribution with an entry point, installed with pip into a directory of its own (offline)."""
    package = tmp_path / f"{name}-src"
    package.mkdir()
    (package / f"{module}.py").write_text(SOURCE_MODULE if group == "travelrisk.sources" else "", encoding="utf-8")
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
    target = tmp_path / "site"
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
