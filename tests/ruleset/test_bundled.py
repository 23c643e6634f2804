"""The bundled rulesets: they load, they say where each rule comes from, and their own examples
pass `procesregels test`, break every rule they write, and include a passing and a failing plan.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.engine.run import lint_plan
from procesregels.plan.loader import load_plan
from procesregels.ruleset.loader import bundled_rulesets, load_ruleset
from procesregels.commands.ruleset_examples import example_plan_path

NAMES = ("amsterdam", "legacy-inspraak", "national", "vng-model", "zwolle")
BREACHES = ("violation", "missing-role", "late-influence")


@pytest.fixture(scope="module", params=NAMES)
def ruleset(request):
    return load_ruleset(request.param)


def own_rules(ruleset) -> set[str]:
    """The rules written in this file, not inherited from the rulesets it extends."""
    name = Path(ruleset.path).stem
    return {rule.id for rule in ruleset.rules if rule.layer == name}


def broken_rules(ruleset) -> set[str]:
    """Every rule with a breach (any severity, not waived) in one of the ruleset's own examples."""
    broken: set[str] = set()
    for example in ruleset.examples:
        report = lint_plan(ruleset, load_plan(example_plan_path(ruleset, example), ruleset.vocabulary()))
        broken |= {f.rule for f in report.findings if f.category in BREACHES and not f.waived}
    return broken


def test_the_five_rulesets_are_bundled():
    assert tuple(path.stem for path in bundled_rulesets()) == NAMES


def test_every_ruleset_names_its_source_and_version(ruleset):
    assert ruleset.title and ruleset.municipality and ruleset.version and ruleset.adopted
    assert ruleset.source


def test_every_rule_names_the_article_or_document_it_comes_from(ruleset):
    for rule in ruleset.rules:
        assert rule.source and len(rule.source) > 10, rule.id


def test_every_own_rule_is_broken_by_an_own_example(ruleset):
    assert own_rules(ruleset) <= broken_rules(ruleset)


def test_there_is_a_passing_and_a_failing_example(ruleset):
    expectations = [example.expect for example in ruleset.examples]
    assert () in expectations
    assert any(expectation for expectation in expectations)


def test_expectations_name_only_rules_of_the_merged_ruleset(ruleset):
    ids = {rule.id for rule in ruleset.rules}
    for example in ruleset.examples:
        assert set(example.expect) <= ids, example.name


