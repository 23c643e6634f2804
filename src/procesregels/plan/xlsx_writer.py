"""Write a plan as an .xlsx workbook: the `init --format xlsx` template and `convert --to xlsx`.

The workbook is the one the spreadsheet reader reads (plan/readers/spreadsheet.py): a sheet
`stappen` (`steps`) with a row per step, a sheet `plan` with the plan-level rows, and a sheet
`lijsten` (`lists`) with the names the drop-down lists offer (kinds, phases, levels, actor ids,
yes/no), which the reader ignores. Text from a plan is written as text, never as a formula: a
cell starting with `=`, `+`, `-` or `@` is stored as a string with Excel's quote prefix, so no
spreadsheet program evaluates it (formula injection) and it reads back as written.

What a workbook cannot hold is refused (`Unrepresentable`), never dropped: an attribute whose
value is a list or a mapping, and an id with a comma, a semicolon or a colon in it (cells
separate ids and levels with those).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from procesregels.plan.keys import DUTCH

STEP_COLUMNS = ("id", "title", "kind", "owner", "participants", "phase", "date", "start", "end", "duration",
                "after", "optional", "description")
_RISKY = ("=", "+", "-", "@")
_SEPARATORS = (",", ";", ":")


class Unrepresentable(ValueError):
    """A part of a plan that a workbook cannot hold: `what` is a message key, `values` its arguments."""

    def __init__(self, what: str, args: dict[str, Any]):
        super().__init__(what)
        self.what, self.values = what, args


def workbook_bytes(data: dict[str, Any], lang: str, names: dict[str, list[str]]) -> bytes:
    """The workbook of plan data (English keys, values as written). `names` lists the kinds,
    phases and levels the drop-down lists offer. Raises Unrepresentable."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    _check(data)
    book = Workbook()
    steps_sheet = book.active
    steps_sheet.title = "stappen" if lang == "nl" else "steps"
    header = [_key("step", key, lang) for key in STEP_COLUMNS]
    steps_sheet.append(header)
    for step in data.get("steps") or []:
        steps_sheet.append([None] * len(STEP_COLUMNS))
        row = steps_sheet.max_row
        for column, key in enumerate(STEP_COLUMNS, start=1):
            if key in step and step[key] is not None:
                _put(steps_sheet.cell(row=row, column=column), _step_cell(key, step[key]))
    plan_sheet = book.create_sheet("plan")
    for row in _plan_rows(data, lang):
        plan_sheet.append([None] * len(row))
        for column, value in enumerate(row, start=1):
            if value is not None:
                _put(plan_sheet.cell(row=plan_sheet.max_row, column=column), value)
    lists = book.create_sheet("lijsten" if lang == "nl" else "lists")
    actors = sorted((data.get("actors") or {}).keys(), key=str)
    yes_no = ["ja", "nee"] if lang == "nl" else ["yes", "no"]
    columns = {"kind": names["kind"], "phase": names["phase"], "owner": actors, "level": names["level"],
               "optional": yes_no}
    last_row = max(200, steps_sheet.max_row + 100)
    for number, (key, values) in enumerate(columns.items(), start=1):
        lists.cell(row=1, column=number, value=_key("step", key, lang) if key != "level" else
                   ("niveau" if lang == "nl" else "level"))
        for row, value in enumerate(values, start=2):
            _put(lists.cell(row=row, column=number), str(value))
        if key == "level" or not values:
            continue
        letter = chr(64 + number)
        validation = DataValidation(type="list", formula1=f"={lists.title}!${letter}$2:${letter}${len(values) + 1}",
                                    allow_blank=True, showErrorMessage=False)
        target = chr(64 + STEP_COLUMNS.index(key) + 1)
        validation.add(f"{target}2:{target}{last_row}")
        steps_sheet.add_data_validation(validation)
    levels = ", ".join(names["level"])
    prompt = DataValidation(allow_blank=True, showInputMessage=True,
                            promptTitle=_key("step", "participants", lang)[:32],
                            prompt=(f"actor: niveau, ... ({levels})" if lang == "nl" else f"actor: level, ... ({levels})")[:255])
    letter_of_participants = chr(64 + STEP_COLUMNS.index("participants") + 1)
    prompt.add(f"{letter_of_participants}2:{letter_of_participants}{last_row}")
    steps_sheet.add_data_validation(prompt)
    for column, key in enumerate(STEP_COLUMNS, start=1):
        steps_sheet.column_dimensions[chr(64 + column)].width = 28 if key in ("title", "participants") else 14
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _key(model: str, key: str, lang: str) -> str:
    return DUTCH[model].get(key, key) if lang == "nl" else key


def _put(cell: Any, value: Any) -> None:
    """A value into a cell; text that a spreadsheet would read as a formula stays text."""
    if isinstance(value, dt.date):
        cell.value = value
        cell.number_format = "dd-mm-yyyy"
        return
    cell.value = value
    if isinstance(value, str) and value.startswith(_RISKY):
        cell.data_type = "s"
        cell.quotePrefix = True


def _step_cell(key: str, value: Any) -> Any:
    if key == "after" and isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if key == "participants" and isinstance(value, dict):
        return ", ".join(f"{name}: {level}" for name, level in value.items())
    if key == "optional" and isinstance(value, bool):
        return "ja" if value else "nee"
    return value


def _plan_rows(data: dict[str, Any], lang: str) -> list[list[Any]]:
    def kind(english: str) -> str:
        dutch = {"municipality": "gemeente", "description": "beschrijving", "order": "volgorde", "attribute": "kenmerk",
                 "actor": "actor", "choice": "keuze", "waiver": "afwijking"}
        return dutch.get(english, english) if lang == "nl" else english

    rows: list[list[Any]] = [["plan", data.get("plan")]]
    for key in ("municipality", "description", "order"):
        if data.get(key) is not None:
            rows.append([kind(key), data[key]])
    for name, value in (data.get("attributes") or {}).items():
        rows.append([kind("attribute"), name, value])
    for ident, actor in (data.get("actors") or {}).items():
        rows.append([kind("actor"), ident, actor.get("role"), actor.get("name")])
    for choice in data.get("choices") or []:
        rows.append([kind("choice"), choice.get("id"), *(", ".join(map(str, option)) for option in choice.get("options", []))])
    for waiver in data.get("waivers") or []:
        rows.append([kind("waiver"), waiver.get("rule"), waiver.get("reason")])
    return rows


def _check(data: dict[str, Any]) -> None:
    for name, value in (data.get("attributes") or {}).items():
        if isinstance(value, (list, dict)):
            raise Unrepresentable("error.convert.nested_attribute", {"name": name})
    ids = [str(step.get("id")) for step in data.get("steps") or []] + [str(a) for a in (data.get("actors") or {})]
    for ident in ids:
        if any(separator in ident for separator in _SEPARATORS):
            raise Unrepresentable("error.convert.separator_in_id", {"id": ident})
