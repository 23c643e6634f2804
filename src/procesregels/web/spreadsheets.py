"""Plans as Excel workbooks in the workbench: download a plan as `.xlsx`, add a plan from one.

The same conversion as `procesregels convert` (plan/convert.py): the plan as written, checked
first, so a plan with input errors is neither downloaded nor added (its errors are shown instead).
An uploaded workbook becomes a YAML plan in the workspace, because the workbench edits text; the
officer can download it as a workbook again at any time.
"""

from __future__ import annotations

from procesregels.core.vocabulary import Vocabulary

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def plan_as_xlsx(text: str, name: str, lang: str, vocabulary: Vocabulary | None) -> bytes:
    """The plan written in `text` (file `name`) as a workbook with keys in `lang`. Raises PlanError."""
    from procesregels.core.vocabulary import standard
    from procesregels.plan.convert import checked_data, xlsx_bytes
    from procesregels.plan.loader import tree_of_text

    data = checked_data(tree_of_text(text, name, lang=lang), vocabulary)
    return xlsx_bytes(data, lang, vocabulary or standard(), name)


def xlsx_as_yaml(data: bytes, name: str, lang: str, vocabulary: Vocabulary | None) -> str:
    """The plan in workbook `data` (file `name`) as YAML text with keys in `lang`. Raises PlanError."""
    from procesregels.plan.convert import checked_data, data_bytes
    from procesregels.plan.readers.xlsx_reader import read_xlsx

    plan = checked_data(read_xlsx(data, name, lang), vocabulary)
    return data_bytes(plan, "yaml", lang, vocabulary, name).decode("utf-8")


def first_problem(error) -> str:
    """The first located message of a PlanError, for a one-line page (`plan.xlsx:Stappen!B3: ...`)."""
    each = (getattr(error, "errors", None) or [error])[0]
    return f"{each.span}: {each.message}" if getattr(each, "span", None) else str(each.message)
