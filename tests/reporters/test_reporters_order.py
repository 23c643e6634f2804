"""Every report says when a plan orders its steps by dates too (`order: dates`, docs/spec/PLAN.md version 2).

JSON always carries the order; the reports people read name it only when it is not the default.
"""

from __future__ import annotations

import io
import json

import pytest

from procesregels.core.record import replace
from procesregels.i18n import text
from procesregels.reporters import REPORTERS
from reporter_samples import document_text, marktplein_report


def _report(order: str, lang: str):
    report = marktplein_report(lang)
    plan_report = report.plans[0]
    plan = plan_report.plan.model_copy(update={"order": order})
    return replace(report, plans=(replace(plan_report, plan=plan),))


def _render(fmt: str, report) -> str:
    if fmt == "docx":
        out = io.BytesIO()
        REPORTERS[fmt].render(report, out)
        return document_text(out.getvalue())
    buffer = io.StringIO()
    REPORTERS[fmt].render(report, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("order", ["after", "dates"])
def test_json_carries_the_order_of_every_plan(order: str) -> None:
    data = json.loads(_render("json", _report(order, "en")))
    assert data["plans"][0]["order"] == order


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx"])
def test_readable_reports_name_the_dates_order_in_the_report_language(fmt: str, lang: str) -> None:
    line = text("report.order.dates", lang)
    assert line in _render(fmt, _report("dates", lang))
    assert line not in _render(fmt, _report("after", lang))
