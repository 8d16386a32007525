"""A real phone server on 127.0.0.1 (port chosen by the system) for each test, stopped afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from game.phones.hub import Ballot, VoteHub
from game.phones.server import PhoneServer

CARD = Ballot(
    "scanauto",
    "De scanauto zoekt ook afval",
    "Zet de camera ook in voor afval?",
    ("Ja", "Nee", "Eerst een toets"),
)


@pytest.fixture
def hub() -> VoteHub:
    return VoteHub("nl")


@pytest.fixture
def server(hub: VoteHub) -> Iterator[PhoneServer]:
    server = PhoneServer(hub, "127.0.0.1", 0)
    server.start()
    try:
        yield server
    finally:
        server.stop()
