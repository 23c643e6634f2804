"""Every message key the code names exists in the catalogue, in both languages.

`i18n.text` gives the key itself for a key it does not know, so a misspelt or removed key would
show up on a page as `explain.severity.error` instead of failing. Keys written as literals are
checked exactly; keys built with an f-string are checked by their fixed prefix.
"""

from __future__ import annotations

import ast
from pathlib import Path

import procesregels
import procesregels.engine.checks  # noqa: F401  (registers the templates' own texts)
from procesregels.i18n import CATALOGUE, LANGS

SRC = Path(procesregels.__file__).resolve().parent


def _text_calls() -> list[tuple[str, int, ast.expr]]:
    calls = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "text"
                    and node.args):
                calls.append((f"{path.relative_to(SRC)}", node.lineno, node.args[0]))
    return calls


def test_literal_keys_exist() -> None:
    missing = [f"{where}:{line}: {key.value}" for where, line, key in _text_calls()
               if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value not in CATALOGUE]
    assert missing == []


def test_built_keys_have_a_known_prefix() -> None:
    """`text(f"explain.severity.{x}")`: some key must start with the fixed part."""
    missing = []
    for where, line, key in _text_calls():
        if isinstance(key, ast.JoinedStr) and key.values and isinstance(key.values[0], ast.Constant):
            prefix = str(key.values[0].value)
            if not any(name.startswith(prefix) for name in CATALOGUE):
                missing.append(f"{where}:{line}: {prefix}...")
    assert missing == []


def test_every_key_has_both_languages() -> None:
    for key, entry in CATALOGUE.items():
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key
