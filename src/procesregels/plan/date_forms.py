"""The written forms of a date in a plan (docs/spec/PLAN.md, version 2).

Two forms are dates: year-month-day (`2026-03-01`, ISO) and day-month-year with a four-digit
year (`1-3-2026`, `01-03-2026`), the way Dutch officers write them. Anything else that can be
read as a day, a month and a year (`1 maart 2026`, `1/3/2026`, `1.3.2026`) is refused, but the
refusal shows the date it would be if it were day-month-year, so the fix is a copy away. A
form that names a day that does not exist (`31-04-2026`) is refused with the reason why.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from procesregels.core.durations import days_in_month
from procesregels.core.record import Record

# Patterns, not compiled ones: `re.fullmatch` compiles a pattern on first use and keeps it, so a
# plan whose dates are all ISO never pays for the patterns of the refused forms.
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_DUTCH = r"(\d{1,2})-(\d{1,2})-(\d{4})"
# Other day-month-year forms: 1/3/2026, 1.3.2026, 1 3 2026, 1 maart 2026, 1-mrt-2026, 1 March 2026.
_OTHER = r"(?i)(\d{1,2})\s*[-/. ]\s*([a-z]+\.?|\d{1,2})\s*[-/. ,]\s*(\d{4})"
_YEAR_FIRST = r"(\d{4})\s*[/. ]\s*(\d{1,2})\s*[/. ]\s*(\d{1,2})"

_MONTHS = {
    **{name: number for number, name in enumerate(
        ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"), start=1)},
    **{name: number for number, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"), start=1)},
    **{name: number for number, name in enumerate(
        ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"), start=1)},
    "mar": 3, "may": 5, "oct": 10, "sept": 9,
}


class BadDate(Record):
    """Why a text is not a date: `impossible` (with `why`, a message key, and its arguments), or
    another form (`iso` is the year-month-day form it would be, '' when it cannot be read)."""

    __slots__ = ("value", "iso", "why", "why_args")
    value: Final[str]
    iso: Final[str]
    why: Final[str]
    why_args: Final[tuple[tuple[str, int], ...]]

    def __init__(self, value: str, iso: str = "", why: str = "", why_args: tuple[tuple[str, int], ...] = ()) -> None:
        self.value, self.iso, self.why, self.why_args = value, iso, why, why_args

    @property
    def impossible(self) -> bool:
        return bool(self.why)


def read_date(text: str) -> dt.date | BadDate:
    """The date a plan writes as `text`, or why it is not one."""
    value = text.strip()
    match = re.fullmatch(_ISO, value)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _checked(value, year, month, day)
    match = re.fullmatch(_DUTCH, value)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return _checked(value, year, month, day)
    match = re.fullmatch(_OTHER, value)
    if match:
        month_text = match.group(2).rstrip(".").casefold()
        named = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
        if named is not None:
            return _other_form(value, int(match.group(3)), named, int(match.group(1)))
    match = re.fullmatch(_YEAR_FIRST, value)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _other_form(value, year, month, day)
    return BadDate(value)


def _checked(value: str, year: int, month: int, day: int) -> dt.date | BadDate:
    why = impossible(year, month, day)
    if why is not None:
        return BadDate(value, why=why[0], why_args=why[1])
    return dt.date(year, month, day)


def _other_form(value: str, year: int, month: int, day: int) -> BadDate:
    why = impossible(year, month, day)
    if why is not None:
        return BadDate(value, why=why[0], why_args=why[1])
    return BadDate(value, iso=dt.date(year, month, day).isoformat())


def impossible(year: int, month: int, day: int) -> tuple[str, tuple[tuple[str, int], ...]] | None:
    """Why year-month-day names no day (a message key and its arguments), or None."""
    if year < 1:
        return "error.plan.date_why.year", ()
    if not 1 <= month <= 12:
        return "error.plan.date_why.month", (("month", month),)
    if day < 1:
        return "error.plan.date_why.day", (("day", day),)
    last = days_in_month(year, month)
    if day > last:
        key = "error.plan.date_why.february" if month == 2 else "error.plan.date_why.days"
        return key, (("month_number", month), ("year", year), ("days", last))
    return None


def day_month_year(day: dt.date) -> str:
    """`1-3-2026`: the Dutch way of writing a date that the plan format reads."""
    return f"{day.day}-{day.month}-{day.year}"
