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
from game.formatting import decimal
from game.i18n import counted, t
from game.report.minutes import cell, spreadsheet_csv
from game.tables.split import session_logs

LABEL_WIDTH = 40


def run_stats(
    paths: list[Path],
    json_out: str | None = None,
    scenario_path: Path | None = None,
    csv_out: str | None = None,
    lang: str = "en",
) -> int:
    """Print the summary in `lang` (and write its figures as JSON, the statements' shifts as CSV); a
    tables log counts as one session per table; a bad log raises a GameError naming it."""
    logs = [log for path in paths for log in session_logs(path)]  # a tables log: one per table
    scenario = None
    if scenario_path is not None:
        from game.scenario import load_scenario

        scenario = load_scenario(scenario_path)
    stats = summarise(logs, scenario)
    shifts = statement_shifts(logs, scenario)
    print(format_stats(stats, scenario, shifts, lang))
    if json_out:
        write_json(Path(json_out), {**stats_data(stats), "statement_shifts": shifts_data(shifts)})
        print("\n" + t("cli.sim.figures_written", lang, path=json_out))
    if csv_out:
        text_lang = scenario.default_language if scenario else logs[0].header.lang
        write_text(Path(csv_out), shifts_csv(shifts, scenario, text_lang))
        print(t("cli.stats.csv_written", lang, path=csv_out))
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


def format_shifts(shifts: list[StatementShift], scenario: Scenario | None, lang: str = "en") -> list[str]:
    """The statements' shifts as text lines in `lang`; none when no session scored a statement."""
    if not any(shift.scored for shift in shifts):
        return []
    names = ("statement", *(("text",) if scenario else ()), "sessions", "before", "after", "shift")
    header = [t(f"cli.stats.column.{name}", lang) for name in names]
    rows = []
    for shift in shifts:
        text = []
        if scenario:
            said = _statement_text(scenario, shift.statement, scenario.text_language(lang))
            text = [said if len(said) <= LABEL_WIDTH else said[: LABEL_WIDTH - 1] + "\u2026"]
        rows.append(
            [
                shift.statement,
                *text,
                t("cli.stats.of", lang, part=shift.sessions, whole=shift.scored),
                "-" if shift.mean_before is None else decimal(f"{shift.mean_before:.2f}", lang),
                "-" if shift.mean_after is None else decimal(f"{shift.mean_after:.2f}", lang),
                "-" if shift.mean_shift is None else decimal(f"{shift.mean_shift:+.2f}", lang),
            ]
        )
    return ["", *t("cli.stats.shifts", lang).splitlines(), *table(header, rows, left=1 if scenario else 0)]


def format_stats(
    stats: Stats,
    scenario: Scenario | None = None,
    shifts: list[StatementShift] | None = None,
    lang: str = "en",
) -> str:
    """The plain-text summary in `lang`: sessions, outcomes, and per card the options chosen and the votes."""
    count = len(stats.sessions)
    solo = count - stats.group_sessions
    title = f" ({scenario.text(scenario.title, scenario.text_language(lang))})" if scenario else ""
    groups = f" ({', '.join(stats.groups)})" if stats.groups else ""
    dates = stats.dates
    when = (
        t("cli.stats.no_dates", lang)
        if not dates
        else t("cli.stats.one_date", lang, date=dates[0])
        if len(dates) == 1
        else t("cli.stats.dates", lang, first=dates[0], last=dates[-1], days=counted(len(dates), "day", lang))
    )
    lines = [
        t("cli.stats.title", lang, id=stats.scenario_id, title=title),
        t(
            "cli.stats.counts",
            lang,
            sessions=counted(count, "session", lang),
            group_sessions=counted(stats.group_sessions, "group_session", lang),
            solo=solo,
            groups=counted(len(stats.groups), "group", lang),
            names=groups,
            when=when,
        ),
    ]
    if stats.versions > 1:
        lines.append(t("cli.stats.versions", lang, count=stats.versions))

    def share(part: int, whole: int) -> str:
        return decimal(f"{100 * part / whole:.1f}%", lang) if whole else "-"

    rows = [
        [t("cli.sim.ending", lang, id=key), str(value), share(value, count)]
        for key, value in stats.endings.items()
    ]
    rows += [
        [t("cli.sim.profile", lang, id=key), str(value), share(value, count)]
        for key, value in stats.profiles.items()
    ]
    if stats.no_profile:
        rows.append([t("cli.sim.no_profile", lang), str(stats.no_profile), share(stats.no_profile, count)])
    if stats.unfinished:
        rows.append(
            [t("cli.stats.not_finished", lang), str(stats.unfinished), share(stats.unfinished, count)]
        )
    lines += ["", t("cli.stats.outcomes", lang)]
    lines += table([t(f"cli.stats.column.{name}", lang) for name in ("outcome", "sessions", "share")], rows)

    triangle = stats.triangle
    if triangle is not None:
        follows = t("cli.sim.basis.options" if triangle.basis == "options" else "cli.sim.basis.themes", lang)
        sessions = counted(triangle.sessions, "session", lang)
        lines += ["", t("cli.stats.triangle", lang, sessions=sessions, follows=follows)]
        if triangle.shares is None:
            lines.append(t("cli.stats.no_decision", lang))
        else:
            lines.append(
                "  "
                + ", ".join(
                    t(f"cli.stats.corner.{corner}", lang)
                    + " "
                    + decimal(f"{100 * triangle.shares[corner]:.1f}%", lang)
                    for corner in CORNERS
                )
            )
    if scenario is not None and scenario.has_red_lines:
        crossed = ", ".join(
            f"{card} ({counted(sessions_crossing, 'session', lang)})"
            for card, sessions_crossing in stats.lines_crossed.items()
        )
        sessions = counted(stats.crossing_sessions, "session", lang)
        lines += [
            "",
            t(
                "cli.stats.red_lines",
                lang,
                sessions=sessions,
                count=count,
                crossed=f": {crossed}" if crossed else "",
            ),
        ]

    names = (
        "option",
        *(("label",) if scenario else ()),
        "chosen",
        "share",
        "voted",
        "avg_votes",
        "avg_share",
    )
    header = [t("cli.sim.column.card", lang)]
    header += [t(f"cli.{'sim' if name == 'option' else 'stats'}.column.{name}", lang) for name in names]
    phones = any(option.average_phone_votes is not None for card in stats.cards for option in card.options)
    if phones:  # a column only when phones voted in some session
        header.append(t("cli.stats.column.by_phone", lang))
    rows = []
    for card in stats.cards:
        for option in card.options:
            first = option.option == 0
            label = []
            if scenario:
                label_of = scenario.card(card.card).options[option.option].label
                text = scenario.text(label_of, scenario.text_language(lang))
                label = [text if len(text) <= LABEL_WIDTH else text[: LABEL_WIDTH - 1] + "…"]
            rows.append(
                [
                    card.card if first else "",
                    str(option.option + 1),
                    *label,
                    str(option.chosen),
                    share(option.chosen, card.decisions),
                    str(card.voted) if first and card.voted else "",
                    "-" if option.average_votes is None else decimal(f"{option.average_votes:.1f}", lang),
                    "-"
                    if option.average_share is None
                    else decimal(f"{100 * option.average_share:.1f}%", lang),
                ]
            )
            if phones:
                average = option.average_phone_votes
                rows[-1].append("-" if average is None else decimal(f"{average:.1f}", lang))
    lines += ["", *t("cli.stats.options", lang).splitlines()]
    lines += table(header, rows, left=2 if scenario else 1)
    lines += format_shifts(shifts or [], scenario, lang)
    return "\n".join(lines)
