"""Scenarios and helpers for the tables' tests: the shipped example and a small deterministic one."""

from __future__ import annotations

from functools import cache

from game.core.model import Scenario
from game.paths import PROJECT_DIR
from game.scenario.loader import load_scenario
from game.tables.session import TablesSession
from tests.core.factories import card, option, scenario


@cache
def example() -> Scenario:
    return load_scenario(PROJECT_DIR / "scenarios" / "voorbeeld.yaml")


def small() -> Scenario:
    """Six turns, each a fixed card with three options that move the meters apart."""
    options = (option("a", {"a": 5}), option("b", {"b": 5}), option("c", {"a": -3, "b": -3}))
    cards = tuple(card(f"c{year}{turn}", options, at=(year, turn)) for year in (1, 2) for turn in (1, 2, 3))
    return scenario(cards)


def seated(session: TablesSession, per_table: int) -> dict[int, list[str]]:
    """Join `per_table` devices to every table: table 2's are '2a', '2b', ..."""
    devices: dict[int, list[str]] = {}
    for table in session.table_ids:
        devices[table] = [f"{table}{chr(ord('a') + index)}" for index in range(per_table)]
        for device in devices[table]:
            assert session.join(device, table) == "joined"
    return devices
