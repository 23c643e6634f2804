"""Built-in: plan problems that do not stop the check (docs/spec/LANGUAGE.md section 7).

- a step that starts before the end of a step it lists in `after` (one finding per such step;
  a step starting on the day its predecessor ends is fine: a meeting in the morning, the
  decision that evening);
- a waiver that names no rule of the ruleset (nor a built-in check).

Rule id `plan-error`, severity warning.
"""

from __future__ import annotations

from procesregels.engine.graph import PlanGraph
from procesregels.engine.checks._common import Hit
from procesregels.i18n import Listed

RULE_ID = "plan-error"
BUILT_IN_IDS = ("late-influence", "missing-role", "plan-error")


def check(graph: PlanGraph, rule_ids: set[str]) -> list[tuple[Hit, tuple]]:
    """(hit, position key) pairs: the key locates the finding in the plan file."""
    plan = graph.plan
    results: list[tuple[Hit, tuple[str | int, ...]]] = []
    for index, step in enumerate(plan.steps):
        start = step.start or step.date
        if start is None:
            continue
        early = []
        for before_id in step.after:
            if before_id not in graph.pos:
                continue
            end = graph.end(graph.pos[before_id])
            if end is not None and start < end:
                early.append(before_id)
        if early:
            key = "finding.plan-error.early-start" + (".many" if len(early) > 1 else "")  # eindigt / eindigen
            hit = Hit(category="plan-error", step=step.id, message=key,
                      args=(("step", step.id), ("title", step.label), ("before", Listed(early))),
                      hint="hint.plan-error.early-start", hint_args=(("step", step.id),))
            results.append((hit, ("steps", index)))
    for index, waiver in enumerate(plan.waivers):
        if waiver.rule not in rule_ids and waiver.rule not in BUILT_IN_IDS:
            hit = Hit(category="plan-error", step=None, message="finding.plan-error.unknown-waiver",
                      args=(("rule", waiver.rule),), hint="hint.plan-error.unknown-waiver",
                      hint_args=(("rule", waiver.rule),))
            results.append((hit, ("waivers", index, "rule")))
    return results
