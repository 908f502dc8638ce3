import pytest

from newsevents.lang.en.dates import read_date as resolve


@pytest.mark.parametrize(
    "text, published, future, date, precision",
    [
        # weekdays around a weekend: published on Monday 2026-11-23
        ("on Saturday", "2026-11-23", False, "2026-11-21", "day"),
        ("on Sunday", "2026-11-23", False, "2026-11-22", "day"),
        ("on Monday", "2026-11-23", False, "2026-11-23", "day"),  # the day of publication
        ("last Monday", "2026-11-23", False, "2026-11-16", "day"),
        ("on Friday", "2026-11-23", True, "2026-11-27", "day"),  # future tense looks ahead
        ("next Monday", "2026-11-23", False, "2026-11-30", "day"),
        ("last weekend", "2026-11-23", False, "2026-11-21", "week"),
        # month boundaries
        ("two days ago", "2026-03-01", False, "2026-02-27", "day"),
        ("yesterday", "2024-03-01", False, "2024-02-29", "day"),  # leap year
        ("on the 31st", "2026-03-02", False, "2026-01-31", "day"),  # February has no 31st
        ("on the 24th", "2026-11-18", False, "2026-10-24", "day"),  # not the future 24th
        ("on the 24th", "2026-11-18", True, "2026-11-24", "day"),
        ("last month", "2026-03-15", False, "2026-02-01", "month"),
        # year boundaries
        ("on December 31", "2027-01-02", False, "2026-12-31", "day"),
        ("on Thursday", "2027-01-01", False, "2026-12-31", "day"),
        ("in January", "2026-12-30", True, "2027-01-01", "month"),
        ("in December", "2027-01-05", False, "2026-12-01", "month"),
        ("last year", "2027-01-05", False, "2026-01-01", "year"),
        ("next week", "2026-12-30", False, "2027-01-04", "week"),
        # explicit dates and other forms
        ("on March 3, 2024", "2026-11-18", False, "2024-03-03", "day"),
        ("3 Jan", "2026-11-18", False, "2026-01-03", "day"),
        ("earlier this week", "2026-11-18", False, "2026-11-16", "week"),
        ("three weeks ago", "2026-11-18", False, "2026-10-26", "week"),
        ("in 2019", "2026-11-18", False, "2019-01-01", "year"),
    ],
)
def test_relative_dates(text, published, future, date, precision):
    got = resolve(text, published, future)
    assert (got.date, got.precision) == (date, precision)


def test_unplaceable_expressions_give_nothing():
    assert resolve("on the third day of the talks", "2026-11-18") is None
    assert resolve("on Sunday", None) is None


def test_each_event_takes_its_own_clause_date(code):
    text = "Police arrested 40 protesters on Tuesday. Rebels attacked a convoy two days ago."
    doc = code(text, published="2026-11-18")
    by_code = {e.cameo_root: e for e in doc.events}
    arrest, attack = by_code["17"], by_code["19"]
    assert (arrest.date, arrest.date_text) == ("2026-11-17", "Tuesday")
    assert text[arrest.date_start : arrest.date_end] == "Tuesday"
    assert (attack.date, attack.date_precision) == ("2026-11-16", "day")


def test_event_without_a_time_expression_takes_the_publication_date(code):
    e = code("Kenyan police arrested 40 protesters in Nairobi.", published="2026-11-18").events[0]
    assert (e.date, e.date_text, e.date_precision) == ("2026-11-18", None, "day")
