"""The engine: checks a plan against a ruleset and reports findings.

Each rule template's finding, hint, comparison and explanation texts live in its module in
`engine/checks` and reach the catalogue when the check registry is imported. Code that renders
findings without having run the engine in the same process (a reporter given findings, a report
read back, the workbench, the site) has still imported this package (`engine.findings`), so it
tells the catalogue here how to load those texts on the first look-up that misses them.
"""

from __future__ import annotations

from procesregels import i18n


def _register_template_texts() -> None:
    from procesregels.engine import checks  # noqa: F401  (importing the registry registers the texts)


#: the sections of the catalogue that hold rule templates' texts (`finding.duration.min`, `hint.…`,
#: `compare.template.…`, `explain.meaning.…`, `check.…`); tests/reporters/test_reporters_fresh.py
#: checks that every template text is found this way
TEMPLATE_TEXT_SECTIONS = ("finding", "hint", "compare", "explain", "check")
i18n.provide(TEMPLATE_TEXT_SECTIONS, _register_template_texts)
