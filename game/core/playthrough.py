"""Playing a game to its end with a choosing policy, and the plain-data record of a finished game."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

from game.core.engine import Game
from game.core.state import ChoiceRecord
from game.errors import GameError

Policy = Callable[[Game], int]  # returns the 0-based option to choose for game.current_card


class OutOfChoices(GameError):
    """A scripted playthrough needed more choices than it was given."""


class InvalidChoice(GameError):
    """A scripted choice names an option the current card does not have."""


def uniform_policy(chooser: random.Random) -> Policy:
    """Any option with equal chance, drawn from `chooser`, never from the game's own generator."""
    draw = chooser.random

    def choose(game: Game) -> int:
        card = game.current_card
        assert card is not None
        return int(draw() * len(card.options))

    return choose


def random_policy(seed: int) -> Policy:
    """The headless --auto player: uniform choices from a generator seeded by the game's seed."""
    return uniform_policy(random.Random(f"auto:{seed}"))


def scripted_policy(choices: Sequence[int], fallback: Policy | None = None) -> Policy:
    """Replay 1-based choices in order; when they run out, use `fallback` or raise OutOfChoices."""
    remaining = list(choices)

    def choose(game: Game) -> int:
        card = game.current_card
        assert card is not None
        if not remaining:
            if fallback is None:
                raise OutOfChoices(
                    key="playthrough.out_of_choices", year=game.state.year, turn=game.state.turn, card=card.id
                )
            return fallback(game)
        number = remaining.pop(0)
        if not 1 <= number <= len(card.options):
            raise InvalidChoice(
                key="playthrough.invalid_choice",
                number=number,
                card=card.id,
                year=game.state.year,
                turn=game.state.turn,
                options=len(card.options),
            )
        return number - 1

    return choose


def play_to_end(game: Game, policy: Policy) -> Game:
    """Decide every card with `policy` until the game is over."""
    while not game.finished:
        game.choose(policy(game))
    return game


def game_record(game: Game) -> dict[str, Any]:
    """The finished (or running) game as JSON-ready data; years count from 1, options from 1."""
    state = game.state
    return {
        "scenario": game.scenario.id,
        "scenario_file": game.scenario.source,
        "seed": game.seed,
        "choices": [choice_record(record) for record in state.choices],
        "final_meters": dict(state.meters),
        "ending": state.ending,
        "profile": state.profile,
        "events": [event.to_dict() for event in game.log],
    }


def choice_record(record: ChoiceRecord) -> dict[str, Any]:
    """One decision as JSON-ready data; options count from 1, `votes` only when the room voted."""
    data: dict[str, Any] = {
        "year": record.year,
        "turn": record.turn,
        "card": record.card,
        "option": record.option + 1,
    }
    if record.votes is not None:
        data["votes"] = list(record.votes)
    return data
