"""The tables' room: one core Game per table (same scenario, same seed), devices bound to tables, votes,
a one-device table's confirm, rounds led by the facilitator or free pace, and restore from the log.

Devices. A device (the server's cookie id, any string) joins one table and stays bound to it for the
session; the session numbers devices 1, 2, ... in the order they join. The log keeps only that number,
never the cookie id. `restore` brings back every binding by number as a device without an id that is
never present (its votes on the open card still count); a device that comes back after a restore
joins again by its cookie and gets a new number (the server maps cookies only while it runs).

Presence. Pure: nothing reads a clock. Every action takes `now` (seconds, any monotonic clock of the
caller's); with `presence_seconds` set, a device not seen (join, vote, confirm, `touch`) within that many
seconds of the latest `now` is absent. Without it every device with an id is present. `tick(now)`
settles tables whose remaining present devices have all voted.

Rounds ("rounds" pace): a table that decided waits (its view's card is None) until every unfinished
table decided, or the facilitator calls `end_round()` (a table with votes decides by them, a tie going
to the lowest option; a table without votes keeps its card and is `behind`). In "free" pace a table
goes on at once; `end_round()` still decides the tables with votes, and `close_table` decides one
table's card whose time ran out (the caller keeps the time: nothing here reads a clock). A rehearsal
passes a `fallback` option to both, so a table without votes decides it too (`"by": "lowest"`).

Events. `events` holds, in order, the room's events, dicts `{"kind": "tables", "action": ..., ...}`
(start, join, vote, confirm, tie, decide, round_end; a table's own carry `"table": id`, options count
from 1) and every table's core Game events with `"table": id` added. Actions that decide return the
new events; `len(events)` grows on every change (the server wakes its streams on it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from game.core.engine import Game
from game.core.model import Scenario
from game.errors import GameError, Phrase
from game.tables.model import (
    MAX_DEVICES,
    MAX_TABLES,
    MAX_VOTES_PER_CARD,
    MIN_TABLES,
    PACES,
    JoinResult,
    Pace,
    TableId,
    TableView,
    VoteResult,
    table_name,
)
from game.tables.votes import Ballot

KIND = "tables"
DECIDED_BY = ("majority", "tie", "confirm", "facilitator", "lowest")  # a "decide" event's "by"
ROUND_ENDS = ("all", "facilitator")  # a "round_end" event's "by"


class TablesRestoreError(GameError):
    """Logged events that do not make a tables session (damaged, or of another scenario or seed)."""


@dataclass
class _Device:
    number: int
    table: TableId
    seen: float | None  # None: restored from the log without its id, never present


@dataclass
class _Table:
    id: TableId
    name: str
    game: Game
    ballot: Ballot | None = None
    decided: bool = False  # in this round (rounds pace)
    logged: int = 0  # how many of the game's events are in the session's events


class TablesSession:
    """Several tables, each its own game of one scenario with one seed, in one room."""

    def __init__(
        self,
        scenario: Scenario,
        seed: int,
        tables: int,
        pace: Pace = "rounds",
        *,
        lang: str = "nl",
        names: Mapping[TableId, str] | None = None,
        presence_seconds: float | None = None,
    ) -> None:
        if not MIN_TABLES <= tables <= MAX_TABLES:
            raise ValueError(f"{tables} tables: a session has {MIN_TABLES} to {MAX_TABLES}")
        if pace not in PACES:
            raise ValueError(f"pace {pace!r}: expected one of {', '.join(PACES)}")
        self.scenario = scenario
        self.seed = seed
        self.pace: Pace = pace
        self.presence_seconds = presence_seconds
        self.round = 1
        self.events: list[dict[str, Any]] = []
        self._now = 0.0
        self._devices: dict[int, _Device] = {}
        self._ids: dict[str, int] = {}
        given = names or {}
        self._tables = {
            number: _Table(number, given.get(number) or table_name(number, lang), Game(scenario, seed))
            for number in range(1, tables + 1)
        }
        self._emit("start", tables=tables, pace=pace, seed=seed)
        for table in self._tables.values():
            self._log_game(table)

    # -- reading ---------------------------------------------------------------------

    @property
    def table_ids(self) -> tuple[TableId, ...]:
        return tuple(self._tables)

    @property
    def finished(self) -> bool:
        return all(table.game.finished for table in self._tables.values())

    def game(self, table_id: TableId) -> Game:
        """The table's core game (read it; act only through the session)."""
        return self._tables[table_id].game

    def table(self, table_id: TableId) -> TableView:
        table = self._tables[table_id]
        game, state = table.game, table.game.state
        waiting = self.pace == "rounds" and table.decided
        ballot = self._ballot(table) if not game.finished and not waiting else None
        last = state.choices[-1] if state.choices else None
        return TableView(
            id=table.id,
            name=table.name,
            card=None if ballot is None else ballot.card,
            finished=game.finished,
            ending=state.ending,
            profile=state.profile,
            meters=dict(state.meters),
            year=state.year,
            turn=state.turn,
            decided_this_round=waiting,
            behind=self._behind(table),
            devices=sum(1 for device in self._devices.values() if device.table == table.id),
            present=len(self._present(table.id)),
            votes=() if ballot is None else ballot.tally().counts,
            tie=() if ballot is None else ballot.tie,
            decisions=len(state.choices),
            last=None if last is None else (last.card, last.option),
        )

    def tables(self) -> tuple[TableView, ...]:
        return tuple(self.table(table_id) for table_id in self._tables)

    def table_of(self, device_id: str) -> TableId | None:
        number = self._ids.get(device_id)
        return None if number is None else self._devices[number].table

    def device_number(self, device_id: str) -> int | None:
        """The number the log knows the device by."""
        return self._ids.get(device_id)

    def vote_of(self, device_id: str) -> int | None:
        """The device's vote (0-based) on its table's open card, or None."""
        number = self._ids.get(device_id)
        if number is None:
            return None
        ballot = self._tables[self._devices[number].table].ballot
        return None if ballot is None else ballot.votes.get(number)

    # -- devices -----------------------------------------------------------------------

    def join(self, device_id: str, table_id: TableId, now: float | None = None) -> JoinResult:
        """Bind a device to a table; the same device joining its table again (a reload) is "joined"."""
        if table_id not in self._tables:
            return "no_such_table"
        self._clock(now)
        number = self._ids.get(device_id)
        if number is not None:
            device = self._devices[number]
            if device.table != table_id:
                return "bound"
            device.seen = self._now
            return "joined"
        # Present devices only: one gone for good (a browser that keeps no cookie makes a new device on
        # every reload) must not hold a place at its table for the rest of the session.
        if len(self._present(table_id)) >= MAX_DEVICES:
            return "full"
        number = len(self._devices) + 1
        self._devices[number] = _Device(number, table_id, self._now)
        self._ids[device_id] = number
        self._emit("join", table=table_id, device=number)
        return "joined"

    def touch(self, device_id: str, now: float) -> None:
        """The device is still there (its page asked for the state or holds its stream open)."""
        self._clock(now)
        number = self._ids.get(device_id)
        if number is not None:
            self._devices[number].seen = self._now

    def tick(self, now: float) -> list[dict[str, Any]]:
        """Time passed: decide the tables whose present devices have all voted; the new events."""
        start = len(self.events)
        self._clock(now)
        for table in self._tables.values():
            ballot = table.ballot
            if self._open(table) and ballot is not None:
                tie_before = ballot.tie
                self._settle(table, ballot.settle(self._present(table.id)), tie_before)
        return self.events[start:]

    # -- votes -----------------------------------------------------------------------

    def vote(
        self, device_id: str, table_id: TableId, card_id: str, option: int, now: float | None = None
    ) -> VoteResult:
        """A device's vote (option 0-based) on its table's card; it may decide the table's card."""
        refused = self._refusal(device_id, table_id, card_id, option)
        if refused is not None:
            return refused
        table, number = self._tables[table_id], self._ids[device_id]
        self._clock(now)
        self._devices[number].seen = self._now
        ballot = self._ballot(table)
        if ballot.cast_by.get(number, 0) >= MAX_VOTES_PER_CARD:
            return "too_many"
        self._emit("vote", table=table_id, device=number, card=card_id, option=option + 1)
        tie_before = ballot.tie
        self._settle(table, ballot.cast(number, option, self._present(table_id)), tie_before)
        return "counted"

    def confirm(
        self, device_id: str, table_id: TableId, card_id: str, option: int, now: float | None = None
    ) -> VoteResult:
        """The confirmed tap of a table's only present device decides its card; at a table with several
        present devices a confirm is a vote."""
        refused = self._refusal(device_id, table_id, card_id, option)
        if refused is not None:
            return refused
        self._clock(now)
        number = self._ids[device_id]
        self._devices[number].seen = self._now
        if self._present(table_id) != {number}:
            return self.vote(device_id, table_id, card_id, option, now)
        table = self._tables[table_id]
        self._ballot(table).votes[number] = option
        self._emit("confirm", table=table_id, device=number, card=card_id, option=option + 1)
        self._decide(table, option, "confirm")
        return "counted"

    def _refusal(self, device_id: str, table_id: TableId, card_id: str, option: int) -> VoteResult | None:
        number = self._ids.get(device_id)
        if number is None:
            return "unknown_device"
        if self._devices[number].table != table_id:
            return "other_table"
        table = self._tables[table_id]
        if not self._open(table):
            return "closed"
        card = table.game.current_card
        if card is None or card.id != card_id:
            return "stale"
        if isinstance(option, bool) or not 0 <= option < len(card.options):
            return "bad_option"
        return None

    # -- rounds ----------------------------------------------------------------------

    def end_round(self, fallback: int | None = None) -> list[dict[str, Any]]:
        """The facilitator ends the round: tables with votes decide by them (a tie: the lowest option),
        tables without keep their card, or with a `fallback` (0-based; a rehearsal's) decide that option
        (`"by": "lowest"`); every table then gets its next card. The new events (none when every table's
        game is over)."""
        start = len(self.events)
        if self.finished:
            return []
        for table in self._tables.values():
            if self._open(table):
                self._force(table, fallback, end_round=False)
        self._end_round("facilitator")
        return self.events[start:]

    def close_table(self, table_id: TableId, fallback: int | None = None) -> list[dict[str, Any]]:
        """A table's card is closed (free pace with a time per card): it decides by its votes, else by
        `fallback` (0-based, `"by": "lowest"`); without either it keeps its card. The new events."""
        start = len(self.events)
        table = self._tables[table_id]
        if self._open(table):
            self._force(table, fallback, end_round=True)
        return self.events[start:]

    def _force(self, table: _Table, fallback: int | None, end_round: bool) -> None:
        option = table.ballot.forced() if table.ballot is not None else None
        if option is not None:
            self._decide(table, option, "facilitator", end_round=end_round)
        elif fallback is not None:
            card = table.game.current_card
            assert card is not None, "an open table has a card"
            self._decide(table, min(max(fallback, 0), len(card.options) - 1), "lowest", end_round=end_round)

    def _end_round(self, by: str) -> None:
        behind = [table.id for table in self._tables.values() if self._open(table)]
        self._emit("round_end", round=self.round, by=by, behind=behind)
        self.round += 1
        for table in self._tables.values():
            table.decided = False

    # -- restore ---------------------------------------------------------------------

    @classmethod
    def restore(
        cls,
        scenario: Scenario,
        seed: int,
        tables: int,
        pace: Pace,
        events: Iterable[Mapping[str, Any]],
        **options: Any,
    ) -> TablesSession:
        """The session again from its logged events: every table's game replayed by its decisions and
        checked against its logged game events, the devices bound by number (see the module's note),
        the open votes and ties, the round. Raises TablesRestoreError on events that do not fit."""
        session = cls(scenario, seed, tables, pace, **options)
        logged: dict[TableId, list[dict[str, Any]]] = {table: [] for table in session._tables}
        for number, event in enumerate(events, 1):
            table = event.get("table")
            try:
                if event.get("kind") == KIND:
                    session._apply(event)
                elif table in logged and not isinstance(table, bool):
                    own = {key: value for key, value in event.items() if key not in ("at", "table")}
                    logged[table].append(own)
            except (KeyError, TypeError, ValueError, IndexError) as error:
                what = (
                    Phrase(key="log.tables.lacks", params={"name": error})
                    if isinstance(error, KeyError)
                    else str(error)
                )
                raise TablesRestoreError(key="log.tables.damaged_event", number=number, what=what) from None
        for table_id, recorded in logged.items():
            replayed = json.loads(json.dumps([event.to_dict() for event in session.game(table_id).log]))
            if replayed[: len(recorded)] != recorded:
                raise TablesRestoreError(key="log.tables.differs", table=table_id)
        return session

    def _apply(self, event: Mapping[str, Any]) -> None:
        """One logged room event, checked as strictly as the live action it records: a log is a file
        anyone may hand over, so a device acts only for its own table, on its open card, with an option
        the card has (ValueError otherwise)."""
        action = event["action"]
        if action == "start":
            logged = (event["tables"], event["pace"], event["seed"])
            if logged != (len(self._tables), self.pace, self.seed):
                raise ValueError(f"the events are of a session of {logged}, not this one")
            return
        if action == "round_end":
            self._end_round(_one_of(event["by"], ROUND_ENDS, "a round's end"))
            return
        table = self._tables[_whole(event["table"], 1, len(self._tables), "table")]
        if action == "join":
            number = _whole(event["device"], 1, len(self._devices) + 1, "device")
            if number in self._devices:  # the session numbers its devices 1, 2, ... as they join
                raise ValueError(f"device {number} joins a second time")
            self._devices[number] = _Device(number, table.id, None)
            self._emit("join", table=table.id, device=number)
            return
        if not self._open(table):
            raise ValueError(f"a {action} at table {table.id}, which decides no card now")
        ballot = self._ballot(table)
        if event["card"] != ballot.card:
            raise ValueError(f"a {action} on another card than the open card of table {table.id}")
        if action in ("vote", "confirm"):
            number = _whole(event["device"], 1, len(self._devices), "device")
            if self._devices[number].table != table.id:
                raise ValueError(f"a {action} at table {table.id} by device {number} of another table")
            option = _whole(event["option"], 1, ballot.options, "option") - 1
            ballot.votes[number] = option
            ballot.cast_by[number] = ballot.cast_by.get(number, 0) + 1
            self._emit(action, table=table.id, device=number, card=ballot.card, option=option + 1)
        elif action == "tie":
            tied = event["options"]
            if not isinstance(tied, list) or not 2 <= len(tied) <= ballot.options:
                raise ValueError(f"a tie at table {table.id} of no options of its card")
            ballot.tie = tuple(_whole(option, 1, ballot.options, "option") - 1 for option in tied)
            self._emit("tie", table=table.id, card=ballot.card, options=[option + 1 for option in ballot.tie])
        elif action == "decide":
            option = _whole(event["option"], 1, ballot.options, "option") - 1
            self._decide(table, option, _one_of(event["by"], DECIDED_BY, "a decision"), end_round=False)
        else:
            raise ValueError("an unknown action")

    # -- inside ----------------------------------------------------------------------

    def _clock(self, now: float | None) -> None:
        if now is not None:
            self._now = max(self._now, now)

    def _present(self, table_id: TableId) -> set[int]:
        limit = self.presence_seconds
        return {
            device.number
            for device in self._devices.values()
            if device.table == table_id
            and device.seen is not None
            and (limit is None or self._now - device.seen <= limit)
        }

    def _open(self, table: _Table) -> bool:
        """The table decides its card now (not over, not waiting for the round's end)."""
        return not table.game.finished and not (self.pace == "rounds" and table.decided)

    def _behind(self, table: _Table) -> bool:
        if self.pace != "rounds" or table.game.finished:
            return False
        return len(table.game.state.choices) < self.round - 1

    def _ballot(self, table: _Table) -> Ballot:
        card = table.game.current_card
        assert card is not None, "a finished table has no ballot"
        if table.ballot is None or table.ballot.card != card.id:
            table.ballot = Ballot(card.id, len(card.options))
        return table.ballot

    def _settle(self, table: _Table, option: int | None, tie_before: tuple[int, ...]) -> None:
        """Decide `option` if the votes did; else announce a tie that is new."""
        ballot = table.ballot
        assert ballot is not None
        if option is not None:
            self._decide(table, option, "tie" if ballot.tie else "majority")
        elif ballot.tie and ballot.tie != tie_before:
            self._emit("tie", table=table.id, card=ballot.card, options=[tied + 1 for tied in ballot.tie])

    def _decide(self, table: _Table, option: int, by: str, end_round: bool = True) -> None:
        ballot = self._ballot(table)
        votes = ballot.tally().counts
        self._emit("decide", table=table.id, card=ballot.card, option=option + 1, votes=list(votes), by=by)
        table.game.choose(option, votes)
        table.ballot = None
        self._log_game(table)
        if self.pace == "rounds":
            table.decided = True
            if end_round and not any(self._open(other) for other in self._tables.values()):
                self._end_round("all")

    def _emit(self, action: str, **data: Any) -> None:
        self.events.append({"kind": KIND, "action": action, **data})

    def _log_game(self, table: _Table) -> None:
        log = table.game.log
        self.events.extend({**event.to_dict(), "table": table.id} for event in log[table.logged :])
        table.logged = len(log)


def _whole(value: object, low: int, high: int, what: str) -> int:
    """A logged whole number from `low` to `high` (not a bool, a float or a string of digits)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what}: not a whole number from {low} to {high}")
    return value


def _one_of(value: object, allowed: tuple[str, ...], what: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{what} by an unknown way ({', '.join(allowed)} expected)")
    return value
