"""What a comparison says, in words and as data: shared by every output format of `compare`.

`comparison_json` is the JSON contract of docs/spec/CLI.md; the text, Markdown, CSV and HTML renderers
(`compare_text.py`, `compare_html.py`) read the same words from `describe_*` here, so every
format tells the same story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import yaml

from procesregels.comparison.compare import Comparison, Example, RulePair
from procesregels.comparison.words import aspect_text, event_words
from procesregels.i18n import text
from procesregels.ruleset.model import Event, Rule, Ruleset
from procesregels.core.resources import display_path
from procesregels.core.vocabulary import severity_word

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(value: str) -> str:
    """Control characters shown as escapes: a title cannot forge lines or recolour a terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), value)


def ruleset_name(ruleset: Ruleset) -> str:
    """The short name of a ruleset: its file name without extension (the bundled name)."""
    if ruleset.path:
        name = Path(ruleset.path).name
        return name[: -len(".rules")] if name.endswith(".rules") else Path(name).stem
    return ruleset.title


def ruleset_display_path(ruleset: Ruleset) -> str | None:
    """The ruleset's file as output names it (resources.display_path)."""
    return display_path(ruleset.path) if ruleset.path else None


def names(c: Comparison) -> dict[str, str]:
    return {"name_a": ruleset_name(c.a), "name_b": ruleset_name(c.b)}


# -- words -------------------------------------------------------------------------------------


def pair_why(pair: RulePair, c: Comparison, lang: str) -> str:
    """Why a pair got its verdict, with a note when severities differ."""
    if pair.a is None or pair.b is None:
        present = pair.a or pair.b
        assert present is not None  # a pair holds at least one rule
        side = "name_a" if pair.a is not None else "name_b"
        parts = [text("compare.only", lang, {"name": names(c)[side]})]
        if pair.implied_by is not None:
            other = "name_b" if side == "name_a" else "name_a"
            parts.append(text("compare.implied_by", lang, {"name": names(c)[other], "rule": pair.implied_by.id}))
        if present.severity != "error":
            parts.append(text("compare.not_failing", lang, {"severity": severity_word(present.severity, lang)}))
        return "; ".join(parts)
    reasons = pair.reasons
    parts = [aspect_text(r.key, r.args, lang) for r in reasons] or [text("compare.same", lang)]
    if pair.a.severity != pair.b.severity:
        parts.append(text("compare.severity", lang, {
            "severity_a": severity_word(pair.a.severity, lang), "severity_b": severity_word(pair.b.severity, lang),
            **names(c)}))
    return "; ".join(parts)


def verdict_words(verdict: str, c: Comparison, lang: str) -> str:
    return text(f"compare.verdict.{verdict}", lang, names(c))


def overall_words(c: Comparison, lang: str) -> str:
    return text(f"compare.overall.{c.verdict}", lang, names(c))


def counts_words(c: Comparison, lang: str) -> str:
    """How many points each side is stricter on, how many cannot be ordered, how many are equal."""
    tally = {"a": 0, "b": 0, "n": 0, "same": 0}
    key = {"a-stricter": "a", "only-a": "a", "b-stricter": "b", "only-b": "b", "incomparable": "n", "same": "same"}
    for pair in c.rules:
        only = pair.a if pair.verdict == "only-a" else pair.b if pair.verdict == "only-b" else None
        if only is not None and (only.severity != "error" or pair.implied_by is not None):
            continue  # a rule that cannot fail a plan, or that the other side already demands
        tally[key[pair.verdict]] += 1
    return text("compare.counts", lang, {**names(c), **tally})


def rule_label(rule: Rule | None) -> str:
    """`R1 "Title" [art. 4 lid 1]`, the way an advisor cites a rule."""
    if rule is None:
        return "-"
    source = f" [{one_line(rule.source)}]" if rule.source else ""
    return f'{rule.id} "{one_line(rule.title)}"{source}'


def rule_sentence(rule: Rule | None, ruleset: Ruleset, lang: str) -> str:
    """The rule as its canonical sentence in the report's language ('' for a missing rule)."""
    if rule is None:
        return ""
    from procesregels.ruleset.sentences import SentenceWriter

    return one_line(SentenceWriter(ruleset.vocabulary(), lang, ruleset).sentence(rule))


def theme_words(rule: Rule, lang: str) -> str:
    """What a rule is about, for the rows of the matrix ('involvement before any decision')."""
    from procesregels.comparison.rules import template_module

    key, args = template_module(rule.body).theme_words(rule.body, lambda event: event_words(_loose(event), lang))
    return text(key, lang, args)


def _loose(event: Event) -> Event:
    """The event without its owner: the theme is about the kind of step."""
    return Event(type=event.type, kind=event.kind, phase=event.phase) if event.type == "steps" else event


