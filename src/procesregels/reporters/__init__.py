"""One module per output format of `lint`, each with `render(report, out)`.

The registry is explicit (docs/architecture.md, "Registries are explicit"); the CLI's `--format`
choices are its keys. Modules import their heavy dependencies (Jinja2) inside `render`.
"""

from __future__ import annotations

from types import ModuleType

from procesregels.reporters import docx
from procesregels.reporters import github
from procesregels.reporters import html
from procesregels.reporters import json
from procesregels.reporters import markdown
from procesregels.reporters import sarif
from procesregels.reporters import text

REPORTERS: dict[str, ModuleType] = {
    "text": text,
    "json": json,
    "sarif": sarif,
    "markdown": markdown,
    "html": html,
    "docx": docx,
    "github": github,
}
