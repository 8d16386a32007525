"""A scenario built to strain the layout: six meters, long Dutch compounds, long texts, four long options."""

from __future__ import annotations

from game.core.model import Scenario
from game.scenario import load_scenario_text

LONG_WORDS = "informatieveiligheidsbeleid gegevensuitwisselingsovereenkomst"
LONG_TEXT = " ".join(
    [
        "De gegevensuitwisselingsovereenkomst met de zorgaanbieders moet vernieuwd worden, en het",
        "informatieveiligheidsbeleid schrijft voor dat de functionaris gegevensbescherming meekijkt.",
    ]
    * 6
)
OPTION = "Sluit de gegevensuitwisselingsovereenkomst af en pas het informatieveiligheidsbeleid aan"

STRESS_YAML = f"""
format: 1
id: stress
title: {{nl: "Samenwerkingsverbandsgemeenteraadsvergaderingsverslag", en: "A very long title"}}
intro: {{nl: "{LONG_TEXT}", en: "{LONG_TEXT}"}}
languages: [nl, en]
years: 1
turns_per_year: 2
start_year: 2030
meters:
  legitimacy: {{name: {{nl: Legitimiteitsbeleving, en: Legitimacy}}, start: 50}}
  trust: {{name: {{nl: Vertrouwensrelatie, en: Trust}}, start: 50}}
  capacity: {{name: {{nl: Uitvoeringscapaciteit, en: Capacity}}, start: 50}}
  budget: {{name: {{nl: Begrotingsruimte, en: Budget}}, start: 50}}
  privacy: {{name: {{nl: Gegevensbescherming, en: Privacy}}, start: 50}}
  morale: {{name: {{nl: Medewerkerstevredenheid, en: Morale}}, start: 50}}
themes:
  data: {{nl: "Gegevensuitwisselingsovereenkomsten en informatieveiligheidsbeleid", en: Data}}
cards:
  - id: lang
    speaker: {{nl: "Functionaris gegevensbescherming en chief information security officer", en: FG}}
    title: {{nl: "De gegevensuitwisselingsovereenkomst en het informatieveiligheidsbeleid", en: Long}}
    text: {{nl: "{LONG_TEXT}", en: "{LONG_TEXT}"}}
    themes: [data]
    options:
      - label: {{nl: "{OPTION}", en: "{OPTION}"}}
        effects: {{privacy: 5, morale: -5}}
        feedback: {{nl: "{LONG_TEXT}", en: "{LONG_TEXT}"}}
      - label: {{nl: "{OPTION} (variant twee)", en: "{OPTION}"}}
        effects: {{trust: 5}}
      - label: {{nl: "{OPTION} (variant drie)", en: "{OPTION}"}}
        effects: {{budget: -5}}
      - label: {{nl: "{OPTION} (variant vier)", en: "{OPTION}"}}
        effects: {{capacity: 5}}
    repeatable: true
profiles:
  - id: klaar
    title: {{nl: "Informatieveiligheidsbeleidsmedewerker", en: Done}}
    text: {{nl: "{LONG_TEXT}", en: "{LONG_TEXT}"}}
"""


def stress_scenario() -> Scenario:
    return load_scenario_text(STRESS_YAML, "stress.yaml")
