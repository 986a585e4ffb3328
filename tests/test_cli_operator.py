"""What an operator meets first: the version, shell completion, help on every option, and clear one-line
errors where a command cannot run on the configured database."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from travelrisk.cli import app

runner = CliRunner()
TRAVELRISK = [sys.executable, "-m", "travelrisk"]


def test_version_prints_the_installed_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"travelrisk {version('travelrisk')}"


def test_shell_completion_is_offered():
    result = runner.invoke(app, ["--show-completion", "bash"], prog_name="travelrisk")
    assert result.exit_code == 0, result.output
    assert "_TRAVELRISK_COMPLETE" in result.stdout


@pytest.mark.parametrize("verb", ["status", "run"])
def test_workers_on_sqlite_is_one_line_naming_the_setting(verb: str, tmp_path: Path):
    # A real process: what the operator sees, without CliRunner catching anything.
    env = dict(os.environ, TRAVELRISK_DATABASE_URL=f"sqlite:///{tmp_path / 'travelrisk.db'}")
    done = subprocess.run(
        [*TRAVELRISK, "workers", verb], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "TRAVELRISK_DATABASE_URL" in lines[0] and "PostgreSQL" in lines[0]
    assert "Traceback" not in done.stderr
