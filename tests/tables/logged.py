"""Tables sessions played through the session by devices' votes and written to a log, for the tests of
`replay`, `stats` and `report` on a tables log."""

from __future__ import annotations

from pathlib import Path

from game.paths import PROJECT_DIR
from game.tables.log import TablesLogWriter
from game.tables.session import TablesSession
from tests.tables.rooms import example, seated

EXAMPLE = PROJECT_DIR / "scenarios" / "voorbeeld.yaml"
SEED = 7


def table_option(table: int, decision: int, options: int) -> int:
    """What a table's devices all vote for on its n-th decision: the tables part on the first card."""
    return (table + decision * (table % 2 + 1)) % options


def play_logged(path: Path, tables: int = 3, *, rounds: int | None = None, lang: str = "nl") -> TablesSession:
    """Two devices a table vote alike (by `table_option`) through the term, or through `rounds` rounds;
    every change is written to the log at `path` as it happens."""
    session = TablesSession(example(), SEED, tables, lang=lang)
    writer = TablesLogWriter(path, session, lang, EXAMPLE)
    devices = seated(session, 2)
    writer.write(session)
    while not session.finished and (rounds is None or session.round <= rounds):
        for table in session.table_ids:
            view = session.table(table)
            if view.card is None:
                continue
            options = len(example().card(view.card).options)
            option = table_option(table, view.decisions, options)
            for device in devices[table]:
                session.vote(device, table, view.card, option)
            writer.write(session)
    writer.close()
    return session
