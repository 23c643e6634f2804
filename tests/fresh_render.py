"""Every reporter's output for one report, as text (the Word document as the text of its paragraphs
and cells); run by tests/reporters/test_reporters_fresh.py in a fresh interpreter too, where it
checks first that no module of `engine.checks` has been imported."""

from __future__ import annotations

import io
import sys

from procesregels.engine.findings import Report
from procesregels.reporters import REPORTERS
from reporter_samples import document_text, every_template_report


def render_every_format(report: Report) -> dict[str, str]:
    shown = {}
    for fmt in REPORTERS:
        out: io.StringIO | io.BytesIO = io.BytesIO() if getattr(REPORTERS[fmt], "BINARY", False) else io.StringIO()
        REPORTERS[fmt].render(report, out)
        value = out.getvalue()
        shown[fmt] = document_text(value) if isinstance(value, bytes) else value
    return shown


def render_fresh(texts: list, lang: str) -> dict[str, str]:
    """`render_every_format` of `every_template_report(texts, lang)`, in a process that must not
    have imported the check modules (the texts arrive as JSON lists)."""
    report = every_template_report([tuple(t) for t in texts], lang)
    loaded = sorted(m for m in sys.modules if m.startswith("procesregels.engine.checks"))
    assert not loaded, f"the check modules are imported before rendering: {loaded}"
    return render_every_format(report)
