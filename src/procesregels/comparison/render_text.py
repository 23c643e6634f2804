"""`compare` as text, Markdown and CSV: what differs, which side is stricter, why, under which
articles, with the example plan that proves it (one page per pair of rulesets)."""

from __future__ import annotations

import csv
from typing import Sequence, TextIO

from procesregels.comparison.compare import Comparison, RulePair
from procesregels.comparison.render import (
    CELL, grouped_matrix,
    counts_words, ruleset_display_path,
    example_is_vacuous, example_reasons, example_words, example_yaml, examples_for, matrix, one_line, overall_words, pair_why,
    rule_label, rule_sentence, ruleset_name, verdict_words,
)
from procesregels.core.vocabulary import severity_word
from procesregels.i18n import text
from procesregels.ruleset.model import Rule, Ruleset


def _differences(c: Comparison) -> list[RulePair]:
    return [p for p in c.rules if p.verdict != "same" or _severity_differs(p)]


def _severity_differs(p: RulePair) -> bool:
    return p.a is not None and p.b is not None and p.a.severity != p.b.severity


def _same(c: Comparison) -> list[tuple[Rule, Rule]]:
    """The pairs of equal rules (a `same` pair has both)."""
    return [(p.a, p.b) for p in c.rules
            if p.verdict == "same" and p.a is not None and p.b is not None and not _severity_differs(p)]


# -- text ------------------------------------------------------------------------------------------


