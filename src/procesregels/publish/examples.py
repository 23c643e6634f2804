"""Per rule, a plan that meets it and a plan that breaks it, each confirmed by the engine.

Both are generated (example_plans), dressed as a municipality would write them, and confirmed
once more on the dressed YAML text, read by the plan loader as a user's file would be: a page
never shows a plan the engine does not agree with. A plan that meets a rule with `when`
or `unless` conditions carries the attributes that make the rule apply, and has what the rule is
about (a step of its event or kind), so "meets" is never vacuous. The candidates, the YAML layout
and the confirmation are those of `explain` (example_plans/one_rule.py and shown.py), but the page
shows a whole process, not the smallest plan, because a reader recognises a process.
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


def _meets(rule: Rule, ruleset: Ruleset, lang: str) -> Shown | None:
    from procesregels.example_plans.one_rule import meeting_candidates, no_meeting_plan
    from procesregels.example_plans.shown import confirmed
    from procesregels.example_plans.sketch import to_data

    vocabulary = ruleset.vocabulary()
    if no_meeting_plan(rule, vocabulary) is not None:
        return None
    for candidate in meeting_candidates(rule, vocabulary):
        found = confirmed(_dressed_text(to_data(candidate), rule, ruleset, lang, breaks=False), rule, ruleset, breaks=False)
        if found is not None:
            return Shown(found.text, text("publish.confirmed.meets", lang, {"rule": rule.id}))
    return None


def _breaks(rule: Rule, ruleset: Ruleset, lang: str) -> Shown | None:
    from procesregels.example_plans.one_rule import breaking_plan
    from procesregels.example_plans.shown import confirmed
    from procesregels.reporters.brief import in_titles

    try:
        data = breaking_plan(rule, ruleset.vocabulary(), ruleset)
    except Exception:  # noqa: BLE001 - an example is an extra: the page says none was found
        return None
    if data is None:
        return None
    found = confirmed(_dressed_text(data, rule, ruleset, lang, breaks=True), rule, ruleset, breaks=True)
    if found is None or found.finding is None:
        return None
    finding = in_titles(text(found.finding.message, lang, found.finding.args), found.plan)
    return Shown(found.text, text("publish.confirmed.breaks", lang, {"rule": rule.id, "finding": finding}))


def _dressed_text(data: dict, rule: Rule, ruleset: Ruleset, lang: str, *, breaks: bool) -> str:
    """The whole process dressed in `lang` (titles, a municipality, the report's words), written as
    `explain` writes its plans; unlike `explain`, the site shows no undressed plan."""
    from procesregels.example_plans.dress import dressed
    from procesregels.example_plans.shown import one_rule_title, plan_yaml

    vocabulary = ruleset.vocabulary()
    return plan_yaml(dressed(data, vocabulary, lang, one_rule_title(rule, lang, breaks=breaks)))
