"""A small valid scenario and helpers to break it and find where the problems point."""

from __future__ import annotations

from game.scenario import Problem, check_scenario_text

BASE = """\
format: 1
id: mini
title: {nl: Mini, en: Mini}
intro: Een korte test.
languages: [nl, en]
years: 2
turns_per_year: 2
start_year: 2027
meters:
  budget: {name: Budget, start: 50}
  trust:
    name: {nl: Vertrouwen, en: Trust}
    start: 50
    min: 0
    max: 100
themes:
  privacy: {nl: Privacy, en: Privacy}
  inclusion: Inclusie
year_end:
  effects: {budget: 5}
cards:
  - id: robot
    speaker: Bode
    title: {nl: Robot, en: Robot}
    text: Een robot bij de ingang.
    themes: [privacy]
    options:
      - label: {nl: Ja, en: "Yes"}
        effects: {budget: -10}
        set: [robot_geplaatst]
        then:
          - card: krant
            after: 1
      - label: {nl: Nee, en: "No"}
        effects: {trust: 5}
  - id: krant
    scheduled_only: true
    requires: robot_geplaatst
    speaker: Krant
    title: Krant
    text: Een krant.
    themes: [privacy, inclusion]
    options:
      - label: A
        effects: {trust: -5}
      - label: B
        effects: {}
endings:
  - id: failliet
    when: budget <= 0
    title: Failliet
    text: Op.
profiles:
  - id: verbinder
    when: trust >= 60
    title: Verbinder
    text: Goed.
  - id: bestuurder
    title: Bestuurder
    text: Ok.
"""

FILENAME = "test.yaml"


def change(old: str, new: str, text: str = BASE) -> str:
    """The text with its one occurrence of `old` replaced by `new`."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def position(text: str, fragment: str, offset: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the unique `fragment` in `text` (plus `offset` characters)."""
    assert text.count(fragment) == 1, f"{fragment!r} occurs {text.count(fragment)} times"
    index = text.index(fragment) + offset
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def errors(text: str) -> list[Problem]:
    scenario, problems = check_scenario_text(text, FILENAME)
    found = [problem for problem in problems if problem.is_error]
    assert scenario is None if found else scenario is not None
    return found


def single_error(text: str) -> Problem:
    found = errors(text)
    assert len(found) == 1, "\n".join(str(problem) for problem in found)
    return found[0]


def assert_problem(problem: Problem, message: str, at: tuple[int, int]) -> None:
    assert problem.message == message, problem.message
    assert (problem.line, problem.column) == at, f"{problem} is not at {at}"