def example_yaml(example: Example) -> str:
    """The plan as YAML text, ready to save and lint: dressed in the report's language when the
    engine confirmed the dressed text (Example.shown), else as the search confirmed it."""
    if example.shown:
        return example.shown
    return yaml.safe_dump(example.plan, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


def example_is_vacuous(example: Example) -> bool:
    """A plan without steps meets the passing side only because nothing happens in it: reports
    say that in words instead of showing `steps: []` as a plan that meets a ruleset."""
    return not example.plan.get("steps")


def examples_for(pair: RulePair, c: Comparison) -> list[Example]:
    a_id = pair.a.id if pair.a else None
    b_id = pair.b.id if pair.b else None
    return [e for e in c.examples if e.a_rule == a_id and e.b_rule == b_id]


def example_words(example: Example, c: Comparison, lang: str) -> str:
    n = names(c)
    key = "compare.example.vacuous" if example_is_vacuous(example) else "compare.example"
    return text(key, lang, {
        "name_pass": n[f"name_{example.passes}"], "name_fail": n[f"name_{example.fails}"],
        "rules": ", ".join(example.failing_rules)})


def example_reasons(example: Example, lang: str) -> list[str]:
    """The engine's findings that make the example fail, in words."""
    return [one_line(text(key, lang, args)) for key, args in example.findings]


# -- JSON (docs/spec/CLI.md) ---------------------------------------------------------------------------------


def comparison_json(rulesets: Sequence[Ruleset], comparisons: Sequence[Comparison], lang: str = "en") -> dict:
    """The JSON of docs/spec/CLI.md. `examples[].plan` is the plan as YAML text, ready to save and lint."""
    data = {
        "version": 1,
        "rulesets": [{"name": ruleset_name(r), "path": ruleset_display_path(r)} for r in rulesets],
        "pairs": [_pair_json(c, lang) for c in comparisons],
    }
    if len(comparisons) > 1:  # three or more rulesets: also the matrix against the reference
        grouped = grouped_matrix(comparisons, lang)
        data["matrix"] = {"columns": grouped.columns, "rows": grouped.rows, "clusters": grouped.clusters}
    return data


def _pair_json(c: Comparison, lang: str) -> dict:
    return {
        "a": c.a_index,
        "b": c.b_index,
        "verdict": c.verdict,
        "why": overall_words(c, lang),
        "rules": [_rule_json(p, c, lang) for p in c.rules],
        "examples": [
            {"plan": example_yaml(e), "passes": e.passes, "fails": e.fails,
             "a_rule": e.a_rule, "b_rule": e.b_rule, "failing_rules": list(e.failing_rules),
             "findings": example_reasons(e, lang)}
            for e in c.examples
        ],
    }


def _rule_json(pair: RulePair, c: Comparison, lang: str) -> dict:
    return {
        "a_rule": pair.a.id if pair.a else None,
        "b_rule": pair.b.id if pair.b else None,
        "verdict": pair.verdict,
        "why": pair_why(pair, c, lang),
        "a_source": pair.a.source if pair.a else None,
        "b_source": pair.b.source if pair.b else None,
        "a_severity": pair.a.severity if pair.a else None,
        "b_severity": pair.b.severity if pair.b else None,
    }


# -- the matrix: rule themes x municipalities -----------------------------------------------------

CELL = {"same": "same", "a-stricter": "weaker", "b-stricter": "stricter", "only-a": "missing",
        "incomparable": "incomparable"}


def matrix(comparisons: Sequence[Comparison], lang: str) -> tuple[list[str], list[dict]]:
    """Rows: each rule of the reference, then the themes only others have. Cells: how each other
    ruleset's rule compares with the reference (same / stricter / weaker / different / missing),
    or `extra` for a rule the reference does not have."""
    if not comparisons:
        return [], []
    reference = comparisons[0].a
    columns = [ruleset_name(c.b) for c in comparisons]
    rows = []
    for rule in reference.rules:
        cells = []
        for c in comparisons:
            pair = next(p for p in c.rules if p.a is rule)
            cells.append(CELL[pair.verdict])
        rows.append({"theme": theme_words(rule, lang), "rule": rule_label(rule), "cells": cells})
    extra: dict[str, list[str]] = {}
    for k, c in enumerate(comparisons):
        for p in c.rules:
            if p.verdict == "only-b" and p.b is not None:
                extra.setdefault(theme_words(p.b, lang), ["-"] * len(comparisons))[k] = "extra"
    rows.extend({"theme": t, "rule": "-", "cells": cells} for t, cells in sorted(extra.items()))
    return columns, rows


@dataclass(frozen=True)
class GroupedMatrix:
    """The matrix with similar rulesets side by side (comparison/clusters.py)."""

    columns: list[str]
    rows: list[dict]
    comparisons: list[Comparison]  # in column order
    group_of: list[int]  # the group number (from 1) of each column
    clusters: list[dict]  # per group: its members and the themes that set it apart (JSON shape)


def grouped_matrix(comparisons: Sequence[Comparison], lang: str) -> GroupedMatrix:
    """`matrix`, its columns ordered by the communities of the rulesets' similarity graph."""
    from procesregels.comparison.clusters import clusters, order

    columns, rows = matrix(comparisons, lang)
    groups = clusters(columns, rows)
    sequence = order(groups)
    group_of = {column: number for number, group in enumerate(groups, start=1) for column in group.members}
    described = [{
        "members": [columns[column] for column in group.members],
        "apart": [{"theme": rows[index]["theme"], "rule": rows[index]["rule"], "cell": cell,
                   "words": text(f"compare.cell.{cell}", lang)} for index, cell in group.apart],
    } for group in groups]
    return GroupedMatrix(
        columns=[columns[column] for column in sequence],
        rows=[{**row, "cells": [row["cells"][column] for column in sequence]} for row in rows],
        comparisons=[comparisons[column] for column in sequence],
        group_of=[group_of[column] for column in sequence],
        clusters=described,
    )
