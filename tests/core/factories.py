"""Compact builders for scenarios in core tests, so each test shows only what it is about."""

from __future__ import annotations

from types import MappingProxyType

from game.core.conditions import parse_condition
from game.core.model import Card, FixedTime, FollowUp, Meter, Option, Outcome, Scenario, Text


def text(value: str) -> Text:
    return Text(MappingProxyType({"nl": value, "en": value}))


def option(
    label: str = "ok",
    effects: dict[str, float] | None = None,
    set_flags: tuple[str, ...] = (),
    unset_flags: tuple[str, ...] = (),
    then: tuple[tuple[str, int], ...] = (),
) -> Option:
    return Option(
        label=text(label),
        effects=MappingProxyType(dict(effects or {})),
        set_flags=set_flags,
        unset_flags=unset_flags,
        then=tuple(FollowUp(card, after) for card, after in then),
        feedback=text(f"feedback {label}"),
    )


def card(
    card_id: str,
    options: tuple[Option, ...] | None = None,
    requires: str | None = None,
    weight: float = 1,
    at: tuple[int, int] | None = None,
    scheduled_only: bool = False,
    repeatable: bool = False,
    themes: tuple[str, ...] = ("t",),
) -> Card:
    return Card(
        id=card_id,
        speaker=text("speaker"),
        title=text(card_id),
        text=text(f"text of {card_id}"),
        themes=themes,
        options=options or (option("a"), option("b")),
        requires=parse_condition(requires) if requires else None,
        weight=weight,
        at=FixedTime(*at) if at else None,
        scheduled_only=scheduled_only,
        repeatable=repeatable,
    )


def outcome(outcome_id: str, when: str | None) -> Outcome:
    return Outcome(outcome_id, text(outcome_id), text(outcome_id), parse_condition(when) if when else None)


def scenario(
    cards: tuple[Card, ...],
    years: int = 2,
    turns_per_year: int = 3,
    meters: tuple[tuple[str, float], ...] = (("a", 50), ("b", 50)),
    year_end: dict[str, float] | None = None,
    endings: tuple[Outcome, ...] = (),
    profiles: tuple[Outcome, ...] = (),
) -> Scenario:
    return Scenario(
        id="test",
        title=text("Test"),
        intro=text("Intro"),
        languages=("nl", "en"),
        years=years,
        turns_per_year=turns_per_year,
        start_year=2027,
        meters=tuple(Meter(meter_id, text(meter_id), start) for meter_id, start in meters),
        themes=(),
        cards=cards,
        year_end_effects=MappingProxyType(dict(year_end or {})),
        endings=endings,
        profiles=profiles,
    )
