"""What a single-machine install brings: no cluster machinery (dask, procrastinate) and no scipy; the
`[cluster]` extra adds them, and commands that need them say how to get them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

import pytest

from travelrisk.cluster.needs import require_cluster_extra
from travelrisk.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
HEAVY = {"dask", "distributed", "procrastinate", "scipy", "datasketch"}


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0].lower() for r in requirements}


def test_base_requirements_leave_out_the_cluster():
    declared = requires("travelrisk") or []
    base = [r for r in declared if "extra ==" not in r]
    cluster = [r for r in declared if "extra == 'cluster'" in r or 'extra == "cluster"' in r]
    assert _names(base) & HEAVY == set()
    assert {"dask", "procrastinate"} <= _names(cluster)


def test_a_missing_cluster_package_is_one_line_naming_the_extra():
    with pytest.raises(ConfigError) as raised:
        require_cluster_extra("travelrisk_no_such_package")
    assert "travelrisk_no_such_package" in str(raised.value)
    assert "pip install 'travelrisk[cluster]'" in str(raised.value)
    require_cluster_extra("json")  # present: no error


@pytest.mark.slow
def test_a_base_install_resolves_without_dask_or_scipy(tmp_path: Path):
    """What pip would install for `pip install -e .` into an empty environment, dependencies included."""
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet", "--report", str(report),
         "-e", str(ROOT)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"pip could not resolve here: {done.stderr.strip().splitlines()[-1:]}")
    names = {item["metadata"]["name"].lower() for item in json.loads(report.read_text())["install"]}
    assert "travelrisk" in names and "sqlalchemy" in names
    assert names & HEAVY == set()
