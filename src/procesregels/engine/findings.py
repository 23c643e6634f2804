"""Findings and reports: frozen values that reporters render and tests compare.

Tests assert on (rule, category, step); wording lives in `messages.py` and is pinned only in
reporter golden files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from procesregels.core.vocabulary import SEVERITIES as SEVERITIES, Severity as Severity  # re-exported
from procesregels.span import Span

Category = Literal["violation", "missing-role", "late-influence", "undetermined", "plan-error"]


@dataclass(frozen=True)
class Witness:
    """One execution that breaks a rule and the chain of steps that shows it."""

    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (choice id, option taken), sorted
    skipped: tuple[str, ...] = ()  # optional steps that do not happen, sorted
    path: tuple[str, ...] = ()  # the chain of steps, in order

    def as_json(self) -> dict[str, Any]:
        return {
            "choices": {choice: list(option) for choice, option in self.choices},
            "skipped": list(self.skipped),
            "path": list(self.path),
        }


@dataclass(frozen=True)
class Finding:
    """One breach (or undetermined case) of one rule, about one step or about the whole plan."""

    rule: str
    category: Category
    severity: Severity
    step: str | None
    span: Span
    message: str  # key into messages.CATALOGUE
    args: tuple[tuple[str, Any], ...] = ()
    hint: str | None = None  # key into messages.CATALOGUE
    hint_args: tuple[tuple[str, Any], ...] = ()
    witness: Witness | None = None
    title: str = ""
    source: str | None = None
    waived: bool = False
    waiver_reason: str | None = None
    layer: str | None = None
    #: The language of the plan's keys: messages quote a key (`{k_after}`) as the plan writes it.
    plan_keys: str = field(default="en", compare=False)

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


@dataclass(frozen=True)
class Influence:
    """A stakeholder role's first influence moment in the execution where it comes latest."""

    role: str
    first_step: str | None
    phase: str | None
    late: bool


RuleState = Literal["passed", "breached", "undetermined", "not-applicable", "waived"]


@dataclass(frozen=True)
class RuleStatus:
    """What became of one rule on one plan (docs/spec/CLI.md, version 2): its status and why.

    `clause` is the clause that made the condition false (not-applicable), `value` the plan's value
    for it; `missing` the attributes the plan does not give that leave the condition unknown."""

    rule: str
    status: RuleState
    clause: Any = None
    value: Any = None
    missing: tuple[str, ...] = ()
    #: For not-applicable: True when the deciding clause holds (an exception, `unless`), False
    #: when it does not (a `when` that the plan does not meet).
    clause_holds: bool = False


@dataclass(frozen=True)
class PlanReport:
    """The findings for one plan."""

    path: str
    title: str
    findings: tuple[Finding, ...]
    passed: int
    not_applicable: int
    influence: tuple[Influence, ...] = ()
    plan: Any = field(default=None, compare=False, repr=False)  # the loaded Plan, for pictures
    #: Every rule of the ruleset that was run, in ruleset order, with its status.
    rules: tuple[RuleStatus, ...] = ()

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


@dataclass(frozen=True)
class Report:
    """One lint run: the ruleset and a report per plan."""

    ruleset_name: str
    ruleset_version: str | None
    ruleset_path: str | None
    plans: tuple[PlanReport, ...]
    lang: str = "en"
    ruleset: Any = field(default=None, compare=False, repr=False)  # the resolved Ruleset

    def fails(self, fail_on: Severity = "error") -> bool:
        levels = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
        return any(
            f.severity in levels and not f.waived for plan in self.plans for f in plan.findings
        )
