"""The bundled rulesets, parsed once into a trusted JSON form shipped beside them.

Parsing and resolving `national` (its grammar, transformer and model validation) costs more than
checking a typical plan against it, and its text only changes with a release. So the resolved
ruleset (every layer merged) is written as JSON next to its `.rules` file: by the build hook in
`setup.py` into the wheel, and, in a checkout, on first use (git-ignored). It is read only from
the bundled folder, which is as trusted as the code itself, never from the temporary folder or
another shared place; it is data, not code (no pickle): the models are rebuilt from a fixed list
of model classes.

A form is used only when its key matches: the text of every `.rules` file it was made from, and a
checksum of the code that turns text into models (grammar, vocabulary, ruleset package). Any
difference, and the `.rules` file is parsed as if there were no form.
"""

from __future__ import annotations

import datetime as dt
import os
import zlib
from pathlib import Path
from typing import Any

from procesregels.core.resources import grammar_file, json_data, rulesets_dir
from procesregels.ruleset import model
from procesregels.span import Span

FORMAT = 1
SUFFIX = ".resolved.json"
_PACKAGE = Path(__file__).resolve().parent.parent
#: Every model class a form may name; anything else in a form is refused.
_CLASSES = {name: cls for name, cls in vars(model).items()
            if isinstance(cls, type) and issubclass(cls, model._Value) and cls is not model._Value}


def form_path(rules_file: Path) -> Path:
    return rules_file.with_name(rules_file.stem + SUFFIX)


def code_key() -> str:
    """A checksum of the files that decide what a ruleset text means as a model."""
    # core's sources only: its JSON form of vocabulary.toml is derived from a file counted here
    core = sorted([*(_PACKAGE / "core").glob("*.py"), *(_PACKAGE / "core").glob("*.toml")])
    files = [grammar_file(), _PACKAGE / "span.py", *core,
             *sorted((_PACKAGE / "ruleset").glob("*.py"))]
    crc = 0
    for path in files:
        crc = zlib.crc32(path.name.encode() + b"\0" + path.read_bytes(), crc)
    return f"{FORMAT}-{crc:08x}"


def load(rules_file: Path) -> model.Ruleset | None:
    """The ruleset of a bundled `.rules` file from its form, or None when there is no valid one."""
    folder = rulesets_dir()
    if rules_file.parent.resolve() != folder.resolve():
        return None
    try:
        form = json_data(form_path(rules_file).read_text(encoding="utf-8"))
        if form.get("key") != code_key():
            return None
        for name, text in form["sources"].items():
            if (folder / name).read_text(encoding="utf-8") != text:
                return None
        ruleset = _decode(form["ruleset"], str(folder))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return ruleset if isinstance(ruleset, model.Ruleset) else None


def write(rules_file: Path, ruleset: model.Ruleset) -> Path:
    """Write the form of a bundled ruleset next to its file (atomically: a reader never sees half)."""
    import json  # only here: a lint reads forms with json_data and never loads this module

    from procesregels.core.files import atomic_write

    folder = rules_file.parent
    sources: set[str] = set()
    form = {"key": code_key(), "sources": sources, "ruleset": _encode(ruleset, str(folder), sources)}
    form["sources"] = {name: (folder / name).read_text(encoding="utf-8") for name in sorted(sources)}
    target = form_path(rules_file)
    atomic_write(target, json.dumps(form, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return target


# -- JSON <-> models ------------------------------------------------------------------------------


def _encode(value: Any, folder: str, sources: set[str]) -> Any:
    if isinstance(value, model._Value):
        fields = {name: _encode(getattr(value, name), folder, sources) for name in type(value).model_fields}
        return {"$model": type(value).__name__, "$set": sorted(value.model_fields_set), **fields}
    if isinstance(value, Span):
        if os.path.dirname(value.path) != folder:
            raise ValueError(f"a bundled ruleset refers to {value.path}, outside {folder}")
        sources.add(os.path.basename(value.path))
        return {"$span": [os.path.basename(value.path), value.line, value.column, value.end_line, value.end_column]}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return [_encode(item, folder, sources) for item in value]
    if isinstance(value, frozenset) and all(isinstance(item, str) for item in value):
        return {"$frozenset": sorted(value)}
    if isinstance(value, str) and os.path.dirname(value) == folder:
        return {"$file": os.path.basename(value)}  # the path of the ruleset itself
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise ValueError(f"cannot write {type(value).__name__} in a ruleset form")


def _decode(value: Any, folder: str) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item, folder) for item in value)
    if not isinstance(value, dict):
        return value
    if "$span" in value:
        name, *place = value["$span"]
        return Span(os.path.join(folder, name), *place)
    if "$file" in value:
        return os.path.join(folder, value["$file"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if "$frozenset" in value:
        return frozenset(str(item) for item in value["$frozenset"])
    cls = _CLASSES[value["$model"]]
    fields = {k: _decode(v, folder) for k, v in value.items() if not k.startswith("$")}
    if set(fields) != set(cls.model_fields):
        raise ValueError(f"the form of {cls.__name__} does not have its fields")
    return cls.model_construct(set(value["$set"]), **fields)
