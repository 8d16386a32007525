"""`python main.py stats LOG... [--scenario FILE] [--json OUT] [--csv OUT]`: many sessions of one scenario
summarised, with the shift of the debrief's statements."""

from __future__ import annotations

from pathlib import Path

from game.cli.output import table
from game.core.corners import CORNERS
from game.core.model import Scenario
from game.core.stats import Stats, stats_data, summarise
from game.debrief.shifts import StatementShift, statement_shifts
from game.debrief.statements import statements_for
from game.files import write_json, write_text
from game.formatting import plural
from game.report.minutes import cell, decimal, spreadsheet_csv
from game.tables.split import session_logs

LABEL_WIDTH = 40
CORNER_NAMES = {
    "strategy": "strategy (willen)",
    "capacity": "capacity (kunnen)",
    "legitimacy": "legitimacy (mogen)",
}


def run_stats(
    paths: list[Path],
    json_out: str | None = None,
    scenario_path: Path | None = None,
    csv_out: str | None = None,
) -> int:
    """Print the summary (and write its figures as JSON, the statements' shifts as CSV); a tables log
    counts as one session per table; a bad log raises a GameError naming it."""
    logs = [log for path in paths for log in session_logs(path)]  # a tables log: one per table
    scenario = None
    if scenario_path is not None:
        from game.scenario import load_scenario

        scenario = load_scenario(scenario_path)
    stats = summarise(logs, scenario)
    shifts = statement_shifts(logs, scenario)
    print(format_stats(stats, scenario, shifts))
    if json_out:
        write_json(Path(json_out), {**stats_data(stats), "statement_shifts": shifts_data(shifts)})
        print(f"\nfigures written to {json_out}")
    if csv_out:
        lang = scenario.default_language if scenario else logs[0].header.lang
        write_text(Path(csv_out), shifts_csv(shifts, scenario, lang))
        print(f"statement shifts (CSV, UTF-8 with BOM, ';'-separated) written to {csv_out}")
    return 0


def shifts_data(shifts: list[StatementShift]) -> list[dict[str, object]]:
    """The statements' shifts as JSON-ready data (null: no session scored it before and after)."""
    return [
        {
            "statement": shift.statement,
            "sessions": shift.sessions,
            "sessions_scoring": shift.scored,
            "mean_before": shift.mean_before,
            "mean_after": shift.mean_after,
            "mean_shift": shift.mean_shift,
        }
        for shift in shifts
    ]


def shifts_csv(shifts: list[StatementShift], scenario: Scenario | None, lang: str) -> str:
    """One row per statement: its id, text (with the scenario), the sessions and the means, with the
    language's decimal mark (the report's CSV conventions, so Excel with Dutch settings opens it)."""
    header = ["statement", "text", "sessions", "sessions_scoring", "mean_before", "mean_after", "mean_shift"]

    def figure(value: float | None, sign: bool = False) -> str:
        return "" if value is None else decimal(f"{value:+.2f}" if sign else f"{value:.2f}", lang)

    rows = [header] + [
        [
            cell(shift.statement),
            cell(_statement_text(scenario, shift.statement, lang)),
            str(shift.sessions),
            str(shift.scored),
            figure(shift.mean_before),
            figure(shift.mean_after),
            figure(shift.mean_shift, sign=True),
        ]
        for shift in shifts
    ]
    return spreadsheet_csv(rows)


def _statement_text(scenario: Scenario | None, statement_id: str, lang: str) -> str:
    if scenario is None:
        return ""
    found = [item for item in statements_for(scenario) if item.id == statement_id]
    return scenario.text(found[0].text, lang) if found else ""


def format_shifts(shifts: list[StatementShift], scenario: Scenario | None) -> list[str]:
    """The statements' shifts as text lines; none when no session scored a statement."""
    if not any(shift.scored for shift in shifts):
        return []
    lang = scenario.default_language if scenario else ""
    header = ["statement", *(["text"] if scenario else []), "sessions", "before", "after", "shift"]
    rows = []
    for shift in shifts:
        text = []
        if scenario:
            said = _statement_text(scenario, shift.statement, lang)
            text = [said if len(said) <= LABEL_WIDTH else said[: LABEL_WIDTH - 1] + "\u2026"]
        rows.append(
            [
                shift.statement,
                *text,
                f"{shift.sessions} of {shift.scored}",
                "-" if shift.mean_before is None else f"{shift.mean_before:.2f}",
                "-" if shift.mean_after is None else f"{shift.mean_after:.2f}",
                "-" if shift.mean_shift is None else f"{shift.mean_shift:+.2f}",
            ]
        )
    return [
        "",
        "Statements before and after (scores 1 = strongly disagree .. 5 = strongly agree; the mean over",
        "the sessions that scored a statement before the first card and after the debrief, of each",
        "session's mean score, each session weighing the same; sessions: those of the sessions scoring it)",
        *table(header, rows, left=1 if scenario else 0),
    ]


