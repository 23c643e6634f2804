"""One module per rule template (docs/spec/LANGUAGE.md section 5), and the built-in checks (section 7).

A template module is the one home of its template; everything else asks it for its parts:

- `MODEL` (the body class of `ruleset.model`, whose `template` discriminator is the template's
  id: the ruleset stage parses rules without the engine, so the id is written there once) and
  `ID`, read from it;
- `MESSAGES`: its finding, hint, comparison and explanation texts in English and Dutch,
  registered into the catalogue (`i18n.text`) when the module is imported;
- `check(rule, graph) -> list[Hit]`: the check; the module docstring is the template's
  documentation (what it checks, a passing and a failing example), which `explain` prints;
- `aspects`, `theme` (and optionally `related`, `weaker_forms`), `theme_words`: how two rules of
  the template are compared; comparison passes its aspect comparers in, so this stage never
  imports comparison code (and `lint` does not load it);
- `meaning`: the key and arguments of its `explain` text;
- `MUTATIONS`: the names of the example-plan changes (example_plans.mutate) that may break it.

Checks ask `graph.PlanGraph` their questions; they do not walk the plan themselves.
"""

from __future__ import annotations

from types import ModuleType

from procesregels import i18n
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

#: the template modules, in the order of docs/spec/LANGUAGE.md section 5
TEMPLATES: tuple[ModuleType, ...] = (
    involvement_before, involvement_anywhere, influence_by_phase, event_before, response, duration,
    lead_time, field_present, role_present, prohibition,
)

#: template id (ruleset.model.TEMPLATE_NAMES) -> its module
REGISTRY: dict[str, ModuleType] = {module.ID: module for module in TEMPLATES}

for _module in TEMPLATES:
    i18n.register(_module.MESSAGES)

#: built-in rule id -> its check module (each with its own `check` signature)
BUILT_INS: dict[str, ModuleType] = {
    "late-influence": late_influence,
    "missing-role": missing_role,
    "plan-error": plan_errors,
}
