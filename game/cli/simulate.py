"""`python main.py simulate FILE`: play a scenario many times with several policies and print the figures."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from game.cli.output import table
from game.core.balance import BalanceCheck
from game.core.corners import CORNERS
from game.core.model import Scenario
from game.core.simulate import Distribution, SimulationReport, report_data, simulate
from game.files import cannot_write, write_json
from game.formatting import decimal, format_value, grouped
from game.i18n import STRINGS, counted, t, year_label
from game.scenario import load_scenario


def run_simulate(
    path: Path,
    runs: int,
    seed: int,
    json_out: str | None = None,
    chart_out: str | None = None,
    check: bool = False,
    workers: int | None = None,
    lang: str = "en",
) -> int:
    """Print the report in `lang`; with `check`, exit code 1 when the scenario misses a balance target.
    `workers`: processes that play the games (default: one per core)."""
    scenario = load_scenario(path)
    report = simulate(scenario, runs=runs, seed=seed, workers=workers or os.cpu_count() or 1)
    print(format_report(scenario, report, str(path), lang))
    if json_out:
        write_json(Path(json_out), report_data(scenario, report))
        print("\n" + t("cli.sim.figures_written", lang, path=json_out))
    if chart_out:
        from game.ui.sim_chart import save_simulation_chart  # only --chart needs pygame

        try:
            save_simulation_chart(scenario, report, Path(chart_out), lang=lang)
        except OSError as error:
            raise cannot_write(chart_out, error) from None
        print(t("cli.sim.chart_written", lang, path=chart_out))
    if check and not report.balanced:
        missed = sum(not item.passed for item in report.balance)
        print("\n" + t("cli.sim.misses", lang, path=path, count=counted(missed, "balance_target", lang)))
        return 1
    if check:
        warnings = counted(len(report.warnings), "warning", lang)
        warned = t("cli.sim.warned", lang, count=warnings) if report.warnings else ""
        targets = counted(len(report.balance), "balance_target", lang)
        print("\n" + t("cli.sim.meets", lang, path=path, count=targets, warned=warned))
    return 0


def format_report(scenario: Scenario, report: SimulationReport, filename: str, lang: str = "en") -> str:
    """The plain-text report in `lang` (the scenario's title in its own language if it lacks `lang`):
    outcomes, end turns, meters per year, cards, options, balance and warnings."""
    title_lang = scenario.text_language(lang)
    names = [policy.policy for policy in report.policies]
    lines = [
        t("cli.sim.title", lang, title=scenario.text(scenario.title, title_lang), file=filename),
        t(
            "cli.sim.runs",
            lang,
            runs=report.runs,
            seed=report.seed,
            games=report.games,
            seconds=decimal(f"{report.elapsed:.2f}", lang),
            speed=grouped(round(report.games_per_second), lang),
        ),
        t(
            "cli.sim.size",
            lang,
            years=counted(scenario.years, "year", lang),
            turns=scenario.turns_per_year,
            total=scenario.total_turns,
            cards=counted(len(scenario.cards), "card", lang),
            policies=counted(len(report.policies), "policy", lang),
        ),
        "",
        t("cli.sim.policies", lang),
    ]
    described = [
        [policy.policy, _description(policy.policy, policy.description, lang)] for policy in report.policies
    ]
    lines += table(None, described, right=False)

    def share(count: int, runs: int) -> str:
        return "-" if count == 0 else decimal(f"{100 * count / runs:.1f}%", lang)

    rows = [[t("cli.sim.completed", lang), *(share(p.completed, p.runs) for p in report.policies)]]
    rows += [
        [
            t("cli.sim.ending", lang, id=ending.id),
            *(share(p.endings[ending.id], p.runs) for p in report.policies),
        ]
        for ending in scenario.endings
    ]
    rows += [
        [
            t("cli.sim.profile", lang, id=profile.id),
            *(share(p.profiles[profile.id], p.runs) for p in report.policies),
        ]
        for profile in scenario.profiles
    ]
    if any(p.no_profile for p in report.policies):
        rows.append([t("cli.sim.no_profile", lang), *(share(p.no_profile, p.runs) for p in report.policies)])
    rows.append(
        [
            t("cli.sim.end_turn", lang, total=scenario.total_turns),
            *(decimal(f"{p.average_end_turn:.1f}", lang) for p in report.policies),
        ]
    )
    if scenario.has_red_lines:
        rows.append(
            [
                t("cli.sim.lines_per_run", lang),
                *(decimal(f"{p.lines_per_run:.2f}", lang) for p in report.policies),
            ]
        )
        rows.append(
            [t("cli.sim.runs_with_line", lang), *(share(p.crossing_runs, p.runs) for p in report.policies)]
        )
    rows += [
        [
            t("cli.sim.corner", lang, corner=t(f"balance.corner.{corner}", lang)),
            *(decimal(_corner_cell(p.triangle, corner), lang) for p in report.policies),
        ]
        for corner in CORNERS
    ]
    basis = t("cli.sim.basis.options" if scenario.options_pull else "cli.sim.basis.themes", lang)
    lines += ["", t("cli.sim.outcomes", lang)]
    lines += table(["", *names], rows)
    lines.append(t("cli.sim.triangle_note", lang, basis=basis))

    lines += ["", t("cli.sim.meters", lang)]
    rows = []
    for policy in report.policies:
        for index, meters in enumerate(policy.year_end):
            for meter in scenario.meters:
                spread = meters[meter.id]
                first_meter = meter is scenario.meters[0]
                name = policy.policy if index == 0 and first_meter else ""
                calendar = scenario.calendar_year(index + 1)
                shown = year_label(None, index + 1, lang, capital=False)
                shown += f" ({calendar})" if calendar is not None else ""
                label = shown if first_meter else ""
                rows.append([name, label, meter.id, *(decimal(cell, lang) for cell in _spread_cells(spread))])
    column = {
        name: t(f"cli.sim.column.{name}", lang) for name in ("policy", "year", "meter", "median", "card")
    }
    header = [
        column["policy"],
        column["year"],
        column["meter"],
        "n",
        "min",
        "p10",
        column["median"],
        "p90",
        "max",
    ]
    lines += table(header, rows, left=3)

    lines += ["", t("cli.sim.cards_seen", lang)]
    rows = [
        [card.id, *(share(p.cards_seen[card.id], p.runs) for p in report.policies)] for card in scenario.cards
    ]
    lines += table([column["card"], *names], rows)

    lines += ["", t("cli.sim.options_chosen", lang)]
    rows = []
    for card in scenario.cards:
        for index in range(len(card.options)):
            counts = [p.options_chosen[card.id][index] for p in report.policies]
            rows.append([card.id, str(index + 1), *(str(count) if count else "-" for count in counts)])
    lines += table([column["card"], t("cli.sim.column.option", lang), *names], rows, left=1)

    lines += ["", t("cli.sim.never_seen", lang)]
    lines += [f"  {card_id}" for card_id in report.never_seen] or [t("cli.sim.none_seen", lang)]
    lines += ["", t("cli.sim.balance", lang)]
    lines += target_lines(report.balance, lang)
    lines += ["", t("cli.sim.warnings", lang)]
    lines += [f"  {warning}" for warning in report.warning_texts(lang)] or [t("cli.sim.no_warnings", lang)]
    return "\n".join(lines)


def target_lines(balance: Iterable[BalanceCheck], lang: str) -> list[str]:
    """Each target marked met or missed ("ok", "MISS"; Dutch "ok", "mist"), the marks in one column."""
    marks = {True: t("cli.sim.target.met", lang), False: t("cli.sim.target.missed", lang)}
    width = max(len(mark) for mark in marks.values())
    return [f"  {marks[check.passed].ljust(width)}  {check.said.text(lang)}" for check in balance]


def _description(policy: str, description: str, lang: str) -> str:
    """A standard policy's description in `lang` (greedy:budget: 'always the option best for budget'); a
    policy of another kind (a test's) keeps its own."""
    kind, _, meter = policy.partition(":")
    key = f"cli.sim.policy.{kind}"
    return t(key, lang, meter=meter) if key in STRINGS else description


def _corner_cell(triangle: dict[str, float] | None, corner: str) -> str:
    """A corner's mean share of the games' triangles ("-" when no game had one)."""
    return "-" if triangle is None else f"{100 * triangle[corner]:.1f}%"


def _spread_cells(spread: Distribution | None) -> list[str]:
    if spread is None:
        return ["0", "-", "-", "-", "-", "-"]
    values = (spread.minimum, spread.p10, spread.median, spread.p90, spread.maximum)
    return [str(spread.n), *(format_value(round(value, 1)) for value in values)]
