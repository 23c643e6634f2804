"""Texts of the version 2 plan forms: Dutch keys and dates, order from dates, many errors at once,
invisible characters, spreadsheets, `convert` and the graph export.

Merged into the catalogue by `procesregels.i18n`."""

from __future__ import annotations

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december")

PLAN_FORM_MESSAGES: dict[str, dict[str, str]] = {
    **{f"date.month.{number}": {"en": en, "nl": nl}
       for number, (en, nl) in enumerate(zip(_MONTHS_EN, _MONTHS_NL), start=1)},
    # -- Dutch keys ---------------------------------------------------------------------------
    "error.plan.key_twice": {
        "en": "'{key}' and '{other}' are the same key in two languages: write only one of them",
        "nl": "'{key}' en '{other}' zijn dezelfde sleutel in twee talen: schrijf er maar één",
    },
    # -- dates --------------------------------------------------------------------------------
    "error.plan.date_form": {
        "en": "'{value}' is not a way of writing a date that is read ('{key}' of {where}): "
              "write {iso} (year-month-day) or {dmy} (day-month-year)",
        "nl": "'{value}' is geen schrijfwijze van een datum die gelezen wordt ('{key}' van {where}): "
              "schrijf {iso} (jaar-maand-dag) of {dmy} (dag-maand-jaar)",
    },
    "error.plan.date_why.days": {"en": "{month} has {days} days", "nl": "{month} heeft {days} dagen"},
    "error.plan.date_why.february": {
        "en": "February {year} has {days} days", "nl": "februari {year} heeft {days} dagen",
    },
    "error.plan.date_why.month": {"en": "there is no month {month}", "nl": "er is geen maand {month}"},
    "error.plan.date_why.day": {"en": "there is no day {day}", "nl": "er is geen dag {day}"},
    "error.plan.date_why.year": {"en": "there is no year 0", "nl": "er is geen jaar 0"},
    # -- order --------------------------------------------------------------------------------
    "error.plan.bad_order": {
        "en": "'{value}' is not an order: write 'after' (only the after links) or 'dates' (also the dates)",
        "nl": "'{value}' is geen volgorde: schrijf 'na' (alleen de na-verwijzingen) of 'datums' (ook de datums)",
    },
    "report.order.after": {"en": "order of steps: after links", "nl": "volgorde van de stappen: na-verwijzingen"},
    "report.order.dates": {
        "en": "order of steps: after links and dates", "nl": "volgorde van de stappen: na-verwijzingen en datums",
    },
    # -- many errors at once ------------------------------------------------------------------
    "error.plan.and_more": {"en": "and {count} more", "nl": "en {count} meer"},
    # -- invisible characters -----------------------------------------------------------------
    "error.plan.invisible": {
        "en": "this line contains {name} ({code}): it looks like a normal space or like nothing, but is not "
              "one; type a normal space or remove it",
        "nl": "op deze regel staat {name} ({code}): dat lijkt een gewone spatie of niets, maar is het niet; "
              "typ een gewone spatie of haal het teken weg",
    },
    "char.nbsp": {"en": "a no-break space", "nl": "een harde spatie"},
    "char.narrow_nbsp": {"en": "a narrow no-break space", "nl": "een smalle harde spatie"},
    "char.zwsp": {"en": "a zero-width space", "nl": "een onzichtbare spatie zonder breedte"},
    "char.zwj": {"en": "a zero-width joiner", "nl": "een onzichtbaar verbindingsteken"},
    "char.bom": {"en": "a byte-order mark", "nl": "een onzichtbaar bytevolgordeteken"},
    "char.tab": {"en": "a tab", "nl": "een tab"},
    "error.plan.no_space_after_colon": {
        "en": "'{key}:' needs a space after the colon: write '{key}: {value}'",
        "nl": "na '{key}:' hoort een spatie: schrijf '{key}: {value}'",
    },
    # -- spreadsheets -------------------------------------------------------------------------
    "error.sheet.unreadable": {
        "en": "this workbook cannot be read ({reason}); save it again as an Excel workbook (.xlsx)",
        "nl": "dit werkboek is niet te lezen ({reason}); sla het opnieuw op als Excel-werkmap (.xlsx)",
    },
    "error.sheet.not_zip": {
        "en": "this is not an Excel workbook (.xlsx): the file is not packed the way such a workbook is",
        "nl": "dit is geen Excel-werkmap (.xlsx): het bestand is niet verpakt zoals zo'n werkmap",
    },
    "error.sheet.too_many_parts": {
        "en": "the workbook has {count} parts; a plan's workbook has at most {limit}",
        "nl": "de werkmap bestaat uit {count} delen; de werkmap van een plan heeft er hoogstens {limit}",
    },
    "error.sheet.bomb": {
        "en": "part '{part}' of the workbook unpacks to {size} bytes, far more than a plan needs: refused",
        "nl": "deel '{part}' van de werkmap wordt uitgepakt {size} bytes, veel meer dan een plan nodig heeft: geweigerd",
    },
    "error.sheet.merged": {
        "en": "the workbook has merged cells ({cells}): unmerge them, so that each value has its own cell",
        "nl": "de werkmap heeft samengevoegde cellen ({cells}): maak ze los, zodat elke waarde een eigen cel heeft",
    },
    "error.sheet.hidden": {
        "en": "sheet '{sheet}' is hidden: show it or remove it (a plan has no hidden parts)",
        "nl": "blad '{sheet}' is verborgen: maak het zichtbaar of verwijder het (een plan heeft geen verborgen delen)",
    },
    "error.sheet.no_steps": {
        "en": "the workbook has no sheet 'stappen' or 'steps' (it has: {sheets})",
        "nl": "de werkmap heeft geen blad 'stappen' of 'steps' (wel: {sheets})",
    },
    "error.sheet.too_many_rows": {
        "en": "more than {limit} filled rows: a plan has fewer steps",
        "nl": "meer dan {limit} gevulde rijen: een plan heeft minder stappen",
    },
    "error.sheet.too_many_columns": {
        "en": "a value beyond column {limit}: a plan has fewer keys",
        "nl": "een waarde voorbij kolom {limit}: een plan heeft minder sleutels",
    },
    "error.sheet.formula": {
        "en": "this cell holds a formula ({formula}); a plan is not calculated: type the value itself",
        "nl": "deze cel bevat een formule ({formula}); een plan wordt niet berekend: typ de waarde zelf",
    },
    "error.sheet.long_cell": {
        "en": "this cell holds more than {limit} characters", "nl": "deze cel bevat meer dan {limit} tekens",
    },
    "error.sheet.csv": {
        "en": "this line cannot be read as a row of values: {problem}",
        "nl": "deze regel is niet als rij van waarden te lezen: {problem}",
    },
    # -- convert ------------------------------------------------------------------------------
    "error.convert.nested_attribute": {
        "en": "attribute '{name}' holds a list or a mapping, which a spreadsheet cell cannot hold: not converted",
        "nl": "kenmerk '{name}' bevat een lijst of een opsomming van sleutels, wat een cel niet kan bevatten: "
              "niet omgezet",
    },
    "error.convert.separator_in_id": {
        "en": "id '{id}' contains a comma, semicolon or colon, which separate ids in a spreadsheet cell: "
              "rename it first",
        "nl": "id '{id}' bevat een komma, puntkomma of dubbele punt, die in een cel id's scheiden: "
              "geef het eerst een andere naam",
    },
}
