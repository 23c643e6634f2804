"""`procesregels convert PLAN --to yaml|xlsx|json` and the spreadsheet template of `init`.

A conversion works on the plan as written (its keys in English, its values untouched), not on
the resolved plan: a `duration` stays a duration, a role word stays the word, a Dutch date
stays the text it was. So YAML -> xlsx -> YAML gives the same plan data back, for everything
a workbook can hold; what it cannot hold is refused with a message (plan/xlsx_writer.py).
The plan is checked first: a plan with input errors is not converted.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from procesregels.core.vocabulary import Vocabulary, standard
from procesregels.errors import PlanError
from procesregels.plan.keys import DUTCH

FORMATS = ("yaml", "xlsx", "json")


def written_data(path: str, vocabulary: Vocabulary | None = None, lang: str = "en") -> dict[str, Any]:
    """The data of a plan file as written, with English keys, after checking that it loads."""
    from procesregels.plan.loader import tree_of_file

    return checked_data(tree_of_file(path, lang), vocabulary)


def checked_data(tree, vocabulary: Vocabulary | None = None) -> dict[str, Any]:
    """The data of a read plan (a SourceTree), after checking that it loads. Raises PlanError."""
    from procesregels.plan.loader import plan_of_tree

    plan_of_tree(tree, vocabulary)  # every input error is reported before converting
    return _without_nones(tree.data)


def _without_nones(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nones(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nones(v) for v in value]
    return value


def convert(path: str, to: str, lang: str = "en", vocabulary: Vocabulary | None = None) -> bytes:
    """The plan at `path` in format `to`, keys in `lang`. Raises PlanError."""
    return data_bytes(written_data(path, vocabulary, lang), to, lang, vocabulary, path)


def data_bytes(data: dict[str, Any], to: str, lang: str = "en", vocabulary: Vocabulary | None = None,
               path: str = "<plan>") -> bytes:
    """Checked plan data (see checked_data) in format `to`, keys in `lang`. Raises PlanError."""
    if to == "xlsx":
        return xlsx_bytes(data, lang, vocabulary or standard(), path)
    shown = dutch_keys(data) if lang == "nl" else data
    if to == "json":
        return (json.dumps(shown, indent=2, ensure_ascii=False, default=_iso) + "\n").encode("utf-8")
    import yaml

    return yaml.safe_dump(shown, allow_unicode=True, sort_keys=False, width=120).encode("utf-8")


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def xlsx_bytes(data: dict[str, Any], lang: str, vocabulary: Vocabulary, path: str = "<plan>") -> bytes:
    from procesregels.plan.readers.source_tree import located_error
    from procesregels.plan.schema import vocabulary_names
    from procesregels.plan.xlsx_writer import Unrepresentable, workbook_bytes
    from procesregels.span import Span

    names = vocabulary_names(vocabulary)
    local = {category: _in_language(vocabulary, category, values, lang) for category, values in names.items()}
    try:
        return workbook_bytes(data, lang, local)
    except Unrepresentable as refused:
        raise located_error(refused.what, Span(path, 1, 1), None, lang, refused.values) from None


def _in_language(vocabulary: Vocabulary, category: str, values: list[str], lang: str) -> list[str]:
    """The drop-down names: the ids in English, their Dutch names in Dutch (with declared names)."""
    shown = [vocabulary.name_of(category, value, lang) if value in _ids(vocabulary, category) else value
             for value in values]
    return list(dict.fromkeys(shown))


def _ids(vocabulary: Vocabulary, category: str) -> set[str]:
    return set({"role": vocabulary.role_parent, "kind": vocabulary.kind_parent, "phase": vocabulary.phase_order,
                "level": vocabulary.level_order}[category])


def dutch_keys(data: dict[str, Any]) -> dict[str, Any]:
    """Plan data with its keys in Dutch (names under attributes and participants stay)."""
    def rename(mapping: dict, model: str) -> dict:
        return {DUTCH[model].get(k, k): v for k, v in mapping.items()}

    out = rename(data, "plan")
    if isinstance(out.get("actoren"), dict):
        out["actoren"] = {k: rename(v, "actor") if isinstance(v, dict) else v for k, v in out["actoren"].items()}
    for group, model in (("stappen", "step"), ("keuzes", "choice"), ("afwijkingen", "waiver")):
        if isinstance(out.get(group), list):
            out[group] = [rename(item, model) if isinstance(item, dict) else item for item in out[group]]
    return out


def template_bytes(lang: str, vocabulary: Vocabulary | None = None) -> bytes:
    """The `init --format xlsx` workbook: the starter plan, plus an optional example row for every
    other kind of step, and the plan sheet filled in."""
    from procesregels.plan.keys import translate_keys
    from procesregels.plan.readers.yaml_reader import read_yaml
    from procesregels.plan.starter import starter_plan

    vocabulary = vocabulary or standard()
    tree = read_yaml(starter_plan(lang), "plan.yaml", lang)
    translate_keys(tree)
    data = tree.data
    steps = data["steps"]
    present = {vocabulary.lookup("kind", step["kind"]) for step in steps}
    before = steps[-3]["id"]  # the extra examples come before the council is informed
    for kind in vocabulary.kind_parent:
        if kind in present or kind not in standard().kind_parent:
            continue
        word = vocabulary.name_of("kind", kind, lang)
        steps.insert(len(steps) - 3, {
            "id": f"voorbeeld-{kind}" if lang == "nl" else f"example-{kind}",
            "title": (f"Voorbeeld: {word} (haal weg of vul in)" if lang == "nl"
                      else f"Example: {word} (remove or fill in)"),
            "kind": word, "owner": "team", "optional": True, "after": [before],
        })
    return xlsx_bytes(data, lang, vocabulary)


__all__ = ["FORMATS", "PlanError", "convert", "template_bytes", "written_data"]
