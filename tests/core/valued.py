"""A small scenario whose options say which corners of the public value triangle they serve and harm,
and two of which cross a red line; shared by the tests of the debrief (core, command line, report, end
screen). Option 1 of every card is the one that crosses or saves; option 2 its opposite."""

from __future__ import annotations

from pathlib import Path

from game.core.model import Scenario
from game.scenario import load_scenario_text

VALUED = """
format: 1
id: waarden
title: {nl: Waarden, en: Values}
intro: {nl: Drie kaarten over publieke waarde., en: Three cards about public value.}
languages: [nl, en]
years: 1
turns_per_year: 3
start_year: 2030
meters:
  budget: {name: Budget, start: 50}
  vertrouwen: {name: {nl: Vertrouwen, en: Trust}, start: 50}
themes:
  veilig: {name: {nl: Veiligheid, en: Security}, corner: legitimacy}
  koers: {name: {nl: Koers, en: Course}, corner: strategy}
cards:
  - id: losgeld
    speaker: CISO
    title: {nl: Gijzelsoftware, en: Ransomware}
    text: {nl: De systemen liggen plat., en: The systems are down.}
    themes: [veilig]
    options:
      - label: {nl: Adviseer het losgeld te betalen, en: Advise paying the ransom}
        effects: {budget: 4}
        serves: [capacity]
        harms: [legitimacy]
        red_line: {nl: Losgeld betaald aan criminelen, en: Paid a ransom to criminals}
      - label: {nl: Bouw de systemen opnieuw op, en: Rebuild the systems}
        effects: {budget: -6}
        serves: [legitimacy]
        harms: [capacity]
  - id: datalek
    speaker: FG
    title: {nl: Een lek, en: A breach}
    text: {nl: Er lekten gegevens van inwoners., en: Residents' data leaked.}
    themes: [veilig]
    options:
      - label: {nl: Houd het lek stil, en: Keep the breach quiet}
        effects: {vertrouwen: 3}
        serves: [capacity]
        harms: [legitimacy]
        red_line: {nl: Een bekend datalek verzwegen, en: Kept a known breach quiet}
      - label: {nl: Meld het lek binnen 72 uur, en: Report the breach within 72 hours}
        effects: {vertrouwen: -3}
        serves: [legitimacy]
  - id: koers
    speaker: Wethouder
    title: {nl: Een pilot, en: A pilot}
    text: {nl: Een wijk wil een proef., en: A neighbourhood wants a trial.}
    themes: [koers]
    options:
      - label: {nl: Start de pilot met een stopcriterium, en: Start the pilot with an exit criterion}
        effects: {budget: -2}
        serves: [strategy]
      - label: {nl: Wacht een jaar, en: Wait a year}
        effects: {budget: 2}
        serves: [capacity]
        harms: [strategy]
profiles:
  - id: klaar
    title: {nl: Klaar, en: Done}
    text: {nl: De termijn is voorbij., en: The term is over.}
"""

# The rule (game/core/debrief.py): 1 point to each corner an option serves, and for each corner it harms
# 1/2 point to each of the two other corners.
# Option 1 on every card: losgeld capacity 1 + (harms legitimacy) strategy 1/2, capacity 1/2; datalek the
# same; koers strategy 1. Strategy 1/2 + 1/2 + 1 = 2, capacity 3/2 + 3/2 = 3, legitimacy 0: total 5.
CROSSING = {"strategy": 2 / 5, "capacity": 3 / 5, "legitimacy": 0.0}
# Option 2 on every card: losgeld legitimacy 1 + (harms capacity) strategy 1/2, legitimacy 1/2; datalek
# legitimacy 1; koers capacity 1 + (harms strategy) capacity 1/2, legitimacy 1/2. Strategy 1/2, capacity
# 3/2, legitimacy 3/2 + 1 + 1/2 = 3: total 5.
CAREFUL = {"strategy": 1 / 10, "capacity": 3 / 10, "legitimacy": 6 / 10}
LINES = ("Losgeld betaald aan criminelen", "Een bekend datalek verzwegen")


def valued() -> Scenario:
    return load_scenario_text(VALUED, "waarden.yaml")


def write_valued(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "waarden.yaml"
    path.write_text(VALUED, encoding="utf-8")
    return path
