"""One module per output format of `lint`, each with `render(report, out)`.

The registry is explicit (ARCHITECTURE.md, "Registries are explicit"); the CLI's `--format`
choices are its keys. Modules import their heavy dependencies (Jinja2) inside `render`.
"""

from __future__ import annotations

from types import ModuleType

from . import github, html, json, markdown, sarif, text

REPORTERS: dict[str, ModuleType] = {
    "text": text,
    "json": json,
    "sarif": sarif,
    "markdown": markdown,
    "html": html,
    "github": github,
}
