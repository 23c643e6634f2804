"""`--format markdown`: a summary table and the findings grouped by severity.

Written to be pasted into a raadsinformatiebrief or an issue: plain headings, one table, and
per finding its rule, source, step, the execution that shows it and what would fix it. Every
text from a plan or ruleset is escaped, so a title cannot break the table (`|`), start code
(`` ` ``), emphasis (`*`, `_`), a link (`[`) or raw HTML (`<`).
"""

from __future__ import annotations

import re
from typing import TextIO

from procesregels.engine.findings import Finding, PlanReport, Report
from procesregels.i18n import text
from procesregels.reporters import common

_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def escape(value: str) -> str:
    """Markdown-inert text: HTML entities for `& < >`, a backslash before other markup, one line."""
    value = re.sub(r"\s+", " ", value)  # a newline would end a table row or a list item
    value = common.one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _SPECIAL.sub(r"\\\1", value)
    return value.strip()


def render(report: Report, out: TextIO) -> None:
    lang = report.lang
    t = lambda key, **args: text(key, lang, args)  # noqa: E731 - a short local alias reads best
    out.write(f"# {t('report.title')}\n\n")
    ruleset = escape(report.ruleset_name)
    if report.ruleset_version:
        ruleset += f" ({t('report.version')} {escape(report.ruleset_version)})"
    out.write(f"{t('report.ruleset')}: {ruleset}\n\n")
    out.write(f"## {t('report.summary')}\n\n")
    _summary_table(report, out, t)
    for plan in common.plans_in_order(report):
        _plan_section(plan, lang, out, t)


def _summary_table(report: Report, out: TextIO, t) -> None:
    header = [t("report.plan"), *(t(f"report.sum.{key}") for key in common.SUMMARY_KEYS)]
    out.write("| " + " | ".join(header) + " |\n")
    out.write("|---" + "|--:" * len(common.SUMMARY_KEYS) + "|\n")
    for plan in common.plans_in_order(report):
        counts = plan.summary()
        row = [f"{escape(plan.title)} ({escape(plan.path)})", *(str(counts[key]) for key in common.SUMMARY_KEYS)]
        out.write("| " + " | ".join(row) + " |\n")
    out.write("\n")


def _plan_section(plan: PlanReport, lang: str, out: TextIO, t) -> None:
    out.write(f"## {escape(plan.title)}\n\n")
    out.write(f"{t('report.plan')}: {escape(plan.path)}\n\n")
    groups = common.by_severity(list(plan.findings))
    if not plan.findings:
        out.write(f"{t('report.no_findings')}\n\n")
    for group, findings in groups.items():
        if not findings:
            continue
        out.write(f"### {t(f'report.severity.{group}')} ({len(findings)})\n\n")
        for finding in findings:
            out.write(_finding(finding, lang, t))
    if plan.influence:
        _influence_table(plan, lang, out, t)


def _finding(finding: Finding, lang: str, t) -> str:
    title = f" {escape(finding.title)}" if finding.title else ""
    source = f" \\[{escape(finding.source)}\\]" if finding.source else ""
    step = escape(finding.step) if finding.step else t("report.whole_plan")
    lines = [
        f"- **{escape(finding.rule)}**{title}{source}",
        f"  - {t('report.col.step')}: {step} ({t('report.col.location')} {finding.span.line}),"
        f" {common.category_label(finding.category, lang)}",
        f"  - {escape(common.message(finding, lang))}",
    ]
    if finding.witness is not None and (finding.witness.path or finding.witness.choices or finding.witness.skipped):
        shown = common.witness_lines(finding.witness, lang, arrow=" → ")
        label = t("report.path") if finding.witness.path else t("report.variant")
        lines.append(f"  - {label}: {' '.join(escape(line) for line in shown)}")
    hint = common.hint(finding, lang)
    if hint:
        lines.append(f"  - {t('report.hint')}: {escape(hint)}")
    if finding.waived and finding.waiver_reason:
        lines.append(f"  - {escape(t('report.waived_because', reason=finding.waiver_reason))}")
    return "\n".join(lines) + "\n\n"


def _influence_table(plan: PlanReport, lang: str, out: TextIO, t) -> None:
    out.write(f"### {t('report.influence')}\n\n")
    columns = ("report.col.role", "report.col.first_step", "report.col.phase", "report.col.late")
    out.write("| " + " | ".join(t(key) for key in columns) + " |\n")
    out.write("|---|---|---|---|\n")
    for item in sorted(plan.influence, key=lambda item: item.role):
        role = escape(text("graph.role", lang, {"role": item.role}))
        first = escape(item.first_step) if item.first_step else t("report.none")
        phase = escape(text("graph.phase", lang, {"phase": item.phase})) if item.phase else "–"
        late = t("report.yes") if item.late else t("report.no")
        out.write(f"| {role} | {first} | {phase} | {late} |\n")
    out.write("\n")
