"""Dutch names of the plan keys (docs/spec/PLAN.md, version 2): a plan may use either language per key.

The readers keep the keys as written; `translate_keys` renames the Dutch ones to the English
names the models know, moves the recorded positions along, and remembers how each key was
written, so that messages quote the key the way the plan writes it. Writing both names of one
key in one mapping (`steps:` and `stappen:`) is an error: which one would count?

Only the keys of the plan, of an actor, of a step, of a choice and of a waiver are keys of the
format; the names under `attributes` and `participants` are the plan's own and stay as written.
"""

from __future__ import annotations

from typing import Any

from procesregels.plan.key_names import DUTCH as DUTCH  # re-exported: the table lives there
from procesregels.plan.readers.source_tree import SourceTree

#: Per kind of mapping: Dutch key -> English key.
ENGLISH: dict[str, dict[str, str]] = {model: {nl: en for en, nl in keys.items()} for model, keys in DUTCH.items()}

_GROUPS = {"actors": "actor", "steps": "step", "choices": "choice", "waivers": "waiver"}


def model_of(path: tuple) -> str | None:
    """Which kind of mapping the path of a mapping points at ('plan', 'step', ...), if any."""
    if not path:
        return "plan"
    if len(path) == 2 and path[0] in _GROUPS:
        return _GROUPS[path[0]]
    return None


def key_names(model: str, lang: str) -> list[str]:
    """The keys of a kind of mapping in one language, for "did you mean"."""
    keys = DUTCH[model]
    return sorted(keys.values() if lang == "nl" else keys.keys())


def shown_key(tree: SourceTree, path: tuple) -> str:
    """How the key at the end of `path` is (or would be) written in this plan: as written when it
    is, else in the plan's language of keys."""
    written = tree.written.get(tuple(path))
    if written is not None:
        return tree.key_prefix + written
    key = str(path[-1]) if path else "plan"
    model = model_of(tuple(path[:-1]))
    if tree.key_lang == "nl" and model is not None:
        key = DUTCH[model].get(key, key)
    return tree.key_prefix + key


def translate_keys(tree: SourceTree) -> None:
    """Rename the Dutch keys of the tree's data to English, in place (see the module docstring).

    Raises the PlanError of a key written in both languages in one mapping."""
    data = tree.data
    if not isinstance(data, dict):
        return
    mappings: list[tuple[tuple, dict, str]] = [((), data, "plan")]
    renamed: list[tuple[tuple, Any, str]] = []  # (mapping path, Dutch key, English key)
    counts = {"nl": 0, "en": 0}
    index = 0
    while index < len(mappings):
        path, mapping, model = mappings[index]
        index += 1
        english = ENGLISH[model]
        for key in list(mapping):
            if not isinstance(key, str):
                continue
            if key in english and english[key] != key:
                counts["nl"] += 1
                target = english[key]
                if target in mapping:
                    first, second = sorted((key, target), key=lambda k: _line(tree, (*path, k)))
                    raise tree.error("error.plan.key_twice", tree.key_span((*path, second)),
                                     {"key": second, "other": first})
                renamed.append((path, key, target))
            elif key in DUTCH[model] and DUTCH[model][key] != key:
                counts["en"] += 1
        for group, child in _GROUPS.items():
            items = mapping.get(group, mapping.get(DUTCH["plan"][group])) if model == "plan" else None
            if isinstance(items, dict) and group == "actors":
                mappings += [(((group, k)), v, child) for k, v in items.items() if isinstance(v, dict)]
            elif isinstance(items, list):
                mappings += [(((group, i)), v, child) for i, v in enumerate(items) if isinstance(v, dict)]
    tree.key_lang = "nl" if counts["nl"] > counts["en"] else "en"
    if not renamed:
        return
    for path, dutch, english_key in renamed:
        mapping = _mapping_at(data, path)
        # Rebuild the mapping so the renamed key keeps its place (file order matters for messages).
        items = [(english_key if k == dutch else k, v) for k, v in mapping.items()]
        mapping.clear()
        mapping.update(items)
        tree.written[(*path, english_key)] = dutch
    tree.values = {_translated(p): span for p, span in tree.values.items()}
    tree.keys = {_translated(p): span for p, span in tree.keys.items()}


def _translated(path: tuple) -> tuple:
    """A position path with its format keys in English."""
    if not path:
        return path
    first = ENGLISH["plan"].get(path[0], path[0]) if isinstance(path[0], str) else path[0]
    if len(path) < 3 or first not in _GROUPS:
        return (first, *path[1:])
    third = path[2]
    if isinstance(third, str):
        third = ENGLISH[_GROUPS[first]].get(third, third)
    return (first, path[1], third, *path[3:])


def _mapping_at(data: dict, path: tuple) -> dict:
    if not path:
        return data
    group, key = path
    container = data[group]
    return container[key]


def _line(tree: SourceTree, path: tuple) -> tuple[int, int]:
    span = tree.key_span(path)
    return span.line, span.column
