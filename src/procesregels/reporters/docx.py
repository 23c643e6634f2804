"""`--format docx`: a Word document an officer attaches to a raadsinformatiebrief (docs/spec/CLI.md v2).

The content comes from `brief.py` (the Markdown report says the same); this module only lays it
out with python-docx, imported here and nowhere else. Headings use Word's own heading styles
("Heading 1" shows as "Kop 1" in a Dutch Word), so an officer can restyle the document with the
house style. The picture is drawn as PNG from the same layout as the SVG, in parts that fit a
landscape page. Dates and document properties come from the date of the check, so the same
input (and SOURCE_DATE_EPOCH) gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import BinaryIO

from procesregels import __version__
from procesregels.engine.findings import Finding, PlanReport, Report
from procesregels.i18n import date_words, text
from procesregels.reporters import brief, common

#: Written as bytes, not text: `write_report` opens the output (or stdout) in binary mode.
BINARY = True
_LANG_TAG = {"nl": "nl-NL", "en": "en-GB"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(report: Report, out: BinaryIO, check_date: dt.date | None = None) -> None:
    import docx
    from docx.shared import Pt

    lang = report.lang
    day = check_date or brief.check_date()
    document = docx.Document()
    _set_language(document, _LANG_TAG.get(lang, "en-GB"))
    document.styles["Normal"].font.size = Pt(10.5)
    plans = common.plans_in_order(report)
    for number, plan_report in enumerate(plans):
        if number:
            document.add_page_break()
        _plan(document, report, plan_report, day, lang)
    properties = document.core_properties
    moment = dt.datetime(day.year, day.month, day.day, 12, 0, 0)
    properties.created = properties.modified = properties.last_printed = moment
    properties.author = properties.last_modified_by = "procesregels"
    properties.title = clean(text("brief.title", lang, {"plan": plans[0].title if plans else report.ruleset_name}))
    properties.revision = 1
    properties.language = _LANG_TAG.get(lang, "en-GB")
    buffer = io.BytesIO()
    document.save(buffer)
    out.write(_stamped(buffer.getvalue(), moment))


def _stamped(package: bytes, moment: dt.datetime) -> bytes:
    """The package with every zip entry dated `moment`: python-docx dates them with the clock."""
    import zipfile

    result = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=moment.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = entry.external_attr
            target.writestr(info, source.read(entry.filename))
    return result.getvalue()


def _plan(document, report: Report, plan_report: PlanReport, day: dt.date, lang: str) -> None:
    t = lambda key, **args: text(key, lang, args)  # noqa: E731 - a short local alias reads best
    plan = plan_report.plan
    vocabulary = brief.vocabulary_of(report)
    document.add_heading(clean(t("brief.title", plan=plan_report.title)), level=0)
    facts = [(t("brief.plan"), plan_report.title)]
    if plan is not None and plan.municipality:
        facts.insert(0, (t("brief.municipality"), plan.municipality))
    facts += [(t("brief.ruleset"), brief.ruleset_line(report, lang)), (t("brief.checked_on"), date_words(day, lang))]
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(clean(value))
    order = common.order_line(plan_report, lang)
    if order is not None:
        document.add_paragraph(clean(order))
    rows = brief.rule_rows(report, plan_report)
    remarks = brief.remarks(report, plan_report)
    document.add_heading(t("brief.outcome"), level=1)
    document.add_paragraph(t(f"brief.outcome.{brief.outcome(rows, remarks)}"))
    document.add_paragraph(t("brief.counts", **brief.counts(rows)))
    if plan is not None:
        _steps(document, brief.step_rows(plan_report, vocabulary, lang), lang)
        _picture(document, report, plan_report, vocabulary, lang)
    _rules(document, rows, plan, lang)
    if remarks:
        document.add_heading(t("brief.section.remarks"), level=2)
        for finding in remarks:
            document.add_heading(common.category_label(finding.category, lang).capitalize(), level=3)
            _finding(document, finding, plan, lang, "brief.what")
    document.add_paragraph(t("brief.made_with", version=__version__, date=date_words(day, lang)))


def _steps(document, rows: list[brief.StepRow], lang: str) -> None:
    document.add_heading(text("brief.steps", lang), level=1)
    headers = ("brief.col.number", "brief.col.step", "brief.col.dates", "brief.col.owner", "brief.col.participants")
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, headers):
        cell.text = ""
        cell.paragraphs[0].add_run(text(key, lang)).bold = True
    _repeat_header(table.rows[0])
    for row in rows:
        title = f"{row.title} {text('brief.optional', lang)}" if row.optional else row.title
        for cell, value in zip(table.add_row().cells, (str(row.number), title, row.dates, row.owner, row.participants)):
            cell.text = clean(value)
    _widths(table, (1.2, 4.2, 2.9, 4.2, 4.5))  # the column heading "Verantwoordelijk" on one line


def _picture(document, report: Report, plan_report: PlanReport, vocabulary, lang: str) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    from procesregels.picture import png
    from procesregels.picture.layout import layout

    picture = layout(plan_report.plan, vocabulary=vocabulary, lang=lang, findings=plan_report.findings,
                     influence=plan_report.influence)
    if picture.compact:
        return  # hundreds of steps: the table says it; a picture of dots helps nobody on paper
    # Read the portrait page before adding sections: the last section object follows the body.
    current = document.sections[-1]
    page = (current.page_width, current.page_height)
    margins = {side: getattr(current, side) for side in ("left_margin", "right_margin", "top_margin", "bottom_margin")}
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = page[1], page[0]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(text("brief.picture", lang), level=1)
    document.add_paragraph(text("brief.picture_note", lang))
    parts = png.parts(picture, lang)
    usable_width, usable_height = section.page_width - Cm(3), section.page_height - Cm(6.5)
    for number, part in enumerate(parts, start=1):
        if len(parts) > 1:
            document.add_paragraph(text("brief.picture_part", lang, {"number": number, "count": len(parts)}))
        width = min(usable_width, int(usable_height * part.width / part.height))
        document.add_picture(io.BytesIO(part.png), width=width)
    back = document.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = page
    for side, value in margins.items():
        setattr(back, side, value)


def _rules(document, rows: list[brief.RuleRow], plan, lang: str) -> None:
    t = lambda key, **args: text(key, lang, args)  # noqa: E731
    document.add_heading(t("brief.rules"), level=1)
    for status in brief.STATUS_ORDER:
        chosen = [row for row in rows if row.status == status]
        document.add_heading(t(f"brief.section.{status}"), level=2)
        if not chosen:
            document.add_paragraph(t("brief.none"))
            continue
        if status in ("passed", "not-applicable"):
            _rule_table(document, chosen, status, lang)
            continue
        for row in chosen:
            document.add_heading(clean(f"{row.rule} {row.title}".strip()), level=3)
            if row.article:
                _labelled(document, t("brief.col.article"), row.article)
            if status == "waived":
                _labelled(document, t("brief.reason"), row.reason)
            for finding in row.findings:
                _finding(document, finding, plan, lang, "brief.missing" if status == "undetermined" else "brief.what")


def _rule_table(document, rows: list[brief.RuleRow], status: str, lang: str) -> None:
    last = "brief.why_not" if status == "not-applicable" else "brief.col.article"
    headers = (text("brief.col.rule", lang), text("report.col.title", lang), text(last, lang))
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers):
        cell.text = ""
        cell.paragraphs[0].add_run(header).bold = True
    _repeat_header(table.rows[0])
    for row in rows:
        values = (row.rule, row.title, row.reason if status == "not-applicable" else row.article)
        for cell, value in zip(table.add_row().cells, values):
            cell.text = clean(value)
    _widths(table, (1.6, 7.0, 8.4))


def _finding(document, finding: Finding, plan, lang: str, what: str) -> None:
    _labelled(document, text(what, lang), brief.message(finding, plan, lang))
    course = brief.course(finding, plan, lang)
    if course:
        _labelled(document, text("brief.course", lang), course)
    change = brief.change(finding, plan, lang)
    if change:
        _labelled(document, text("brief.change", lang), change)


def _labelled(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(clean(value))


def clean(value: str) -> str:
    """Text Word can store: characters XML forbids (control characters) become U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def _repeat_header(row) -> None:
    """The header row repeats on every page a long table runs over."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _widths(table, centimetres: tuple[float, ...]) -> None:
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, centimetres):
        column.width = Cm(width)  # the grid: LibreOffice reads this one
    for row in table.rows:
        for cell, width in zip(row.cells, centimetres):
            cell.width = Cm(width)


def _set_language(document, tag: str) -> None:
    """The proofing language of the document's default text (Word's spelling check, screen readers)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_pr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), tag)
