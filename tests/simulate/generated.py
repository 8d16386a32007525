"""Random valid scenarios from a seed, for holding the fast path to the engine: follow-ups (`then`), fixed
cards (`at`), flags set and read, conditions on meters, flags, the calendar and the game figures,
several years, year-end effects, red lines, serves and harms (or the themes' corners), several endings
and profiles, repeatable, scheduled-only and weighted cards, and meters with their own ranges."""

from __future__ import annotations

import random
from dataclasses import replace
from types import MappingProxyType

from game.core.corners import CORNERS
from game.core.model import Card, Meter, Option, Scenario, Theme
from tests.core.factories import card, option, outcome, scenario, text

FLAGS = ("f0", "f1", "f2", "f3")
DELTAS = (-30, -20, -12, -8, -5, -3, -1, 0, 2, 4, 6, 10, 15, 25, 2.5, -7.5, 0.1, -0.3)


def generated_scenario(seed: int) -> Scenario:
    """A scenario the engine accepts (as the loader would build it), different for every seed."""
    pick = random.Random(seed)
    meters = _meters(pick)
    meter_ids = [meter.id for meter in meters]
    years, turns = pick.randint(1, 3), pick.randint(1, 5)
    count = pick.randint(2, 9)
    card_ids = [f"c{index}" for index in range(count)]
    scheduled = {card_id for card_id in card_ids if pick.random() < 0.2}
    themed = pick.random() < 0.3  # options say nothing: the triangle follows the themes' corners
    cards = []
    for card_id in card_ids:
        options = tuple(
            _option(pick, meter_ids, card_ids, scheduled, themed) for _ in range(pick.randint(1, 4))
        )
        at = (pick.randint(1, years), pick.randint(1, turns)) if pick.random() < 0.2 else None
        cards.append(
            card(
                card_id,
                options=options,
                requires=_condition(pick, meter_ids) if pick.random() < 0.3 else None,
                weight=pick.choice((1, 1, 1, 2, 3, 0.5)),
                at=at,
                scheduled_only=card_id in scheduled and at is None,
                repeatable=pick.random() < 0.2,
                themes=tuple(pick.sample(("t0", "t1", "t2", "t3"), pick.randint(0, 2))),
            )
        )
    endings = tuple(
        outcome(f"e{index}", _condition(pick, meter_ids, ending=True)) for index in range(pick.randint(0, 3))
    )
    profiles = [outcome(f"p{index}", _condition(pick, meter_ids)) for index in range(pick.randint(0, 3))]
    if profiles and pick.random() < 0.5:
        profiles[-1] = outcome(profiles[-1].id, None)
    year_end = {meter_id: pick.choice(DELTAS) for meter_id in meter_ids if pick.random() < 0.4}
    subject = scenario(
        tuple(cards),
        years=years,
        turns_per_year=turns,
        year_end=year_end,
        endings=endings,
        profiles=tuple(profiles),
    )
    themes = tuple(
        Theme(theme_id, text(theme_id), pick.choice((*CORNERS, None))) for theme_id in ("t0", "t1", "t2")
    )
    return replace(subject, id=f"generated-{seed}", meters=meters, themes=themes)


def _meters(pick: random.Random) -> tuple[Meter, ...]:
    meters = []
    for index in range(pick.randint(1, 4)):
        low, high = pick.choice(((0, 100), (0, 100), (0, 100), (-20, 50), (0, 10), (5.5, 60)))
        start = pick.choice((low + (high - low) / 2, low + 3, high - 3, high + 10, 50))  # clamped when out
        meters.append(Meter(f"m{index}", text(f"m{index}"), start, low, high))
    return tuple(meters)


