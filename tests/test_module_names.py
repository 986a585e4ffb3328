"""A module-level name bound twice silently replaces the first binding for every function that reads it at call time
(two rules once shared `_OPENING_PHRASE` and `_AND_WORD` this way, and the earlier rule stopped working). Each
module of the package binds each of its module-level names once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

_PACKAGE = Path(__file__).resolve().parent.parent / "src" / "travelrisk"
_MODULES = sorted(_PACKAGE.rglob("*.py"))


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_")[:1].isupper())
    return sorted(name for name, count in names.items() if count > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _bound_twice("_RULE = 1\n_OTHER = 2\n_RULE = 3\n") == ["_RULE"]


@pytest.mark.parametrize("module", _MODULES, ids=[str(m.relative_to(_PACKAGE)) for m in _MODULES])
def test_each_constant_is_bound_once(module: Path) -> None:
    assert _bound_twice(module.read_text(encoding="utf-8")) == []
