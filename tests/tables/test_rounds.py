"""What each table chose in a round (the room view's round summary), read from the session's events."""

from __future__ import annotations

from game.tables.rounds import round_cards
from game.tables.session import TablesSession
from tests.tables.rooms import seated, small


def test_a_round_names_each_tables_option_and_marks_a_difference() -> None:
    session = TablesSession(small(), 3, 3)
    devices = seated(session, 1)
    for table, option in ((1, 0), (2, 1), (3, 0)):
        assert session.confirm(devices[table][0], table, "c11", option) == "counted"
    assert session.round == 2  # every table decided: the round ended by itself
    (card,) = round_cards(session, 1)
    assert (card.card, dict(card.choices)) == ("c11", {1: 0, 2: 1, 3: 0})
    assert card.shared and card.differs
    assert card.by_option() == ((0, (1, 3)), (1, (2,)))
    assert round_cards(session, 2) == ()


def test_decisions_forced_by_the_end_of_a_round_belong_to_it() -> None:
    session = TablesSession(small(), 3, 2)
    devices = seated(session, 2)
    session.vote(devices[1][0], 1, "c11", 2)  # one of two votes: only the end of the round decides
    session.end_round()
    (card,) = round_cards(session, 1)
    assert dict(card.choices) == {1: 2} and not card.shared and not card.differs
    for table in (1, 2):
        for device in devices[table]:
            session.vote(device, table, session.table(table).card or "", 1)
    cards = round_cards(session, 2)
    assert [(c.card, dict(c.choices)) for c in cards] == [("c12", {1: 1}), ("c11", {2: 1})]


def test_a_restored_session_has_the_same_rounds() -> None:
    session = TablesSession(small(), 3, 2)
    devices = seated(session, 1)
    for table in (1, 2):
        session.confirm(devices[table][0], table, "c11", table - 1)
    again = TablesSession.restore(small(), 3, 2, "rounds", session.events)
    assert round_cards(again, 1) == round_cards(session, 1)
