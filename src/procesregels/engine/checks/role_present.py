"""A role the plan must include (sentence 14).

    the plan must include youth
    het plan moet jongeren bevatten

The plan has an actor whose role is that role or a narrower one (an actor of all residents does
not count for youth: it is broader). Its breach is a `missing-role` finding about the plan.

Passes: the plan has an actor `jongerenraad: {role: youth}`.
Fails: the plan only has `bewoners: {role: residents}`.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import Hit, body_of
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import RolePresent, Rule, template_id

MODEL = RolePresent
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("without_role",)

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}": {
        "en": "the plan has no actor with role {role} (or a narrower role)",
        "nl": "het plan heeft geen actor met de rol {role} (of een smallere rol)",
    },
    f"hint.{ID}": {
        "en": "add an actor with role {role} and involve it in the process",
        "nl": "voeg een actor met de rol {role} toe en betrek die bij het proces",
    },
    f"compare.template.{ID}": {"en": "a group is in the plan", "nl": "een groep staat in het plan"},
    f"explain.meaning.{ID}": {
        "en": "The plan has an actor with the role {rolename} or a narrower role.",
        "nl": "Het plan heeft een actor met de rol {rolename} of een smallere rol.",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    role = body_of(rule, MODEL).role
    if any(graph.vocabulary.role_covers(role, actor.role) for actor in graph.plan.actors.values()):
        return []
    return [Hit(
        category="missing-role",
        step=None,
        message=f"finding.{ID}",
        args=(("role", role),),
        hint=f"hint.{ID}",
        hint_args=(("role", role),),
    )]


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: RolePresent, y: RolePresent, v: Vocabulary, tools: ModuleType) -> list[Any]:
    """A narrower role is stricter: `youth` is met by fewer actors than `residents`."""
    a, b = x.role, y.role
    if a == b:
        return [tools.Aspect("same", "compare.role.same", (("role", a),))]
    if v.role_covers(b, a):
        return [tools.Aspect("a", "compare.role.narrower", (("role_x", a), ("role_y", b)))]
    if v.role_covers(a, b):
        return [tools.Aspect("b", "compare.role.narrower", (("role_x", b), ("role_y", a)))]
    return [tools.Aspect("?", "compare.role.different", (("role_a", a), ("role_b", b)))]


def theme(body: RolePresent, v: Vocabulary, tools: ModuleType) -> tuple:
    return ()


def related(x: RolePresent, y: RolePresent, v: Vocabulary, tools: ModuleType) -> bool:
    """Rules about related roles (one covers the other) are about the same point."""
    return bool(tools.who_related((x.role,), (y.role,), v))


def theme_words(body: RolePresent, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {}


def meaning(body: RolePresent, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"rolename": writer.name("role", body.role)}
