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


# Every key of the public value triangle, in two languages, every text translated: a meter's corner, a
# card's aspects, an option's serves, harms and red_line (with its consequence card), and conditions
# reading lines_crossed and balance.
TRIANGLE = """\
format: 1
id: driehoek
title: {nl: Driehoek, en: Triangle}
languages: [nl, en]
years: 1
turns_per_year: 3
meters:
  legitimiteit: {name: {nl: Legitimiteit, en: Legitimacy}, start: 50, icon: legitimacy, corner: mogen}
  budget: {name: {nl: Budget, en: Budget}, start: 50, icon: budget, corner: capacity}
  publieke_waarde: {name: {nl: Publieke waarde, en: Public value}, start: 50, corner: strategy}
themes:
  veiligheid: {name: {nl: Informatieveiligheid, en: Information security}, corner: legitimacy}
cards:
  - id: gijzeling
    speaker: {nl: CISO, en: CISO}
    title: {nl: Gijzeling, en: Ransomware}
    text: {nl: De systemen liggen plat., en: The systems are down.}
    themes: [veiligheid]
    aspects: [4a, 6c]
    options:
      - label: {nl: Betaal het losgeld, en: Pay the ransom}
        effects: {budget: -5, publieke_waarde: 8}
        serves: [strategy]
        harms: [legitimacy, capacity]
        red_line: {nl: Losgeld betaald aan criminelen, en: Paid a ransom to criminals}
        then: [{card: onderzoek, after: 2}]
        feedback: {nl: De diensten draaien snel weer., en: Services are back soon.}
      - label: {nl: Bouw opnieuw op, en: Rebuild}
        effects: {budget: -10, legitimiteit: 4}
        serves: [legitimacy, capacity]
        harms: strategy
        feedback: {nl: Het herstel duurt weken., en: Recovery takes weeks.}
  - id: onderzoek
    scheduled_only: true
    requires: "lines_crossed >= 1"
    speaker: {nl: Raad, en: Council}
    title: {nl: Onderzoek, en: Inquiry}
    text: {nl: De raad wil weten wat er gebeurde., en: The council wants to know what happened.}
    themes: [veiligheid]
    aspects: [6c]
    options:
      - label: {nl: Werk mee, en: Cooperate}
        effects: {legitimiteit: -6, budget: -2}
        serves: [legitimacy]
      - label: {nl: Houd het kort, en: Keep it short}
        effects: {legitimiteit: -12}
        harms: [legitimacy]
  - id: reserve
    speaker: {nl: Wethouder, en: Alderman}
    title: {nl: Reserve, en: Reserve}
    text: {nl: Een gewone kaart., en: An ordinary card.}
    themes: [veiligheid]
    repeatable: true
    options:
      - label: {nl: Ja, en: "Yes"}
        effects: {publieke_waarde: 3, budget: -3}
      - label: {nl: Nee, en: "No"}
        effects: {budget: 3, publieke_waarde: -3}
endings:
  - id: failliet
    when: "budget <= 20"
    title: {nl: Failliet, en: Bankrupt}
    text: {nl: Het geld is op., en: The money is gone.}
profiles:
  - id: weger
    when: "balance >= 60 and lines_crossed == 0"
    title: {nl: De weger, en: The weigher}
    text: {nl: In balans., en: In balance.}
  - id: rest
    title: {nl: De rest, en: The rest}
    text: {nl: Anders., en: Otherwise.}
"""
