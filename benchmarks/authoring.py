"""Authoring figures: how fast a facilitator's tools are on the default and on a large scenario.

- validate: `python main.py validate FILE` on a generated 1,000-card scenario, the whole command as an
  author waits for it (interpreter start, YAML, every check, the text-fit lint with the real font), and
  `check_scenario_text` in this process for comparison;
- simulate: playthroughs per second of the default scenario, with all the simulator's policies and all
  its figures, and plain random games on the engine alone.
"""

from __future__ import annotations

import random
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.report import ROOT, child_env, python

PLAYTHROUGHS_TARGET = 20_000  # per second, the whole `simulate` command on the default scenario
COMMAND_RUNS = 5000  # games per policy for the whole command (40,000 games with 8 policies: a thorough check)
VALIDATE_TARGET = 1.0  # seconds for a 1,000-card scenario, the whole command


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


def playthroughs_per_second(repeats: int, runs: int = 300) -> tuple[list[float], list[float]]:
    """Per repeat: (all simulator policies with their figures, plain random games on the engine)."""
    from game.core.engine import Game
    from game.core.simulate import simulate
    from game.paths import DEFAULT_SCENARIO
    from game.scenario import load_scenario

    scenario = load_scenario(DEFAULT_SCENARIO)
    simulate(scenario, runs=20)  # warm up: compiles the scenario
    simulated: list[float] = []
    for repeat in range(repeats):
        report = simulate(scenario, runs=runs, seed=repeat)
        simulated.append(report.games / report.elapsed)
    engine: list[float] = []
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
        engine.append(games / (time.perf_counter() - started))
    return simulated, engine


def validate_in_process(repeats: int) -> list[float]:
    """Seconds for check_scenario_text on the generated 1,000-card scenario (no layout lint), per repeat."""
    from game.scenario import check_scenario_text

    text = generated_scenario()
    scenario, problems = check_scenario_text(text, "generated.yaml")
    errors = [problem for problem in problems if problem.is_error]
    if scenario is None or errors:
        raise SystemExit("the generated scenario is invalid:\n" + "\n".join(map(str, errors[:10])))
    seconds: list[float] = []
    for _ in range(repeats):
        started = time.perf_counter()
        check_scenario_text(text, "generated.yaml")
        seconds.append(time.perf_counter() - started)
    return seconds


def simulate_command(repeats: int) -> list[float]:
    """Games per second of the whole `python main.py simulate` on the default scenario (all its policies,
    start-up and printing included; workers: one per core), per repeat."""
    from game.paths import DEFAULT_SCENARIO

    command = [
        python(),
        str(ROOT / "main.py"),
        "simulate",
        str(DEFAULT_SCENARIO),
        "--runs",
        str(COMMAND_RUNS),
    ]
    games = policy_count() * COMMAND_RUNS
    rates: list[float] = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, env=child_env())
        rates.append(games / (time.perf_counter() - started))
    return rates


def policy_count() -> int:
    """How many policies `simulate` plays on the default scenario (random, a greedy one per meter, ...)."""
    from game.core.simulate import policies_for
    from game.paths import DEFAULT_SCENARIO
    from game.scenario import load_scenario

    return len(policies_for(load_scenario(DEFAULT_SCENARIO)))


def validate_command(repeats: int) -> list[float]:
    """Wall-clock seconds of `python main.py validate FILE` on the generated scenario, per repeat."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(generated_scenario(), encoding="utf-8")
        command = [python(), str(ROOT / "main.py"), "validate", str(path)]
        env = child_env()
        subprocess.run(command, capture_output=True, check=False, env=env)  # warm: the disk cache
        seconds: list[float] = []
        for _ in range(repeats):
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, check=False, env=env)
            seconds.append(time.perf_counter() - started)
            if done.returncode != 0:
                output = done.stdout.decode()[-2000:]
                raise SystemExit(f"validate failed on the generated scenario:\n{output}")
    return seconds
