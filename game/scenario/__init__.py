"""The scenario layer: loads format-1 YAML files safely, validates them and builds immutable Scenarios."""

from game.scenario.errors import Problem, ScenarioInvalid
from game.scenario.loader import check_scenario, check_scenario_text, load_scenario, load_scenario_text

__all__ = [
    "Problem",
    "ScenarioInvalid",
    "check_scenario",
    "check_scenario_text",
    "load_scenario",
    "load_scenario_text",
]
