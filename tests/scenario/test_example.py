"""The example scenario from the issue loads and builds into the immutable model."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import MappingProxyType

import pytest

from game.core.model import FixedTime, FollowUp, Scenario
from game.scenario import check_scenario, load_scenario

EXAMPLE = Path(__file__).resolve().parents[2] / "scenarios" / "voorbeeld.yaml"


@pytest.fixture(scope="module")
def example() -> Scenario:
    return load_scenario(EXAMPLE)


def test_the_example_has_no_problems_at_all() -> None:
    scenario, problems = check_scenario(EXAMPLE)
    assert problems == []
    assert scenario is not None


def test_top_level(example: Scenario) -> None:
    assert example.format == 1
    assert example.id == "voorbeeld"
    assert example.languages == ("nl", "en")
    assert (example.years, example.turns_per_year, example.start_year) == (2, 3, 2027)
    assert example.title.get("en") == "Sample municipality"
    assert example.intro.get("nl").startswith("Je bent gemeentesecretaris van Voorbeeldgemeente.")
    assert example.source == str(EXAMPLE)
    assert example.content_hash == hashlib.sha256(EXAMPLE.read_bytes()).hexdigest()


def test_meters_keep_their_order_and_int_values(example: Scenario) -> None:
    assert [meter.id for meter in example.meters] == [
        "public_value",
        "legitimacy",
        "trust",
        "capacity",
        "budget",
    ]
    budget = example.meter("budget")
    assert (budget.start, budget.minimum, budget.maximum) == (60, 0, 100)
    assert all(type(value) is int for value in (budget.start, budget.minimum, budget.maximum))
    assert budget.name.get("nl") == "Budget"


def test_themes_and_year_end(example: Scenario) -> None:
    assert [theme.id for theme in example.themes] == ["privacy", "transparency", "inclusion", "symbolism"]
    assert example.theme("inclusion").name.get("en") == "Digital inclusion"
    assert dict(example.year_end_effects) == {"budget": 5, "public_value": -3}


def test_cards(example: Scenario) -> None:
    assert [card.id for card in example.cards] == [
        "scanauto",
        "scanauto_krant",
        "robot",
        "papieren_route",
        "volgapp",
        "citrix",
    ]
    scanauto = example.card("scanauto")
    assert scanauto.themes == ("transparency", "privacy")
    first = scanauto.options[0]
    assert first.label.get("nl") == "Adviseer: zet het meteen aan"
    assert dict(first.effects) == {"legitimacy": -4, "budget": 5, "capacity": 5, "public_value": 4}
    assert (first.serves, first.harms) == (("capacity", "strategy"), ("legitimacy",))
    assert first.red_line is not None and "DPIA" in first.red_line.get("nl")
    assert first.set_flags == ("scanauto_afval",)
    assert first.then == (FollowUp("scanauto_krant", 4),)
    assert first.feedback is not None and "doelbinding" in first.feedback.get("nl")

    krant = example.card("scanauto_krant")
    assert krant.scheduled_only and not krant.in_deck
    assert krant.requires is not None and krant.requires.source == "scanauto_afval"
    assert krant.title.get("nl") == "Krant: 'Gemeente scant je afval'"

    robot = example.card("robot")
    assert robot.weight == 2 and len(robot.options) == 3
    assert robot.requires is not None
    assert robot.requires.holds(lambda name: {"budget": 40.0}[name])
    assert not robot.requires.holds(lambda name: {"budget": 39.0}[name])

    volgapp = example.card("volgapp")
    assert volgapp.requires is not None
    assert [name.name for name in volgapp.requires.names] == ["year", "robot_geplaatst"]
    assert example.card("citrix").at == FixedTime(2, 1)
    assert example.card("papieren_route").weight == 1 and not example.card("papieren_route").repeatable


def test_endings_and_profiles(example: Scenario) -> None:
    assert [ending.id for ending in example.endings] == ["motie", "stilstand", "onder_toezicht", "uitgeput"]
    assert all(ending.when is not None for ending in example.endings)
    assert [profile.id for profile in example.profiles] == ["bouwer", "grensganger", "verbinder", "beheerder"]
    assert example.profiles[-1].when is None
    assert example.profiles[0].title.get("en") == "The builder of public value"


def test_the_scenario_is_immutable(example: Scenario) -> None:
    assert isinstance(example.year_end_effects, MappingProxyType)
    assert isinstance(example.cards, tuple) and isinstance(example.meters, tuple)
    option = example.cards[0].options[0]
    assert isinstance(option.effects, MappingProxyType)
    assert isinstance(option.label.translations, MappingProxyType)
    with pytest.raises(TypeError):
        option.effects["budget"] = 100  # type: ignore[index]
    with pytest.raises(AttributeError):
        example.years = 5  # type: ignore[misc]
