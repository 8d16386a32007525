"""The hub phones and game share, without a server: votes per device and card, snapshots, waiting."""

from __future__ import annotations

import threading

from game.phones.hub import MAX_DEVICES, Ballot, VoteHub
from tests.phones.conftest import CARD

OTHER = Ballot("robot", "De robot bij de ingang", "Een robot ontvangt bezoekers.", ("Ja", "Nee"))


def test_one_vote_per_device_per_card_changeable_while_open(hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")
    for device in ("a", "b", "c"):
        assert hub.join(device)
    assert hub.vote("a", CARD.card_id, 0) == "counted"
    assert hub.vote("b", CARD.card_id, 0) == "counted"
    assert hub.vote("a", CARD.card_id, 2) == "counted"  # a changes its mind: still one vote
    snapshot = hub.snapshot()
    assert snapshot.counts == (1, 0, 1) and snapshot.cast == 2 and snapshot.joined == 3
    assert not snapshot.everyone_voted
    hub.show(CARD, voting=False, lang="nl")
    assert hub.vote("c", CARD.card_id, 1) == "closed"
    assert hub.snapshot().counts == (1, 0, 1)  # closing keeps the count
    assert hub.state_for("a")["your_vote"] == 3


def test_a_new_card_starts_a_new_count_and_old_cards_are_refused(hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")
    hub.join("a")
    hub.vote("a", CARD.card_id, 1)
    hub.show(OTHER, voting=True, lang="en")
    assert hub.snapshot().counts == (0, 0)
    assert hub.vote("a", CARD.card_id, 1) == "stale"
    assert hub.vote("a", OTHER.card_id, 5) == "bad_option"
    state = hub.state_for("a")
    assert state["card"] == "robot" and state["your_vote"] is None and state["lang"] == "en"
    hub.show(None, voting=True, lang="en")
    assert hub.state_for("a")["card"] is None and hub.state_for("a")["voting"] is False


def test_every_change_bumps_the_version_and_calls_the_listeners(hub: VoteHub) -> None:
    calls: list[int] = []
    hub.add_listener(lambda: calls.append(hub.version))
    hub.show(CARD, voting=False, lang="nl")
    hub.show(CARD, voting=False, lang="nl")  # nothing new: no change
    hub.show(CARD, voting=True, lang="nl")
    hub.join("a")
    hub.vote("a", CARD.card_id, 0)
    hub.vote("a", CARD.card_id, 0)  # the same vote again: no change
    assert calls == [1, 2, 3, 4]


def test_wait_returns_once_everyone_who_joined_has_voted(hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")
    hub.join("a")
    hub.join("b")
    voter = threading.Timer(0.05, lambda: [hub.vote(device, CARD.card_id, 1) for device in ("a", "b")])
    voter.start()
    snapshot = hub.wait(lambda s: s.everyone_voted, timeout=10)
    voter.join()
    assert snapshot.everyone_voted and snapshot.counts == (0, 2, 0)


def test_wait_gives_up_after_its_timeout(hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")
    hub.join("a")
    assert not hub.wait(lambda s: s.everyone_voted, timeout=0.01).everyone_voted


def test_a_room_has_a_limit_of_devices(hub: VoteHub) -> None:
    for number in range(MAX_DEVICES):
        assert hub.join(f"device{number}")
    assert not hub.join("one-too-many")
    assert hub.join("device1")  # one that is known comes back in
