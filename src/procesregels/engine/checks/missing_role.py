"""Built-in: missing roles (docs/spec/LANGUAGE.md section 7).

Every role that an applicable rule names (in WHO or as the owner of an event; not the dynamic
`participants`) that no actor of the plan can stand for: no actor has that role, a narrower or a
broader one. One finding per role, listing the rules that need it; a role already reported by a
role-present rule is not reported again. Rule id `missing-role`, severity warning.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Event, Rule
from procesregels.engine.checks._common import Hit

RULE_ID = "missing-role"


def named_roles(rule: Rule) -> set[str]:
    """The roles a rule names in WHO or as an event owner."""
    # The template's own field values: asking a model for a field it lacks (`getattr(body, "who",
    # ())`) goes through pydantic's `__getattr__` and an AttributeError, ~6 µs per rule and name.
    fields = vars(rule.body)
    roles = set(fields.get("who") or ())
    for name in ("event", "first", "second"):
        event = fields.get(name)
        if isinstance(event, Event) and event.owner is not None:
            roles.add(event.owner)
    return roles


def check(graph: PlanGraph, rules: list[Rule], already: set[str]) -> list[Hit]:
    vocabulary = graph.vocabulary
    actor_roles = {actor.role for actor in graph.plan.actors.values()}
    needed: dict[str, list[str]] = {}
    for rule in rules:
        for role in named_roles(rule):
            if role not in vocabulary.dynamic_roles:
                needed.setdefault(role, []).append(rule.id)
    hits = []
    for role in sorted(needed):
        if role in already:
            continue
        if any(vocabulary.role_covers(role, r) or vocabulary.role_covers(r, role) for r in actor_roles):
            continue
        ids = sorted(set(needed[role]), key=_natural)
        rule_ids = ", ".join(ids)
        message = "finding.missing-role" if len(ids) > 1 else "finding.missing-role.one"
        hits.append(Hit(category="missing-role", step=None, message=message,
                        args=(("role", role), ("rules", rule_ids)),
                        hint="hint.missing-role", hint_args=(("role", role),)))
    return hits


def _natural(rule_id: str) -> tuple:
    """R2 before R10."""
    import re

    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", rule_id))
