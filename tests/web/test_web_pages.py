"""The workbench's pages through HTTP: new plan, the form editor, saving, conflicts, history."""

from __future__ import annotations

import re

import pytest
from web_client import STARTER, as_pairs, base, client, csrf, form_fields

from procesregels.web import storage


@pytest.fixture
def web(tmp_path):
    return client(tmp_path)


def new_plan(web, name="markt"):
    token = csrf(web.get("/").text)
    answer = web.post("/new", data={"csrf": token, "name": name})
    assert answer.status_code == 200
    return answer


def test_new_plan_from_the_starter_opens_the_form_and_passes(web, tmp_path):
    page = new_plan(web).text
    assert (tmp_path / "markt.yaml").read_text(encoding="utf-8").startswith("# Participatieplan")
    assert 'id="editor"' in page and "Voldoet aan de regels." in page and "Geen bevindingen" in page
    assert "Herinrichting Dorpsplein" in web.get("/").text


def test_the_form_round_trip_keeps_the_plan_valid_and_the_meaning(web, tmp_path):
    page = new_plan(web).text
    fields = form_fields(page)
    answer = web.post("/edit/markt.yaml", data=as_pairs({**fields, "action": ["save"]}))
    assert answer.status_code == 200 and "Opgeslagen." in answer.text
    saved = (tmp_path / "markt.yaml").read_text(encoding="utf-8")
    assert "#" not in saved  # the form writes YAML without comments (the page warned)
    assert "Voldoet aan de regels." in web.get("/plan/markt.yaml").text
    from procesregels.plan.loader import parse_plan

    before, after = parse_plan(STARTER), parse_plan(saved)
    assert [(s.id, s.kind, s.owner, s.after, s.participants, s.start, s.end) for s in before.steps] == \
           [(s.id, s.kind, s.owner, s.after, s.participants, s.start, s.end) for s in after.steps]


def test_add_a_step_then_a_finding_appears_and_disappears(web, tmp_path):
    page = new_plan(web).text
    fields = form_fields(page)
    added = web.post("/edit/markt.yaml", data=as_pairs({**fields, "action": ["add-step"]})).text
    fields = form_fields(added)
    rows = sorted({int(m) for m in re.findall(r"step-(\d+)-title", added)})
    new = rows[-1]
    fields.update({f"step-{new}-title": ["Tweede besluit van de raad"], f"step-{new}-kind": ["besluit"],
                   f"step-{new}-owner": ["raad"], f"step-{new}-date": ["2027-01-20"]})
    check = web.post("/check/form/markt.yaml", data=as_pairs(fields), headers={"x-csrf-token": fields["csrf"][0]}).json()
    assert check["findings"] >= 1 and "Voldoet niet aan de regels." in check["html"]
    assert f'href="#row-{new}"' in check["html"]  # the hint links to the row of the step it is about
    fields[f"step-{new}-title"] = ["Tweede bijeenkomst"]
    fields[f"step-{new}-kind"] = ["bijeenkomst"]
    check = web.post("/check/form/markt.yaml", data=as_pairs(fields)).json()
    assert "Voldoet aan de regels." in check["html"], check["html"][:2000]
    saved = web.post("/edit/markt.yaml", data=as_pairs({**fields, "action": ["save"]}))
    assert "Opgeslagen." in saved.text
    assert "id: tweede-bijeenkomst" in (tmp_path / "markt.yaml").read_text(encoding="utf-8")  # id made from the title


def test_a_second_save_from_the_same_version_gets_the_conflict_page_with_both_texts(web, tmp_path):
    page = new_plan(web).text
    first, second = form_fields(page), form_fields(page)
    first["title"] = ["Versie van tabblad een"]
    second["title"] = ["Versie van tabblad twee"]
    assert "Opgeslagen." in web.post("/edit/markt.yaml", data=as_pairs({**first, "action": ["save"]})).text
    conflict = web.post("/edit/markt.yaml", data=as_pairs({**second, "action": ["save"]}))
    assert conflict.status_code == 409
    assert "Versie van tabblad twee" in conflict.text and "Versie van tabblad een" in conflict.text
    assert "tabblad een" in (tmp_path / "markt.yaml").read_text(encoding="utf-8")
    mine = re.search(r'<textarea id="mine" name="text"[^>]*>(.*?)</textarea>', conflict.text, re.DOTALL).group(1)
    import html

    keep = web.post("/text/markt.yaml", data={"csrf": csrf(conflict.text), "base": base(conflict.text),
                                               "text": html.unescape(mine)})
    assert keep.status_code == 200
    assert "tabblad twee" in (tmp_path / "markt.yaml").read_text(encoding="utf-8")


