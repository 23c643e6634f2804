"""The HTML report and the picture: self-contained, escaped, one SVG node per step, fast on big plans."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import time
import xml.dom.minidom

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procesregels.core.record import replace
from procesregels.picture import render as picture_render
from procesregels.engine.findings import Finding, PlanReport, Report
from procesregels.picture.layout import layout
from procesregels.plan.model import Actor, Plan, Step
from procesregels.reporters import html
from procesregels.span import Span
from html_tags import ALLOWED_TAGS, parsed
from reporter_samples import HOSTILE, hostile_report, marktplein_report

def render(report) -> str:
    out = io.StringIO()
    html.render(report, out)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_hostile_texts_stay_text(lang) -> None:
    page = render(hostile_report(lang))
    tags = parsed(page)
    assert {tag for tag, _ in tags.tags} <= ALLOWED_TAGS
    for tag, attrs in tags.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert all(not value or value.startswith("#") for name, value in attrs.items() if name == "href")
    text = "".join(tags.data)
    assert "<script>window.__pwned=1;alert(1)</script>" in text  # shown, as text
    assert "]]>" not in page  # not even inside the SVG


def test_nothing_is_fetched_from_elsewhere() -> None:
    page = render(marktplein_report())
    tags = parsed(page)
    assert not {tag for tag, _ in tags.tags} & {"script", "link", "img", "iframe", "object", "embed"}
    for _, attrs in tags.tags:
        for name in ("src", "href", "xlink:href", "action"):
            assert not attrs.get(name, "#").lstrip().lower().startswith(("http", "//", "javascript", "data"))
    assert "@import" not in page and "url(http" not in page
    assert "default-src 'none'" in page


def test_svg_has_one_node_per_step_and_links_from_findings() -> None:
    page = render(marktplein_report())
    nodes = re.findall(r'<g id="p0-s(\d+)" class="step', page)
    assert sorted(map(int, nodes)) == list(range(7))
    assert 'href="#p0-s4"' in page  # R2 is about 'ontwerp', the fifth step
    r2 = re.search(r'<li class="finding error" id="(p0-f\d+)">\s*<div class="head">[^\n]*R2', page)
    assert r2 and f'href="#{r2.group(1)}-show"' in page
    assert f"#{r2.group(1)}-show:target" in page  # the CSS that lights up its path


def test_headings_follow_the_report_language() -> None:
    dutch = render(marktplein_report("nl"))
    assert "<h2>Samenvatting</h2>" in dutch and "<h3>Het proces</h3>" in dutch and 'lang="nl"' in dutch
    english = render(marktplein_report("en"))
    assert "<h2>Summary</h2>" in english and "Influence per stakeholder group" in english


def test_report_without_a_loaded_plan_still_renders() -> None:
    report = marktplein_report()
    plan = replace(report.plans[0], plan=None)
    page = render(replace(report, plans=(plan,)))
    assert "<svg" not in page and "R2" in page


def test_picture_orders_steps_by_after_links_and_dates() -> None:
    report = marktplein_report()
    picture = layout(report.plans[0].plan, findings=report.plans[0].findings, influence=report.plans[0].influence)
    column = {node.step: node.column for node in picture.nodes}
    for step in report.plans[0].plan.steps:
        for before in step.after:
            assert column[before] < column[step.id]
    assert column["enquete"] < column["straatgesprekken"]  # 1 February before 14 February
    assert [lane.label for lane in picture.lanes] == ["Gemeenteraad", "Projectteam Marktplein", "college"]
    by_step = {node.step: node for node in picture.nodes}
    assert by_step["schetsen"].dashed and by_step["enquete"].dashed and not by_step["besluit"].dashed
    assert by_step["besluit"].decision
    assert by_step["enquete"].influence == ("residents",)
    assert by_step["ontwerp"].rules == ("R2",)
    assert by_step["schetsen"].rank > by_step["enquete"].rank > by_step["terugkoppeling"].rank > 0


def test_picture_svg_is_xml_and_round_trips_hostile_titles() -> None:
    report = hostile_report()
    picture = layout(report.plans[0].plan, findings=report.plans[0].findings)
    drawn = picture_render.svg(picture, "en")
    document = xml.dom.minidom.parseString(drawn.encode("utf-8"))
    titles = [t.firstChild.data for t in document.getElementsByTagName("title") if t.firstChild]
    assert any(HOSTILE.split("\n")[0] in title for title in titles)
    assert "<script" not in drawn and "<img" not in drawn


def test_mermaid_labels_cannot_break_out() -> None:
    report = hostile_report()
    drawn = picture_render.mermaid(layout(report.plans[0].plan), "en")
    for line in drawn.splitlines()[1:]:
        for label in re.findall(r'"([^"]*)"', line):
            bare = re.sub(r"#\d+;", "", label.replace("<br/>", ""))
            assert not set(bare) & set('<>`[]{}|;&#"\n'), label
    assert drawn.count('"') % 2 == 0
    assert "<script" not in drawn and "`" not in drawn


def test_mermaid_text_unit() -> None:
    assert picture_render.mermaid_text('a "b" <c> `d` #e') == "a #34;b#34; #60;c#62; #96;d#96; #35;e"


def test_dot_strings_are_quoted() -> None:
    assert picture_render.dot_text('say "hi" \\ \n') == '"say \\"hi\\" \\\\ \\n"'
    report = hostile_report()
    drawn = picture_render.dot(layout(report.plans[0].plan), "en")
    for line in drawn.splitlines():
        stripped = re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)  # remove every well-formed string
        assert '"' not in stripped.replace('""', ""), line
        assert "<" not in stripped


def big_plan(size: int) -> Plan:
    """A long process: a backbone with side branches, five owners, dates on every tenth step."""
    actors = {f"a{i}": Actor(role="officials", name=f"Team {i}") for i in range(5)}
    actors["bewoners"] = Actor(role="residents")
    steps = []
    for i in range(size):
        after = (f"s{i - 1}",) if i else ()
        if i > 3 and i % 7 == 0:
            after += (f"s{i - 4}",)
        start = dt.date(2026, 1, 1) + dt.timedelta(days=i // 10) if i % 10 == 0 else None
        steps.append(Step(id=f"s{i}", title=f"Stap {i}", kind="meeting", owner=f"a{i % 5}", after=after,
                          participants={"bewoners": "consult"} if i % 3 == 0 else {}, start=start, end=start,
                          optional=i % 11 == 0))
    return Plan(plan="Groot plan", actors=actors, steps=tuple(steps), path="big.yaml")


@pytest.mark.parametrize("size", [3000])
def test_large_plan_renders_fast_and_small(size) -> None:
    plan = big_plan(size)
    findings = tuple(Finding(rule="R1", category="violation", severity="error", step=f"s{i}", span=Span("big.yaml", i + 1, 3),
                             message="finding.x") for i in range(0, size, 5))
    report = Report("big", None, None, (PlanReport("big.yaml", plan.title, findings, 1, 0, plan=plan),))
    started = time.perf_counter()
    page = render(report)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, elapsed
    assert len(page.encode("utf-8")) < 8_000_000
    assert len(re.findall(r'<rect id="p0-s\d+" class="step', page)) == size



def test_phase_bands_follow_the_columns() -> None:
    report = marktplein_report("nl")
    picture = layout(report.plans[0].plan, lang="nl")
    assert [band.label for band in picture.phases] == ["initiatief", "verkenning", "ontwerp", "besluitvorming"]
    assert all(a.x + a.width < b.x for a, b in zip(picture.phases, picture.phases[1:]))


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
@pytest.mark.parametrize("make", [marktplein_report, hostile_report])
def test_graphviz_accepts_the_dot_output(make) -> None:
    report = make()
    drawn = picture_render.dot(layout(report.plans[0].plan), "en")
    result = subprocess.run(["dot", "-Tsvg"], input=drawn, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "<script" not in result.stdout


def test_badges_keep_rule_ids_short() -> None:
    assert picture_render.badge(("R2",)) == "R2"
    assert picture_render.badge(("late-influence", "plan-error")) == "!"
    assert picture_render.badge(("R1", "R10", "R11", "R12", "R13")) == "R1 R10 R11 R1…"


def test_columns_respect_links_and_dates_on_a_large_plan() -> None:
    from procesregels.picture.columns import step_columns

    plan = big_plan(2000)
    columns = step_columns(plan.steps)
    for step in plan.steps:
        assert all(columns[before] < columns[step.id] for before in step.after)
    dated = sorted((step.start, columns[step.id]) for step in plan.steps if step.start)
    assert all(a[1] < b[1] for a, b in zip(dated, dated[1:]) if a[0] < b[0])


@settings(max_examples=60)
@given(title=st.text(max_size=30))
def test_standalone_svg_is_well_formed_xml_for_any_title(title: str) -> None:
    from reporter_samples import marktplein_plan

    plan = marktplein_plan(title=f"Plan{title}", label=lambda s: f"{s}{title}")
    drawn = picture_render.svg(layout(plan), "en")
    xml.dom.minidom.parseString(drawn.encode("utf-8"))


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
@settings(max_examples=40)
@given(title=st.text(max_size=20))
def test_graphviz_accepts_any_title(title: str) -> None:
    from reporter_samples import marktplein_plan

    plan = marktplein_plan(title=f"Plan{title}", label=lambda s: f"{s}{title}")
    drawn = picture_render.dot(layout(plan), "en")
    result = subprocess.run(["dot", "-Tsvg"], input=drawn.encode("utf-8"), capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr


@settings(max_examples=100)
@given(title=st.text(max_size=30))
def test_mermaid_labels_hold_no_markup_for_any_title(title: str) -> None:
    from reporter_samples import marktplein_plan

    plan = marktplein_plan(title=f"Plan{title}", label=lambda s: f"{s}{title}")
    for line in picture_render.mermaid(layout(plan), "en").splitlines()[1:]:
        for label in re.findall(r'"([^"]*)"', line):
            bare = re.sub(r"#\d+;", "", label.replace("<br/>", ""))
            assert not set(bare) & set('<>`[]{}|;&#"\n\r'), label


def test_a_late_influence_finding_marks_its_step_late() -> None:
    report = marktplein_report()
    late = Finding(rule="late-influence", category="late-influence", severity="warning", step="terugkoppeling",
                   span=Span("plans/marktplein.yaml", 71, 5), message="finding.late-influence")
    picture = layout(report.plans[0].plan, findings=(late,))
    by_step = {node.step: node for node in picture.nodes}
    assert by_step["terugkoppeling"].too_late and not by_step["enquete"].too_late
    assert 'class="step late"' in picture_render.svg(picture, "en")
