"""A field every participation step must have (sentences 12, 13).

    every participation step must have an owner
    elke participatiestap moet een datum hebben

Every participation step (a step with at least one participant) has the field: `owner`, or for
`date` a `date` or a `start`. One finding per step that lacks it, whether or not the step is
optional: a step that may happen still needs to be planned.

Passes: every step with participants names an owner (a date).
Fails: an optional workshop without a date.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from procesregels import i18n
from procesregels.core.vocabulary import Vocabulary
from procesregels.engine.checks._common import Hit, body_of
from procesregels.engine.graph import PlanGraph, iter_steps
from procesregels.ruleset.model import Event, FieldPresent, Rule, template_id

MODEL = FieldPresent
ID = template_id(MODEL)
#: example-plan changes (example_plans.mutate) that may break such a rule while keeping a weaker one
MUTATIONS = ("missing_field",)

MESSAGES: dict[str, dict[str, str]] = {
    f"finding.{ID}.owner": {
        "en": "'{step}' ({title}) has no owner", "nl": "'{step}' ({title}) heeft geen eigenaar",
    },
    f"finding.{ID}.date": {
        "en": "'{step}' ({title}) has no date", "nl": "'{step}' ({title}) heeft geen datum",
    },
    f"hint.{ID}.owner": {
        "en": "give '{step}' an owner: the actor responsible for it",
        "nl": "geef '{step}' een eigenaar: de actor die ervoor verantwoordelijk is",
    },
    f"hint.{ID}.date": {
        "en": "give '{step}' a date, or a start and an end",
        "nl": "geef '{step}' een datum, of een begin en een einde",
    },
    f"compare.template.{ID}.owner": {"en": "every step has an owner", "nl": "elke stap heeft een eigenaar"},
    f"compare.template.{ID}.date": {"en": "every step has a date", "nl": "elke stap heeft een datum"},
    f"explain.meaning.{ID}.owner": {"en": "{subject} has an owner.", "nl": "{subject} heeft een eigenaar."},
    f"explain.meaning.{ID}.date": {
        "en": "{subject} has a date (a date or a start).",
        "nl": "{subject} heeft een datum (een datum of een begin).",
    },
}


def check(rule: Rule, graph: PlanGraph) -> list[Hit]:
    body = body_of(rule, MODEL)
    scope = graph.participation_steps if body.kind is None else graph.steps_of(body.kind)
    hits = []
    for i in iter_steps(graph, scope):
        step = graph.steps[i]
        present = step.owner is not None if body.field == "owner" else graph.start(i) is not None
        if not present:
            hits.append(Hit(
                category="violation",
                step=step.id,
                message=f"finding.{ID}.{body.field}",
                args=(("step", step.id), ("title", step.label)),
                hint=f"hint.{ID}.{body.field}",
                hint_args=(("step", step.id),),
            ))
    return hits


# -- comparison (comparison.rules passes its aspect comparers as `tools`) -----------------------


def aspects(x: FieldPresent, y: FieldPresent, v: Vocabulary, tools: ModuleType) -> list[Any]:
    """The scope: `None` means every participation step, a kind every step of that kind."""
    if x.kind == y.kind:
        return [tools.Aspect("same", "compare.scope.same")]
    if x.kind is None or y.kind is None:
        return [tools.Aspect("?", "compare.scope.different")]
    return [tools.compare_event(Event(type="steps", kind=x.kind), Event(type="steps", kind=y.kind), v, use="before")]


def theme(body: FieldPresent, v: Vocabulary, tools: ModuleType) -> tuple:
    return (body.field,)


def theme_words(body: FieldPresent, event_words: Any) -> tuple[str, dict[str, Any]]:
    return f"compare.template.{ID}.{body.field}", {}


def meaning(body: FieldPresent, writer: Any, describe_event: Any) -> tuple[str, dict[str, Any]]:
    """The `explain` text's key and arguments."""
    subject = "explain.subject.participation" if body.kind is None else "explain.subject.kind"
    words = i18n.text(subject, writer.lang, {"kindname": writer.name("kind", body.kind or "")})
    return f"explain.meaning.{ID}.{body.field}", {"subject": words}
