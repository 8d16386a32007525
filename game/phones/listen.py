"""The phone server on the laptop's chosen address and, with the same token and port, on its other ones."""

from __future__ import annotations

from collections.abc import Sequence

from game.phones.hub import VoteHub
from game.phones.server import PhoneServer, PhoneServerError

MAX_OTHERS = 3  # other addresses listened on (the likely ones come first; Docker makes a bridge per network)


class PhoneServers:
    """One room (hub) reachable at several addresses: the first is the one shown and must start; each other
    one listens too when it can (a phone on that network then joins the same room), else it is left out."""

    def __init__(self, hub: VoteHub, addresses: Sequence[str], port: int = 0) -> None:
        if not addresses:
            raise ValueError("no address to listen on")
        self.hub = hub
        self.addresses = list(addresses)
        self.port = port
        self._servers: list[PhoneServer] = []

    def start(self) -> str:
        """Listen; the first address's URL. Raises PhoneServerError when the first address cannot listen."""
        first = PhoneServer(self.hub, self.addresses[0], self.port)
        url = first.start()
        self._servers = [first]
        for address in self.addresses[1:]:
            if len(self._servers) > MAX_OTHERS:
                break
            other = PhoneServer(self.hub, address, first.port, token=first.token)
            try:
                other.start()
            except PhoneServerError:
                other.stop()
                continue
            self._servers.append(other)
        return url

    @property
    def url(self) -> str | None:
        return self._servers[0].url if self._servers else None

    @property
    def others(self) -> list[str]:
        """The other addresses that answer (same port and token as `url`)."""
        return [server.host for server in self._servers[1:]]

    @property
    def other_urls(self) -> list[str]:
        return [server.url for server in self._servers[1:]]

    def stop(self) -> None:
        for server in self._servers:
            server.stop()
        self._servers = []
