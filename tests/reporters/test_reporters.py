"""Golden files, determinism and shape of every reporter, on the hand-built sample reports.

Regenerate the golden files after a deliberate change of wording or layout (tests/golden.py):
    PROCESREGELS_REGENERATE=1 python -m pytest tests/reporters/test_reporters.py
and read the diff before committing it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import DATA
from golden import assert_golden
from procesregels.reporters import REPORTERS
from reporter_samples import marktplein_report

GOLDEN = DATA / "reporters"
SUFFIX = {"text": "txt", "json": "json", "sarif": "sarif", "markdown": "md", "html": "html", "github": "github"}
#: Formats written as text; the Word document (bytes) is tested in test_reporters_docx.py.
TEXT_FORMATS = sorted(fmt for fmt, module in REPORTERS.items() if not getattr(module, "BINARY", False))


def render(fmt: str, report) -> str:
    """The output as text; for the Word document, the text of its paragraphs and table cells."""
    if getattr(REPORTERS[fmt], "BINARY", False):
        from reporter_samples import document_text

        data = io.BytesIO()
        REPORTERS[fmt].render(report, data)
        return document_text(data.getvalue())
    out = io.StringIO()
    REPORTERS[fmt].render(report, out)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_output_matches_golden_file(fmt: str, lang: str) -> None:
    produced = render(fmt, marktplein_report(lang))
    assert_golden(GOLDEN / f"marktplein.{lang}.{SUFFIX[fmt]}", produced)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_output_is_deterministic(fmt: str) -> None:
    assert render(fmt, marktplein_report()) == render(fmt, marktplein_report())


def test_every_format_has_a_suffix() -> None:
    assert set(SUFFIX) == set(TEXT_FORMATS)


def test_text_block_has_the_cli_md_shape() -> None:
    lines = render("text", marktplein_report()).splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("plans/marktplein.yaml:56:5:"))
    assert lines[head] == "plans/marktplein.yaml:56:5: error R2 Residents co-produce the design [art. 4 lid 3]"
    assert lines[head + 1].startswith("  ") and lines[head + 1].endswith(":")
    assert lines[head + 2] == "    when choice 'vorm' takes [enquete] and 'schetsen' is skipped:"
    assert lines[head + 3] == "    kaders -> enquete -> ontwerp"
    assert lines[head + 4].startswith("  hint: ")


def test_text_is_sorted_by_file_line_rule() -> None:
    heads = [line.split(": ", 1)[0] for line in render("text", marktplein_report()).splitlines()
             if line.startswith("plans/") and ": error " in line]
    keys = [(path, int(line), int(col)) for path, line, col in (head.rsplit(":", 2) for head in heads)]
    assert keys == sorted(keys)
    assert len(heads) == 6


def test_text_marks_waived_findings_and_ends_with_a_summary() -> None:
    output = render("text", marktplein_report())
    assert "error R9 High impact: neighbours advise [art. 4 lid 4] (waived)" in output
    assert "  waived: Spoedprocedure na raadsbesluit van 2026-01-10" in output
    assert output.splitlines()[-1] == (
        "plans/marktplein.yaml: 5 errors, 0 warnings, 0 info, 1 waived, 4 rules passed, 0 not applicable")


def test_text_in_dutch_uses_dutch_labels() -> None:
    output = render("text", marktplein_report("nl"))
    assert "    als keuze 'vorm' valt op [enquete] en 'schetsen' wordt overgeslagen:" in output
    assert "  tip: " in output
    assert "(afwijking aanvaard)" in output


def test_text_colour_only_when_asked() -> None:
    plain, coloured = io.StringIO(), io.StringIO()
    REPORTERS["text"].render(marktplein_report(), plain)
    REPORTERS["text"].render(marktplein_report(), coloured, colour=True)
    assert "\x1b[" not in plain.getvalue()
    assert "\x1b[" in coloured.getvalue()


def test_json_has_exactly_the_cli_md_shape() -> None:
    data = json.loads(render("json", marktplein_report()))
    assert list(data) == ["version", "ruleset", "plans"]
    assert data["version"] == 2  # docs/spec/CLI.md version 2: plans[].rules
    assert data["ruleset"] == {"name": "Voorbeeldstad (spec example)", "version": "2026.1",
                               "path": "rules/marktplein.rules"}
    plan = data["plans"][0]
    # docs/spec/CLI.md's keys in its order; `order` (after summary) is a documented addition
    # (docs/decisions.md) and `rules` is version 2's: JSON may be extended, never changed.
    assert list(plan) == ["path", "title", "summary", "order", "findings", "influence", "rules"]
    assert plan["order"] == "after"
    assert all(list(item) == ["rule", "status", "reason"] for item in plan["rules"])
    statuses = {item["rule"]: item["status"] for item in plan["rules"]}
    assert set(statuses.values()) == {"passed", "breached", "undetermined", "not-applicable", "waived"}
    reason = next(item["reason"] for item in plan["rules"] if item["status"] == "not-applicable")
    assert "instrument" in reason and "omgevingsvisie" in reason
    assert list(plan["summary"]) == ["error", "warning", "info", "undetermined", "waived", "passed",
                                     "not_applicable"]
    assert plan["summary"] == {"error": 5, "warning": 0, "info": 0, "undetermined": 0, "waived": 1,
                               "passed": 4, "not_applicable": 0}
    keys = ["rule", "category", "severity", "message", "source", "step", "location", "waived"]
    for finding in plan["findings"]:
        assert list(finding)[: len(keys)] == keys
        assert set(finding) - set(keys) <= {"witness"}
        assert list(finding["location"]) == ["line", "column"]
    first = next(f for f in plan["findings"] if f["rule"] == "R2")
    assert first["witness"] == {"choices": {"vorm": ["enquete"]}, "skipped": ["schetsen"],
                                "path": ["kaders", "enquete", "ontwerp"]}
    assert next(f for f in plan["findings"] if f["rule"] == "R6").get("witness") is None
    assert [f["waived"] for f in plan["findings"] if f["rule"] == "R9"] == [True]
    assert plan["influence"] == [
        {"role": "businesses", "first_step": None, "phase": None, "late": True},
        {"role": "residents", "first_step": "enquete", "phase": "exploration", "late": False},
    ]


def test_json_message_follows_the_report_language() -> None:
    from procesregels.i18n import text

    english = json.loads(render("json", marktplein_report("en")))["plans"][0]["findings"]
    dutch = json.loads(render("json", marktplein_report("nl")))["plans"][0]["findings"]
    for en, nl in zip(english, dutch):
        finding = next(f for f in marktplein_report().plans[0].findings if f.rule == en["rule"])
        assert en["message"] == text(finding.message, "en", finding.args)
        assert nl["message"] == text(finding.message, "nl", finding.args)


def test_markdown_has_a_summary_table_and_severity_groups() -> None:
    output = render("markdown", marktplein_report())
    assert "| Plan | errors | warnings | info | undetermined | waived | rules passed | not applicable |" in output
    assert "| Herinrichting Marktplein (plans/marktplein.yaml) | 5 | 0 | 0 | 0 | 1 | 4 | 0 |" in output
    assert "### Rules the plan breaks" in output and "### Accepted deviations" in output
    assert "#### R2 Residents co-produce the design\n\n- Article: art. 4 lid 3\n" in output


def test_markdown_is_a_raadsinformatiebrief() -> None:
    """Titles instead of ids, the steps with their dates, the statuses, the version and the date."""
    output = render("markdown", marktplein_report("nl"))
    assert "- Regels: Voorbeeldstad (spec example), versie 2026.1" in output
    assert "- Datum van de toets: 28 mei 2026" in output
    assert "| 2 | Online enquête | 1 februari 2026 – 28 februari 2026 | Projectteam Marktplein |" in output
    assert "| R9 | High impact: neighbours advise | art. 4 lid 4 | afwijking aanvaard |" in output
    assert "Raad stelt kaders vast → Online enquête → College stelt ontwerp vast" in output
    assert "'ontwerp'" not in output and "kaders ->" not in output


def test_github_annotations_are_located() -> None:
    lines = render("github", marktplein_report()).splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("::error file=plans/marktplein.yaml,line=1,col=1,title=R5 Businesses have a say early [art. 5]::")
    waived = next(line for line in lines if "title=R9" in line)
    assert waived.startswith("::notice ")


def test_report_and_graph_texts_exist_in_both_languages() -> None:
    from procesregels.i18n import CATALOGUE, LANGS, placeholders

    keys = [key for key in CATALOGUE if key.startswith(("report.", "graph."))]
    assert len(keys) > 50
    for key in keys:
        entry = CATALOGUE[key]
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key
        assert placeholders(entry["en"]) == placeholders(entry["nl"]), key


def test_every_label_a_reporter_asks_for_exists() -> None:
    """A missing key would show up as the key itself: look for it in every format and language."""
    import re

    for lang in ("en", "nl"):
        for fmt in REPORTERS:
            output = render(fmt, marktplein_report(lang))
            assert not re.search(r"\b(report|graph|brief)\.[a-z_]+", output), (fmt, lang)


def test_several_plans_in_one_html_page() -> None:
    from procesregels.core.record import replace

    report = marktplein_report()
    second = replace(report.plans[0], path="plans/a-copy.yaml")
    page = render("html", replace(report, plans=(report.plans[0], second)))
    assert page.count('<section class="plan"') == 2
    assert 'id="p0-s0"' in page and 'id="p1-s0"' in page
    assert page.index("plans/a-copy.yaml") < page.index("plans/marktplein.yaml")  # sorted by path


def test_count_phrase_singular_and_plural() -> None:
    from procesregels.reporters.common import count_phrase

    counts = {"error": 1, "warning": 2, "info": 0, "undetermined": 1, "waived": 0, "passed": 1, "not_applicable": 3}
    assert count_phrase(counts, "en") == "1 error, 2 warnings, 0 info, 1 undetermined, 1 rule passed, 3 not applicable"
    assert count_phrase(counts, "nl") == (
        "1 fout, 2 waarschuwingen, 0 info, 1 onbeslist, 1 regel voldaan, 3 niet van toepassing")


def test_every_data_file_is_shipped_in_the_wheel() -> None:
    """Every file of the package that is not Python (templates, styles, scripts, vocabulary) matches
    the package data of pyproject.toml, so an installed wheel has it (CI installs the wheel)."""
    import fnmatch
    import tomllib

    from conftest import ROOT

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["procesregels"]
    package = ROOT / "src" / "procesregels"
    data = [p.relative_to(package).as_posix() for p in package.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert any(name.startswith("publish/templates/") for name in data)
    missing = [name for name in data if not any(fnmatch.fnmatch(name, pattern) for pattern in patterns)]
    assert missing == []


def test_witness_condition_with_several_choices_and_skipped_steps() -> None:
    from procesregels.engine.findings import Witness
    from procesregels.reporters.common import witness_condition, witness_lines

    witness = Witness(choices=(("a", ("x", "y")), ("b", ("z",))), skipped=("p", "q"), path=("x", "z"))
    assert witness_condition(witness, "en") == (
        "when choice 'a' takes [x, y], choice 'b' takes [z] and 'p' and 'q' are skipped:")
    assert witness_condition(witness, "nl") == (
        "als keuze 'a' valt op [x, y], keuze 'b' valt op [z] en 'p' en 'q' worden overgeslagen:")
    assert witness_lines(Witness(path=("x", "z")), "en") == ["x -> z"]
    assert witness_lines(Witness(skipped=("p",)), "en") == ["when 'p' is skipped"]


@pytest.mark.parametrize("lang, said", [
    ("nl", "Het plan bevat geen fouten, maar overtreedt regels met de ernst waarschuwing."),
    ("en", "The plan has no errors, but it breaches rules whose severity is warning."),
])
def test_a_brief_says_a_plan_breaching_only_warnings_has_no_errors_not_that_it_meets_the_rules(lang, said) -> None:
    """schoolverplaatsing.yaml breaks three vng-model rules of severity warning and none is
    undecided: the brief said it 'meets the rules that could be checked; some could not be decided'."""
    from click.testing import CliRunner

    from procesregels.cli import cli

    root = Path(__file__).resolve().parents[2]
    result = CliRunner().invoke(cli, ["lint", str(root / "examples" / "schoolverplaatsing.yaml"), "--ruleset",
                                      "vng-model", "--format", "markdown", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert said in result.output
