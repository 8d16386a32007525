"""One room on several addresses: the shown one must listen, the others answer with the same token and port
when they can and are left out when they cannot. Loopback only (127.0.0.2 is loopback on Linux)."""

from __future__ import annotations

import json
import socket
import urllib.request
from http.cookiejar import CookieJar
from typing import Any

import pytest

from game.phones.hub import VoteHub
from game.phones.listen import PhoneServers
from game.phones.server import PhoneServerError
from tests.phones.conftest import CARD

NOT_HERE = "203.0.113.9"  # TEST-NET-3: never an address of this computer, and binding it sends nothing


def can_listen(address: str) -> bool:
    """Whether this computer has `address` (a bind on any port; nothing is sent)."""
    try:
        with socket.socket() as probe:
            probe.bind((address, 0))
    except OSError:
        return False
    return True


SECOND_LOOPBACK = can_listen("127.0.0.2")


def get(opener: urllib.request.OpenerDirector, url: str) -> dict[str, Any]:
    with opener.open(url + "state", timeout=10) as response:
        data: dict[str, Any] = json.loads(response.read())
        return data


def test_an_address_that_cannot_listen_is_left_out_and_the_room_goes_on(hub: VoteHub) -> None:
    servers = PhoneServers(hub, ["127.0.0.1", NOT_HERE])
    url = servers.start()
    try:
        assert url.startswith("http://127.0.0.1:") and servers.url == url
        assert servers.others == [] and servers.other_urls == []
        hub.show(CARD, voting=True, lang="nl")  # no listener of a server that never started
        assert get(urllib.request.build_opener(), url)["card"] == "scanauto"
    finally:
        servers.stop()
    assert servers.url is None


def test_the_first_address_must_listen(hub: VoteHub) -> None:
    with pytest.raises(PhoneServerError, match="not an address of this computer"):
        PhoneServers(hub, [NOT_HERE, "127.0.0.1"]).start()
    with pytest.raises(ValueError):
        PhoneServers(hub, [])


@pytest.mark.skipif(not SECOND_LOOPBACK, reason="127.0.0.2 is loopback on Linux only")
def test_other_addresses_answer_with_the_same_token_and_port_into_the_same_room(hub: VoteHub) -> None:
    servers = PhoneServers(hub, ["127.0.0.1", "127.0.0.2"])
    url = servers.start()
    try:
        assert servers.others == ["127.0.0.2"]
        assert servers.other_urls == [url.replace("127.0.0.1", "127.0.0.2")]
        hub.show(CARD, voting=True, lang="nl")
        phone = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        other = servers.other_urls[0]
        with phone.open(other, timeout=10) as page:  # the page gives the phone its device cookie
            assert page.status == 200
        assert get(phone, other)["card"] == "scanauto"
        vote = urllib.request.Request(
            other + "vote",
            data=json.dumps({"card": "scanauto", "option": 2}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with phone.open(vote, timeout=10) as response:
            assert response.status == 200
        assert hub.snapshot().counts == (0, 1, 0)
    finally:
        servers.stop()


@pytest.mark.skipif(not SECOND_LOOPBACK, reason="127.0.0.2 is loopback on Linux only")
def test_at_most_three_other_addresses_are_listened_on(hub: VoteHub) -> None:
    servers = PhoneServers(hub, [f"127.0.0.{n}" for n in range(1, 7)])
    servers.start()
    try:
        assert servers.others == ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
    finally:
        servers.stop()
