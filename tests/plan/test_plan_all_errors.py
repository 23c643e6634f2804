"""Every input error of a plan at once (docs/spec/PLAN.md, version 2), and invisible characters named."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.errors import PlanError, PlanErrors
from procesregels.plan.loader import parse_plan

FIVE_MISTAKES = """\
plan: Vijf fouten
actors:
  raad: {role: raad}
  team: {role: ambtenarn}
steps:
  - id: a
    kind: bijeenkomst
    owner: tem
    date: 31-04-2026
  - id: b
    kind: enquete
    participants: {inwoners: raadplegn}
    after: [c]
"""


def _errors(text: str, lang: str = "nl") -> list[PlanError]:
    with pytest.raises(PlanError) as raised:
        parse_plan(text, "vijf.yaml", lang=lang)
    return list(getattr(raised.value, "errors", [raised.value]))


def test_a_plan_with_five_mistakes_shows_all_five_in_file_order():
    errors = _errors(FIVE_MISTAKES)
    assert [(e.span.line, e.span.column) for e in errors] == [(4, 16), (8, 12), (9, 11), (12, 30), (13, 13)]
    assert "ambtenarn" in errors[0].message and "tem" in errors[1].message
    assert "april heeft 30 dagen" in errors[2].message
    assert "raadplegn" in errors[3].message and "'c'" in errors[4].message


def test_the_cli_prints_every_error_and_exits_2(tmp_path):
    plan = tmp_path / "vijf.yaml"
    plan.write_text(FIVE_MISTAKES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(plan), "--lang", "nl"])
    assert result.exit_code == 2
    assert result.output.count(": fout: ") == 5


def test_at_most_twenty_then_how_many_more():
    steps = "".join(f"  - {{id: s{i}, kind: meetng{i}}}\n" for i in range(25))
    with pytest.raises(PlanErrors) as raised:
        parse_plan("plan: t\nsteps:\n" + steps, "p.yaml", lang="nl")
    rendered = raised.value.render()
    assert len(raised.value.errors) == 25
    assert rendered.count(": fout: ") == 20
    assert rendered.endswith("en 5 meer")
    with pytest.raises(PlanErrors) as raised:
        parse_plan("plan: t\nsteps:\n" + steps, "p.yaml", lang="en")
    assert raised.value.render().endswith("and 5 more")


def test_a_syntax_error_is_reported_alone():
    errors = _errors("plan: t\nsteps:\n  - {id: a, kind: meetng\n  - id: [\n")
    assert len(errors) == 1


def test_shape_and_name_problems_come_together():
    errors = _errors("plan: t\nsteps:\n  - {id: a, kind: meetng}\n  - {id: b, kind: meeting, after: x, date: morgen}\n"
                     "  - {id: c, kind: meeting, after: [a, zz]}\n", "en")
    assert [e.span.line for e in errors] == [3, 4, 4, 5]


@pytest.mark.parametrize("char, name", [("\u00a0", "harde spatie"), ("\u200b", "onzichtbare spatie"),
                                        ("\t", "een tab")])
def test_an_invisible_character_is_named_on_its_own_line(char: str, name: str):
    text = f"plan: t\nsteps:\n  - id: a\n    kind: bijeen{char}komst\n    date: 2026-04-07\n"
    errors = _errors(text)
    hidden = [e for e in errors if "U+" in e.message]
    assert len(hidden) == 1 and name in hidden[0].message
    assert (hidden[0].span.line, hidden[0].span.column) == (4, 17)


def test_a_no_break_space_in_the_indentation_is_found_on_its_line_not_the_next():
    errors = _errors("plan: t\nsteps:\n  - id: a\n\u00a0   kind: bijeenkomst\n  - id: b\n    kind: bijeenkomst\n")
    assert any(e.span.line == 4 and "harde spatie" in e.message for e in errors)


def test_a_missing_space_after_a_colon_is_found_on_its_line():
    errors = _errors("plan: t\nsteps:\n  - id: a\n    kind: meeting\n    date:2026-04-07\n")
    assert len(errors) == 1 and errors[0].span.line == 5
    assert "'date: 2026-04-07'" in errors[0].message