@pytest.mark.parametrize("name", NAMES)
def test_procesregels_test_passes_on_each(name):
    result = CliRunner().invoke(cli, ["test", name, "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    count = len(load_ruleset(name).examples)
    assert lines[-1] == f"{count} passed, 0 failed"
    assert len(lines) == count + 1 and all(line.startswith("PASS ") for line in lines[:-1])


def test_layers_replace_and_drop_as_written():
    vng = {rule.id: rule.layer for rule in load_ruleset("vng-model").rules}
    assert vng["W3"] == "national" and vng["M3"] == "vng-model" and "W1" not in vng
    amsterdam = {rule.id for rule in load_ruleset("amsterdam").rules}
    assert "M2" not in amsterdam and "M3" not in amsterdam and {"A1", "M1", "W2"} <= amsterdam
    assert load_ruleset("legacy-inspraak").extends == ()


def test_municipal_level_names_map_onto_the_ladder():
    vocabulary = load_ruleset("amsterdam").vocabulary()
    assert vocabulary.level("meedenken") == "consult"
    assert vocabulary.level("meewerken") == "coproduce"


def test_each_ruleset_means_the_same_in_english(tmp_path):
    """`fmt --lang en` of every bundled file parses again and its examples still pass."""
    folder = tmp_path / "rulesets"
    shutil.copytree(bundled_rulesets()[0].parent, folder)
    files = sorted(str(path) for path in folder.glob("*.rules"))
    runner = CliRunner()
    assert runner.invoke(cli, ["fmt", "--lang", "en", *files]).exit_code == 0
    assert all(Path(path).read_text(encoding="utf-8").count("\nrule ") > 0 for path in files)
    for path in files:
        english = load_ruleset(path)
        dutch = load_ruleset(Path(path).stem)
        assert [r.meaning() for r in english.rules] == [r.meaning() for r in dutch.rules]
    result = runner.invoke(cli, ["test", *files])
    assert result.exit_code == 0, result.output


def test_rulesets_json_lists_each_with_its_fields():
    result = CliRunner().invoke(cli, ["rulesets", "--format", "json"])
    assert result.exit_code == 0
    entries = json.loads(result.output)
    assert [entry["name"] for entry in entries] == sorted(NAMES)
    for entry in entries:
        assert set(entry) == {"name", "title", "municipality", "version", "source", "path"}
        assert Path(entry["path"]).is_file() and Path(entry["path"]).stem == entry["name"]
    national = next(entry for entry in entries if entry["name"] == "national")
    assert national["version"] == "2026.1" and "Gemeentewet art. 150" in national["source"]


def test_rulesets_text_is_aligned_columns():
    result = CliRunner().invoke(cli, ["rulesets"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["NAME", "VERSION", "MUNICIPALITY"]
    assert [line.split()[0] for line in lines[1:]] == sorted(NAMES)
    version_column = lines[0].index("VERSION")
    assert all(line[version_column:].split()[0] in {"2024.2", "2006.2", "2026.1", "2023.2"} for line in lines[1:])


# Where each failing example breaks its rules (error findings: rule, category, step). Reviewed by
# hand against the comment at the top of each plan: the breach must be the one the plan shows.
BREACH_SITES = {
    ("national", "korte-inzage.yaml"): {("W2", "violation", "inzage")},
    ("national", "geen-terugkoppeling.yaml"): {("W3", "violation", "besluit")},
    ("national", "omgevingsplan-zonder-kennisgeving.yaml"): {("W4", "violation", "werksessie"), ("W5", "violation", "ontwerp")},
    # Every rule of vng-model is an interpretation (a warning): its failing example breaks the floor.
    ("vng-model", "korte-inzage.yaml"): {("W2", "violation", "inzage")},
    # The own rules of amsterdam are interpretations (warnings): its failing example breaks the floor.
    ("amsterdam", "korte-inzage.yaml"): {("W2", "violation", "inspraak")},
    ("zwolle", "ontwerp-eerst.yaml"): {("Z1", "violation", "schetsontwerp")},
    ("zwolle", "onvolledige-rollen.yaml"): {("Z6", "missing-role", None)},
    ("legacy-inspraak", "bestemmingsplan-zonder-inspraak.yaml"): {("I1", "violation", "besluit"), ("I3", "violation", "ontwerp")},
    ("legacy-inspraak", "stadsvernieuwing-zonder-inspraak.yaml"): {("I2", "violation", "besluit")},
    ("legacy-inspraak", "korte-inzage.yaml"): {("I4", "violation", "inzage")},
}


def test_every_failing_example_is_pinned_to_its_breach_sites():
    failing = {(name, Path(example.plan).name) for name in NAMES for example in load_ruleset(name).examples
               if example.expect}
    assert failing == set(BREACH_SITES)


@pytest.mark.parametrize("name, plan", sorted(BREACH_SITES))
def test_failing_examples_break_where_their_plan_says(name, plan):
    ruleset = load_ruleset(name)
    report = lint_plan(ruleset, load_plan(Path(ruleset.path).parent / "examples" / name / plan, ruleset.vocabulary()))
    errors = {(f.rule, f.category, f.step) for f in report.findings if f.severity == "error" and not f.waived}
    assert errors == BREACH_SITES[(name, plan)]


# A reader can look a source up: an article of law, a CVDR or gmb number, or a page on a site.
LOOKUP = re.compile(r"\bart\. \d|\bCVDR\d+|\bgmb-\d{4}-\d+|\b[a-z0-9-]+\.nl\b")


@pytest.mark.parametrize("name", NAMES)
def test_every_rule_is_verified_or_a_declared_interpretation(name):
    """A rule that rests on a reading, advice or a secondary source is a warning whose bron starts
    with 'interpretatie:'; every other rule is an error quoting a text (docs/decisions.md, issue 12)."""
    ruleset = load_ruleset(name)
    for rule in ruleset.rules:
        if rule.layer != name:
            continue
        interpretation = rule.source.startswith("interpretatie:")
        assert interpretation == (rule.severity == "warning"), rule.id
        assert LOOKUP.search(rule.source), rule.id
        if not interpretation and name != "national":  # national paraphrases what it read only in explanations
            assert "'" in rule.source, f"{rule.id} quotes the words it rests on"
