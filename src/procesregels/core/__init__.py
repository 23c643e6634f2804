"""The bottom layer: vocabulary, durations, resources. The languages live here, in the package
itself, so that the CLI can offer `--lang` choices without loading the vocabulary."""

from __future__ import annotations

from typing import Literal

#: The languages of rulesets, plans, messages and reports.
Lang = Literal["en", "nl"]
LANGS: tuple[Lang, ...] = ("en", "nl")
