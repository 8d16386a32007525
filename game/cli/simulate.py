"""`python main.py simulate FILE`: play a scenario many times with several policies and print the figures."""

from __future__ import annotations

import os
from pathlib import Path

from game.cli.output import table
from game.core.corners import CORNERS
from game.core.model import Scenario
from game.core.simulate import Distribution, SimulationReport, report_data, simulate
from game.files import cannot_write, write_json
from game.formatting import format_value, plural
from game.scenario import load_scenario


def run_simulate(
    path: Path,
    runs: int,
    seed: int,
    json_out: str | None = None,
    chart_out: str | None = None,
    check: bool = False,
    workers: int | None = None,
) -> int:
    """Print the report; with `check`, exit code 1 when the scenario misses a balance target. `workers`:
    processes that play the games (default: one per core)."""
    scenario = load_scenario(path)
    report = simulate(scenario, runs=runs, seed=seed, workers=workers or os.cpu_count() or 1)
    print(format_report(scenario, report, str(path)))
    if json_out:
        write_json(Path(json_out), report_data(scenario, report))
        print(f"\nfigures written to {json_out}")
    if chart_out:
        from game.ui.sim_chart import save_simulation_chart  # only --chart needs pygame

        try:
            save_simulation_chart(scenario, report, Path(chart_out))
        except OSError as error:
            raise cannot_write(chart_out, error) from None
        print(f"chart written to {chart_out}")
    if check and not report.balanced:
        missed = sum(not item.passed for item in report.balance)
        print(f"\n{path}: misses {plural(missed, 'balance target')}")
        return 1
    if check:
        warned = f"; {plural(len(report.warnings), 'warning')} above" if report.warnings else ""
        print(f"\n{path}: meets all {plural(len(report.balance), 'balance target')}{warned}")
    return 0


def format_report(scenario: Scenario, report: SimulationReport, filename: str) -> str:
    """The plain-text report: outcomes, end turns, meters per year, cards, options, balance and warnings."""
    lang = scenario.default_language
    names = [policy.policy for policy in report.policies]
    lines = [
        f"Simulation of {scenario.text(scenario.title, lang)} ({filename})",
        f"{report.runs} runs per policy, seed {report.seed}: {report.games} games in "
        f"{report.elapsed:.2f} s ({report.games_per_second:,.0f} games per second)",
        f"{plural(scenario.years, 'year')} x {scenario.turns_per_year} turns = {scenario.total_turns} turns, "
        f"{len(scenario.cards)} cards, {len(report.policies)} policies",
        "",
        "Policies",
    ]
    lines += table(None, [[policy.policy, policy.description] for policy in report.policies], right=False)

    def share(count: int, runs: int) -> str:
        return "-" if count == 0 else f"{100 * count / runs:.1f}%"

    rows = [["term completed", *(share(p.completed, p.runs) for p in report.policies)]]
    rows += [
        [f"ending {ending.id}", *(share(p.endings[ending.id], p.runs) for p in report.policies)]
        for ending in scenario.endings
    ]
    rows += [
        [f"profile {profile.id}", *(share(p.profiles[profile.id], p.runs) for p in report.policies)]
        for profile in scenario.profiles
    ]
    if any(p.no_profile for p in report.policies):
        rows.append(["completed, no profile", *(share(p.no_profile, p.runs) for p in report.policies)])
    rows.append(
        [
            f"average end turn (of {scenario.total_turns})",
            *(f"{p.average_end_turn:.1f}" for p in report.policies),
        ]
    )
    if scenario.has_red_lines:
        rows.append(["red lines crossed per run", *(f"{p.lines_per_run:.2f}" for p in report.policies)])
        rows.append(["runs with a red line", *(share(p.crossing_runs, p.runs) for p in report.policies)])
    rows += [
        [f"triangle: {corner}", *(_corner_cell(p.triangle, corner) for p in report.policies)]
        for corner in CORNERS
    ]
    basis = "the options chosen" if scenario.options_pull else "the themes of the cards played"
    lines += ["", "Outcomes (share of runs)"]
    lines += table(["", *names], rows)
    lines.append(f"  triangle: each corner's mean share of the games' triangles, by {basis}")

    lines += ["", "Meters at the end of each year (n = runs that reached it)"]
    rows = []
    for policy in report.policies:
        for index, meters in enumerate(policy.year_end):
            for meter in scenario.meters:
                spread = meters[meter.id]
                first_meter = meter is scenario.meters[0]
                name = policy.policy if index == 0 and first_meter else ""
                calendar = scenario.calendar_year(index + 1)
                shown = f"year {index + 1}" + (f" ({calendar})" if calendar is not None else "")
                label = shown if first_meter else ""
                rows.append([name, label, meter.id, *_spread_cells(spread)])
    lines += table(["policy", "year", "meter", "n", "min", "p10", "median", "p90", "max"], rows, left=3)

    lines += ["", "Cards seen (share of runs)"]
    rows = [
        [card.id, *(share(p.cards_seen[card.id], p.runs) for p in report.policies)] for card in scenario.cards
    ]
    lines += table(["card", *names], rows)

    lines += ["", "Options chosen (times)"]
    rows = []
    for card in scenario.cards:
        for index in range(len(card.options)):
            counts = [p.options_chosen[card.id][index] for p in report.policies]
            rows.append([card.id, str(index + 1), *(str(count) if count else "-" for count in counts)])
    lines += table(["card", "option", *names], rows, left=1)

    lines += ["", "Cards never seen (by any policy)"]
    lines += [f"  {card_id}" for card_id in report.never_seen] or ["  (none)"]
    lines += ["", "Balance (targets for a term that teaches balance)"]
    lines += [f"  {'ok  ' if check.passed else 'MISS'}  {check.text}" for check in report.balance]
    lines += ["", "Warnings"]
    lines += [f"  {warning}" for warning in report.warnings] or ["  none"]
    return "\n".join(lines)


def _corner_cell(triangle: dict[str, float] | None, corner: str) -> str:
    """A corner's mean share of the games' triangles ("-" when no game had one)."""
    return "-" if triangle is None else f"{100 * triangle[corner]:.1f}%"


def _spread_cells(spread: Distribution | None) -> list[str]:
    if spread is None:
        return ["0", "-", "-", "-", "-", "-"]
    values = (spread.minimum, spread.p10, spread.median, spread.p90, spread.maximum)
    return [str(spread.n), *(format_value(round(value, 1)) for value in values)]
