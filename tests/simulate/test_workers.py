"""Worker processes: forked on Linux only, spawned elsewhere (CPython calls fork unsafe on macOS); started
either way they play the same games as the parent, also for policies that are not the standard ones."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from typing import Any

import pytest

from game.core import workers
from game.core.engine import Game
from game.core.model import Scenario
from game.core.playthrough import Policy
from game.core.simulate import Played, PolicySpec, play_games, policies_for, random_choice
from tests.simulate.test_simulate import varied

GAMES = 60  # per task: two tasks a policy, enough for every card and option to come up


def first_option(scenario: Scenario, chooser: random.Random) -> Policy:
    """A policy that is not a standard one (it travels to a spawned worker pickled, by its name)."""

    def choose(game: Game) -> int:
        return 0

    return choose


def tasks_for(specs: Sequence[PolicySpec]) -> list[tuple[int, list[tuple[int, int]]]]:
    dice = random.Random(7)
    games = [(dice.getrandbits(32), dice.getrandbits(32)) for _ in range(2 * GAMES)]
    return [(index, games[start : start + GAMES]) for index in range(len(specs)) for start in (0, GAMES)]


def figures(played: Sequence[Played]) -> list[dict[str, Any]]:
    """Each result as plain data (its meter rows are numpy arrays, which do not compare with ==)."""
    plain = []
    for result in played:
        data = dict(vars(result))
        for name in ("year_ends", "steps"):
            data[name] = {key: [rows.tolist() for rows in blocks] for key, blocks in data[name].items()}
        plain.append(data)
    return plain


def in_process(subject: Scenario, specs: Sequence[PolicySpec]) -> list[dict[str, Any]]:
    return figures([play_games(subject, specs[index], games) for index, games in tasks_for(specs)])


@pytest.mark.parametrize(("platform", "method"), [("linux", "fork"), ("darwin", "spawn"), ("win32", "spawn")])
def test_workers_are_forked_on_linux_only(
    monkeypatch: pytest.MonkeyPatch, platform: str, method: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert workers.start_method() == method


def refuse_here(*_: object) -> Played:
    raise AssertionError("played in the parent: the workers should have played these games")


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_play_the_same_games_as_the_parent(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    subject = varied(5)  # made in the test, from no file: a spawned worker cannot load it again
    standard = policies_for(subject)
    other = [
        PolicySpec("first", "always the first option", first_option),
        PolicySpec("any", "any option (a standard maker under another name)", random_choice),
        standard[-1],  # a standard one among them: sent by its name
    ]
    expected = {"standard": in_process(subject, standard), "other": in_process(subject, other)}
    if method == "spawn":
        # A spawned worker imports this module afresh, without the patch: only the parent refuses.
        monkeypatch.setattr(workers, "play_games", refuse_here)
    for name, specs in (("standard", standard), ("other", other)):
        played = workers.run_in_workers(subject, specs, tasks_for(specs), 2, method=method)
        assert figures(played) == expected[name], name


def test_policies_that_cannot_travel_are_played_in_the_parent() -> None:
    subject = varied(3)
    specs = [PolicySpec("lambda", "the second option", lambda scenario, chooser: lambda game: 1)]
    played = workers.run_in_workers(subject, specs, tasks_for(specs), 2, method="spawn")
    assert figures(played) == in_process(subject, specs)
