"""Three or more rulesets: the matrix orders similar rulesets side by side (communities of their
similarity graph) and says what sets each group apart, in HTML, CSV and JSON alike."""

from __future__ import annotations

import json

from click.testing import CliRunner

from procesregels.cli import cli
from procesregels.comparison.clusters import clusters, order, similarity

NAMES = ["national", "vng-model", "amsterdam", "zwolle", "legacy-inspraak"]


def rows_of(*columns: str) -> list[dict]:
    """A matrix from column strings: one character per theme (s same, + stricter, - weaker, m missing, x extra, . none)."""
    words = {"s": "same", "+": "stricter", "-": "weaker", "m": "missing", "x": "extra", ".": "-"}
    return [{"theme": f"t{i}", "rule": "-", "cells": [words[column[i]] for column in columns]}
            for i in range(len(columns[0]))]


def test_alike_rulesets_stand_together_and_the_odd_one_apart() -> None:
    rows = rows_of("sxx+x.", "sxx+xx", "-mm.s.", "sxx+.x")
    groups = clusters(["a", "b", "c", "d"], rows)
    assert [group.members for group in groups] == [(0, 1, 3), (2,)]
    assert order(groups) == [0, 1, 3, 2]
    # what sets the odd one apart: it is weaker, lacks rules
    assert {cell for _, cell in groups[1].apart} <= {"weaker", "missing", "same"}
    assert ("weaker" in {cell for _, cell in groups[1].apart})


def test_similarity_ignores_what_says_nothing() -> None:
    rows = rows_of("ss..", "ss..")
    assert similarity(rows, 0, 1) == 1.0
    rows = rows_of("x+", "x-")
    assert similarity(rows, 0, 1) == 0.5


def test_clusters_do_not_depend_on_the_order_of_the_columns() -> None:
    rows = rows_of("sxx+x.", "-mm.s.", "sxx+xx", "sxx+.x")
    groups = clusters(["a", "c", "b", "d"], rows)
    assert sorted(group.members for group in groups) == [(0, 2, 3), (1,)]


def test_json_csv_and_html_carry_the_groups() -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(cli, ["compare", *NAMES, "--format", "json", "--no-examples"]).output)
    found = data["matrix"]["clusters"]
    assert sorted(member for group in found for member in group["members"]) == sorted(NAMES[1:])
    legacy = next(group for group in found if "legacy-inspraak" in group["members"])
    assert legacy["members"] == ["legacy-inspraak"]
    # the old inspraakverordening lacks floor rules (W3, W4 of national: "missing")
    assert any(item["cell"] == "missing" for item in legacy["apart"])
    columns = data["matrix"]["columns"]
    assert columns.index("legacy-inspraak") == len(columns) - 1  # the odd one at the end, the others together
    page = runner.invoke(cli, ["compare", *NAMES, "--format", "html", "--no-examples"]).output
    assert "Groepen van vergelijkbare regelsets" in page and 'class="group" colspan="3"' in page
    assert 'class="same"' not in page  # colour only where rulesets differ
    csv_text = runner.invoke(cli, ["compare", *NAMES, "--format", "csv", "--no-examples"]).output
    assert "Groep 2,legacy-inspraak," in csv_text
