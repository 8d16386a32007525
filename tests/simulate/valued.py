"""Small scenarios whose options serve and harm corners of the triangle and cross red lines, for the
simulator's tests: as Scenario objects (built with tests/core/factories.py) and as a scenario file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from game.core.engine import Game
from game.core.model import Card, Option, Scenario
from game.core.playthrough import Policy
from tests.core.factories import card, option, outcome, scenario, text

# The meters and the corner each measures: w (willen), a (kunnen), b (mogen).
CORNER_OF = {"w": "strategy", "a": "capacity", "b": "legitimacy"}


def valued(
    label: str,
    effects: dict[str, float],
    serves: tuple[str, ...] = (),
    harms: tuple[str, ...] = (),
    red: str | None = None,
    then: tuple[tuple[str, int], ...] = (),
) -> Option:
    """An option that serves and harms corners and, with `red`, crosses a red line."""
    return replace(
        option(label, effects, then=then), serves=serves, harms=harms, red_line=text(red) if red else None
    )


def with_corners(subject: Scenario, corners: dict[str, str]) -> Scenario:
    """The scenario with its meters naming the corners they measure."""
    meters = tuple(replace(meter, corner=corners.get(meter.id)) for meter in subject.meters)
    return replace(subject, meters=meters)


def dilemma() -> tuple[Option, ...]:
    """Three options that each serve one corner at a cost to another meter, and a temptation that looks
    best on every meter now, crosses a red line and brings an inquiry two turns later."""
    return (
        valued("build", {"w": 8, "a": -6}, serves=("strategy",), harms=("capacity",)),
        valued("train", {"a": 8, "b": -6}, serves=("capacity",)),
        valued("explain", {"b": 8, "w": -6}, serves=("legitimacy",)),
        valued(
            "hush",
            {"w": 5, "a": 5, "b": 5},
            serves=("capacity",),
            harms=("legitimacy",),
            red="a breach kept quiet",
            then=(("inquiry", 2),),
        ),
    )


def triangle_scenario(fixed: bool = False) -> Scenario:
    """Two years of three turns on the dilemma; an inquiry follows a red line; a 'praise' card needs an
    even triangle and no red line; two red lines end the game ('scandal'), and so does a lopsided
    triangle in year 2; the top profile needs balance and no red line.

    `fixed`: every card at a fixed time (c0 to c3 in the first four turns, praise in the fifth), so a
    policy without chance plays every game alike; otherwise the cards come from the deck.
    """
    times = [(1, 1), (1, 2), (1, 3), (2, 1)]
    dilemmas = tuple(
        card(f"c{i}", options=dilemma(), at=times[i] if fixed else None) for i in range(4 if fixed else 6)
    )
    praise = card(
        "praise",
        options=(option("thank", {"w": 4}), option("publish", {"b": 4})),
        requires="balance >= 50 and lines_crossed == 0",
        at=(2, 2) if fixed else None,
        weight=3,
    )
    inquiry = card(
        "inquiry",
        options=(option("pay", {"w": -10}), option("resign", {"a": -10}), option("deny", {"b": -10})),
        scheduled_only=True,
    )
    subject = scenario(
        (praise, *dilemmas, inquiry) if fixed else (*dilemmas, praise, inquiry),
        meters=(("w", 50), ("a", 50), ("b", 50)),
        endings=(
            outcome("scandal", "lines_crossed >= 2"),
            outcome("empty", "w <= 0"),
            outcome("stuck", "a <= 0"),
            outcome("banned", "b <= 0"),
            outcome("lopsided", "balance < 20 and year >= 2"),
        ),
        profiles=(
            outcome("builder", "balance >= 60 and lines_crossed == 0"),
            outcome("crosser", "lines_crossed >= 1"),
            outcome("manager", None),
        ),
    )
    return with_corners(subject, CORNER_OF)


def triangle_file(path: Path, **changes: Any) -> Path:
    """The triangle scenario as a file (JSON is YAML), with top-level keys changed by `changes`."""

    def words(value: str) -> dict[str, str]:
        return {"nl": value, "en": value}

    def choice(label: str, effects: dict[str, int], **more: Any) -> dict[str, Any]:
        return {"label": words(label), "effects": effects, **more, "feedback": words(f"After {label}.")}

    options = [
        choice("build", {"w": 8, "a": -6}, serves=["strategy"], harms=["capacity"]),
        choice("train", {"a": 8, "b": -6}, serves=["capacity"]),
        choice("explain", {"b": 8, "w": -6}, serves=["legitimacy"]),
        choice(
            "hush",
            {"w": 5, "a": 5, "b": 5},
            serves=["capacity"],
            harms=["legitimacy"],
            red_line=words("A breach kept quiet"),
            then=[{"card": "inquiry", "after": 2}],
        ),
    ]

    def deck_card(card_id: str, choices: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
        return {
            "id": card_id,
            "speaker": words("Alderman"),
            "title": words(card_id),
            "text": words(f"The case of {card_id}."),
            "themes": ["work"],
            **more,
            "options": choices,
        }

    def ending(outcome_id: str, when: str | None) -> dict[str, Any]:
        data: dict[str, Any] = {"id": outcome_id, "title": words(outcome_id), "text": words(f"{outcome_id}.")}
        if when is not None:
            data["when"] = when
        return data

    data: dict[str, Any] = {
        "format": 1,
        "id": "triangle",
        "title": words("Triangle"),
        "intro": words("A small trial."),
        "languages": ["nl", "en"],
        "years": 2,
        "turns_per_year": 3,
        "meters": {
            meter_id: {"name": words(meter_id), "start": 50, "corner": corner}
            for meter_id, corner in CORNER_OF.items()
        },
        "themes": {"work": words("Work")},
        "cards": [
            *(deck_card(f"c{i}", options) for i in range(6)),
            deck_card(
                "inquiry",
                [
                    choice("pay", {"w": -10}),
                    choice("resign", {"a": -10}),
                    choice("deny", {"b": -10}),
                ],
                scheduled_only=True,
            ),
        ],
        "endings": [
            ending("scandal", "lines_crossed >= 2"),
            ending("empty", "w <= 0"),
            ending("stuck", "a <= 0"),
            ending("banned", "b <= 0"),
            ending("lopsided", "balance < 20 and year >= 2"),
        ],
        "profiles": [
            ending("builder", "balance >= 60 and lines_crossed == 0"),
            ending("crosser", "lines_crossed >= 1"),
            ending("manager", None),
        ],
    }
    data.update(changes)
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


def decisions(subject: Scenario, policy: Policy, games: int = 10) -> Iterator[tuple[Game, Card, int]]:
    """Every choice `policy` makes in `games` games of `subject`, with the game and card before it."""
    for seed in range(games):
        game = Game(subject, seed)
        while not game.finished:
            current = game.current_card
            assert current is not None
            choice = policy(game)
            yield game, current, choice
            game.choose(choice)
