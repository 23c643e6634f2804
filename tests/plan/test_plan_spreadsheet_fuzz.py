"""Fuzzing the spreadsheet readers: any bytes, any cells give a plan or a located PlanError."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import IllegalCharacterError
from hypothesis import HealthCheck, given, settings, strategies as st

from procesregels.errors import PlanError
from procesregels.plan.loader import load_plan, parse_plan
from procesregels.plan.convert import template_bytes

TEMPLATE = template_bytes("en")
HEADERS = ["id", "titel", "kind", "soort", "owner", "deelnemers", "fase", "date", "begin", "end", "duur", "na",
           "optional", "x", ""]
cells = st.one_of(st.none(), st.text(max_size=30), st.integers(-10, 10_000_000), st.floats(allow_nan=False),
                  st.booleans(), st.sampled_from(["kaders", "a, b", "bewoners: raadplegen", "7-4-2026", "ja", "=1+1"]))


def _load(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            load_plan(path)
        except PlanError as error:
            assert error.span is not None and error.render()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.integers(0, len(TEMPLATE) - 1))
def test_damaged_workbooks_are_input_errors(noise: bytes, at: int):
    _load(TEMPLATE[:at] + noise + TEMPLATE[at + len(noise):], "p.xlsx")
    _load(noise, "q.xlsx")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       st.lists(st.lists(cells, max_size=8), max_size=6))
def test_any_cells_in_a_workbook_give_a_plan_or_a_located_error(header, rows):
    book = openpyxl.load_workbook(io.BytesIO(TEMPLATE))
    sheet = book["steps"]
    sheet.delete_rows(1, sheet.max_row)
    out = io.BytesIO()
    try:
        sheet.append(header)
        for row in rows:
            sheet.append([value[:30] if isinstance(value, str) else value for value in row])
        book.save(out)
    except (ValueError, TypeError, IllegalCharacterError):  # openpyxl refuses some values itself
        return
    _load(out.getvalue(), "p.xlsx")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600, alphabet=st.sampled_from(list("id;,:\n\r\"'= abcnaeoult7-2026\ufeff\u00a0\t"))))
def test_any_csv_text_gives_a_plan_or_a_located_error(text: str):
    try:
        parse_plan(text, "p.csv")
    except PlanError as error:
        assert error.span is not None and error.render()
