"""Every reporter renders the rule templates' texts in a process that never ran the engine.

Each template's finding and hint texts live in its module in `engine/checks` and reach the
catalogue when that module is imported. A reporter given findings (a report read back, the
workbench, the site, a Python caller) may run where the engine never did: its output must be the
same as after a lint. The test process has imported everything, so the fresh case runs in a
subprocess that has imported no check module when it renders.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fresh_render import render_every_format
from procesregels.engine.checks import REGISTRY
from procesregels.i18n import placeholders
from procesregels.reporters import REPORTERS
from reporter_samples import every_template_report

TESTS = Path(__file__).resolve().parents[1]


def _template_texts() -> list[tuple[str, list[str], str, list[str]]]:
    """One finding per finding key of every template, each with one of the template's hint keys
    (in turn, so that every hint key is used too), and the argument names each text shows."""
    texts = []
    for module in REGISTRY.values():
        findings = [key for key in module.MESSAGES if key.startswith("finding.")]
        hints = [key for key in module.MESSAGES if key.startswith("hint.")]
        assert findings and hints, module.__name__
        for i in range(max(len(findings), len(hints))):
            message, hint = findings[i % len(findings)], hints[i % len(hints)]
            texts.append((message, sorted(placeholders(module.MESSAGES[message]["en"])),
                          hint, sorted(placeholders(module.MESSAGES[hint]["en"]))))
    return texts


_FRESH = """
import json, sys
sys.path.insert(0, {tests!r})
from fresh_render import render_fresh
print(json.dumps(render_fresh(json.loads(sys.argv[1]), sys.argv[2])))
"""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_reporter_renders_the_template_texts_without_the_engine_imported(lang: str) -> None:
    texts = _template_texts()
    after_engine = render_every_format(every_template_report(texts, lang))
    for fmt, output in after_engine.items():  # the texts are there, not their keys
        assert not [key for key, _, hint, _ in texts if key in output or hint in output], fmt
    result = subprocess.run([sys.executable, "-c", _FRESH.format(tests=str(TESTS)), json.dumps(texts), lang],
                            capture_output=True, text=True, timeout=120, cwd=TESTS)
    assert result.returncode == 0, result.stderr
    fresh = json.loads(result.stdout)
    for fmt in REPORTERS:
        assert fresh[fmt] == after_engine[fmt], fmt


def test_every_template_text_is_found_without_the_engine_imported() -> None:
    """All of a template's texts (also `compare.template.*` and `explain.meaning.*`, whose sections
    the catalogue loads from a later part first) are found in a process that holds findings only."""
    keys = sorted(key for module in REGISTRY.values() for key in module.MESSAGES)
    code = (
        "import json, sys\n"
        "import procesregels.engine.findings\n"
        "from procesregels.i18n import CATALOGUE\n"
        "assert 'procesregels.engine.checks' not in sys.modules\n"
        "print(json.dumps([key for key in json.loads(sys.argv[1]) if key not in CATALOGUE]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, json.dumps(keys)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
