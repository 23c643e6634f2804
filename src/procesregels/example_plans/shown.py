"""Example plans as a reader sees them in `explain`, `compare` and the published site: dressed in
the report's language (dress.py) and confirmed once more on the very text that is shown.

The search (build.py) confirms a plan written with ids and the English vocabulary. What a
report prints is another text: Dutch keys and words in a Dutch report, titles, names, readable
ids. That text is read back by the plan loader, as a user's saved copy would be, and run
through the engine again; only when the engine says exactly what it said of the searched plan
(the same side passes, the same rules fail) is the dressed text shown. Otherwise the searched
plan is shown as it was confirmed: never a plan the engine did not agree with.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import yaml

from procesregels.comparison.compare import Comparison, Example
from procesregels.i18n import text
from procesregels.ruleset.model import Rule, Ruleset

if TYPE_CHECKING:
    from procesregels.engine.findings import Finding
    from procesregels.plan.model import Plan


class _Flow(dict):
    """A mapping written on one line: `raad: {rol: raad, naam: Gemeenteraad}`."""


class _FlowList(list):
    """A list written on one line: `na: [kaders]`."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def plan_yaml(data: dict[str, Any]) -> str:
    """YAML the way the plans of a municipality are written (examples/*.yaml): one key per line,
    an actor and a step's participants and predecessors on one line each."""
    shaped: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and all(isinstance(v, dict) for v in value.values()):
            value = {name: _Flow(entry) for name, entry in value.items()}  # actors / actoren
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            value = [{k: _Flow(v) if isinstance(v, dict) else _FlowList(v) if isinstance(v, list) else v
                      for k, v in entry.items()} for entry in value]  # steps / stappen, choices, waivers
        elif isinstance(value, dict):
            value = _Flow(value)  # attributes / kenmerken
        shaped[key] = value
    return yaml.dump(shaped, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def is_vacuous(data: dict[str, Any]) -> bool:
    """A plan without steps: it meets a ruleset only because nothing happens in it, so a report
    says so in words rather than showing `steps: []` as a plan that meets the ruleset."""
    return not data.get("steps")


def loaded(yaml_text: str, ruleset: Ruleset):
    """The plan text read as a user's file, with the ruleset's names (None: it does not load)."""
    from procesregels.errors import ProcesregelsError
    from procesregels.plan.loader import parse_plan

    try:
        return parse_plan(yaml_text, "voorbeeld.yaml", ruleset.vocabulary())
    except ProcesregelsError:
        return None


def checked(yaml_text: str, ruleset: Ruleset):
    """(the plan, the engine's report of `ruleset` on it) for the plan text read as a user's file;
    None when it does not load or the engine fails on it."""
    from procesregels.engine.run import lint_plan

    plan = loaded(yaml_text, ruleset)
    if plan is None:
        return None
    try:
        return plan, lint_plan(ruleset, plan)
    except Exception:  # noqa: BLE001 - an engine fault on a shown plan means: do not show it
        return None


def errors_of(yaml_text: str, ruleset: Ruleset):
    """The error findings (not waived) of the whole ruleset on the plan text; None when it does
    not load or the engine fails on it."""
    result = checked(yaml_text, ruleset)
    if result is None:
        return None
    return [f for f in result[1].findings if f.severity == "error" and not f.waived]


# -- compare -----------------------------------------------------------------------------------------------


def shown_comparison(comparison: Comparison, lang: str) -> Comparison:
    """The comparison with each example plan dressed in `lang` where the engine confirms the
    dressed text (see the module docstring)."""
    from procesregels.comparison.compare import merged_vocabulary

    if not comparison.examples:
        return comparison
    vocabulary = merged_vocabulary(comparison.a, comparison.b)
    return replace(comparison, examples=tuple(_shown(e, comparison, vocabulary, lang) for e in comparison.examples))


def sides(example: Example, comparison: Comparison) -> tuple[Ruleset, Ruleset]:
    """(the ruleset the example passes, the one it fails)."""
    return (comparison.a, comparison.b) if example.passes == "a" else (comparison.b, comparison.a)


def compare_title(example: Example, comparison: Comparison, lang: str) -> str:
    from procesregels.comparison.render import ruleset_name

    passing, failing = sides(example, comparison)
    return text("example.plan.compare", lang, {"name_pass": ruleset_name(passing), "name_fail": ruleset_name(failing)})


def texts(data: dict[str, Any], vocabulary, lang: str, title: str) -> list[str]:
    """The texts to try, the most natural first: dressed and made realistic (dress.realistic: the
    usual owners, then the second usual ones; idle actors dropped, then kept), dressed only, and
    the plan as the search confirmed it."""
    from procesregels.example_plans.dress import dressed, realistic

    tried = [plan_yaml(dressed(realistic(data, vocabulary, choice, prune), vocabulary, lang, title))
             for choice in (0, 1) for prune in (True, False)]
    tried += [plan_yaml(dressed(data, vocabulary, lang, title)), plan_yaml(data)]
    return list(dict.fromkeys(tried))


def _shown(example: Example, comparison: Comparison, vocabulary, lang: str) -> Example:
    if is_vacuous(example.plan):
        return example  # said in words by the renderers; nothing to dress
    passing, failing = sides(example, comparison)
    rule = example.a_rule if example.fails == "a" else example.b_rule
    for shown in texts(example.plan, vocabulary, lang, compare_title(example, comparison, lang)):
        passed, broken = errors_of(shown, passing), errors_of(shown, failing)
        if passed is None or passed or broken is None:
            continue
        if tuple(sorted({f.rule for f in broken})) != tuple(example.failing_rules):
            continue
        findings = tuple((f.message, f.args) for f in broken if f.rule == rule)
        return replace(example, shown=shown, findings=findings or example.findings)
    return example


# -- explain and publish: one rule -------------------------------------------------------------------------


@dataclass(frozen=True)
class Confirmed:
    """A plan text the engine agreed with: the text, the plan read from it as a user's file, and
    the rule's first breach on it when the plan breaks the rule (None when it meets it)."""

    text: str
    plan: Plan
    finding: Finding | None


def one_rule_title(rule: Rule, lang: str, *, breaks: bool) -> str:
    """The title of a plan that meets `rule`, or breaks it."""
    return text("example.plan.breaks" if breaks else "example.plan.meets", lang, {"rule": rule.id})


def confirmed(shown: str, rule: Rule, ruleset: Ruleset, *, breaks: bool) -> Confirmed | None:
    """The plan text confirmed by the engine on a ruleset of `rule` alone, as an error, with
    `ruleset`'s names; None when it does not load or the engine does not agree.

    Breaks: a finding of the rule that is a breach (not undetermined). Meets: the rule applied and
    passed (not "not applicable", no finding, not even an undetermined one) and the plan does not
    fail. On a ruleset of the rule alone this is exactly "no finding of the rule and no rule not
    applicable" as well: the built-in checks never report an error (docs/decisions.md)."""
    from procesregels.example_plans.one_rule import alone

    result = checked(shown, alone(rule, ruleset))
    if result is None:
        return None
    plan, report = result
    if breaks:
        breaches = [f for f in report.findings if f.rule == rule.id and f.category != "undetermined"]
        return Confirmed(shown, plan, breaches[0]) if breaches else None
    status = next((r.status for r in report.rules if r.rule == rule.id), None)
    return Confirmed(shown, plan, None) if status == "passed" and not report.failed else None


def one_rule_text(data: dict[str, Any], rule: Rule, ruleset: Ruleset, lang: str, *, breaks: bool) -> Confirmed | None:
    """A plan of `explain` (one_rule.py: it meets `rule`, or breaks it) as YAML in `lang`, the
    first of `texts` that is `confirmed`; None when no text is confirmed."""
    title = one_rule_title(rule, lang, breaks=breaks)
    for shown in texts(data, ruleset.vocabulary(), lang, title):
        found = confirmed(shown, rule, ruleset, breaks=breaks)
        if found is not None:
            return found
    return None
