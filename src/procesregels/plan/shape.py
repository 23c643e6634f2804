"""Check the shape of a plan (keys, types) with the pydantic models, in plain words.

pydantic reports every problem at once, in its own words ("Input should be a valid tuple").
A participation officer needs each problem said in the plan's terms, in file order:
"expected a list of step ids for 'after' in step 'enquete', found the text 'kaders'".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ValidationError

from procesregels import i18n as messages
from procesregels.core.record import Record
from procesregels.core.suggest import close_matches
from procesregels.errors import PlanError
from procesregels.plan.key_names import key_args
from procesregels.plan.keys import key_names, model_of, shown_key, translate_keys
from procesregels.plan.model import Actor, Choice, Plan, Step, Waiver
from procesregels.plan.date_forms import day_month_year
from procesregels.plan.plain_shape import plain_plan
from procesregels.plan.readers.source_tree import SourceTree
from procesregels.plan.salvage import Broken, salvage

#: False: every plan goes through the validators (the tests compare both ways; see plain_shape.py).
PLAIN_FIRST = True

#: Fields of the models that are filled by the loader, never written in a plan.
_INTERNAL = {Plan: {"path", "positions"}, Actor: {"implicit"}}

#: What a value at a path should be: the path with list indices and free names as "*".
_EXPECTED = {
    ("steps",): "steps",
    ("steps", "*"): "step",
    ("steps", "*", "after"): "after",
    ("steps", "*", "after", "*"): "step_id",
    ("steps", "*", "participants"): "participants",
    ("steps", "*", "participants", "*"): "level",
    ("steps", "*", "date"): "date",
    ("steps", "*", "start"): "date",
    ("steps", "*", "end"): "date",
    ("steps", "*", "optional"): "bool",
    ("actors",): "actors",
    ("actors", "*"): "actor",
    ("choices",): "choices",
    ("choices", "*"): "choice",
    ("choices", "*", "options"): "options",
    ("choices", "*", "options", "*"): "option",
    ("choices", "*", "options", "*", "*"): "step_id",
    ("waivers",): "waivers",
    ("waivers", "*"): "waiver",
    ("attributes",): "attributes",
}

#: Keys whose wrong-type message shows an example of the right form.
_EXAMPLES = {"after", "options", "participants", "actors", "steps", "choices", "waivers"}

#: What a missing required key is, by its name.
_MISSING = {"plan": "title", "id": "id", "kind": "kind", "role": "role", "rule": "rule", "options": "options"}


class Shaped(Record, mutable=True):
    """The plan model of a file's data (None when nothing could be salvaged), every shape problem
    in file order, and which parts were set aside for them (see `salvage`)."""

    __slots__ = ("plan", "problems", "broken")
    plan: Plan | None
    problems: list[PlanError]
    broken: Broken

    def __init__(self, plan: Plan | None, problems: list[PlanError], broken: Broken) -> None:
        self.plan, self.problems, self.broken = plan, problems, broken


def validate_shape(tree: SourceTree) -> Shaped:
    """The plan model of the tree's data and every shape problem, each located."""
    data = tree.data
    if data is None:
        raise tree.error("error.plan.empty", tree.value_span(()))
    if not isinstance(data, dict):
        raise tree.error("error.plan.not_mapping", tree.value_span(()), {"found": found(data, tree.lang)})
    translate_keys(tree)
    _refuse_internal_keys(tree)
    data = _without_empty_lists(data)
    broken = Broken()
    plain = plain_plan(data) if PLAIN_FIRST else None  # well-formed data: no validators to build
    if plain is not None:
        return Shaped(plain, [], broken)
    try:
        return Shaped(Plan.model_validate(data), [], broken)
    except ValidationError as invalid:
        errors = invalid.errors(include_url=False)
    problems = all_problems(tree, errors)
    salvaged = salvage(data, [tuple(error["loc"]) for error in errors], broken)
    try:
        plan: Plan | None = Plan.model_validate(salvaged)
    except ValidationError:  # nothing sensible is left to check
        plan = None
    return Shaped(plan, problems, broken)


#: Keys whose empty value (`after:` with nothing, or every step commented out) means "none".
_PLAN_LISTS = {"attributes", "actors", "steps", "choices", "waivers"}
_STEP_LISTS = {"participants", "after", "optional"}


