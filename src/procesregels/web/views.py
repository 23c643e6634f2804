"""A checked plan as the pages show it: the picture, the findings with their steps, the influence.

The picture is the HTML report's (picture.layout + picture.render.svg); findings use the
reporters' wording (reporters.common). Each finding carries the ids of its steps and links in
the picture, so a click lights them up (static/app.js), and the row of its step in the editor,
so its hint can link to the field it is about.
"""

from __future__ import annotations

import itertools
from typing import Any

from markupsafe import Markup

from procesregels.engine.findings import SEVERITIES
from procesregels.i18n import text
from procesregels.reporters import common
from procesregels.web.checking import Checked

PREFIX = "p-"
#: A picture of a huge plan is still drawn (compact); beyond this many steps it is left out.
MAX_PICTURE_STEPS = 2000


def error_view(error: Any, source: str | None = None) -> list[dict[str, Any]]:
    """A plan or ruleset that cannot be read, as located messages (one or several)."""
    shown = []
    for each in getattr(error, "errors", None) or [error]:
        span = each.span
        excerpt = span.excerpt(source if source is not None else each.source_text or "") if span else ""
        shown.append({"message": each.message, "line": span.line if span else None,
                      "column": span.column if span else None, "excerpt": excerpt, "detail": each.detail,
                      "suggestions": each.suggestions})
    return shown


def plan_view(checked: Checked, rows: dict[str, int] | None = None, source: str | None = None) -> dict[str, Any]:
    """Everything the plan page and the live panel of the editor show; `rows` maps step id -> form row."""
    lang = checked.lang
    if checked.error is not None:
        return {"errors": error_view(checked.error, source), "lang": lang}
    report = checked.report
    plan_report = checked.plan_report
    plan = plan_report.plan
    vocabulary = report.ruleset.vocabulary()
    labels = {step.id: step.label for step in plan.steps}
    svg, node_of, index_of = _picture(plan_report, vocabulary, lang)
    findings = []
    for number, finding in enumerate(common.sorted_findings(plan_report.findings)):
        route = finding.witness.path if finding.witness else ()
        condition = common.witness_condition(finding.witness, lang) if finding.witness else None
        steps = [node_of[s] for s in route if s in node_of] or ([node_of[finding.step]] if finding.step in node_of else [])
        edges = [f"{PREFIX}e{index_of[a]}-{index_of[b]}" for a, b in itertools.pairwise(route) if a in index_of and b in index_of]
        findings.append({
            "id": f"f{number}", "rule": finding.rule, "title": finding.title, "source": finding.source,
            "severity": finding.severity, "group": "waived" if finding.waived else finding.severity,
            "severity_label": common.severity_label(finding.severity, lang),
            "category_label": common.category_label(finding.category, lang),
            "message": common.message(finding, lang), "hint": common.hint(finding, lang),
            "condition": condition.rstrip(":") if condition and not route else condition,
            "path": [labels.get(s, s) for s in route], "step": finding.step,
            "step_label": labels.get(finding.step, finding.step) if finding.step else None,
            "row": rows.get(finding.step) if rows and finding.step else None,
            "line": finding.span.line, "waiver_reason": finding.waiver_reason,
            "lights": " ".join(steps + edges),
        })
    groups = [(group, [f for f in findings if f["group"] == group]) for group in (*SEVERITIES, "waived")]
    summary = plan_report.summary()
    influence = [{"role": vocabulary.name_of("role", item.role, lang),
                  "step": labels.get(item.first_step, item.first_step) if item.first_step else None,
                  "phase": vocabulary.name_of("phase", item.phase, lang) if item.phase else None, "late": item.late}
                 for item in sorted(plan_report.influence, key=lambda item: item.role)]
    return {"errors": [], "lang": lang, "title": plan_report.title, "summary": summary,
            "phrase": common.count_phrase(summary, lang), "failed": plan_report.failed,
            "groups": [(group, items) for group, items in groups if items], "count": len(findings),
            "svg": svg, "influence": influence, "rules": _rule_statuses(report, plan_report, lang),
            "ruleset": report.ruleset_name, "ruleset_version": report.ruleset_version,
            "municipality": getattr(plan, "municipality", None)}


def _picture(plan_report, vocabulary, lang: str) -> tuple[Markup | None, dict[str, str], dict[str, int]]:
    from procesregels.picture.layout import layout
    from procesregels.picture.render import svg

    plan = plan_report.plan
    if plan is None or not plan.steps or len(plan.steps) > MAX_PICTURE_STEPS:
        return None, {}, {}
    picture = layout(plan, vocabulary=vocabulary, lang=lang, findings=plan_report.findings,
                     influence=plan_report.influence)
    index_of = {node.step: node.index for node in picture.nodes}
    node_of = {step: f"{PREFIX}s{index}" for step, index in index_of.items()}
    # svg() escapes every label itself (autoescaped template), so its output is safe markup.
    return Markup(svg(picture, lang, prefix=PREFIX, standalone=False)), node_of, index_of


def _rule_statuses(report, plan_report, lang: str) -> list[dict[str, Any]]:
    """The status of every rule (met, breached, not applicable and why, waived), as the council's
    documents give it (reporters.brief: the engine's statuses when it has them, else from the findings)."""
    from procesregels.reporters.brief import rule_rows

    shown = []
    for row in rule_rows(report, plan_report):
        label = text(f"web.rule_status.{row.status}", lang)
        shown.append({"rule": row.rule, "title": row.title, "status": row.status,
                      "label": label if label != f"web.rule_status.{row.status}" else row.status,
                      "reason": row.reason or None})
    return shown


def status_words(summary: dict[str, int], lang: str) -> str:
    """`2 fouten, 1 waarschuwing` for the overview: errors, warnings, undetermined."""
    parts = []
    for key in ("error", "warning", "undetermined"):
        count = summary.get(key, 0)
        if count:
            parts.append(text(f"web.status.{key}.{'one' if count == 1 else 'many'}", lang, {"count": count}))
    return ", ".join(parts) or text("web.status.clean", lang)
