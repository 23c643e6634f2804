"""Dates of a step: `date`, or `start` with `end` or `duration` (PLAN.md; LANGUAGE.md 5.6).

Both dates of a span count: a step from 2026-01-01 to 2026-01-07 lasts 7 days, so a duration
of N days ends N-1 days after the start, N weeks end 7N-1 days after it, and N months end the
day before the same day N calendar months later (clamped to the end of a short month):
1 month from 2026-01-15 ends 2026-02-14, from 2026-01-31 it ends 2026-02-27.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DURATION = re.compile(r"\s*(\d{1,6})\s*([a-z]+)\s*", re.IGNORECASE)
_UNITS = {
    "day": "days", "days": "days", "dag": "days", "dagen": "days",
    "week": "weeks", "weeks": "weeks", "weken": "weeks",
    "month": "months", "months": "months", "maand": "months", "maanden": "months",
}


def parse_duration(text: str) -> tuple[int, str] | None:
    """(N, 'days'|'weeks'|'months') for '6 weeks', '6 weken', '1 maand'; None when it is not one."""
    match = _DURATION.fullmatch(text)
    if match is None:
        return None
    count, unit = int(match.group(1)), _UNITS.get(match.group(2).casefold())
    if unit is None or count < 1:
        return None
    return count, unit


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later, clamped to the last day of a short month."""
    year, month_index = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month_index + 1)[1]
    return dt.date(year, month_index + 1, min(day.day, last))


def end_of(start: dt.date, count: int, unit: str) -> dt.date:
    """The last day of a span of `count` `unit` that begins on `start` (both dates count).

    Raises OverflowError or ValueError when the end would lie past the year 9999."""
    if unit == "days":
        return start + dt.timedelta(days=count - 1)
    if unit == "weeks":
        return start + dt.timedelta(days=7 * count - 1)
    return add_months(start, count) - dt.timedelta(days=1)
