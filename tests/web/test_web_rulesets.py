"""The ruleset pages: list, a ruleset's rules in words, the editor (check, test, fmt, save), compare."""

from __future__ import annotations

import re

import pytest
from web_client import base, client, csrf


@pytest.fixture
def web(tmp_path):
    return client(tmp_path)


def test_the_list_and_a_bundled_rulesets_page(web):
    listed = web.get("/rulesets").text
    assert "/ruleset/national" in listed and "vng-model" in listed
    page = web.get("/ruleset/vng-model").text
    assert "Betekenis" in page and "Regel zoals geschreven" in page
    assert web.get("/ruleset-edit/national").status_code == 404  # bundled rulesets are read-only


def test_the_editor_checks_tests_formats_and_saves(web, tmp_path):
    token = csrf(web.get("/rulesets").text)
    web.post("/rulesets/new", data={"csrf": token, "name": "eigen"})
    editor = web.get("/ruleset-edit/eigen.rules").text
    assert "De regelset is goed te lezen" in editor
    messy = ('regelset "Eigen"\n  breidt uit "national"\n\nregel E1 "Vroeg meedenken"\n'
             '    inwoners   moeten geraadpleegd worden voordat de raad besluit\n')
    live = web.post("/check/ruleset/eigen.rules", data={"csrf": token, "text": messy}).json()
    assert live["errors"] == 0
    broken = web.post("/check/ruleset/eigen.rules", data={"csrf": token, "text": messy.replace("worden", "wordn")}).json()
    assert broken["errors"] == 1 and 'data-line="5"' in broken["html"]
    formatted = web.post("/ruleset-edit/eigen.rules", data={"csrf": token, "base": base(editor), "text": messy,
                                                            "action": "fmt"}).text
    assert "  inwoners moeten geraadpleegd worden voordat de raad besluit" in formatted
    assert "nog niet opgeslagen" in formatted
    tested = web.post("/ruleset-edit/eigen.rules", data={"csrf": token, "base": base(editor), "text": messy,
                                                         "action": "test"}).text
    assert "geen voorbeelden" in tested
    saved = web.post("/ruleset-edit/eigen.rules", data={"csrf": token, "base": base(editor), "text": messy,
                                                        "action": "save"})
    assert "Opgeslagen." in saved.text and (tmp_path / "eigen.rules").read_text(encoding="utf-8") == messy
    stale = web.post("/ruleset-edit/eigen.rules", data={"csrf": token, "base": base(editor), "text": "x",
                                                        "action": "save"})
    assert stale.status_code == 409 and (tmp_path / "eigen.rules").read_text(encoding="utf-8") == messy


WARNED = ('regelset "Eigen"\n  breidt uit "national"\n\n'
          'regel E1 "Vroeg meedenken"\n  inwoners moeten geraadpleegd worden voordat de raad besluit\n\n'
          'regel E2 "Nooit"\n  als impact hoog is en impact laag is: inwoners moeten geraadpleegd worden voordat de raad besluit\n\n'
          'regel E3 "Dubbel"\n  inwoners moeten geraadpleegd worden voordat de raad besluit\n')


