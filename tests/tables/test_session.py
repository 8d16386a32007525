"""The tables' room without HTTP: devices bound to tables, majority, ties, confirm, rounds, free pace."""

from __future__ import annotations

import pytest

from game.tables.model import MAX_DEVICES, MAX_TABLES, MIN_TABLES, TABLE_NAMES, table_name
from game.tables.session import TablesSession
from tests.tables.rooms import example, seated, small


def test_three_tables_with_two_devices_each_play_a_whole_term_in_rounds_by_their_own_majority() -> None:
    session = TablesSession(example(), 11, 3)
    devices = seated(session, 2)
    chosen: dict[int, list[int]] = {table: [] for table in session.table_ids}
    rounds = 0
    while not session.finished:
        rounds += 1
        assert rounds < 200
        assert session.round == rounds
        for table in session.table_ids:
            view = session.table(table)
            if view.card is None:
                assert view.finished
                continue
            cards = len(session.game(table).scenario.card(view.card).options)
            option = (table + view.decisions) % cards  # each table its own road
            first, second = devices[table]
            assert session.vote(first, table, view.card, option) == "counted"
            waiting = session.table(table)
            assert waiting.card == view.card and waiting.votes[option] == 1 and not waiting.decided_this_round
            assert session.vote(second, table, view.card, option) == "counted"
            chosen[table].append(option)
            after = session.table(table)
            if not session.finished and session.round == rounds:
                # Decided, waiting for the other tables: no card, no votes taken.
                assert after.decided_this_round and after.card is None
                assert session.vote(first, table, view.card, option) == "closed"
    for table in session.table_ids:
        game = session.game(table)
        assert [record.option for record in game.state.choices] == chosen[table]
        assert all(record.votes is not None and sum(record.votes) == 2 for record in game.state.choices)
        assert game.finished and session.table(table).finished
    round_ends = [event for event in session.events if event.get("action") == "round_end"]
    assert all(event["by"] == "all" and event["behind"] == [] for event in round_ends)


def test_the_same_seed_shows_every_table_the_same_first_card() -> None:
    session = TablesSession(example(), 5, 4)
    assert len({session.table(table).card for table in session.table_ids}) == 1
    assert [session.table(table).name for table in session.table_ids] == list(TABLE_NAMES["nl"][:4])
    assert table_name(3, "en") == "Table 3"


def test_a_device_is_bound_to_its_table_and_cannot_vote_for_another() -> None:
    session = TablesSession(small(), 1, 2)
    assert session.join("x", 1) == "joined"
    assert session.join("x", 1) == "joined"  # a reload
    assert session.join("x", 2) == "bound"
    assert session.join("x", 9) == "no_such_table"
    assert session.table_of("x") == 1 and session.table_of("y") is None
    card = session.table(2).card
    assert card is not None
    assert session.vote("x", 2, card, 0) == "other_table"
    assert session.confirm("x", 2, card, 0) == "other_table"
    assert session.vote("y", 1, card, 0) == "unknown_device"
    assert session.vote("x", 1, "c23", 0) == "stale"
    assert session.vote("x", 1, card, 3) == "bad_option"
    assert session.vote("x", 1, card, -1) == "bad_option"
    assert session.table(2).votes == (0, 0, 0) and session.table(2).decisions == 0
    joins = [event for event in session.events if event.get("action") == "join"]
    assert joins == [{"kind": "tables", "action": "join", "table": 1, "device": 1}]  # never the cookie id


def test_a_table_is_full_at_its_devices_limit() -> None:
    session = TablesSession(small(), 1, MIN_TABLES)
    for number in range(MAX_DEVICES):
        assert session.join(f"d{number}", 1) == "joined"
    assert session.join("one more", 1) == "full"
    assert session.join("one more", 2) == "joined"


@pytest.mark.parametrize("tables", [MIN_TABLES - 1, MAX_TABLES + 1])
def test_two_to_eight_tables(tables: int) -> None:
    with pytest.raises(ValueError, match="tables"):
        TablesSession(small(), 1, tables)


def test_a_table_with_one_device_decides_on_its_confirm() -> None:
    session = TablesSession(small(), 1, 2, "free")
    session.join("solo", 1)
    assert session.vote("solo", 1, "c11", 1) == "counted"
    assert session.table(1).card == "c11" and session.vote_of("solo") == 1  # a tap alone does not decide
    assert session.confirm("solo", 1, "c11", 2) == "counted"
    view = session.table(1)
    assert view.card == "c12" and view.last == ("c11", 2)
    decide = [event for event in session.events if event.get("action") == "decide"]
    assert decide == [
        {
            "kind": "tables",
            "action": "decide",
            "table": 1,
            "card": "c11",
            "option": 3,
            "votes": [0, 0, 1],
            "by": "confirm",
        }
    ]


