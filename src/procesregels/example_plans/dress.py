"""Example plans as a reader meets them: titles, names, a municipality, in the reader's language.

The generator works with short ids and the canonical (English) vocabulary; a person reading an
example on a published page or in a comparison wants a plan that looks like the ones the
municipality writes: a title per step ("De raad stelt de kaders vast"), named actors
("Gemeenteraad"), and, in a Dutch text, Dutch keys (docs/spec/PLAN.md version 2) and Dutch names
for kinds, phases, roles and levels. Dressing changes no meaning: ids, order, dates and
participation stay exactly as generated, so the engine's verdict on the dressed plan is the
verdict on the generated one (callers confirm it once more on the dressed text).
"""

from __future__ import annotations

from typing import Any

from procesregels.i18n import CATALOGUE, text
from procesregels.plan.keys import DUTCH


def dressed(data: dict[str, Any], vocabulary, lang: str, title: str | None = None) -> dict[str, Any]:
    """`data` (plan data with English keys and canonical ids) with titles, names and the keys
    and vocabulary words of `lang`."""
    actors = data.get("actors", {})
    names = {actor: _actor_name(entry.get("role", ""), vocabulary, lang) for actor, entry in actors.items()}
    seen: dict[str, int] = {}
    for step in data.get("steps", []):
        seen[_root(step.get("kind", ""), vocabulary)] = seen.get(_root(step.get("kind", ""), vocabulary), 0) + 1
    plan: dict[str, Any] = {"plan": title or text("example.plan.other", lang),
                            "municipality": text("example.municipality", lang)}
    if data.get("attributes"):
        plan["attributes"] = dict(data["attributes"])
    plan["actors"] = {actor: {"role": _word("role", entry.get("role", ""), vocabulary, lang), "name": names[actor]}
                      for actor, entry in actors.items()}
    plan["steps"] = [_step(step, names, seen, vocabulary, lang) for step in data.get("steps", [])]
    for key in ("choices", "waivers"):
        if data.get(key):
            plan[key] = data[key]
    return _keys(plan, lang)


def _step(step: dict[str, Any], names: dict[str, str], seen: dict[str, int], vocabulary, lang: str) -> dict[str, Any]:
    kind = step.get("kind", "")
    root = _root(kind, vocabulary)
    title = text(f"example.step.{root}", lang) if f"example.step.{root}" in CATALOGUE else \
        text("example.step.other", lang, {"kind": vocabulary.name_of("kind", kind, lang)})
    if seen.get(root, 0) > 1 and step.get("owner") in names:
        title = text("example.step.by", lang, {"title": title, "owner": names[step["owner"]]})
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


def _root(kind: str, vocabulary) -> str:
    """The standard kind a (declared) kind falls under: its own title when there is none."""
    parent = getattr(vocabulary, "kind_parent", {})
    current, guard = kind, 0
    while current in parent and parent.get(current) and f"example.step.{current}" not in CATALOGUE and guard < 20:
        current, guard = parent[current], guard + 1
    return current


def _actor_name(role: str, vocabulary, lang: str) -> str:
    key = f"example.actor.{role}"
    if key in CATALOGUE:
        return text(key, lang)
    name = vocabulary.name_of("role", role, lang)
    return name[:1].upper() + name[1:]


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