def _warnings_of(html: str) -> list[tuple[str, str, str]]:
    """(rule, line, the item's words) of each warning in the panel."""
    items = re.findall(r'<li class="rule-warning" data-rule="([^"]+)"[^>]*>(.*?)</li>', html, re.S)
    return [(rule, re.search(r'data-line="(\d+)"', body).group(1), re.sub(r"<[^>]+>", "", body)) for rule, body in items]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_editor_shows_checks_warnings_on_their_line_in_the_pages_language(web, tmp_path, lang):
    """`check`'s warnings (a condition that can never hold, a rule implied by another) in the editor,
    live and on the page, each at its rule's sentence, said with a word (not colour alone), in the
    language of the page whatever the ruleset's; a ruleset without warnings shows none."""
    web.cookies.set("pr_lang", lang)
    token = csrf(web.get("/rulesets").text)
    web.post("/rulesets/new", data={"csrf": token, "name": "eigen"})
    live = web.post("/check/ruleset/eigen.rules", data={"csrf": token, "text": WARNED}).json()
    assert (live["errors"], live["warnings"]) == (0, 2)
    found = _warnings_of(live["html"])
    assert [(rule, line) for rule, line, _ in found] == [("E2", "8"), ("E3", "11")]
    word, never, same = {"nl": ("Waarschuwing", "is nooit van toepassing", "zegt hetzelfde als E1"),
                         "en": ("Warning", "can never apply", "says the same as E1")}[lang]
    assert all(word in said for _, _, said in found)
    assert never in found[0][2] and same in found[1][2]
    assert {"nl": "2 waarschuwingen", "en": "2 warnings"}[lang] in live["html"]
    saved = web.post("/ruleset-edit/eigen.rules", data={"csrf": token, "base": base(web.get("/ruleset-edit/eigen.rules").text),
                                                        "text": WARNED, "action": "save"})
    assert [(rule, line) for rule, line, _ in _warnings_of(saved.text)] == [("E2", "8"), ("E3", "11")]
    one = WARNED[:WARNED.index('regel E3')]
    single = web.post("/check/ruleset/eigen.rules", data={"csrf": token, "text": one}).json()
    assert single["warnings"] == 1 and {"nl": "1 waarschuwing<", "en": "1 warning<"}[lang] in single["html"]
    clean = web.post("/check/ruleset/eigen.rules", data={"csrf": token, "text": WARNED[:WARNED.index('regel E2')]}).json()
    assert clean["warnings"] == 0 and "rule-warning" not in clean["html"]


def test_a_workspace_ruleset_checks_plans(web, tmp_path):
    (tmp_path / "eigen.rules").write_text(
        'regelset "Eigen"\n  breidt uit "national"\n\nregel E1 "Jongeren doen mee"\n'
        '  het plan moet jongeren bevatten\n', encoding="utf-8")
    token = csrf(web.get("/").text)
    web.post("/new", data={"csrf": token, "name": "markt"})
    page = web.get("/plan/markt.yaml?ruleset=eigen.rules").text
    assert "E1" in page and "Voldoet niet aan de regels." in page
    assert web.get("/plan/markt.yaml?ruleset=../../etc/passwd.rules").status_code == 200  # unknown: the default


def test_a_ruleset_that_names_a_file_outside_is_refused(web, tmp_path):
    (tmp_path / "buiten.rules").write_text('regelset "B"\n  breidt uit "../../../../etc/passwd"\n', encoding="utf-8")
    page = web.get("/ruleset/buiten.rules").text
    assert "root:" not in page and "verwijst naar" in page


def test_compare_two_and_three(web):
    two = web.get("/compare?r=national&r=vng-model").text
    assert "national ↔ vng-model" in two
    three = web.get("/compare?r=national&r=vng-model&r=zwolle").text
    assert "Alle regelsets naast het uitgangspunt" in three
    assert len(re.findall(r"<section class=\"pair\">", three)) == 2
    assert "niet gevonden" in web.get("/compare?r=national&r=nope").text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_new_ruleset_explains_itself_and_its_example_rule_reads(lang):
    """The starter of a new ruleset is the national floor plus, in comments, a rule and an example
    to copy: as written it adds no rule; with the rule's two lines uncommented it adds that rule."""
    from pathlib import Path

    from procesregels.ruleset.loader import load_ruleset_text
    from procesregels.web.routes_rulesets import NEW_RULESET

    text = NEW_RULESET[lang].format(title="Onze regels")
    national = load_ruleset_text('regelset "n"\n  breidt uit "national"\n', Path("n.rules"))
    assert [rule.id for rule in load_ruleset_text(text, Path("x.rules")).rules] == [rule.id for rule in national.rules]
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(("# regel R1", "# rule R1")))
    lines[start], lines[start + 1] = lines[start][2:], lines[start + 1][2:]
    assert load_ruleset_text("\n".join(lines) + "\n", Path("x.rules")).rules[-1].id == "R1"
