"""Cross-fold scores of the news reader on an annotated article set, split so that no story or outlet spans folds.

Usage: python tools/crossfold.py [GOLD_DIR] [--folds 5] [--held 3] [--scorer PATH] [--per-article]

Articles are grouped (union-find) when they share an outlet, or report the same event key (an issuer and
subject, a border pair, a mission and host) within 120 days; the groups are dealt to the folds, largest
first, to the fold with the fewest articles. The extractor runs once as the acceptance runs it
(`travelrisk extract DIR --format jsonl`, the console script beside this interpreter); each fold is scored with the
shared scorer. Prints JSON: the fold of every article, per-fold scores, the pooled score of all folds and of
the held folds (`--held`: folds whose failures were not looked at while writing rules).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = SHARED / "data" / "articles" / "dev"
DEFAULT_SCORER = SHARED / "tools" / "score_extractions.py"
STORY_DAYS = 120


def _outlet_key(outlet: str) -> str:
    """'Sputnik Africa' and 'UrduPoint (Sputnik)' are different outlets; 'Mint (livemint.com)' is Mint."""
    return re.sub(r"\s*\(.*?\)|\s+via\s.*|[^a-z0-9 ]", "", outlet.lower()).strip()


def _event_keys(gold: dict) -> set[tuple]:
    keys: set[tuple] = set()
    for a in gold.get("advisories") or []:
        keys.add(("adv", a.get("issuer"), a.get("subject")))
    for b in gold.get("border_events") or []:
        keys.add(("border", *sorted([b.get("country"), b.get("neighbor")])))
    for m in gold.get("mission_events") or []:
        keys.add(("mission", m.get("mission_of"), m.get("in_country")))
    return keys


def assign_folds(gold_dir: Path, folds: int) -> dict[str, int]:
    """Article id -> fold, with every story and outlet inside one fold (deterministic)."""
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    ids = list(golds)
    parent = {i: i for i in ids}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    dates = {i: dt.date.fromisoformat(golds[i]["published"]) for i in ids}
    outlets = {i: _outlet_key(golds[i].get("outlet") or "") for i in ids}
    keys = {i: _event_keys(golds[i]) for i in ids}
    for x, a in enumerate(ids):
        for b in ids[x + 1 :]:
            same_outlet = outlets[a] and outlets[a] == outlets[b]
            same_story = keys[a] & keys[b] and abs((dates[a] - dates[b]).days) <= STORY_DAYS
            if same_outlet or same_story:
                union(a, b)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    sizes = [0] * folds
    fold_of: dict[str, int] = {}
    for members in sorted(groups.values(), key=lambda g: (-len(g), g[0])):
        target = min(range(folds), key=lambda f: (sizes[f], f))
        for i in members:
            fold_of[i] = target
        sizes[target] += len(members)
    return fold_of


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extractions", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_extract(gold_dir: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(
            [str(Path(sys.executable).parent / "travelrisk"), "extract", str(gold_dir), "--format", "jsonl"],
            stdout=fh,
            check=False,
        )


def _subset(gold_dir: Path, members: list[str], into: Path) -> Path:
    into.mkdir()
    for i in members:
        for suffix in (".json", ".txt"):
            (into / f"{i}{suffix}").symlink_to(gold_dir / f"{i}{suffix}")
    return into


def _headline(result: dict) -> dict:
    keep = ("advisory_level_acc", "advisory_directive_acc", "advisory_reasons_f1", "countries_mentioned_f1")
    return {
        "articles": result["articles"],
        "event_f1": result["event_micro"]["f1"],
        **{k: v["f1"] for k, v in result["per_kind"].items()},
        **{k: result[k] for k in keep},
        "tp_fp_fn": [result["event_micro"][k] for k in ("tp", "fp", "fn")],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--folds", type=int, default=5)
    # fold 4 was held until 2026-12-03, when its failures became development data; fold 3 is still unread
    parser.add_argument("--held", default="3", help="folds not looked at while writing rules")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--predictions", type=Path, help="score this JSONL instead of running the extractor")
    parser.add_argument("--per-article", action="store_true", help="list misses of the folds that are not held")
    args = parser.parse_args(argv)
    scorer = _scorer(args.scorer)
    fold_of = assign_folds(args.gold_dir, args.folds)
    held = {int(f) for f in args.held.split(",") if f.strip()}
    with tempfile.TemporaryDirectory() as tmp:
        predictions = args.predictions or Path(tmp) / "predictions.jsonl"
        if args.predictions is None:
            _run_extract(args.gold_dir, predictions)
        report: dict = {"folds": {}, "fold_of": fold_of}
        for fold in range(args.folds):
            members = sorted(i for i, f in fold_of.items() if f == fold)
            subset = _subset(args.gold_dir, members, Path(tmp) / f"fold{fold}")
            result = scorer.score(subset, predictions, per_article=args.per_article and fold not in held)
            report["folds"][fold] = _headline(result) | {"held": fold in held}
            if args.per_article and fold not in held:
                report["folds"][fold]["errors"] = [
                    {k: r[k] for k in ("id", "missed", "spurious")}
                    for r in result["per_article"]
                    if r["missed"] or r["spurious"]
                ]
        held_ids = [i for i, f in fold_of.items() if f in held]
        if held_ids:
            report["pooled_held"] = _headline(scorer.score(_subset(args.gold_dir, held_ids, Path(tmp) / "held"), predictions))
        report["pooled_all"] = _headline(scorer.score(args.gold_dir, predictions))
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
