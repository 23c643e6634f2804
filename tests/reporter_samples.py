"""Hand-built reports for the reporter tests: the worked example of the spec, and a hostile one.

The reporters are tested on fixed Report values, not on the engine's output, so a change in
the engine cannot hide a change in a format (and the other way round). Message keys are the
engine's `finding.*` / `hint.*` keys: golden files pin their wording in both languages.
"""

from __future__ import annotations

import datetime as dt
import io

from procesregels.core.record import replace
from procesregels.engine.findings import Finding, Influence, PlanReport, Report, RuleStatus, Witness
from procesregels.i18n import Listed
from procesregels.plan.model import Actor, Choice, Plan, Step, Waiver
from procesregels.ruleset.model import Condition, Ruleset
from procesregels.span import Span

PLAN_PATH = "plans/marktplein.yaml"


def marktplein_plan(path: str = PLAN_PATH, title: str = "Herinrichting Marktplein", label=lambda s: s) -> Plan:
    """The plan of docs/spec/PLAN.md; `label` lets the hostile sample poison every title."""
    steps = (
        Step(id="kaders", title=label("Raad stelt kaders vast"), kind="frames", owner="raad",
             phase="initiative", start=dt.date(2026, 1, 15), end=dt.date(2026, 1, 15)),
        Step(id="enquete", title=label("Online enquête"), kind="survey", owner="team",
             participants={"bewoners": "consult", "winkeliers": "consult"}, phase="exploration",
             start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28), after=("kaders",)),
        Step(id="straatgesprekken", title=label("Gesprekken op straat"), kind="meeting", owner="team",
             participants={"bewoners": "consult"}, phase="exploration",
             start=dt.date(2026, 2, 14), end=dt.date(2026, 2, 14), after=("kaders",)),
        Step(id="schetsen", title=label("Ontwerpateliers"), kind="workshop", owner="team",
             participants={"bewoners": "coproduce"}, phase="design", optional=True, after=("enquete",)),
        Step(id="ontwerp", title=label("College stelt ontwerp vast"), kind="draft", owner="college",
             phase="design", after=("enquete", "straatgesprekken", "schetsen")),
        Step(id="besluit", title=label("Raad besluit"), kind="decision", owner="raad", phase="decision",
             start=dt.date(2026, 6, 10), end=dt.date(2026, 6, 10), after=("ontwerp",)),
        Step(id="terugkoppeling", kind="feedback", owner="team",
             participants={"bewoners": "inform", "winkeliers": "inform"},
             start=dt.date(2026, 6, 24), end=dt.date(2026, 6, 24), after=("besluit",)),
    )
    lines = {"kaders": 19, "enquete": 27, "straatgesprekken": 38, "schetsen": 47, "ontwerp": 56,
             "besluit": 63, "terugkoppeling": 71}
    positions = {("steps", i): Span(path, lines[s.id], 5) for i, s in enumerate(steps)}
    actors = {
        "raad": Actor(role="council", name=label("Gemeenteraad")),
        "college": Actor(role="executive"),
        "team": Actor(role="officials", name=label("Projectteam Marktplein")),
        "bewoners": Actor(role="residents"),
        "winkeliers": Actor(role="businesses"),
    }
    return Plan(plan=title, municipality="Voorbeeldstad", attributes={"impact": "high"}, actors=actors,
                steps=steps, choices=(Choice(id="vorm", options=(("enquete",), ("straatgesprekken",))),),
                waivers=(Waiver(rule="R9", reason=label("Spoedprocedure na raadsbesluit van 2026-01-10")),),
                path=path, positions=positions)


