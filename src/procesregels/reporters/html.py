"""`--format html`: one self-contained page (Jinja2, autoescaped) with the picture of each plan.

The page has a summary, per plan the picture (picture.py: lanes per actor, steps in order,
participation coloured by level, influence moments starred, late ones red), the findings with
their witness paths linked to the steps in the picture, and the influence table per stakeholder
group. CSS is inline, nothing is fetched (a Content-Security-Policy forbids it as well), and no
script is needed: "show in the picture" jumps to the picture and CSS `:target` / `:has()`
highlights the steps and links of that finding's path; hovering a finding does the same.
"""

from __future__ import annotations

from typing import Any, TextIO

from procesregels import __version__
from procesregels.engine.findings import SEVERITIES, Finding, PlanReport, Report
from procesregels.i18n import text
from procesregels.reporters import common

#: Highlight rules are CSS per finding and step; a huge report keeps its first findings traceable.
MAX_HIGHLIGHTED_FINDINGS = 300


def render(report: Report, out: TextIO) -> None:
    from procesregels.picture.render import TEMPLATES, environment, tooltip

    lang = report.lang
    plans = [_plan_context(index, plan, report) for index, plan in enumerate(common.plans_in_order(report))]
    page = environment().get_template("report.html.j2").render(
        report=report, lang=lang, plans=plans, version=__version__, summary_keys=common.SUMMARY_KEYS,
        t=lambda key, **args: text(key, lang, args), tip=lambda node: tooltip(node, lang),
        page_css=(TEMPLATES / "report.css").read_text(encoding="utf-8"),
        picture_css=(TEMPLATES / "picture.css").read_text(encoding="utf-8"),
        highlight_css=_highlight_css(plans),
    )
    out.write(page)


def _plan_context(index: int, plan: PlanReport, report: Report) -> dict[str, Any]:
    from procesregels.picture.layout import layout

    lang = report.lang
    prefix = f"p{index}-"
    vocabulary = _vocabulary(report)
    picture = None
    if plan.plan is not None:
        picture = layout(plan.plan, vocabulary=vocabulary, lang=lang, findings=plan.findings,
                         influence=plan.influence)
    index_of = {node.step: node.index for node in picture.nodes} if picture else {}
    node_of = {step: f"{prefix}s{number}" for step, number in index_of.items()}
    titles = common.step_titles(plan)
    items = [_finding_context(f"{prefix}f{number}", finding, lang, prefix, index_of, node_of, titles)
             for number, finding in enumerate(common.sorted_findings(plan.findings))]
    grouped: dict[str, list[dict[str, Any]]] = {group: [] for group in (*SEVERITIES, "waived")}
    for item in items:  # already sorted by file, line and rule
        grouped["waived" if item["finding"].waived else item["finding"].severity].append(item)
    groups = [(group, members) for group, members in grouped.items() if members]
    influence = [
        {"role": vocabulary.name_of("role", item.role, lang), "step": item.first_step,
         "label": _step_label(plan, item.first_step), "node": node_of.get(item.first_step or ""),
         "phase": vocabulary.name_of("phase", item.phase, lang) if item.phase else None, "late": item.late}
        for item in sorted(plan.influence, key=lambda item: item.role)
    ]
    anchors = [f"{item['id']}-show" for item in items if item["highlight"]]
    parts = print_parts(picture) if picture is not None else []
    return {"index": index, "report": plan, "summary": plan.summary(), "picture": picture, "groups": groups,
            "influence": influence, "items": items, "anchors": anchors, "prefix": prefix,
            "steps": _step_rows(plan, picture, prefix) if picture else [], "about": _about(plan),
            "order": common.order_line(plan, lang),
            "print_parts": parts, "rules": _rule_rows(plan, report)}


#: Columns of the picture per printed part: about 1000 units across a landscape A4 page keeps the
#: 11-12 px texts of the picture at 8.5-9.5 pt.
PRINT_COLUMNS = 4


