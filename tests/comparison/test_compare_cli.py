"""`procesregels compare`: formats, exit codes, several rulesets, and golden files of the bundled
rulesets compared with each other.

Regenerate the golden files after an intended change of wording (see tests/golden.py):
    PROCESREGELS_REGENERATE=1 pytest tests/comparison/test_compare_cli.py
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DATA, ROOT
from golden import assert_golden
from procesregels.cli import cli

GOLDEN = DATA / "compare"
BUNDLED_PAIRS = [("national", "vng-model"), ("vng-model", "amsterdam"), ("amsterdam", "zwolle"),
                 ("zwolle", "legacy-inspraak"), ("national", "legacy-inspraak")]

A_RULES = """ruleset "A"
rule R1 "Inwoners adviseren"
  source "art. 4 lid 1"
  residents must be involved at level advise before the council decides
rule R7 "Jongeren"
  the plan must include youth
"""
B_RULES = """regelset "B"
regel R4 "Inwoners raadplegen"
  bron "art. 3"
  inwoners moeten geraadpleegd worden voordat de raad besluit
"""


@pytest.fixture
def run(monkeypatch):
    monkeypatch.chdir(ROOT)

    def invoke(*args: str):
        return CliRunner().invoke(cli, ["compare", *args])

    return invoke


@pytest.fixture
def two_files(tmp_path):
    a, b = tmp_path / "a.rules", tmp_path / "b.rules"
    a.write_text(A_RULES, encoding="utf-8")
    b.write_text(B_RULES, encoding="utf-8")
    return str(a), str(b)


def test_json_follows_the_contract(run, two_files):
    result = run(*two_files, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["version"] == 1
    assert [r["name"] for r in data["rulesets"]] == ["a", "b"]
    pair = data["pairs"][0]
    assert (pair["a"], pair["b"], pair["verdict"]) == (0, 1, "a-stricter")
    first, second = pair["rules"]
    assert (first["a_rule"], first["b_rule"], first["verdict"]) == ("R1", "R4", "a-stricter")
    assert first["why"] == "level advise is higher than consult"
    assert (first["a_source"], first["b_source"]) == ("art. 4 lid 1", "art. 3")
    assert (second["a_rule"], second["b_rule"], second["verdict"]) == ("R7", None, "only-a")
    assert pair["examples"], "a stricter pair comes with a confirmed example plan"
    for example in pair["examples"]:
        assert (example["passes"], example["fails"]) == ("b", "a")
        assert example["plan"].startswith("plan: ")


def test_text_tells_which_side_is_stricter_and_why(run, two_files):
    result = run(*two_files)
    assert result.exit_code == 0
    assert "a is stricter" in result.output
    assert "level advise is higher than consult" in result.output
    assert "[art. 4 lid 1]" in result.output and "[art. 3]" in result.output
    assert "example plan: passes b, fails a" in result.output


def test_dutch_report(run, two_files):
    result = run(*two_files, "--lang", "nl", "--no-examples")
    assert "niveau adviseren is hoger dan raadplegen" in result.output
    assert "a is strenger" in result.output


def test_same_ruleset_in_two_languages_is_same(run, tmp_path):
    english = tmp_path / "en.rules"
    english.write_text('ruleset "X"\nrule R1 "t"\n  residents must be consulted before the council decides\n',
                       encoding="utf-8")
    dutch = tmp_path / "nl.rules"
    dutch.write_text('regelset "X"\nregel Q1 "t"\n  inwoners moeten geraadpleegd worden voordat de raad besluit\n',
                     encoding="utf-8")
    data = json.loads(run(str(english), str(dutch), "--format", "json").output)
    assert data["pairs"][0]["verdict"] == "same"
    assert data["pairs"][0]["rules"][0]["verdict"] == "same"


def test_csv_of_two_rulesets(run, two_files):
    result = run(*two_files, "--format", "csv", "--no-examples")
    rows = list(csv.reader(io.StringIO(result.output)))
    # in the report's language (a is English): b's rule as the matrix would call it against a's
    assert rows[0] == ["Rule in a", "Rule in b", "b compared with a", "Why", "Source in a", "Source in b",
                       "Severity in a", "Severity in b"]
    assert rows[1] == ["R1", "R4", "weaker", "level advise is higher than consult", "art. 4 lid 1", "art. 3",
                       "error", "error"]
    assert rows[2][:3] == ["R7", "", "missing"]


def test_csv_of_two_rulesets_in_dutch(run, two_files):
    result = run(*two_files, "--format", "csv", "--lang", "nl")
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["Regel in a", "Regel in b", "b vergeleken met a", "Waarom", "Bron in a", "Bron in b",
                       "Ernst in a", "Ernst in b"]
    assert rows[1] == ["R1", "R4", "zwakker", "niveau adviseren is hoger dan raadplegen", "art. 4 lid 1", "art. 3",
                       "fout", "fout"]
    assert rows[2][:3] == ["R7", "", "ontbreekt"]
    mirrored = list(csv.reader(io.StringIO(run(*reversed(two_files), "--format", "csv", "--lang", "nl").output)))
    assert [row[2] for row in mirrored[1:]] == ["strenger", "extra"]


def test_three_rulesets_give_pairs_against_the_first_and_a_matrix(run):
    result = run("vng-model", "amsterdam", "zwolle", "national", "--format", "json", "--no-examples")
    data = json.loads(result.output)
    assert [(p["a"], p["b"]) for p in data["pairs"]] == [(0, 1), (0, 2), (0, 3)]
    matrix = run("vng-model", "amsterdam", "zwolle", "national", "--format", "csv", "--no-examples").output
    rows = list(csv.reader(io.StringIO(matrix)))
    # in the report's language (vng-model is Dutch), similar rulesets side by side
    assert rows[0][:2] == ["Onderwerp", "Regel"] and sorted(rows[0][2:]) == ["amsterdam", "national", "zwolle"]
    assert rows[1][0] == "Groep" and all(cell.isdigit() for cell in rows[1][2:])
    overall = next(i for i, row in enumerate(rows) if row[0] == "Geheel")
    cells = {cell for row in rows[2:overall] for cell in row[2:]}
    assert cells <= {"gelijk", "strenger", "zwakker", "anders", "ontbreekt", "extra", "-"}
    assert "ontbreekt" in cells
    assert all(row[0].startswith("Groep ") for row in rows[overall + 1:])


def test_html_is_self_contained_and_escaped(run, tmp_path):
    evil = tmp_path / "evil.rules"
    evil.write_text('ruleset "X"\nrule R1 "<script>alert(1)</script>"\n  youth must be consulted\n', encoding="utf-8")
    out = tmp_path / "out.html"
    result = run("national", str(evil), "vng-model", "--format", "html", "--output", str(out), "--no-examples")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "http://" not in page and "https://" not in page


def test_input_errors_exit_2(run, tmp_path):
    bad = tmp_path / "bad.rules"
    bad.write_text('ruleset "X"\nrule R1 "t"\n  inwonres must be consulted\n', encoding="utf-8")
    assert run("national", str(bad)).exit_code == 2
    assert run("national", str(tmp_path / "missing.rules")).exit_code == 2
    assert run("national").exit_code == 2
    assert run("national", "vng-model", "--format", "pdf").exit_code == 2


def test_output_is_deterministic(run):
    first = run("amsterdam", "zwolle", "--format", "json").output
    assert first == run("amsterdam", "zwolle", "--format", "json").output


@pytest.mark.parametrize("a, b", BUNDLED_PAIRS)
@pytest.mark.parametrize("fmt, suffix, lang", [("text", "txt", None), ("markdown", "md", None),
                                               ("text", "en.txt", "en")])
def test_golden_bundled(run, a, b, fmt, suffix, lang):
    """The bundled rulesets are Dutch, so the report is Dutch unless English is asked for."""
    result = run(a, b, "--format", fmt, *(["--lang", lang] if lang else []))
    assert result.exit_code == 0, result.output
    assert_golden(GOLDEN / f"{a}-vs-{b}.{suffix}", result.output)


def test_golden_files_have_no_absolute_paths():
    for path in Path(GOLDEN).glob("*"):
        assert str(ROOT) not in path.read_text(encoding="utf-8")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_with_many_rulesets():
    from procesregels.commands.compare import PROGRESS_MIN_RULESETS, run
    from procesregels.ruleset.loader import load_ruleset

    many = [load_ruleset(n) for n in ("national", "vng-model", "amsterdam", "zwolle", "legacy-inspraak")] * 2
    assert len(many) >= PROGRESS_MIN_RULESETS
    terminal = _Terminal()
    assert len(run(many, examples=False, stream=terminal)) == len(many) - 1
    assert "Comparing rulesets" in terminal.getvalue()
    dutch = _Terminal()
    run(many[:PROGRESS_MIN_RULESETS], examples=False, stream=dutch, lang="nl")
    assert "Regelsets vergelijken" in dutch.getvalue()
    pipe = io.StringIO()
    run(many, examples=False, stream=pipe)
    assert pipe.getvalue() == ""
    few = _Terminal()
    run(many[:3], examples=False, stream=few)
    assert few.getvalue() == ""


def test_compare_texts_have_both_languages():
    from procesregels.comparison.words import COMPARE_MESSAGES
    from procesregels.i18n import placeholders

    for key, entry in COMPARE_MESSAGES.items():
        assert set(entry) == {"en", "nl"}, key
        assert placeholders(entry["en"]) == placeholders(entry["nl"]), key


def test_json_of_several_rulesets_has_the_matrix(run):
    data = json.loads(run("national", "vng-model", "zwolle", "--format", "json", "--no-examples").output)
    assert data["matrix"]["columns"] == ["vng-model", "zwolle"]
    first = data["matrix"]["rows"][0]
    assert first["rule"].startswith("W2 ") and first["cells"] == ["same", "same"]


def test_an_empty_ruleset_is_weaker_than_any_other(run, tmp_path):
    empty = tmp_path / "leeg.rules"
    empty.write_text('ruleset "Leeg"\n', encoding="utf-8")
    data = json.loads(run(str(empty), "national", "--format", "json").output)
    assert data["pairs"][0]["verdict"] == "b-stricter"
    assert {r["verdict"] for r in data["pairs"][0]["rules"]} == {"only-b"}


def test_examples_are_searched_for_a_few_rulesets_unless_csv_or_declined():
    from procesregels.commands.compare import EXAMPLES_MAX_RULESETS, wants_examples

    assert wants_examples(None, "text", 2)
    assert not wants_examples(None, "text", EXAMPLES_MAX_RULESETS)
    assert wants_examples(True, "html", EXAMPLES_MAX_RULESETS + 5)
    assert not wants_examples(True, "csv", 2)
    assert not wants_examples(False, "json", 2)


def test_an_and_list_is_named_with_and_in_the_reason(run, tmp_path):
    """`inwoners en omwonenden` asks each group: the reason must not read it as `of`."""
    for name, groups in (("a", "inwoners of omwonenden"), ("b", "inwoners en omwonenden")):
        (tmp_path / f"{name}.rules").write_text(
            f'regelset "{name}"\nregel R1 "r"\n  {groups} moeten geraadpleegd worden vóór elk besluit\n',
            encoding="utf-8")
    result = run(str(tmp_path / "a.rules"), str(tmp_path / "b.rules"), "--no-examples")
    assert "de eis voor inwoners en omwonenden is strenger dan die voor inwoners of omwonenden" in result.output
