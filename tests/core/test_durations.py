"""The one home of calendar arithmetic: days, weeks and clamped calendar months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from procesregels.core.durations import add_months, day_range, days_in_month, end_of, parse_duration, shift, span_days

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


def _months_by_counting(day: dt.date, months: int) -> dt.date:
    """Month by month, one step at a time: an independent way to the same answer."""
    year, month = day.year, day.month
    for _ in range(abs(months)):
        month += 1 if months > 0 else -1
        if month == 13:
            year, month = year + 1, 1
        if month == 0:
            year, month = year - 1, 12
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("no valid day")


@pytest.mark.parametrize(("start", "amount", "unit", "end"), [
    (dt.date(2026, 1, 1), 7, "day", dt.date(2026, 1, 7)),
    (dt.date(2026, 1, 1), 1, "week", dt.date(2026, 1, 7)),
    (dt.date(2026, 1, 15), 1, "month", dt.date(2026, 2, 14)),
    (dt.date(2026, 1, 31), 1, "month", dt.date(2026, 2, 27)),
    (dt.date(2024, 1, 31), 1, "month", dt.date(2024, 2, 28)),
    (dt.date(2026, 11, 30), 3, "month", dt.date(2027, 2, 27)),
])
def test_end_of_a_span_counts_both_dates(start, amount, unit, end) -> None:
    assert end_of(start, amount, unit) == end


def test_months_clamp_to_a_short_month_both_ways() -> None:
    assert shift(dt.date(2026, 3, 31), -1, "month") == dt.date(2026, 2, 28)
    assert shift(dt.date(2024, 3, 31), -1, "month") == dt.date(2024, 2, 29)
    assert shift(dt.date(2026, 1, 10), -13, "month") == dt.date(2024, 12, 10)


@given(DAYS, st.integers(-60, 60))
def test_add_months_agrees_with_counting_month_by_month(day, months) -> None:
    assert add_months(day, months) == _months_by_counting(day, months)


@given(DAYS, st.integers(-500, 500), st.sampled_from(["day", "week"]))
def test_days_and_weeks_are_fixed_lengths(day, amount, unit) -> None:
    days = amount * (7 if unit == "week" else 1)
    assert shift(day, amount, unit) == day + dt.timedelta(days=days)
    assert span_days(day, amount, unit) == days


@given(DAYS, st.integers(1, 30))
def test_day_range_holds_every_start(day, months) -> None:
    low, high = day_range(months, "month")
    assert low <= span_days(day, months, "month") <= high


def test_day_range() -> None:
    assert day_range(1, "month") == (28, 31)
    assert day_range(6, "week") == (42, 42)
    assert day_range(12, "month") == (365, 366)


def test_past_the_calendar_is_an_error_not_a_wrong_date() -> None:
    with pytest.raises((OverflowError, ValueError)):
        end_of(dt.date(9999, 12, 1), 2, "month")
    with pytest.raises((OverflowError, ValueError)):
        end_of(dt.date(9999, 12, 1), 60, "day")


@pytest.mark.parametrize(("text", "parsed"), [
    ("6 weeks", (6, "week")), ("6 weken", (6, "week")), ("1 maand", (1, "month")),
    (" 3 Dagen ", (3, "day")), ("2months", (2, "month")), ("1 week", (1, "week")),
    ("0 days", None), ("6", None), ("weeks", None), ("6 fortnights", None), ("6 wéken", None),
    ("1234567 days", None),
])
def test_parse_duration(text, parsed) -> None:
    assert parse_duration(text) == parsed


@pytest.mark.parametrize("year", [1, 4, 100, 400, 1900, 2000, 2024, 2025, 2026, 2100, 9999])
def test_days_in_month_is_the_calendar_s(year: int) -> None:
    import calendar

    assert [days_in_month(year, month) for month in range(1, 13)] == \
        [calendar.monthrange(year, month)[1] for month in range(1, 13)]
