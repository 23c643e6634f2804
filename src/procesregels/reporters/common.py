"""What every reporter says the same way: finding order, messages, witnesses, counts.

Reporters differ in markup only; the words come from here and from `messages.CATALOGUE`,
in the language of the report.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping

from procesregels.core.vocabulary import severity_word
from procesregels.engine.findings import SEVERITIES, Finding, PlanReport, Report, Witness
from procesregels.i18n import text
from procesregels.plan.key_names import key_args

#: Control characters (newlines, ESC of terminal escape codes, ...) would let a plan title
#: forge extra lines or recolour a terminal; line-based formats show them escaped.
_CONTROL = (*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
SUMMARY_KEYS = ("error", "warning", "info", "undetermined", "waived", "passed", "not_applicable")
#: Counts whose label changes for one (`1 error`, `2 errors`); the others read the same.
_SINGULAR = ("error", "warning", "passed", "waived")


def one_line(value: str) -> str:
    """`value` with control characters shown as escapes, so it stays on one line."""
    # Control characters are never printable, and nearly every value is printable: returned as it
    # is. (A regular expression of these ranges cost ~0.4 ms to compile, on every run with a report.)
    return value if value.isprintable() else value.translate(_escapes())


@lru_cache(maxsize=1)
def _escapes() -> dict[int, str]:
    """Each control character as its escape (`\\n`, `\\x1b`, `\\u2028`), for `str.translate`."""
    return {code: chr(code).encode("unicode_escape").decode("ascii") for code in _CONTROL}


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """By file, line, column, rule (docs/spec/CLI.md), then step and category to break ties."""
    return sorted(findings, key=lambda f: f.sort_key)


def all_findings(report: Report) -> list[Finding]:
    return sorted_findings(f for plan in report.plans for f in plan.findings)


def message(finding: Finding, lang: str) -> str:
    return text(finding.message, lang, {**key_args(finding.plan_keys), **dict(finding.args)})


def hint(finding: Finding, lang: str) -> str | None:
    return text(finding.hint, lang, {**key_args(finding.plan_keys), **dict(finding.hint_args)}) if finding.hint else None


def witness_condition(witness: Witness, lang: str) -> str | None:
    """`when choice 'vorm' takes [straatgesprekken] and 'schetsen' is skipped:` (None if no condition)."""
    parts = [
        text("report.witness.choice", lang, {"choice": choice, "option": ", ".join(option)})
        for choice, option in witness.choices
    ]
    if len(witness.skipped) == 1:
        parts.append(text("report.witness.skipped_one", lang, {"step": witness.skipped[0]}))
    elif witness.skipped:
        steps = join_words([f"'{step}'" for step in witness.skipped], lang)
        parts.append(text("report.witness.skipped_many", lang, {"steps": steps}))
    if not parts:
        return None
    return text("report.witness.when", lang, {"conditions": join_words(parts, lang)})


def witness_path(witness: Witness, arrow: str = " -> ", titles: Mapping[str, str] | None = None) -> str:
    """The chain of steps; with `titles`, each step id followed by its title (when it says more)."""
    return arrow.join(titled(step, titles) for step in witness.path)


def titled(step: str, titles: Mapping[str, str] | None) -> str:
    """`kaders (Raad stelt de kaders vast)`: a step id and its title, for a reader who knows the
    plan by its titles; the id alone when the title is the id or unknown."""
    title = " ".join((titles or {}).get(step, "").split())
    return f"{step} ({title})" if title and title != step else step


def step_titles(plan: PlanReport) -> dict[str, str]:
    """Step id -> title of a checked plan (empty when the plan was not kept)."""
    return {step.id: step.label for step in plan.plan.steps} if plan.plan is not None else {}


def witness_lines(witness: Witness, lang: str, arrow: str = " -> ", titles: Mapping[str, str] | None = None) -> list[str]:
    """The condition (ending in a colon only when the path follows it) and the path."""
    lines = []
    condition = witness_condition(witness, lang)
    if condition:
        lines.append(condition if witness.path else condition.rstrip(":"))
    if witness.path:
        lines.append(witness_path(witness, arrow, titles))
    return lines


def join_words(words: list[str], lang: str) -> str:
    """`a`, `a and b`, `a, b and c` (en) / `a, b en c` (nl)."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {text('general.and', lang)} {words[-1]}"