def marktplein_findings(path: str = PLAN_PATH, label=lambda s: s) -> tuple[Finding, ...]:
    def at(line: int, column: int = 5) -> Span:
        return Span(path, line, column)

    return (
        Finding(rule="R2", category="violation", severity="error", step="ontwerp", span=at(56),
                message="finding.involvement-before",
                args=(("step", "ontwerp"), ("title", label("College stelt ontwerp vast")), ("roles", ("residents",)),
                      ("level", "coproduce")),
                hint="hint.involvement-before",
                hint_args=(("step", "ontwerp"), ("roles", ("residents",)), ("level", "coproduce")),
                witness=Witness(choices=(("vorm", ("enquete",)),), skipped=("schetsen",),
                                path=("kaders", "enquete", "ontwerp")),
                title=label("Residents co-produce the design"), source="art. 4 lid 3", layer="spec"),
        Finding(rule="R5", category="violation", severity="error", step=None, span=at(1, 1),
                message="finding.influence-by-phase", args=(("roles", ("businesses",)), ("phase", "exploration")),
                hint="hint.influence-by-phase", hint_args=(("roles", ("businesses",)), ("phase", "exploration")),
                witness=Witness(choices=(("vorm", ("straatgesprekken",)),), skipped=(), path=()),
                title=label("Businesses have a say early"), source=label("art. 5"), layer="spec"),
        Finding(rule="R6", category="missing-role", severity="error", step=None, span=at(1, 1),
                message="finding.role-present", args=(("role", "youth"),), hint="hint.role-present",
                hint_args=(("role", "youth"),), title=label("Young people take part"), source="art. 6"),
        Finding(rule="R7", category="violation", severity="error", step="straatgesprekken", span=at(38),
                message="finding.lead-time",
                args=(("step", "straatgesprekken"), ("title", label("Gesprekken op straat")), ("roles", ("residents",)),
                      ("level", "inform"), ("period", "2 week")),
                hint="hint.lead-time",
                hint_args=(("step", "straatgesprekken"), ("roles", ("residents",)), ("level", "inform"),
                           ("period", "2 week")),
                witness=Witness(choices=(("vorm", ("straatgesprekken",)),), skipped=("schetsen",),
                                path=("kaders", "straatgesprekken")),
                title=label("Invitations two weeks ahead"), source="art. 8"),
        Finding(rule="R8", category="violation", severity="error", step="schetsen", span=at(47),
                message="finding.field-present.date", args=(("step", "schetsen"), ("title", label("Ontwerpateliers"))),
                hint="hint.field-present.date", hint_args=(("step", "schetsen"),),
                title=label("Every participation step is planned"), source="art. 3 lid 2"),
        Finding(rule="R9", category="violation", severity="error", step=None, span=at(1, 1),
                message="finding.involvement-anywhere", args=(("roles", ("neighbours",)), ("level", "advise")),
                hint="hint.involvement-anywhere", hint_args=(("roles", ("neighbours",)), ("level", "advise")),
                witness=Witness(choices=(), skipped=("schetsen",), path=()),
                title=label("High impact: neighbours advise"), source="art. 4 lid 4",
                waived=True, waiver_reason=label("Spoedprocedure na raadsbesluit van 2026-01-10")),
    )


def marktplein_statuses(value: str = "omgevingsvisie") -> tuple[RuleStatus, ...]:
    """Every rule's status (docs/spec/CLI.md version 2): one of each kind, with their reasons."""
    return (
        RuleStatus("R1", "passed"),
        RuleStatus("R2", "breached"),
        RuleStatus("R3", "not-applicable", clause=Condition(attribute="instrument", op="is", value="omgevingsplan"),
                   value=value),
        RuleStatus("R4", "passed", missing=("impact",)),
        RuleStatus("R5", "breached"),
        RuleStatus("R6", "breached"),
        RuleStatus("R7", "breached"),
        RuleStatus("R8", "breached"),
        RuleStatus("R9", "waived"),
        RuleStatus("R10", "undetermined", missing=("budget", "impact")),
    )


def marktplein_report(lang: str = "en") -> Report:
    plan = marktplein_plan()
    influence = (Influence("businesses", None, None, True), Influence("residents", "enquete", "exploration", False))
    plan_report = PlanReport(path=PLAN_PATH, title=plan.title, findings=marktplein_findings(), passed=4,
                             not_applicable=0, influence=influence, plan=plan, rules=marktplein_statuses())
    ruleset = Ruleset(title="Voorbeeldstad (spec example)", version="2026.1", path="rules/marktplein.rules")
    return Report("Voorbeeldstad (spec example)", "2026.1", "rules/marktplein.rules", (plan_report,),
                  lang=lang, ruleset=ruleset)


#: Payloads that must come out inert in every format.
HOSTILE = "<script>window.__pwned=1;alert(1)</script>\"><img src=x onerror=alert(1)>]]>`|*_[x](http://e.vil)&amp;\n::error::forged"


