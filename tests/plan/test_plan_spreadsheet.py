"""Plans as spreadsheets (docs/spec/PLAN.md, version 2): xlsx and csv, the template, convert."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.errors import PlanError
from procesregels.plan.convert import convert, template_bytes, written_data
from procesregels.plan.loader import load_plan

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def _lint(*args: str):
    return CliRunner().invoke(cli, ["lint", *args])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_template_lints_and_a_mistake_in_it_is_located_by_cell(tmp_path: Path, lang: str):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(template_bytes(lang))
    assert _lint(str(path), "--lang", lang).exit_code == 0
    book = openpyxl.load_workbook(path)
    sheet = book["stappen" if lang == "nl" else "steps"]
    sheet["C3"] = "informatiee"
    sheet["D5"] = "niemand"
    book.save(path)
    result = _lint(str(path), "--lang", lang)
    assert result.exit_code == 2
    sheet_name = sheet.title
    word = "fout" if lang == "nl" else "error"
    assert f"plan.xlsx:{sheet_name}!C3: {word}:" in result.output
    assert f"plan.xlsx:{sheet_name}!D5: {word}:" in result.output


def test_the_template_has_drop_downs_an_example_per_kind_and_a_filled_plan_sheet():
    book = openpyxl.load_workbook(io.BytesIO(template_bytes("nl")))
    steps = book["stappen"]
    header = [cell.value for cell in steps[1]]
    lists = {header[c.min_col - 1] for v in steps.data_validations.dataValidation if v.type == "list"
             for c in v.sqref.ranges}
    assert lists == {"soort", "fase", "eigenaar", "optioneel"}
    kinds = {row[2] for row in steps.iter_rows(min_row=2, values_only=True)}
    plan = load_plan_bytes(template_bytes("nl"))
    assert {s.kind for s in plan.steps} >= {"decision", "frames", "draft", "inspection", "meeting", "survey",
                                             "workshop", "panel", "citizens-assembly", "feedback", "advice",
                                             "information", "evaluation"}
    assert len(kinds) == 13  # one row per kind (information twice: it is in the starter twice)
    rows = [row[0] for row in book["plan"].iter_rows(values_only=True)]
    assert rows[:2] == ["plan", "gemeente"] and "actor" in rows


def load_plan_bytes(data: bytes, name: str = "t.xlsx"):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return load_plan(path)


CSV_NL = "\ufeffid;titel;soort;eigenaar;deelnemers;datum;na\n" \
         "kaders;Kaders;kaderstelling;raad;;14-1-2027;\n" \
         "avond;Avond;bijeenkomst;team;inwoners: raadplegen;11-2-2027;kaders\n" \
         "besluit;Besluit;besluit;raad;;20-5-2027;avond\n"
SIDE = "plan: Dorpsplein\nactoren:\n  raad: {rol: raad}\n  team: {rol: ambtenaren}\n"


def test_a_csv_plan_with_semicolons_a_bom_dutch_headers_and_a_side_file(tmp_path: Path):
    (tmp_path / "dorp.csv").write_text(CSV_NL, encoding="utf-8")
    (tmp_path / "dorp.plan.yaml").write_text(SIDE, encoding="utf-8")
    plan = load_plan(tmp_path / "dorp.csv")
    assert [s.id for s in plan.steps] == ["kaders", "avond", "besluit"]
    assert plan.steps[1].participants == {"residents": "consult"} and plan.steps[2].after == ("avond",)
    english = CSV_NL.replace(";", ",").replace("\ufeffid,titel,soort,eigenaar,deelnemers,datum,na",
                                              "id,title,kind,owner,participants,date,after")
    (tmp_path / "dorp.csv").write_text(english, encoding="utf-8")
    assert load_plan(tmp_path / "dorp.csv").model_dump() == plan.model_dump()
    (tmp_path / "dorp.csv").write_text(CSV_NL.replace("bijeenkomst", "bijenkomst"), encoding="utf-8")
    result = _lint(str(tmp_path / "dorp.csv"))
    assert result.exit_code == 2 and "dorp.csv:dorp!C3: fout:" in result.output
    assert _lint(str(tmp_path)).exit_code == 2  # a folder: the csv is a plan, its side file is not


def test_a_folder_of_workbooks_lints(tmp_path: Path):
    for name in ("a.xlsx", "b.xlsx"):
        (tmp_path / name).write_bytes(template_bytes("nl"))
    result = _lint(str(tmp_path))
    assert result.exit_code == 0 and "a.xlsx" in result.output and "b.xlsx" in result.output


# -- hostile workbooks ---------------------------------------------------------------------------

def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _book(change) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template_bytes("en")))
    change(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _million_rows() -> bytes:
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>s{r}</t></is></c></row>' for r in range(1, 1_000_001))
    base = zipfile.ZipFile(io.BytesIO(template_bytes("en")))
    parts = {info.filename: base.read(info.filename) for info in base.infolist()}
    parts["xl/worksheets/sheet1.xml"] = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                                        'spreadsheetml/2006/main"><sheetData>' + rows + "</sheetData></worksheet>").encode()
    return _zip(parts)


HOSTILE = {
    "not-a-zip": lambda: b"plan: this is yaml, not a workbook\n",
    "zip-bomb": lambda: _zip({"xl/worksheets/sheet1.xml": b"\0" * (60 * 1024 * 1024)}),
    "million-rows": _million_rows,
    "formula": lambda: _book(lambda b: b["steps"].cell(row=3, column=2, value="=1+1")),
    "merged": lambda: _book(lambda b: b["steps"].merge_cells("B2:C2")),
    "hidden-sheet": lambda: _book(lambda b: setattr(b["lists"], "sheet_state", "hidden")),
}
EXPECTED = {"not-a-zip": "not an Excel workbook", "zip-bomb": "", "million-rows": "", "formula": "steps!B3",
            "merged": "B2:C2", "hidden-sheet": "'lists' is hidden"}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_workbook_exits_2_quickly_with_a_located_message(tmp_path: Path, name: str):
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(HOSTILE[name]())
    started = time.perf_counter()
    result = _lint(str(path), "--lang", "en")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{name}.xlsx:" in result.output and ": error: " in result.output
    assert EXPECTED[name] in result.output
    assert elapsed < 5, f"{name}: {elapsed:.1f} s"


# -- convert --------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_yaml_to_xlsx_and_back_is_the_same_plan(tmp_path: Path, path: Path, lang: str):
    vocabulary = vocabulary_for(path)
    sheet = tmp_path / "plan.xlsx"
    sheet.write_bytes(convert(str(path), "xlsx", lang, vocabulary))
    back = tmp_path / "back.yaml"
    back.write_bytes(convert(str(sheet), "yaml", lang, vocabulary))
    assert written_data(str(back), vocabulary) == written_data(str(path), vocabulary)
    assert load_plan(back, vocabulary).model_dump() == load_plan(path, vocabulary).model_dump()


def vocabulary_for(path: Path):
    """The vocabulary of the first bundled ruleset that the example plan loads with."""
    from procesregels.ruleset.loader import load_ruleset

    for name in ("national", "vng-model", "amsterdam", "zwolle", "legacy-inspraak"):
        vocabulary = load_ruleset(name).vocabulary()
        try:
            load_plan(path, vocabulary)
            return vocabulary
        except PlanError:
            continue
    raise AssertionError(f"no bundled ruleset reads {path.name}")


def test_cells_from_plan_text_are_never_formulas(tmp_path: Path):
    source = tmp_path / "p.yaml"
    source.write_text("plan: '=HYPERLINK(\"http://x\")'\nsteps:\n  - {id: a, kind: meeting, title: '@SUM(1)'}\n"
                      "  - {id: b, kind: meeting, title: '+1', description: '-2'}\n", encoding="utf-8")
    sheet = tmp_path / "p.xlsx"
    result = CliRunner().invoke(cli, ["convert", str(source), "--to", "xlsx", "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(sheet)
    cells = [c for row in book.worksheets[0].iter_rows() for c in row] + [book["plan"]["B1"]]
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert len(risky) == 4 and all(c.data_type == "s" and c.quotePrefix for c in risky)
    assert written_data(str(sheet)) == written_data(str(source))


def test_what_a_sheet_cannot_hold_is_refused(tmp_path: Path):
    source = tmp_path / "p.yaml"
    source.write_text("plan: t\nattributes: {tags: [a, b]}\nsteps: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["convert", str(source), "--to", "xlsx", "-o", str(tmp_path / "p.xlsx")])
    assert result.exit_code == 2 and "tags" in result.output
    assert not (tmp_path / "p.xlsx").exists()


def test_convert_to_json_and_dutch_yaml(tmp_path: Path):
    source = ROOT / "docs" / "voorbeeld" / "marktplein.yaml"
    for to in ("json", "yaml"):
        out = tmp_path / f"p.{to}"
        out.write_bytes(convert(str(source), to, "nl"))
        assert load_plan(out).model_dump() == load_plan(source).model_dump()
    assert "stappen" in yaml.safe_load((tmp_path / "p.yaml").read_text(encoding="utf-8"))
