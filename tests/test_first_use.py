"""A CLI-only user on a fresh install: the bundled data is there for the first command (no `serve`), once;
`travelrisk init` does the same explicitly; `advisories import` reads gzip files as the bundled ones ship."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from travelrisk.cli import app

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRAVELRISK_DATA_DIR": str(data_dir)}
    env.pop("TRAVELRISK_DATABASE_URL", None)
    env.pop("TRAVELRISK_AUTO_INIT", None)
    return subprocess.run(
        [sys.executable, "-m", "travelrisk", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_a_fresh_data_directory_has_the_bundled_advisories_without_serve(tmp_path):
    first = _cli(["advisories", "show", "BY", "--json"], tmp_path / "fresh")
    assert first.returncode == 0, first.stderr
    issuers = {row["issuer"] for row in json.loads(first.stdout)}
    assert len(issuers) >= 4, issuers
    assert "first use" in first.stderr

    # Loaded once: the second command finds the data and says nothing about loading.
    second = _cli(["brief", "BY", "--json"], tmp_path / "fresh")
    assert second.returncode == 0, second.stderr
    assert "first use" not in second.stderr
    assert {entry["issuer"] for entry in json.loads(second.stdout)["levels"]} >= issuers
    again = _cli(["init"], tmp_path / "fresh")
    assert again.returncode == 0 and "already initialised" in again.stdout


def test_init_loads_a_named_database_that_is_not_loaded_automatically(db_url):
    # With TRAVELRISK_DATABASE_URL set (as here), commands do not load anything on their own ...
    assert json.loads(runner.invoke(app, ["advisories", "show", "BY", "--json"]).stdout) == []
    # ... until `travelrisk init` is run, once.
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert "initialised" in result.stdout
    assert len(json.loads(runner.invoke(app, ["advisories", "show", "BY", "--json"]).stdout)) >= 4
    assert "already initialised" in runner.invoke(app, ["init"]).stdout


def test_advisories_import_reads_gzip_files_and_directories_of_them(db_url, tmp_path):
    plain = FIXTURES / "advisories" / "us_rss_excerpt_2025-10-08.xml"
    packed = tmp_path / "feeds" / "us_rss_2025-10-08.xml.gz"
    packed.parent.mkdir()
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    result = runner.invoke(app, ["advisories", "import", "us-rss", str(packed.parent), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["totals"]["files"] == 1 and report["totals"]["advisories"] > 0, report

    broken = tmp_path / "broken.xml.gz"
    broken.write_bytes(b"\x1f\x8b not really gzip")
    bad = runner.invoke(app, ["advisories", "import", "us-rss", str(broken), str(packed), "--json"])
    assert bad.exit_code == 1
    files = json.loads(bad.stdout)["files"]
    assert "gzip" in files[0]["error"] and files[1]["error"] is None
