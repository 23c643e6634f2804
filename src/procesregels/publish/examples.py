"""Per rule, a plan that meets it and a plan that breaks it, each confirmed by the engine.

Both are generated (example_plans), dressed as a municipality would write them, and confirmed
once more on the dressed YAML text, read by the plan loader as a user's file would be: a page
never shows a plan the engine does not agree with. A plan that meets a rule with `when`
or `unless` conditions carries the attributes that make the rule apply, and has what the rule is
about (a step of its event or kind), so "meets" is never vacuous: the candidates and the test are
those of `explain` (example_plans/one_rule.py), but the page shows a whole process, not the
smallest plan, because a reader recognises a process.
"""

from __future__ import annotations

from dataclasses import dataclass

from procesregels.i18n import text
from procesregels.ruleset.model import Rule, Ruleset


@dataclass(frozen=True)
class Shown:
    """An example plan as YAML and what the engine says about it."""

    yaml: str
    verdict: str  # the sentence that confirms it


def examples(rule: Rule, ruleset: Ruleset, lang: str) -> tuple[Shown | None, Shown | None]:
    """(meets, breaks) for `rule`; None where no confirmed example was found."""
    return _meets(rule, ruleset, lang), _breaks(rule, ruleset, lang)


def _alone(rule: Rule, ruleset: Ruleset) -> Ruleset:
    return Ruleset(title="publish", declarations=ruleset.declarations,
                   rules=(rule.model_copy(update={"severity": "error"}),))


def block_yaml(data: dict) -> str:
    """YAML in block style: one key per line reads best for a non-programmer."""
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def _findings(yaml_text: str, rule: Rule, ruleset: Ruleset):
    """The engine's findings of the rule on the plan text, or None when the text does not load."""
    from procesregels.engine.run import lint_plan
    from procesregels.errors import ProcesregelsError
    from procesregels.plan.loader import parse_plan

    vocabulary = ruleset.vocabulary()
    try:
        plan = parse_plan(yaml_text, "voorbeeld.yaml", vocabulary)
    except ProcesregelsError:
        return None
    alone = _alone(rule, ruleset)
    statuses = lint_plan(alone, plan)
    return [f for f in statuses.findings if f.rule == rule.id], statuses.not_applicable


def _meets(rule: Rule, ruleset: Ruleset, lang: str) -> Shown | None:
    from procesregels.example_plans.dress import dressed
    from procesregels.example_plans.one_rule import meeting_candidates, no_meeting_plan
    from procesregels.example_plans.sketch import to_data

    vocabulary = ruleset.vocabulary()
    if no_meeting_plan(rule, vocabulary) is not None:
        return None
    for candidate in meeting_candidates(rule, vocabulary):
        data = dressed(to_data(candidate), vocabulary, lang, text("example.plan.meets", lang, {"rule": rule.id}))
        shown = block_yaml(data)
        result = _findings(shown, rule, ruleset)
        if result is None:
            continue
        findings, not_applicable = result
        if not findings and not not_applicable:  # a plan the rule does not apply to would prove nothing
            return Shown(shown, text("publish.confirmed.meets", lang, {"rule": rule.id}))
    return None


def _breaks(rule: Rule, ruleset: Ruleset, lang: str) -> Shown | None:
    from procesregels.example_plans.one_rule import breaking_plan
    from procesregels.example_plans.dress import dressed
    from procesregels.reporters.brief import in_titles

    vocabulary = ruleset.vocabulary()
    try:
        data = breaking_plan(rule, vocabulary, ruleset)
    except Exception:  # noqa: BLE001 - an example is an extra: the page says none was found
        return None
    if data is None:
        return None
    shown = block_yaml(dressed(data, vocabulary, lang, text("example.plan.breaks", lang, {"rule": rule.id})))
    result = _findings(shown, rule, ruleset)
    if result is None:
        return None
    findings = [f for f in result[0] if f.category != "undetermined"]
    if not findings:
        return None
    from procesregels.plan.loader import parse_plan

    plan = parse_plan(shown, "voorbeeld.yaml", vocabulary)
    finding = in_titles(text(findings[0].message, lang, findings[0].args), plan)
    return Shown(shown, text("publish.confirmed.breaks", lang, {"rule": rule.id, "finding": finding}))
