"""The tables' vocabulary: ids, names, pace, the results of a device's actions and a table's view.

Options are 0-based in this API (as `Game.choose`); the log and the HTTP contract count them from 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from game.core.model import Number
from game.i18n import LANGUAGES, t

TableId = int  # 1..N
Pace = Literal["rounds", "free"]
PACES: tuple[Pace, ...] = ("rounds", "free")
MIN_TABLES = 2
MAX_TABLES = 8

JoinResult = Literal["joined", "full", "no_such_table", "bound"]
VoteResult = Literal["counted", "other_table", "stale", "closed", "bad_option", "unknown_device", "too_many"]
# "joined" also answers a device that joins its own table again (a reload).
# "full": the table has MAX_DEVICES present devices already; "bound": the device belongs to another table.
MAX_DEVICES = 12
# A device's votes on one card: changes of mind, never a stream ("too_many"); each vote is a line of the
# session log, which a flood would otherwise grow past what a log may be (MAX_LOG_BYTES) within the hour.
MAX_VOTES_PER_CARD = 20


def table_name(table: TableId, lang: str) -> str:
    """The default name of a table: 'Tafel 3' / 'Table 3'."""
    return t("tables.name", lang, number=table)


TABLE_NAMES: Mapping[str, tuple[str, ...]] = {
    lang: tuple(table_name(table, lang) for table in range(1, MAX_TABLES + 1)) for lang in LANGUAGES
}


@dataclass(frozen=True)
class TableView:
    """One table as its page and the room view show it, at one moment.

    `card` is the card the table decides now: None when the game is over or, in rounds, when the table
    decided and waits for the round to end (`decided_this_round`). `behind`: the table has made fewer
    decisions than the rounds that ended (a round ended by the facilitator without its votes).
    `votes` counts the votes cast on the current card per option (the table's own only); `tie` the tied
    options (0-based) the table must resolve, else (). `devices` counts the devices bound to it,
    `present` those present now. `last` is the table's last decision: (card id, option), or None.
    """

    id: TableId
    name: str
    card: str | None
    finished: bool
    ending: str | None
    profile: str | None
    meters: Mapping[str, Number]
    year: int
    turn: int
    decided_this_round: bool
    behind: bool
    devices: int
    present: int
    votes: tuple[int, ...]
    tie: tuple[int, ...]
    decisions: int
    last: tuple[str, int] | None
