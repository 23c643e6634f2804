"""Declared attributes and the legal-floor header (docs/spec/LANGUAGE.md section 1, version 2): conditions may
only test declared attributes and values; plan values must be declared ones; three-valued
conditions name the attribute a plan leaves out; every report lists every rule's status."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.errors import RulesetError
from procesregels.ruleset.loader import parse_ruleset
from procesregels.ruleset.model import AllOf, Condition

HEADER = 'regelset "t"\n  wettelijke ondergrens\nkenmerk instrument: omgevingsplan, omgevingsvisie, "openbare ruimte"\nkenmerk bouwhoogte: getal\n'


def test_declarations_and_legal_floor_parse_in_both_languages():
    dutch = parse_ruleset(HEADER + 'regel R1 "t"\n  als instrument omgevingsplan is en bouwhoogte ten minste 25 is: inwoners moeten geraadpleegd worden\n')
    english = parse_ruleset('ruleset "t"\n  legal floor\nattribute instrument: omgevingsplan, omgevingsvisie, "openbare ruimte"\n'
                            'attribute bouwhoogte: number\nrule R1 "t"\n'
                            '  when instrument is omgevingsplan and bouwhoogte is at least 25: residents must be consulted\n')
    assert dutch.legal_floor and english.legal_floor
    assert dutch.rules[0].meaning() == english.rules[0].meaning()
    attributes = dutch.vocabulary().attributes
    assert attributes["instrument"] == ("omgevingsplan", "omgevingsvisie", "openbare ruimte")
    assert attributes["bouwhoogte"] is None and attributes["budget"] is None
    assert dutch.rules[0].when == AllOf(parts=(Condition(attribute="instrument", op="is", value="omgevingsplan"),
                                               Condition(attribute="bouwhoogte", op="at-least", value=25)))


@pytest.mark.parametrize("condition, words, suggestion", [
    ("instrumnt omgevingsplan is", "onbekend kenmerk 'instrumnt'", "instrument"),
    ("instrument omgevinsplan is", "geen waarde van kenmerk 'instrument'", "omgevingsplan"),
    ("bouwhoogte hoog is", "is een getal", None),
    ("instrument ten minste 3 is", "lijst van waarden", None),
])
def test_conditions_test_only_declared_attributes_and_values(condition, words, suggestion):
    with pytest.raises(RulesetError) as caught:
        parse_ruleset(HEADER + f'regel R1 "t"\n  als {condition}: inwoners moeten geraadpleegd worden\n', "t.rules")
    assert words in str(caught.value)
    assert caught.value.span.line == 6
    if suggestion:
        assert suggestion in caught.value.suggestions


def test_impact_and_budget_are_declared_by_the_vocabulary():
    rule = parse_ruleset('ruleset "t"\nrule R1 "t"\n  when impact is high and budget is at least 10: residents must be consulted\n').rules[0]
    assert [c.attribute for c in rule.when.parts] == ["impact", "budget"]
    with pytest.raises(RulesetError):
        parse_ruleset('ruleset "t"\nattribute impact: a, b\n')


@pytest.fixture()
def files(tmp_path):
    rules = tmp_path / "r.rules"
    rules.write_text(HEADER + 'regel R1 "Omwonenden bij hoge bouw"\n  als bouwhoogte ten minste 25 is: omwonenden moeten geraadpleegd worden vóór elk besluit\n'
                     'regel R2 "Alleen bij een omgevingsvisie"\n  als instrument omgevingsvisie is: inwoners moeten geraadpleegd worden\n',
                     encoding="utf-8")

    def plan(attributes: str):
        path = tmp_path / "p.yaml"
        path.write_text(f"plan: p\nattributes: {{{attributes}}}\nactors:\n  raad: {{role: raad}}\n  buren: {{role: omwonenden}}\n"
                        "steps:\n  - {id: besluit, kind: besluit, owner: raad}\n"
                        "  - {id: brief, kind: informatie, participants: {buren: informeren}, after: [besluit]}\n",
                        encoding="utf-8")
        return str(path)

    return str(rules), plan


def test_a_plan_value_outside_the_declared_list_is_an_input_error(files):
    rules, plan = files
    result = CliRunner().invoke(cli, ["lint", plan("instrument: omgevingsplanwijziging"), "-r", rules])
    assert result.exit_code == 2
    assert "omgevingsplanwijziging" in result.stderr and "omgevingsplan" in result.stderr
    result = CliRunner().invoke(cli, ["lint", plan("bouwhoogte: hoog"), "-r", rules])
    assert result.exit_code == 2 and "getal" in result.stderr
    # attributes no ruleset declares are allowed and ignored
    assert CliRunner().invoke(cli, ["lint", plan("kleur: blauw, bouwhoogte: 10"), "-r", rules]).exit_code == 0


def test_a_missing_attribute_gives_an_undetermined_finding_that_names_it(files):
    rules, plan = files
    result = CliRunner().invoke(cli, ["lint", plan("instrument: omgevingsplan"), "-r", rules, "-f", "json"])
    assert result.exit_code == 0, result.output  # undetermined is a warning, never an error
    data = json.loads(result.stdout)["plans"][0]
    (finding,) = [f for f in data["findings"] if f["rule"] == "R1"]
    assert finding["category"] == "undetermined" and "'bouwhoogte'" in finding["message"]
    statuses = {r["rule"]: r for r in data["rules"]}
    assert statuses["R1"]["status"] == "undetermined" and "bouwhoogte" in statuses["R1"]["reason"]
    assert statuses["R2"]["status"] == "not-applicable"
    assert "instrument" in statuses["R2"]["reason"] and "omgevingsplan" in statuses["R2"]["reason"]
    # with the attribute given, the same plan breaks R1 for sure
    result = CliRunner().invoke(cli, ["lint", plan("bouwhoogte: 30"), "-r", rules, "-f", "json"])
    assert result.exit_code == 1
    assert {r["rule"]: r["status"] for r in json.loads(result.stdout)["plans"][0]["rules"]}["R1"] == "breached"


def test_text_lists_every_rule_only_when_verbose(files):
    rules, plan = files
    path = plan("bouwhoogte: 10")
    quiet = CliRunner().invoke(cli, ["lint", path, "-r", rules])
    verbose = CliRunner().invoke(cli, ["lint", path, "-r", rules, "-v"])
    assert "R1  niet van toepassing" not in quiet.stdout
    assert "R1  niet van toepassing: het plan voldoet niet aan 'bouwhoogte ten minste 25 is' (bouwhoogte: 10)" in verbose.stdout
    assert "R2  niet te beoordelen: of de regel geldt hangt af van 'instrument'" in verbose.stdout


def test_schema_and_init_offer_the_declared_attributes():
    from procesregels.plan.schema import plan_schema
    from procesregels.plan.starter import starter_plan
    from procesregels.ruleset.loader import load_ruleset

    national = load_ruleset("national").vocabulary()
    offered = plan_schema(national)["properties"]["attributes"]["properties"]
    assert offered["instrument"]["examples"][0] == "omgevingsplan" and "uov" in offered["procedure"]["examples"]
    assert {"type": "number"} in offered["budget"]["anyOf"] and "hoog" in offered["impact"]["examples"]
    result = CliRunner().invoke(cli, ["schema", "--ruleset", "zwolle"])
    assert '"windturbines"' in result.output
    for lang in ("nl", "en"):  # the starter names every value the floor declares, with a comment
        starter = starter_plan(lang)
        for name in ("instrument", "procedure"):
            assert all(value in starter for value in national.attributes[name]), (lang, name)
