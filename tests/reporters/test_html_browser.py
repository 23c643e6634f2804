"""The HTML report in a real headless Chromium: nothing runs, nothing is fetched, the picture is there.

Uses Debian's /usr/bin/chromium through Playwright for Python; a browser is never downloaded.
Skipped only when that browser is missing and the CI variable is not set (in CI it must run).
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from procesregels.reporters import html
from reporter_samples import hostile_report, marktplein_report
from chromium import needs_chromium


pytestmark = needs_chromium




def write_report(report, folder: Path, name: str) -> Path:
    out = io.StringIO()
    html.render(report, out)
    path = folder / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def open_guarded(browser, path: Path, viewport=(1366, 900)):
    """A page that records dialogs and every request other than the report itself (and blocks it)."""
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    dialogs, requests = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    url = path.resolve().as_uri()

    def guard(route):
        if route.request.url == url:
            route.continue_()
        else:
            requests.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    # Routing only sees network requests; the event also sees file: and data: loads.
    page.on("request", lambda request: request.url != url and requests.append(request.url))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, dialogs, requests


def test_hostile_report_runs_nothing_and_fetches_nothing(browser, tmp_path) -> None:
    path = write_report(hostile_report(), tmp_path, "hostile.html")
    page, dialogs, requests = open_guarded(browser, path)
    page.wait_for_timeout(300)  # give an injected onerror handler the time to fire
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert requests == []
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0
    assert "<script>window.__pwned=1;alert(1)</script>" in page.locator("h2").nth(1).inner_text()
    steps = len(hostile_report().plans[0].plan.steps)
    assert page.locator("svg.pic g.step").count() == steps
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    assert (tmp_path / "hostile.png").stat().st_size > 10_000
    page.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_picture_has_a_node_per_step_and_a_readable_size(browser, tmp_path, lang) -> None:
    report = marktplein_report(lang)
    path = write_report(report, tmp_path, f"marktplein.{lang}.html")
    page, dialogs, requests = open_guarded(browser, path)
    ids = page.eval_on_selector_all("svg.pic g.step", "nodes => nodes.map(n => n.id)")
    assert sorted(ids) == sorted(f"p0-s{i}" for i in range(len(report.plans[0].plan.steps)))
    box = page.locator("svg.pic").bounding_box()
    assert box["width"] <= 1366 and box["height"] > 250  # fits a laptop screen, not shrunk to nothing
    font = page.eval_on_selector("svg.pic text.t", "t => t.getBoundingClientRect().height")
    assert font >= 10, "step titles must stay readable"
    page.screenshot(path=str(tmp_path / f"marktplein.{lang}.png"), full_page=True)
    assert dialogs == [] and requests == []
    page.close()


def test_show_in_picture_highlights_the_witness_path(browser, tmp_path) -> None:
    path = write_report(marktplein_report(), tmp_path, "marktplein.html")
    page, _, _ = open_guarded(browser, path)
    finding = page.locator("li.finding", has_text="R2")
    finding.locator(".show a").click()
    assert re.search(r"#p0-f\d+-show$", page.url)
    stroke = lambda node: page.eval_on_selector(f"#{node} > rect.box", "r => getComputedStyle(r).stroke")  # noqa: E731
    path_steps = ["p0-s0", "p0-s1", "p0-s4"]  # kaders -> enquete -> ontwerp
    assert all(stroke(node) == "rgb(216, 27, 96)" for node in path_steps)
    assert stroke("p0-s5") != "rgb(216, 27, 96)"  # 'besluit' is not on this path
    edge = page.eval_on_selector("#p0-e1-4", "e => getComputedStyle(e).stroke")
    assert edge == "rgb(216, 27, 96)"
    page.screenshot(path=str(tmp_path / "highlight.png"))
    page.close()


def test_print_layout_fits_the_page(browser, tmp_path) -> None:
    path = write_report(marktplein_report("nl"), tmp_path, "print.html")
    page, _, _ = open_guarded(browser, path, viewport=(794, 1123))  # A4 at 96 dpi
    page.emulate_media(media="print")
    width = page.eval_on_selector("svg.pic", "s => s.getBoundingClientRect().width")
    assert width <= 794
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF"
    page.close()


def test_hovering_a_finding_highlights_its_path(browser, tmp_path) -> None:
    path = write_report(marktplein_report(), tmp_path, "hover.html")
    page, _, _ = open_guarded(browser, path)
    page.locator("li.finding", has_text="R2").hover()
    stroke = page.eval_on_selector("#p0-s1 > rect.box", "r => getComputedStyle(r).stroke")
    assert stroke == "rgb(216, 27, 96)"
    page.close()


def test_a_large_plan_opens_quickly_and_stays_traceable(browser, tmp_path) -> None:
    import time

    from procesregels.engine.findings import Finding, PlanReport, Report, Witness
    from procesregels.span import Span
    from test_reporters_html import big_plan

    plan = big_plan(3000)
    findings = tuple(Finding(rule="R1", category="violation", severity="error", step=f"s{i}",
                             span=Span("big.yaml", i + 1, 3), message="finding.x",
                             witness=Witness(path=(f"s{i - 1}", f"s{i}"))) for i in range(1, 3000, 5))
    report = Report("big", None, None, (PlanReport("big.yaml", plan.title, findings, 1, 0, plan=plan),))
    path = write_report(report, tmp_path, "big.html")
    started = time.perf_counter()
    page, dialogs, requests = open_guarded(browser, path)
    assert time.perf_counter() - started < 30
    assert page.locator("svg.pic rect.step").count() == 3000
    page.locator(".show a").nth(2).click()
    stroke = page.eval_on_selector("#p0-s11", "r => getComputedStyle(r).stroke")
    assert stroke == "rgb(216, 27, 96)"
    assert dialogs == [] and requests == []
    page.close()


@pytest.mark.skipif(not os.environ.get("MERMAID_JS"), reason="set MERMAID_JS to a local mermaid.min.js to run")
def test_mermaid_renders_the_graph_output_without_running_payloads(browser) -> None:
    """`graph --format mermaid` parsed and drawn by Mermaid itself (a local copy, never fetched)."""
    from procesregels.picture import render as picture_render
    from procesregels.picture.layout import layout

    page = browser.new_page()
    page.set_content("<html><body><div id='out'></div></body></html>")
    page.add_script_tag(content=Path(os.environ["MERMAID_JS"]).read_text(encoding="utf-8"))
    page.evaluate("mermaid.initialize({startOnLoad: false, securityLevel: 'strict'})")
    for number, report in enumerate((marktplein_report(), hostile_report())):
        source = picture_render.mermaid(layout(report.plans[0].plan), "en")
        outcome = page.evaluate("""async ([id, src]) => {
            try { const r = await mermaid.render(id, src); document.getElementById('out').innerHTML = r.svg; return 'ok'; }
            catch (e) { return String(e.message || e); } }""", [f"graph{number}", source])
        assert outcome == "ok", outcome
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#out svg").count() == 1
    page.close()
