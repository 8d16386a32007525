"""The report of a session with tables side by side: the tables compared (every meter per table, each
table's triangle, the cards where they chose differently and what followed, how each ended), then each
table's own decisions as a single game's report shows them; and one CSV of all tables' decisions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from game.core.session_log import replay, scenario_file_of
from game.files import make_folder, write_text
from game.formatting import format_value
from game.report.content import Report, build_report
from game.report.labels import label, report_language
from game.report.minutes import csv_rows, spreadsheet_csv
from game.report.page import game_sections, html_page
from game.report.svg import Series, line_chart, triangle
from game.scenario import load_scenario
from game.tables.compare import CardDifference, Comparison, tables_compared
from game.tables.log import read_tables_log, restore_from_log
from game.tables.model import TableId
from game.tables.split import table_logs

STYLE = """
section.table-head { break-before: page; margin-top: 48px; background: #1c2333; color: #ffffff;
  padding: 12px 20px; }
section.table-head h2 { margin: 0; border: 0; color: #ffffff; font-size: 28px; }
section.table-head .kicker { color: #f4b63c; }
#compared h3 { margin-top: 32px; }
#compared tbody th { white-space: nowrap; }
.triangles { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 16px; }
.triangles figcaption { font-size: 18px; font-weight: bold; color: #1c2333; text-align: center; }
figure.meter { margin-bottom: 24px; break-inside: avoid; }
div.difference { break-inside: avoid; margin-bottom: 16px; }
"""


@dataclass(frozen=True)
class TableReport:
    table: TableId
    name: str
    report: Report


@dataclass(frozen=True)
class TablesReport:
    """Every table's report and the comparison of their games."""

    lang: str
    pace: str
    log_name: str
    scenario_file: str
    tables: tuple[TableReport, ...]
    comparison: Comparison

    @property
    def first(self) -> Report:
        return self.tables[0].report


@dataclass(frozen=True)
class TablesSessionFile:
    """A tables log made into its report; `changed` when the scenario file differs from the one played."""

    report: TablesReport
    scenario_path: Path
    changed: bool


def load_tables_report(log_path: Path, scenario_path: Path | None = None) -> TablesSessionFile:
    """Read a tables log, replay every table and put the room back; a GameError (LogError naming the
    table, ScenarioInvalid) when the log cannot be used."""
    log = read_tables_log(log_path)
    header = log.log.header
    path = scenario_path or scenario_file_of(log_path, header.scenario_file)
    scenario = load_scenario(path)
    changed = bool(header.content_hash) and scenario.content_hash != header.content_hash
    tables = tuple(
        TableReport(table, own.header.group, build_report(own, replay(own, scenario)))
        for table, own in table_logs(log).items()
    )
    comparison = tables_compared(restore_from_log(log, scenario))
    lang = report_language(header.lang or scenario.default_language)
    report = TablesReport(lang, log.pace, log_path.name, header.scenario_file, tables, comparison)
    return TablesSessionFile(report, path, changed)


def write_tables_report_files(report: TablesReport, html_path: Path, csv_path: Path) -> None:
    write_text(html_path, render_tables_report(report))
    write_text(csv_path, tables_csv(report))


def write_tables_report(log_path: Path, out_dir: Path) -> tuple[Path, Path]:
    """The report of the tables session in `log_path` as OUT_DIR/<log name>.html and .csv (for the
    comparison debrief's screen), as `write_report` does for one game; a GameError when it cannot."""
    report = load_tables_report(log_path).report
    make_folder(out_dir)
    html, csv = out_dir / f"{log_path.stem}.html", out_dir / f"{log_path.stem}.csv"
    write_tables_report_files(report, html, csv)
    return html, csv


def tables_csv(report: TablesReport) -> str:
    """Every table's decisions as the single game's CSV has them, a first column naming the table."""
    rows = [[label("csv.table", report.lang), *csv_rows(report.first)[0]]]
    for table in report.tables:
        rows += [[table.name, *row] for row in csv_rows(table.report)[1:]]
    return spreadsheet_csv(rows)


def render_tables_report(report: TablesReport) -> str:
    lang = report.lang
    sections = [_header(report), _compared(report)]
    for table in report.tables:
        head = (
            f'<section class="table-head" id="table-{table.table}"><p class="kicker">'
            f"{escape(label('tables.table', lang))} {table.table}</p>"
            f"<h2>{escape(label('tables.own', lang, name=table.name))}</h2></section>"
        )
        sections.append(head + _own_ids("".join(game_sections(table.report)), f"t{table.table}-"))
    first = report.first
    seed = first.seed
    footer = label("footer", lang, log=report.log_name, file=report.scenario_file or "\u2013", seed=seed)
    sections.append(f"<footer>{escape(footer)}</footer>")
    title = f"{label('tables.kicker', lang)}: {first.scenario_title}"
    return html_page(lang, title, sections, STYLE)


def _own_ids(html: str, prefix: str) -> str:
    """One table's sections with ids of its own (and the SVG titles' references to them): the page holds
    every table's outcome, chart and decisions, and an id names one element of a page."""
    return re.sub(r'\b(id|aria-labelledby)="', lambda found: f'{found.group(1)}="{prefix}', html)


def _header(report: TablesReport) -> str:
    lang, first = report.lang, report.first
    names = ", ".join(table.name for table in report.tables)
    rows = [(label("tables.count", lang), f"{len(report.tables)} ({names})")]
    rows.append((label("tables.pace", lang), label(f"tables.pace.{report.pace}", lang)))
    if first.date:
        rows.append((label("date", lang), first.date))
    meta = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in rows)
    return (
        f'<header class="report"><p class="kicker">{escape(label("game", lang))} \u00b7 '
        f"{escape(label('tables.kicker', lang))}</p><h1>{escape(first.scenario_title)}</h1>"
        f'<dl class="meta">{meta}</dl></header>'
    )


def _table(headings: list[str], rows: list[list[str]], css: str) -> str:
    """A table of escaped cells, the first of each row its heading."""
    head = "".join(f"<th>{escape(heading)}</th>" for heading in headings)
    body = "".join(
        f'<tr><th scope="row">{escape(row[0])}</th>'
        + "".join(f"<td>{escape(cell)}</td>" for cell in row[1:])
        + "</tr>"
        for row in rows
    )
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _compared(report: TablesReport) -> str:
    lang = report.lang
    outcomes = _table(
        [label(key, lang) for key in ("tables.table", "tables.outcome", "decisions_count")],
        [
            [table.name, table.report.outcome_title, str(len(table.report.decisions))]
            for table in report.tables
        ],
        "outcomes",
    )
    parts = [
        f'<section id="compared"><h2>{escape(label("tables.compared", lang))}</h2>',
        f"<h3>{escape(label('tables.outcomes', lang))}</h3>{outcomes}",
        _meters(report),
        _triangles(report),
        _differences(report),
        "</section>",
    ]
    return "".join(parts)


def _meters(report: TablesReport) -> str:
    lang, first = report.lang, report.first
    scenario = first.scenario
    figures = []
    for meter in first.meters:
        series = []
        for table in report.tables:
            run = report.comparison.run(table.table)
            final = table.report.meters[first.meters.index(meter)].final
            points = tuple(
                (scenario.turn_number(point.year, point.turn), point.meters.get(meter.id, final))
                for point in run.history
            )
            legend = f"{table.name} {format_value(final)}"
            series.append(Series(f"table-{table.table}", legend, points, meter.minimum, meter.maximum))
        title = label("tables.chart.title", lang, meter=meter.name)
        chart = line_chart(scenario, lang, series, f"chart-{meter.id}", title)
        heading = f"<h4>{escape(meter.name)}</h4>"
        figures.append(f'<figure class="meter" data-meter="{escape(meter.id)}">{heading}{chart}</figure>')
    caption = label("tables.meters.caption", lang)
    return f'<h3>{escape(label("tables.meters", lang))}</h3><p class="muted">{escape(caption)}</p>' + "".join(
        figures
    )


def _triangles(report: TablesReport) -> str:
    if not report.first.corners:
        return ""
    figures = "".join(
        f"<figure>{_own_ids(triangle(table.report), f't{table.table}-')}"
        f"<figcaption>{escape(table.name)}</figcaption></figure>"
        for table in report.tables
        if table.report.pull is not None
    )
    return f'<h3>{escape(label("tables.triangles", report.lang))}</h3><div class="triangles">{figures}</div>'


def _differences(report: TablesReport) -> str:
    lang = report.lang
    heading = f"<h3>{escape(label('tables.differences', lang))}</h3>"
    if not report.comparison.differences:
        return heading + f'<p class="muted">{escape(label("tables.differences.none", lang))}</p>'
    intro = f'<p class="muted">{escape(label("tables.differences.intro", lang))}</p>'
    return (
        heading
        + intro
        + "".join(_difference(report, difference) for difference in report.comparison.differences)
    )


def _difference(report: TablesReport, difference: CardDifference) -> str:
    lang, first = report.lang, report.first
    scenario = first.scenario
    card = scenario.card(difference.card)
    names = {table.table: table for table in report.tables}
    rows = []
    for table_id, branch in sorted(difference.branches.items()):
        option = scenario.text(card.options[branch.option].label, lang)
        after = " \u00b7 ".join(
            f"{meter.name} {format_value(branch.meters_after.get(meter.id, meter.final))}"
            for meter in first.meters
        )
        table = names[table_id]
        rows.append([table.name, f"{branch.option + 1}. {option}", after, table.report.outcome_title])
    headings = [label(key, lang) for key in ("tables.table", "chosen", "tables.after", "tables.outcome")]
    return (
        f'<div class="difference" data-card="{escape(difference.card)}">'
        f"<h4>{escape(scenario.text(card.title, lang))}</h4>{_table(headings, rows, 'difference')}</div>"
    )
