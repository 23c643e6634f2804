"""`publish`: a static site of rulesets that a council can put online.

Every page stands alone (styles inside, nothing fetched, no script), is accessible in the basic
ways WCAG 2.1 AA asks, and every example plan on it is confirmed again here by the engine.
"""

from __future__ import annotations

import html as html_lib
import os
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from html_tags import parsed
from procesregels.cli import cli
from procesregels.engine.run import lint_plan
from procesregels.example_plans.shown import plan_yaml
from procesregels.plan.loader import parse_plan
from procesregels.ruleset.loader import load_ruleset
from chromium import CHROMIUM



@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    result = CliRunner().invoke(cli, ["publish", "vng-model", "national", "legacy-inspraak", "zwolle", "--output", str(folder)])
    assert result.exit_code == 0, result.output
    assert "Site geschreven in" in result.output
    return folder


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_a_page_per_ruleset_and_per_rule(site) -> None:
    for name in ("vng-model", "national"):
        ruleset = load_ruleset(name)
        assert (site / name / "index.html").is_file()
        for rule in ruleset.rules:
            assert (site / name / f"{rule.id.lower()}.html").is_file(), rule.id
    assert (site / "index.html").is_file()


def test_pages_are_self_contained_and_run_nothing(site) -> None:
    for path in pages(site):
        page = path.read_text(encoding="utf-8")
        tags = parsed(page).tags
        assert "Content-Security-Policy" in page and "default-src 'none'" in page
        assert not any(tag in ("script", "img", "iframe", "link", "object") for tag, _ in tags), path
        for _, attrs in tags:
            for name in ("href", "src", "action"):
                value = attrs.get(name)
                if value:
                    assert re.fullmatch(r"(\.\./)?[a-z0-9-]*(/index)?(\.html)?(#[\w-]+)?|#[\w-]+", value), (path, value)


def test_pages_meet_the_basics_of_accessibility(site) -> None:
    for path in pages(site):
        page = path.read_text(encoding="utf-8")
        tags = parsed(page).tags
        names = [tag for tag, _ in tags]
        assert re.search(r'<html lang="(nl|en)">', page), path
        assert names.count("h1") == 1 and "main" in names and "nav" in names, path
        assert 'class="skip" href="#content"' in page and 'id="content"' in page
        levels = [int(tag[1]) for tag in names if re.fullmatch(r"h[1-6]", tag)]
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), (path, levels)  # no skipped level
        assert all(attrs.get("scope") in ("col", "row") for tag, attrs in tags if tag == "th"), path


def test_a_rule_page_says_the_rule_in_both_languages(site) -> None:
    page = html_lib.unescape((site / "vng-model" / "m3.html").read_text(encoding="utf-8"))
    assert "na het laatste besluit moeten deelnemers geïnformeerd worden" in page
    assert "after the last decision, participants must be informed" in page
    assert "interpretatie: een eindverslag aan iedereen die meedeed" in page
    assert "Getoetst: dit plan voldoet aan regel M3." in page
    assert "Getoetst: dit plan overtreedt regel M3" in page


@pytest.mark.parametrize("name", ["vng-model", "national", "legacy-inspraak", "zwolle"])
def test_every_example_plan_on_the_site_is_what_it_says(site, name) -> None:
    """Read each plan back from the page and let the engine judge it again."""
    ruleset = load_ruleset(name)
    vocabulary = ruleset.vocabulary()
    for rule in ruleset.rules:
        page = (site / name / f"{rule.id.lower()}.html").read_text(encoding="utf-8")
        plans = [html_lib.unescape(block) for block in re.findall(r'<pre class="plan" tabindex="0"><code>(.*?)</code></pre>',
                                                                  page, re.S)]
        verdicts = re.findall(r'<p class="verdict (meets|breaks)">', page)
        assert len(plans) == len(verdicts) == 2, (name, rule.id)  # both examples were found and confirmed
        for verdict, text in zip(verdicts, plans):
            plan = parse_plan(text, "voorbeeld.yaml", vocabulary)
            assert plan.municipality and all(step.title for step in plan.steps), "a plan a reader recognises"
            assert text == plan_yaml(yaml.safe_load(text)), "written as `explain` and examples/*.yaml write plans"
            alone = ruleset.model_copy(update={"rules": (rule.model_copy(update={"severity": "error"}),)})
            report = lint_plan(alone, plan)
            found = [f for f in report.findings if f.rule == rule.id and f.category != "undetermined"]
            status = next(s.status for s in report.rules if s.rule == rule.id)
            if verdict == "meets":
                assert not found and report.not_applicable == 0 and len(plan.steps) > 1, (name, rule.id)
                assert status == "passed" and not report.failed, (name, rule.id)
            else:
                assert found and status == "breached", (name, rule.id)


