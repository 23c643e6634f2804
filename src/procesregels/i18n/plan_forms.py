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
}