def format_stats(
    stats: Stats, scenario: Scenario | None = None, shifts: list[StatementShift] | None = None
) -> str:
    """The plain-text summary: sessions, outcomes, and per card the options chosen and the votes."""
    count = len(stats.sessions)
    solo = count - stats.group_sessions
    title = f" ({scenario.text(scenario.title, scenario.default_language)})" if scenario else ""
    groups = f" ({', '.join(stats.groups)})" if stats.groups else ""
    dates = stats.dates
    when = (
        "dates unknown"
        if not dates
        else f"played on {dates[0]}"
        if len(dates) == 1
        else f"played {dates[0]} .. {dates[-1]} ({len(dates)} days)"
    )
    lines = [
        f"Sessions of scenario '{stats.scenario_id}'{title}",
        f"{plural(count, 'session')}: {plural(stats.group_sessions, 'group session')}, {solo} solo; "
        f"{plural(len(stats.groups), 'group')}{groups}; {when}",
    ]
    if stats.versions > 1:
        lines.append(f"note: played on {stats.versions} versions of the scenario file")

    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "-"

    rows = [[f"ending {key}", str(value), share(value, count)] for key, value in stats.endings.items()]
    rows += [[f"profile {key}", str(value), share(value, count)] for key, value in stats.profiles.items()]
    if stats.no_profile:
        rows.append(["completed, no profile", str(stats.no_profile), share(stats.no_profile, count)])
    if stats.unfinished:
        rows.append(["not finished", str(stats.unfinished), share(stats.unfinished, count)])
    lines += ["", "Outcomes (sessions)"]
    lines += table(["outcome", "sessions", "share"], rows)

    triangle = stats.triangle
    if triangle is not None:
        follows = "the options chosen" if triangle.basis == "options" else "the themes of the cards played"
        lines += [
            "",
            f"Public value triangle (mean over {plural(triangle.sessions, 'session')}; follows {follows})",
        ]
        if triangle.shares is None:
            lines.append("  no decision counted")
        else:
            lines.append(
                "  "
                + ", ".join(
                    f"{CORNER_NAMES[corner]} {100 * triangle.shares[corner]:.1f}%" for corner in CORNERS
                )
            )
    if scenario is not None and scenario.has_red_lines:
        crossed = ", ".join(
            f"{card} ({plural(count, 'session')})" for card, count in stats.lines_crossed.items()
        )
        lines += [
            "",
            f"Red lines crossed: in {plural(stats.crossing_sessions, 'session')} of {count}"
            + (f": {crossed}" if crossed else ""),
        ]

    lang = scenario.default_language if scenario else ""
    header = [
        "card",
        "option",
        *(["label"] if scenario else []),
        "chosen",
        "share",
        "voted",
        "avg votes",
        "avg vote share",
    ]
    phones = any(option.average_phone_votes is not None for card in stats.cards for option in card.options)
    if phones:  # a column only when phones voted in some session
        header.append("of which by phone")
    rows = []
    for card in stats.cards:
        for option in card.options:
            first = option.option == 0
            label = []
            if scenario:
                text = scenario.text(scenario.card(card.card).options[option.option].label, lang)
                label = [text if len(text) <= LABEL_WIDTH else text[: LABEL_WIDTH - 1] + "…"]
            rows.append(
                [
                    card.card if first else "",
                    str(option.option + 1),
                    *label,
                    str(option.chosen),
                    share(option.chosen, card.decisions),
                    str(card.voted) if first and card.voted else "",
                    "-" if option.average_votes is None else f"{option.average_votes:.1f}",
                    "-" if option.average_share is None else f"{100 * option.average_share:.1f}%",
                ]
            )
            if phones:
                average = option.average_phone_votes
                rows[-1].append("-" if average is None else f"{average:.1f}")
    lines += [
        "",
        "Options chosen per card (final decisions, undone ones left out; votes over the decisions",
        "voted on: the average number of votes and the average share of the votes)",
    ]
    lines += table(header, rows, left=2 if scenario else 1)
    lines += format_shifts(shifts or [], scenario)
    return "\n".join(lines)