def render_text(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    for k, c in enumerate(comparisons):
        if k:
            out.write("\n")
        _text_one(c, out, lang)


def _text_one(c: Comparison, out: TextIO, lang: str) -> None:
    name_a, name_b = ruleset_name(c.a), ruleset_name(c.b)
    out.write(text("compare.heading", lang, {"name_a": name_a, "name_b": name_b}) + "\n")
    for name, ruleset in ((name_a, c.a), (name_b, c.b)):
        path = ruleset_display_path(ruleset)
        out.write(f"  {name}: {one_line(ruleset.title)}" + (f" ({one_line(path)})" if path else "") + "\n")
    out.write("\n" + overall_words(c, lang) + "\n" + counts_words(c, lang) + "\n\n")
    out.write(text("compare.differences", lang) + "\n")
    differences = _differences(c)
    if not differences:
        out.write("  " + text("compare.no_differences", lang) + "\n")
    width = max(len(name_a), len(name_b))
    for pair in differences:
        ids = " / ".join(x for x in (pair.a and pair.a.id, pair.b and pair.b.id) if x)
        out.write(f"  {ids}: {verdict_words(pair.verdict, c, lang)}\n")
        for name, rule, ruleset in ((name_a, pair.a, c.a), (name_b, pair.b, c.b)):
            if rule is not None:
                out.write(f"    {name.ljust(width)}  {rule_label(rule)}\n")
                out.write(f"    {' ' * width}    {rule_sentence(rule, ruleset, lang)}\n")
        out.write(f"    {text('compare.why', lang)}: {pair_why(pair, c, lang)}\n")
        for example in examples_for(pair, c):
            out.write(f"    {example_words(example, c, lang)}:\n")
            for reason in example_reasons(example, lang):
                out.write(f"      - {reason}\n")
            if not example_is_vacuous(example):
                for line in example_yaml(example).splitlines():
                    out.write(f"      {line}\n")
    same = _same(c)
    if same:
        out.write("\n" + text("compare.equal_rules", lang) + "\n")
        out.write("  " + ", ".join(f"{a.id} = {b.id}" for a, b in same) + "\n")


# -- Markdown -------------------------------------------------------------------------------------------


def _md(value: str) -> str:
    """Text in a Markdown table cell: one line, pipes and markup characters escaped."""
    escaped = one_line(value)
    for char in "\\|*_`<>[]":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def _md_rule(rule, ruleset: Ruleset, lang: str) -> str:
    if rule is None:
        return "-"
    return f"{_md(rule_label(rule))}: *{_md(rule_sentence(rule, ruleset, lang))}*"


def render_markdown(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    for k, c in enumerate(comparisons):
        if k:
            out.write("\n")
        _markdown_one(c, out, lang)
    if len(comparisons) > 1:
        _markdown_matrix(comparisons, out, lang)


def _markdown_one(c: Comparison, out: TextIO, lang: str) -> None:
    name_a, name_b = ruleset_name(c.a), ruleset_name(c.b)
    out.write(f"# {_md(text('compare.heading', lang, {'name_a': name_a, 'name_b': name_b}))}\n\n")
    out.write(f"**{_md(overall_words(c, lang))}** {_md(counts_words(c, lang))}\n\n")
    out.write(f"## {text('compare.differences', lang)}\n\n")
    differences = _differences(c)
    if not differences:
        out.write(text("compare.no_differences", lang) + "\n")
    else:
        out.write(f"| {_md(name_a)} | {_md(name_b)} | {text('compare.col.verdict', lang)} | {text('compare.col.why', lang)} |\n")
        out.write("|---|---|---|---|\n")
        for pair in differences:
            out.write(f"| {_md_rule(pair.a, c.a, lang)} | {_md_rule(pair.b, c.b, lang)} | "
                      f"{_md(verdict_words(pair.verdict, c, lang))} | {_md(pair_why(pair, c, lang))} |\n")
    examples = [(p, e) for p in differences for e in examples_for(p, c)]
    if examples:
        out.write(f"\n## {text('compare.examples', lang)}\n")
        for pair, example in examples:
            ids = " / ".join(x for x in (pair.a and pair.a.id, pair.b and pair.b.id) if x)
            out.write(f"\n**{_md(ids)}**: {_md(example_words(example, c, lang))}\n\n")
            for reason in example_reasons(example, lang):
                out.write(f"- {_md(reason)}\n")
            if not example_is_vacuous(example):
                out.write("\n```yaml\n")
                out.write(example_yaml(example).replace("```", "'''"))
                out.write("```\n")
    same = _same(c)
    if same:
        out.write(f"\n## {text('compare.equal_rules', lang)}\n\n")
        out.write(", ".join(f"{_md(a.id)} = {_md(b.id)}" for a, b in same) + "\n")


def _markdown_matrix(comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    columns, rows = matrix(comparisons, lang)
    out.write(f"\n# {_md(text('compare.heading.matrix', lang, {'name': ruleset_name(comparisons[0].a)}))}\n\n")
    out.write(f"| {text('compare.col.theme', lang)} | {text('compare.col.rule', lang)} | "
              + " | ".join(_md(c) for c in columns) + " |\n")
    out.write("|---|---|" + "---|" * len(columns) + "\n")
    for row in rows:
        cells = " | ".join(_cell(c, lang) for c in row["cells"])
        out.write(f"| {_md(row['theme'])} | {_md(row['rule'])} | {cells} |\n")
    overall = " | ".join(_md(verdict_words(c.verdict, c, lang)) for c in comparisons)
    out.write(f"| **{text('compare.overall', lang)}** | | {overall} |\n")


def _cell(value: str, lang: str) -> str:
    return "-" if value == "-" else text(f"compare.cell.{value}", lang)


# -- CSV ------------------------------------------------------------------------------------------------


def render_csv(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], out: TextIO, lang: str) -> None:
    """Two rulesets: one row per rule pair. Three or more: the matrix of themes x rulesets."""
    writer = _SafeWriter(csv.writer(out, lineterminator="\n"))
    if len(comparisons) == 1:
        _pairs_csv(comparisons[0], writer, lang)
        return
    # Three or more: the matrix in the report's language, similar rulesets side by side, a row
    # with each column's group and, below, what sets each group apart.
    grouped = grouped_matrix(comparisons, lang)
    writer.writerow([text("compare.col.theme", lang), text("compare.col.rule", lang), *grouped.columns])
    writer.writerow([text("compare.col.group", lang), "", *map(str, grouped.group_of)])
    for row in grouped.rows:
        writer.writerow([row["theme"], row["rule"], *(_cell(cell, lang) for cell in row["cells"])])
    writer.writerow([text("compare.overall", lang), "", *(verdict_words(c.verdict, c, lang) for c in grouped.comparisons)])
    for number, cluster in enumerate(grouped.clusters, start=1):
        apart = "; ".join(f"{item['theme']}: {item['words']}" for item in cluster["apart"])
        writer.writerow([text("compare.group", lang, {"number": number}), ", ".join(cluster["members"]),
                         apart or text("compare.group.nothing_apart", lang)])


#: A pair's verdict as the cell of the matrix: how the second ruleset's rule compares with the first's.
_PAIR_CELL = {**CELL, "only-b": "extra"}


def _pairs_csv(c: Comparison, writer: "_SafeWriter", lang: str) -> None:
    """One row per rule pair, headers and values in the report's language: the verdict as the
    matrix words it (how the second ruleset's rule compares with the first's), severities as a
    ruleset writes them. JSON keeps the English codes for programs."""
    name_a, name_b = ruleset_name(c.a), ruleset_name(c.b)
    writer.writerow([
        text("compare.csv.rule", lang, {"name": name_a}), text("compare.csv.rule", lang, {"name": name_b}),
        text("compare.csv.cell", lang, {"name_a": name_a, "name_b": name_b}), text("compare.col.why", lang),
        text("compare.csv.source", lang, {"name": name_a}), text("compare.csv.source", lang, {"name": name_b}),
        text("compare.csv.severity", lang, {"name": name_a}), text("compare.csv.severity", lang, {"name": name_b}),
    ])
    for p in c.rules:
        writer.writerow([
            p.a.id if p.a else "", p.b.id if p.b else "", _cell(_PAIR_CELL[p.verdict], lang), pair_why(p, c, lang),
            (p.a.source or "") if p.a else "", (p.b.source or "") if p.b else "",
            severity_word(p.a.severity, lang) if p.a else "", severity_word(p.b.severity, lang) if p.b else "",
        ])


class _SafeWriter:
    """A CSV writer that keeps spreadsheets from reading a title as a formula (`=`, `+`, `-`, `@`)."""

    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row: list[str]) -> None:
        self._writer.writerow(["'" + v if v[:1] in ("=", "+", "-", "@") and v != "-" else v for v in map(str, row)])
