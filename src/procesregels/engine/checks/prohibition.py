"""No participation after an event (sentence 15).

    no participation after the council decides
    geen participatie nadat de raad besluit

In no execution does a participation step that gives influence (consult or higher) happen after a
step of the event. Informing people afterwards is allowed. The breach is a `late-influence`
finding at the participation step, with the variant and the chain of steps from the nearest
event step before it (the one last in the order of `after` links) to the step itself.

Passes: the only step after the decision informs residents of the outcome.
Fails: a consultation evening lists the decision in its `after`.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import Hit, body_of, last_phase_ends, undetermined_hit, witness
from procesregels.engine.graph import Execution, PlanGraph, iter_steps
from procesregels.ruleset.model import Prohibition, Rule, template_id

MODEL = Prohibition
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("extra_event_leading", "late_participation")

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}": {
        "en": "'{step}' ({title}) gives influence after '{event_step}'",
        "nl": "'{step}' ({title}) geeft invloed na '{event_step}'",
    },
    f"hint.{ID}": {
        "en": "move '{step}' before '{event_step}', or only inform people after it",
        "nl": "verplaats '{step}' naar vóór '{event_step}', of informeer daarna alleen nog",
    },
    f"compare.template.{ID}": {"en": "no participation after {event}", "nl": "geen participatie na {event}"},
    f"explain.meaning.{ID}": {
        "en": "No participation step that gives influence (consult or higher) happens after {event}.",
        "nl": "Geen participatiestap die invloed geeft (raadplegen of hoger) vindt plaats na {event}.",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    event = body_of(rule, MODEL).event
    definite, maybe = graph.event_members(event)
    if graph.event_boundary(event) == "last":
        return _after_last(rule, graph, definite, maybe)
    # Every step of the event, or its first steps: a step of the set before q means that a first
    # one is before q too (order is transitive), so both read the same here.
    hits = []
    for q in iter_steps(graph, graph.influence_steps):
        before = graph.ancestors[q]
        execution = graph.find_execution(1 << q, 0, before & definite)
        if execution is not None:
            # the event step nearest before q (last in the order of `after` links) that happens
            via = (before & definite & graph.happening(execution)).bit_length() - 1
            hits.append(_hit(graph, q, via, execution))
        elif graph.find_execution(1 << q, 0, before & maybe) is not None:
            hits.append(undetermined_hit(graph, rule.id, graph.steps[q].id, graph.missing_field(event), before & maybe))
    return hits


def _after_last(rule: Rule, graph: PlanGraph, definite: int, maybe: int) -> list[Hit]:
    """`phase P ends`: q breaks the rule when a *last* step m of the set (no step of the set
    happens after it) happens before q. Influence during the phase itself is not after its end.

    Only steps of the set outside q's ancestors can keep every such m from being last: were the
    steps of the set after m all before q, the last of them would be a last step before q. So,
    whatever the missing phases: a violation when a certain member m before q has no step of the
    set (certain or maybe) after it outside q's ancestors; undetermined when some member m has
    no certain member after it there."""
    members = definite | maybe
    hits = []
    for q in iter_steps(graph, graph.influence_steps):
        before = graph.ancestors[q]
        found = None
        if not members >> q & 1:  # q itself in the set is after every m: never after the end
            found = _last_before(graph, q, before & definite, members & ~before)
        if found is not None:
            hits.append(_hit(graph, q, found[0], found[1]))
        elif not definite >> q & 1:
            possible = _last_before(graph, q, before & members, definite & ~before)
            if possible is not None:
                m = possible[0]
                lacking = maybe & (graph.descendants[m] | before | 1 << m | 1 << q)
                hits.append(undetermined_hit(graph, rule.id, graph.steps[q].id, "phase", lacking))
    return hits


def _last_before(graph: PlanGraph, q: int, candidates: int, blocking: int) -> tuple[int, Execution] | None:
    """(m, execution): a candidate m (nearest to q first) that happens with q while no step of
    `blocking` after m happens; None when there is none."""
    rest = candidates
    while rest:  # highest position first, one at a time: the first candidate usually does
        m = rest.bit_length() - 1
        rest ^= 1 << m
        blockers = blocking & graph.descendants[m]
        if blockers & graph.always:
            continue  # a step of the set that always happens comes after m
        execution = graph.find_execution(1 << q | 1 << m, blockers)
        if execution is not None:
            return m, execution
    return None


def _hit(graph: PlanGraph, q: int, via: int, execution: Execution) -> Hit:
    step, event_step = graph.steps[q], graph.steps[via].id
    return Hit(
        category="late-influence",
        step=step.id,
        message=f"finding.{ID}",
        args=(("step", step.id), ("title", step.label), ("event_step", event_step)),
        hint=f"hint.{ID}",
        hint_args=(("step", step.id), ("event_step", event_step)),
        witness=witness(graph, execution, q, start=via),
    )


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: Prohibition, y: Prohibition, v: Vocabulary, tools: ModuleType) -> list[Any]:
    return [tools.compare_event(x.event, y.event, v, use="before")]  # nothing after it: as 'before'


def always_holds(body: Prohibition, v: Vocabulary) -> bool:
    """`no participation after phase <last phase> ends`: only steps without a phase can come after
    the last steps with one, and those leave the rule undetermined, so it never fails."""
    return last_phase_ends(body.event, v)


def theme(body: Prohibition, v: Vocabulary, tools: ModuleType) -> tuple:
    return tools.event_theme(body.event, v)


def theme_words(body: Prohibition, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}", {"event": event_words(body.event)}


def meaning(body: Prohibition, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    return f"explain.meaning.{ID}", {"event": describe_event(body.event, writer)}
