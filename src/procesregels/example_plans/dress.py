"""Example plans as a reader meets them: titles, names, ids and keys in the reader's language.

The generator works with short ids and the canonical (English) vocabulary; a person reading an
example on a published page, under `explain` or in a comparison wants a plan that looks like the
ones a municipality writes (examples/*.yaml): a title per step ("Startnotitie vaststellen",
"Bewonersavond", "Terugkoppelingsbrief"), named actors ("Gemeenteraad"), ids that say what a step
is, and, in a Dutch text, Dutch keys (docs/spec/PLAN.md version 2) and Dutch names for kinds,
phases, roles and levels.

`dressed` changes no meaning: order, dates, owners and participation stay exactly as generated
(ids are renamed everywhere they are used), so the engine's verdict on the dressed plan is the
verdict on the generated one. `realistic` does change what a plan says, to what a municipality
would write (a request is made by its initiator, a council does not meet on a Sunday); its
result is only ever shown after the engine has confirmed it again (example_plans/shown.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from procesregels.i18n import CATALOGUE, text
from procesregels.plan.keys import DUTCH

#: Endings of a declared kind's name that make it a request an initiator makes to the
#: municipality (`vergunningaanvraag`, `buurtrechtverzoek`): the college decides on it, the
#: initiator files it.
_REQUEST_ENDINGS = ("aanvraag", "verzoek", "application", "request")
#: The actor a request is moved to, when the plan has none of the role yet.
_INITIATOR = "initiatiefnemer"
#: Who owns a step of a standard kind in a municipality's plan, most usual first: the college
#: (or its officials) drafts, the officials run the participation, the council sets frames and
#: decides. A step owned by someone else is given one of these roles, when the engine agrees.
USUAL_OWNERS: dict[str, tuple[str, ...]] = {
    "draft": ("executive", "officials"), "inspection": ("executive", "officials"),
    "information": ("officials", "executive"), "meeting": ("officials", "executive"),
    "survey": ("officials", "executive"), "workshop": ("officials", "executive"),
    "panel": ("officials", "executive"), "feedback": ("officials", "executive"),
    "evaluation": ("officials", "executive"),
}


def dressed(data: dict[str, Any], vocabulary, lang: str, title: str | None = None) -> dict[str, Any]:
    """`data` (plan data with English keys and canonical ids) with titles, names, readable ids
    and the keys and vocabulary words of `lang`."""
    data = _renamed(data, vocabulary, lang)
    actors = data.get("actors", {})
    names = {actor: _actor_name(entry.get("role", ""), vocabulary, lang) for actor, entry in actors.items()}
    plan: dict[str, Any] = {"plan": title or text("example.plan.other", lang),
                            "municipality": text("example.municipality", lang)}
    if data.get("attributes"):
        plan["attributes"] = dict(data["attributes"])
    plan["actors"] = {actor: {"role": _word("role", entry.get("role", ""), vocabulary, lang), "name": names[actor]}
                      for actor, entry in actors.items()}
    titles = _titles(data, vocabulary, lang)
    plan["steps"] = [_step(step, titles[index], vocabulary, lang) for index, step in enumerate(data.get("steps", []))]
    for key in ("choices", "waivers"):
        if data.get(key):
            plan[key] = data[key]
    return _keys(plan, lang)


def realistic(data: dict[str, Any], vocabulary, choice: int = 0, prune: bool = True) -> dict[str, Any]:
    """The plan as a municipality would plan it: a request (a declared kind named `...aanvraag` or
    `...verzoek`) owned by an initiator, a standard step owned by a usual owner (USUAL_OWNERS, the
    `choice`-th one), single-day steps on a working day, no actor that does nothing in it (with
    `prune`). This changes what the plan says: show it only when the engine confirms it again."""
    data = copy.deepcopy(data)
    actors = data.setdefault("actors", {})
    for step in data.get("steps", []):
        kind = str(step.get("kind", ""))
        owner_role = actors.get(step.get("owner") or "", {}).get("role")
        usual = USUAL_OWNERS.get(kind, ())
        if owner_role is not None and usual and owner_role not in usual:
            role = usual[min(choice, len(usual) - 1)]
            actor = next((a for a, entry in actors.items() if entry.get("role") == role), None)
            if actor is None:
                actor = _unique(_slug(vocabulary.name_of("role", role, "nl")) if role != "officials" else "team", actors)
                actors[actor] = {"role": role}
            previous, step["owner"] = step["owner"], actor
            _drop_if_idle(data, previous)
        if kind.endswith(_REQUEST_ENDINGS) and f"example.step.{kind}" not in CATALOGUE \
                and owner_role is not None and owner_role != "initiator" and _knows(vocabulary, "initiator"):
            initiator = next((a for a, entry in actors.items() if entry.get("role") == "initiator"), None)
            if initiator is None:
                initiator = _INITIATOR
                actors[initiator] = {"role": "initiator"}
            previous, step["owner"] = step["owner"], initiator
            _drop_if_idle(data, previous)
        day = step.get("date")
        if isinstance(day, dt.date) and day.weekday() >= 5:  # Saturday, Sunday: the Monday after
            step["date"] = day + dt.timedelta(days=7 - day.weekday())
    for actor in list(actors) if prune else ():  # a plan names the actors that do something in it
        _drop_if_idle(data, actor)
    return data


def _drop_if_idle(data: dict[str, Any], actor: str) -> None:
    """Remove an actor that owns no step and takes part in none (any more)."""
    steps = data.get("steps", [])
    if not any(s.get("owner") == actor or actor in s.get("participants", {}) for s in steps):
        data["actors"].pop(actor, None)


# -- titles -----------------------------------------------------------------------------------------------


def _titles(data: dict[str, Any], vocabulary, lang: str) -> list[str]:
    """A title per step; a title that repeats gets the step's phase (or a number) after it."""
    actors = data.get("actors", {})
    titles = [_title(step, actors, vocabulary, lang) for step in data.get("steps", [])]
    for index, title in enumerate(titles):
        if titles.count(title) > 1:
            phase = data["steps"][index].get("phase")
            titles[index] = f"{title} ({vocabulary.name_of('phase', phase, lang)})" if phase else title
    seen: dict[str, int] = {}
    for index, title in enumerate(titles):
        seen[title] = seen.get(title, 0) + 1
        if seen[title] > 1:
            titles[index] = f"{title} ({seen[title]})"
    return titles


