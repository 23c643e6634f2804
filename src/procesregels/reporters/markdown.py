"""`--format markdown`: the text of a raadsinformatiebrief or participatieparagraaf.

Says what the Word report says (`brief.py`): the ruleset and its version, the date of the
check, per plan the steps in a table by title and date, every rule with its status, and per
breached rule the article, what is wrong, the course of the steps and what to change. Every text
from a plan or ruleset is escaped, so a title cannot break a table (`|`), start code (`` ` ``),
emphasis (`*`, `_`), a link (`[`) or raw HTML (`<`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TextIO

from procesregels.engine.findings import Finding, PlanReport, Report
from procesregels.i18n import date_words, text
from procesregels.reporters import brief, common

_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def escape(value: str) -> str:
    """Markdown-inert text: HTML entities for `& < >`, a backslash before other markup, one line."""
    value = re.sub(r"\s+", " ", value)  # a newline would end a table row or a list item
    value = common.one_line(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _SPECIAL.sub(r"\\\1", value)
    return value.strip()


def render(report: Report, out: TextIO, check_date: dt.date | None = None) -> None:
    lang = report.lang
    t = lambda key, **args: text(key, lang, args)  # noqa: E731 - a short local alias reads best
    day = check_date or brief.check_date()
    out.write(f"# {t('report.title')}\n\n")
    out.write(f"- {t('brief.ruleset')}: {escape(brief.ruleset_line(report, lang))}\n")
    out.write(f"- {t('brief.checked_on')}: {date_words(day, lang)}\n\n")
    out.write(f"## {t('report.summary')}\n\n")
    _summary_table(report, out, t)
    for plan in common.plans_in_order(report):
        _plan_section(report, plan, lang, out, t)


def _summary_table(report: Report, out: TextIO, t) -> None:
    header = [t("report.plan"), *(t(f"report.sum.{key}") for key in common.SUMMARY_KEYS)]
    out.write("| " + " | ".join(header) + " |\n")
    out.write("|---" + "|--:" * len(common.SUMMARY_KEYS) + "|\n")
    for plan in common.plans_in_order(report):
        counts = plan.summary()
        row = [f"{escape(plan.title)} ({escape(plan.path)})", *(str(counts[key]) for key in common.SUMMARY_KEYS)]
        out.write("| " + " | ".join(row) + " |\n")
    out.write("\n")


def _plan_section(report: Report, plan_report: PlanReport, lang: str, out: TextIO, t) -> None:
    plan = plan_report.plan
    out.write(f"## {escape(plan_report.title)}\n\n")
    if plan is not None and plan.municipality:
        out.write(f"- {t('brief.municipality')}: {escape(plan.municipality)}\n")
    out.write(f"- {t('report.plan')}: {escape(plan_report.path)}\n")
    order = common.order_line(plan_report, lang)
    if order is not None:
        out.write(f"- {escape(order)}\n")
    rows = brief.rule_rows(report, plan_report)
    remarks = brief.remarks(report, plan_report)
    out.write(f"- {t('brief.outcome')}: {t(f'brief.outcome.{brief.outcome(rows, remarks)}')}\n\n")
    if plan is not None:
        _steps_table(brief.step_rows(plan_report, brief.vocabulary_of(report), lang), out, t)
    _rules_table(rows, out, t)
    for status in ("breached", "undetermined", "waived"):
        chosen = [row for row in rows if row.status == status]
        if not chosen:
            continue
        out.write(f"### {t(f'brief.section.{status}')}\n\n")
        for row in chosen:
            out.write(f"#### {escape(f'{row.rule} {row.title}'.strip())}\n\n")
            if row.article:
                out.write(f"- {t('brief.col.article')}: {escape(row.article)}\n")
            if status == "waived":
                out.write(f"- {t('brief.reason')}: {escape(row.reason)}\n")
            for finding in row.findings:
                out.write(_finding(finding, plan, lang, "brief.missing" if status == "undetermined" else "brief.what"))
            out.write("\n")
    if remarks:
        out.write(f"### {t('brief.section.remarks')}\n\n")
        for finding in remarks:
            out.write(f"- **{escape(common.category_label(finding.category, lang).capitalize())}**\n")
            out.write(_finding(finding, plan, lang, "brief.what", indent="  "))
        out.write("\n")
    if plan_report.influence:
        _influence_table(plan_report, lang, out, t)


def _steps_table(rows: list[brief.StepRow], out: TextIO, t) -> None:
    out.write(f"### {t('brief.steps')}\n\n")
    keys = ("brief.col.number", "brief.col.step", "brief.col.dates", "brief.col.owner", "brief.col.participants")
    out.write("| " + " | ".join(t(key) for key in keys) + " |\n")
    out.write("|--:|---|---|---|---|\n")
    for row in rows:
        title = f"{row.title} {t('brief.optional')}" if row.optional else row.title
        cells = [str(row.number), escape(title), escape(row.dates), escape(row.owner), escape(row.participants)]
        out.write("| " + " | ".join(cells) + " |\n")
    out.write("\n")


def _rules_table(rows: list[brief.RuleRow], out: TextIO, t) -> None:
    out.write(f"### {t('brief.rules')}\n\n")
    if not rows:
        out.write(f"{t('brief.none')}\n\n")
        return
    out.write(f"| {t('brief.col.rule')} | {t('report.col.title')} | {t('brief.col.article')} | {t('brief.col.status')} |\n")
    out.write("|---|---|---|---|\n")
    for row in rows:
        status = t(f"brief.status.{row.status}")
        if row.reason and row.status in ("not-applicable", "undetermined", "passed"):
            status += f": {row.reason}"
        out.write(f"| {escape(row.rule)} | {escape(row.title)} | {escape(row.article)} | {escape(status)} |\n")
    out.write("\n")


def _finding(finding: Finding, plan, lang: str, what: str, indent: str = "") -> str:
    lines = [f"{indent}- {text(what, lang)}: {escape(brief.message(finding, plan, lang))}"]
    course = brief.course(finding, plan, lang)
    if course:
        lines.append(f"{indent}- {text('brief.course', lang)}: {escape(course)}")
    change = brief.change(finding, plan, lang)
    if change:
        lines.append(f"{indent}- {text('brief.change', lang)}: {escape(change)}")
    return "\n".join(lines) + "\n"


def _influence_table(plan: PlanReport, lang: str, out: TextIO, t) -> None:
    out.write(f"### {t('report.influence')}\n\n")
    columns = ("report.col.role", "report.col.first_step", "report.col.phase", "report.col.late")
    out.write("| " + " | ".join(t(key) for key in columns) + " |\n")
    out.write("|---|---|---|---|\n")
    titles = {step.id: step.label for step in plan.plan.steps} if plan.plan is not None else {}
    for item in sorted(plan.influence, key=lambda item: item.role):
        role = escape(text("graph.role", lang, {"role": item.role}))
        first = escape(titles.get(item.first_step, item.first_step)) if item.first_step else t("report.none")
        phase = escape(text("graph.phase", lang, {"phase": item.phase})) if item.phase else "–"
        late = t("report.yes") if item.late else t("report.no")
        out.write(f"| {role} | {first} | {phase} | {late} |\n")
    out.write("\n")