def test_history_shows_changes_in_words_and_restores(web, tmp_path):
    page = new_plan(web).text
    fields = form_fields(page)
    fields["title"] = ["Nieuwe titel"]
    web.post("/edit/markt.yaml", data=as_pairs({**fields, "action": ["save"]}))
    history = web.get("/history/markt.yaml").text
    ident = re.search(r"show=([^\"&]+)", history).group(1)
    detail = web.get(f"/history/markt.yaml?show={ident}").text
    assert "Titel gewijzigd van" in detail and "Nieuwe titel" in detail
    web.post("/restore/markt.yaml", data={"csrf": csrf(history), "base": base(history), "version": ident})
    assert (tmp_path / "markt.yaml").read_text(encoding="utf-8").startswith("# Participatieplan")
    assert len(storage.versions(tmp_path, "markt.yaml")) == 2
    stale = web.post("/restore/markt.yaml", data={"csrf": csrf(history), "base": base(history), "version": ident})
    assert stale.status_code == 409


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'


def test_hostile_titles_are_escaped_on_every_page(web, tmp_path):
    text = STARTER.replace("Herinrichting Dorpsplein", HOSTILE.replace("'", "''").join("''")) \
        .replace("Bewonersavond over het plein", "'</textarea><script>alert(3)</script>'")
    (tmp_path / "evil.yaml").write_text(text, encoding="utf-8")
    for url in ("/", "/plan/evil.yaml", "/edit/evil.yaml", "/text/evil.yaml", "/download/html/evil.yaml"):
        answer = web.get(url)
        assert answer.status_code == 200, url
        assert "<script>alert" not in answer.text and "<img src=x" not in answer.text, url
        assert "</textarea><script>" not in answer.text, url


def test_the_text_editor_shows_located_errors(web, tmp_path):
    new_plan(web)
    page = web.get("/text/markt.yaml").text
    answer = web.post("/check/text/markt.yaml", data={"csrf": csrf(page), "text": "plan: x\nsteps:\n  - id: a\n    kind: besluiten\n"})
    data = answer.json()
    assert data["errors"] == 1 and 'data-line="4"' in data["html"] and "besluit" in data["html"]


def test_english_switch(web):
    web.get("/lang?to=en&next=/")
    page = web.get("/").text
    assert "Plans in this folder" in page and '<html lang="en">' in page


def test_unknown_pages_and_files_are_messages(web):
    assert web.get("/nope").status_code == 404
    assert web.get("/plan/missing.yaml").status_code == 404
    assert "niet gevonden" in web.get("/plan/missing.yaml").text


def test_a_server_error_keeps_the_form(web, monkeypatch):
    page = new_plan(web).text
    from procesregels.web import routes_edit

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(routes_edit, "_editor", broken)
    fields = form_fields(page)
    fields["title"] = ["Niet verliezen alstublieft"]
    answer = web.post("/edit/markt.yaml", data=as_pairs({**fields, "action": ["add-step"]}))
    assert answer.status_code == 400 and "Niet verliezen alstublieft" in answer.text and "boom" not in answer.text


def test_a_plan_written_with_dutch_keys_is_saved_with_dutch_keys(web, tmp_path):
    page = new_plan(web).text
    assert "stappen:" in STARTER
    web.post("/edit/markt.yaml", data=as_pairs({**form_fields(page), "action": ["save"]}))
    saved = (tmp_path / "markt.yaml").read_text(encoding="utf-8")
    assert "stappen:" in saved and "soort: besluit" in saved and "actoren:" in saved and "na:" in saved
    assert "steps:" not in saved and "kind:" not in saved


def test_the_plan_page_gives_the_status_of_every_rule(web):
    new_plan(web)
    page = web.get("/plan/markt.yaml").text
    assert "Alle regels" in page and "voldaan" in page and "niet van toepassing" in page


def test_the_live_check_gives_back_the_short_names_it_made(web):
    page = new_plan(web).text
    fields = form_fields(web.post("/edit/markt.yaml", data=as_pairs({**form_fields(page), "action": ["add-step"]})).text)
    new = max(int(m) for m in re.findall(r"step-(\d+)-title", " ".join(fields)))
    fields[f"step-{new}-title"] = ["Wandeling door de wijk"]
    answer = web.post("/check/form/markt.yaml", data=as_pairs(fields)).json()
    assert answer["ids"] == {f"step-{new}-id": "wandeling-door-de"}


def test_the_text_made_only_to_check_reads_as_the_same_data_as_the_saved_text():
    """The live check writes the form with libyaml's emitter (fast), saving with PyYAML's: the
    data must be the same, whatever a person types."""
    import yaml

    from procesregels.web import planform

    hostile = ['<script>alert(1)</script>', 'a: b # c', "- lijst", "'quote\"", "regel\nnieuwe regel", "  spaties  ",
               "é ü ß 中文 🙂", "\u202eomgekeerd", "yes", "null", "2027-01-01", "0123", "x" * 300, "#", "&anker", "*ster"]
    data = {"plan": hostile[0], "municipality": hostile[1], "attributes": {text: text for text in hostile},
            "steps": [{"id": f"s{n}", "title": text, "kind": "bijeenkomst", "after": [f"s{n - 1}"] if n else []}
                      for n, text in enumerate(hostile)]}
    checked, saved = planform.to_text(data, "p.yaml", to_check=True), planform.to_text(data, "p.yaml")
    assert yaml.safe_load(checked) == yaml.safe_load(saved) == data
