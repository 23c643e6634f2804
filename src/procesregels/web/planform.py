"""The plan editor's form: plan data <-> form fields <-> the text of a plan file.

A person who never saw YAML fills in rows: actors (id, role, name), steps (title, kind, owner,
phase, dates, "after" chosen from the other steps, a level per actor, optional), choices and
attributes. Field names are positional (`step-3-kind`, `step-3-level-1` for the second actor),
so any title or id a person types is only ever a value, never part of a name. Keys the form has
no field for (a step's description, waivers, `order`) travel in a hidden JSON field and are
written back unchanged, so saving from the form loses nothing but comments and layout.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Dutch keys (docs/spec/PLAN.md version 2) read as their English names; the form writes English keys.
_DUTCH_KEYS = {
    "gemeente": "municipality", "kenmerken": "attributes", "actoren": "actors", "rol": "role", "naam": "name",
    "stappen": "steps", "titel": "title", "soort": "kind", "eigenaar": "owner", "deelnemers": "participants",
    "fase": "phase", "datum": "date", "begin": "start", "eind": "end", "duur": "duration", "na": "after",
    "optioneel": "optional", "keuzes": "choices", "opties": "options", "afwijkingen": "waivers",
    "regel": "rule", "reden": "reason", "volgorde": "order", "beschrijving": "description",
}
STEP_FIELDS = ("id", "title", "kind", "owner", "phase", "date", "start", "end", "duration")
MAX_ROWS = 500


@dataclass
class ActorRow:
    id: str = ""
    role: str = ""
    name: str = ""


@dataclass
class StepRow:
    id: str = ""
    title: str = ""
    kind: str = ""
    owner: str = ""
    phase: str = ""
    date: str = ""
    start: str = ""
    end: str = ""
    duration: str = ""
    after: list[str] = field(default_factory=list)
    levels: dict[str, str] = field(default_factory=dict)  # actor id -> level
    optional: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PlanForm:
    title: str = ""
    municipality: str = ""
    attributes: list[tuple[str, str]] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)
    steps: list[StepRow] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)  # id, "a, b | c"
    extra: dict[str, Any] = field(default_factory=dict)
    keys: str = "en"  # the language of the plan's keys: the form writes them back in it


def _english(mapping: Mapping) -> dict:
    return {_DUTCH_KEYS.get(str(key), str(key)): value for key, value in mapping.items()}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def from_data(data: Any) -> PlanForm:
    """The form of a plan as written (`yaml.safe_load` of its text); unknown parts kept as extra."""
    dutch = isinstance(data, Mapping) and any(key in _DUTCH_KEYS for key in data)
    data = _english(data) if isinstance(data, Mapping) else {}
    form = PlanForm(keys="nl" if dutch else "en", title=_text(data.pop("plan", "")), municipality=_text(data.pop("municipality", "")))
    attributes = data.pop("attributes", None)
    if isinstance(attributes, Mapping):
        form.attributes = [(str(key), _text(value)) for key, value in attributes.items()]
    actors = data.pop("actors", None)
    if isinstance(actors, Mapping):
        for ident, actor in actors.items():
            actor = _english(actor) if isinstance(actor, Mapping) else {}
            form.actors.append(ActorRow(str(ident), _text(actor.get("role")), _text(actor.get("name"))))
    for raw in data.pop("steps", None) or []:
        if isinstance(raw, Mapping):
            form.steps.append(_step_from_data(_english(raw)))
    for raw in data.pop("choices", None) or []:
        if isinstance(raw, Mapping):
            raw = _english(raw)
            options = raw.get("options") or []
            shown = " | ".join(", ".join(map(str, option)) if isinstance(option, list) else str(option) for option in options)
            form.choices.append((_text(raw.get("id")), shown))
    known = {actor.id for actor in form.actors}
    for step in form.steps:  # a participant may name a role: it becomes an actor row of that role
        for ident in step.levels:
            if ident not in known:
                form.actors.append(ActorRow(ident, ident, ""))
                known.add(ident)
    form.extra = data
    return form


def _step_from_data(raw: dict) -> StepRow:
    row = StepRow()
    for name in STEP_FIELDS:
        setattr(row, name, _text(raw.pop(name, "")))
    after = raw.pop("after", None) or []
    row.after = [str(item) for item in (after if isinstance(after, list) else [after])]
    participants = raw.pop("participants", None)
    if isinstance(participants, Mapping):
        row.levels = {str(actor): _text(level) for actor, level in participants.items()}
    row.optional = raw.pop("optional", False) is True
    row.extra = raw
    return row


def from_fields(fields: Any) -> PlanForm:
    """The form as the browser sent it (a multi-dict: `get(name)` and `getlist(name)`)."""
    def get(name: str) -> str:
        value = fields.get(name)
        return value.strip() if isinstance(value, str) else ""

    form = PlanForm(title=get("title"), municipality=get("municipality"), extra=_json(get("extra")),
                    keys="nl" if get("keys") == "nl" else "en")
    form.attributes = [(get(f"attr-{i}-key"), get(f"attr-{i}-value")) for i in _indices(fields, "attr", "key")]
    form.actors = [ActorRow(get(f"actor-{i}-id"), get(f"actor-{i}-role"), get(f"actor-{i}-name"))
                   for i in _indices(fields, "actor", "id")]
    actor_ids = [actor.id for actor in form.actors]
    for i in _indices(fields, "step", "title"):
        prefix = f"step-{i}-"
        row = StepRow()
        for name in STEP_FIELDS:
            setattr(row, name, get(prefix + name))
        row.after = [value for value in fields.getlist(prefix + "after") if isinstance(value, str) and value]
        row.levels = {actor_ids[k]: get(f"{prefix}level-{k}") for k in range(len(actor_ids))
                      if actor_ids[k] and get(f"{prefix}level-{k}")}
        row.optional = get(prefix + "optional") == "on"
        row.extra = _json(get(prefix + "extra"))
        form.steps.append(row)
    form.choices = [(get(f"choice-{i}-id"), get(f"choice-{i}-options")) for i in _indices(fields, "choice", "id")]
    return form


def step_indices(fields: Any) -> list[int]:
    """The row numbers of the steps in a submitted form, in order (`step-3-title` -> 3)."""
    return _indices(fields, "step", "title")


def _indices(fields: Any, kind: str, probe: str) -> list[int]:
    pattern = re.compile(rf"{kind}-(\d{{1,4}})-{probe}")
    found = sorted({int(m.group(1)) for key in fields if (m := pattern.fullmatch(key))})
    return found[:MAX_ROWS]


def _json(value: str) -> dict[str, Any]:
    try:
        loaded = json.loads(value) if value else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def slug(title: str, taken: set[str]) -> str:
    """A short id from a title (`Bewonersavond over het plein` -> `bewonersavond-over-het`), unique."""
    words = re.findall(r"[a-z0-9]+", title.lower().translate(str.maketrans("àáâäèéêëìíîïòóôöùúûüç", "aaaaeeeeiiiioooouuuuc")))
    base = "-".join(words[:3]) or "stap"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def fill_ids(form: PlanForm) -> None:
    """Give every titled step without an id one made from its title."""
    taken = {row.id for row in form.steps if row.id}
    for row in form.steps:
        if not row.id and row.title:
            row.id = slug(row.title, taken)
            taken.add(row.id)


def to_data(form: PlanForm) -> dict[str, Any]:
    """The plan as data, keys in the order of the starter; empty fields left out."""
    fill_ids(form)
    data: dict[str, Any] = {"plan": form.title}
    if form.municipality:
        data["municipality"] = form.municipality
    attributes = {key: _typed(value) for key, value in form.attributes if key and value != ""}
    if attributes:
        data["attributes"] = attributes
    actors = {}
    for actor in form.actors:
        if actor.id:
            entry = {"role": actor.role}
            if actor.name:
                entry["name"] = actor.name
            actors[actor.id] = entry
    if actors:
        data["actors"] = actors
    data["steps"] = [_step_data(row) for row in form.steps if row.id or row.title]
    choices = [{"id": ident, "options": _options(text)} for ident, text in form.choices if ident]
    if choices:
        data["choices"] = choices
    for key, value in form.extra.items():
        data.setdefault(key, value)
    return _in_dutch(data) if form.keys == "nl" else data


def _in_dutch(data: dict[str, Any]) -> dict[str, Any]:
    """The plan's keys in Dutch (docs/spec/PLAN.md version 2), for a plan that was written with Dutch keys."""
    from procesregels.plan.keys import DUTCH

    def renamed(mapping: dict[str, Any], model: str) -> dict[str, Any]:
        return {DUTCH[model].get(key, key): value for key, value in mapping.items()}

    out = renamed(data, "plan")
    groups = {"actoren": "actor", "stappen": "step", "keuzes": "choice", "afwijkingen": "waiver"}
    for key, model in groups.items():
        value = out.get(key)
        if isinstance(value, dict):
            out[key] = {name: renamed(item, model) if isinstance(item, dict) else item for name, item in value.items()}
        elif isinstance(value, list):
            out[key] = [renamed(item, model) if isinstance(item, dict) else item for item in value]
    return out


