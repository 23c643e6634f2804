"""Example plans as `explain` and `compare` show them: written in the report's language (Dutch keys
and words in a Dutch report), dressed as a municipality writes a plan, and confirmed by the
engine on the very text that is printed: parsed back and linted, it passes and fails exactly as
the search confirmed."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.commands.compare import render, run
from procesregels.comparison.render import example_is_vacuous, example_yaml
from procesregels.example_plans.dress import dressed, realistic
from procesregels.example_plans.shown import errors_of, loaded
from procesregels.plan.keys import DUTCH
from procesregels.ruleset.loader import load_ruleset

PAIRS = [("national", "legacy-inspraak"), ("zwolle", "legacy-inspraak"), ("national", "zwolle")]
ENGLISH_KEYS = {model: set(keys) for model, keys in DUTCH.items()}
DUTCH_KEYS = {model: set(keys.values()) for model, keys in DUTCH.items()}


def _keys_of(data: dict) -> dict[str, set[str]]:
    actors = data.get("actors") or data.get("actoren") or {}
    steps = data.get("steps") or data.get("stappen") or []
    return {"plan": set(data), "actor": {k for entry in actors.values() for k in entry},
            "step": {k for step in steps for k in step}}


@pytest.fixture(scope="module", params=PAIRS, ids=lambda pair: "-".join(pair))
def pair(request):
    return [load_ruleset(name) for name in request.param]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_compare_examples_are_in_the_report_language_and_hold_as_printed(pair, lang):
    comparison = run(pair, lang=lang)[0]
    shown = [e for e in comparison.examples if not example_is_vacuous(e)]
    assert shown, "the bundled pair has examples"
    for example in shown:
        text = example_yaml(example)
        data = yaml.safe_load(text)
        wanted = DUTCH_KEYS if lang == "nl" else ENGLISH_KEYS
        for model, keys in _keys_of(data).items():
            assert keys <= wanted[model], (model, keys - wanted[model], text)
        assert example.shown == text, "every example of the bundled pairs is shown dressed"
        passing = comparison.a if example.passes == "a" else comparison.b
        failing = comparison.a if example.fails == "a" else comparison.b
        assert errors_of(text, passing) == [], text
        assert tuple(sorted({f.rule for f in errors_of(text, failing) or ()})) == example.failing_rules, text
        steps = data.get("stappen" if lang == "nl" else "steps")
        assert steps, "a plan with steps"
        assert all((step.get("titel") if lang == "nl" else step.get("title")) for step in steps)


def test_dutch_examples_use_dutch_names_english_ones_english():
    rulesets = [load_ruleset("national"), load_ruleset("legacy-inspraak")]
    dutch = render(rulesets, run(rulesets, lang="nl"), "text", "nl")
    english = render(rulesets, run(rulesets, lang="en"), "text", "en")
    assert "rol: raad" in dutch and "soort: besluit" in dutch and "stappen:" in dutch
    assert "role:" not in dutch and "kind:" not in dutch and "role: council" not in dutch
    assert "role: council" in english and "kind: decision" in english and "steps:" in english
    assert "rol:" not in english and "stappen:" not in english


def test_a_request_is_made_by_its_initiator_not_the_college():
    result = CliRunner().invoke(cli, ["explain", "A4", "--ruleset", "amsterdam", "--lang", "nl"])
    block = result.output.split("Een plan dat hem breekt:\n", 1)[1].split("\n\n", 1)[0]
    data = yaml.safe_load("\n".join(line[2:] for line in block.splitlines()))
    request = next(s for s in data["stappen"] if s["soort"] == "vergunningaanvraag")
    assert data["actoren"][request["eigenaar"]]["rol"] == "initiatiefnemer"


def test_an_empty_plan_is_never_shown_as_meeting_a_ruleset():
    rulesets = [load_ruleset("national"), load_ruleset("zwolle")]
    comparisons = run(rulesets, lang="nl")
    assert any(example_is_vacuous(e) for e in comparisons[0].examples), "Z6 is met only by an empty plan"
    for fmt in ("text", "markdown", "html"):
        out = render(rulesets, comparisons, fmt, "nl")
        assert "stappen: []" not in out and "steps: []" not in out
        assert "ook van een plan zonder stappen" in out


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("rule", ["A1", "A4", "M5"])
def test_explain_prints_a_plan_in_its_language_that_breaks_the_rule(rule, lang):
    result = CliRunner().invoke(cli, ["explain", rule, "--ruleset", "amsterdam", "--lang", lang])
    assert result.exit_code == 0, result.output
    label = "Een plan dat hem breekt:" if lang == "nl" else "A plan that breaks it:"
    after = result.output.split(label + "\n", 1)[1]
    block = after.split("\n\n", 1)[0]
    text = "\n".join(line[2:] for line in block.splitlines())
    data = yaml.safe_load(text)
    assert ("stappen" in data) == (lang == "nl") and ("steps" in data) == (lang == "en")
    ruleset = load_ruleset("amsterdam")
    assert loaded(text, ruleset) is not None
    from procesregels.ruleset.model import Ruleset

    alone = Ruleset(title="alone", declarations=ruleset.declarations,
                    rules=(ruleset.rule(rule).model_copy(update={"severity": "error"}),))
    assert {f.rule for f in errors_of(text, alone) or ()} == {rule}


def test_dressing_renames_ids_everywhere_and_keeps_the_meaning():
    data = {"plan": "x", "actors": {"raad": {"role": "council"}, "team": {"role": "officials"},
                                    "inwoners": {"role": "residents"}},
            "steps": [{"id": "kaders", "kind": "frames", "owner": "raad", "date": dt.date(2026, 3, 2)},
                      {"id": "avond", "kind": "meeting", "owner": "team", "participants": {"inwoners": "consult"},
                       "date": dt.date(2026, 4, 6), "after": ["kaders"]},
                      {"id": "avond-2", "kind": "meeting", "owner": "team", "participants": {"inwoners": "consult"},
                       "phase": "design", "date": dt.date(2026, 5, 4), "after": ["avond"]}]}
    vocabulary = load_ruleset("national").vocabulary()
    dutch = dressed(data, vocabulary, "nl", "Plan")
    assert [s["id"] for s in dutch["stappen"]] == ["startnotitie", "bijeenkomst", "bijeenkomst-2"]
    assert [s["titel"] for s in dutch["stappen"]] == ["Startnotitie vaststellen", "Bewonersavond",
                                                      "Bewonersavond (ontwerp)"]
    assert dutch["stappen"][2]["na"] == ["bijeenkomst"] and dutch["stappen"][1]["deelnemers"] == {"inwoners": "raadplegen"}
    english = dressed(data, vocabulary, "en", "Plan")
    assert list(english["actors"]) == ["council", "team", "residents"]
    assert english["steps"][1]["participants"] == {"residents": "consult"}


def test_realistic_plans_meet_on_working_days():
    data = {"plan": "x", "actors": {"raad": {"role": "council"}},
            "steps": [{"id": "besluit", "kind": "decision", "owner": "raad", "date": dt.date(2026, 8, 29)}]}
    vocabulary = load_ruleset("national").vocabulary()
    assert realistic(data, vocabulary)["steps"][0]["date"] == dt.date(2026, 8, 31)  # Saturday -> Monday
    assert data["steps"][0]["date"] == dt.date(2026, 8, 29)  # the input is not changed
