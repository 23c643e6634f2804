"""Hostile texts from a plan or ruleset come out inert in every format (issue: Bad input)."""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procesregels.reporters import REPORTERS, github, markdown
from reporter_samples import HOSTILE, hostile_report
# Imported here, not inside the property: importing a module with @given tests while a
# @given test runs trips Hypothesis's nested-@given health check.
from html_tags import ALLOWED_TAGS, parsed


def render(fmt: str, lang: str = "en") -> str:
    out = io.StringIO()
    REPORTERS[fmt].render(hostile_report(lang), out)
    return out.getvalue()


TEXT_FORMATS = sorted(fmt for fmt, module in REPORTERS.items() if not getattr(module, "BINARY", False))


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_no_raw_payload_reaches_markup_formats(fmt: str) -> None:
    output = render(fmt)
    if fmt in ("json", "sarif", "html"):
        return  # JSON: escaped by the encoder (round trip below); HTML: tests/test_reporters_html.py
    assert "\x1b" not in output
    for line in output.splitlines():
        assert not line.startswith("::error::forged"), "a title forged a line of its own"


def test_text_keeps_each_title_on_one_line() -> None:
    output = render("text")
    assert "\\n::error::forged" in output
    heads = [line for line in output.splitlines() if re.match(r"plans/evil <b>\.yaml:\d+:\d+: ", line)]
    assert len(heads) == 6


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_round_trip_every_text(fmt: str) -> None:
    data = json.loads(render(fmt))
    assert any(HOSTILE in value for value in _strings(data))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_json_keeps_titles_exactly() -> None:
    data = json.loads(render("json"))
    assert data["plans"][0]["title"].endswith(HOSTILE)
    assert data["ruleset"]["name"].endswith(HOSTILE)


def test_markdown_escapes_markup() -> None:
    output = render("markdown")
    assert "<script" not in output and "<img" not in output and "<b>" not in output
    assert "&lt;script&gt;" in output
    assert re.search(r"(?<!\\)`", output) is None, "an unescaped backtick opens code"
    assert "](http" not in output.replace("\\](http", ""), "a link survived"


def test_markdown_table_rows_keep_their_cells() -> None:
    rows = [line for line in render("markdown").splitlines() if line.startswith("|")]
    widths = {len(re.split(r"(?<!\\)\|", row)) for row in rows[:3]}
    assert len(widths) == 1, rows[:3]
    influence = [row for row in rows if "exploration" in row]
    assert len(re.split(r"(?<!\\)\|", influence[0])) == 6


def test_markdown_escape_unit() -> None:
    assert markdown.escape("a|b`c*d_e[f](g)<h>&i\nj") == "a\\|b\\`c\\*d\\_e\\[f\\](g)&lt;h&gt;&amp;i j"


def test_github_commands_cannot_be_forged() -> None:
    lines = render("github").splitlines()
    assert len(lines) == 6
    for line in lines:
        assert re.match(r"::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,title=[^,:]*::", line), line


def test_github_escape_units() -> None:
    assert github.escape_data("50%\r\nx") == "50%25%0D%0Ax"
    assert github.escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def _report_with(title: str, lang: str):
    from reporter_samples import marktplein_findings, marktplein_plan
    from procesregels.engine.findings import PlanReport, Report

    label = lambda s: f"{s}{title}"  # noqa: E731
    plan = marktplein_plan(title=label("Plan"), label=label)
    findings = marktplein_findings(label=label)
    return Report(label("Ruleset"), None, None,
                  (PlanReport(plan.path, plan.title, findings, 0, 0, plan=plan),), lang=lang)


@settings(max_examples=100)
@given(title=st.text(max_size=40), lang=st.sampled_from(["en", "nl"]))
def test_any_title_stays_inert_in_every_format(title: str, lang: str) -> None:
    report = _report_with(title, lang)
    outputs = {}
    for fmt, reporter in REPORTERS.items():
        if getattr(reporter, "BINARY", False):
            continue
        out = io.StringIO()
        reporter.render(report, out)
        outputs[fmt] = out.getvalue()
    heads = [line for line in outputs["text"].splitlines() if re.match(r"plans/marktplein\.yaml:\d+:\d+: ", line)]
    assert len(heads) == 6
    assert not any("\x1b" in outputs[fmt] for fmt in ("text", "github", "markdown"))
    assert len(outputs["github"].splitlines()) == 6
    assert json.loads(outputs["json"])["plans"][0]["title"] == f"Plan{title}"
    assert re.search(r"(?<!\\)[`|<]", outputs["markdown"].split("## ", 2)[-1].replace("|", "")) is None
    tags = parsed(outputs["html"]).tags
    assert {tag for tag, _ in tags} <= ALLOWED_TAGS
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@given(st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=20))
def test_one_line_escapes_exactly_the_control_characters(value: str) -> None:
    from procesregels.reporters.common import one_line

    expected = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)
    assert one_line(value) == expected
    assert one_line(value) is value or not value.isprintable()