def test_a_confirm_at_a_table_of_several_devices_is_a_vote() -> None:
    session = TablesSession(small(), 1, 2, "free")
    seated(session, 2)
    assert session.confirm("1a", 1, "c11", 0) == "counted"
    assert session.table(1).card == "c11"
    session.confirm("1b", 1, "c11", 0)
    assert session.table(1).last == ("c11", 0)


def test_a_tie_is_shown_to_the_table_and_a_new_vote_resolves_it() -> None:
    session = TablesSession(small(), 1, 2, "free")
    seated(session, 3)
    session.vote("1a", 1, "c11", 0)
    session.vote("1b", 1, "c11", 2)
    assert session.table(1).tie == ()  # not everyone has voted yet
    session.vote("1c", 1, "c11", 1)
    view = session.table(1)
    assert view.tie == (0, 1, 2) and view.card == "c11" and view.votes == (1, 1, 1)
    assert session.events[-1] == {
        "kind": "tables",
        "action": "tie",
        "table": 1,
        "card": "c11",
        "options": [1, 2, 3],
    }
    assert session.table(2).tie == ()  # another table sees nothing of it
    session.vote("1c", 1, "c11", 2)
    view = session.table(1)
    assert view.last == ("c11", 2) and view.tie == () and view.card == "c12"
    decide = next(event for event in session.events if event.get("action") == "decide")
    assert decide["by"] == "tie" and decide["votes"] == [1, 0, 2]


def test_the_facilitator_ends_a_round_tables_with_votes_decide_and_one_without_is_behind() -> None:
    session = TablesSession(small(), 1, 3)
    seated(session, 2)
    session.vote("1a", 1, "c11", 1)  # one vote of two: decides by it
    session.vote("2a", 2, "c11", 2)
    session.vote("2b", 2, "c11", 1)  # a tie: the lowest option
    assert session.table(2).tie == (1, 2)
    events = session.end_round()
    assert session.round == 2
    assert session.table(1).last == ("c11", 1) and session.table(2).last == ("c11", 1)
    third = session.table(3)
    assert third.card == "c11" and third.behind and third.decisions == 0
    assert [event["by"] for event in events if event.get("action") == "decide"] == ["facilitator"] * 2
    assert events[-1] == {
        "kind": "tables",
        "action": "round_end",
        "round": 1,
        "by": "facilitator",
        "behind": [3],
    }
    assert not session.table(1).behind and not session.table(1).decided_this_round
    assert session.table(1).card == "c12"
    # The next round: the table behind decides its old card, the others their next one.
    for table, card in ((1, "c12"), (2, "c12"), (3, "c11")):
        for device in ("a", "b"):
            session.vote(f"{table}{device}", table, card, 0)
    assert session.round == 3
    assert session.table(3).behind and session.table(3).card == "c12"


def test_a_round_ended_without_any_votes_changes_no_game() -> None:
    session = TablesSession(small(), 1, 2)
    session.end_round()
    assert session.round == 2
    assert all(view.decisions == 0 and view.behind and view.card == "c11" for view in session.tables())


def test_in_free_pace_a_table_goes_on_at_once() -> None:
    session = TablesSession(small(), 1, 2, "free")
    seated(session, 2)
    for card in ("c11", "c12", "c13"):
        session.vote("1a", 1, card, 0)
        session.vote("1b", 1, card, 0)
    assert session.table(1).card == "c21" and session.table(2).card == "c11"
    assert session.round == 1 and not session.table(2).behind and not session.table(1).decided_this_round


def test_ending_a_round_after_every_game_is_over_does_nothing() -> None:
    session = TablesSession(small(), 1, 2)
    seated(session, 1)
    while not session.finished:
        for table in session.table_ids:
            card = session.table(table).card
            if card is not None:
                session.confirm(f"{table}a", table, card, 0)
    rounds, events = session.round, len(session.events)
    assert rounds == 7  # six cards, each round ended by the tables
    assert session.end_round() == [] and session.round == rounds and len(session.events) == events


def test_a_device_gone_quiet_is_not_waited_for() -> None:
    session = TablesSession(small(), 1, 2, "free", presence_seconds=30)
    for device in ("1a", "1b", "1c"):
        session.join(device, 1, now=0)
    session.vote("1a", 1, "c11", 0, now=10)
    session.vote("1b", 1, "c11", 0, now=20)
    session.touch("1a", 30)
    assert session.tick(30) == [] and session.table(1).card == "c11"  # 1c, seen at 0, still counts
    events = session.tick(31)
    assert any(event.get("action") == "decide" for event in events)
    assert session.table(1).last == ("c11", 0) and session.table(1).present == 2