def _without_empty_lists(data: dict) -> dict:
    """The plan data with empty (null) collection keys left out, so they take their default."""
    plan = {k: v for k, v in data.items() if not (v is None and k in _PLAN_LISTS)}
    steps = plan.get("steps")
    if isinstance(steps, list):
        plan["steps"] = [
            {k: v for k, v in step.items() if not (v is None and k in _STEP_LISTS)} if isinstance(step, dict) else step
            for step in steps
        ]
    return plan


def _refuse_internal_keys(tree: SourceTree) -> None:
    """`path:` or `implicit:` written in a plan would silently set what the loader owns."""
    candidates: list[tuple[tuple, dict, type[BaseModel]]] = [((), tree.data, Plan)]
    actors = tree.data.get("actors")
    if isinstance(actors, dict):
        candidates += [(("actors", k), v, Actor) for k, v in actors.items() if isinstance(v, dict)]
    for path, mapping, model in candidates:
        for key in mapping:
            if key in _INTERNAL[model]:
                raise tree.error(
                    "error.plan.unknown_key", tree.key_span((*path, key)), {"key": key, "where": where(tree, path)}
                )


def all_problems(tree: SourceTree, errors: list[Any]) -> list[PlanError]:
    """Each problem once, in file order; a deeper error wins over one about its container."""
    locs = [tuple(error["loc"]) for error in errors]
    specific = [
        error
        for error, loc in zip(errors, locs)
        if not any(len(other) > len(loc) and other[: len(loc)] == loc for other in locs)
    ]
    problems = [_translate(tree, error) for error in specific]
    return sorted(problems, key=lambda problem: (problem.span.line, problem.span.column) if problem.span else (0, 0))


def _translate(tree: SourceTree, error: dict[str, Any]) -> PlanError:
    loc = tuple(error["loc"])
    kind = error["type"]
    lang = tree.lang
    if loc and loc[-1] == "[key]":  # a dict key of the wrong type: pydantic puts it after the key
        path = loc[:-1]
        return tree.error("error.plan.wrong_key", tree.key_span(path),
                          {"key": _field(path[:-1]), "where": where(tree, path[:-1]), "found": found(path[-1], lang)})
    if kind == "missing":
        parent, key = loc[:-1], loc[-1]
        if key == "reason" and parent[:1] == ("waivers",):
            return tree.error("error.plan.waiver_reason", tree.value_span(parent), {"where": where(tree, parent)})
        expected = messages.text(f"error.plan.expected.{_MISSING.get(key, 'text')}", lang, key_args(tree.key_lang))
        return tree.error("error.plan.missing", tree.value_span(parent),
                          {"key": shown_key(tree, loc), "where": where(tree, parent), "expected": expected})
    if kind == "extra_forbidden":
        parent, key = loc[:-1], loc[-1]
        return tree.error("error.plan.unknown_key", tree.key_span(loc),
                          {"key": str(key), "where": where(tree, parent)}, _key_suggestions(tree, parent, str(key)))
    owner = _owner(loc)
    if kind == "not_a_date":
        return tree.error("error.plan.not_a_date", tree.value_span(loc),
                          {"value": error["ctx"]["value"], "key": shown_key(tree, (*owner, _field(loc))),
                           "where": where(tree, owner), "why": _why(error["ctx"], lang)})
    if kind == "date_form":
        iso = dt.date.fromisoformat(error["ctx"]["iso"])
        return tree.error("error.plan.date_form", tree.value_span(loc),
                          {"value": error["ctx"]["value"], "key": shown_key(tree, (*owner, _field(loc))),
                           "where": where(tree, owner), "iso": iso.isoformat(), "dmy": day_month_year(iso)})
    if kind == "string_too_short" and loc[:1] == ("waivers",) and loc[-1] == "reason":
        return tree.error("error.plan.waiver_reason", tree.value_span(loc), {"where": where(tree, owner)})
    if kind == "string_too_short":
        return tree.error("error.plan.empty_text", tree.value_span(loc),
                          {"key": shown_key(tree, (*owner, _field(loc))), "where": where(tree, owner)})
    if kind == "too_short" and loc[-1] == "options":
        return tree.error("error.plan.no_options", tree.value_span(loc), {"where": where(tree, owner)})
    return _wrong_type(tree, loc, error.get("input"))


