"""Days and dates as a reader says them, in their language (Babel): the names every feature
uses when it names a meeting (a drop-in, an event, an introduction round) or a date."""

from datetime import date

from babel.dates import format_date, get_day_names

from rules.texts import babel_locale


def weekday_name(weekday: int, language: str) -> str:
    return str(get_day_names("wide", locale=babel_locale(language))[weekday])


def day_text(day: date, language: str) -> str:
    """'dinsdag 24 november' / 'Tuesday 24 November' / 'tiisdei 24 Novimber'."""
    return format_date(day, "EEEE d MMMM", locale=babel_locale(language))


def short_day_text(day: date, language: str) -> str:
    """'di 24 nov.' / 'Tue 24 Nov', for buttons."""
    return format_date(day, "EEE d MMM", locale=babel_locale(language))
