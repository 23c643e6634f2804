"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

`::error file=plans/x.yaml,line=52,col=5,title=R1 Residents are consulted::message`

Workflow commands end at a newline and split properties at `,` and `:`, so data is escaped
as the Actions toolkit does: `%` -> %25, CR -> %0D, LF -> %0A in the message, and also
`:` -> %3A, `,` -> %2C in property values. Waived findings become notices: they are shown but
must not look like failures.
"""

from __future__ import annotations

from typing import TextIO

from procesregels.engine.findings import Finding, Report
from procesregels.i18n import text
from procesregels.reporters import common

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report, out: TextIO) -> None:
    for finding in common.all_findings(report):
        out.write(annotation(finding, report.lang) + "\n")


def annotation(finding: Finding, lang: str) -> str:
    command = "notice" if finding.waived else _COMMAND[finding.severity]
    title = " ".join(part for part in (finding.rule, finding.title) if part)
    if finding.source:
        title += f" [{finding.source}]"
    if finding.waived:
        title += f" ({text('report.waived', lang)})"
    properties = {"file": finding.span.path, "line": str(finding.span.line),
                  "col": str(finding.span.column), "title": title}
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{command} {rendered}::{escape_data(_body(finding, lang))}"


def _body(finding: Finding, lang: str) -> str:
    lines = [common.message(finding, lang)]
    if finding.witness is not None:
        lines.extend(common.witness_lines(finding.witness, lang))
    hint = common.hint(finding, lang)
    if hint:
        lines.append(f"{text('report.hint', lang)}: {hint}")
    if finding.waived and finding.waiver_reason:
        lines.append(text("report.waived_because", lang, {"reason": finding.waiver_reason}))
    return "\n".join(lines)


def escape_data(value: str) -> str:
    """The toolkit's escapes, then any other control character (ESC, separators) shown escaped,
    so a title can neither end the command nor recolour the log."""
    return common.one_line(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