def hostile_report(lang: str = "en") -> Report:
    """Every text a plan or ruleset can put into a report carries the payloads."""
    label = lambda s: f"{s} {HOSTILE}"  # noqa: E731
    path = "plans/evil <b>.yaml"
    plan = marktplein_plan(path=path, title=label("Plan"), label=label)
    findings = marktplein_findings(path=path, label=label)
    influence = (Influence("residents", "enquete", "exploration", True),)
    plan_report = PlanReport(path=path, title=plan.title, findings=findings, passed=1, not_applicable=1,
                             influence=influence, plan=plan, rules=marktplein_statuses(HOSTILE))
    return with_hostile_step_ids(Report(label("Ruleset"), label("1"), "rules/evil.rules", (plan_report,), lang=lang))


HOSTILE_ID = "<u>\"'`|*"


def with_hostile_step_ids(report: Report) -> Report:
    """The same report with every step id carrying markup, quotes, a backtick and a pipe."""
    rename = lambda step: f"{step}{HOSTILE_ID}"  # noqa: E731
    plan_report = report.plans[0]
    plan = plan_report.plan
    steps = tuple(s.model_copy(update={"id": rename(s.id), "after": tuple(map(rename, s.after))}) for s in plan.steps)
    choices = tuple(c.model_copy(update={"options": tuple(tuple(map(rename, o)) for o in c.options)})
                    for c in plan.choices)
    plan = plan.model_copy(update={"steps": steps, "choices": choices})

    def renamed(finding: Finding) -> Finding:
        witness = finding.witness
        if witness is not None:
            witness = Witness(choices=tuple((c, tuple(map(rename, o))) for c, o in witness.choices),
                              skipped=tuple(map(rename, witness.skipped)), path=tuple(map(rename, witness.path)))
        args = tuple((k, rename(v) if k == "step" else v) for k, v in finding.args)
        return replace(finding, step=rename(finding.step) if finding.step else None,
                                   witness=witness, args=args)

    influence = tuple(replace(i, first_step=rename(i.first_step) if i.first_step else None)
                      for i in plan_report.influence)
    plan_report = replace(plan_report, plan=plan, findings=tuple(map(renamed, plan_report.findings)),
                                      influence=influence)
    return replace(report, plans=(plan_report,))


def document_text(data: bytes) -> str:
    """Every paragraph and table cell of a .docx, one per line (headings prefixed by their style)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = []
    for paragraph in document.paragraphs:
        lines.append(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


#: A value for every argument a rule template's finding or hint text shows (by its name).
SAMPLE_ARGS = {
    "step": "ontwerp", "title": "College stelt ontwerp vast", "roles": ("residents", "businesses"),
    "role": "youth", "level": "coproduce", "phase": "design", "kind": "survey", "period": "2 week",
    "period_lasts": "10 day", "actor": "bewoners", "actors": Listed(("bewoners", "winkeliers")),
    "dates": "2026-03-01", "start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 14),
    "deadline": dt.date(2026, 3, 15), "late": "enquete", "late_start": dt.date(2026, 3, 20),
    "event_step": "besluit",
}


def every_template_report(texts: list[tuple[str, list[str], str, list[str]]], lang: str = "en") -> Report:
    """The worked example's report with one finding per (message key, the names it shows, hint key,
    the names it shows) of `texts`, the arguments filled from SAMPLE_ARGS. The names are given (not
    looked up here) so that building the report asks the catalogue nothing."""
    def args(names: list[str]) -> tuple[tuple[str, object], ...]:
        return tuple((name, SAMPLE_ARGS[name]) for name in names if name in SAMPLE_ARGS)

    findings = tuple(
        Finding(rule=f"R{i + 1}", category="violation", severity="error", step="ontwerp", span=Span(PLAN_PATH, 56, 5),
                message=message, args=args(message_names), hint=hint, hint_args=args(hint_names),
                title=f"Rule {i + 1}")
        for i, (message, message_names, hint, hint_names) in enumerate(texts)
    )
    report = marktplein_report(lang)
    return replace(report, plans=(replace(report.plans[0], findings=findings, rules=()),))
