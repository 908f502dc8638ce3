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


# -- occasions recalled and history asides (issue 19) ---------------------------------------------------
def test_anniversaries_and_centuries_are_not_days_of_a_month():
    assert resolve("the 30th anniversary", "2026-11-20") is None  # not the 30th
    assert resolve("in the 20th century", "2026-11-20") is None  # not the 20th


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched in Beijing on the anniversary of the June 4, 1989 crackdown.",
        "Police arrested 12 activists on the 35th anniversary of the crackdown on June 4, 1989.",
        "Police arrested 12 activists at a vigil for the victims of the June 4, 1989 crackdown.",
        "Thousands marched in Santiago to commemorate the coup of September 11, 1973.",
        "Protesters marched in Santiago on the 30th anniversary of the coup.",
        "Egypt and Israel signed a peace treaty in the 20th century.",
    ],
)
def test_an_occasion_recalled_does_not_date_the_event(code, text):
    for e in code(text, published="2026-11-20").events:
        assert (e.date, e.date_text, e.date_note) == ("2026-11-20", None, None), e.trigger


def test_the_clause_date_wins_over_a_history_aside(code):
    doc = code("Chile's president condemned the 1973 coup on Sunday, marking 50 years since the army seized power.",
               published="2026-11-20")
    condemn = next(e for e in doc.events if e.trigger == "condemned")
    assert (condemn.date, condemn.date_text, condemn.date_note) == ("2026-11-15", "Sunday", None)


@pytest.mark.parametrize(
    "text, date, date_text",
    [
        ("Two soldiers were killed in the attack on Tuesday.", "2026-11-17", "Tuesday"),  # a recent date on a noun
        ("Troops attacked the village on the morning of November 3.", "2026-11-03", "November 3"),
    ],
)
def test_a_recent_date_on_a_noun_still_dates_the_event(code, text, date, date_text):
    e = code(text, published="2026-11-20").events[0]
    assert (e.date, e.date_text, e.date_note) == (date, date_text, None)


def test_a_date_long_before_publication_is_kept_with_a_note(code):
    e = code("Russia seized Crimea in March 2014.", published="2026-11-20").events[0]
    assert (e.date, e.date_precision) == ("2014-03-01", "month")
    assert e.date_note == "more than a year before publication: check it is this event's date"
    year = code("Rebels attacked a convoy in 2019.", published="2026-11-20").events[0]  # a year read with its "in"
    assert (year.date, year.date_text, year.date_precision) == ("2019-01-01", "2019", "year")
    assert year.date_note is not None


def test_last_year_read_in_january_has_no_note(code):
    e = code("Rebels attacked a convoy last year.", published="2027-01-05").events[0]
    assert (e.date, e.date_precision, e.date_note) == ("2026-01-01", "year", None)


def test_a_month_opening_the_sentence_is_read_in_capitals():
    assert resolve("Last October", "2025-06-10").date == "2024-10-01"
    assert resolve("Early March", "2025-06-10").date == "2025-03-01"


@pytest.mark.parametrize("text,trigger,date", [
    # a fronted date scopes over the clauses conjoined after it
    ("Last March, Tarvel's police arrested two journalists and the army detained a lawyer.", "detained", "2026-03-01"),
    # a clause on a date is of that date
    ("The war began in May 2023, when rebels attacked the airport.", "attacked", "2023-05-01"),
    # a clause of the same moment has its head's date
    ("Troops fired on the crowd on Sunday as protesters marched on the palace.", "marched", "2026-11-15"),
])
def test_a_clause_of_no_date_of_its_own_takes_the_moment_it_hangs_on(code, text, trigger, date):
    assert [e.date for e in code(text).events if e.trigger == trigger] == [date]


def test_an_act_told_over_years_has_no_day(code):
    e = code("Tarvel's navy has seized several fishing boats in recent years.").events[0]
    assert e.date is None and e.date_note and "years" in e.date_note
    assert code("Tarvel's navy seized a fishing boat on Monday.").events[0].date == "2026-11-16"


@pytest.mark.parametrize("text,trigger,date", [
    # wire style abbreviates months: "Oct." dates the act as "October" does
    ("Gunmen attacked a police post in Tarvel on Oct. 9, 2023.", "attacked", "2023-10-09"),
    ("Rebels stormed the garrison on Sept. 3, 2024, and the army shelled the town.", "stormed", "2024-09-03"),
    # a participle with no mark tells what the act did, then
    ("Rebels attacked the garrison on Feb. 2, 2024, killing six soldiers and abducting a nurse.", "abducting", "2024-02-02"),
    # "since" a month or year dates the state's start
    ("Talks between Tarvel and Osmar have been suspended since March.", "suspended", "2026-03-01"),
    # the year of the occasion an act took place at is the act's; a thing's year is not
    ("Osmar's allies agreed at their 2022 summit to raise spending.", "agreed", "2022-01-01"),
    ("The two leaders signed the 1994 treaty again on Monday.", "signed", "2026-11-16"),
    # a thing has one date: a second after it is the act's
    ("The president withdrew from the 2015 agreement in 2018 and reimposed sanctions.", "withdrew", "2018-01-01"),
])
def test_wire_style_dates(code, text, trigger, date):
    assert [e.date for e in code(text).events if e.trigger == trigger] == [date]


@pytest.mark.parametrize("text,date,precision", [
    ("from 2011 to 2014", "2011-01-01", "year"),
    ("between 2011 and 2014", "2011-01-01", "year"),
    ("from March to May 2024", "2024-03-01", "month"),  # the first month takes the second's year
    ("between June 3 and June 5", "2026-06-03", "day"),
])
def test_a_span_dates_the_act_by_its_start(text, date, precision):
    found = resolve(text, "2026-11-23")
    assert (found.date, found.precision) == (date, precision)


@pytest.mark.parametrize("text,trigger,date", [
    ("Tarvel and Osmar fought a border war from 2011 to 2014.", "fought", "2011-01-01"),
    # the parser reads "hosted talks" as a noun phrase; the fronted time is still the hosting's
    ("Last month, Osmar hosted talks between the army and the rebels.", "hosted", "2026-10-01"),
    # a time after conjoined verbs of one subject dates the first too
    ("Tarvel's drones damaged a school and killed a teacher in Osmar on Monday.", "damaged", "2026-11-16"),
])
def test_a_span_or_a_fronted_time_dates_the_clause(code, text, trigger, date):
    assert [e.date for e in code(text).events if e.trigger == trigger][:1] == [date]