def _title(step: dict[str, Any], actors: dict[str, Any], vocabulary, lang: str) -> str:
    """What a municipality calls such a step: by kind, owner (a council's decision is a
    `Raadsbesluit`) and, for a meeting, who comes; a declared kind by its own name."""
    kind = str(step.get("kind", ""))
    owner_role = actors.get(step.get("owner") or "", {}).get("role")
    roles = [actors.get(actor, {}).get("role") for actor in step.get("participants", {})]
    for key in ([f"example.step.{kind}.{owner_role}"] if owner_role else []) \
            + [f"example.step.{kind}.with.{role}" for role in roles if role] + [f"example.step.{kind}"]:
        if key in CATALOGUE:
            return text(key, lang)
    name = vocabulary.name_of("kind", kind, lang)
    return name[:1].upper() + name[1:]


def _step(step: dict[str, Any], title: str, vocabulary, lang: str) -> dict[str, Any]:
    result: dict[str, Any] = {"id": step["id"], "title": title}
    for key, value in step.items():
        if key in ("id", "title"):
            continue
        if key == "kind":
            value = _word("kind", value, vocabulary, lang)
        elif key == "phase":
            value = _word("phase", value, vocabulary, lang)
        elif key == "participants":
            value = {actor: _word("level", level, vocabulary, lang) for actor, level in value.items()}
        result[key] = value
    return result


def _actor_name(role: str, vocabulary, lang: str) -> str:
    key = f"example.actor.{role}"
    if key in CATALOGUE:
        return text(key, lang)
    name = vocabulary.name_of("role", role, lang)
    return name[:1].upper() + name[1:]


# -- ids -----------------------------------------------------------------------------------------------------


def _renamed(data: dict[str, Any], vocabulary, lang: str) -> dict[str, Any]:
    """Step ids that say what the step is (`startnotitie`, `bewonersavond`, in `lang`) and actor
    ids after their role, renamed wherever the plan uses them (owners, participants, `after`)."""
    if data.get("choices"):
        return data  # choices name step ids in their own shapes: keep every id as generated
    data = copy.deepcopy(data)
    actors = data.get("actors", {})
    actor_ids: dict[str, str] = {}
    for actor, entry in actors.items():
        role = entry.get("role", "")
        wanted = text("example.id.officials", lang) if role == "officials" else \
            _slug(role if lang != "nl" else vocabulary.name_of("role", role, "nl"))
        actor_ids[actor] = _unique(wanted or actor, actor_ids.values())
    step_ids: dict[str, str] = {}
    for step in data.get("steps", []):
        kind = str(step.get("kind", ""))
        owner_role = actors.get(step.get("owner") or "", {}).get("role")
        keys = [k for k in (f"example.id.{kind}.{owner_role}", f"example.id.{kind}") if k in CATALOGUE]
        wanted = text(keys[0], lang) if keys else _slug(vocabulary.name_of("kind", kind, lang))
        step_ids[step["id"]] = _unique(wanted or step["id"], step_ids.values())
    data["actors"] = {actor_ids[a]: entry for a, entry in actors.items()}
    for step in data.get("steps", []):
        step["id"] = step_ids[step["id"]]
        if step.get("owner") in actor_ids:
            step["owner"] = actor_ids[step["owner"]]
        if "participants" in step:
            step["participants"] = {actor_ids.get(a, a): level for a, level in step["participants"].items()}
        if "after" in step:
            step["after"] = [step_ids.get(s, s) for s in step["after"]]
    return data


def _slug(name: str) -> str:
    """`Online enquête` -> `online-enquete`: letters, digits and hyphens, as ids are written."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _unique(wanted: str, taken) -> str:
    taken = set(taken)
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


# -- words and keys -------------------------------------------------------------------------------------------


def _knows(vocabulary, role: str) -> bool:
    try:
        vocabulary.role(role)
    except LookupError:
        return False
    return True


def _word(category: str, ident: str, vocabulary, lang: str) -> str:
    """The vocabulary word in `lang` (the plan loader reads either language)."""
    return vocabulary.name_of(category, ident, lang) if lang == "nl" else ident


def _keys(plan: dict[str, Any], lang: str) -> dict[str, Any]:
    if lang != "nl":
        return plan
    top = DUTCH["plan"]
    result: dict[str, Any] = {}
    for key, value in plan.items():
        if key == "actors":
            value = {actor: {DUTCH["actor"].get(k, k): v for k, v in entry.items()} for actor, entry in value.items()}
        elif key == "steps":
            value = [{DUTCH["step"].get(k, k): v for k, v in step.items()} for step in value]
        elif key == "choices":
            value = [{DUTCH["choice"].get(k, k): v for k, v in choice.items()} for choice in value]
        elif key == "waivers":
            value = [{DUTCH["waiver"].get(k, k): v for k, v in waiver.items()} for waiver in value]
        result[top.get(key, key)] = value
    return result