def test_what_the_ruleset_adds_and_how_it_compares_with_national(site) -> None:
    page = html_lib.unescape((site / "vng-model" / "index.html").read_text(encoding="utf-8"))
    # M3 is a rule of its own since national is a legal floor (compare cannot prove it stricter than W3)
    assert "Voegt regel M3 toe" in page
    assert "Voegt regel M1 toe" in page
    # Every rule of vng-model is an interpretation (a warning), and warnings fail no plan.
    assert "vng-model en national zijn even streng" in page
    national = html_lib.unescape((site / "national" / "index.html").read_text(encoding="utf-8"))
    assert "Dit is de wettelijke ondergrens zelf." in national


def test_english_site(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["publish", "zwolle", "--lang", "en", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Participation rules" in page


def test_an_unknown_ruleset_is_an_input_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["publish", "nergens", "--output", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert not (tmp_path / "x").exists()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"), reason="no /usr/bin/chromium")
def test_the_site_in_a_browser_fetches_nothing_and_the_skip_link_works(site, tmp_path, browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    for path in (site / "index.html", site / "vng-model" / "index.html", site / "vng-model" / "m3.html"):
        requests.clear()
        page.goto(path.resolve().as_uri())
        assert requests == [path.resolve().as_uri()], requests
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.evaluate("getComputedStyle(document.activeElement).left") != "-9999px"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "content"
        page.screenshot(path=str(tmp_path / f"{path.parent.name}-{path.stem}.png"), full_page=True)
    page.close()


def test_a_plan_that_meets_a_rule_has_what_the_rule_is_about_and_the_rule_applies() -> None:
    """A citizens' assembly that must last six weeks is met by a plan with one that does, not by a
    process without any (vacuous); a rule with `unless` gets a plan where it applies."""
    from procesregels.publish.examples import examples
    from procesregels.ruleset.loader import parse_ruleset

    ruleset = parse_ruleset(
        'regelset "t"\n'
        "kenmerk instrument: begroting, overig\n"
        'regel T1 "Een burgerberaad duurt zes weken"\n'
        '  bron "art. 1"\n'
        "  elk burgerberaad moet ten minste 6 weken duren\n"
        'regel T2 "Inwoners praten mee"\n'
        '  bron "art. 2"\n'
        "  als instrument overig is, tenzij instrument begroting is: inwoners moeten geraadpleegd worden voordat de raad besluit\n",
        "t.rules")
    vocabulary = ruleset.vocabulary()
    for rule in ruleset.rules:
        meets, breaks = examples(rule, ruleset, "nl")
        assert meets is not None and breaks is not None, rule.id
        plan = parse_plan(meets.yaml, "voorbeeld.yaml", vocabulary)
        statuses = {status.rule: status.status for status in lint_plan(ruleset, plan).rules}
        assert statuses[rule.id] == "passed", rule.id
    assembly = parse_plan(examples(ruleset.rules[0], ruleset, "nl")[0].yaml, "voorbeeld.yaml", vocabulary)
    assert any(vocabulary.kind_is(step.kind, "citizens-assembly") for step in assembly.steps)
