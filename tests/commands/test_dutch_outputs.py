"""Dutch throughout (issue 16): every command answers a Dutch input in Dutch, and the sentences
that read badly once are pinned in their rewritten form by a golden file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA
from dutch_outputs import english_plan_keys, english_words, run, scenarios
from golden import assert_golden


def test_no_dutch_output_contains_an_english_message_word(tmp_path):
    faults = []
    for what, output in scenarios(tmp_path):
        words = english_words(output)
        if words:
            faults.append(f"{what}: {', '.join(words)}")
    assert not faults, "English words in Dutch output:\n" + "\n".join(faults)


@pytest.mark.parametrize("output, words", [
    ("r.rules: ok, 8 rules, language nl", ["ok", "rules", "language"]),
    ("nationaal: cannot be read", ["cannot", "be", "read"]),
    ("zwolle: this ruleset has no examples", ["this", "ruleset", "has", "examples"]),
    ("error: geen regelset 'nationaal'\n  did you mean 'national'?", ["error", "did", "mean"]),
    ("8 passed, 0 failed", ["passed", "failed"]),
    ("p.yaml:3:5: waarschuwing missing-role", []),
    ("p.yaml:3:5: fout: 'after' van stap 'a' (Raad (besluit))", []),
])
def test_the_word_check_sees_english_and_skips_quotes_ids_and_paths(output, words):
    assert english_words(output) == words


def test_a_message_about_a_plan_with_dutch_keys_names_the_dutch_keys(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan: P\nactoren:\n  raad: {rol: raad}\nstappen:\n"
                    "  - {id: a, soort: besluit, eigenaar: niemand}\n"
                    "  - {id: b, soort: besluit, eigenaar: raad, na: [c]}\n"
                    "  - {id: c, soort: besluit, eigenaar: raad, na: [b]}\n", encoding="utf-8")
    output = run("lint", str(plan), "--lang", "nl")
    assert "'actoren:'" in output and english_plan_keys(output) == [], output
    english = run("lint", str(plan), "--lang", "en")  # an English report quotes the plan's own keys too
    assert "'actoren:'" in english


def test_lang_overrides_the_language_of_the_input():
    assert run("check", "zwolle", "--lang", "en").startswith("rulesets/zwolle.rules: ok, ") or \
        ": ok, " in run("check", "zwolle", "--lang", "en")
    assert "in orde" in run("check", "zwolle")
    dutch = run("check", "nationaal", "--lang", "nl")
    assert dutch.startswith("fout: geen regelset 'nationaal'") and "bedoelde u 'national'?" in dutch
    assert run("check", "nationaal").startswith("error: no ruleset 'nationaal'")


def test_awkward_dutch_rewritten(tmp_path):
    """The sentences of issue 16 that read badly, as they read now (one per line)."""
    import procesregels.engine.checks  # noqa: F401 - registers the finding texts
    from procesregels.comparison.words import event_words
    from procesregels.i18n import Listed, counted, text
    from procesregels.ruleset.model import Event

    lines = [
        counted("ruleset.check.ok", 1, "nl", {"path": "r.rules", "language": "nl"}),
        counted("ruleset.check.ok", 2, "nl", {"path": "r.rules", "language": "nl"}),
        text("finding.plan-error.early-start", "nl", {"step": "d", "title": "D", "before": Listed(["a"])}),
        text("finding.plan-error.early-start.many", "nl", {"step": "d", "title": "D", "before": Listed("abc")}),
        text("error.plan.cycle", "nl", {"cycle": "a -> b -> a"}),
        text("hint.undetermined.date", "nl", {"steps": "'brief'"}),
        text("finding.duration.min", "nl", {"step": "s", "title": "S", "period_lasts": "28 day", "period": "6 week"}),
        text("finding.duration.min", "nl", {"step": "s", "title": "S", "period_lasts": "1 day", "period": "6 week"}),
        text("compare.event.broader", "nl", {"event_x": "elk ontwerp",
                                             "event_y": event_words(Event(type="steps", kind="draft", owner="executive"), "nl")}),
        text("compare.who.narrower", "nl", {"roles_x": ("residents",), "roles_y": ("neighbours",)}),
        text("error.plan.expected.participants", "nl"),
        text("error.plan.not_utf8", "nl", {"byte": "ff"}),
        text("finding.field-present.date", "nl", {"step": "klankbordgroep",
                                                   "title": "Klankbordgroep (omwonenden, ondernemers)"}),
        text("error.plan.unknown_owner", "nl", {"name": "x", "where": "stap 'a'", "k_actors": "actoren"}),
        text("error.plan.duplicate_step", "nl", {"id": "a", "line": 12}),
        text("ruleset.duplicate_rule", "nl", {"id": "R1", "line": 12}),
    ]
    lines += run("test", str(_failing_example(tmp_path))).splitlines()
    assert_golden(DATA / "dutch" / "rewritten.nl.txt", "\n".join(lines) + "\n")


def _failing_example(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.yaml"
    plan.write_text("plan: P\nactors:\n  raad: {role: raad}\nsteps:\n  - {id: b, kind: besluit, owner: raad}\n",
                    encoding="utf-8")
    ruleset = tmp_path / "r.rules"
    ruleset.write_text('regelset "R"\n  breidt uit "national"\nvoorbeeld "Besluit" plan "plan.yaml" verwacht W1\n',
                       encoding="utf-8")
    return ruleset


def test_a_late_response_names_every_group_and_the_dates(monkeypatch):
    """Four groups hear of the decision too late: the finding names all four, says "niet" (no
    variant of the plan reaches them in time), and gives the decision's date, the last day of the
    term and the start of the letter; Markdown says the groups by name (issue 16)."""
    monkeypatch.chdir(DATA / "dutch")
    output = run("lint", "terugkoppeling.yaml", "-r", "terugkoppeling.rules", "--select", "T1")
    assert_golden(DATA / "dutch" / "terugkoppeling.nl.txt", output)
    assert "niet altijd" not in output and "'bewoners', 'boeren', 'club' en 'school'" in output
    markdown = run("lint", "terugkoppeling.yaml", "-r", "terugkoppeling.rules", "-f", "markdown", "--select", "T1")
    assert "‘Boeren in het zoekgebied’" in markdown and "3 maart 2026" in markdown
