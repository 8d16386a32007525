"""The tables compared: meters over the term, triangles, the cards decided differently, two roads."""

from __future__ import annotations

from game.tables.compare import tables_compared
from game.tables.session import TablesSession
from tests.core.factories import card, option, outcome, scenario
from tests.tables.rooms import example, seated, small


def played(session: TablesSession, policy: dict[int, int]) -> TablesSession:
    """Every table with one device confirms its policy's option on every card, to the end."""
    seated(session, 1)
    while not session.finished:
        for table, choice in policy.items():
            view = session.table(table)
            if view.card is not None:
                options = len(session.game(table).scenario.card(view.card).options)
                assert session.confirm(f"{table}a", table, view.card, min(choice, options - 1)) == "counted"
    return session


def test_the_cards_the_tables_decided_differently_with_what_followed() -> None:
    session = played(TablesSession(small(), 1, 3, "free"), {1: 0, 2: 1, 3: 0})
    comparison = tables_compared(session)
    assert [difference.card for difference in comparison.differences] == [
        "c11",
        "c12",
        "c13",
        "c21",
        "c22",
        "c23",
    ]
    first = comparison.differences[0]
    assert {table: branch.option for table, branch in first.branches.items()} == {1: 0, 2: 1, 3: 0}
    assert first.branches[1].meters_after == {"a": 55, "b": 50}
    assert first.branches[2].meters_after == {"a": 50, "b": 55}
    last = comparison.differences[-1]
    assert last.branches[1].decision == 5 and last.branches[3].meters_after == {"a": 80, "b": 50}
    run = comparison.run(2)
    assert run.name == "Tafel 2" and len(run.choices) == 6
    assert run.history[0].meters == {"a": 50, "b": 50} and run.history[-1].meters == {"a": 50, "b": 80}
    road = comparison.road(1, 3)
    assert len(road) == 6 and all(step.same for step in road)
    assert not any(step.same for step in comparison.road(1, 2))


def test_tables_that_chose_alike_have_no_differences_and_a_triangle_each() -> None:
    session = played(TablesSession(example(), 8, 2, "free"), {1: 0, 2: 0})
    comparison = tables_compared(session)
    assert comparison.differences == ()
    one, two = comparison.tables
    assert one.triangle == two.triangle and one.triangle is not None
    assert abs(sum(one.triangle.values()) - 1) < 1e-9
    assert one.ending == two.ending and one.profile == two.profile


def test_roads_apart_a_card_one_table_never_saw_and_a_game_that_ended_early() -> None:
    # Option "b" ends the game at once; option "a" schedules a card only that table sees.
    cards = (
        card("start", (option("a", {"a": 1}, then=(("only_a", 1),)), option("b", {"a": -60})), at=(1, 1)),
        card("only_a", scheduled_only=True),
        card("filler", repeatable=True),
    )
    game_scenario = scenario(cards, endings=(outcome("broke", "a <= 0"),))
    session = played(TablesSession(game_scenario, 1, 2, "free"), {1: 0, 2: 1})
    comparison = tables_compared(session)
    assert [difference.card for difference in comparison.differences] == ["start"]
    assert comparison.run(2).ending == "broke" and len(comparison.run(2).choices) == 1
    road = comparison.road(1, 2)
    assert road[1].a is not None and road[1].a.card == "only_a" and road[1].b is None
    assert len(road) == len(comparison.run(1).choices)
