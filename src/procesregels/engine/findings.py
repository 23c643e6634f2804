"""Findings and reports: immutable values that reporters render and tests compare.

Tests assert on (rule, category, step); wording lives in `messages.py` and is pinned only in
reporter golden files. Records, not dataclasses: see `core/record.py`.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from procesregels.core.record import Record
from procesregels.core.vocabulary import SEVERITIES as SEVERITIES, Severity as Severity  # re-exported
from procesregels.span import Span

Category = Literal["violation", "missing-role", "late-influence", "undetermined", "plan-error"]


class Witness(Record):
    """One execution that breaks a rule and the chain of steps that shows it."""

    __slots__ = ("choices", "skipped", "path")
    choices: Final[tuple[tuple[str, tuple[str, ...]], ...]]  # (choice id, option taken), sorted
    skipped: Final[tuple[str, ...]]  # optional steps that do not happen, sorted
    path: Final[tuple[str, ...]]  # the chain of steps, in order

    def __init__(self, choices: tuple[tuple[str, tuple[str, ...]], ...] = (), skipped: tuple[str, ...] = (),
                 path: tuple[str, ...] = ()) -> None:
        self.choices, self.skipped, self.path = choices, skipped, path

    def as_json(self) -> dict[str, Any]:
        return {
            "choices": {choice: list(option) for choice, option in self.choices},
            "skipped": list(self.skipped),
            "path": list(self.path),
        }


class Finding(Record, uncompared=("plan_keys",)):
    """One breach (or undetermined case) of one rule, about one step or about the whole plan."""

    __slots__ = ("rule", "category", "severity", "step", "span", "message", "args", "hint", "hint_args",
                 "witness", "title", "source", "waived", "waiver_reason", "layer", "plan_keys")
    rule: Final[str]
    category: Final[Category]
    severity: Final[Severity]
    step: Final[str | None]
    span: Final[Span]
    message: Final[str]  # key into messages.CATALOGUE
    args: Final[tuple[tuple[str, Any], ...]]
    hint: Final[str | None]  # key into messages.CATALOGUE
    hint_args: Final[tuple[tuple[str, Any], ...]]
    witness: Final[Witness | None]
    title: Final[str]
    source: Final[str | None]
    waived: Final[bool]
    waiver_reason: Final[str | None]
    layer: Final[str | None]
    #: The language of the plan's keys: messages quote a key (`{k_after}`) as the plan writes it.
    #: Not compared: the same finding whichever language the plan's keys are in.
    plan_keys: Final[str]

    def __init__(self, rule: str, category: Category, severity: Severity, step: str | None, span: Span,
                 message: str, args: tuple[tuple[str, Any], ...] = (), hint: str | None = None,
                 hint_args: tuple[tuple[str, Any], ...] = (), witness: Witness | None = None, title: str = "",
                 source: str | None = None, waived: bool = False, waiver_reason: str | None = None,
                 layer: str | None = None, plan_keys: str = "en") -> None:
        self.rule = rule
        self.category = category
        self.severity = severity
        self.step = step
        self.span = span
        self.message = message
        self.args = args
        self.hint = hint
        self.hint_args = hint_args
        self.witness = witness
        self.title = title
        self.source = source
        self.waived = waived
        self.waiver_reason = waiver_reason
        self.layer = layer
        self.plan_keys = plan_keys

    @property
    def sort_key(self) -> tuple:
        return (self.span.path, self.span.line, self.span.column, self.rule, self.step or "", self.category)

    def fingerprint(self) -> str:
        """A stable identity without line numbers: rule, category, step and plan file name (and
        the role, for the built-in missing-role check, which reports one plan-wide finding per role)."""
        parts = [self.rule, self.category, self.step or "", self.span.path.rsplit("/", 1)[-1]]
        if self.rule == "missing-role":
            parts.append(str(dict(self.args).get("role", "")))
        raw = "\x1f".join(parts)
        import hashlib  # here, not at the top: OpenSSL's start-up is paid only by the formats that use it

        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


class Influence(Record):
    """A stakeholder role's first influence moment in the execution where it comes latest."""

    __slots__ = ("role", "first_step", "phase", "late")
    role: Final[str]
    first_step: Final[str | None]
    phase: Final[str | None]
    late: Final[bool]

    def __init__(self, role: str, first_step: str | None, phase: str | None, late: bool) -> None:
        self.role, self.first_step, self.phase, self.late = role, first_step, phase, late