def _option(
    pick: random.Random, meter_ids: list[str], card_ids: list[str], scheduled: set[str], themed: bool
) -> Option:
    effects = {meter_id: pick.choice(DELTAS) for meter_id in meter_ids if pick.random() < 0.7}
    sets = tuple(flag for flag in FLAGS if pick.random() < 0.15)
    unsets = tuple(flag for flag in FLAGS if flag not in sets and pick.random() < 0.1)
    follow_ups = []
    for _ in range(2):
        if pick.random() < 0.25:
            targets = sorted(scheduled) if scheduled and pick.random() < 0.7 else card_ids
            follow_ups.append((pick.choice(targets), pick.randint(1, 3)))
    made = option(
        f"o{pick.random():.3f}", effects, set_flags=sets, unset_flags=unsets, then=tuple(follow_ups)
    )
    if themed:
        return made
    serves = tuple(corner for corner in CORNERS if pick.random() < 0.3)
    harms = tuple(corner for corner in CORNERS if corner not in serves and pick.random() < 0.2)
    red = text("a red line") if pick.random() < 0.15 else None
    return replace(made, serves=serves, harms=harms, red_line=red)


def _condition(pick: random.Random, meter_ids: list[str], ending: bool = False, depth: int = 0) -> str:
    """A condition that holds now and then: a meter near its ends, flags, the calendar, the figures."""
    roll = pick.random()
    if depth < 2 and roll < 0.3:
        operator = pick.choice(("and", "or"))
        left = _condition(pick, meter_ids, ending, depth + 1)
        right = _condition(pick, meter_ids, ending, depth + 1)
        return f"({left}) {operator} ({right})"
    if depth < 2 and roll < 0.38:
        return f"not ({_condition(pick, meter_ids, ending, depth + 1)})"
    meter = pick.choice(meter_ids)
    atoms = [
        f"{meter} <= {pick.choice((0, 5, 10, 20, 30))}",
        f"{meter} >= {pick.choice((45, 60, 70, 90, 100))}",
        f"{meter} {pick.choice(('<', '>', '==', '!='))} {pick.choice((0, 10, 47, 50, 53, 100))}",
        pick.choice(FLAGS),
        f"not {pick.choice(FLAGS)}",
        f"{pick.choice(FLAGS)} == {pick.choice(('true', 'false'))}",
        f"year >= {pick.randint(1, 3)}",
        f"turn {pick.choice(('==', '<=', '>'))} {pick.randint(1, 4)}",
        f"lines_crossed >= {pick.randint(1, 2)}",
        f"balance {pick.choice(('<', '>=', '=='))} {pick.choice((0, 20, 40, 60, 100))}",
    ]
    weights = [4, 4, 2, 3, 2, 1, 1, 1, 1, 1] if ending else [3, 3, 2, 4, 2, 1, 2, 2, 1, 2]
    return pick.choices(atoms, weights)[0]


def describe(subject: Scenario) -> str:
    """The rules of a generated scenario in a few lines, for a failure message."""
    lines = [
        f"{subject.id}: {subject.years} years of {subject.turns_per_year} turns; meters "
        + ", ".join(f"{m.id} {m.start} in [{m.minimum}, {m.maximum}]" for m in subject.meters)
        + f"; year end {dict(subject.year_end_effects)}"
    ]
    for item in subject.cards:
        lines.append(f"  {_card_line(item)}")
    for kind, outcomes in (("ending", subject.endings), ("profile", subject.profiles)):
        for result in outcomes:
            lines.append(f"  {kind} {result.id}: {result.when.source if result.when else 'always'}")
    return "\n".join(lines)


def _card_line(item: Card) -> str:
    extras = [
        f"requires {item.requires.source!r}" if item.requires else "",
        f"at {item.at.year}/{item.at.turn}" if item.at else "",
        "scheduled only" if item.scheduled_only else "",
        "repeatable" if item.repeatable else "",
        f"weight {item.weight}" if item.weight != 1 else "",
    ]
    options = "; ".join(
        f"{dict(MappingProxyType(choice.effects))} +{list(choice.set_flags)} -{list(choice.unset_flags)}"
        f" then {[(f.card, f.after) for f in choice.then]} serves {list(choice.serves)} harms "
        f"{list(choice.harms)}{' RED' if choice.red_line else ''}"
        for choice in item.options
    )
    return f"{item.id} ({', '.join(extra for extra in extras if extra)}): {options}"
