"""One module per output format of `lint`, each with `render(report, out)`.

The registry is explicit (docs/architecture.md, "Registries are explicit"); the CLI's `--format`
choices are its keys. A reporter module is imported only when its format is asked for, so
`lint --format text` never loads the HTML, Word or SARIF code; modules import their heavy
dependencies (Jinja2, python-docx) inside `render`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Iterator, Mapping


class _Reporters(Mapping[str, ModuleType]):
    """Format name -> reporter module, imported on first lookup."""

    def __init__(self, modules: dict[str, str]):
        self._modules = modules

    def __getitem__(self, name: str) -> ModuleType:
        return importlib.import_module(self._modules[name])

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


REPORTERS: Mapping[str, ModuleType] = _Reporters({
    "text": "procesregels.reporters.text",
    "json": "procesregels.reporters.json",
    "sarif": "procesregels.reporters.sarif",
    "markdown": "procesregels.reporters.markdown",
    "html": "procesregels.reporters.html",
    "docx": "procesregels.reporters.docx",
    "github": "procesregels.reporters.github",
})