RuleState = Literal["passed", "breached", "undetermined", "not-applicable", "waived"]


class RuleStatus(Record):
    """What became of one rule on one plan (docs/spec/CLI.md, version 2): its status and why.

    `clause` is the clause that made the condition false (not-applicable), `value` the plan's value
    for it; `missing` the attributes the plan does not give that leave the condition unknown."""

    __slots__ = ("rule", "status", "clause", "value", "missing", "clause_holds")
    rule: Final[str]
    status: Final[RuleState]
    clause: Final[Any]
    value: Final[Any]
    missing: Final[tuple[str, ...]]
    #: For not-applicable: True when the deciding clause holds (an exception, `unless`), False
    #: when it does not (a `when` that the plan does not meet).
    clause_holds: Final[bool]

    def __init__(self, rule: str, status: RuleState, clause: Any = None, value: Any = None,
                 missing: tuple[str, ...] = (), clause_holds: bool = False) -> None:
        self.rule, self.status, self.clause, self.value = rule, status, clause, value
        self.missing, self.clause_holds = missing, clause_holds


class PlanReport(Record, uncompared=("plan",), unshown=("plan",)):
    """The findings for one plan."""

    __slots__ = ("path", "title", "findings", "passed", "not_applicable", "influence", "plan", "rules")
    path: Final[str]
    title: Final[str]
    findings: Final[tuple[Finding, ...]]
    passed: Final[int]
    not_applicable: Final[int]
    influence: Final[tuple[Influence, ...]]
    plan: Final[Any]  # the loaded Plan, for pictures
    #: Every rule of the ruleset that was run, in ruleset order, with its status.
    rules: Final[tuple[RuleStatus, ...]]

    def __init__(self, path: str, title: str, findings: tuple[Finding, ...], passed: int, not_applicable: int,
                 influence: tuple[Influence, ...] = (), plan: Any = None, rules: tuple[RuleStatus, ...] = ()) -> None:
        self.path, self.title, self.findings, self.passed = path, title, findings, passed
        self.not_applicable, self.influence, self.plan, self.rules = not_applicable, influence, plan, rules

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {severity: 0 for severity in SEVERITIES}
        undetermined = waived = 0
        for finding in self.findings:
            if finding.waived:
                waived += 1
                continue
            counts[finding.severity] += 1
            if finding.category == "undetermined":
                undetermined += 1
        return {**counts, "undetermined": undetermined, "waived": waived,
                "passed": self.passed, "not_applicable": self.not_applicable}

    @property
    def failed(self) -> bool:
        return any(f.severity == "error" and not f.waived for f in self.findings)


class Report(Record, uncompared=("ruleset",), unshown=("ruleset",)):
    """One lint run: the ruleset and a report per plan."""

    __slots__ = ("ruleset_name", "ruleset_version", "ruleset_path", "plans", "lang", "ruleset")
    ruleset_name: Final[str]
    ruleset_version: Final[str | None]
    ruleset_path: Final[str | None]
    plans: Final[tuple[PlanReport, ...]]
    lang: Final[str]
    ruleset: Final[Any]  # the resolved Ruleset

    def __init__(self, ruleset_name: str, ruleset_version: str | None, ruleset_path: str | None,
                 plans: tuple[PlanReport, ...], lang: str = "en", ruleset: Any = None) -> None:
        self.ruleset_name, self.ruleset_version, self.ruleset_path = ruleset_name, ruleset_version, ruleset_path
        self.plans, self.lang, self.ruleset = plans, lang, ruleset

    def fails(self, fail_on: Severity = "error") -> bool:
        levels = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
        return any(
            f.severity in levels and not f.waived for plan in self.plans for f in plan.findings
        )
