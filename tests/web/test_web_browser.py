"""The workbench in a real headless Chromium (Debian's /usr/bin/chromium, never a download).

The scenarios of issue 15: an officer makes a plan from the starter, adds three steps in the form,
sees a finding appear and disappear, saves, reloads and restores; two browsers edit one plan and
the second save gets the conflict page with nothing lost; the ruleset editor shows a located error
while typing; hostile titles run nothing; the editor works with the keyboard alone.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from web_server import running

from procesregels.plan.starter import starter_plan
from chromium import needs_chromium

SHOTS = Path(os.environ.get("PROCESREGELS_SHOTS", "")) if os.environ.get("PROCESREGELS_SHOTS") else None

pytestmark = needs_chromium




@pytest.fixture
def workbench(tmp_path):
    with running(tmp_path) as url:
        yield url, tmp_path


def guarded(context, base: str):
    """A page that records dialogs, page errors and any request that leaves the workbench."""
    page = context.new_page()
    page.dialogs, page.errors, page.outside = [], [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: None if request.url.startswith(base) or request.url.startswith("data:")
            else page.outside.append(request.url))
    return page


def shot(page, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def new_plan(page, base: str, name: str = "marktplein") -> None:
    page.goto(base + "/")
    page.get_by_label("Bestandsnaam").fill(name)
    page.get_by_role("button", name="Plan maken").click()
    page.wait_for_selector("#editor")


def last_row(page) -> int:
    return max(int(n) for n in re.findall(r'id="row-(\d+)"', page.content()))


def add_step(page, title: str, kind: str, owner: str, date: str, *, after: list[str] = (), levels: dict | None = None) -> int:
    page.get_by_role("button", name="Stap toevoegen").click()
    page.wait_for_selector("#editor")
    row = last_row(page)
    prefix = f"#step-{row}-"
    page.fill(prefix + "title", title)
    page.select_option(prefix + "kind", kind)
    page.select_option(prefix + "owner", owner)
    page.fill(prefix + "date", date)
    if after:
        page.select_option(prefix + "after", list(after))
    for actor_index, level in (levels or {}).items():
        page.select_option(f"{prefix}level-{actor_index}", level)
    return row


def wait_for_verdict(page, passes: bool) -> None:
    words = "Voldoet aan de regels." if passes else "Voldoet niet aan de regels."
    page.wait_for_function("words => document.querySelector('#panel .summary') && "
                           "document.querySelector('#panel .summary').textContent.includes(words)", arg=words,
                           timeout=10000)


def test_officer_makes_a_plan_in_the_form_saves_reloads_and_restores(browser, workbench):
    base, workspace = workbench
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = guarded(context, base)
    new_plan(page, base)
    wait_for_verdict(page, True)
    decision = add_step(page, "Raad besluit over de uitvoering", "besluit", "raad", "2027-09-01", after=["terugkoppeling"])
    wait_for_verdict(page, False)  # nobody hears of this decision: a finding appears while typing
    shot(page, "workbench-finding")
    page.get_by_role("button", name="Toon in de tekening").first.click()
    assert page.locator(".picture .lit").count() >= 1
    decision_id = page.input_value(f"#step-{decision}-id") or "raad-besluit-over"
    add_step(page, "Inwoners horen het besluit", "informatie", "team", "2027-09-15", after=[decision_id],
             levels={3: "informeren"})
    wait_for_verdict(page, True)  # ... and disappears once the residents are told
    add_step(page, "Evaluatie met de buurt", "evaluatie", "team", "2028-03-01", after=["inwoners-horen-het"],
             levels={3: "raadplegen"})
    wait_for_verdict(page, True)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_selector("text=Opgeslagen.")
    page.reload()
    assert page.input_value("#step-10-title") == "Evaluatie met de buurt"
    saved = (workspace / "marktplein.yaml").read_text(encoding="utf-8")
    assert "Inwoners horen het besluit" in saved
    page.goto(f"{base}/history/marktplein.yaml")
    page.get_by_role("button", name="Terugzetten").last.click()
    page.wait_for_selector("h1")
    assert (workspace / "marktplein.yaml").read_text(encoding="utf-8") == starter_plan("nl", "marktplein.yaml")
    assert not page.errors and not page.dialogs and not page.outside
    context.close()


def test_two_browsers_edit_one_plan_and_the_second_save_loses_nothing(browser, workbench):
    base, workspace = workbench
    first_context, second_context = browser.new_context(), browser.new_context()
    first, second = guarded(first_context, base), guarded(second_context, base)
    new_plan(first, base, "gedeeld")
    second.goto(f"{base}/edit/gedeeld.yaml")
    first.fill("#f-title", "Titel van de eerste collega")
    second.fill("#f-title", "Titel van de tweede collega")
    first.get_by_role("button", name="Opslaan", exact=True).click()
    first.wait_for_selector("text=Opgeslagen.")
    second.get_by_role("button", name="Opslaan", exact=True).click()
    second.wait_for_selector("text=Niet opgeslagen: het bestand is intussen gewijzigd")
    shot(second, "workbench-conflict")
    assert "Titel van de tweede collega" in second.input_value("#mine")
    assert "Titel van de eerste collega" in second.inner_text("pre.code")
    assert "eerste collega" in (workspace / "gedeeld.yaml").read_text(encoding="utf-8")
    second.get_by_role("button", name="Mijn versie eroverheen opslaan").click()
    second.wait_for_selector("text=Opgeslagen.")
    assert "tweede collega" in (workspace / "gedeeld.yaml").read_text(encoding="utf-8")
    first_context.close()
    second_context.close()


def _new_ruleset(browser, workbench):
    """A browser context on the editor of a new ruleset `onze-regels`, read without errors."""
    base, _ = workbench
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = guarded(context, base)
    page.goto(base + "/rulesets")
    page.get_by_label("Bestandsnaam").fill("onze-regels")
    page.get_by_role("button", name="Regelset maken").click()
    page.wait_for_selector("#ruleset-editor")
    page.wait_for_selector("text=De regelset is goed te lezen")
    return context, page


def test_the_ruleset_editor_shows_a_located_error_while_typing(browser, workbench):
    context, page = _new_ruleset(browser, workbench)
    page.click("#text")
    page.keyboard.press("Control+End")
    page.keyboard.type('\nregel R90 "Bewoners denken mee"\n  inwoners moeten geraadpleegd wordn voor elk besluit\n')
    page.wait_for_selector("#panel a.line", timeout=10000)
    link = page.locator("#panel a.line").first
    from procesregels.web.routes_rulesets import NEW_RULESET

    starter_lines = NEW_RULESET["nl"].format(title="onze-regels").count("\n")
    assert link.get_attribute("data-line") == str(starter_lines + 3)  # the sentence typed after the starter
    shot(page, "workbench-ruleset-error")
    link.click()
    assert page.evaluate("document.activeElement.id") == "text"
    assert not page.errors and not page.outside
    context.close()


def test_the_ruleset_editor_shows_checks_warnings_while_typing(browser, workbench):
    """A rule whose condition can never hold, typed after the starter: `check`'s warning appears on
    its line, worded as a warning (a sign and the word, not a colour alone), and goes when fixed."""
    context, page = _new_ruleset(browser, workbench)
    assert page.locator("#panel .rule-warning").count() == 0
    page.click("#text")
    page.keyboard.press("Control+End")
    page.keyboard.type('\nregel R90 "Nooit"\n  als impact hoog is en impact laag is: inwoners moeten geraadpleegd worden'
                       ' voordat de raad besluit\n')
    page.wait_for_selector("#panel .rule-warning", timeout=10000)
    warning = page.locator("#panel .rule-warning").first
    from procesregels.web.routes_rulesets import NEW_RULESET

    starter_lines = NEW_RULESET["nl"].format(title="onze-regels").count("\n")
    assert warning.locator("a.line").get_attribute("data-line") == str(starter_lines + 3)
    said = warning.inner_text()
    assert "Waarschuwing" in said and "R90" in said and "is nooit van toepassing" in said
    assert "1 waarschuwing" in page.locator("#panel").inner_text()
    assert page.locator("#panel .errors").count() == 0  # a warning is not an error: the ruleset still reads
    shot(page, "workbench-ruleset-warning")
    warning.locator("a.line").click()
    assert page.evaluate("document.activeElement.id") == "text"
    page.keyboard.press("Control+End")
    for _ in range(len("als impact hoog is en impact laag is: inwoners moeten geraadpleegd worden voordat de raad besluit\n")):
        page.keyboard.press("Backspace")
    page.keyboard.type("inwoners moeten geraadpleegd worden voordat de raad besluit\n")
    page.wait_for_function("() => !document.querySelector('#panel .rule-warning')", timeout=10000)
    assert not page.errors and not page.outside
    context.close()


def test_hostile_titles_run_nothing(browser, workbench):
    base, workspace = workbench
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>"
    text = starter_plan("nl", "boos.yaml").replace("Herinrichting Dorpsplein", "'" + hostile + "'")
    text = text.replace("Bewonersavond over het plein", "'</textarea><script>alert(4)</script>'")
    (workspace / "boos.yaml").write_text(text, encoding="utf-8")
    context = browser.new_context()
    page = guarded(context, base)
    for url in ("/", "/plan/boos.yaml", "/edit/boos.yaml", "/text/boos.yaml"):
        page.goto(base + url)
        page.wait_for_load_state("load")
    page.goto(base + "/plan/boos.yaml")
    assert hostile in page.inner_text("h1")
    assert not page.dialogs and not page.outside
    context.close()


def test_the_editor_works_with_the_keyboard_alone(browser, workbench):
    base, workspace = workbench
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = guarded(context, base)
    new_plan(page, base, "toetsenbord")

    def tab_to(selector: str, limit: int = 600) -> None:
        for _ in range(limit):
            if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
                return
            page.keyboard.press("Tab")
        raise AssertionError(f"{selector} cannot be reached with Tab")

    tab_to("button[value=add-step]")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Enter")
    page.wait_for_selector("#editor")
    row = last_row(page)
    tab_to(f"#step-{row}-title")
    page.keyboard.type("Straatgesprekken")
    tab_to(f"#step-{row}-kind")
    page.keyboard.type("bijeenkomst")
    tab_to(f"#step-{row}-owner")
    page.keyboard.type("Projectteam")
    tab_to("button[value=save]")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Opgeslagen.")
    saved = (workspace / "toetsenbord.yaml").read_text(encoding="utf-8")
    assert "Straatgesprekken" in saved and "soort: bijeenkomst" in saved and "eigenaar: team" in saved
    assert not page.errors
    context.close()


def test_a_new_step_is_offered_in_the_other_steps_after_lists_without_reloading(browser, workbench):
    base, _ = workbench
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = guarded(context, base)
    new_plan(page, base)
    page.get_by_role("button", name="Stap toevoegen").click()
    page.wait_for_selector("#editor")
    row = last_row(page)
    page.evaluate("window.stillThisPage = true")  # gone if the page were loaded again
    assert "Rondgang met de buurt" not in page.inner_text("#step-0-after")
    page.fill(f"#step-{row}-title", "Rondgang met de buurt")
    page.focus(f"#step-{row}-kind")  # the title is typed: the live check makes its short name
    page.wait_for_function("() => Array.from(document.getElementById('step-0-after').options)"
                           ".some(o => o.text === 'Rondgang met de buurt' && o.value)", timeout=10000)
    assert page.evaluate("window.stillThisPage === true")
    page.locator("#step-0-after").scroll_into_view_if_needed()
    shot(page, "workbench-after-choices")
    new_id = page.input_value(f"#step-{row}-id")
    assert new_id and page.locator(f"#step-{row}-after option[value='{new_id}']").count() == 0  # not itself
    page.focus("#step-0-after")  # a labelled native list: reachable and usable by the keyboard
    assert page.evaluate("document.activeElement.labels[0].textContent") == "Na"
    page.select_option("#step-0-after", [new_id])
    assert page.evaluate("Array.from(document.getElementById('step-0-after').selectedOptions).map(o => o.value)") == [new_id]
    assert not page.errors and not page.dialogs and not page.outside
    context.close()


def test_the_declared_attributes_are_chosen_with_the_keyboard_and_saved(browser, workbench):
    """Issue 15 item 3: the ruleset's attributes as labelled choices (a list, a number field),
    reached with Tab, chosen by typing, saved into the plan."""
    base, workspace = workbench
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = guarded(context, base)
    new_plan(page, base, "kenmerken")
    instrument = page.get_by_label("instrument", exact=True)
    assert instrument.evaluate("e => e.tagName") == "SELECT" and instrument.input_value() == "overig"
    budget = page.get_by_label("budget (een getal)", exact=True)
    assert budget.get_attribute("type") == "number"
    page.focus("#f-municipality")
    for _ in range(40):  # from the field above, Tab reaches the attribute's list
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.labels && document.activeElement.labels[0] && "
                         "document.activeElement.labels[0].textContent") == "instrument":
            break
    else:
        raise AssertionError("the attribute list cannot be reached with Tab")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.type("beleid")  # a native list chooses by typing
    assert instrument.input_value() == "beleid"
    budget.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("250000")
    shot(page, "workbench-attributes")
    page.get_by_role("button", name="Opslaan").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Opgeslagen.")
    saved = (workspace / "kenmerken.yaml").read_text(encoding="utf-8")
    assert "instrument: beleid" in saved and "budget: 250000" in saved
    assert page.get_by_label("instrument", exact=True).input_value() == "beleid"
    assert not page.errors and not page.dialogs and not page.outside
    context.close()
