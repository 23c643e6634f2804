"""The content of the documents an officer sends on: the Word report and the Markdown for a
raadsinformatiebrief. Both say the same things in the same order; only the markup differs.

- a header: plan, municipality, ruleset name and version, the date of the check;
- the steps as a table, by title (never by id), with dates, owner and who takes part at which level;
- every rule of the ruleset with its status: met, breached (article, the steps in words, what to
  change), cannot be decided yet (what is missing), not applicable (why), deviation accepted (reason);
- the built-in remarks (late influence, missing groups, problems in the plan).

The date of the check is today's date, unless SOURCE_DATE_EPOCH is set (as reproducible builds
do): then it is that moment's date in UTC, so the same input gives the same document.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any, Mapping

from procesregels.engine.findings import Finding, PlanReport, Report, Witness
from procesregels.i18n import date_words, text
from procesregels.reporters import common

STATUS_ORDER = ("breached", "undetermined", "waived", "passed", "not-applicable")


def check_date(environ: Mapping[str, str] | None = None) -> dt.date:
    """The date of the check: SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set, else today."""
    values = os.environ if environ is None else environ
    epoch = (values.get("SOURCE_DATE_EPOCH") or "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.datetime.now(tz=dt.timezone.utc).date()


@dataclass(frozen=True)
class StepRow:
    number: int
    title: str
    dates: str
    owner: str
    participants: str
    optional: bool


@dataclass(frozen=True)
class RuleRow:
    """One rule of the ruleset and what became of it on the plan."""

    rule: str
    title: str
    article: str
    status: str  # one of STATUS_ORDER
    reason: str  # not applicable: why; waived: the accepted reason; otherwise empty
    findings: tuple[Finding, ...]


def step_rows(plan_report: PlanReport, vocabulary, lang: str) -> list[StepRow]:
    """The plan's steps in plan order, with titles and names the reader knows."""
    plan = plan_report.plan
    if plan is None:
        return []
    rows = []
    for number, step in enumerate(plan.steps, start=1):
        who = [f"{actor_name(plan, actor, vocabulary, lang)}: {vocabulary.name_of('level', level, lang)}"
               for actor, level in sorted(step.participants.items())]
        owner = actor_name(plan, step.owner, vocabulary, lang) if step.owner else text("brief.no_owner", lang)
        rows.append(StepRow(number, " ".join(step.label.split()), step_dates(step, lang), owner,
                            "; ".join(who) or text("brief.nobody", lang), step.optional))
    return rows


def step_dates(step, lang: str) -> str:
    start, end = step.start or step.date, step.end or step.date
    if start is None:
        return text("brief.no_dates", lang)
    if end is None or end == start:
        return date_words(start, lang)
    return f"{date_words(start, lang)} – {date_words(end, lang)}"


def actor_name(plan, actor_id: str, vocabulary, lang: str) -> str:
    actor = plan.actors.get(actor_id)
    if actor is None:
        return vocabulary.name_of("role", actor_id, lang) if actor_id in vocabulary.role_parent else actor_id
    if actor.name:
        return actor.name
    return vocabulary.name_of("role", actor.role, lang)


#: The engine's own checks: their findings are remarks, not rules of the ruleset.
BUILT_IN = ("late-influence", "missing-role", "plan-error")


def rule_rows(report: Report, plan_report: PlanReport) -> list[RuleRow]:
    """Every rule that was run on the plan, with its status, in ruleset order (rules that only
    the findings name, for a report without its ruleset, follow in order of their findings)."""
    lang = report.lang
    found: dict[str, list[Finding]] = {}
    for finding in common.sorted_findings(plan_report.findings):
        if finding.rule not in BUILT_IN:
            found.setdefault(finding.rule, []).append(finding)
    engine_statuses = {status.rule: status for status in getattr(plan_report, "rules", ())}
    ruleset = report.ruleset
    rules = list(getattr(ruleset, "rules", ()))
    known_ids = {rule.id for rule in rules}
    rows = []
    for rule in rules:
        findings = tuple(found.get(rule.id, ()))
        known = engine_statuses.get(rule.id)
        status = known.status if known is not None else _status(rule, findings, plan_report, ruleset)
        reason = ""
        if status == "not-applicable":
            reason = _why_not(rule, plan_report.plan, ruleset, lang)
        elif status == "waived":
            reason = next((f.waiver_reason or "" for f in findings if f.waived), "")
        elif known is not None and known.missing:  # which attributes the plan should give
            reason = common.status_reason(known, report, plan_report, lang) or ""
        rows.append(RuleRow(rule.id, rule.title, rule.source or "", status, reason, findings))
    for rule_id, listed in found.items():
        if rule_id in known_ids:
            continue
        first = listed[0]
        status = _status(None, tuple(listed), plan_report, ruleset)
        reason = next((f.waiver_reason or "" for f in listed if f.waived), "") if status == "waived" else ""
        rows.append(RuleRow(rule_id, first.title, first.source or "", status, reason, tuple(listed)))
    return rows


def _status(rule, findings: tuple[Finding, ...], plan_report: PlanReport, ruleset) -> str:
    """The status of a rule from its findings, for a report made before the engine gave statuses."""
    from procesregels.engine.conditions import rule_truth

    plan = plan_report.plan
    if findings:
        if all(f.waived for f in findings):
            return "waived"
        open_findings = [f for f in findings if not f.waived]
        return "undetermined" if all(f.category == "undetermined" for f in open_findings) else "breached"
    if rule is not None and plan is not None and rule_truth(rule, plan.attributes, ruleset.vocabulary()).value is not True:
        return "not-applicable"
    return "passed"