def _wrong_type(tree: SourceTree, loc: tuple, value: Any) -> PlanError:
    pattern = _pattern(loc)
    expected_key = _EXPECTED.get(pattern, "text")
    if pattern == ("steps", "*", "participants", "*"):
        expected_key = "level"
    expected = messages.text(f"error.plan.expected.{expected_key}", tree.lang, key_args(tree.key_lang))
    owner = _owner(loc)
    key = _field(loc)
    example = key if key in _EXAMPLES and not tree.key_prefix else None
    if loc == owner:  # a step, actor, choice or waiver that is not a mapping
        args = {"expected": expected, "key": loc[0], "where": where(tree, ()), "found": found(value, tree.lang)}
        return tree.error("error.plan.wrong_item", tree.value_span(loc), args, example=loc[0])
    # An item of a list (or a value of a mapping) of a key: "in 'after' of step 'x'".
    is_item = len(loc) > len(owner) + 1
    args = {"expected": expected, "key": shown_key(tree, (*owner, key)), "where": where(tree, owner),
            "found": found(value, tree.lang)}
    template = "error.plan.wrong_item" if is_item else "error.plan.wrong_type"
    return tree.error(template, tree.value_span(loc), args, example=example)


def _key_suggestions(tree: SourceTree, parent: tuple, key: str) -> list[str]:
    """Known keys close to a misspelt one, in the language the plan writes its keys in (the
    other language only when none of that one is close)."""
    model = model_of(tuple(parent))
    if model is None:
        return []
    other = "en" if tree.key_lang == "nl" else "nl"
    for lang in (tree.key_lang, other):
        suggestions = close_matches(key, key_names(model, lang), n=3, cutoff=0.6)
        if suggestions:
            return suggestions
    return []


def _why(ctx: dict[str, Any], lang: str) -> str:
    """Why a written date names no day, in words ("april has 30 days")."""
    args = dict(ctx.get("why_args") or {})
    if "month_number" in args:
        args["month"] = messages.text(f"date.month.{args.pop('month_number')}", lang)
    return messages.text(ctx["why"], lang, args)


def _pattern(loc: tuple) -> tuple:
    """The path with indices and free names replaced by '*' (to look up what is expected)."""
    out: list[Any] = []
    for index, part in enumerate(loc):
        free = isinstance(part, int) or (index > 0 and out[-1] in ("actors", "participants", "attributes"))
        out.append("*" if free else part)
    return tuple(out)


def _owner(loc: tuple) -> tuple:
    """The path of the element the problem belongs to: the plan, a step, an actor, a choice, a waiver."""
    if len(loc) >= 2 and loc[0] in ("steps", "choices", "waivers", "actors"):
        return loc[:2]
    return ()


def _field(loc: tuple) -> str:
    """The name of the key a problem is about ('after' for `("steps", 2, "after", 0)`)."""
    owner = _owner(loc)
    rest = loc[len(owner):]
    return str(rest[0]) if rest else str(loc[-1]) if loc else "plan"


def _model_at(path: tuple) -> type[BaseModel]:
    if not path:
        return Plan
    models: dict[str, type[BaseModel]] = {"steps": Step, "actors": Actor, "choices": Choice, "waivers": Waiver}
    return models.get(path[0], Plan)


def where(tree: SourceTree, path: tuple) -> str:
    """'step 'enquete'', 'actor 'raad'', 'the plan': the element a path belongs to, in words."""
    lang, data = tree.lang, tree.data if isinstance(tree.data, dict) else {}
    owner = _owner(path)
    if not owner:
        return messages.text("error.plan.where.plan", lang)
    group, key = owner
    if group == "actors":
        return messages.text("error.plan.where.actor", lang, {"id": key})
    items = data.get(group)
    item = items[key] if isinstance(items, list) and isinstance(key, int) and key < len(items) else None
    field = "rule" if group == "waivers" else "id"
    name = item.get(field) if isinstance(item, dict) else None
    singular = group[:-1]
    if isinstance(name, (str, int)) and not isinstance(name, bool) and str(name):
        return messages.text(f"error.plan.where.{singular}", lang, {field: str(name)})
    return messages.text(f"error.plan.where.{singular}_n", lang, {"n": key + 1 if isinstance(key, int) else key})


def found(value: Any, lang: str) -> str:
    """A short description of a value that is not what was expected."""
    if value is None:
        return messages.text("error.plan.found.nothing", lang)
    if isinstance(value, bool):
        return messages.text("error.plan.found.bool", lang, {"value": str(value).lower()})
    if isinstance(value, (int, float)):
        return messages.text("error.plan.found.number", lang, {"value": value})
    if isinstance(value, dt.date):
        return messages.text("error.plan.found.date", lang, {"value": value.isoformat()})
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return messages.text("error.plan.found.text", lang, {"value": shown})
    if isinstance(value, (list, tuple)):
        return messages.text("error.plan.found.list", lang)
    return messages.text("error.plan.found.mapping", lang)
