"""Number formatting shared by the window and the command line (no pygame here)."""

from __future__ import annotations


def format_value(value: float) -> str:
    """A meter value as people read it: 55, not 55.0; 2.5 stays 2.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def format_delta(delta: float) -> str:
    """A change with its sign, using a real minus sign (U+2212) for losses."""
    text = format_value(abs(delta))
    return f"+{text}" if delta >= 0 else f"\u2212{text}"


def format_points(value: float, lang: str) -> str:
    """A corner's points of the triangle (whole or halves) as the language writes them: 3, 2,5 in Dutch,
    2.5 in English."""
    text = format_value(round(value, 1))
    return text.replace(".", ",") if lang == "nl" else text


def plural(count: int, noun: str) -> str:
    """ "1 card", "3 cards": a count with an English noun that takes an s."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