def _step_data(row: StepRow) -> dict[str, Any]:
    step: dict[str, Any] = {}
    for name in STEP_FIELDS:
        value = getattr(row, name)
        if value:
            step[name] = value
    if row.levels:
        step["participants"] = dict(row.levels)
    if row.after:
        step["after"] = list(row.after)
    if row.optional:
        step["optional"] = True
    for key, value in row.extra.items():
        step.setdefault(key, value)
    return step


def _options(text: str) -> list[list[str]]:
    return [[item.strip() for item in part.split(",") if item.strip()] for part in text.split("|") if part.strip()]


def _typed(value: str) -> Any:
    """Numbers as numbers (`budget: 400000`), yes/no as booleans, the rest as text."""
    if re.fullmatch(r"-?\d{1,15}", value):
        return int(value)
    if re.fullmatch(r"-?\d{1,15}\.\d{1,6}", value):  # a number field may give a decimal
        return float(value)
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def to_text(data: dict[str, Any], name: str, *, to_check: bool = False) -> str:
    """The text of the plan file: JSON for a .json file, YAML otherwise. `to_check`: a text only to
    be checked, never saved (the live check of the form), written by libyaml's emitter when it is
    installed: four times faster than PyYAML's (9 against 2 ms for 50 steps, more than the check
    itself); the same data, though not always the same bytes, so what is saved stays PyYAML's."""
    if name.lower().endswith(".json"):
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper) if to_check else yaml.SafeDumper
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def has_comments(text: str) -> bool:
    """Whether a YAML text has comments, which a save from the form would drop."""
    return any(re.match(r"\s*#", line) or " #" in line for line in text.splitlines())


def parse_text(text: str, name: str) -> Any:
    """The data of a plan text as written (no checking), for filling the form; None if unreadable."""
    try:
        if name.lower().endswith(".json"):
            return json.loads(text)
        import yaml

        return yaml.safe_load(text)
    except Exception:  # noqa: BLE001 - any reader error: the form then starts empty and the text tab shows why
        return None
