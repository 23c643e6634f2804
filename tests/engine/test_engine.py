"""The engine end to end: the spec example, witnesses, severities, waivers, select/ignore,
the influence summary, determinism."""

from __future__ import annotations

import json

import pytest

from conftest import SPEC_EXAMPLES
from procesregels.engine.run import lint, lint_plan, selected
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.loader import parse_ruleset



def example(ruleset_name: str = "marktplein.rules", plan_text: str | None = None):
    base = SPEC_EXAMPLES
    ruleset = parse_ruleset((base / ruleset_name).read_text(encoding="utf-8"), str(base / ruleset_name))
    text = plan_text if plan_text is not None else (base / "marktplein.yaml").read_text(encoding="utf-8")
    return ruleset, parse_plan(text, "marktplein.yaml", ruleset.vocabulary())




@pytest.mark.parametrize("ruleset_name", ["marktplein.rules", "marktplein.nl.rules"])
def test_spec_example_gives_exactly_the_expected_findings(ruleset_name):
    expected = json.loads((SPEC_EXAMPLES / "marktplein.expected.json").read_text(encoding="utf-8"))
    report = lint_plan(*example(ruleset_name))
    got = [{"rule": f.rule, "category": f.category, "step": f.step, "waived": f.waived} for f in report.findings]
    key = lambda d: (d["rule"], d["category"], d["step"] or "")  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key)
    assert report.passed == 4  # R1, R3, R4, R10
    assert report.not_applicable == 0


def test_spec_example_witnesses_and_severities():
    report = lint_plan(*example())
    by_rule = {f.rule: f for f in report.findings}
    r2 = by_rule["R2"]
    assert r2.severity == "error"
    assert r2.witness.skipped == ("schetsen",)
    assert r2.witness.path[-1] == "ontwerp"
    assert by_rule["R5"].witness.choices == (("vorm", ("straatgesprekken",)),)
    assert by_rule["R9"].waived and by_rule["R9"].waiver_reason.startswith("Spoedprocedure")
    assert by_rule["R2"].hint == "hint.involvement-before"
    assert dict(by_rule["R2"].hint_args)["step"] == "ontwerp"
    assert r2.span.line == 51


def test_cli_md_witness_for_r1():
    """The text example of docs/spec/CLI.md: R1 broken when the street talks only inform residents."""
    ruleset, plan = example()
    text = (SPEC_EXAMPLES / "marktplein.yaml").read_text(encoding="utf-8")
    text = text.replace("participants: {bewoners: consult}\n    phase: exploration\n    date: 2026-02-14",
                        "participants: {bewoners: inform}\n    phase: exploration\n    date: 2026-02-14")
    ruleset, plan = example(plan_text=text)
    r1 = next(f for f in lint_plan(ruleset, plan).findings if f.rule == "R1")
    assert r1.step == "besluit"
    assert r1.witness.choices == (("vorm", ("straatgesprekken",)),)
    assert r1.witness.skipped == ("schetsen",)
    assert r1.witness.path == ("kaders", "straatgesprekken", "ontwerp", "besluit")


def test_influence_summary_of_the_spec_example():
    report = lint_plan(*example())
    influence = {i.role: i for i in report.influence}
    assert set(influence) == {"residents", "businesses"}
    assert influence["businesses"].first_step is None and influence["businesses"].late
    assert influence["residents"].first_step == "enquete"  # as in the JSON example of docs/spec/CLI.md
    assert influence["residents"].phase == "exploration"
    assert not influence["residents"].late


def test_select_and_ignore_by_id_and_prefix():
    assert selected("R1") and selected("R10", ("R1",)) and not selected("R2", ("R1",))
    assert not selected("late-influence", (), ("late",))
    ruleset, plan = example()
    report = lint_plan(ruleset, plan, select=("R2", "R5"))
    assert {f.rule for f in report.findings} == {"R2", "R5"}
    assert report.passed == 0 and report.not_applicable == 0
    report = lint_plan(ruleset, plan, ignore=("R",))
    assert report.findings == () and report.passed == 0


def test_lint_gives_one_report_per_plan_and_is_deterministic():
    ruleset, plan = example()
    first = lint(ruleset, [plan, plan], lang="nl")
    second = lint(ruleset, [plan, plan], lang="nl")
    assert first == second and len(first.plans) == 2 and first.lang == "nl"
    assert first.ruleset_name == ruleset.title


def test_undetermined_findings_are_warnings_and_do_not_pass():
    ruleset = parse_ruleset('ruleset "t"\nrule R1 "t"\n  severity error\n'
                            '  after any decision, residents must be informed within 2 weeks\n', "t.rules")
    plan = parse_plan("plan: t\nactors: {bewoners: {role: residents}}\nsteps:\n"
                      "  - {id: besluit, kind: decision, date: 2026-03-01}\n"
                      "  - {id: terug, kind: feedback, participants: {bewoners: inform}, after: [besluit]}\n",
                      "t.yaml", ruleset.vocabulary())
    report = lint_plan(ruleset, plan)
    finding = next(f for f in report.findings if f.rule == "R1")
    assert (finding.category, finding.severity, finding.step) == ("undetermined", "warning", "besluit")
    assert "'terug'" in dict(finding.args)["steps"]
    assert report.passed == 0


def test_engine_texts_have_both_languages_with_the_same_placeholders():
    from procesregels.i18n.engine import ENGINE_MESSAGES
    from procesregels.i18n import CATALOGUE, placeholders

    for key, entry in ENGINE_MESSAGES.items():
        assert key.split(".")[0] in ("finding", "hint", "influence"), key
        assert CATALOGUE[key] is entry
        assert placeholders(entry["en"]) == placeholders(entry["nl"]), key


def test_periods_are_shown_in_the_language_of_the_message():
    from procesregels.i18n import text

    args = {"step": "s", "period": "6 week"}
    assert "6 weeks" in text("hint.duration.min", "en", args)
    assert "6 weken" in text("hint.duration.min", "nl", args)
    assert "1 maand" in text("hint.duration.min", "nl", {"step": "s", "period": "1 month"})
