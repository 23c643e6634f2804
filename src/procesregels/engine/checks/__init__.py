"""One module per rule template (docs/spec/LANGUAGE.md section 5), and the built-in checks (section 7).

Each template module has `check(rule, graph) -> list[Hit]`; its docstring is the template's
documentation (what it checks, a passing and a failing example), which `explain` prints.
Checks ask `graph.PlanGraph` their questions; they do not walk the plan themselves.
"""

from __future__ import annotations

from types import ModuleType

from procesregels.engine.checks import (
    duration,
    event_before,
    field_present,
    influence_by_phase,
    involvement_anywhere,
    involvement_before,
    late_influence,
    lead_time,
    missing_role,
    plan_errors,
    prohibition,
    response,
    role_present,
)

#: template name (rules.TEMPLATE_NAMES) -> its check module
REGISTRY: dict[str, ModuleType] = {
    "involvement-before": involvement_before,
    "involvement-anywhere": involvement_anywhere,
    "influence-by-phase": influence_by_phase,
    "event-before": event_before,
    "response": response,
    "duration": duration,
    "lead-time": lead_time,
    "field-present": field_present,
    "role-present": role_present,
    "prohibition": prohibition,
}

#: built-in rule id -> its check module (each with its own `check` signature)
BUILT_INS: dict[str, ModuleType] = {
    "late-influence": late_influence,
    "missing-role": missing_role,
    "plan-error": plan_errors,
}
