"""The rulesets shipped with procesregels, as `procesregels rulesets` lists them (docs/spec/CLI.md).

Each entry is read through `load_ruleset`, so a bundled file that does not load is an input error
(exit 2) rather than a silent gap in the list.
"""

from __future__ import annotations

import json

from procesregels.i18n import text

FIELDS = ("name", "title", "municipality", "version", "source", "path")


def catalogue() -> list[dict[str, str | None]]:
    """One entry per bundled ruleset, sorted by name: {name, title, municipality, version, source, path}."""
    from procesregels.ruleset.loader import bundled_rulesets, load_ruleset

    entries = []
    for path in bundled_rulesets():
        ruleset = load_ruleset(str(path))
        entries.append({
            "name": path.stem,
            "title": ruleset.title,
            "municipality": ruleset.municipality,
            "version": ruleset.version,
            "source": ruleset.source,
            "path": str(path),
        })
    return sorted(entries, key=lambda entry: entry["name"] or "")


def render_json(entries: list[dict]) -> str:
    return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"


def render_text(entries: list[dict], lang: str = "en") -> str:
    """Aligned columns: name, version, municipality, title, source (the path is in the JSON)."""
    if not entries:
        return text("rulesets.none", lang) + "\n"
    heading = text("rulesets.heading", lang).split("\t")
    rows = [heading] + [
        [entry["name"], entry["version"] or "-", entry["municipality"] or "-", entry["title"], entry["source"] or "-"]
        for entry in entries
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(heading) - 1)]
    lines = ["  ".join([cell.ljust(width) for cell, width in zip(row, widths)] + [row[-1]]) for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"
