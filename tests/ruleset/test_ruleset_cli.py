"""The commands of the ruleset language: check, fmt, explain (docs/spec/CLI.md)."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from conftest import DATA, SPEC_EXAMPLES
from procesregels.cli import cli
from procesregels.ruleset.loader import parse_ruleset

SPEC = SPEC_EXAMPLES
LAYERS = DATA / "dsl" / "layers"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_check_prints_one_summary_line_per_file():
    result = run("check", str(SPEC / "marktplein.rules"), str(SPEC / "marktplein.nl.rules"))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{SPEC / 'marktplein.rules'}: ok, 10 rules, language en",
        f"{SPEC / 'marktplein.nl.rules'}: in orde, 10 regels, taal nl",  # each file in its own language
    ]
    english = run("check", "--lang", "en", str(SPEC / "marktplein.nl.rules"))
    assert english.stdout == f"{SPEC / 'marktplein.nl.rules'}: ok, 10 rules, language nl\n"


def test_check_reports_a_broken_file_and_goes_on(tmp_path):
    broken = tmp_path / "broken.rules"
    broken.write_text('ruleset "x"\nrule R1 "t"\n  inwonres must be consulted\n', encoding="utf-8")
    result = run("check", str(broken), str(SPEC / "marktplein.rules"))
    assert result.exit_code == 2
    assert f"{broken}:3:3: error: unknown role 'inwonres'" in result.stderr
    assert "did you mean 'inwoners'" in result.stderr
    assert result.stdout.splitlines()[-1].endswith("ok, 10 rules, language en")


def test_check_counts_merged_rules_of_layers():
    result = run("check", str(LAYERS / "district.rules"))
    assert result.exit_code == 0
    assert "ok, 4 rules, language en" in result.stdout


def test_fmt_check_and_diff_change_nothing(tmp_path):
    path = tmp_path / "messy.rules"
    messy = 'ruleset   "x"\n\n\n# about R1\nrule R1 "t"\n    Residents Must Be Consulted Before The Council Decides   # why\n'
    path.write_text(messy, encoding="utf-8")
    checked = run("fmt", "--check", str(path))
    assert checked.exit_code == 1
    assert "would be reformatted" in checked.stdout
    diffed = run("fmt", "--diff", str(path))
    assert diffed.exit_code == 1
    assert "+  residents must be consulted before the council decides  # why" in diffed.stdout
    assert path.read_text(encoding="utf-8") == messy


def test_fmt_rewrites_in_place_and_is_then_stable(tmp_path):
    path = tmp_path / "messy.rules"
    path.write_text('ruleset "x"\nrule R1 "t"\n  Residents Must Be Consulted\n', encoding="utf-8")
    assert run("fmt", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == 'ruleset "x"\n\nrule R1 "t"\n  residents must be consulted\n'
    assert run("fmt", "--check", str(path)).exit_code == 0


def test_fmt_translates_both_ways_to_the_same_model(tmp_path):
    path = tmp_path / "markt.rules"
    shutil.copy(SPEC / "marktplein.nl.rules", path)
    original = parse_ruleset(path.read_text(encoding="utf-8"))
    assert run("fmt", "--lang", "en", str(path)).exit_code == 0
    english = path.read_text(encoding="utf-8")
    assert "residents must be consulted before the council decides" in english
    assert run("fmt", "--lang", "nl", str(path)).exit_code == 0
    back = parse_ruleset(path.read_text(encoding="utf-8"))
    assert back.model_dump() == original.model_dump()
    assert path.read_text(encoding="utf-8") == (SPEC / "marktplein.nl.rules").read_text(encoding="utf-8")


def test_spec_examples_are_already_canonical():
    for name in ("marktplein.rules", "marktplein.nl.rules"):
        assert run("fmt", "--check", str(SPEC / name)).exit_code == 0


def test_fmt_of_a_broken_file_is_an_input_error(tmp_path):
    path = tmp_path / "broken.rules"
    path.write_text('ruleset "x"\nrule R1\n', encoding="utf-8")
    result = run("fmt", str(path))
    assert result.exit_code == 2
    assert ":2:8: error:" in result.stderr


def test_fmt_keeps_names_declared_in_a_base_layer(tmp_path):
    for name in ("base.rules", "city.rules"):
        shutil.copy(LAYERS / name, tmp_path / name)
    from procesregels.ruleset.loader import load_ruleset

    before = load_ruleset(str(tmp_path / "city.rules")).model_dump()
    for lang in ("en", "nl"):
        result = run("fmt", "--lang", lang, str(tmp_path / "city.rules"))
        assert result.exit_code == 0, result.output
        assert load_ruleset(str(tmp_path / "city.rules")).model_dump() == {**before, "language": lang}
    text = (tmp_path / "city.rules").read_text(encoding="utf-8")
    assert "rol plein valt onder neighbourhood" in text
    assert "schrapt B3" in text


def test_explain_a_rule_in_both_languages():
    result = run("explain", "R7", "--ruleset", str(SPEC / "marktplein.rules"))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("R7: Invitations two weeks ahead\n")
    assert "source: art. 8" in out
    assert "en: residents must be informed at least 2 weeks before any meeting" in out
    assert "nl: inwoners moeten ten minste 2 weken voor elke bijeenkomst geïnformeerd worden" in out
    assert "at least 2 weeks earlier" in out
    assert "ten minste 2 weken eerder" in out


def test_explain_unknown_rule_suggests_an_id():
    result = run("explain", "R77", "--ruleset", str(SPEC / "marktplein.rules"))
    assert result.exit_code == 2
    assert "did you mean 'R7'" in result.stderr


def test_explain_a_template_prints_its_documentation():
    result = run("explain", "involvement-before")
    assert result.exit_code == 0
    assert result.stdout.startswith("involvement-before\n")
    assert len(result.stdout.splitlines()) > 3


def test_check_speaks_dutch_when_asked():
    result = run("check", "--lang", "nl", str(SPEC / "marktplein.nl.rules"))
    assert result.stdout == f"{SPEC / 'marktplein.nl.rules'}: in orde, 10 regels, taal nl\n"


def test_check_a_bundled_name():
    result = run("check", "national")
    assert result.exit_code == 0, result.output
    assert "national.rules: in orde, " in result.stdout
