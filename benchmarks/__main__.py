"""Prints the two throughput figures of issue 3 beside their targets: simulate speed and validate speed."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from game.core.engine import Game
from game.core.simulate import simulate
from game.paths import DEFAULT_SCENARIO
from game.scenario import check_scenario_text, load_scenario

PLAYTHROUGHS_TARGET = 5000  # per second, one core, default scenario
VALIDATE_TARGET = 1.0  # seconds for a 1,000-card scenario


def playthroughs_per_second(repeats: int = 5, runs: int = 300) -> tuple[float, float]:
    """Best of `repeats`: (all simulator policies with their figures, plain random games on the engine)."""
    scenario = load_scenario(DEFAULT_SCENARIO)
    simulate(scenario, runs=20)  # warm up: compiles the scenario
    best_simulate = 0.0
    for repeat in range(repeats):
        report = simulate(scenario, runs=runs, seed=repeat)
        best_simulate = max(best_simulate, report.games / report.elapsed)
    best_engine = 0.0
    chooser = random.Random(0)
    for repeat in range(repeats):
        started = time.perf_counter()
        games = runs * 3
        for seed in range(games):
            game = Game(scenario, seed + repeat * games, keep_log=False)
            while not game.finished:
                card = game.current_card
                assert card is not None
                game.advance(int(chooser.random() * len(card.options)))
        best_engine = max(best_engine, games / (time.perf_counter() - started))
    return best_simulate, best_engine


def generated_scenario(cards: int = 1000) -> str:
    """A valid format-1 scenario with `cards` cards, conditions, follow-ups and fixed events."""
    lines = [
        "format: 1",
        "id: generated",
        "title: {nl: Gegenereerd, en: Generated}",
        "intro: {nl: Een groot scenario., en: A large scenario.}",
        "languages: [nl, en]",
        "years: 4",
        "turns_per_year: 6",
        "start_year: 2027",
        "meters:",
    ]
    meters = ("legitimacy", "trust", "capacity", "budget")
    for meter in meters:
        lines += [f"  {meter}:", f"    name: {{nl: {meter.title()}, en: {meter.title()}}}", "    start: 50"]
    lines += ["themes:", "  privacy: {nl: Privacy, en: Privacy}"]
    lines += ["  inclusion: {nl: Inclusie, en: Inclusion}"]
    lines += ["year_end:", "  effects: {budget: 5}", "cards:"]
    for index in range(cards):
        lines += [
            f"  - id: card_{index}",
            f"    speaker: {{nl: Spreker {index}, en: Speaker {index}}}",
            f"    title: {{nl: Dilemma {index}, en: Dilemma {index}}}",
            "    text:",
            f"      nl: Een lastige keuze over gegevens en dienstverlening, nummer {index}.",
            f"      en: A hard choice about data and services, number {index}.",
            f"    themes: [{'privacy' if index % 2 else 'inclusion'}]",
        ]
        if index % 5 == 1:
            lines.append(f'    requires: "budget >= {20 + index % 30} and not flag_{(index - 1) % 50}"')
        if index % 97 == 3:
            lines.append(f"    at: {{year: {1 + index % 4}, turn: {1 + index % 6}}}")
        lines.append("    options:")
        for option in range(2 + index % 3):
            a, b = meters[option % 4], meters[(option + 1 + index % 3) % 4]  # two different meters
            lines += [
                f"      - label: {{nl: 'Keuze {option + 1}', en: 'Choice {option + 1}'}}",
                f"        effects: {{{a}: {option * 3 - 4}, {b}: {5 - option * 2}}}",
            ]
            if option == 0 and index < 50:
                lines.append(f"        set: [flag_{index}]")
            if option == 1 and index % 10 == 0 and index + 1 < cards:
                lines += ["        then:", f"          - card: card_{index + 1}", "            after: 2"]
            lines.append(f"        feedback: {{nl: 'Gevolg {option + 1}.', en: 'Outcome {option + 1}.'}}")
    lines += [
        "endings:",
        "  - id: motie",
        "    title: {nl: Motie, en: Motion}",
        "    text: {nl: De raad stuurt je weg., en: The council dismisses you.}",
        '    when: "legitimacy <= 0"',
        "profiles:",
        "  - id: bestuurder",
        "    title: {nl: Bestuurder, en: Administrator}",
        "    text: {nl: Je hield alles draaiend., en: You kept things running.}",
    ]
    return "\n".join(lines) + "\n"


def validate_seconds(repeats: int = 5) -> float:
    """Best of `repeats` wall-clock seconds to validate the generated 1,000-card scenario."""
    text = generated_scenario()
    scenario, problems = check_scenario_text(text, "generated.yaml")
    errors = [problem for problem in problems if problem.is_error]
    if scenario is None or errors:
        raise SystemExit("the generated scenario is invalid:\n" + "\n".join(map(str, errors[:10])))
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        check_scenario_text(text, "generated.yaml")
        best = min(best, time.perf_counter() - started)
    return best


def validate_command_seconds(repeats: int = 3) -> float:
    """Best wall-clock seconds of `python main.py validate FILE` on the generated scenario: what an
    author waits for, including interpreter start-up and the text-fit rule with the real font."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(generated_scenario(), encoding="utf-8")
        main_py = Path(__file__).resolve().parents[1] / "main.py"
        command = [sys.executable, str(main_py), "validate", str(path)]
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    simulated, engine = playthroughs_per_second()
    seconds = validate_seconds()
    command_seconds = validate_command_seconds()

    def verdict(ok: bool) -> str:
        return "ok" if ok else "BELOW TARGET"

    print(f"default scenario: {DEFAULT_SCENARIO.name}, one process, best of 5")
    print(f"  simulate (6 policies, all figures): {simulated:8,.0f} playthroughs/s   "
          f"target >= {PLAYTHROUGHS_TARGET:,}   {verdict(simulated >= PLAYTHROUGHS_TARGET)}")
    print(f"  engine alone (random choices):      {engine:8,.0f} playthroughs/s   "
          f"target >= {PLAYTHROUGHS_TARGET:,}   {verdict(engine >= PLAYTHROUGHS_TARGET)}")
    print("validate a generated 1,000-card scenario, best of 5")
    print(f"  check_scenario_text:                {seconds:8.3f} s               "
          f"target <  {VALIDATE_TARGET:.1f} s    {verdict(seconds < VALIDATE_TARGET)}")
    print(f"  python main.py validate (whole run): {command_seconds:7.3f} s               "
          f"target <  {VALIDATE_TARGET:.1f} s    {verdict(command_seconds < VALIDATE_TARGET)}")


if __name__ == "__main__":
    main()