def _why_not(rule, plan, ruleset, lang: str) -> str:
    """The clause that decided that the rule does not apply, and the plan's value for it."""
    from procesregels.engine.conditions import rule_truth
    from procesregels.ruleset.sentences import SentenceWriter

    if plan is None:
        return ""
    vocabulary = ruleset.vocabulary()
    verdict = rule_truth(rule, plan.attributes, vocabulary)
    if verdict.value is True or not verdict.clauses:
        return ""
    writer = SentenceWriter(vocabulary, lang, ruleset)
    clause = verdict.clauses[0]
    in_unless = rule.unless is not None and clause in _literals(rule.unless)
    literal = _literals(rule.unless if in_unless else rule.when).get(clause, clause)
    condition = writer.expression(literal)
    value = _attribute_value(plan.attributes, clause.attribute)
    if value is None:
        return text("brief.unless_missing" if in_unless else "brief.when_missing", lang, {"condition": condition})
    return text("brief.unless_true" if in_unless else "brief.when_false", lang, {"condition": condition, "value": str(value)})


def _literals(expression) -> dict:
    """Each clause of a condition -> the clause as written (with its `not`)."""
    from procesregels.ruleset.model import Condition, Not

    if expression is None:
        return {}
    if isinstance(expression, Condition):
        return {expression: expression}
    if isinstance(expression, Not) and isinstance(expression.part, Condition):
        return {expression.part: expression}
    parts = expression.parts if hasattr(expression, "parts") else (expression.part,)
    found: dict = {}
    for part in parts:
        for clause, literal in _literals(part).items():
            found.setdefault(clause, literal)
    return found


def _attribute_value(attributes: dict[str, Any], name: str) -> Any:
    from procesregels.core.vocabulary import normalize

    for key, value in attributes.items():
        if key == name or normalize(str(key)) == normalize(name):
            return value
    return None


def remarks(report: Report, plan_report: PlanReport) -> list[Finding]:
    """Findings of the built-in checks (not rules of the ruleset): late influence, missing groups."""
    return [f for f in common.sorted_findings(plan_report.findings) if f.rule in BUILT_IN]


def outcome(rows: list[RuleRow], remarks_: list[Finding]) -> str:
    """`failed`, `warned`, `warned_open`, `open` or `passed`: the sentence that opens the document.
    A rule breached as a warning is no error, but it is not "met" either, nor undecided."""
    if any(row.status == "breached" and any(f.severity == "error" and not f.waived for f in row.findings) for row in rows) \
            or any(f.severity == "error" and not f.waived for f in remarks_):
        return "failed"
    warned = any(row.status == "breached" for row in rows)
    undecided = any(row.status == "undetermined" for row in rows)
    if warned:
        return "warned_open" if undecided else "warned"
    return "open" if undecided else "passed"


def counts(rows: list[RuleRow]) -> dict[str, int]:
    result = {status.replace("-", "_"): 0 for status in STATUS_ORDER}
    for row in rows:
        result[row.status.replace("-", "_")] += 1
    return result


def in_titles(value: str, plan) -> str:
    """A message with step and actor ids replaced by their titles and names: `'enquete' (Online
    enquête)` and `'enquete'` both become `‘Online enquête’`."""
    if plan is None:
        return value
    for step in sorted(plan.steps, key=lambda s: -len(s.id)):
        label = " ".join(step.label.split())
        bracketed = step.label.replace("(", "[").replace(")", "]")  # as a message writes a title with brackets
        for shown in (step.label, bracketed):
            value = value.replace(f"'{step.id}' ({shown})", f"‘{label}’")
        value = value.replace(f"'{step.id}'", f"‘{label}’")
    for actor_id, actor in sorted(plan.actors.items(), key=lambda item: -len(item[0])):
        if actor.name:
            value = value.replace(f"'{actor_id}'", f"‘{actor.name}’")
    return value


def message(finding: Finding, plan, lang: str) -> str:
    return in_titles(common.message(finding, lang), plan)


def change(finding: Finding, plan, lang: str) -> str:
    hint = common.hint(finding, lang)
    return in_titles(hint, plan) if hint else ""


def course(finding: Finding, plan, lang: str) -> str:
    """The steps that show the breach, by title, with the variant of the plan they happen in."""
    witness = finding.witness
    if witness is None or not (witness.path or witness.choices or witness.skipped):
        return ""
    titles = {step.id: " ".join(step.label.split()) for step in plan.steps} if plan is not None else {}
    named = lambda steps: tuple(titles.get(step, step) for step in steps)  # noqa: E731
    titled = Witness(choices=tuple((choice, named(option)) for choice, option in witness.choices),
                     skipped=named(witness.skipped), path=named(witness.path))
    path = " → ".join(titled.path)
    condition = common.witness_condition(titled, lang) or ""
    if condition and not path:
        return condition.rstrip(":")
    return f"{condition} {path}".strip()


def vocabulary_of(report: Report):
    if report.ruleset is not None and hasattr(report.ruleset, "vocabulary"):
        return report.ruleset.vocabulary()
    from procesregels.core.vocabulary import standard

    return standard()


def ruleset_line(report: Report, lang: str) -> str:
    if report.ruleset_version:
        return text("brief.ruleset_version", lang, {"name": report.ruleset_name, "version": report.ruleset_version})
    return report.ruleset_name
