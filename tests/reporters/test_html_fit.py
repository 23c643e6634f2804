"""The picture in the HTML report fits the window (zoomed to fit, full size on request) and
prints in parts readable on A4 landscape; checked in Debian's Chromium at 1400 and 1920 pixels."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from procesregels.reporters import html
from chromium import CHROMIUM

#: Usable width of an A4 landscape page with 10 mm margins, and the smallest text of the picture.
PAGE_MM, SMALLEST_TEXT_UNITS = 277, 11
PT_PER_MM = 72 / 25.4


def wide_plan_report(tmp_path: Path, steps: int = 12):
    """A plan of `steps` steps one after the other, two owners: twelve columns wide."""
    from procesregels.commands import lint

    lines = ["plan: Brede planning", "municipality: Voorbeeldstad", "actors:",
             "  team: {role: ambtenaren, name: Projectteam}", "  raad: {role: raad}",
             "  bewoners: {role: inwoners}", "steps:"]
    for number in range(steps):
        lines += [f"  - id: s{number}", f"    title: Stap {number} met een titel van enige lengte",
                  "    kind: bijeenkomst" if number % 3 else "    kind: besluit",
                  f"    owner: {'team' if number % 2 else 'raad'}",
                  "    participants: {bewoners: raadplegen}" if number % 3 else "",
                  f"    date: 2026-{1 + number % 12:02d}-15"]
        if number:
            lines.append(f"    after: [s{number - 1}]")
    path = tmp_path / "breed.yaml"
    path.write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")
    settings = lint.settings_for([str(path)], {"ruleset": "national"})
    return lint.lint_paths([str(path)], settings)


def test_a_wide_picture_prints_in_parts_that_keep_the_text_readable(tmp_path) -> None:
    from procesregels.picture.layout import LANE_LABEL_WIDTH, layout

    report = wide_plan_report(tmp_path)
    plan = report.plans[0]
    picture = layout(plan.plan, vocabulary=report.ruleset.vocabulary(), lang=report.lang)
    parts = html.print_parts(picture)
    assert len(parts) >= 3
    for part in parts:
        printed_mm_per_unit = PAGE_MM / (LANE_LABEL_WIDTH + part["width"])
        assert SMALLEST_TEXT_UNITS * printed_mm_per_unit * PT_PER_MM >= 8
    covered = sum(part["width"] for part in parts)
    assert covered >= picture.width - LANE_LABEL_WIDTH - 10






def _page_of(browser, tmp_path: Path, width: int):
    out = io.StringIO()
    html.render(wide_plan_report(tmp_path), out)
    path = tmp_path / "breed.html"
    path.write_text(out.getvalue(), encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": 1000})
    page.goto(path.resolve().as_uri())
    return page


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"), reason="no /usr/bin/chromium")
@pytest.mark.parametrize("width", [1400, 1920])
def test_the_picture_fits_the_window_and_shows_full_size_on_request(browser, tmp_path, width) -> None:
    page = _page_of(browser, tmp_path, width)
    fit = page.evaluate("""() => { const box = document.querySelector('.picture');
        return [box.scrollWidth, box.clientWidth, box.getBoundingClientRect().right, window.innerWidth]; }""")
    scroll_width, client_width, right, window = fit
    assert scroll_width <= client_width + 1, "zoomed to fit: no horizontal scroll bar"
    assert right <= window and client_width >= window - 80, "the picture uses the window's width"
    page.screenshot(path=str(tmp_path / f"fit-{width}.png"))
    page.locator("label.zoom").first.click()
    full = page.evaluate("() => { const box = document.querySelector('.picture'); return box.scrollWidth; }")
    assert full > client_width + 200, "full size: wider than the window, scrolls"
    page.close()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"), reason="no /usr/bin/chromium")
def test_print_shows_the_parts_and_hides_the_control(browser, tmp_path) -> None:
    page = _page_of(browser, tmp_path, 1400)
    page.emulate_media(media="print")
    shown = page.evaluate("""() => [getComputedStyle(document.querySelector('.print-parts')).display,
        getComputedStyle(document.querySelector('label.zoom')).display,
        document.querySelectorAll('.print-parts svg.part').length]""")
    assert shown[0] == "block" and shown[1] == "none" and shown[2] >= 4
    fill = page.evaluate("""() => { const use = document.querySelector('.print-parts use');
        return use.getBoundingClientRect().width > 0; }""")
    assert fill
    page.pdf(path=str(tmp_path / "breed.pdf"), prefer_css_page_size=True, print_background=True)
    assert (tmp_path / "breed.pdf").read_bytes().startswith(b"%PDF")
    page.close()