def count_phrase(summary: dict[str, int], lang: str) -> str:
    """`1 error, 2 warnings, 0 info, 11 rules passed, 2 not applicable` in the report language.

    `undetermined` and `waived` are named only when there are any, to keep the usual line short.
    """
    parts = []
    for key in SUMMARY_KEYS:
        count = summary[key]
        if key in ("undetermined", "waived") and not count:
            continue
        label = f"report.one.{key}" if count == 1 and key in _SINGULAR else f"report.sum.{key}"
        parts.append(f"{count} {text(label, lang)}")
    return ", ".join(parts)


def severity_label(severity: str, lang: str) -> str:
    """`warning` / `waarschuwing`: a severity in the report's language."""
    return severity_word(severity, lang)


def category_label(category: str, lang: str) -> str:
    return text(f"report.category.{category}", lang)


def plans_in_order(report: Report) -> list[PlanReport]:
    """Plans by path, so the output does not depend on the order of the command line."""
    return sorted(report.plans, key=lambda plan: plan.path)


def order_of(plan: PlanReport) -> str:
    """`after` (the default: only `after` links order steps) or `dates` (`order: dates`, docs/spec/PLAN.md)."""
    return "dates" if getattr(plan.plan, "order", "after") == "dates" else "after"


def order_line(plan: PlanReport, lang: str) -> str | None:
    """The line that says a plan orders its steps by dates too; the default goes unsaid."""
    return text("report.order.dates", lang) if order_of(plan) == "dates" else None


def by_severity(findings: list[Finding]) -> dict[str, list[Finding]]:
    """Open findings grouped error, warning, info; waived findings apart under `waived`."""
    groups: dict[str, list[Finding]] = {severity: [] for severity in (*SEVERITIES, "waived")}
    for finding in sorted_findings(findings):
        groups["waived" if finding.waived else finding.severity].append(finding)
    return groups


# -- rule statuses (docs/spec/CLI.md, version 2) ------------------------------------------------------------

def status_reason(status, report: Report, plan: PlanReport, lang: str) -> str | None:
    """Why a rule has its status, in words: the clause that made it not applicable, the attributes
    the plan should give, the waiver's reason; None where the findings say it all."""
    if status.status == "not-applicable" and status.clause is not None:
        from procesregels.ruleset.sentences import SentenceWriter

        vocabulary = report.ruleset.vocabulary() if report.ruleset is not None else _standard()
        clause = SentenceWriter(vocabulary, lang, report.ruleset).condition(status.clause)
        key = "report.reason.exception" if status.clause_holds else "report.reason.not_applicable"
        return text(key, lang,
                    {"clause": clause, "attribute": status.clause.attribute, "value": _shown(status.value)})
    missing = ", ".join(f"'{name}'" for name in status.missing)
    if status.status == "undetermined" and missing:
        return text("report.reason.missing", lang, {"attributes": missing})
    if status.status == "passed" and missing:
        return text("report.reason.passed_missing", lang, {"attributes": missing})
    if status.status == "waived":
        reasons = sorted({f.waiver_reason for f in plan.findings if f.rule == status.rule and f.waiver_reason})
        return "; ".join(one_line(r) for r in reasons) or None
    return None


def status_label(status: str, lang: str) -> str:
    return text(f"report.status.{status}", lang)


def _shown(value) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "–"
    return one_line(str(value))


def _standard():
    from procesregels.core.vocabulary import standard

    return standard()
