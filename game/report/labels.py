"""The report's words (`report.*` in game.i18n), its languages and month names."""

from __future__ import annotations

from game.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

MONTHS: dict[str, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def report_language(lang: str) -> str:
    """The language of the report's own words: the session's when the game speaks it, else Dutch."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def label(key: str, lang: str, **fmt: object) -> str:
    """The report's word `key` (kept in game.i18n as `report.<key>`, with the window's strings)."""
    return t(f"report.{key}", lang, **fmt)
