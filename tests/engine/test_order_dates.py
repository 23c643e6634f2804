"""`order: dates` / `volgorde: datums` (docs/spec/PLAN.md, version 2): dated steps are ordered by their dates."""

from __future__ import annotations

import pytest

from procesregels.engine.run import lint_plan
from procesregels.errors import PlanError
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.loader import parse_ruleset

RULESET = """\
regelset "t"

regel R1 "Kaders eerst"
  de raad moet kaders vaststellen voordat participatie start
"""

PLAN = """\
plan: t
{order}
actoren:
  raad: {{rol: raad}}
  team: {{rol: ambtenaren}}
stappen:
  - {{id: enquete, soort: enquête, eigenaar: team, deelnemers: {{inwoners: raadplegen}}, datum: 10-3-2026}}
  - {{id: kaders, soort: kaderstelling, eigenaar: raad, datum: {frames}}}
  - {{id: besluit, soort: besluit, eigenaar: raad, datum: 1-6-2026}}
"""


def _findings(order: str, frames: str = "15-1-2026"):
    ruleset = parse_ruleset(RULESET)
    plan = parse_plan(PLAN.format(order=order, frames=frames), "p.yaml", ruleset.vocabulary())
    return plan, lint_plan(ruleset, plan).findings


def test_without_the_option_dates_do_not_order():
    plan, findings = _findings("")
    assert plan.order == "after"
    assert [f.rule for f in findings if f.rule == "R1"] == ["R1"]
    assert [f.hint for f in findings if f.rule == "R1"] == ["hint.event-before"]


@pytest.mark.parametrize("order", ["volgorde: datums", "order: dates", "volgorde: Datums"])
def test_dates_order_the_steps(order: str):
    plan, findings = _findings(order)
    assert plan.order == "dates"
    assert [f.rule for f in findings if f.rule == "R1"] == []


def test_a_step_that_ends_on_the_day_the_other_starts_is_not_before_it():
    _, findings = _findings("volgorde: datums", frames="10-3-2026")
    breach = [f for f in findings if f.rule == "R1"]
    assert len(breach) == 1
    assert breach[0].hint == "hint.event-before.dates"
    assert dict(breach[0].hint_args)["start"] == "2026-03-10"


def test_an_unknown_order_is_an_input_error():
    with pytest.raises(PlanError) as raised:
        parse_plan("plan: t\nvolgorde: datum\nsteps: []\n", "p.yaml", lang="nl")
    assert "'datum' is geen volgorde" in raised.value.message


def test_after_links_against_the_dates_are_a_cycle():
    text = ("plan: t\norder: dates\nsteps:\n  - {id: a, kind: meeting, date: 2026-05-01}\n"
            "  - {id: b, kind: meeting, after: [a]}\n  - {id: c, kind: meeting, after: [b], date: 2026-04-01}\n")
    with pytest.raises(PlanError) as raised:
        parse_plan(text, "p.yaml")
    assert "a -> b -> c -> a" in raised.value.message
    parse_plan(text.replace("order: dates\n", ""), "p.yaml")  # links alone: no cycle


def test_the_text_report_says_the_plan_orders_by_dates(tmp_path):
    from click.testing import CliRunner

    from procesregels.cli import cli

    path = tmp_path / "p.yaml"
    path.write_text(PLAN.format(order="volgorde: datums", frames="15-1-2026"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(path), "--lang", "nl"])
    assert "volgorde van de stappen: na-verwijzingen en datums" in result.output
