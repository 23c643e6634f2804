"""The JSON Schema of the plan format, for editors (`procesregels schema`).

The schema comes from the pydantic models in plan.py, so it cannot drift from what the loader
accepts. On top of it, the fields that take vocabulary names (roles, kinds, phases, levels) get
the standard names in English and Dutch as `examples`: the YAML language server offers them for
completion. They are not an `enum`, because a ruleset may declare its own roles, kinds and level
names, and the loader (with its "did you mean") is the judge of those.

A plan file opts in with a first line `# yaml-language-server: $schema=plan.schema.json`.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Sequence

from procesregels.plan.keys import DUTCH
from procesregels.plan.model import Plan
from procesregels.core.vocabulary import Vocabulary, standard

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def plan_schema(vocabulary: Vocabulary | None = None,
                numbers: Mapping[str, Sequence[int | float]] | None = None) -> dict[str, Any]:
    """The plan format as a JSON Schema (2020-12), with vocabulary names as completions;
    `numbers`: per number attribute, the values the ruleset's conditions compare it with."""
    vocabulary = vocabulary or standard()
    schema = Plan.model_json_schema(mode="validation")
    schema = {"$schema": DIALECT, **schema, "title": "procesregels plan"}
    schema["description"] = (
        "A planned participation process of a Dutch municipality, checked by "
        "`procesregels lint` against the council's participation rules."
    )
    names = vocabulary_names(vocabulary)
    definitions = schema.get("$defs", {})
    _suggest(definitions.get("Actor", {}), "role", names["role"])
    _suggest(definitions.get("Step", {}), "kind", names["kind"])
    _suggest(definitions.get("Step", {}), "phase", names["phase"])
    participants = definitions.get("Step", {}).get("properties", {}).get("participants")
    if participants is not None:
        participants["additionalProperties"] = {
            "type": "string", "description": "Participation level", "examples": names["level"]
        }
    _dates(definitions.get("Step", {}))
    _attributes(schema, vocabulary, numbers or {})
    _dutch_keys(schema, "plan")
    for model in ("Actor", "Step", "Choice", "Waiver"):
        _dutch_keys(definitions.get(model, {}), model.lower())
    return schema


def _attributes(schema: dict[str, Any], vocabulary: Vocabulary, numbers: Mapping[str, Sequence[int | float]]) -> None:
    """The declared attributes (docs/spec/LANGUAGE.md section 1, version 2) as properties of
    `attributes`: a closed list as `examples` (and an `enum` ignoring nothing but case is not
    expressible, so the loader judges), a number as a number or a text that is one (the loader
    takes both), with the numbers the rules compare it with as examples; other keys stay allowed."""
    prop = schema.get("properties", {}).get("attributes")
    if prop is None:
        return
    properties: dict[str, Any] = {}
    for name, values in sorted(vocabulary.attributes.items()):
        if name == "impact":
            values = (*vocabulary.impact_order, *sorted(k for k, v in vocabulary.impact_names.items() if k != v))
        if values is None:
            compared = list(numbers.get(name, ()))
            described = f" (the rules compare it with {', '.join(_plain(n) for n in compared)})" if compared else ""
            properties[name] = {"anyOf": [{"type": "number"}, {"type": "string", "pattern": NUMBER_PATTERN}],
                                "description": f"Declared attribute '{name}': a number{described}"}
            if compared:
                properties[name]["examples"] = compared
        else:
            properties[name] = {"type": "string", "examples": list(values),
                                "description": f"Declared attribute '{name}': one of {', '.join(values)}"}
    prop["properties"] = properties
    prop["additionalProperties"] = True


#: A number written as text, as the loader reads it (a point for decimals).
NUMBER_PATTERN = r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$"


def _plain(number: int | float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


#: A date as the loader reads it: year-month-day or day-month-year (docs/spec/PLAN.md, version 2).
DATE_PATTERN = r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})\s*$"


def _dates(step: dict[str, Any]) -> None:
    for field in ("date", "start", "end"):
        prop = step.get("properties", {}).get(field)
        if prop is not None:
            prop["anyOf"] = [{"type": "string", "pattern": DATE_PATTERN, "examples": ["2026-03-01", "1-3-2026"]},
                             {"type": "null"}]


def _dutch_keys(model: dict[str, Any], kind: str) -> None:
    """Offer the Dutch name of every key beside the English one; one of the two is required where
    the key is, and not both may be written (a JSON Schema can say all three)."""
    properties = model.get("properties", {})
    required = model.get("required", [])
    both: list[dict[str, Any]] = []
    for english, dutch in DUTCH[kind].items():
        if dutch == english or english not in properties:
            continue
        properties[dutch] = {**properties[english],
                            "description": f"{properties[english].get('description', english)} (Dutch for '{english}')"}
        both.append({"not": {"required": [english, dutch]}})
        if english in required:
            required.remove(english)
            both.append({"anyOf": [{"required": [english]}, {"required": [dutch]}]})
    if both:
        model["allOf"] = both


def vocabulary_names(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Per category, the ids and their Dutch names, in vocabulary order."""
    ids = {
        "role": [r for r in vocabulary.role_parent if r not in vocabulary.dynamic_roles],
        "kind": list(vocabulary.kind_parent),
        "phase": list(vocabulary.phase_order),
        "level": list(vocabulary.level_order),
    }
    dutch = vocabulary.display.get("nl", {})
    base = standard()
    known = {  # every accepted name, to find the ones a ruleset declares
        "role": (vocabulary.role_names, base.role_names),
        "kind": (vocabulary.kind_names, base.kind_names),
        "phase": (vocabulary.phase_names, base.phase_names),
        "level": (vocabulary.level_names, base.level_names),
    }
    names: dict[str, list[str]] = {}
    for category, idents in ids.items():
        listed = [*idents, *(dutch.get(f"{category}:{ident}") for ident in idents)]
        own, standard_names = known[category]
        listed += sorted(name for name in own if name not in standard_names)
        names[category] = list(dict.fromkeys(name for name in listed if name))
    return names


def _suggest(model: dict[str, Any], field: str, examples: list[str]) -> None:
    prop = model.get("properties", {}).get(field)
    if prop is None:
        return
    # Optional fields come as anyOf [string, null]; the suggestions go on the string branch.
    target = next((b for b in prop.get("anyOf", []) if b.get("type") == "string"), prop)
    target["examples"] = examples


def render(vocabulary: Vocabulary | None = None, numbers: Mapping[str, Sequence[int | float]] | None = None) -> str:
    """The schema as stable, readable JSON (sorted keys, so the output is byte-identical)."""
    return json.dumps(plan_schema(vocabulary, numbers), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
