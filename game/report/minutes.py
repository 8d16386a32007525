"""The decisions of a session as CSV, for the minutes.

Written as UTF-8 with a byte order mark, separated by semicolons: that is what Excel with Dutch
settings opens correctly on a double click (the decimal comma makes `;` the list separator there, and
without the BOM Excel reads the file as Windows-1252 and garbles é, ë and quotes). LibreOffice, Numbers
and Python (`encoding="utf-8-sig"`) read it as well. Numbers use the language's decimal mark.
A text that starts like a formula (= + - @) gets a leading apostrophe, so no spreadsheet runs it.
"""

from __future__ import annotations

import csv
import io

from game.formatting import decimal, format_value
from game.report.content import Report
from game.report.labels import label

BOM = "\ufeff"
SEPARATOR = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_rows(report: Report) -> list[list[str]]:
    """The heading row, then one row per decision in the order they were made (undone ones left out)."""
    lang = report.lang
    heading = [
        label(f"csv.{key}", lang)
        for key in (
            "year",
            "calendar_year",
            "turn",
            "card",
            "title",
            "option",
            "label",
            "votes",
            "phones",
            "hands",
        )
    ]
    heading += [meter.name for meter in report.meters]
    rows = [heading]
    for decision in report.decisions:
        rows.append(
            [
                str(decision.year),
                "" if decision.calendar_year is None else str(decision.calendar_year),
                str(decision.turn),
                cell(decision.card_id),
                cell(decision.title),
                str(decision.option),
                cell(decision.label),
                decision.split,
                decision.phone_split,
                decision.hand_split,
                *(_number(decision.deltas.get(meter.id, 0), lang) for meter in report.meters),
            ]
        )
    return rows


def render_csv(report: Report) -> str:
    """The whole file as text, BOM first; lines end in \\n (text mode writes the platform's ending)."""
    return spreadsheet_csv(csv_rows(report))


def spreadsheet_csv(rows: list[list[str]]) -> str:
    """Rows as this module's CSV (BOM, `;`): the report's decisions and `stats --csv` alike."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\n")
    writer.writerows(rows)
    return BOM + out.getvalue()


def cell(text: str) -> str:
    """A text on one line, with a leading apostrophe when it starts like a formula."""
    text = " ".join(text.split())  # one line per cell: the minutes are pasted, not laid out
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _number(value: float, lang: str) -> str:
    return decimal(format_value(value), lang)
