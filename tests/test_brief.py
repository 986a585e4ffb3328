"""The country picture: official and news combined, time travel, corroboration and syndication."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from travelrisk.assess.stories import signature, similarity
from travelrisk.cli import app

from .conftest import FIXTURES

runner = CliRunner()
ARTICLES = FIXTURES.parent / "articles"


def run_json(*args: str):
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def store(path) -> None:
    result = runner.invoke(app, ["extract", str(path), "--store"])
    assert result.exit_code == 0, result.output


def test_brief_combines_official_and_news_with_evidence(engine):
    assert (
        runner.invoke(
            app, ["advisories", "import", "us-rss", str(FIXTURES / "advisories" / "us_rss_excerpt_2025-10-08.xml")]
        ).exit_code
        == 0
    )
    store(ARTICLES / "seed_like_belarus.txt")
    data = run_json("brief", "BY")
    assert set(data) >= {
        "country",
        "as_of",
        "levels",
        "strictest",
        "median",
        "disagreement",
        "directives",
        "reasons",
        "regional",
        "crossings",
        "missions",
        "events",
        "changes",
        "early_warning",
    }
    us = next(level for level in data["levels"] if level["issuer"] == "US")
    assert (us["level"], us["source"]) == (4, "official")
    [directive] = [d for d in data["directives"] if d["issuer"] == "US"]
    assert (directive["directive"], directive["since"]) == ("leave_immediately", "2023-08-22")
    news_quote = next(e for e in directive["evidence"] if e["origin"] == "news")["quote"]
    assert "leave the country immediately" in news_quote
    for reason in data["reasons"]:
        assert reason["evidence"] and all(e.get("quote") for e in reason["evidence"]), reason
    detention = next(r for r in data["reasons"] if r["reason"] == "wrongful_detention")
    assert any("risk of detention" in e["quote"] for e in detention["evidence"])
    lithuania = next(g for g in data["crossings"]["by_neighbour"] if g["neighbour"] == "LT")
    assert any("2 of 6 crossings closed" in r["summary"] and r["evidence"]["quote"] for r in lithuania["reported"])
    [mission] = [m for m in data["missions"] if m["mission_of"] == "US"]
    assert mission["status"] == "emergency_services_only" and mission["evidence"]["quote"]
    assert all(e["evidence"] for e in data["events"])

    before = run_json("brief", "BY", "--as-of", "2023-08-01")
    text = json.dumps(before)
    assert "2023-08-22" not in text and "leave_immediately" not in text
    assert before["levels"] == [] and before["directives"] == []
    assert next(m for m in before["missions"] if m["mission_of"] == "US")["status"] == "suspended"


def test_news_only_issuer_is_reported_until_a_second_story_confirms(engine, tmp_path):
    first = tmp_path / "first.txt"
    first.write_text(
        "date 2024-10-02 The Irish Department of Foreign Affairs told Irish citizens in Lebanon to "
        "leave immediately while commercial flights operate.",
        encoding="utf-8",
    )
    store(first)
    level = next(entry for entry in run_json("brief", "LB")["levels"] if entry["issuer"] == "IE")
    assert (level["source"], level["confirmed"]) == ("news", False)
    second = tmp_path / "second.txt"
    second.write_text(
        "date 2024-10-03 Ireland has urged its nationals in Lebanon to get out as soon as possible, "
        "the foreign ministry in Dublin said on Thursday, warning that flights could stop.",
        encoding="utf-8",
    )
    store(second)
    level = next(entry for entry in run_json("brief", "LB")["levels"] if entry["issuer"] == "IE")
    assert level["confirmed"] is True


def test_syndicated_copies_count_as_one_story(engine, tmp_path):
    body = (
        "Global Affairs Canada urged Canadians in Haiti to leave the country as soon as they can, citing a sharp "
        "rise in gang violence and kidnappings in Port-au-Prince. The department said consular assistance in "
        "the capital is extremely limited and the embassy is closed to the public until further notice."
    )
    (tmp_path / "wire.txt").write_text(f"date 2024-03-07 {body}", encoding="utf-8")
    (tmp_path / "copy.txt").write_text(
        f"date 2024-03-07 Reprinted from the wire service. {body} Share this story.", encoding="utf-8"
    )
    store(tmp_path / "wire.txt")
    store(tmp_path / "copy.txt")
    level = next(entry for entry in run_json("brief", "HT")["levels"] if entry["issuer"] == "CA")
    assert level["confirmed"] is False  # one story, however many outlets print it


def test_near_duplicate_detection_false_merges():
    """Distinct stories on the same topic must not merge; copies with small edits must."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    signatures = [signature(t) for t in texts]
    merged = sum(similarity(a, b) >= 0.6 for i, a in enumerate(signatures) for b in signatures[i + 1 :])
    assert merged == 0
    for text, sig in zip(texts, signatures, strict=True):
        copy = "Published by our partner agency. " + text.replace(" said", " stated") + " Read more."
        if len(text) > 400:
            assert similarity(sig, signature(copy)) >= 0.6


def test_changes_command_lists_news_and_official_changes(engine):
    store(ARTICLES / "seed_like_belarus.txt")
    rows = run_json("changes", "--since", "2023-01-01", "--country", "BY")
    kinds = {r["kind"] for r in rows}
    assert {"mission_status", "directive_reported"} <= kinds
    reported = next(r for r in rows if r["kind"] == "directive_reported")
    assert reported["confirmed"] is False and reported["evidence"]["quote"]
