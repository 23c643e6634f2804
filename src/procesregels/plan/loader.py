"""Load a process plan (docs/spec/PLAN.md) from YAML or JSON into the plan model the engine checks.

The pipeline, one stage per module, each raising one located PlanError on bad input:

    bytes --decode, size cap--> text --yaml_positions / json_positions / plan_bpmn--> data + positions
          --plan_shape (pydantic)--> Plan with names as written
          --plan_resolve--> Plan with canonical ids, implicit actors, start/end, no cycle

`Plan.positions` maps key paths to places in the file: `("steps", 3)` is where the fourth
step's mapping starts (its first key), `("steps", 3, "kind")` where that value is written,
`("plan",)` the title and `()` the start of the document.
"""

from __future__ import annotations

import os
from pathlib import Path

from procesregels.errors import PlanError, os_reason, plan_errors
from procesregels.plan.model import Plan
from procesregels.plan.resolve import PlanResolver
from procesregels.plan.shape import validate_shape
from procesregels.plan.readers.source_tree import MAX_BYTES, Span, located_error, position_of
from procesregels.core.vocabulary import Vocabulary, standard


def parse_plan(
    text: str,
    path: str = "<plan>",
    vocabulary: Vocabulary | None = None,
    *,
    lang: str = "en",
    side_text: str | None = None,
) -> Plan:
    """The plan written in `text`: JSON when `path` ends in .json, BPMN 2.0 XML when it ends in
    .bpmn (see plan_bpmn; `side_text` is the text of its side file, if any), YAML otherwise.

    Names are resolved with `vocabulary` (the standard one when None; pass the ruleset's so
    that its own roles, kinds and level names are known). Raises PlanError."""
    return plan_of_tree(tree_of_text(text, str(path), lang=lang, side_text=side_text), vocabulary)


def tree_of_text(text: str, path: str, *, lang: str = "en", side_text: str | None = None):
    """The data and positions of a plan text, as its reader gives them (see `parse_plan`)."""
    size = len(text) if len(text) * 4 <= MAX_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise located_error("error.plan.too_large", Span(path, 1, 1), None, lang, {"size": size, "limit": MAX_BYTES})
    text = text.removeprefix("\ufeff")
    if path.lower().endswith(".json"):
        from procesregels.plan.readers.json_reader import read_json

        tree = read_json(text, path, lang)
    elif path.lower().endswith(".bpmn"):
        from procesregels.plan.bpmn.reader import read_bpmn

        tree = read_bpmn(text, path, lang, side_text)
    elif path.lower().endswith(".csv"):
        from procesregels.plan.readers.csv_reader import read_csv
        from procesregels.plan.readers.yaml_reader import read_yaml

        side = read_yaml(side_text, csv_side_path(path), lang) if side_text is not None else None
        tree = read_csv(text, path, lang, side)
    else:
        from procesregels.plan.readers.yaml_reader import read_yaml

        tree = read_yaml(text, path, lang)
    return tree


def plan_of_tree(tree, vocabulary: Vocabulary | None = None) -> Plan:
    """The plan of data read from any format: Dutch keys, shape, names, order (see above)."""
    try:
        shaped = validate_shape(tree)
        if shaped.plan is None:
            raise plan_errors(shaped.problems)
        return PlanResolver(tree, shaped.plan, vocabulary or standard(), shaped.broken).resolve(shaped.problems)
    except PlanError as error:
        raise _with_invisible_characters(tree, error) from None


def _with_invisible_characters(tree, error: PlanError) -> PlanError:
    """The errors, and for each line of the plan that has one, the invisible character on it
    that is the likely cause (named, and located where it is)."""
    from procesregels.plan.readers.invisible import invisible_on  # here: a plan that reads well needs no search

    errors = list(getattr(error, "errors", [error]))
    lines = sorted({e.span.line for e in errors if e.span is not None and e.span.path == tree.path})
    hidden = [found for found in (invisible_on(tree, line) for line in lines) if found is not None]
    return plan_errors(errors + hidden) if hidden else error


def csv_side_path(path: str) -> str:
    """`NAME.plan.yaml` beside `NAME.csv`: the plan-level keys of a csv plan."""
    return str(Path(path).with_suffix(".plan.yaml"))


def load_plan(path: str | os.PathLike[str], vocabulary: Vocabulary | None = None, *, lang: str = "en") -> Plan:
    """The plan in the file at `path` (see `parse_plan`; .xlsx is a workbook). Raises PlanError."""
    return plan_of_tree(tree_of_file(str(path), lang), vocabulary)


def tree_of_file(shown: str, lang: str = "en"):
    """The data and positions of the plan file at `shown`, as its reader gives them."""
    if shown.lower().endswith(".xlsx"):
        from procesregels.plan.readers.xlsx_reader import read_xlsx

        return read_xlsx(read_plan_bytes(shown, lang), shown, lang)
    side_text = None
    if shown.lower().endswith(".csv") and Path(csv_side_path(shown)).is_file():
        side_text = read_plan_text(csv_side_path(shown), lang)
    if shown.lower().endswith(".bpmn"):
        from procesregels.plan.bpmn.side_file import side_path

        if Path(side_path(shown)).is_file():  # what the drawing cannot say, next to it
            side_text = read_plan_text(side_path(shown), lang)
    return tree_of_text(read_plan_text(shown, lang), shown, lang=lang, side_text=side_text)


def read_plan_bytes(path: str, lang: str = "en") -> bytes:
    """The bytes of a plan file, at most MAX_BYTES."""
    start = Span(path, 1, 1)
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # never read a huge file whole
    except OSError as problem:
        reason = os_reason(problem, lang)
        raise located_error("error.plan.unreadable", start, None, lang, {"reason": reason}) from None
    if len(data) > MAX_BYTES:
        size = os.path.getsize(path) if os.path.isfile(path) else len(data)
        raise located_error("error.plan.too_large", start, None, lang, {"size": size, "limit": MAX_BYTES})
    return data


def read_plan_text(path: str, lang: str = "en") -> str:
    """The text of a plan file: at most MAX_BYTES, UTF-8 (a byte-order mark is allowed)."""
    data = read_plan_bytes(path, lang)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        text = data[: problem.start].decode("utf-8-sig", "replace")
        line, column = position_of(text, len(text))
        raise located_error("error.plan.not_utf8", Span(path, line, column), None, lang,
                            {"byte": f"{data[problem.start]:02X}"}) from None


__all__ = ["PlanError", "load_plan", "parse_plan", "read_plan_text"]
