"""Influence no later than a phase (sentence 5).

    businesses must have influence in phase exploration or earlier
    ondernemers moeten invloed hebben in fase verkenning of eerder

Every execution has a step that involves WHO at level consult or higher and whose phase is the
given phase or an earlier one. A step without a phase might count: when only such steps could
save the rule, it is undetermined (the finding names the steps that lack a phase).

Passes: businesses are consulted in an exploration-phase survey that always happens.
Fails: in one option of a choice, businesses are consulted only in the design phase (or not at
all). The finding is about the plan as a whole, with that variant.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import Hit, audiences, body_of, judge, plan_breach, undetermined_hit, who_args
from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import InfluenceByPhase, InvolvementAnywhere, Rule, template_id

MODEL = InfluenceByPhase
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("late_phase", "kill_involvement")

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}": {
        "en": "in some variant of the plan, {roles} have no influence in phase {phase} or earlier",
        "nl": "in een variant van het plan hebben {roles} geen invloed in fase {phase} of eerder",
    },
    f"finding.{ID}.participant": {
        "en": "in some variant of the plan, participant '{actor}' has no influence in phase {phase} or earlier",
        "nl": "in een variant van het plan heeft deelnemer '{actor}' geen invloed in fase {phase} of eerder",
    },
    f"hint.{ID}": {
        "en": "consult {roles} (or more) in phase {phase} or earlier, in a step that happens in every variant",
        "nl": "raadpleeg {roles} (of meer) in fase {phase} of eerder, in een stap die in elke variant plaatsvindt",
    },
    f"hint.{ID}.participant": {
        "en": "consult '{actor}' (or a broader group) in phase {phase} or earlier, in a step that happens in every variant",
        "nl": "raadpleeg '{actor}' (of een bredere groep) in fase {phase} of eerder, in een stap die in elke variant plaatsvindt",
    },
    f"compare.template.{ID}": {"en": "influence by a phase", "nl": "invloed uiterlijk in een fase"},
    f"explain.meaning.{ID}": {
        "en": "{who} must have influence (level consult or higher) in phase {phasename} or an earlier phase, "
        "in every way the plan can run.",
        "nl": "{who} moeten invloed hebben (niveau raadplegen of hoger) in fase {phasename} of een eerdere fase, "
        "in elke manier waarop het plan kan lopen.",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    early = graph.phase_at_most(body.phase)
    groups = audiences(graph, body.who, graph.vocabulary.influence_from, body.themselves)
    verdict = judge(graph, None, groups, lambda fulfil: (fulfil & early, fulfil & graph.maybe_phase))
    if verdict is None:
        return []
    if verdict.category == "undetermined":
        return [undetermined_hit(graph, rule.id, None, "phase", verdict.unknown)]
    args = who_args(body.who, None, verdict.actor) + (("phase", body.phase),)
    return [plan_breach(graph, ID, verdict, args)]


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: InfluenceByPhase, y: InfluenceByPhase, v: Vocabulary, tools: ModuleType) -> list[Any]:
    return [tools.compare_who(x, y, v), tools.compare_phase(x.phase, y.phase, v)]


def theme(body: InfluenceByPhase, v: Vocabulary, tools: ModuleType) -> tuple:
    return ()


def weaker_forms(body: InfluenceByPhase) -> tuple[InvolvementAnywhere, ...]:
    """Rules of other templates this one always implies (for proofs): influence means
    involvement at level consult somewhere."""
    return (InvolvementAnywhere(who=body.who, level="consult"),)


def theme_words(body: InfluenceByPhase, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {}


def meaning(body: InfluenceByPhase, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"who": writer.who_of(body), "phasename": writer.name("phase", body.phase)}
