"""`compare --format html` for an advisor: each difference a block with both rules in full, side by
side; colour only where a plan can pass one ruleset and fail the other (stricter, weaker,
missing), never on rows that make no difference. Checked in Chromium at 1400 pixels."""

from __future__ import annotations

import re

import pytest
from chromium import needs_chromium
from click.testing import CliRunner
from conftest import ROOT

from procesregels.cli import cli


def _page(tmp_path, *args: str) -> str:
    out = tmp_path / "compare.html"
    result = CliRunner().invoke(cli, ["compare", *args, "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


@pytest.fixture
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def _blocks(page: str) -> dict[str, str]:
    """The class of each difference block by its heading (`A1: alleen in amsterdam`)."""
    return {heading: css.strip() for css, heading in
            re.findall(r'<article class="difference ?([a-z ]*)">\s*<h3>([^<]*)</h3>', page)}


def test_colour_only_for_differences_that_fail_a_plan(tmp_path, at_root):
    page = _page(tmp_path, "national", "zwolle", "--no-examples")
    blocks = _blocks(page)
    assert blocks["Z1: alleen in zwolle"] == "stricter"  # an error rule national lacks
    assert blocks["Z2: alleen in zwolle"] == ""  # a warning: no plan fails on it
    assert "W2 = W2" in page  # equal rules in words, not as coloured rows
    assert not any(heading.startswith("W2") for heading in blocks)


def test_weaker_and_missing_are_coloured_from_the_second_rulesets_side(tmp_path, at_root):
    blocks = _blocks(_page(tmp_path, "national", "legacy-inspraak", "--no-examples", "--lang", "en"))
    assert blocks["W3: only in national"] == "missing"
    assert blocks["W5 / I3: incomparable"] == ""
    assert blocks["I1: only in legacy-inspraak"] == "stricter"


def test_the_matrix_colours_no_missing_warning(tmp_path, at_root):
    page = _page(tmp_path, "vng-model", "amsterdam", "zwolle", "national", "legacy-inspraak", "--no-examples")
    rows = re.findall(r"<tr><td>[^<]*</td><td>(M2 [^<]*)<.*?</tr>", page, flags=re.DOTALL)
    assert rows, "the row of vng-model's M2 (a warning)"
    row = re.search(r"<tr><td>[^<]*</td><td>M2 .*?</tr>", page, flags=re.DOTALL).group()
    assert "ontbreekt" in row and 'class="cell missing"' not in row


@pytest.mark.parametrize("lang", ["nl", "en"])
@needs_chromium[0]
@needs_chromium[1]
def test_the_page_reads_at_1400_pixels(browser, tmp_path, at_root, lang):
    page_file = tmp_path / "compare.html"
    page_file.write_text(_page(tmp_path, "national", "legacy-inspraak", "--lang", lang), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(page_file.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 1400  # nothing behind a scroll bar
    widths = page.evaluate("[...document.querySelectorAll('.rule .sentence')].map(e => e.getBoundingClientRect().width)")
    assert widths and min(widths) >= 450, widths  # rule text in full, never squeezed into a sliver
    colours = page.evaluate("""[...document.querySelectorAll('article.difference')].map(e =>
        [e.className, getComputedStyle(e).backgroundColor])""")
    plain = {colour for css, colour in colours if css == "difference"}
    assert plain == {"rgba(0, 0, 0, 0)"}, colours  # no colour where nothing fails
    assert {css for css, colour in colours if colour != "rgba(0, 0, 0, 0)"} <= {
        "difference stricter", "difference weaker", "difference missing"}
    page.screenshot(path=str(tmp_path / f"compare-{lang}.png"), full_page=True)
    page.close()
