"""How often the extraction's `language` is the annotated one, per language and overall.

Usage: `python tools/score_languages.py GOLD_DIR PREDICTIONS.jsonl` (the gold `.json` files carry `language`,
as `../shared/data/articles/dev-ml/` does; the predictions are `travelrisk extract GOLD_DIR --format jsonl`).
Prints one JSON object: overall accuracy, per-language counts, and the articles read as another language.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def score(gold_dir: Path, predictions: Path) -> dict[str, object]:
    predicted = {}
    for line in predictions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            predicted[str(item.get("id") or Path(item["source"]).stem)] = item.get("language")
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    wrong = []
    for path in sorted(gold_dir.glob("*.json")):
        language = json.loads(path.read_text(encoding="utf-8")).get("language", "en")
        total[language] += 1
        if predicted.get(path.stem) == language:
            right[language] += 1
        else:
            wrong.append({"id": path.stem, "gold": language, "predicted": predicted.get(path.stem)})
    articles = sum(total.values())
    return {
        "articles": articles,
        "accuracy": round(sum(right.values()) / articles, 4) if articles else None,
        "per_language": {lang: f"{right[lang]}/{total[lang]}" for lang in sorted(total)},
        "wrong": wrong,
    }


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: score_languages.py GOLD_DIR PREDICTIONS.jsonl")
    print(json.dumps(score(Path(sys.argv[1]), Path(sys.argv[2])), indent=1))
