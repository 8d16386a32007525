"""Random action sequences in a tables room never raise, keep every table to its own devices, and a
restore from the events is the same session."""

from __future__ import annotations

import dataclasses
import json

from hypothesis import given
from hypothesis import strategies as st

from game.tables.model import VoteResult
from game.tables.session import TablesSession
from tests.fuzz.budget import fuzz
from tests.tables.rooms import small

DEVICES = ("d1", "d2", "d3", "d4", "d5")
CARDS = ("c11", "c12", "c13", "c21", "c22", "c23", "nope")
actions = st.lists(
    st.one_of(
        st.tuples(st.just("join"), st.sampled_from(DEVICES), st.integers(0, 4)),
        st.tuples(
            st.sampled_from(["vote", "confirm"]),
            st.sampled_from(DEVICES),
            st.just(-1) | st.just(-1) | st.just(-1) | st.integers(0, 4),  # -1: its own table
            st.sampled_from(CARDS) | st.just("current") | st.just("current") | st.just("current"),
            st.integers(-1, 3),
        ),
        st.tuples(st.just("end_round")),
        st.tuples(st.just("tick"), st.integers(0, 100)),
    ),
    min_size=4,
    max_size=60,
)


@fuzz()
@given(
    actions=actions,
    seats=st.lists(st.integers(1, 4), min_size=len(DEVICES), max_size=len(DEVICES)),
    tables=st.integers(2, 4),
    pace=st.sampled_from(["rounds", "free"]),
    seed=st.integers(0, 9),
)
def test_random_actions_never_raise_and_restore_the_same_session(
    actions: list[tuple[object, ...]], seats: list[int], tables: int, pace: str, seed: int
) -> None:
    session = TablesSession(
        small(), seed, tables, "free" if pace == "free" else "rounds", presence_seconds=30
    )
    for name, seat in zip(DEVICES, seats, strict=True):
        assert session.join(name, (seat - 1) % tables + 1) == "joined"
    now = 0
    for action in actions:
        kind = action[0]
        if kind == "join":
            _, device, table = action
            assert isinstance(device, str) and isinstance(table, int)
            bound = session.table_of(device)
            joined = session.join(device, table, now)
            assert (joined == "bound") == (
                bound is not None and bound != table and table in session.table_ids
            )
        elif kind in ("vote", "confirm"):
            _, device, table, card, option = action
            assert isinstance(device, str) and isinstance(table, int) and isinstance(option, int)
            table = session.table_of(device) or 1 if table == -1 else table
            if card == "current":
                card = session.table(table).card if table in session.table_ids else "c11"
            before = session.table(table).decisions if table in session.table_ids else 0
            act = session.vote if kind == "vote" else session.confirm
            voted: VoteResult = act(device, table, str(card), option, now)
            if voted != "counted":
                assert table not in session.table_ids or session.table(table).decisions == before
            if session.table_of(device) not in (None, table):
                assert voted == "other_table"
        elif kind == "end_round":
            session.end_round()
        else:
            step = action[1]
            assert isinstance(step, int)
            now += step
            session.tick(now)
    for event in session.events:
        if event.get("action") in ("vote", "confirm", "decide"):
            voter = event.get("device")
            assert voter is None or any(
                join.get("device") == voter and join["table"] == event["table"]
                for join in session.events
                if join.get("action") == "join"
            )
    restored = TablesSession.restore(
        small(), seed, tables, session.pace, json.loads(json.dumps(session.events))
    )
    assert restored.events == session.events and restored.round == session.round

    def absent(table: int) -> object:
        return dataclasses.replace(session.table(table), present=0)

    assert [dataclasses.replace(view, present=0) for view in restored.tables()] == [
        absent(table) for table in session.table_ids
    ]
