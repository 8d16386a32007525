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
    return decimal(format_value(round(value, 1)), lang)


def decimal(text: str, lang: str) -> str:
    """A number's text ("95.9%", "0.50 s") with the language's decimal mark: a comma in Dutch, a point in
    English. Every number the messages show goes through here (directly, or as a Figure)."""
    return text.replace(".", ",") if lang == "nl" else text


def grouped(count: int, lang: str) -> str:
    """A whole number with its thousands grouped as the language writes them: 2,140 in English, 2.140 in
    Dutch (where the comma is the decimal mark)."""
    text = f"{count:,}"
    return text.replace(",", ".") if lang == "nl" else text


class Figure(str):
    """A number for a message, its text with a decimal point ("95.9%"): str() and f-strings give that
    English text; a message said in a language gives decimal(text, lang) (game.errors.said)."""

    __slots__ = ()

    def text(self, lang: str) -> str:
        return decimal(str(self), lang)


MEGABYTE = 1024 * 1024


def megabytes(size: int) -> Figure:
    """A size in bytes as megabytes with one decimal, for a message ("10.5"; "10,5" in Dutch)."""
    return Figure(f"{size / MEGABYTE:.1f}")


def plural(count: int, noun: str) -> str:
    """ "1 card", "3 cards": a count with an English noun that takes an s."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
