"""Involvement anywhere in the process (sentences 4, 17).

    youth must be consulted
    jongeren moeten geraadpleegd worden

Every execution of the plan has a step that involves WHO at LEVEL or higher.

Passes: a youth panel (or a consultation of all residents, which covers youth) happens in every
variant of the plan.
Fails: the only such step is optional or sits in one option of a choice. The finding is about the
plan as a whole, with the variant of the plan in which nobody reaches WHO.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import Hit, audiences, body_of, judge, plan_breach, who_args
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import InvolvementAnywhere, Rule, template_id

MODEL = InvolvementAnywhere
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("kill_involvement",)

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}": {
        "en": "in some variant of the plan, {roles} are never involved at level {level} or higher",
        "nl": "in een variant van het plan worden {roles} nooit op niveau {level} of hoger betrokken",
    },
    f"finding.{ID}.participant": {
        "en": "in some variant of the plan, participant '{actor}' is never involved at level {level} or higher",
        "nl": "in een variant van het plan wordt deelnemer '{actor}' nooit op niveau {level} of hoger betrokken",
    },
    f"hint.{ID}": {
        "en": "involve {roles} at level {level} or higher in a step that happens in every variant of the plan",
        "nl": "betrek {roles} op niveau {level} of hoger in een stap die in elke variant van het plan plaatsvindt",
    },
    f"hint.{ID}.participant": {
        "en": "involve '{actor}' (or a broader group) at level {level} or higher in a step that happens in every variant",
        "nl": "betrek '{actor}' (of een bredere groep) op niveau {level} of hoger in een stap die in elke variant plaatsvindt",
    },
    f"compare.template.{ID}": {"en": "involvement in the process", "nl": "betrokkenheid in het proces"},
    f"explain.meaning.{ID}": {
        "en": "In every way the plan can run, some step involves {who} at level {levelname} or higher.",
        "nl": "In elke manier waarop het plan kan lopen, betrekt een stap {who} op niveau {levelname} of hoger.",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    verdict = judge(graph, None, audiences(graph, body.who, body.level, body.themselves), lambda fulfil: (fulfil, 0))
    if verdict is None:
        return []
    args = who_args(body.who, body.level, verdict.actor)
    return [plan_breach(graph, ID, verdict, args)]


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: InvolvementAnywhere, y: InvolvementAnywhere, v: Vocabulary, tools: ModuleType) -> list[Any]:
    return [tools.compare_who(x, y, v), tools.compare_level(x.level, y.level, v)]


def theme(body: InvolvementAnywhere, v: Vocabulary, tools: ModuleType) -> tuple:
    return ()


def theme_words(body: InvolvementAnywhere, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {}


def meaning(body: InvolvementAnywhere, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"who": writer.who_of(body), "levelname": writer.level(body.level)}
