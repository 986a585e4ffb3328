"""What an operator meets first: the version, shell completion, help on every option, and clear one-line
errors where a command cannot run on the configured database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import typer.main
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


ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_docs_point_at_nothing_outside_the_repository():
    assert [str(p.relative_to(ROOT)) for p in DOCS if "../shared" in p.read_text(encoding="utf-8")] == []


def _documented_commands() -> list[tuple[str, list[str]]]:
    """`travelrisk ...` invocations written in the README and docs (code blocks and inline code)."""
    found = []
    for path in DOCS:
        for match in re.finditer(
            r"(?:^|`)(?:\.venv/bin/)?travelrisk ([^`\n#|>]+)", path.read_text(encoding="utf-8"), re.M
        ):
            found.append((path.name, match.group(1).split()))
    return found


def test_every_documented_option_exists():
    root = typer.main.get_command(app)
    wrong = []
    commands = _documented_commands()
    for where, words in commands:
        command = root
        for word in words:
            if word.startswith("-"):
                break
            sub = command.get_command(None, word) if hasattr(command, "get_command") else None  # a group
            if sub is None:
                break
            command = sub
        options = {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"--help"}
        wrong += [
            f"{where}: travelrisk {' '.join(words)}: {w}"
            for w in words
            if w.startswith("--") and w.split("=")[0] not in options
        ]
    assert len(commands) > 20 and wrong == []


def test_results_on_stdout_and_the_run_on_stderr(tmp_path):
    article = Path(__file__).parent / "articles" / "border_kyrgyz.txt"
    table = runner.invoke(app, ["extract", str(article), "--format", "table"])
    assert table.exit_code == 0 and "KZ" in table.stdout and "KZ" not in table.stderr
    env = dict(os.environ, TRAVELRISK_DATABASE_URL=f"sqlite:///{tmp_path / 'travelrisk.db'}")
    done = subprocess.run(
        [*TRAVELRISK, "countries", "--format", "csv"], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.splitlines()[0].startswith("country,")  # only CSV on stdout
