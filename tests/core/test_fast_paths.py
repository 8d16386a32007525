"""The engine's fast paths give exactly what the plain rules give: compiled conditions and the deck draw."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.conditions import parse_condition
from game.core.deck import Deck, DeckEntry
from game.core.model import Card
from game.core.rng import SeededRandom
from tests.core.factories import card

METERS = ("a", "b", "turn")  # a meter named like a keyword wins, as in the engine
NAMES = (*METERS, "year", "turn", "f", "g")

atoms = st.one_of(
    st.sampled_from(NAMES),
    st.integers(-5, 120).map(str),
    st.sampled_from(["true", "false", "2.5", "-3"]),
)


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(children, st.sampled_from(["and", "or"]), children).map(" ".join),
        children.map(lambda text: f"not {text}"),
        children.map(lambda text: f"({text})"),
        st.tuples(atoms, st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), atoms).map(" ".join),
    )


conditions = st.recursive(atoms, _combine, max_leaves=8)
values = st.one_of(st.integers(-10, 110), st.floats(-10, 110, allow_nan=False))


@settings(max_examples=400, deadline=None)
@given(
    source=conditions,
    meters=st.fixed_dictionaries({name: values for name in METERS}),
    flags=st.sets(st.sampled_from(["f", "g"])),
    year=st.integers(1, 5),
    turn=st.integers(1, 8),
)
def test_a_compiled_condition_agrees_with_the_parsed_tree(
    source: str, meters: dict[str, float], flags: set[str], year: int, turn: int
) -> None:
    condition = parse_condition(source)

    def lookup(name: str) -> float | bool:  # how the engine resolves a name
        if name in meters:
            return meters[name]
        if name == "year":
            return year
        if name == "turn":
            return turn
        return name in flags

    assert condition.compile(METERS)(meters, flags, year, turn) is condition.holds(lookup)


def reference_draw(
    entries: list[DeckEntry], played: set[str], rng: SeededRandom, meters: dict[str, float], flags: set[str]
) -> str | None:
    """The engine's original deck draw: filter in scenario order, then a weighted pick by a plain loop."""
    eligible = [
        entry.card
        for entry in entries
        if (entry.card.repeatable or entry.card.id not in played)
        and (
            entry.card.requires is None
            or entry.card.requires.holds(lambda name: meters.get(name, name in flags))
        )
    ]
    if not eligible:
        return None
    return reference_weighted_choice(rng, eligible, [c.weight for c in eligible]).id


def reference_weighted_choice(rng: SeededRandom, items: list[Card], weights: list[float]) -> Card:
    """The original draw: one random() scaled by the sequential sum, then walk the running sums."""
    total = 0.0
    for weight in weights:
        total += weight
    point = rng.random() * total
    running = 0.0
    for item, weight in zip(items, weights, strict=True):
        running += weight
        if point < running:
            return item
    return items[-1]


deck_cards = st.lists(
    st.tuples(
        st.one_of(st.integers(1, 5), st.sampled_from([0.5, 1.5, 2.25, 0.1])),
        st.sampled_from([None, "f", "not f", "a > 50", "a <= 30 or g"]),
        st.booleans(),
    ),
    min_size=0,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(
    specs=deck_cards,
    played=st.sets(st.integers(0, 11)),
    a=st.integers(0, 100),
    flags=st.sets(st.sampled_from(["f", "g"])),
    seed=st.integers(0, 2**32),
    whole=st.booleans(),
)
def test_the_deck_draws_exactly_what_the_original_draw_draws(
    specs: list[tuple[float, str | None, bool]],
    played: set[int],
    a: int,
    flags: set[str],
    seed: int,
    whole: bool,
) -> None:
    if whole:
        specs = [(max(1, round(weight)), requires, repeatable) for weight, requires, repeatable in specs]
    cards = [
        card(f"c{index}", weight=weight, requires=requires, repeatable=repeatable)
        for index, (weight, requires, repeatable) in enumerate(specs)
    ]
    entries = [
        DeckEntry(item, item.weight, None if item.requires is None else item.requires.compile(["a"]))
        for item in cards
    ]
    played_ids = {f"c{index}" for index in played}
    meters = {"a": float(a)}
    deck = Deck(entries)
    for card_id in sorted(played_ids):
        deck.remove(card_id)
    ours, theirs = SeededRandom(seed), SeededRandom(seed)
    for _ in range(3):
        drawn = deck.draw(ours, meters, flags, 1, 1)
        expected = reference_draw(entries, played_ids, theirs, meters, flags)
        assert (None if drawn is None else drawn.id) == expected
        assert ours.get_state() == theirs.get_state()
        if drawn is not None:
            deck.remove(drawn.id)
            played_ids.add(drawn.id)
    copy = deck.copy()
    twin = copy.draw(SeededRandom(seed), meters, flags, 1, 1)
    assert twin == deck.draw(SeededRandom(seed), meters, flags, 1, 1)
