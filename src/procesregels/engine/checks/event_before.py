"""One event before another (sentence 6).

    the council must set frames before participation starts
    de raad moet kaders vaststellen voordat participatie start

For every step Y of the second event that happens, a step X of the first event happens and is
before Y. With `participation starts` the second event is every participation step that gives
influence; with `phase P starts` every step in P or later.

Passes: the council's frames step is in the `after` chain of every consultation.
Fails: a consultation can start without the frames (it does not depend on them, or the frames
step is optional). The finding is at that step, with the variant and the chain to it.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.ruleset.model import Event, Rule
from procesregels.engine.checks._common import Audience, Hit, judge, step_breach, triggers


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = rule.body
    first, first_maybe = graph.event_members(body.first)
    groups = [Audience(None, 0, None)]
    variant, args = describe(body.first)
    hits = []
    for trigger in triggers(graph, body.second):
        y = trigger.step
        before = graph.ancestors[y]
        verdict = judge(graph, trigger, groups, lambda _: (before & first, before & first_maybe))
        if verdict is not None:
            hits.append(step_breach(graph, rule, f"event-before.{variant}", y, verdict, args, field="phase",
                                    hint_key="event-before"))
    return hits


def describe(event: Event) -> tuple[str, tuple]:
    """Which message names the first event, and its arguments."""
    if event.type == "steps":
        if event.owner is not None:
            return "owned", (("kind", event.kind), ("role", event.owner))
        return "steps", (("kind", event.kind),)
    if event.type == "participation":
        return "participation", ()
    return event.type, (("phase", event.phase),)