def print_parts(picture) -> list[dict[str, float]]:
    """The column ranges of a wide picture for print, as (x, width) windows; none when it fits."""
    from procesregels.picture.layout import FULL, LANE_LABEL_WIDTH

    if picture.compact or not picture.nodes:
        return []
    columns = max(node.column for node in picture.nodes) + 1
    if columns <= PRINT_COLUMNS:
        return []
    count = -(-columns // PRINT_COLUMNS)
    per_part = -(-columns // count)
    width = FULL[0]
    return [{"x": LANE_LABEL_WIDTH + first * width, "width": min(per_part, columns - first) * width}
            for first in range(0, columns, per_part)]


def _rule_rows(plan: PlanReport, report: Report) -> list[dict[str, Any]]:
    """Every rule with its status and why (docs/spec/CLI.md, version 2)."""
    return [
        {"rule": status.rule, "status": status.status, "label": common.status_label(status.status, report.lang),
         "reason": common.status_reason(status, report, plan, report.lang)}
        for status in plan.rules
    ]


def _about(plan: PlanReport) -> str:
    """The municipality and description of the plan, when it gives them."""
    loaded = plan.plan
    parts = [getattr(loaded, "municipality", None), getattr(loaded, "description", None)]
    return " · ".join(" ".join(str(part).split()) for part in parts if part)


def _step_rows(plan: PlanReport, picture, prefix: str) -> list[dict[str, Any]]:
    """The steps as a table: full titles for print and screen readers, beside the picture."""
    lanes = [lane.label for lane in picture.lanes]
    return [
        {"node": f"{prefix}s{node.index}", "step": node.step, "title": node.label, "note": node.note,
         "owner": lanes[node.lane], "phase": node.phase, "dates": node.dates,
         "participants": ", ".join(f"{actor}: {level}" for actor, level in node.participants),
         "after": plan.plan.steps[node.index].after}
        for node in picture.nodes
    ]


def _finding_context(ident: str, finding: Finding, lang: str, prefix: str, index_of: dict[str, int],
                     node_of: dict[str, str], titles: dict[str, str]) -> dict[str, Any]:
    route = finding.witness.path if finding.witness else ()
    condition = common.witness_condition(finding.witness, lang) if finding.witness else None
    if condition and not route:  # the colon introduces a path; without one the condition stands alone
        condition = condition.rstrip(":")
    path = [(common.titled(step, titles), node_of.get(step)) for step in route]
    steps = [node for _, node in path if node] or ([node_of[finding.step]] if finding.step in node_of else [])
    return {
        "id": ident, "finding": finding, "message": common.message(finding, lang), "hint": common.hint(finding, lang),
        "severity": common.severity_label(finding.severity, lang),
        "category": common.category_label(finding.category, lang),
        "step_node": node_of.get(finding.step) if finding.step else None,
        "condition": condition, "path": path, "highlight": steps,
        "edges": [f"{prefix}e{index_of[a]}-{index_of[b]}" for a, b in zip(route, route[1:])
                  if a in index_of and b in index_of],
    }


def _highlight_css(plans: list[dict[str, Any]]) -> str:
    """CSS that lights up a finding's steps and links; every id in it is generated, hence safe.

    "Show in the picture" targets an anchor placed just before the picture, so a sibling
    selector (`#f-show:target ~ .picture ...`) does the work, which stays fast on huge pages.
    Hovering a finding uses `:has()`, which browsers re-evaluate on every hover: only for
    pictures drawn in full (a few hundred steps at most).
    """
    rules = []
    for plan in plans:
        compact = plan["picture"] is not None and plan["picture"].compact
        for item in plan["items"][:MAX_HIGHLIGHTED_FINDINGS]:
            if not item["highlight"]:
                continue
            when = [f"#{item['id']}-show:target ~ .picture"]
            if not compact:
                when.append(f"body:has(#{item['id']}:hover) .picture")
            # Plain selector lists ending in an id: browsers index rules by their last id, so
            # each rule is tried on its own few elements only (`:is()` would be tried on all).
            boxes = [f"{w} #{node} > rect.box, {w} rect#{node}" for w in when for node in item["highlight"]]
            rules.append(f"{', '.join(boxes)} {{ stroke: #d81b60; stroke-width: 4; stroke-dasharray: none; }}")
            links = [f"{w} #{edge}" for w in when for edge in item["edges"]]
            if links:
                rules.append(f"{', '.join(links)} {{ stroke: #d81b60; stroke-width: 3; }}")
    return "\n".join(rules)


def _step_label(plan: PlanReport, step: str | None) -> str | None:
    if step is None or plan.plan is None:
        return step
    found = next((s for s in plan.plan.steps if s.id == step), None)
    return f"{found.label} ({step})" if found is not None and found.title else step


def _vocabulary(report: Report):
    if report.ruleset is not None and hasattr(report.ruleset, "vocabulary"):
        return report.ruleset.vocabulary()
    from procesregels.core.vocabulary import standard

    return standard()
