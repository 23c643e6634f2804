"""Lengths of time on the calendar: the one home of day, week and month arithmetic.

A length is N days, N weeks (7N days) or N calendar months. Moving a date by N months keeps its
day of the month, clamped to the last day of a short month: 31 January + 1 month is 28 or 29
February. Both dates of a span count (docs/spec/PLAN.md; docs/spec/LANGUAGE.md 5.6): a step from 2026-01-01 to
2026-01-07 lasts 7 days, so a span of N days ends N-1 days after its start, and a span of one
month from 2026-01-15 ends 2026-02-14 (from 2026-01-31 it ends 2026-02-27).

The words for the units (`weeks`, `weken`) live in the vocabulary data, not here.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

Unit = Literal["day", "week", "month"]
UNITS: tuple[Unit, ...] = ("day", "week", "month")
#: Days per unit for the units of fixed length.
_FIXED_DAYS = {"day": 1, "week": 7}

_DURATION = re.compile(r"\s*(\d{1,6})\s*([^\W\d_]+)\s*")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later (earlier when negative), clamped to the last
    day of a short month. Raises ValueError past the year 9999."""
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    return dt.date(year, month_index + 1, min(day.day, days_in_month(year, month_index + 1)))


def days_in_month(year: int, month: int) -> int:
    """28 to 31, leap years by the Gregorian rule that `datetime` uses (written here rather than
    importing `calendar`, a module of month tables and text calendars, for one number)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """`day` moved by `amount` units (negative: back in time). Raises OverflowError or
    ValueError when the result would lie outside the years 1 to 9999."""
    if unit == "month":
        return add_months(day, amount)
    return day + dt.timedelta(days=amount * _FIXED_DAYS[unit])


def end_of(start: dt.date, amount: int, unit: str) -> dt.date:
    """The last day of a span of `amount` units that begins on `start` (both dates count)."""
    return shift(start, amount, unit) - dt.timedelta(days=1)


def span_days(start: dt.date, amount: int, unit: str) -> int:
    """How many days `amount` units are when counted from `start` (months vary)."""
    return (shift(start, amount, unit) - start).days


@lru_cache(maxsize=256)
def day_range(amount: int, unit: str) -> tuple[int, int]:
    """The shortest and longest number of days a length can mean (one month: 28 to 31)."""
    if unit in _FIXED_DAYS:
        return (amount * _FIXED_DAYS[unit], amount * _FIXED_DAYS[unit])
    # Every start date of a four-year leap cycle gives every month length pattern there is.
    first = dt.date(2024, 1, 1)
    spans = [span_days(first + dt.timedelta(days=i), amount, unit) for i in range(1461)]
    return (min(spans), max(spans))


def parse_duration(text: str) -> tuple[int, Unit] | None:
    """(N, unit) for '6 weeks', '6 weken', '1 maand'; None when the text is not a length of at
    least one unit in a unit word of the vocabulary."""
    from procesregels.core.vocabulary import unit_of

    match = _DURATION.fullmatch(text)
    if match is None:
        return None
    count, found = int(match.group(1)), unit_of(match.group(2))
    if found is None or count < 1:
        return None
    unit = found[0]
    assert unit in UNITS  # the data's units are the type's (tested)
    return count, unit
