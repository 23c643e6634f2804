"""The default format: one block per finding, sorted by file, line and rule (docs/spec/CLI.md).

```
plans/marktplein.yaml:52:5: error R1 Inwoners denken mee voordat de raad besluit [art. 4 lid 1]
  'besluit' (Raad besluit) can happen without residents being consulted first:
    when choice 'vorm' takes [straatgesprekken] and 'schetsen' is skipped:
    kaders -> straatgesprekken -> ontwerp -> besluit
  hint: add a participation step with residents at level consult or higher before 'besluit'
```

The first line keeps the `path:line:col: severity` shape that editors read; the severity word is in
the report's language (`fout`, `waarschuwing` in a Dutch report): a person reads this format. CI
problem matchers read the machine formats (`github`, SARIF), which keep the English words.
Colour only when asked (a terminal).
"""

from __future__ import annotations

from typing import TextIO

from procesregels.engine.findings import Finding, Report
from procesregels.i18n import text
from procesregels.reporters import common

_SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "blue"}


def render(report: Report, out: TextIO, colour: bool = False, verbose: bool = False) -> None:
    style = _styler(colour)
    blocks = [_finding_block(finding, report.lang, style) for finding in common.all_findings(report)]
    for block in blocks:
        out.write(block + "\n\n")
    if verbose:
        for plan in common.plans_in_order(report):
            out.write(_rules_block(plan, report) + "\n\n")
    for plan in common.plans_in_order(report):
        counts = common.count_phrase(plan.summary(), report.lang)
        line = text("report.plan_summary", report.lang, {"path": common.one_line(plan.path), "counts": counts})
        out.write(style(line, bold=True) + "\n")
        order = common.order_line(plan, report.lang)
        if order is not None:
            out.write(order + "\n")
    if len(report.plans) > 1:
        failed = sum(1 for plan in report.plans if plan.failed)
        out.write(text("report.plans_checked", report.lang, {"count": len(report.plans), "failed": failed}) + "\n")


def _finding_block(finding: Finding, lang: str, style) -> str:
    clean = common.one_line
    span = finding.span
    head = [style(f"{clean(span.path)}:{span.line}:{span.column}:", bold=True),
            style(common.severity_label(finding.severity, lang), fg=_SEVERITY_COLOUR[finding.severity], bold=True),
            style(clean(finding.rule), bold=True)]
    if finding.title:
        head.append(clean(finding.title))
    if finding.source:
        head.append(f"[{clean(finding.source)}]")
    if finding.waived:
        head.append(style(f"({text('report.waived', lang)})", fg="cyan"))
    lines = [" ".join(head)]
    body = clean(common.message(finding, lang))
    if finding.witness is not None and not body.endswith(":"):
        body += ":"
    lines.append(f"  {body}")
    if finding.witness is not None:
        lines.extend(f"    {clean(line)}" for line in common.witness_lines(finding.witness, lang))
    hint = common.hint(finding, lang)
    if hint:
        lines.append(style(f"  {text('report.hint', lang)}: {clean(hint)}", dim=True))
    if finding.waived and finding.waiver_reason:
        reason = text("report.waived_because", lang, {"reason": clean(finding.waiver_reason)})
        lines.append(style(f"  {reason}", fg="cyan"))
    return "\n".join(lines)


def _rules_block(plan, report: Report) -> str:
    """`--verbose`: every rule with its status and why (docs/spec/CLI.md, version 2)."""
    lines = [f"{common.one_line(plan.path)}: {text('report.rules', report.lang).lower()}"]
    width = max((len(s.rule) for s in plan.rules), default=0)
    for status in plan.rules:
        reason = common.status_reason(status, report, plan, report.lang)
        line = f"  {common.one_line(status.rule).ljust(width)}  {common.status_label(status.status, report.lang)}"
        lines.append(line + (f": {common.one_line(reason)}" if reason else ""))
    return "\n".join(lines)


def _styler(colour: bool):
    if not colour:
        return lambda value, **_: value
    import click

    return click.style
